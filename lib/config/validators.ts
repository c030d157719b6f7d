// Field-level checks shared by the schema and by the importers. Each returns null when the
// value is fine, or a sentence for the person who typed it.

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** A DNS name as used for `appDomain`: lower-case labels joined by dots, at least two labels. */
export function checkDomain(value: string): string | null {
  if (value === "") return "Enter the domain users will open, for example flows.example.com.";
  if (/\s/.test(value)) return "A domain cannot contain spaces.";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
    return "Enter the domain only, without http:// or https://.";
  if (value.includes("/")) return "Enter the domain only, without a path.";
  if (value.includes(":")) return "Enter the domain only, without a port.";
  if (value !== value.toLowerCase()) return "Use lower-case letters in the domain.";
  if (value.length > 253) return "A domain is at most 253 characters long.";
  const labels = value.split(".");
  if (labels.length < 2) return "Use a fully qualified domain, for example flows.example.com.";
  if (labels.some((label) => !LABEL.test(label)))
    return "Each part of the domain may hold a–z, 0–9 and inner hyphens, 63 characters at most.";
  if (/^\d+$/.test(labels[labels.length - 1] ?? ""))
    return "The ingress needs a DNS name, not an IP address.";
  return null;
}

/** A Kubernetes namespace or Helm release name: an RFC 1123 label. */
export function checkDnsLabel(value: string, what: string, max = 63): string | null {
  if (value === "") return `Enter a ${what}.`;
  if (value.length > max) return `A ${what} is at most ${max} characters long.`;
  if (!/^[a-z0-9-]+$/.test(value))
    return `A ${what} may hold only lower-case letters, digits and hyphens.`;
  if (!LABEL.test(value)) return `A ${what} must start and end with a letter or digit.`;
  return null;
}

const IMAGE_REPO = /^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-]+[a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** A container image repository without tag, e.g. 123456789012.dkr.ecr.eu-central-1.amazonaws.com/flows-agent. */
export function checkImageRepository(value: string): string | null {
  if (/\s/.test(value)) return "An image repository cannot contain spaces.";
  if (/^[a-z]+:\/\//i.test(value)) return "Leave out the scheme (https://): write host/path.";
  if (/@|:[^/]*$/.test(value.replace(/:[0-9]+\//, "/")))
    return "Enter the repository without a tag or digest.";
  if (!IMAGE_REPO.test(value))
    return "Use a repository reference such as registry.example.com/team/flows-agent (lower case).";
  return null;
}

/** A full image reference with an optional tag or digest, e.g. registry.example.com/node:24-alpine. */
export function checkImageReference(value: string): string | null {
  if (/\s/.test(value)) return "An image reference cannot contain spaces.";
  if (/^[a-z]+:\/\//i.test(value)) return "Leave out the scheme (https://): write host/path:tag.";
  let rest = value;
  const at = rest.indexOf("@");
  if (at >= 0) {
    if (!DIGEST.test(rest.slice(at + 1))) return "A digest is written @sha256: and 64 hex digits.";
    rest = rest.slice(0, at);
  }
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.indexOf(":", lastSlash + 1);
  if (colon >= 0) {
    if (!TAG.test(rest.slice(colon + 1)))
      return "A tag holds letters, digits, '_', '.' and '-', 128 characters at most.";
    rest = rest.slice(0, colon);
  }
  if (!IMAGE_REPO.test(rest))
    return "Use an image reference such as registry.example.com/node:24-alpine (repository in lower case).";
  return null;
}

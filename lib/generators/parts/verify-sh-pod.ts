// The part of verify.sh that runs inside a short-lived curl pod: it probes each destination
// through the proxy the deployments use, and TLS to an internal host with the uploaded CAs.
import type { InstallPlan } from "../../plan/install-plan";
import { type EgressClient, type EgressDestination } from "../../egress/destinations";
import { isPlaceholderHost } from "../../egress/domains";
import { imageRegistry } from "../../egress/registries";

/** The curl image on Docker Hub, pinned; a mirror must carry it under the same path. */
export const CURL_IMAGE = "curlimages/curl:8.14.1";

/**
 * The probe pod's image unless VERIFY_CURL_IMAGE says otherwise: from the user's own registry
 * when they mirror the images there (Docker Hub may be closed to them), else Docker Hub's.
 */
export function defaultCurlImage(install: InstallPlan): string {
  const plan = install.images;
  if (plan.mirror !== "own") return CURL_IMAGE;
  const mirrored = [plan.backend, plan.agent]
    .map((repository) => ("literal" in repository ? imageRegistry(repository.literal) : ""))
    .find(
      (registry) => registry !== "" && registry !== "docker.io" && registry !== "public.ecr.aws",
    );
  return mirrored ? `${mirrored}/${CURL_IMAGE}` : CURL_IMAGE;
}

/** Clients inside the cluster: a pod's view of the network says something about them. */
const IN_CLUSTER: readonly EgressClient[] = ["flows-services", "eks-nodes", "kubernetes-agents"];

/**
 * One URL per destination that answers HTTPS: registries at /v2/, the rest at their root. Null
 * when every host is a wildcard or names an account not known yet.
 */
export function probeUrl(destination: EgressDestination): string | null {
  if (destination.kind === "url") return destination.target;
  const host = destination.hosts.find((h) => !h.startsWith("*.") && !isPlaceholderHost(h));
  if (host === undefined) return null;
  const port = destination.port === 443 ? "" : `:${destination.port}`;
  return destination.kind === "image" ? `https://${host}${port}/v2/` : `https://${host}${port}/`;
}

/** The URLs to probe: destinations reached from inside the cluster (not the EC2 agent hosts'). */
export function probeUrls(install: InstallPlan): string[] {
  const urls = install.egress
    .filter((d) => d.clients.some((c) => IN_CLUSTER.includes(c)))
    .map(probeUrl)
    .filter((url): url is string => url !== null);
  return [...new Set(urls)];
}

/**
 * POSIX sh for the curl image (busybox). Arguments: the URLs to probe. Environment: the
 * deployment's HTTPS_PROXY / NO_PROXY (from the same Secret), VERIFY_CA (the uploaded PEMs)
 * and VERIFY_TLS_HOST. Prints one PASS/FAIL/SKIP line per check; any HTTP status counts as
 * reachable (a registry answers 401, an API 404).
 */
export const POD_SCRIPT = `CA=/tmp/verify-ca.pem
UPLOADED=/tmp/uploaded-ca.pem
: > "$CA"
for bundle in /etc/ssl/certs/ca-certificates.crt /etc/ssl/cert.pem; do
  if [ -s "$bundle" ]; then cat "$bundle" >> "$CA"; break; fi
done
printf '%s\\n' "\${VERIFY_CA:-}" > "$UPLOADED"
cat "$UPLOADED" >> "$CA"
# The proxy URL (it may hold a password) reaches curl in its environment, not its command line.
probe() {
  if [ -n "\${NO_PROXY:-}" ]; then set -- --noproxy "$NO_PROXY" "$@"; fi
  https_proxy="\${HTTPS_PROXY:-}" http_proxy="\${HTTPS_PROXY:-}" \\
    curl -sS -o /dev/null -w '%{http_code}' --max-time 20 "$@" 2>/tmp/curl-error
}
why() { tr '\\n' ' ' < /tmp/curl-error | cut -c1-300; }
via=direct
if [ -n "\${HTTPS_PROXY:-}" ]; then via="the proxy"; fi
for url in "$@"; do
  code=$(probe --cacert "$CA" "$url") || true
  if [ -n "$code" ] && [ "$code" != "000" ]; then echo "PASS $url reachable via $via (HTTP $code)"
  else echo "FAIL $url not reachable via $via: $(why)"; fi
done
if [ -z "\${VERIFY_TLS_HOST:-}" ]; then
  echo "SKIP TLS to an internal host: set VERIFY_TLS_HOST=host[:port] to test the uploaded CAs"
elif [ -z "\${VERIFY_CA:-}" ]; then
  echo "SKIP TLS to $VERIFY_TLS_HOST: no CA certificates were uploaded in the wizard"
else
  code=$(probe --cacert "$UPLOADED" "https://$VERIFY_TLS_HOST/") || true
  if [ -n "$code" ] && [ "$code" != "000" ]; then echo "PASS TLS to $VERIFY_TLS_HOST verifies with the uploaded CAs (HTTP $code)"
  else echo "FAIL TLS to $VERIFY_TLS_HOST with the uploaded CAs only: $(why)"; fi
fi
`;

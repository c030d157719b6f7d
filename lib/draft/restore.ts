// Rebuilds form values from untrusted stored data: every value is taken only where its type
// matches the default's, so a hand-edited or half-written draft can never crash the form.
// Values may still be invalid (a draft saves what the user was typing); the schema judges them.
import { CA_SCOPES, defaultConfig, type CaScope, type ConfigInput } from "../config/schema";
import { upgradeConfigInput } from "../config/upgrade";

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function restoreCertificates(value: unknown): NonNullable<ConfigInput["certificates"]> {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isPlainObject)
    .filter((c) => typeof c.pem === "string")
    .map((c) => ({
      pem: c.pem as string,
      label: typeof c.label === "string" ? c.label : "",
      scope: (CA_SCOPES as readonly unknown[]).includes(c.scope) ? (c.scope as CaScope) : "both",
    }));
}

function restoreChecks(value: unknown): NonNullable<ConfigInput["tlsChecks"]> {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isPlainObject)
    .filter((c) => typeof c.host === "string" && Array.isArray(c.chain))
    .map((c) => ({
      host: c.host as string,
      chain: (c.chain as unknown[]).filter((pem): pem is string => typeof pem === "string"),
    }));
}

function restoreLike(template: unknown, value: unknown): unknown {
  if (typeof template === "string") return typeof value === "string" ? value : template;
  if (typeof template === "boolean") return typeof value === "boolean" ? value : template;
  if (typeof template === "number") return typeof value === "number" ? value : template;
  if (Array.isArray(template)) {
    // Only string lists live in the config besides certificates and TLS checks (handled apart).
    return Array.isArray(value) && value.every((v) => typeof v === "string")
      ? [...value]
      : [...template];
  }
  if (isPlainObject(template)) {
    const source = isPlainObject(value) ? value : {};
    const out: Plain = {};
    for (const [key, inner] of Object.entries(template)) out[key] = restoreLike(inner, source[key]);
    return out;
  }
  return template;
}

/** Form values of the config's full shape, taking from `value` whatever fits. */
export function restoreFormValues(value: unknown): ConfigInput {
  const upgraded = upgradeConfigInput(value);
  const source = isPlainObject(upgraded) ? upgraded : {};
  const { certificates: _certificates, tlsChecks: _checks, ...rest } = defaultConfig;
  const restored = restoreLike(rest, source) as Omit<ConfigInput, "certificates" | "tlsChecks">;
  return {
    ...restored,
    certificates: restoreCertificates(source.certificates),
    tlsChecks: restoreChecks(source.tlsChecks),
  };
}

// What decoding a link or reading a wizard-config.json gives back to the UI.
import type { Config } from "../config/schema";
import type { CredentialField } from "./secrets";
import type { SecretField } from "../proxy/credentials";

/** Where a configuration was read from. */
export type ImportSource = "link" | "file";

/** A part of the input that failed validation and was left out, and why. */
export interface DroppedPart {
  part: string;
  reason: string;
}

export interface LoadedConfig {
  config: Config;
  source: ImportSource;
  /**
   * Secrets the link or file did not carry: proxy passwords, or (older links and files) the
   * whole `user:password@` of a URL field. The person is asked for them.
   */
  omittedCredentials: (CredentialField | SecretField)[];
  /** Certificates the sender chose not to include in the link. */
  omittedCertificates: number;
  /** TLS checks left out with the certificates (they hold the proxy's certificates). */
  omittedChecks: number;
  /** Invalid parts that were not used; everything else was. */
  dropped: DroppedPart[];
  /**
   * Certificates left out when read again as X.509 (see revalidated.ts), one sentence each;
   * empty until then.
   */
  refusedCertificates: string[];
  /** For the person: what was loaded, what was left out and what to do about it. */
  notice: string;
}

/** Never thrown, always returned: `error` says what was wrong and that nothing was used. */
export type ImportResult = ({ ok: true } & LoadedConfig) | { ok: false; error: string };

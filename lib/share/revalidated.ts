// Certificates from a link or a file were checked for their PEM shape only. Before the page uses
// them, each is read again as X.509 (lib/certs/revalidate.ts) and what is not one is left out:
// the loaded configuration and its notice then describe what is actually loaded.
import { revalidateCertificates } from "../certs/revalidate";
import { loadedNotice } from "./messages";
import type { LoadedConfig } from "./types";

/** `loaded` with only the certificates that read as X.509, and a notice that counts those. */
export function withRevalidatedCertificates(loaded: LoadedConfig): LoadedConfig {
  if (loaded.config.certificates.length === 0) return loaded;
  const { certificates, problems } = revalidateCertificates(loaded.config.certificates);
  if (problems.length === 0) return loaded;
  const config = { ...loaded.config, certificates };
  const refusedCertificates = [...loaded.refusedCertificates, ...problems.map((p) => p.message)];
  return {
    ...loaded,
    config,
    refusedCertificates,
    notice: loadedNotice(config, loaded.source, { ...loaded, refusedCertificates }),
  };
}

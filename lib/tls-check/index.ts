// The TLS-inspection check, loaded on demand (it needs @peculiar/x509, like lib/certs).
export { readPresented, type PresentedReading } from "./read";
export { checkResults } from "./results";
export type { CheckResult } from "./results";
export type { CheckVerdict, NamedCertificate } from "./check";

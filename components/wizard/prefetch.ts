"use client";
// While the browser is idle, once someone is using the page (lib/schedule/presence.ts): the
// steps' code, and for a configuration with certificates, the certificate reader and their
// details (read once, then cached by lib/certs/inspect.ts), so the first visit to any step,
// Certificates with its cards too, renders in the click's task. One small piece per idle
// period: typing and clicking always come first, and no piece is a long task.
import { loadCertsLib, loadedCertsLib } from "@/components/certificates/use-certs-lib";
import { encodeCustomCaCertificates } from "@/lib/certs/custom-ca-value";
import { runWhenIdle, type IdleJob } from "@/lib/schedule/idle";
import { onFirstPresence } from "@/lib/schedule/presence";
import { LAZY_STEPS, loadStep } from "./step-body";
import { loadEgressTable } from "@/components/steps/network-wide";
import { loadReviewWarnings } from "@/components/wizard-state/load-review-warnings";

function* jobs(certificates: () => readonly { pem: string }[]): Generator<IdleJob> {
  for (const id of LAZY_STEPS) yield () => loadStep(id);
  yield () => loadEgressTable();
  yield () => loadReviewWarnings();
  // The certificate reader only for a configuration with certificates (their cards need it the
  // moment the step opens): it is large, and starting it is a long task on a slow phone. Without
  // certificates the step loads it when it opens (use-certs-lib.ts).
  if (certificates().length === 0) return;
  // The one-line CA value (kept for the same list): the user-data budget on Certificates and
  // Review reads its length.
  yield () => void encodeCustomCaCertificates(certificates().map((c) => c.pem));
  yield () => loadCertsLib();
  const lib = loadedCertsLib();
  if (!lib) return;
  // The list as it is once the reader has loaded; a few certificates per idle period.
  for (const { pem } of certificates())
    yield () => {
      try {
        lib.inspectCertificate(pem);
      } catch {
        // Unreadable: the card says so when the step opens.
      }
    };
}

/** Fetches in idle periods from the first sign of a person on; returns a cancel function. */
export function prefetchWhileIdle(certificates: () => readonly { pem: string }[]): () => void {
  let cancelIdle = () => {};
  const cancelWait = onFirstPresence(
    window,
    {
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    },
    () => (cancelIdle = runWhenIdle(jobs(certificates))),
  );
  return () => {
    cancelWait();
    cancelIdle();
  };
}

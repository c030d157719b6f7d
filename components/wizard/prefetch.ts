"use client";
// While the browser is idle after the first screen: the steps' code, the certificate reader
// (warmed up on a sample), and the details of the certificates already in the configuration (read once, then cached by
// lib/certs/inspect.ts), so the first visit to any step, Certificates with its cards too,
// renders in the click's task. One small piece per idle period: typing and clicking always
// come first, and no piece is a long task.
import { loadCertsLib, loadedCertsLib } from "@/components/certificates/use-certs-lib";
import { runWhenIdle, type IdleJob } from "@/lib/schedule/idle";
import { LAZY_STEPS, loadStep } from "./step-body";

function* jobs(certificates: () => readonly { pem: string }[]): Generator<IdleJob> {
  for (const id of LAZY_STEPS) yield () => loadStep(id);
  yield () => loadCertsLib();
  const lib = loadedCertsLib();
  if (!lib) return;
  // The reader's code compiled and optimized before the user's first file (lib/certs/warm-up.ts).
  for (let i = 0; i < lib.WARM_UP_ROUNDS; i++) yield () => lib.warmUpReader();
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

/** Starts fetching in idle periods; returns a cancel function. */
export function prefetchWhileIdle(certificates: () => readonly { pem: string }[]): () => void {
  return runWhenIdle(jobs(certificates));
}

// Inflating untrusted data with a ceiling: a few kilobytes of deflate can expand to gigabytes
// (a "zip bomb"), so the stream is fed in small chunks and abandoned as soon as it outgrows the cap.
import { Inflate } from "fflate";

/** No configuration comes near this: 200 certificates of 4 KB and the settings fit in 1 MB. */
export const MAX_INFLATED_BYTES = 2 * 1024 * 1024;

/** Deflate expands at most ~1032×; 4 KB in gives at most ~4 MB out before the next check. */
const CHUNK = 4096;

export type InflateResult =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: "too-large" | "damaged" };

export function inflateCapped(
  data: Uint8Array,
  options: { cap?: number; dictionary?: Uint8Array } = {},
): InflateResult {
  const cap = options.cap ?? MAX_INFLATED_BYTES;
  const parts: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const inflater = new Inflate({ dictionary: options.dictionary }, (chunk) => {
    total += chunk.length;
    if (total > cap) tooLarge = true;
    else parts.push(chunk);
  });
  try {
    for (let offset = 0; offset < data.length || offset === 0; offset += CHUNK) {
      const end = Math.min(offset + CHUNK, data.length);
      inflater.push(data.subarray(offset, end), end === data.length);
      if (tooLarge) return { ok: false, reason: "too-large" };
      if (end === data.length) break;
    }
  } catch {
    return { ok: false, reason: "damaged" };
  }
  const bytes = new Uint8Array(total);
  let position = 0;
  for (const part of parts) {
    bytes.set(part, position);
    position += part.length;
  }
  return { ok: true, bytes };
}

// Builds v1 payloads by hand, to reach states the encoder never writes (tests only).
import { deflateSync } from "fflate";
import { crc32 } from "../crc32";
import { V1_DICTIONARY } from "../v1-dictionary";
import { writeVarint } from "../varint";

/** A v1 payload built by hand, to reach states the encoder never writes. */
export function craftV1(json: unknown, frames: Uint8Array[] = []): Uint8Array {
  const text = new TextEncoder().encode(JSON.stringify(json));
  const bytes: number[] = [];
  writeVarint(text.length, bytes);
  bytes.push(...text);
  for (const frame of frames) {
    writeVarint(frame.length, bytes);
    bytes.push(...frame);
  }
  const sum = crc32(Uint8Array.from(bytes));
  bytes.push(sum >>> 24, (sum >>> 16) & 0xff, (sum >>> 8) & 0xff, sum & 0xff);
  return deflateSync(Uint8Array.from(bytes), { dictionary: V1_DICTIONARY });
}

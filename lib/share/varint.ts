// Unsigned LEB128 lengths for the link's binary frames: one byte below 128, two below 16,384.

export function writeVarint(value: number, out: number[]): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
}

/** The value and the offset after it, or null when the bytes end first or the number is absurd. */
export function readVarint(
  bytes: Uint8Array,
  offset: number,
): { value: number; next: number } | null {
  let value = 0;
  let scale = 1;
  for (let i = offset; i < bytes.length && i < offset + 4; i++) {
    const byte = bytes[i]!;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return { value, next: i + 1 };
    scale *= 128;
  }
  return null;
}

// IP address and CIDR helpers for proxy URLs and NO_PROXY entries: recognizing textual
// addresses, and writing IPv6 in its canonical (RFC 5952) form so that duplicates are found.

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** True for a dotted-quad IPv4 address without leading zeros. */
export function isIpv4(value: string): boolean {
  return IPV4.test(value);
}

/** The eight 16-bit groups of a textual IPv6 address (no brackets, no zone), or null. */
export function ipv6Groups(value: string): number[] | null {
  if (!/^[0-9a-f:.]+$/i.test(value)) return null;
  let text = value;
  const lastColon = text.lastIndexOf(":");
  if (lastColon < 0) return null;
  const tail = text.slice(lastColon + 1);
  if (tail.includes(".")) {
    // An embedded IPv4 address stands for the last two 16-bit groups.
    if (!IPV4.test(tail)) return null;
    const [a = 0, b = 0, c = 0, d = 0] = tail.split(".").map(Number);
    text = `${text.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parts = halves.map((half) => (half === "" ? [] : half.split(":")));
  const all = parts.flat();
  if (all.some((group) => !/^[0-9a-f]{1,4}$/i.test(group))) return null;
  const numbers = parts.map((groups) => groups.map((group) => parseInt(group, 16)));
  if (halves.length === 1) return all.length === 8 ? (numbers[0] ?? null) : null;
  if (all.length > 7) return null;
  const zeros = new Array<number>(8 - all.length).fill(0);
  return [...(numbers[0] ?? []), ...zeros, ...(numbers[1] ?? [])];
}

/** True for a textual IPv6 address (no brackets, no zone). */
export function isIpv6(value: string): boolean {
  return ipv6Groups(value) !== null;
}

/** RFC 5952 text: lower case, no leading zeros, the longest run of two or more zero groups as "::". */
export function canonicalIpv6(value: string): string | null {
  const groups = ipv6Groups(value);
  return groups ? formatIpv6(groups) : null;
}

/** The canonical network address of an IPv6 address under a prefix length (host bits cleared). */
export function ipv6Network(value: string, bits: number): string | null {
  const groups = ipv6Groups(value);
  if (!groups) return null;
  const masked = groups.map((group, i) => {
    const keep = Math.min(16, Math.max(0, bits - i * 16));
    return keep === 0 ? 0 : group & ((0xffff << (16 - keep)) & 0xffff);
  });
  return formatIpv6(masked);
}

function formatIpv6(groups: number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < 8;) {
    if (groups[start] !== 0) {
      start++;
      continue;
    }
    let end = start;
    while (end < 8 && groups[end] === 0) end++;
    if (end - start > bestLength) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

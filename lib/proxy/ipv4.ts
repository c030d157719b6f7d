// IPv4 forms other than the dotted quad, read the way the receivers read them. inet_aton (curl,
// glibc) and the WHATWG URL parser (Node) take shorthands such as 0x7f.1, 017.0.0.1, 2130706433
// and 127.1; Go's net.ParseIP refuses them all, so the Flows services read them as DNS names.
// The wizard refuses these forms in proxy URLs and NO_PROXY alike, naming the dotted address.
import { isIpv4 } from "./ip";

export type Ipv4Reading =
  /** Not an IPv4 form: the last label is not a number, so it is a host name. */
  | { kind: "name" }
  | { kind: "dotted"; address: string }
  | { kind: "shorthand"; address: string; message: string }
  | { kind: "invalid"; message: string };

const HEX = /^0x[0-9a-f]*$/i;

/** WHATWG's "ends in a number": a host whose last label is numeric is parsed as IPv4. */
function endsInNumber(labels: string[]): boolean {
  const last = labels[labels.length - 1] ?? "";
  return /^\d+$/.test(last) || HEX.test(last);
}

function partValue(part: string): { value: number; octal: boolean } | null {
  if (HEX.test(part))
    return { value: part.length === 2 ? 0 : parseInt(part.slice(2), 16), octal: false };
  if (/^0[0-7]+$/.test(part)) return { value: parseInt(part, 8), octal: true };
  if (/^(0|[1-9]\d*)$/.test(part)) return { value: Number(part), octal: false };
  return null;
}

/** The dotted address of a 32-bit number. */
export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => (value >>> shift) & 255).join(".");
}

/** The 32-bit number of a dotted-quad address. */
export function ipv4Number(address: string): number {
  return address.split(".").reduce((total, part) => total * 256 + Number(part), 0);
}

/** Reads a host that may be an IPv4 address in any of the forms inet_aton and URL parsers take. */
export function readIpv4(host: string): Ipv4Reading {
  const text = host.replace(/\.$/, "");
  if (isIpv4(text)) return { kind: "dotted", address: text };
  const labels = text.split(".");
  if (!endsInNumber(labels)) return { kind: "name" };
  const parts = labels.map(partValue);
  const invalid: Ipv4Reading = {
    kind: "invalid",
    message: `"${host}" is not a valid IPv4 address: write four numbers from 0 to 255 separated by dots, or a host name that does not end in a number.`,
  };
  if (labels.length > 4 || parts.some((part) => part === null)) return invalid;
  const numbers = parts.map((part) => part!.value);
  const last = numbers[numbers.length - 1] ?? 0;
  const head = numbers.slice(0, -1);
  if (head.some((n) => n > 255) || last >= 256 ** (5 - numbers.length)) return invalid;
  const value = head.reduce((total, n, i) => total + n * 256 ** (3 - i), 0) + last;
  const address = formatIpv4(value);
  const octal = parts.some((part) => part!.octal);
  const decimal = labels.map((label) => Number(label));
  const decimalReading =
    octal && labels.length === 4 && decimal.every((n) => Number.isInteger(n) && n <= 255)
      ? decimal.join(".")
      : null;
  const message = octal
    ? `"${host}" has a number with a leading zero, which curl and Node read as octal (${address}) and Go does not read as an address at all: write ${address}${decimalReading && decimalReading !== address ? `, or ${decimalReading} if you meant decimal` : ""}.`
    : `"${host}" is a shorthand for the IPv4 address ${address} that curl and Node expand but Go does not (it looks the text up as a host name): write ${address}.`;
  return { kind: "shorthand", address, message };
}

/** The smallest list of CIDR blocks that covers start..end exactly (both dotted quads). */
export function rangeToCidrs(start: string, end: string): string[] {
  let from = ipv4Number(start);
  const to = ipv4Number(end);
  const cidrs: string[] = [];
  while (from <= to) {
    let bits = 32;
    // Grow the block while it stays aligned at `from` and inside the range.
    while (bits > 0) {
      const size = 2 ** (33 - bits);
      if (from % size !== 0 || from + size - 1 > to) break;
      bits--;
    }
    cidrs.push(`${formatIpv4(from)}/${bits}`);
    from += 2 ** (32 - bits);
  }
  return cidrs;
}

/** The network address of an IPv4 address under a prefix length. */
export function ipv4Network(address: string, bits: number): string {
  const size = 2 ** (32 - bits);
  return formatIpv4(Math.floor(ipv4Number(address) / size) * size);
}

// The allowlist as a readable Markdown table and as CSV (one row per host or IP range).
import type { EgressDestination } from "./destinations";

function cell(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/[\r\n]+/g, " ");
}

function code(values: readonly string[]): string {
  return values.map((v) => "`" + v.replace(/`/g, "") + "`").join(", ");
}

/** egress-allowlist.md: the table, then what each column means and the caveats. */
export function egressMarkdown(
  destinations: readonly EgressDestination[],
  proxied: boolean,
): string {
  const rows = destinations.map((d) =>
    [
      code([d.target]),
      code([...d.hosts, ...d.cidrs]),
      String(d.port),
      cell(d.why),
      cell(d.connectsFrom),
      cell(d.note ?? ""),
    ].join(" | "),
  );
  return [
    "# Outbound destinations (restricted egress)",
    "",
    proxied
      ? "Allow these on the HTTP proxy the wizard configured, and let the proxy itself reach them."
      : "Allow these on the firewall or NAT path the cluster and the agents use.",
    "Image pulls are made by each node's container runtime, which does not read the pods' HTTP_PROXY: configure the node's runtime for the proxy, or allow the registry hosts for the nodes directly.",
    "",
    "| destination | allow | port | why | connects from | note |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row} |`),
    "",
    "The same list: `egress-allowlist.csv` (one row per host or range), `egress-allowlist.squid.conf` (Squid ACLs) and `egress-allowlist.aws.tf` (security-group egress rules for the IP ranges, an AWS Network Firewall domain allowlist for the host names).",
    "",
  ].join("\n");
}

/** RFC 4180 field; a leading = + - @ is defused so spreadsheets do not run it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const CSV_HEADER = [
  "destination",
  "type",
  "value",
  "port",
  "why",
  "connects_from",
  "documented",
];

/** egress-allowlist.csv: one row per host name or IP range, CRLF line ends as RFC 4180 asks. */
export function egressCsv(destinations: readonly EgressDestination[]): string {
  const rows: string[][] = [CSV_HEADER];
  for (const d of destinations) {
    const base = (type: string, value: string) => [
      d.target,
      type,
      value,
      String(d.port),
      d.why,
      d.connectsFrom,
      d.documented ? "yes" : "no",
    ];
    for (const host of d.hosts) rows.push(base("host", host));
    for (const cidr of d.cidrs)
      rows.push(base(cidr.includes(":") ? "ipv6-cidr" : "ipv4-cidr", cidr));
  }
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

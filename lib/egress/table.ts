// The allowlist as a readable Markdown table and as CSV (one row per host or IP range), with
// the words the page's table uses too.
import {
  bootstrapDestinations,
  type EgressDestination,
  type EgressKind,
  type EgressSource,
} from "./destinations";
import { isPlaceholderHost } from "./domains";

export const KIND_LABELS: Record<EgressKind, string> = {
  image: "image",
  url: "URL",
  cidr: "IP range",
  "aws-api": "AWS API",
};

/** The mark each row carries, in the page, the Markdown and the CSV alike. */
export const SOURCE_LABELS: Record<EgressSource, string> = {
  documented: "documented",
  observed: "observed",
  configured: "configured",
};

export const SOURCE_LEGEND =
  "documented: in the product's list of outbound destinations; observed: read from the Terraform modules' and Helm charts' sources, not in the product's docs; configured: your setting in the wizard instead of the documented default.";

export const HOST_PATTERN_LEGEND =
  "A host starting with *. stands for any subdomain; ACCOUNT for your AWS account id, known after tofu apply.";

/** Whether the connection may go through the proxy. */
export function proxyRoute(destination: EgressDestination): string {
  return destination.direct ? "no: direct or VPC endpoint" : "yes, when one is set";
}

function cell(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/[\r\n]+/g, " ");
}

function code(values: readonly string[]): string {
  return values.map((v) => "`" + v.replace(/`/g, "") + "`").join(", ");
}

function bootstrapSection(destinations: readonly EgressDestination[]): string[] {
  const apis = bootstrapDestinations(destinations);
  if (apis.length === 0) return [];
  const runtime = destinations.find((d) => d.id === "runtime-image");
  return [
    "## EC2 agent hosts: reached before any proxy exists",
    "",
    "The agent host's bootstrap calls these AWS APIs before any proxy variable exists: they must be reachable directly or through VPC endpoints, not through the proxy. The bootstrap runs with `set -e`: a host that cannot reach one powers off, and the auto scaling group replaces it.",
    "",
    ...apis.map((d) => `- ${d.target}: ${code(d.hosts)}`),
    "",
    "The agent image is pulled by Docker in the same bootstrap" +
      (runtime
        ? `, and the runtime image (${code([runtime.target])}) by the host's Docker daemon, which does not use the proxy either.`
        : ", which does not use the proxy either.") +
      " The instance metadata service (169.254.169.254) is link-local: no rule is needed.",
    "",
  ];
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
      proxyRoute(d),
      SOURCE_LABELS[d.source],
      cell(d.note ?? ""),
    ].join(" | "),
  );
  return [
    "# Outbound destinations (restricted egress)",
    "",
    proxied
      ? "Allow these on the HTTP proxy the wizard configured, and let the proxy itself reach them; allow the rows marked “no” under “through the proxy” on the firewall or NAT path instead (or reach them through VPC endpoints)."
      : "Allow these on the firewall or NAT path the cluster and the agents use.",
    "Image pulls are made by each node's container runtime, which does not read the pods' HTTP_PROXY: configure the node's runtime for the proxy, or allow the registry hosts for the nodes directly.",
    HOST_PATTERN_LEGEND,
    "",
    "| destination | allow | port | why | connects from | through the proxy | source | note |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row} |`),
    "",
    `Source: ${SOURCE_LEGEND}`,
    "",
    ...bootstrapSection(destinations),
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
  "through_proxy",
  "source",
];

function hostType(host: string): string {
  if (host.startsWith("*.")) return "host-wildcard";
  return isPlaceholderHost(host) ? "host-template" : "host";
}

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
      d.direct ? "no" : "yes",
      SOURCE_LABELS[d.source],
    ];
    for (const host of d.hosts) rows.push(base(hostType(host), host));
    for (const cidr of d.cidrs)
      rows.push(base(cidr.includes(":") ? "ipv6-cidr" : "ipv4-cidr", cidr));
  }
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

// The four egress exports parse back to the destinations they were built from.
import { parse } from "@cdktf/hcl2json";
import { installPlan } from "../plan";
import { describe, expect, it } from "vitest";
import { configSchema } from "../config/schema";
import { egressFiles } from "../generators/egress";
import { egressAwsRules } from "./aws-rules";
import { egressCidrs, egressDestinations, egressHosts } from "./destinations";
import { allowlistDomains } from "./domains";
import { egressSquid } from "./squid";
import { CSV_HEADER, csvField, egressCsv, egressMarkdown, SOURCE_LABELS } from "./table";

const restricted = configSchema.parse({
  basics: { agents: { ec2: true, kubernetes: true } },
  network: {
    egress: {
      restricted: true,
      runtimeImage: "registry.corp.example:5000/node:24-alpine",
      mirror: "own",
      backendImageRepository: "123456789012.dkr.ecr.eu-west-1.amazonaws.com/flows",
    },
  },
});
const destinations = egressDestinations(installPlan(restricted));

/** A small RFC 4180 reader, enough to check what egressCsv writes. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) field += ch;
    else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  return rows;
}

/** The cells of the Markdown table's body rows (pipes inside cells are escaped). */
function markdownRows(md: string): string[][] {
  return md
    .split("\n")
    .filter((l) => l.startsWith("| `"))
    .map((l) =>
      l
        .slice(2, -2)
        .split(/(?<!\\) \| /)
        .map((c) => c.trim()),
    );
}

describe("egressFiles", () => {
  it("writes nothing when egress is not restricted", () => {
    expect(egressFiles(installPlan(configSchema.parse({})))).toEqual([]);
  });

  it("writes the table, CSV, Squid ACLs and AWS rules when it is", () => {
    expect(egressFiles(installPlan(restricted)).map((f) => f.path)).toEqual([
      "egress-allowlist.md",
      "egress-allowlist.csv",
      "egress-allowlist.squid.conf",
      "egress-allowlist.aws.tf",
    ]);
  });
});

describe("egress exports", () => {
  it("CSV reads back to one row per host and range", () => {
    const rows = readCsv(egressCsv(destinations));
    expect(rows[0]).toEqual(CSV_HEADER);
    const values = rows.slice(1).map((r) => r[2]);
    expect(new Set(values)).toEqual(
      new Set([...egressHosts(destinations), ...egressCidrs(destinations)]),
    );
    expect(rows.every((r) => r.length === CSV_HEADER.length)).toBe(true);
    expect(rows.find((r) => r[2] === "registry.corp.example")?.[3]).toBe("5000");
  });

  it("CSV fields quote separators and defuse formulas", () => {
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(readCsv(csvField("x\ny") + "\r\n")).toEqual([["x\ny"]]);
  });

  it("Squid ACLs list every filter entry and range once, with the registry's extra port", () => {
    const squid = egressSquid(destinations);
    const domains = [...squid.matchAll(/^acl flows_egress_domains dstdomain (\S+)$/gm)].map(
      (m) => m[1],
    );
    const networks = [...squid.matchAll(/^acl flows_egress_networks dst (\S+)$/gm)].map(
      (m) => m[1],
    );
    expect(domains).toEqual(allowlistDomains(destinations));
    expect(domains).toContain(".s3.eu-central-1.amazonaws.com");
    expect(networks).toEqual(["160.79.104.0/23", "2607:6bc0::/48"]);
    expect(squid).toMatch(/^acl SSL_ports port 5000$/m);
    expect(squid).toMatch(/^http_access allow flows_egress_domains$/m);
    // Every non-comment line is a directive Squid knows.
    for (const line of squid.split("\n").filter((l) => l && !l.startsWith("#")))
      expect(line).toMatch(/^(acl|http_access) /);
  });

  it("AWS rules parse as HCL: a security-group rule per range and a domain allowlist", async () => {
    const json = (await parse("egress-allowlist.aws.tf", egressAwsRules(destinations))) as {
      resource: Record<string, Record<string, Record<string, unknown>[]>>;
      variable: Record<string, unknown>;
    };
    expect(Object.keys(json.variable)).toEqual(["egress_security_group_id"]);
    const rules = Object.values(json.resource.aws_vpc_security_group_egress_rule ?? {}).map(
      (r) => r[0]!,
    );
    expect(rules.map((r) => r.cidr_ipv4 ?? r.cidr_ipv6)).toEqual([
      "160.79.104.0/23",
      "2607:6bc0::/48",
    ]);
    expect(
      rules.every((r) => r.from_port === 443 && r.to_port === 443 && r.ip_protocol === "tcp"),
    ).toBe(true);
    const group = json.resource.aws_networkfirewall_rule_group?.flows_egress_domains?.[0] as {
      rule_group: {
        rules_source: {
          rules_source_list: { targets: string[]; generated_rules_type: string }[];
        }[];
      }[];
    };
    const list = group.rule_group[0]!.rules_source[0]!.rules_source_list[0]!;
    expect(list.generated_rules_type).toBe("ALLOWLIST");
    expect(list.targets).toEqual(allowlistDomains(destinations));
  });

  it("the CSV's source column agrees with the Markdown's, row by row", () => {
    const mdHeader = egressMarkdown(destinations, true)
      .split("\n")
      .find((l) => l.startsWith("| destination"))!
      .split(" | ");
    const sourceColumn = mdHeader.findIndex((c) => c.trim() === "source");
    const mdSources = new Map(
      markdownRows(egressMarkdown(destinations, true)).map((cells) => [
        cells[0]!.replace(/`/g, ""),
        cells[sourceColumn],
      ]),
    );
    const csvRows = readCsv(egressCsv(destinations)).slice(1);
    const csvSource = CSV_HEADER.indexOf("source");
    for (const row of csvRows) expect(row[csvSource]).toBe(mdSources.get(row[0]!));
    // Both say what the destinations say, and more than one mark occurs.
    for (const d of destinations) expect(mdSources.get(d.target)).toBe(SOURCE_LABELS[d.source]);
    expect(new Set(mdSources.values()).size).toBeGreaterThan(1);
  });

  it("the Markdown says the EC2 bootstrap calls bypass the proxy, and names them", () => {
    const md = egressMarkdown(destinations, true);
    expect(md).toContain(
      "before any proxy variable exists: they must be reachable directly or through VPC endpoints, not through the proxy",
    );
    expect(md).toContain("- AWS Secrets Manager API: `secretsmanager.eu-central-1.amazonaws.com`");
    expect(md).toContain("by the host's Docker daemon, which does not use the proxy");
    const noAgents = egressDestinations(
      installPlan(configSchema.parse({ basics: { agents: { ec2: false, kubernetes: false } } })),
    );
    expect(egressMarkdown(noAgents, true)).not.toContain("before any proxy variable exists");
  });

  it("the Markdown table has one row per destination and escapes pipes", () => {
    const md = egressMarkdown(destinations, true);
    const rows = md.split("\n").filter((l) => l.startsWith("| `"));
    expect(rows).toHaveLength(destinations.length);
    const piped = egressMarkdown([{ ...destinations[0]!, why: "a|b" }], false);
    expect(piped).toContain("a\\|b");
    expect(piped).toMatch(/firewall or NAT/);
  });
});

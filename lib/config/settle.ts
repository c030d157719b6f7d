// Partial validity: an invalid field holds back only itself. The settled configuration takes
// every valid field as typed and, for each invalid one, its last settled value (or the default),
// so every derived view (preview, egress table, NO_PROXY additions, Review) shows what the user
// chose everywhere else, and names the fields it is still waiting for.
import { defaultConfig, parseConfig, type Config } from "./schema";

export interface WaitingField {
  /** The config path of the invalid field, as the schema reports it (`proxy.httpProxy`). */
  path: string;
  message: string;
}

export interface SettledConfig {
  /** Always valid: the typed values, with each waiting field at its last settled value. */
  config: Config;
  /** The fields whose typed value is not in `config` yet, with why; empty when all are valid. */
  waiting: WaitingField[];
}

/**
 * The choice a field only matters under (the schema checks the field only then). When the field
 * has no valid value to fall back on, not even its last settled one (a proxy URL never entered),
 * the choice goes back to its settled value instead: the proxy stays off until its URL is valid.
 */
const GATES: Record<string, string> = {
  "proxy.httpProxy": "proxy.enabled",
  "proxy.httpsProxy": "proxy.enabled",
  "proxy.vpcCidr": "proxy.enabled",
  "network.vpc.id": "network.vpc.mode",
  "network.vpc.privateSubnetIds": "network.vpc.mode",
  "network.vpc.publicSubnetIds": "network.vpc.mode",
  "network.cluster.name": "network.cluster.mode",
  "network.cluster.databaseSecurityGroupIds": "network.cluster.mode",
  "network.tls.certArn": "network.tls.certificate",
  "network.egress.agentImageRepository": "network.egress.mirror",
  "network.egress.backendImageRepository": "network.egress.mirror",
};

const MAX_ROUNDS = 12;

type Tree = Record<string, unknown>;

function isTree(value: unknown): value is Tree {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The setting an issue is about: a list counts as one setting (`certificates.2.label` → `certificates`). */
export function settingPath(path: string): string {
  const keys = path.split(".");
  const index = keys.findIndex((key) => /^\d+$/.test(key));
  return (index < 0 ? keys : keys.slice(0, index)).join(".");
}

function getAt(tree: unknown, path: string): unknown {
  let node = tree;
  for (const key of path.split(".")) {
    if (!isTree(node)) return undefined;
    node = node[key];
  }
  return node;
}

function setAt(tree: Tree, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = tree;
  for (const key of keys.slice(0, -1)) {
    if (!isTree(node[key])) node[key] = {};
    node = node[key] as Tree;
  }
  node[keys[keys.length - 1]!] = structuredClone(value);
}

/**
 * Puts one refused setting back: its settled value, else the settled value of the choice it
 * depends on, else that choice's default, else its whole section's settled value. False when
 * nothing is left to put back.
 */
function fallBack(candidate: Tree, path: string, previous: Config): boolean {
  const steps = [path, GATES[path], GATES[path], path.split(".")[0]!];
  const sources: unknown[] = [previous, previous, defaultConfig, previous];
  for (const [i, step] of steps.entries()) {
    if (step === undefined || step === "") continue;
    const value = getAt(sources[i], step);
    if (value === undefined || same(getAt(candidate, step), value)) continue;
    setAt(candidate, step, value);
    return true;
  }
  return false;
}

/**
 * The configuration every derived view shows: `values` as typed where valid; each invalid field
 * at its value in `previous` (the last settled configuration, or the defaults), or, when that is
 * refused too, the choice it depends on. Pure: the same values and previous give the same result.
 */
export function settleConfig(values: unknown, previous: Config = defaultConfig): SettledConfig {
  const first = parseConfig(values);
  if (first.success) return { config: first.data, waiting: [] };
  const waiting: WaitingField[] = [];
  const seen = new Set<string>();
  const wait = (issue: WaitingField) => {
    if (seen.has(issue.path)) return;
    seen.add(issue.path);
    waiting.push({ path: issue.path, message: issue.message });
  };
  first.issues.forEach(wait);
  if (!isTree(values)) return { config: previous, waiting };

  const candidate = structuredClone(values);
  let issues = first.issues;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const settings = new Set(issues.map((issue) => settingPath(issue.path)));
    let moved = false;
    for (const setting of settings) moved = fallBack(candidate, setting, previous) || moved;
    if (!moved) break;
    const next = parseConfig(candidate);
    if (next.success) return { config: next.data, waiting };
    // A check the first errors kept from running (a section's cross-field checks) may now speak
    // about a value as typed: that field waits too.
    for (const issue of next.issues)
      if (same(getAt(candidate, issue.path), getAt(values, issue.path))) wait(issue);
    issues = next.issues;
  }
  return { config: previous, waiting };
}

/** Whether a config path lies under one of the prefixes (`network` covers `network.vpc.id`). */
export function pathWithin(path: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}.`));
}

/** The waiting fields that a view reading the given settings depends on. */
export function waitingWithin(
  waiting: readonly WaitingField[],
  prefixes: readonly string[],
): WaitingField[] {
  return waiting.filter((field) => pathWithin(field.path, prefixes));
}

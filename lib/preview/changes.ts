// Which lines of each generated file differ from what the default configuration generates,
// and which setting put them there. Attribution is by experiment, not by hand-kept tables:
// a changed line belongs to a setting when reverting that setting alone makes the line go.
import { defaultConfig, type Config } from "../config/schema";
import type { GeneratedFile } from "../generators/types";

export type Generate = (config: Config) => GeneratedFile[];

/** A group of settings the user thinks of as one choice, with the words the preview shows. */
export interface SettingGroup {
  id: string;
  label: string;
  revert: (config: Config) => Config;
}

const d = defaultConfig;

export const SETTING_GROUPS: readonly SettingGroup[] = [
  {
    id: "basics.appDomain",
    label: "App domain (Basics)",
    revert: (c) => ({ ...c, basics: { ...c.basics, appDomain: d.basics.appDomain } }),
  },
  {
    id: "basics.namespace",
    label: "Namespace (Basics)",
    revert: (c) => ({ ...c, basics: { ...c.basics, namespace: d.basics.namespace } }),
  },
  {
    id: "basics.releaseName",
    label: "Release name (Basics)",
    revert: (c) => ({ ...c, basics: { ...c.basics, releaseName: d.basics.releaseName } }),
  },
  {
    id: "basics.awsRegion",
    label: "AWS region (Basics)",
    revert: (c) => ({ ...c, basics: { ...c.basics, awsRegion: d.basics.awsRegion } }),
  },
  {
    id: "basics.agents",
    label: "Where agents run (Basics)",
    revert: (c) => ({ ...c, basics: { ...c.basics, agents: d.basics.agents } }),
  },
  {
    id: "network.ingressScheme",
    label: "Private ingress (Network)",
    revert: (c) => ({ ...c, network: { ...c.network, ingressScheme: d.network.ingressScheme } }),
  },
  {
    id: "network.vpcChecklist",
    label: "VPC checklist (Network)",
    revert: (c) => ({ ...c, network: { ...c.network, vpcChecklist: d.network.vpcChecklist } }),
  },
  {
    id: "network.egress",
    label: "Restricted egress and images (Network)",
    revert: (c) => ({ ...c, network: { ...c.network, egress: d.network.egress } }),
  },
  { id: "proxy", label: "HTTP proxy (Proxy)", revert: (c) => ({ ...c, proxy: d.proxy }) },
  {
    id: "certificates",
    label: "CA certificates (Certificates)",
    revert: (c) => ({ ...c, certificates: d.certificates }),
  },
];

export interface FileChanges {
  /** True when the default configuration generates no file at this path. */
  isNew: boolean;
  /** Settings that brought a new file, or that changed at least one line. */
  reasons: string[];
  /** Changed lines (0-based index) and the settings behind each; empty for new files. */
  lines: Map<number, string[]>;
}

function counts(lines: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of lines) map.set(line, (map.get(line) ?? 0) + 1);
  return map;
}

/** Indexes of lines in `current` that `baseline` does not account for (multiset comparison). */
export function linesNotIn(current: string, baseline: string): number[] {
  const left = counts(baseline.split("\n"));
  const out: number[] = [];
  current.split("\n").forEach((line, index) => {
    const n = left.get(line) ?? 0;
    if (n > 0) left.set(line, n - 1);
    else out.push(index);
  });
  return out;
}

function byPath(files: readonly GeneratedFile[]): Map<string, string> {
  return new Map(files.map((f) => [f.path, f.contents]));
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Changes against the defaults, per file path, for a valid configuration. Give the files already
 * generated for `config` and for the defaults, and only the settings that differ from their
 * defaults are generated again, each reverted alone.
 */
export function describeChanges(
  config: Config,
  generate: Generate,
  files: readonly GeneratedFile[] = generate(config),
  defaults: readonly GeneratedFile[] = generate(defaultConfig),
): Map<string, FileChanges> {
  const baseline = byPath(defaults);
  const groups = SETTING_GROUPS.filter((g) => !sameJson(g.revert(config), config));
  const variants = groups.map((g) => ({
    label: g.label,
    files: byPath(generate(g.revert(config))),
  }));
  const result = new Map<string, FileChanges>();
  for (const file of files) {
    const base = baseline.get(file.path);
    if (base === undefined) {
      const reasons = variants.filter((v) => !v.files.has(file.path)).map((v) => v.label);
      result.set(file.path, { isNew: true, reasons, lines: new Map() });
      continue;
    }
    const changed = linesNotIn(file.contents, base);
    const lines = new Map<number, string[]>();
    const fileReasons = new Set<string>();
    const goneIn = variants.map((v) => ({
      label: v.label,
      missing: new Set(linesNotIn(file.contents, v.files.get(file.path) ?? "")),
    }));
    for (const index of changed) {
      const reasons = goneIn.filter((v) => v.missing.has(index)).map((v) => v.label);
      const named = reasons.length > 0 ? reasons : ["A combination of settings"];
      named.forEach((r) => fileReasons.add(r));
      lines.set(index, named);
    }
    result.set(file.path, { isNew: false, reasons: [...fileReasons], lines });
  }
  return result;
}

// Review's warning when merging into an existing release's values changes its ALB scheme
// (internet-facing ⇄ internal). The AWS Load Balancer Controller cannot change the scheme of a
// load balancer: it creates a new one, with a new DNS name, and deletes the old. And an ingress
// group (alb.ingress.kubernetes.io/group.name) shares one ALB, so all its ingresses need the same
// scheme: the controller refuses a group whose members disagree.
import { parseDocument } from "yaml";
import type { Config } from "../config/schema";
import { SCHEME_ANNOTATION } from "../plan/names";
import type { StandingWarning } from "./standing-warning";
import { readSource } from "../merge/read-source";
import type { MergeSources } from "../merge/types";
import { isRecord } from "../merge/yaml-nodes";

export const GROUP_ANNOTATION = "alb.ingress.kubernetes.io/group.name";

const WORDS: Record<string, string> = {
  internal: "internal (private subnets)",
  "internet-facing": "internet-facing (public subnets)",
};

/** The ingress annotations of a values text as Helm reads it (aliases and << resolved), if any. */
function annotationsOf(raw: string): Record<string, unknown> | null {
  const source = readSource(raw);
  if (!source.ok) return null;
  let values: unknown;
  try {
    const doc = parseDocument(source.text, { merge: true });
    if (doc.errors.length > 0) return null;
    values = doc.toJS();
  } catch {
    // An alias to nothing, too many aliases: the merge panel says what is wrong with the file.
    return null;
  }
  if (!isRecord(values) || !isRecord(values.ingress)) return null;
  const annotations = values.ingress.annotations;
  return isRecord(annotations) ? annotations : null;
}

/** The warnings for the user's existing values file, when they gave one to merge into. */
export function schemeSwitchWarnings(config: Config, sources: MergeSources): StandingWarning[] {
  if (!sources.values) return [];
  // Parsing a large file costs a good part of a second: a file that never names the scheme
  // annotation (as a key, plain or quoted) cannot set it.
  if (!sources.values.includes(SCHEME_ANNOTATION)) return [];
  const annotations = annotationsOf(sources.values);
  const theirs = annotations?.[SCHEME_ANNOTATION];
  const ours = config.network.ingressScheme;
  if (typeof theirs !== "string" || theirs.trim() === ours || !(theirs.trim() in WORDS)) return [];
  const group = annotations?.[GROUP_ANNOTATION];
  const domain = config.basics.appDomain;
  let message =
    `Your values.yaml sets ${SCHEME_ANNOTATION}: ${theirs.trim()}, and the wizard sets ${ours}: ` +
    `the merged file moves the existing release's load balancer from ${WORDS[theirs.trim()]} to ` +
    `${WORDS[ours]}. The AWS Load Balancer Controller cannot change a scheme in place: it ` +
    `replaces the ALB, which gets a new DNS name. Move the DNS records of ${domain} (and the ` +
    "gateway's) to the new name after the upgrade; until then users reach the old, deleted one.";
  if (typeof group === "string" && group.trim() !== "")
    message +=
      ` Your file also puts the ingress in the ALB group "${group.trim()}" (${GROUP_ANNOTATION}): ` +
      "the ingresses of a group share one ALB and must all have the same scheme, so the other " +
      `ingresses of "${group.trim()}" would clash with this one. Remove the group annotation from ` +
      `your file, or use a group whose ingresses are all ${ours}.`;
  return [
    {
      id: "merge-scheme-switch",
      step: "network",
      field: "network.ingressScheme",
      message,
    },
  ];
}

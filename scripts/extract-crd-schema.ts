// Extracts one version's openAPIV3Schema from a CustomResourceDefinition YAML (read from standard
// input) into the JSON test data of lib/upstream/testing/crd-schemas, with its source beside it.
// Usage: git -C MIRROR show TAG:PATH | npx tsx scripts/extract-crd-schema.ts REPO TAG COMMIT PATH VERSION > OUT.json
import { readFileSync } from "node:fs";
import { parse } from "yaml";

const [repo, tag, commit, path, version] = process.argv.slice(2);
if (!repo || !tag || !commit || !path || !version) {
  console.error("usage: extract-crd-schema REPO TAG COMMIT PATH VERSION < crd.yaml");
  process.exit(2);
}
const crd = parse(readFileSync(0, "utf8")) as {
  spec: {
    group: string;
    names: { kind: string };
    versions: { name: string; served: boolean; schema: { openAPIV3Schema: unknown } }[];
  };
};
const served = crd.spec.versions.find((v) => v.name === version && v.served);
if (!served) {
  console.error(`extract-crd-schema: ${version} is not a served version of ${path}`);
  process.exit(1);
}
const out = {
  source: { repo, tag, commit, path },
  apiVersion: `${crd.spec.group}/${version}`,
  kind: crd.spec.names.kind,
  openAPIV3Schema: served.schema.openAPIV3Schema,
};
process.stdout.write(JSON.stringify(out) + "\n");

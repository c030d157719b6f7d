// Checks for the upstream version overrides: a module's git ref and a chart's version.

const REF = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,127}$/;
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/** A git ref for a module source (`?ref=`): a tag, a branch or a commit id. */
export function checkModuleRef(value: string): string | null {
  if (!REF.test(value) || value.includes(".."))
    return "Use a tag (v0.2.0), a branch name or a commit id: letters, digits, '.', '_', '-' and '/'.";
  return null;
}

/** A chart version for `helm upgrade --install --version`. */
export function checkChartVersion(value: string): string | null {
  if (!SEMVER.test(value)) return "Use an exact chart version such as 0.3.0.";
  return null;
}

/** Compares two x.y.z versions (pre-release suffixes ignored): negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split("-")[0]!.split(".").map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i]! !== y[i]!) return x[i]! - y[i]!;
  return 0;
}

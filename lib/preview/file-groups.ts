// The preview's files in the groups an engineer looks for (Helm, Kubernetes manifests, GitOps,
// Terraform, scripts, egress, certificates, docs), in a fixed order, each file under its short name within the group.

export type FileGroupId =
  "helm" | "kubernetes" | "gitops" | "terraform" | "scripts" | "egress" | "certificates" | "docs";

export interface FileGroup {
  id: FileGroupId;
  label: string;
  /** Paths of the bundle, in the order the bundle lists them. */
  paths: string[];
}

const LABELS: Record<FileGroupId, string> = {
  helm: "Helm",
  kubernetes: "Kubernetes",
  gitops: "GitOps",
  terraform: "Terraform",
  scripts: "Scripts",
  egress: "Egress",
  certificates: "Certificates",
  docs: "Docs",
};

const ORDER = Object.keys(LABELS) as FileGroupId[];

/** The group a bundle path belongs to. */
export function fileGroupOf(path: string): FileGroupId {
  if (path.startsWith("helm/")) return "helm";
  if (path.startsWith("kubernetes/")) return "kubernetes";
  if (path.startsWith("gitops/")) return "gitops";
  if (path.startsWith("egress-allowlist.")) return "egress";
  if (path.startsWith("terraform/")) return "terraform";
  if (path.startsWith("certs/")) return "certificates";
  if (path.endsWith(".sh")) return "scripts";
  return "docs";
}

/** The non-empty groups, in the fixed order. */
export function groupFiles(paths: readonly string[]): FileGroup[] {
  const byGroup = new Map<FileGroupId, string[]>();
  for (const path of paths) {
    const id = fileGroupOf(path);
    byGroup.set(id, [...(byGroup.get(id) ?? []), path]);
  }
  return ORDER.filter((id) => byGroup.has(id)).map((id) => ({
    id,
    label: LABELS[id],
    paths: byGroup.get(id)!,
  }));
}

/** A path's name inside its group's tabs: the folder the group already says is left out. */
export function shortName(path: string): string {
  return path.replace(/^(helm|kubernetes|terraform|certs)\//, "");
}

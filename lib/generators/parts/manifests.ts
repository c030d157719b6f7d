// Several Kubernetes manifests in one YAML file, each through the YAML serializer.
import { toYaml } from "../../format/yaml";

/** The documents, separated by `---`, with a comment on top. */
export function manifestsYaml(header: string, documents: readonly unknown[]): string {
  return documents.map((doc, index) => toYaml(doc, index === 0 ? header : undefined)).join("---\n");
}

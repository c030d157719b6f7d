/** The kind of text a generated file holds (for highlighting and for the parsers in tests). */
export type FileLanguage = "yaml" | "hcl" | "shell" | "markdown" | "json" | "pem" | "csv" | "text";

/** One file of the bundle, as every generator returns it. */
export interface GeneratedFile {
  /** Path inside the bundle, forward slashes, no leading slash (e.g. `helm/values.yaml`). */
  path: string;
  contents: string;
  language: FileLanguage;
  /** One sentence for the preview and the bundle README: what the file is for. */
  description: string;
  /** Written with mode 0755 in the zip. */
  executable?: boolean;
}

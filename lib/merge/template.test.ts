// A Helm chart template is not a values file: refused with where its first action is and what
// to paste instead. Values that merely hold "{{" in quotes, comments or block scalars are values.
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { mergeValues } from "./merge-values";
import { findTemplateAction } from "./template";

const wizard = { appDomain: "flows.corp.example" };

const TEMPLATES: [name: string, text: string, line: number, action: string][] = [
  ["a value from .Values", "appDomain: {{ .Values.appDomain }}\n", 1, "{{ .Values.appDomain }}"],
  [
    "an if block",
    "{{- if .Values.ingress.enabled }}\ningress:\n  enabled: true\n{{- end }}\n",
    1,
    "{{- if .Values.ingress.enabled }}",
  ],
  [
    "an include with nindent",
    'metadata:\n  labels:\n    {{- include "flows.labels" . | nindent 4 }}\n',
    3,
    '{{- include "flows.labels" . | nindent 4 }}',
  ],
  [
    "a range over a list",
    "env:\n{{- range .Values.env }}\n  - name: {{ .name }}\n{{- end }}\n",
    2,
    "{{- range .Values.env }}",
  ],
  [
    "an action inside a plain value",
    "image: registry.corp/flows:{{ .Chart.AppVersion }}\n",
    1,
    "{{ .Chart.AppVersion }}",
  ],
  ["a list item", "args:\n  - {{ .Values.arg }}\n", 2, "{{ .Values.arg }}"],
  [
    "a template comment",
    "{{/* values for the flows chart */}}\nappDomain: a.example\n",
    1,
    "{{/* values for the flows chart */}}",
  ],
  [
    "a whole chart template",
    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-config\ndata:\n  a: b\n",
    4,
    "{{ .Release.Name }}",
  ],
];

const VALUES: [name: string, text: string][] = [
  ["a double-quoted tpl value", 'annotations:\n  owner: "{{ .Release.Name }}"\n'],
  ["a single-quoted tpl value", "host: '{{ .Release.Name }}.corp.example'\n"],
  ["a comment", "# set by {{ .Values.x }} in the old chart\nappDomain: a.example # {{ x }}\n"],
  ["a block scalar", "config: |\n  server {{ .Values.host }}\n  {{- if x }}\n"],
  ["a folded block scalar", "note: >-\n  {{ a }}\n"],
  ["JSON", '{"appDomain": "a.example", "ingress": {"annotations": {"a": "{{ x }}"}}}\n'],
  ["a flow mapping with a space", "ingress: { annotations: { a: b } }\n"],
];

describe("Helm templates pasted as values", () => {
  it.each(TEMPLATES)(
    "refuses %s, with its line and what to paste instead",
    (_, text, line, action) => {
      expect(findTemplateAction(text)).toMatchObject({ line, action });
      const result = mergeValues(text, wizard);
      if (result.ok) throw new Error("a template was merged");
      expect(result.line).toBe(line);
      expect(result.error).toBe(
        `This looks like a Helm chart template, not a values file: line ${line} has "${action}" ` +
          "outside quotes, which Helm fills in when it renders a chart. Paste the values the " +
          "release was installed with instead: the output of helm get values RELEASE -n " +
          "NAMESPACE, or your own values.yaml. If it is a value your chart passes through tpl, " +
          "put it in quotes.",
      );
    },
  );

  it("counts the line in the text as pasted, after helm's header line", () => {
    const result = mergeValues("USER-SUPPLIED VALUES:\nappDomain: {{ .Values.x }}\n", wizard);
    expect(result).toMatchObject({ ok: false, line: 2 });
  });

  it.each(VALUES)("merges %s, keeping the braces as text", (_, text) => {
    expect(findTemplateAction(text)).toBeNull();
    const result = mergeValues(text, wizard);
    if (!result.ok) throw new Error(result.error);
    expect(parse(result.text)).toMatchObject({ ...parse(text), ...wizard });
  });
});

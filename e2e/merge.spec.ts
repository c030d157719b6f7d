import AxeBuilder from "@axe-core/playwright";
import { readBundle } from "./bundle";
import { parse } from "yaml";
import { expect, test } from "./fixtures";
import { StartPage } from "./pages/start-page";
import type { WizardPage } from "./pages/wizard-page";

const TEAM_VALUES = `# Production values, owned by the platform team.
appDomain: flows.acme.internal # DNS by the network team

server:
  replicaCount: 2 # sized for load
  extraEnv:
    - name: DATABASE_PASSWORD
      valueFrom:
        secretKeyRef:
          name: flows-db
          key: password

ingress:
  annotations:
    alb.ingress.kubernetes.io/scheme: internal # was private
    alb.ingress.kubernetes.io/group.name: acme
# end
`;

function valuesField(wizard: WizardPage) {
  return wizard.main.getByRole("textbox", { name: "Your values.yaml (spacelift-flows chart)" });
}

test("a pasted values file is merged, shown as a diff, and bundled in place of the generated one", async ({
  wizard,
}) => {
  await wizard.goto("review");
  await wizard.openMerge();
  await valuesField(wizard).fill(TEAM_VALUES);
  const diff = wizard.main.getByTestId("merge-diff");
  await expect(diff).toBeVisible();
  await expect(diff.locator('[data-diff="remove"]')).toContainText([
    "alb.ingress.kubernetes.io/scheme: internal # was private",
  ]);
  await expect(diff.locator('[data-diff="add"]').first()).toBeVisible();
  await expect(diff.locator('[data-diff="add"]')).toContainText([
    /alb\.ingress\.kubernetes\.io\/scheme: internet-facing\s*$/,
  ]);
  await wizard.main.getByText(/What the merge did/).click();
  await expect(wizard.main.getByText(/Changed ingress\.annotations/)).toBeVisible();
  // The comment on the replaced line went with the old value; the notes say so.
  await expect(
    wizard.main.getByText(
      'Removed the comment "# was private" from ingress.annotations["alb.ingress.kubernetes.io/scheme"]',
      { exact: false },
    ),
  ).toBeVisible();

  const download = await wizard.download();
  const bundle = await readBundle((await download.path())!);
  const values = bundle.read("helm/values.yaml");
  for (const comment of [
    "# Production values, owned by the platform team.",
    "# sized for load",
    "# end",
  ])
    expect(values).toContain(comment);
  const parsed = parse(values) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  expect(parsed.server.replicaCount).toBe(2);
  expect(parsed.server.extraEnv[0].name).toBe("DATABASE_PASSWORD");
  expect(parsed.ingress.annotations["alb.ingress.kubernetes.io/group.name"]).toBe("acme");
  expect(parsed.ingress.annotations["alb.ingress.kubernetes.io/scheme"]).toBe("internet-facing");
  expect(parsed.ingress.className).toBe("spacelift-flows");
  const readme = bundle.read("README.md");
  expect(readme).toContain("Your own values file with the wizard's settings merged in");
});

test("invalid YAML is reported next to the field with its line, and Clear empties it", async ({
  wizard,
}) => {
  await wizard.goto("review");
  await wizard.openMerge();
  const field = valuesField(wizard);
  await field.fill("appDomain: a.example\ningress: x: y\n");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  const panel = wizard.main.getByTestId("merge-values");
  await expect(panel.getByRole("alert")).toContainText(/not valid YAML.*line 2, column \d+/);
  await panel.getByRole("button", { name: "Select line 2" }).click();
  await expect(field).toBeFocused();
  await expect(wizard.main.getByText(/Nothing was merged/)).toBeVisible();
  await panel.getByRole("button", { name: /^Clear/ }).click();
  await expect(field).toHaveValue("");
  await expect(field).not.toHaveAttribute("aria-invalid", "true");
});

test("the merge panel has no accessibility violations with a diff shown", async ({
  wizard,
  page,
}) => {
  await wizard.goto("review");
  await wizard.openMerge();
  await valuesField(wizard).fill(TEAM_VALUES);
  await expect(wizard.main.getByTestId("merge-diff")).toBeVisible();
  const results = await new AxeBuilder({ page }).include('[data-testid="merge-panel"]').analyze();
  expect(results.violations).toEqual([]);
});

test("a Helm template is refused with what to paste instead, and a blank or empty file says so", async ({
  wizard,
}) => {
  await wizard.goto("review");
  await wizard.openMerge();
  const field = valuesField(wizard);
  const panel = wizard.main.getByTestId("merge-values");
  await field.fill(
    "# templates/deployment.yaml\nappDomain: a.example\n{{- if .Values.ingress.enabled }}\ningress:\n  enabled: true\n{{- end }}\n",
  );
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(panel.getByRole("alert")).toContainText(
    'This looks like a Helm chart template, not a values file: line 3 has "{{- if .Values.ingress.enabled }}"',
  );
  await expect(panel.getByRole("alert")).toContainText("helm get values RELEASE -n NAMESPACE");
  await expect(panel.getByRole("button", { name: "Select line 3" })).toBeVisible();

  await field.fill("  \n\n");
  await expect(panel.getByRole("alert")).toContainText(
    "The text holds only spaces and blank lines, so there is nothing to merge into",
  );

  // A picked empty file leaves what the field held, and says why.
  await field.fill(TEAM_VALUES);
  await expect(wizard.main.getByTestId("merge-diff")).toBeVisible();
  const picker = panel.locator('input[type="file"]');
  for (const [name, contents, message] of [
    ["empty.yaml", "", "empty.yaml is empty: the field keeps what it held."],
    [
      "blank.yaml",
      "\n  \n",
      "blank.yaml holds only spaces and blank lines: the field keeps what it held.",
    ],
  ] as const) {
    await picker.setInputFiles({ name, mimeType: "text/yaml", buffer: Buffer.from(contents) });
    await expect(panel.getByRole("alert")).toContainText(message);
    await expect(field).toHaveValue(TEAM_VALUES);
  }
});

test("an anchor the wizard changes stays as it was for the key that reuses it, and a JSON file stays JSON", async ({
  wizard,
  page,
}) => {
  // A preset with a proxy, so that the wizard writes server.extraEnv.
  await wizard.goto("start");
  await new StartPage(page).usePreset("Private VPC + proxy + TLS inspection");
  await wizard.gotoStep("proxy");
  await wizard.field("HTTP proxy URL").fill("http://proxy.acme.internal:3128");
  await wizard.gotoStep("review");
  await wizard.openMerge();
  const field = valuesField(wizard);
  const notes = wizard.main.getByTestId("merge-result-values.yaml");
  await field.fill(
    "appDomain: old.example\nserver:\n  extraEnv: &env\n    - name: LOG_LEVEL\n      value: debug\nmigrations:\n  env: *env # same as the server\n",
  );
  await notes.getByText(/What the merge did/).click();
  await expect(notes).toContainText(
    "server.extraEnv carried the anchor &env, which migrations.env reuses with *env: so that it keeps its value",
  );
  const merged = parse(await wizard.previewText("helm/values.yaml")) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  expect(merged.migrations.env).toEqual([{ name: "LOG_LEVEL", value: "debug" }]);
  expect(merged.appDomain).not.toBe("old.example");

  await field.fill('{"appDomain": "old.example", "server": {"replicaCount": 2}}\n');
  await expect(notes).toContainText(
    "Your file is JSON on one line, so the merged file is JSON too",
  );
  const json = JSON.parse(await wizard.previewText("helm/values.yaml")) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  expect(json.server.replicaCount).toBe(2);
  expect(json.appDomain).not.toBe("old.example");
});

test("a merge that switches the release's ALB scheme is a Review warning linked to the field", async ({
  wizard,
  page,
}) => {
  await wizard.goto("review");
  await wizard.openMerge();
  // The team's release is internal and in the ALB group "acme"; the wizard's default is public.
  await valuesField(wizard).fill(TEAM_VALUES);
  const warnings = wizard.main.getByRole("region", { name: /^Warnings/ });
  const warning = warnings.getByRole("listitem").filter({ hasText: "load balancer" });
  await expect(warning).toContainText(
    "moves the existing release's load balancer from internal (private subnets) to internet-facing (public subnets)",
  );
  await expect(warning).toContainText("new DNS name");
  await expect(warning).toContainText('ALB group "acme"');
  await warning.getByRole("button", { name: "Change it in Network" }).click();
  await wizard.expectStep("network");
  await expect(page.locator(":focus")).toHaveAttribute("name", "network.ingressScheme");
  // Private ingress, as the release already is: the warning goes.
  await wizard.main.getByRole("radio", { name: /Private \(internal\)/ }).check();
  await wizard.gotoStep("review");
  await expect(wizard.main.getByText("moves the existing release's load balancer")).toHaveCount(0);
});

test("a comment on a replaced value's line goes, one above it stays, and the notes say which", async ({
  wizard,
}) => {
  await wizard.goto("review");
  await wizard.openMerge();
  await valuesField(wizard).fill(
    "# The public name: the network team owns DNS.\nappDomain: old.example # to be replaced\n",
  );
  const result = wizard.main.getByTestId("merge-result-values.yaml");
  await result.getByText(/What the merge did/).click();
  await expect(result).toContainText(
    'Removed the comment "# to be replaced" from appDomain: it was on the line of the value the wizard replaced.',
  );
  await expect(result).toContainText(
    'Kept the comment "# The public name: the network team owns DNS." by appDomain',
  );
  const values = await wizard.previewText("helm/values.yaml");
  expect(values).toContain("# The public name: the network team owns DNS.\nappDomain: ");
  expect(values).not.toContain("# to be replaced");
});

test("a 950 kB values file is merged in a worker: 'Merging…' shows, the page keeps answering, the diff follows", async ({
  wizard,
  page,
}) => {
  const { largeValuesYaml } = await import("../lib/merge/testing/large-values");
  const text = largeValuesYaml();
  await wizard.goto("review");
  await wizard.openMerge();
  await wizard.main
    .getByTestId("merge-values")
    .locator('input[type="file"]')
    .setInputFiles({
      name: "values.yaml",
      mimeType: "text/yaml",
      buffer: Buffer.from(text),
    });
  await expect(wizard.main.getByTestId("merge-progress")).toHaveText(/Merging your values file…/);
  // While the worker merges, the page's own thread still runs script (a frozen page would not).
  expect(
    await page.evaluate(() => new Promise((done) => setTimeout(() => done("answered"), 0))),
  ).toBe("answered");
  await expect(wizard.main.getByTestId("merge-diff")).toBeVisible({ timeout: 60_000 });
  await expect(wizard.main.getByTestId("merge-progress")).toHaveText("");
  await expect(
    wizard.main.getByTestId("merge-diff").locator('[data-diff="add"]').first(),
  ).toContainText("appDomain: flows.example.com");
});

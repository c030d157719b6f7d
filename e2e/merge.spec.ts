import AxeBuilder from "@axe-core/playwright";
import JSZip from "jszip";
import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { expect, test } from "./fixtures";
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
  await expect(diff).toContainText(
    "alb.ingress.kubernetes.io/scheme: internet-facing # was private",
  );
  await wizard.main.getByText(/What the merge did/).click();
  await expect(wizard.main.getByText(/Changed ingress\.annotations/)).toBeVisible();

  const download = await wizard.download();
  const zip = await JSZip.loadAsync(await readFile((await download.path())!));
  const values = await zip.file("helm/values.yaml")!.async("string");
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
  const readme = await zip.file("README.md")!.async("string");
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

// Issue 27: Review hands the Helm releases to Flux; the zip holds gitops/ with a HelmRelease per
// chart (the values install.sh would pass), the ExternalSecret for the proxy URLs, and no password.
import { readBundle } from "./bundle";
import { parse, parseAllDocuments } from "yaml";
import { configSchema } from "../lib/config/schema";
import { encodeShareLink } from "../lib/share";
import { expect, test } from "./fixtures";
import { ReviewPage } from "./pages/review-page";

const config = configSchema.parse({
  basics: { appDomain: "flows.acme.internal", agents: { ec2: true, kubernetes: true } },
  proxy: { enabled: true, httpProxy: "http://proxy.acme.internal:3128", httpUser: "svc-flows" },
});

test("Flux on Review: the zip holds gitops/ with HelmReleases, the ExternalSecret and no helm in install.sh", async ({
  wizard,
  page,
}) => {
  await wizard.goto("review", `#${encodeShareLink(config)}`);
  const review = new ReviewPage(page);
  await review.openInstallers();
  await expect(review.installer("install.sh")).toBeChecked();
  await review.chooseInstaller("Flux");
  await expect(wizard.main.getByText("installed by Flux from gitops/")).toBeVisible();

  const download = await wizard.download();
  const bundle = await readBundle((await download.path())!);
  const text = async (path: string) => bundle.read(path);
  const paths = [...bundle.files.keys()].filter((p) => p.startsWith("gitops/"));
  expect(paths).toEqual(
    expect.arrayContaining([
      "gitops/README.md",
      "gitops/apps/helm-repository.yaml",
      "gitops/apps/spacelift-flows.yaml",
      "gitops/apps/spacelift-flows-agent.yaml",
      "gitops/apps/proxy-secret.yaml",
    ]),
  );
  const release = parse(await text("gitops/apps/spacelift-flows.yaml"));
  expect(release.apiVersion).toBe("helm.toolkit.fluxcd.io/v2");
  expect(release.spec.chart.spec).toMatchObject({ chart: "spacelift-flows", version: "0.3.0" });
  expect(release.spec.values).toEqual(parse(await text("helm/values.yaml")));
  const [store, external] = parseAllDocuments(await text("gitops/apps/proxy-secret.yaml")).map(
    (d) => d.toJS(),
  );
  expect(store.kind).toBe("SecretStore");
  expect(external.kind).toBe("ExternalSecret");
  expect(external.spec.target.name).toBe("spacelift-flows-proxy");
  const install = await text("install.sh");
  expect(install).not.toMatch(/^helm /m);
  expect(install).toContain("--secret-string file:///dev/stdin");
  expect(await text("gitops/README.md")).toContain("secretsmanager:GetSecretValue");
});

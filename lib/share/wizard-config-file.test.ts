import { installPlan } from "../plan";
import { parseTestConfig } from "../testing/config";
import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../config/schema";
import { presetConfig } from "../testing/presets";
import { wizardConfigFile } from "../generators/wizard-config";
import { TEST_CERTIFICATES } from "../testing/certificates";
import { parseWizardConfigFile } from "./wizard-config-file";

const config = parseTestConfig({
  ...presetConfig("private-proxy-tls"),
  proxy: {
    ...presetConfig("private-proxy-tls").proxy,
    httpProxy: "http://flows:hunter2@proxy.corp.example:3128",
  },
  certificates: [{ pem: TEST_CERTIFICATES[1].pem, label: TEST_CERTIFICATES[1].label }],
});

describe("importing wizard-config.json", () => {
  it("reads back the file a bundle holds: the user name kept, no password in Secret mode", () => {
    expect(config.proxy).toMatchObject({ httpUser: "flows", credentials: "secret" });
    const result = parseWizardConfigFile(wizardConfigFile(installPlan(config)).contents);
    expect(result).toMatchObject({ ok: true, omittedCredentials: [], dropped: [] });
    if (!result.ok) return;
    expect(result.config).toEqual({ ...config, proxy: { ...config.proxy, httpPassword: "" } });
    expect(result.notice).toMatch(/^Loaded the configuration from the file: .*1 CA certificate/);
  });

  it("leaves a plain-values password out, and asks for it", () => {
    const plain = { ...config, proxy: { ...config.proxy, credentials: "plain" as const } };
    const text = wizardConfigFile(installPlan(plain)).contents;
    expect(text).not.toContain("hunter2");
    const result = parseWizardConfigFile(text);
    expect(result).toMatchObject({ ok: true, omittedCredentials: ["proxy.httpPassword"] });
    if (!result.ok) return;
    expect(result.config.proxy.httpPassword).toBe("");
    expect(result.notice).toContain("HTTP proxy password never leaves the page");
  });

  it("tolerates a byte-order mark and surrounding whitespace", () => {
    const text = "\uFEFF\n  " + wizardConfigFile(installPlan(config)).contents;
    expect(parseWizardConfigFile(text)).toMatchObject({ ok: true });
  });

  it.each([
    ["", "it is empty"],
    ["not json", "not JSON"],
    ['{"schemaVersion":1}', 'no "config"'],
    ['{"config":{}}', '"schemaVersion" is missing'],
    [`{"schemaVersion":${SCHEMA_VERSION + 1},"config":{}}`, "newer version of the wizard"],
    ['{"schemaVersion":1,"config":[]}', "does not hold a configuration object"],
  ])("explains why %j cannot be used, and loads nothing", (text, message) => {
    const result = parseWizardConfigFile(text);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining(message) });
    if (!result.ok)
      expect(result.error).toMatch(/^This file cannot be used: .*Nothing from it was loaded\.$/);
  });

  it("keeps the valid parts of a hand-edited file and names the rest", () => {
    const file = JSON.parse(wizardConfigFile(installPlan(config)).contents);
    file.config.basics.releaseName = "Bad_Release";
    const result = parseWizardConfigFile(JSON.stringify(file));
    expect(result).toMatchObject({ ok: true, dropped: [{ part: 'Setting "basics.releaseName"' }] });
    if (result.ok) expect(result.config.network.ingressScheme).toBe("internal");
  });

  it("refuses a file larger than any configuration", () => {
    const result = parseWizardConfigFile(" ".repeat(6 * 1024 * 1024));
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("larger than 5 MB") });
  });

  it("names a broken certificate by its place in the file: the 10th is certificates.9", () => {
    const certificates = Array.from({ length: 10 }, (_, index) => ({
      pem: TEST_CERTIFICATES[index % TEST_CERTIFICATES.length]!.pem,
      label: index === 9 ? "Corp CA \uD83D" : `CA ${index + 1}`,
    }));
    const result = parseWizardConfigFile(
      JSON.stringify({ schemaVersion: SCHEMA_VERSION, config: { certificates } }),
    );
    expect(result).toMatchObject({
      dropped: [
        {
          part: expect.stringMatching(/^Certificate 10 \(Corp CA/),
          reason: expect.stringMatching(
            /^certificates\.9\.label: A certificate label holds a broken character/,
          ),
        },
      ],
    });
  });
});

import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../config/schema";
import { wizardConfigFile } from "../generators/wizard-config";
import { installPlan } from "../plan";
import { addNoProxyText } from "../proxy/no-proxy-list";
import { derToPem } from "../share/der";
import { encodeShareLink } from "../share/link";
import { parseWizardConfigFile } from "../share/wizard-config-file";
import { TEST_CERTIFICATES } from "../testing/certificates";
import { parseTestConfig } from "../testing/config";
import { presetConfig, TEST_PROXY_URL } from "../testing/presets";
import { readWizardConfig, type ImportReading } from "./read-wizard-config";

const [root, second] = TEST_CERTIFICATES;
const config = parseTestConfig({
  ...presetConfig("private-proxy-tls"),
  certificates: [{ pem: root.pem, label: root.label }],
});
const bundled = wizardConfigFile(installPlan(config)).contents;
/** DER-shaped bytes in a canonical certificate PEM: passes the shape check, fails X.509. */
const notACertificate = derToPem(Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x01));

function file(settings: unknown): string {
  return JSON.stringify({ schemaVersion: SCHEMA_VERSION, config: settings });
}

function loaded(reading: ImportReading) {
  if (!reading.ok) throw new Error(`not loaded: ${reading.error}`);
  return reading;
}

const proxied = (noProxy: string[]) =>
  file({ proxy: { enabled: true, httpProxy: TEST_PROXY_URL, noProxy } });

describe("reading a wizard-config.json, for the page and the command line alike", () => {
  it("reads a bundle's own file back to its configuration, with nothing left out or noted", () => {
    const reading = loaded(readWizardConfig(bundled));
    expect(reading.config).toEqual(config);
    expect(reading).toMatchObject({
      source: "file",
      dropped: [],
      refusedNoProxy: [],
      refusedCertificates: [],
      notes: [],
      unusedPasswords: [],
    });
    expect(reading.notice).toMatch(
      /^Loaded the configuration from the file: .*1 CA certificate\.$/,
    );
  });

  it("keeps the valid parts of a partly broken file and names the rest", () => {
    const reading = loaded(
      readWizardConfig(file({ basics: { releaseName: "Bad_Release", appDomain: "flows.corp" } })),
    );
    expect(reading.config.basics.appDomain).toBe("flows.corp");
    expect(reading.dropped).toEqual([
      { part: 'Setting "basics.releaseName"', reason: expect.any(String) },
    ]);
    expect(reading.notice).toContain('Not used because invalid: Setting "basics.releaseName"');
  });

  it("keeps NO_PROXY's accepted entries and says each refused piece, as the editor's Add does", () => {
    const text = proxied(["a.corp, b/c", "10.0.0.0-10.0.0.255", ".d.corp"]);
    const reading = loaded(readWizardConfig(text));
    const editor = addNoProxyText([], "a.corp, b/c, 10.0.0.0-10.0.0.255, .d.corp");
    expect(reading.config.proxy.noProxy).toEqual(editor.entries);
    expect(reading.config.proxy.noProxy).toEqual(["a.corp", ".d.corp"]);
    expect(reading.refusedNoProxy).toEqual(editor.errors);
    expect(reading.refusedNoProxy).toEqual([
      expect.stringMatching(/^"b\/c" has a path/),
      expect.stringMatching(/Write 10\.0\.0\.0\/24, the CIDR range it is\.$/),
    ]);
    expect(reading.dropped).toEqual([]);
    expect(reading.notice).toContain('Left out of NO_PROXY: "b/c" has a path');
    expect(reading.notice).toContain("The rest of the list was loaded.");
    // The schema alone would have left the whole list out for one bad piece.
    expect(parseWizardConfigFile(text)).toMatchObject({
      dropped: [{ part: 'Setting "proxy.noProxy"' }],
    });
  });

  it("leaves out a certificate that is not X.509, and counts only those loaded", () => {
    const reading = loaded(
      readWizardConfig(
        file({
          certificates: [
            { pem: notACertificate, label: "Innocent CA" },
            { pem: second.pem, label: second.label },
          ],
        }),
      ),
    );
    expect(reading.config.certificates.map((c) => c.label)).toEqual([second.label]);
    expect(reading.refusedCertificates).toEqual([expect.stringContaining('("Innocent CA")')]);
    expect(reading.dropped).toEqual([]);
    expect(reading.notice).toContain("1 CA certificate.");
    expect(reading.notice).toContain('("Innocent CA")');
  });

  it("reads a share link pasted in place of the file: whole URL, fragment or #fragment", () => {
    const fragment = encodeShareLink(config);
    for (const text of [`https://wizard.example.com/#${fragment}`, fragment, ` #${fragment}\n`]) {
      const reading = loaded(readWizardConfig(text));
      expect(reading.source).toBe("link");
      expect(reading.config).toEqual(loaded(readWizardConfig(bundled)).config);
      expect(reading.notice).toMatch(/^Loaded the configuration from the link/);
    }
  });

  it("says which kind of input failed, and loads nothing", () => {
    expect(readWizardConfig("https://wizard.example.com/#c=1.AAAA")).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^This share link cannot be used: .*Nothing from it was loaded\.$/,
      ),
    });
    expect(readWizardConfig("{ broken")).toEqual({
      ok: false,
      error: expect.stringMatching(/^This file cannot be used: it is not JSON/),
    });
    expect(readWizardConfig(" ".repeat(6 * 1024 * 1024))).toMatchObject({
      ok: false,
      error: expect.stringContaining("larger than 5 MB"),
    });
  });

  it("reads past a byte-order mark before the file, and says one removed from a value", () => {
    expect(loaded(readWizardConfig(`\uFEFF\n ${bundled}`)).config).toEqual(config);
    const reading = loaded(readWizardConfig(file({ basics: { appDomain: "\uFEFFflows.corp" } })));
    expect(reading.config.basics.appDomain).toBe("flows.corp");
    const note = {
      field: "basics.appDomain",
      message:
        "An invisible byte-order mark (U+FEFF) at the start of the value was removed: some editors and clipboards add it.",
    };
    expect(reading.notes).toEqual([note]);
    expect(reading.notice).toContain(`About the values read: ${note.field}: ${note.message}`);
  });

  it("says the notes the Proxy step shows beside its fields", () => {
    const reading = loaded(readWizardConfig(proxied(["*.corp", "*"])));
    expect(reading.notes).toEqual([
      { field: "proxy.noProxy", message: expect.stringMatching(/^"\*\.corp" is written "\.corp"/) },
      { field: "proxy.noProxy", message: expect.stringMatching(/^"\*" turns the proxy off/) },
    ]);
  });
});

describe("what the command line gives beside the file", () => {
  it("reads proxy URLs as if the file held them: split, checked, and the file's URL replaced", () => {
    const text = file({
      basics: { appDomain: "flows.corp" },
      proxy: { enabled: true, httpProxy: "//p:1" },
    });
    expect(loaded(readWizardConfig(text)).dropped).toEqual([
      { part: "Proxy settings", reason: expect.stringContaining("Add the scheme") },
    ]);
    const reading = loaded(
      readWizardConfig(text, {
        proxyFlags: { httpProxy: "http://bob:pw@proxy_1.corp:3128", httpsProxy: undefined },
      }),
    );
    expect(reading.dropped).toEqual([]);
    expect(reading.config.proxy).toMatchObject({
      httpProxy: "http://proxy_1.corp:3128",
      httpUser: "bob",
      httpPassword: "pw",
    });
    // Secret mode (the default): install.sh asks for the password instead.
    expect(reading.unusedPasswords).toEqual(["proxy.httpProxy"]);
    expect(reading.notice).toContain("The password in the HTTP proxy URL is not used");
  });

  it("no longer asks for a password the flags gave", () => {
    const plain = parseTestConfig({
      ...config,
      proxy: { ...config.proxy, httpProxy: "http://bob:pw@proxy.corp:3128", credentials: "plain" },
    });
    const text = wizardConfigFile(installPlan(plain)).contents;
    expect(loaded(readWizardConfig(text)).omittedCredentials).toEqual(["proxy.httpPassword"]);
    const given = loaded(
      readWizardConfig(text, { proxyFlags: { httpProxy: "http://bob:pw@proxy.corp:3128" } }),
    );
    expect(given.omittedCredentials).toEqual([]);
    expect(given.notice).not.toContain("password never leaves");
  });

  it("adds certificate files as the Certificates step adds dropped files, with their words", () => {
    const reading = loaded(
      readWizardConfig(bundled, {
        certificateFiles: [
          { name: "second.pem", bytes: new TextEncoder().encode(second.pem) },
          { name: "again.pem", bytes: new TextEncoder().encode(root.pem) },
          { name: "empty.pem", bytes: new Uint8Array() },
        ],
      }),
    );
    expect(reading.config.certificates.map((c) => c.pem)).toEqual([root.pem, second.pem]);
    expect(reading.certificateMessages.map((m) => m.level)).toEqual(["refused", "note"]);
    expect(reading.notice).toMatch(/2 CA certificates\./);
  });

  it("judges the certificates' dates only when given a clock", () => {
    const later = new Date("2099-01-01T00:00:00Z");
    const expired = (reading: ImportReading) =>
      loaded(reading).certificateMessages.filter((m) => /^Expired/.test(m.text.split(": ")[1]!));
    expect(expired(readWizardConfig(bundled))).toEqual([]);
    expect(expired(readWizardConfig(bundled, { now: later }))).toEqual([
      {
        level: "warning",
        text: expect.stringMatching(/^certificate 1 \("Corp Root CA 1"\): Expired/),
      },
    ]);
  });

  it("refuses a share link whose proxy the flags make invalid, and loads nothing", () => {
    const link = `https://wizard.example.com/#${encodeShareLink(config)}`;
    expect(readWizardConfig(link, { proxyFlags: { httpProxy: "//p:1" } })).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^With the proxy URLs and certificate files given beside it, the configuration is invalid: proxy\.httpProxy: Add the scheme .*Nothing from it was loaded\.$/,
      ),
    });
  });
});

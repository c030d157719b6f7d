import { describe, expect, it } from "vitest";
import { defaultConfig } from "../config/schema";
import { TEST_CERTIFICATES } from "../testing/certificates";
import { parseWithRecovery } from "./recover";
import { V1_DEFAULTS } from "./v1-defaults";

const root = { pem: TEST_CERTIFICATES[0].pem, label: TEST_CERTIFICATES[0].label };

describe("validation with partial recovery", () => {
  it("keeps the other basics when only the namespace is invalid, and names it", () => {
    const result = parseWithRecovery(
      { basics: { appDomain: "flows.corp.example", namespace: "Not Valid" } },
      V1_DEFAULTS,
    );
    expect(result).toMatchObject({
      ok: true,
      dropped: [
        { part: 'Setting "basics.namespace"', reason: expect.stringContaining("lower-case") },
      ],
    });
    if (result.ok) {
      expect(result.config.basics.appDomain).toBe("flows.corp.example");
      expect(result.config.basics.namespace).toBe("default");
    }
  });

  it("drops a whole proxy section that cannot stand without its bad URL", () => {
    const result = parseWithRecovery({
      network: { ingressScheme: "internal" },
      proxy: { enabled: true, httpProxy: "proxy.corp.example:3128" },
    });
    expect(result).toMatchObject({
      ok: true,
      dropped: [{ part: "Proxy settings", reason: expect.stringContaining("Add the scheme") }],
    });
    if (result.ok) {
      expect(result.config.network.ingressScheme).toBe("internal");
      expect(result.config.proxy).toEqual(defaultConfig.proxy);
    }
  });

  it("keeps the valid certificates and names the invalid ones", () => {
    const result = parseWithRecovery({
      certificates: [root, { pem: "-----BEGIN CERTIFICATE-----\nnope\n", label: "Broken CA" }],
    });
    expect(result).toMatchObject({ ok: true, dropped: [{ part: "Certificate 2 (Broken CA)" }] });
    if (result.ok) expect(result.config.certificates).toEqual([{ ...root, scope: "both" }]);
  });

  it("reports settings this version does not know instead of dropping them silently", () => {
    const result = parseWithRecovery({ basics: { futureFlag: true }, telemetry: "on" });
    expect(result).toMatchObject({
      ok: true,
      dropped: [{ part: 'Setting "basics.futureFlag"' }, { part: 'Setting "telemetry"' }],
    });
  });

  it("fails, listing every reason, when nothing valid is left", () => {
    const result = parseWithRecovery({ proxy: 5, certificates: "x" }, V1_DEFAULTS);
    expect(result).toMatchObject({
      ok: false,
      error: "none of its settings is valid",
      dropped: [{ part: "Proxy settings" }, { part: "Certificates" }],
    });
  });

  it("refuses input that is not an object at all", () => {
    expect(parseWithRecovery([1, 2])).toMatchObject({ ok: false });
    expect(parseWithRecovery(null)).toMatchObject({ ok: false });
  });
});

import { describe, expect, it } from "vitest";
import { configSchema, parseConfig } from "../config/schema";
import { proxyPlan } from "../config/derive";
import { inputWithoutSecrets, withoutSecrets } from "../share/secrets";
import { splitProxyCredentials } from "./credentials";

const proxy = (fields: Record<string, unknown>) =>
  configSchema.parse({ proxy: { enabled: true, httpProxy: "http://proxy.corp:3128", ...fields } });

describe("proxy credentials", () => {
  it("split a pasted URL into the URL, the user name and the password", () => {
    expect(splitProxyCredentials("http://bob:p%40ss@proxy.corp:3128")).toEqual({
      url: "http://proxy.corp:3128",
      username: "bob",
      password: "p@ss",
      notes: [],
    });
    expect(splitProxyCredentials("http://proxy.corp:3128")).toBeNull();
    expect(splitProxyCredentials("not a url")).toBeNull();
  });

  it("are refused inside a URL field, with the way out in the message", () => {
    const result = parseConfig({
      proxy: { enabled: true, httpProxy: "http://bob:pw@proxy.corp:3128" },
    });
    expect(result.success ? [] : result.issues).toEqual([
      {
        path: "proxy.httpProxy",
        message:
          "Enter the user name in its own field and leave the password out of the URL: the wizard never stores it.",
      },
    ]);
  });

  it("reach the files only in plain values mode; Secret mode leaves the password to install.sh", () => {
    const secret = proxyPlan(proxy({ httpUser: "bob", httpPassword: "typed earlier" }))!;
    expect(secret).toMatchObject({ useSecret: true, passwordMissing: false });
    expect(secret.httpUrl).toBe("http://bob@proxy.corp:3128");
    const plain = proxyPlan(
      proxy({ httpUser: "bob", httpPassword: "p@ss w'rd", credentials: "plain" }),
    )!;
    expect(plain.httpUrl).toBe("http://bob:p%40ss%20w%27rd@proxy.corp:3128");
    expect(plain.httpsUrl).toBe(plain.httpUrl);
    expect(proxyPlan(proxy({ httpUser: "bob", credentials: "plain" }))!.passwordMissing).toBe(true);
  });

  it("of a separate HTTPS proxy are its own", () => {
    const plan = proxyPlan(
      proxy({
        httpsProxy: "http://tls.corp:3129",
        httpUser: "bob",
        httpsUser: "carol",
        httpPassword: "a",
        httpsPassword: "b",
        credentials: "plain",
      }),
    )!;
    expect([plan.httpUrl, plan.httpsUrl]).toEqual([
      "http://bob:a@proxy.corp:3128",
      "http://carol:b@tls.corp:3129",
    ]);
  });

  it("never leave the page: passwords and URL credentials are stripped for links, files and drafts", () => {
    const config = proxy({ httpUser: "bob", httpPassword: "x", credentials: "plain" });
    expect(withoutSecrets(config)).toMatchObject({
      config: { proxy: { httpUser: "bob", httpPassword: "", httpsPassword: "" } },
      omittedSecrets: ["proxy.httpPassword"],
    });
    // A disabled proxy keeps whatever was typed, unvalidated: stripped all the same.
    expect(
      inputWithoutSecrets({ proxy: { httpProxy: "http://bob:x@p:3128", httpsPassword: "y" } }),
    ).toEqual({ proxy: { httpProxy: "http://p:3128", httpsPassword: "" } });
  });
});

import { describe, expect, it } from "vitest";
import { credentialWarnings } from "./credential-notes";

const user = (value: string) => credentialWarnings(value, "user name").join("\n");
const password = (value: string) => credentialWarnings(value, "password").join("\n");

describe("credentialWarnings", () => {
  it("says nothing about ordinary user names and passwords", () => {
    for (const value of ["svc-flows", "svc_flows@corp.example", "Pa$$w0rd!", "p@ss:w0rd", ""])
      expect(credentialWarnings(value, "password")).toEqual([]);
  });

  it("names what a person probably did not mean, one warning each", () => {
    expect(password("a#b")).toMatch(/"#", which starts a comment/);
    expect(user("DOMAIN\\bob")).toMatch(/Windows account \(DOMAIN\\user\)/);
    expect(password("a/b")).toMatch(/holds "\/": check/);
    expect(password('"secret"')).toMatch(
      /quote mark \("\): it was probably copied with the quotes/,
    );
    expect(password("${PROXY_PASSWORD}")).toMatch(/is a shell variable: nothing expands it/);
    expect(password("$(cat pw)")).toMatch(/is a shell command substitution: nothing runs it/);
    expect(password("`cat pw`")).toMatch(/shell command substitution/);
    expect(password("pw\n")).toMatch(/starts or ends with a line break, which is sent/);
    expect(password("p\nw")).toMatch(/line break/);
    expect(password("pw%0A")).toMatch(/"%0A", which is taken as it stands/);
    expect(password("p\u200Bw")).toMatch(/invisible character/);
  });

  it("says that the user name is trimmed and the password is not", () => {
    expect(user(" bob ")).toBe(
      'The proxy user name starts or ends with a space, which is left out: the proxy gets "bob".',
    );
    expect(password(" pw")).toMatch(/sent as part of it/);
    expect(user("\uFEFFbob")).toMatch(/byte-order mark .* was removed/);
    expect(password("\uFEFFpw")).toMatch(/byte-order mark .*sent as part of it/);
  });
});

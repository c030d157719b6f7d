// Property tests: any credentials survive normalization, parsing back, and an unquoted bash export.
import { spawnSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatProxyUrl, parseProxyUrl } from "./url";

const NASTY = [
  "&",
  "$",
  "'",
  "(",
  ")",
  "*",
  "!",
  ";",
  " ",
  "%",
  "@",
  ":",
  "/",
  "#",
  "?",
  "\\",
  '"',
  "`",
  "\n",
];
const credential = fc
  .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: "binary", maxLength: 3 })), {
    maxLength: 12,
  })
  .map((parts) => parts.join(""));
const username = credential.filter((value) => value !== "");
const hosts = fc.constantFrom("proxy.example.com", "10.1.2.3", "[2001:db8::7]");

// Characters bash gives no meaning to in an unquoted word (brackets only in IPv6 hosts, below).
const SHELL_INERT = /^[A-Za-z0-9%._~:/@-]+$/;

describe("proxy URL credentials (property)", () => {
  it("normalize to shell-inert text that decodes back to the same credentials", () => {
    fc.assert(
      fc.property(username, credential, (user, password) => {
        const normalized = formatProxyUrl({
          scheme: "http",
          username: user,
          password,
          host: "proxy.example.com",
          port: "3128",
        });
        expect(normalized).toMatch(SHELL_INERT);
        const parsed = parseProxyUrl(normalized);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.url.username).toBe(user);
        expect(parsed.url.password).toBe(password);
        expect(parsed.normalized).toBe(normalized);
      }),
      { numRuns: 500 },
    );
  });

  it("parse the same way when typed raw (no %, no spaces) as when percent-encoded", () => {
    // Typed raw: no %, no spaces, and none of the invisible characters the parser refuses with a
    // message of their own (lib/proxy/url.ts, INVISIBLE).
    const raw = credential.map((value) =>
      value.replace(/[%\s]/g, "").replace(/[\u200B-\u200D\u2060\u00AD\uFEFF]/g, ""),
    );
    fc.assert(
      fc.property(
        raw.map((v) => v.replace(/[:@]/g, "")).filter((v) => v !== ""),
        raw,
        (user, password) => {
          const parsed = parseProxyUrl(`http://${user}:${password}@proxy:3128`);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          expect(parsed.url.username).toBe(user);
          expect(parsed.url.password).toBe(password);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("survive bash's unquoted export unchanged (sampled)", () => {
    fc.assert(
      fc.property(username, credential, hosts, (user, password, host) => {
        const normalized = formatProxyUrl({
          scheme: "http",
          username: user,
          password,
          host,
          port: "3128",
        });
        const run = spawnSync(
          "bash",
          ["-c", `export HTTP_PROXY=${normalized}; printf %s "$HTTP_PROXY"`],
          {
            encoding: "utf8",
          },
        );
        expect(run.status).toBe(0);
        expect(run.stdout).toBe(normalized);
      }),
      { numRuns: 25 },
    );
  });
});

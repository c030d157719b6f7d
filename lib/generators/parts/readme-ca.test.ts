// The README's certificate section: the page's standing warnings per certificate, dates stated
// rather than judged (so the bundle is the same whenever it is generated), and a check to run.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { installPlan } from "../../plan";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { buildOpensslCorpus, type Corpus } from "../../certs/testing/openssl-corpus";
import { readCertificateFile } from "../../certs/read-file";
import { analyzeCertificates } from "../../certs/warnings";
import { parseTestConfig } from "../../testing/config";
import { generateFiles } from "../index";
import { codeSpan } from "./readme-ca";

let corpus: Corpus;
let cleanup: () => void;
beforeAll(() => ({ corpus, cleanup } = buildOpensslCorpus()), 60_000);
afterAll(() => cleanup?.());
afterEach(() => vi.useRealTimers());

const certificates = (...names: string[]) =>
  names.flatMap((name) =>
    readCertificateFile(name, corpus[name]!).certificates.map(({ pem, label }) => ({ pem, label })),
  );
const bundle = (names: string[]) =>
  generateFiles(installPlan(parseTestConfig({ certificates: certificates(...names) })));
const readmeOf = (names: string[]) => bundle(names).find((f) => f.path === "README.md")!.contents;
const section = (readme: string) =>
  readme.slice(
    readme.indexOf("### Each certificate, checked"),
    readme.indexOf("\n## ", readme.indexOf("### Each")),
  );

describe("the README's certificate checks", () => {
  it("lists each certificate's standing warnings in the page's words", () => {
    const names = [
      "root-rsa.pem",
      "leaf.pem",
      "server-self-signed.pem",
      "root-v1.pem",
      "root-weak.pem",
      "intermediate-sha1.pem",
      "root-rsa.pem",
    ];
    const text = section(readmeOf(names));
    const analyzed = analyzeCertificates(certificates(...names), null);
    const codes = analyzed.flatMap((c) => c.warnings.map((w) => w.code));
    expect(new Set(codes)).toEqual(
      new Set(["not-ca", "legacy-v1-root", "weak-key", "sha1", "duplicate"]),
    );
    for (const cert of analyzed)
      for (const warning of cert.warnings)
        expect(text).toContain(`   - **Warning:** ${warning.message}\n`);
    expect(text).toContain("warn about 6 of them");
    expect(text).toContain("1. `certs/01-example-root-ca-rsa.pem`: `Example Root CA RSA`. Subject");
  });

  it("states validity dates and judges none, so the bundle is the same on any day", () => {
    const names = ["root-expired.pem", "root-future.pem", "root-soon.pem", "root-rsa.pem"];
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2019-06-01T00:00:00Z"));
    const before = bundle(names);
    vi.setSystemTime(new Date("2101-06-01T00:00:00Z"));
    const after = bundle(names);
    expect(after).toEqual(before);
    const text = section(before.find((f) => f.path === "README.md")!.contents);
    expect(text).toContain("valid from 2020-01-01 to 2021-01-01 (UTC)");
    expect(text).toContain("valid from 2099-01-01 to 2100-01-01 (UTC)");
    expect(text).not.toMatch(/Expired|Not valid before|Expires in/);
  });

  it("gives a check that lists, at install time, what has expired, is not valid yet or expires soon", () => {
    const files = bundle(["root-expired.pem", "root-future.pem", "root-soon.pem", "root-rsa.pem"]);
    const dir = mkdtempSync(join(tmpdir(), "readme-ca-"));
    for (const file of files) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.contents);
    }
    const readme = files.find((f) => f.path === "README.md")!.contents;
    const check = /### Each certificate, checked[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    writeFileSync(join(dir, "check.sh"), check);
    const out = execFileSync("bash", ["-eu", "check.sh"], { cwd: dir, encoding: "utf8" });
    const flagged = out
      .trim()
      .split("\n")
      .map((line) => line.split(":").slice(0, 2).join(":"));
    expect(flagged).toEqual([
      "certs/01-root-expired.pem: expired or not valid yet",
      "certs/02-root-future.pem: expired or not valid yet",
      "certs/03-expiring-soon-root.pem: expires within 30 days",
    ]);
    expect(
      execFileSync("shellcheck", ["-s", "sh", "check.sh"], { cwd: dir, encoding: "utf8" }),
    ).toBe("");
  });

  it("keeps labels and names with backticks inside their code spans", () => {
    expect(codeSpan("plain")).toBe("`plain`");
    expect(codeSpan("a `b` c")).toBe("`` a `b` c ``");
    expect(codeSpan("``x")).toBe("``` ``x ```");
    expect(codeSpan("line\nbreak")).toBe("`line break`");
  });
});

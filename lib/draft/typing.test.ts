import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { presetConfig } from "../testing/presets";
import { DRAFT_KEY, loadDraft, saveDraft, serializeDraft, type Draft } from "./draft";
import {
  EMPTY_TYPING,
  MAX_KEPT_PASTE_CHARS,
  pasteNotKept,
  restoreTyping,
  typingForDraft,
} from "./typing";

const key = execFileSync(
  "openssl",
  ["genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"],
  {
    encoding: "utf8",
  },
);
const CERT_LIKE = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIU\n-----END CERTIFICATE-----\n";
const base64 = (text: string) => Buffer.from(text).toString("base64");

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const draft: Draft = {
  values: presetConfig("private-proxy-tls"),
  step: "certificates",
  mergeSources: {},
  savedAt: "2026-01-01T00:00:00.000Z",
};

describe("text typed but not added, in the draft", () => {
  it("round-trips a NO_PROXY entry and pasted certificate text through storage", () => {
    const storage = memoryStorage();
    const typing = {
      noProxy: "git.corp.example, 10.0.0.0/",
      certificatePaste: CERT_LIKE,
      tlsCheckPaste: "",
    };
    saveDraft(storage, { ...draft, typing });
    expect(loadDraft(storage)).toEqual({ status: "ok", draft: { ...draft, typing } });
  });

  it("stores nothing extra when nothing is being typed", () => {
    expect(serializeDraft({ ...draft, typing: EMPTY_TYPING })).toBe(serializeDraft(draft));
  });

  it("never stores a private key, as PEM or inside base64 (a Secret's tls.key, a wrapped value)", () => {
    const wrapped = base64(
      JSON.stringify({ caCertificates: [base64(CERT_LIKE), base64(key)] }),
    ).replace(/.{76}/g, "$&\n");
    for (const pasted of [CERT_LIKE + key, base64(key), wrapped, `"${base64(key)}"`]) {
      expect(pasteNotKept(pasted)).toBe("private-key");
      const stored = serializeDraft({
        ...draft,
        typing: { noProxy: "", certificatePaste: pasted, tlsCheckPaste: "" },
      });
      expect(stored).not.toContain(pasted.trim().slice(40, 80));
      expect(stored).not.toMatch(/PRIVATE KEY|"typing"/);
    }
    expect(pasteNotKept(CERT_LIKE)).toBeNull();
    expect(
      pasteNotKept(base64(JSON.stringify({ caCertificates: [base64(CERT_LIKE)] }))),
    ).toBeNull();
  });

  it("keeps pasted text up to the cap, and only in memory past it", () => {
    const atCap = CERT_LIKE.repeat(Math.ceil(MAX_KEPT_PASTE_CHARS / CERT_LIKE.length)).slice(
      0,
      MAX_KEPT_PASTE_CHARS,
    );
    expect(pasteNotKept(atCap)).toBeNull();
    expect(pasteNotKept(`${atCap}x`)).toBe("too-large");
    expect(
      typingForDraft({ noProxy: ".corp", certificatePaste: `${atCap}x`, tlsCheckPaste: "" }),
    ).toEqual({ ...EMPTY_TYPING, noProxy: ".corp" });
  });

  it("drops what stands before the last @ in the NO_PROXY box, where a pasted URL has its password", () => {
    expect(
      typingForDraft({
        ...EMPTY_TYPING,
        noProxy: "http://bob:hunter2@proxy.corp:3128, .corp",
      }),
    ).toEqual({ noProxy: "proxy.corp:3128, .corp", certificatePaste: "", tlsCheckPaste: "" });
    // Separators and "@" inside the password: everything before the last "@" goes.
    expect(
      typingForDraft({
        noProxy: ".a, http://bob:x;y, z@w@proxy.corp:3128",
        certificatePaste: "",
        tlsCheckPaste: "",
      }),
    ).toEqual({ noProxy: "proxy.corp:3128", certificatePaste: "", tlsCheckPaste: "" });
    const storage = memoryStorage();
    saveDraft(storage, {
      ...draft,
      typing: { noProxy: "bob:hunter2@x", certificatePaste: "", tlsCheckPaste: "" },
    });
    expect(storage.map.get(DRAFT_KEY)).not.toContain("hunter2");
  });

  it("reads untrusted stored text under the same rules, never throwing", () => {
    expect(restoreTyping(null)).toEqual(EMPTY_TYPING);
    expect(restoreTyping({ noProxy: 5, certificatePaste: ["x"] })).toEqual(EMPTY_TYPING);
    expect(restoreTyping({ noProxy: "bob:pw@", certificatePaste: key, tlsCheckPaste: "" })).toEqual(
      EMPTY_TYPING,
    );
    expect(restoreTyping({ noProxy: ".corp" })).toEqual({
      noProxy: ".corp",
      certificatePaste: "",
      tlsCheckPaste: "",
    });
  });

  it("keeps the TLS check's pasted output like certificate text: up to the cap, never a key", () => {
    const output = `CONNECTED(00000003)\n---\nCertificate chain\n 0 s:CN = registry.useflows.com\n${CERT_LIKE}`;
    const storage = memoryStorage();
    const typing = { ...EMPTY_TYPING, tlsCheckPaste: output };
    saveDraft(storage, { ...draft, typing });
    expect(loadDraft(storage)).toEqual({ status: "ok", draft: { ...draft, typing } });
    expect(typingForDraft({ ...EMPTY_TYPING, tlsCheckPaste: output + key })).toBeNull();
    expect(
      typingForDraft({ ...EMPTY_TYPING, tlsCheckPaste: "x".repeat(MAX_KEPT_PASTE_CHARS + 1) }),
    ).toBeNull();
    expect(restoreTyping({ tlsCheckPaste: base64(key) })).toEqual(EMPTY_TYPING);
    expect(restoreTyping({ tlsCheckPaste: output })).toEqual(typing);
  });
});

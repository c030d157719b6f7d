import { describe, expect, it } from "vitest";
import { defaultConfig } from "../config/schema";
import { presetConfig } from "../testing/presets";
import {
  DRAFT_KEY,
  DRAFT_VERSION,
  SET_ASIDE_KEY,
  forgetEverything,
  loadDraft,
  parseDraft,
  saveDraft,
  serializeDraft,
  type Draft,
} from "./draft";

function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const draft: Draft = {
  values: presetConfig("private-proxy-tls"),
  step: "proxy",
  mergeSources: { values: "# my values\nappDomain: x\n" },
  savedAt: "2026-01-01T00:00:00.000Z",
};

describe("draft", () => {
  it("round-trips values, step and kept merge sources through storage", () => {
    const storage = memoryStorage();
    const kept = { ...draft, mergeSources: { ...draft.mergeSources, keep: true } };
    expect(saveDraft(storage, kept)).toBe(true);
    expect(loadDraft(storage)).toEqual({ status: "ok", draft: kept });
  });

  it("keeps the files to merge into only in memory, unless the user keeps them", () => {
    const storage = memoryStorage();
    saveDraft(storage, draft);
    expect(storage.map.get(DRAFT_KEY)).not.toContain("# my values");
    expect(loadDraft(storage)).toMatchObject({ draft: { mergeSources: {} } });
  });

  it("never stores a proxy password", () => {
    const storage = memoryStorage();
    const values = {
      ...presetConfig("private-proxy-tls"),
      proxy: {
        ...presetConfig("private-proxy-tls").proxy,
        httpUser: "bob",
        httpPassword: "hunter2",
        httpsPassword: "hunter3",
        credentials: "plain" as const,
      },
    };
    saveDraft(storage, { ...draft, values });
    expect(storage.map.get(DRAFT_KEY)).not.toMatch(/hunter/);
    expect(storage.map.get(DRAFT_KEY)).toContain('"httpUser":"bob"');
  });

  it("removes a password an older version kept in the URL, from storage at once, and says so", () => {
    const old = JSON.parse(serializeDraft(draft));
    old.values.proxy.httpProxy = "http://bob:hunter2@proxy.corp:3128";
    const storage = memoryStorage({ [DRAFT_KEY]: JSON.stringify(old) });
    const result = loadDraft(storage);
    if (result.status !== "ok") throw new Error(result.status);
    expect(result.notice).toMatch(/password .* removed from this browser's storage/);
    expect(result.draft.values.proxy).toMatchObject({
      httpProxy: "http://proxy.corp:3128",
      httpUser: "bob",
      httpPassword: "",
    });
    expect(storage.map.get(DRAFT_KEY)).not.toContain("hunter2");
  });

  it("forgets every key the wizard wrote, but the theme", () => {
    const storage = memoryStorage({
      [DRAFT_KEY]: "{}",
      [SET_ASIDE_KEY]: "x",
      "flows-wizard-theme": "dark",
    });
    forgetEverything(storage);
    expect([...storage.map.keys()]).toEqual(["flows-wizard-theme"]);
  });

  it("keeps values the user was still typing, even invalid ones", () => {
    const typing = {
      ...draft,
      values: { ...defaultConfig, basics: { ...defaultConfig.basics, appDomain: "not a domain" } },
    };
    const result = parseDraft(serializeDraft(typing));
    expect(result.status === "ok" && result.draft.values.basics?.appDomain).toBe("not a domain");
  });

  it("reports nothing stored as no draft, not as an error", () => {
    expect(loadDraft(memoryStorage())).toEqual({ status: "none" });
  });

  it("sets a corrupt draft aside under its own key and says so", () => {
    const storage = memoryStorage({ [DRAFT_KEY]: "{not json" });
    const result = loadDraft(storage);
    expect(result.status).toBe("unreadable");
    expect(result.status === "unreadable" && result.message).toMatch(/damaged.*set aside/);
    expect(storage.map.get(SET_ASIDE_KEY)).toBe("{not json");
    expect(storage.map.has(DRAFT_KEY)).toBe(false);
  });

  it("sets aside a draft written by another version", () => {
    const old = JSON.stringify({
      ...JSON.parse(serializeDraft(draft)),
      version: DRAFT_VERSION + 1,
    });
    const storage = memoryStorage({ [DRAFT_KEY]: old });
    const result = loadDraft(storage);
    expect(result.status === "unreadable" && result.message).toMatch(/version 2/);
    expect(storage.map.get(SET_ASIDE_KEY)).toBe(old);
  });

  it("replaces values of the wrong type with defaults instead of crashing the form", () => {
    const text = JSON.stringify({
      version: DRAFT_VERSION,
      values: {
        basics: { appDomain: 42, agents: "yes" },
        proxy: { noProxy: [1, 2] },
        certificates: [{ pem: 3 }, { pem: "x" }],
      },
      mergeSources: { values: 5 },
    });
    const result = parseDraft(text);
    if (result.status !== "ok") throw new Error("expected a draft");
    expect(result.draft.values.basics?.appDomain).toBe(defaultConfig.basics.appDomain);
    expect(result.draft.values.basics?.agents).toEqual(defaultConfig.basics.agents);
    expect(result.draft.values.proxy?.noProxy).toEqual(defaultConfig.proxy.noProxy);
    expect(result.draft.values.certificates).toEqual([{ pem: "x", label: "", scope: "both" }]);
    expect(result.draft.mergeSources).toEqual({});
    expect(result.draft.step).toBe("start");
  });

  it("reports a full storage as a failed save instead of throwing", () => {
    const storage = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    expect(saveDraft(storage, draft)).toBe(false);
  });
});

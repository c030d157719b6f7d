import { deflateSync } from "fflate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { configSchema } from "../config/schema";
import { bytesToBase64url } from "./base64url";
import { decodeShareLink, encodeShareLink } from "./link";
import { validLinkConfig } from "../testing/arbitraries";
import { craftV1 } from "./testing/craft";
import { V1_DICTIONARY } from "./v1-dictionary";

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const pool = fc
  .sample(validLinkConfig, { numRuns: 150, seed: 42 })
  .flatMap((config) => [
    encodeShareLink(config),
    encodeShareLink(config, { includeCertificates: false }),
  ]);

/** Ways a link gets hurt on its way through chat tools, tickets and people. */
const mutated = fc
  .tuple(
    fc.constantFrom(...pool),
    fc.nat(),
    fc.constantFrom(...BASE64URL, "%", " ", ".", "=", "#", "é"),
    fc.constantFrom("truncate", "replace", "insert", "delete", "version", "append"),
  )
  .map(([link, n, char, how]) => {
    const at = n % link.length;
    if (how === "truncate") return link.slice(0, at);
    if (how === "replace") return link.slice(0, at) + char + link.slice(at + 1);
    if (how === "insert") return link.slice(0, at) + char + link.slice(at);
    if (how === "delete") return link.slice(0, at) + link.slice(at + 1);
    if (how === "version") return link.replace(/^c=\d+/, `c=${n % 5}`);
    return link + char.repeat((n % 7) + 1);
  });

const randomPayload = fc
  .string({ unit: fc.constantFrom(...BASE64URL), maxLength: 400 })
  .map((payload) => `c=1.${payload}`);
const compressedJunk = fc
  .uint8Array({ maxLength: 300 })
  .map((bytes) => `c=1.${bytesToBase64url(deflateSync(bytes, { dictionary: V1_DICTIONARY }))}`);
/** Well-formed payloads (right checksum) with valid sections mixed with junk: the schema judges. */
const forgedSettings = fc
  .tuple(
    validLinkConfig,
    fc.dictionary(
      fc.constantFrom("basics", "network", "proxy", "certificates", "extra"),
      fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue())),
      { maxKeys: 2 },
    ),
    fc.array(fc.string(), { maxLength: 3 }),
  )
  .map(([config, junk, labels]) => {
    const { certificates: _certificates, ...settings } = config;
    const frames = labels.map((_, i) => (i % 2 ? Uint8Array.of(0x30, 0) : Uint8Array.of(7)));
    return `c=1.${bytesToBase64url(craftV1({ d: { ...settings, ...junk }, l: labels }, frames))}`;
  });
const anything = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.string({ unit: "binary", maxLength: 50 }).map((s) => `c=${s}`),
  fc.string({ unit: "binary", maxLength: 50 }).map((s) => `https://wizard.example.com/#c=1.${s}`),
);

function expectClearOutcome(text: string) {
  const result = decodeShareLink(text);
  if (result.ok) {
    expect(configSchema.safeParse(result.config).success).toBe(true);
    expect(result.notice).toMatch(/^Loaded the configuration from the link/);
  } else {
    expect(result.error).toMatch(
      /^This share link cannot be used: .+ Nothing from it was loaded\.$/,
    );
  }
}

describe("decoding untrusted links", () => {
  it("turns 12,000 mutated and random links into a clear error or a valid configuration", () => {
    fc.assert(fc.property(mutated, expectClearOutcome), { numRuns: 6000 });
    fc.assert(fc.property(randomPayload, expectClearOutcome), { numRuns: 2000 });
    fc.assert(fc.property(compressedJunk, expectClearOutcome), { numRuns: 2000 });
    fc.assert(fc.property(forgedSettings, expectClearOutcome), { numRuns: 1000 });
    fc.assert(fc.property(anything, expectClearOutcome), { numRuns: 1000 });
  });

  it("never loads different values from a link with one character changed", () => {
    const changedLink = fc
      .tuple(fc.constantFrom(...pool), fc.nat(), fc.constantFrom(...BASE64URL))
      .map(([link, n, char]) => {
        const at = 4 + (n % (link.length - 4));
        return { link, changed: link.slice(0, at) + char + link.slice(at + 1) };
      });
    fc.assert(
      fc.property(changedLink, ({ link, changed }) => {
        const result = decodeShareLink(changed);
        if (result.ok) expect(result).toEqual(decodeShareLink(link));
        else expect(result.error).toMatch(/changed|cut short/);
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses a zip bomb without unpacking it", () => {
    const bomb = deflateSync(new Uint8Array(16 * 1024 * 1024), { dictionary: V1_DICTIONARY });
    const result = decodeShareLink(`c=1.${bytesToBase64url(bomb)}`);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("more than 2 MB") });
  });

  it("refuses a link longer than any browser allows before looking inside", () => {
    const result = decodeShareLink(`c=1.${"A".repeat(2_100_000)}`);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("longer than") });
  });

  it.each([
    ["", "nothing after the #"],
    ["https://wizard.example.com/#step=proxy", "not a wizard share link"],
    ["c=1", "format marker is damaged"],
    ["c=1.", "cut short"],
    ["c=0.AAAA", "format 0 does not exist"],
    ["c=7.AAAA", "newer version of the wizard"],
    ["c=1.AA*A", 'unexpected character "*" at position 7'],
    ["c=1.A", "length is impossible"],
    ["c=1.AAAA", "does not unpack"],
  ])("explains what is wrong with %j", (text, message) => {
    const result = decodeShareLink(text);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining(message) });
  });
});

// Share links damaged on their way (escaped, quoted, doubled, put in the query string): each is
// recognised, named with its fix, and loads nothing, whether the page opens it (its own
// `location.search + location.hash`) or it is pasted into the import box: both read it with
// lib/import/read-wizard-config.ts.
import { describe, expect, it } from "vitest";
import { presetConfig } from "../testing/presets";
import { decodeShareLink, encodeShareLink } from "./link";
import { addressWithoutShareLink, readShareLink } from "./fragment";
import { readWizardConfig } from "../import/read-wizard-config";

const P = encodeShareLink(presetConfig("private-vpc")); // "c=1.…"
const PAYLOAD = P.slice("c=".length); // "1.…"
const SITE = "https://wizard.example.com/";

/** What the page reads from its own address: `location.search + location.hash`. */
const ADDRESSES: [name: string, address: string, message: RegExp][] = [
  [
    "two #",
    `?step=start##${P}`,
    /has 2 "#" before "c=" \(the "#" was typed or pasted twice\)\. Remove the extra "#"/,
  ],
  ["three #", `###${P}`, /has 3 "#" before "c="/],
  ["# escaped", `#%23${P}`, /"#" was percent-escaped as "%23".*Replace "%23" with "#"/],
  ["# escaped twice", `#%2523${P}`, /"#" was percent-escaped as "%2523"/],
  ["= escaped", `#c%3D${PAYLOAD}`, /percent-escaped on the way \("%3D" stands for "="\)/],
  ["= escaped, lower case", `#c%3d${PAYLOAD}`, /"%3D" stands for "="/],
  ["# and = escaped", `#%23c%3D${PAYLOAD}`, /"%23" stands for "#", "%3D" for "="/],
  ["router slash", `#/${P}`, /has "\/" between "#" and "c=".*Remove "\/"/],
  ["hashbang", `#!/${P}`, /has "!\/" between "#" and "c="/],
  ["parameter first", `#step=review&${P}`, /has "step=review&" between "#" and "c="/],
  ["ampersand", `#&${P}`, /has "&" between "#" and "c="/],
  ["space", `#%20${P}`, /a space between "#" and "c="/],
  ["tab", `#%09${P}`, /a space between "#" and "c="/],
  [
    "quotes",
    `#%22${P}%22`,
    /wrapped in quotes or brackets copied with the link \(" at its start\)/,
  ],
  [
    "single quotes",
    `#'${P}'`,
    /wrapped in quotes or brackets copied with the link \(' at its start\)/,
  ],
  [
    "closing quote",
    `#${P}%22`,
    /ends with a character that is not part of the link \("\): quotes, brackets/,
  ],
  ["markdown bracket", `#${P})`, /not part of the link \(\)\)/],
  ["full stop", `#${P}.`, /not part of the link \(\.\)/],
  [
    "tracking parameter",
    `#${P}&utm_source=chat`,
    /something was added after the configuration \("&utm_source=chat"\)/,
  ],
  [
    "query string",
    `?${P}`,
    /query string \("\?c="\) instead of after "#": browsers send the query string to the web server/,
  ],
  ["query string, second parameter", `?step=review&${P}`, /query string \("&c="\)/],
  ["query string, escaped", `?c%3D${PAYLOAD}`, /query string/],
  ["query string and an unrelated hash", `?${P}#step`, /query string/],
];

/** What people paste into the import box. */
const PASTED: [name: string, text: string, message: RegExp][] = [
  ["two #", `${SITE}##${P}`, /has 2 "#" before "c="/],
  ["escaped #", `${SITE}#%23${P}`, /"%23"/],
  [
    "whole URL escaped",
    encodeURIComponent(`${SITE}#${P}`),
    /"%3A" stands for ":", "%2F" for "\/", "%23" for "#", "%3D" for "="/,
  ],
  ["double quotes", `"${SITE}#${P}"`, /not part of the link \("\)/],
  ["curly quotes", `“${SITE}#${P}”`, /not part of the link \(”\)/],
  ["angle brackets", `<${SITE}#${P}>`, /not part of the link \(>\)/],
  [
    "quoted payload",
    `'${P}'`,
    /wrapped in quotes or brackets copied with the link \(' at its start\)/,
  ],
  ["query string", `${SITE}?${P}`, /query string/],
  ["missing #", `${SITE}${P}`, /the "#" before "c=" is missing \(it reads "example\.com\/c="\)/],
  ["two links", `${SITE}#${P} ${SITE}#${P}`, /more than one link/],
  ["two payloads", `${P}\n${P}`, /more than one link/],
  [
    "a payload, then a link",
    `${P} ${SITE}#${P}`,
    /more than one link \(a "c=…" part comes before the "#"\)/,
  ],
  ["query string and a fragment", `${SITE}?${P}#${P}`, /query string/],
  ["# inside", `${P.slice(0, 20)}#${P.slice(20)}`, /a "#" inside the configuration/],
  ["slash", `${SITE}#/${P}`, /"\/" between "#" and "c="/],
];

describe("damaged share links", () => {
  it.each([...ADDRESSES, ...PASTED])(
    "%s: named with its fix, nothing loaded",
    (_, text, message) => {
      const reading = readShareLink(text);
      expect(reading.kind).toBe("damaged");
      const result = decodeShareLink(text);
      if (result.ok) throw new Error("a damaged link loaded");
      expect(result.error).toMatch(message);
      expect(result.error).toMatch(
        /^This share link cannot be used: .+ Nothing from it was loaded\.$/,
      );
      expect(result.error).not.toMatch(/\.\./);
      expect(readWizardConfig(text)).toEqual(result);
    },
  );

  it("says where the query string sent the configuration, and that only after # stays local", () => {
    const reading = readShareLink(`?step=start&${P}`);
    expect(reading).toMatchObject({ kind: "damaged", inQuery: true });
    expect(readShareLink(`##${P}`)).toMatchObject({ kind: "damaged", inQuery: false });
  });
});

describe("share links that are not damaged", () => {
  it.each([
    ["the fragment", `#${P}`],
    ["the page address with a step", `?step=review#${P}`],
    ["a whole URL", `${SITE}?step=review#${P}`],
    ["the payload alone", P],
    ["a link wrapped over lines by a mail client", `${SITE}#${P.slice(0, 30)}\n  ${P.slice(30)}`],
    ["surrounding whitespace", `  ${SITE}#${P}\n`],
  ])("reads %s as a link", (_, text) => {
    expect(readShareLink(text)).toEqual({ kind: "link", fragment: P });
    expect(decodeShareLink(text).ok).toBe(true);
  });

  it.each([
    ["", ""],
    ["a page address with a step", "?step=proxy"],
    ["an anchor", "#main"],
    ["a step fragment", `${SITE}#step=proxy`],
    ["a word ending in c", "abc=1.5"],
    ["JSON", '{"schemaVersion": 1}'],
  ])("leaves %s alone", (_, text) => {
    expect(readShareLink(text)).toEqual({ kind: "none" });
  });
});

describe("the address after a share link was read", () => {
  it.each([
    [`${SITE}?step=basics#${P}`, "/?step=basics"],
    [`${SITE}?step=basics&${P}#x`, "/?step=basics"],
    [`${SITE}?${P}`, "/"],
    [`${SITE}##${P}`, "/"],
  ])("%s becomes %s", (href, expected) => {
    expect(addressWithoutShareLink(href)).toBe(expected);
  });
});

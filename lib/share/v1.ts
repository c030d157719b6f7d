// Share-link format 1. FROZEN: released links must decode forever, so this module never changes
// its layout; a new format gets its own module and `decodeShareLink` keeps dispatching here.
//
// Bytes, before deflate-raw (with the preset dictionary in v1-dictionary.ts) and base64url:
//   varint(n) + n bytes of UTF-8 JSON, then per certificate varint(len) + len bytes of DER,
//   then the CRC-32 of all the preceding bytes (4 bytes, big-endian).
// JSON: { d?: the differences from V1_DEFAULTS (v1-defaults.ts), without certificates,
//         l?: one label per certificate frame, s?: secret fields that were left out (proxy
//         URL fields whose credentials were stripped; later also the password fields),
//         k?: how many certificates were left out,
//         u?: one scope per certificate frame (lib/certs/ca-sets.ts), present when one is not "both",
//         t?: one [host, n] per TLS check, whose n certificates follow the certificates' frames,
//         tk?: how many TLS checks were left out (they go with the certificates) }
// u, t and tk came after the first links: a link without them reads as it always did.
import { deflateSync } from "fflate";
import type { Config } from "../config/schema";
import { crc32 } from "./crc32";
import { derToPem, isDerSequence, pemToDer } from "./der";
import { diffFrom } from "./diff";
import { inflateCapped } from "./inflate";
import { CREDENTIAL_FIELDS, withoutSecrets, type CredentialField } from "./secrets";
import { SECRET_FIELDS, type SecretField } from "../proxy/credentials";
import type { DroppedPart } from "./types";
import { V1_DEFAULTS } from "./v1-defaults";
import { V1_DICTIONARY } from "./v1-dictionary";
import { readVarint, writeVarint } from "./varint";

export const V1 = 1;

export interface V1Contents {
  /** The link's settings: differences from `base`, to be validated by the schema. */
  input: Record<string, unknown>;
  /** What the differences apply to: the defaults frozen with this format. */
  base: Readonly<Record<string, unknown>>;
  omittedCredentials: (CredentialField | SecretField)[];
  omittedCertificates: number;
  omittedChecks: number;
  dropped: DroppedPart[];
}

export type V1Result = ({ ok: true } & V1Contents) | { ok: false; error: string };

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8", { fatal: true });

export function encodeV1(config: Config, includeCertificates: boolean): Uint8Array {
  const { config: shared, omittedSecrets } = withoutSecrets(config);
  const { certificates, tlsChecks, ...settings } = shared;
  const json: Record<string, unknown> = {};
  const d = diffFrom(settings, V1_DEFAULTS) as Record<string, unknown> | undefined;
  if (d !== undefined) json.d = withMirrorBesideRepositories(d, settings);
  if (includeCertificates && certificates.length > 0) json.l = certificates.map((c) => c.label);
  if (omittedSecrets.length > 0) json.s = omittedSecrets;
  if (!includeCertificates && certificates.length > 0) json.k = certificates.length;
  if (includeCertificates && certificates.some((c) => c.scope !== "both"))
    json.u = certificates.map((c) => c.scope);
  if (includeCertificates && tlsChecks.length > 0)
    json.t = tlsChecks.map((check) => [check.host, check.chain.length]);
  if (!includeCertificates && tlsChecks.length > 0) json.tk = tlsChecks.length;

  const text = utf8.encode(JSON.stringify(json));
  const head: number[] = [];
  writeVarint(text.length, head);
  const ders = includeCertificates
    ? [...certificates.map((c) => c.pem), ...tlsChecks.flatMap((check) => check.chain)].map(
        pemToDer,
      )
    : [];
  const frames: number[][] = ders.map((der) => {
    const prefix: number[] = [];
    writeVarint(der.length, prefix);
    return prefix;
  });
  const total =
    head.length +
    text.length +
    ders.reduce((sum, der, i) => sum + frames[i]!.length + der.length, 0) +
    4;
  const raw = new Uint8Array(total);
  raw.set(head, 0);
  raw.set(text, head.length);
  let offset = head.length + text.length;
  ders.forEach((der, i) => {
    raw.set(frames[i]!, offset);
    offset += frames[i]!.length;
    raw.set(der, offset);
    offset += der.length;
  });
  new DataView(raw.buffer).setUint32(offset, crc32(raw.subarray(0, offset)));
  return deflateSync(raw, { level: 9, dictionary: V1_DICTIONARY });
}

/** A diff naming a mirror repository also names the mirror choice (see lib/config/upgrade.ts). */
function withMirrorBesideRepositories(
  d: Record<string, unknown>,
  settings: Omit<Config, "certificates" | "tlsChecks">,
): Record<string, unknown> {
  const egress = (d.network as { egress?: Record<string, unknown> } | undefined)?.egress;
  if (!egress || "mirror" in egress) return d;
  if (!("backendImageRepository" in egress) && !("agentImageRepository" in egress)) return d;
  egress.mirror = settings.network.egress.mirror;
  return d;
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

/** The next `varint(len) + len bytes` frame, or null when the bytes end first. */
function readFrame(raw: Uint8Array, reader: { offset: number }): Uint8Array | null {
  const frame = readVarint(raw, reader.offset);
  if (!frame || frame.next + frame.value > raw.length) return null;
  reader.offset = frame.next + frame.value;
  return raw.subarray(frame.next, frame.next + frame.value);
}

const DAMAGED = "its contents are damaged (changed or cut short while being copied)";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function decodeV1(compressed: Uint8Array): V1Result {
  const inflated = inflateCapped(compressed, { dictionary: V1_DICTIONARY });
  if (!inflated.ok)
    return {
      ok: false,
      error:
        inflated.reason === "too-large"
          ? "it unpacks to more than 2 MB, far more than any configuration, so it was not read"
          : "its compressed data does not unpack: it was cut short or changed while being copied",
    };
  const all = inflated.bytes;
  const raw = all.subarray(0, Math.max(0, all.length - 4));
  if (
    all.length < 4 ||
    new DataView(all.buffer, all.byteOffset).getUint32(raw.length) !== crc32(raw)
  )
    return {
      ok: false,
      error: "it was changed or cut short while being copied (its checksum does not match)",
    };
  const length = readVarint(raw, 0);
  if (!length || length.next + length.value > raw.length) return { ok: false, error: DAMAGED };
  let json: unknown;
  try {
    json = JSON.parse(utf8Decoder.decode(raw.subarray(length.next, length.next + length.value)));
  } catch {
    return { ok: false, error: DAMAGED };
  }
  if (!isPlainObject(json)) return { ok: false, error: DAMAGED };
  const { d = {}, l = [], s = [], k = 0, u, t = [], tk = 0 } = json;
  if (
    !isPlainObject(d) ||
    !Array.isArray(l) ||
    !l.every((label) => typeof label === "string") ||
    !Array.isArray(s) ||
    !s.every((field) =>
      ([...CREDENTIAL_FIELDS, ...SECRET_FIELDS] as readonly unknown[]).includes(field),
    ) ||
    !isCount(k) ||
    !isCount(tk) ||
    !(u === undefined || (Array.isArray(u) && u.length === l.length)) ||
    !Array.isArray(t) ||
    !t.every(
      (check) =>
        Array.isArray(check) &&
        check.length === 2 &&
        typeof check[0] === "string" &&
        isCount(check[1]),
    )
  )
    return { ok: false, error: DAMAGED };

  const certificates: Record<string, unknown>[] = [];
  const dropped: DroppedPart[] = [];
  const reader = { offset: length.next + length.value };
  for (const [index, label] of (l as string[]).entries()) {
    const der = readFrame(raw, reader);
    if (!der) return { ok: false, error: DAMAGED };
    // The scope goes to the schema as it came: an unknown one drops that certificate, said.
    const scope = u === undefined ? {} : { scope: (u as unknown[])[index] };
    if (isDerSequence(der)) certificates.push({ label, pem: derToPem(der), ...scope });
    else
      dropped.push({
        part: `Certificate ${index + 1}${label ? ` (${label})` : ""}`,
        reason: "its bytes are not a DER certificate (damaged in the link)",
      });
  }
  const tlsChecks: { host: string; chain: string[] }[] = [];
  for (const [index, [host, count]] of (t as [string, number][]).entries()) {
    const chain: string[] = [];
    let damaged = false;
    for (let i = 0; i < count; i++) {
      const der = readFrame(raw, reader);
      if (!der) return { ok: false, error: DAMAGED };
      if (isDerSequence(der)) chain.push(derToPem(der));
      else damaged = true;
    }
    if (damaged)
      dropped.push({
        part: `TLS check ${index + 1} (${host})`,
        reason: "a certificate of it is not DER (damaged in the link)",
      });
    else tlsChecks.push({ host, chain });
  }
  if (reader.offset !== raw.length) return { ok: false, error: DAMAGED };
  const input: Record<string, unknown> = { ...d };
  if (l.length > 0) input.certificates = certificates;
  if (t.length > 0) input.tlsChecks = tlsChecks;
  return {
    ok: true,
    input,
    base: V1_DEFAULTS,
    omittedCredentials: s as (CredentialField | SecretField)[],
    omittedCertificates: k,
    omittedChecks: tk,
    dropped,
  };
}

// Importing wizard-config.json from an earlier bundle (written by lib/generators/wizard-config.ts),
// or a pasted share link: the same validation, recovery and messages as opening a link.
import { SCHEMA_VERSION } from "../config/schema";
import { decodeShareLink, looksLikeShareLink } from "./link";
import { failedMessage, loadedNotice } from "./messages";
import { parseWithRecovery } from "./recover";
import { CREDENTIAL_FIELDS } from "./secrets";
import { SECRET_FIELDS } from "../proxy/credentials";
import type { ImportResult } from "./types";

/** A configuration file is a few kilobytes per certificate; anything this large is something else. */
export const MAX_CONFIG_FILE_BYTES = 5 * 1024 * 1024;

function fail(what: string): ImportResult {
  return { ok: false, error: failedMessage("file", what) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads the text of a wizard-config.json (or, pasted by mistake in its place, a share link). */
export function parseWizardConfigFile(text: string): ImportResult {
  try {
    if (text.length > MAX_CONFIG_FILE_BYTES)
      return fail("it is larger than 5 MB, far more than any wizard-config.json");
    const trimmed = text.replace(/^\uFEFF/, "").trim();
    if (trimmed === "") return fail("it is empty");
    if (!trimmed.startsWith("{") && looksLikeShareLink(trimmed)) return decodeShareLink(trimmed);
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      return fail("it is not JSON (expected the wizard-config.json from a bundle)");
    }
    if (!isPlainObject(json) || !("config" in json))
      return fail('it is JSON but not a wizard-config.json (it has no "config")');
    const version = json.schemaVersion;
    if (typeof version !== "number" || !Number.isInteger(version) || version < 1)
      return fail('its "schemaVersion" is missing or not a version number');
    if (version > SCHEMA_VERSION)
      return fail(
        `it was written by a newer version of the wizard (schema ${version}; this page reads up to ${SCHEMA_VERSION})`,
      );
    const recovered = parseWithRecovery(json.config);
    if (!recovered.ok)
      return { ok: false, error: failedMessage("file", recovered.error, recovered.dropped) };
    const omitted = Array.isArray(json.secretsOmitted) ? json.secretsOmitted : [];
    const details = {
      omittedCredentials: [...CREDENTIAL_FIELDS, ...SECRET_FIELDS].filter((f) =>
        omitted.includes(f),
      ),
      omittedCertificates: 0,
      omittedChecks: 0,
      dropped: recovered.dropped,
    };
    return {
      ok: true,
      config: recovered.config,
      source: "file",
      ...details,
      refusedCertificates: [],
      notice: loadedNotice(recovered.config, "file", details),
    };
  } catch {
    return fail("it could not be read");
  }
}

// Stored configurations from before a setting existed, read the way they were meant. Every
// reader of untrusted input (link, wizard-config.json, draft, command line) passes it through
// here before the schema, so they all agree.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Before `network.egress.mirror`, a filled-in mirror repository was itself the choice of the
 * user's own registry. Returns a copy with `mirror: "own"` where an input names a repository
 * but no mirror choice (newer links and files always carry the choice beside a repository).
 */
export function upgradeConfigInput(value: unknown): unknown {
  if (!isPlainObject(value) || !isPlainObject(value.network)) return value;
  const egress = value.network.egress;
  if (!isPlainObject(egress) || "mirror" in egress) return value;
  const named = (key: string) => typeof egress[key] === "string" && egress[key].trim() !== "";
  if (!named("backendImageRepository") && !named("agentImageRepository")) return value;
  return {
    ...value,
    network: { ...value.network, egress: { ...egress, mirror: "own" } },
  };
}

// Test inputs may write a proxy URL with `user:password@`, as people paste it: read them the
// way every importer does (lib/config/upgrade.ts moves the user name and password to their
// fields), then through the schema.
import { configSchema, type Config } from "../config/schema";
import { upgradeConfigInput } from "../config/upgrade";

export function parseTestConfig(input: unknown): Config {
  return configSchema.parse(upgradeConfigInput(input));
}

// A preset completed with what the user would type (the proxy URL a preset leaves empty), for
// tests that need a valid configuration shaped like a preset.
import type { Config } from "../config/schema";
import { presetValues, type PresetId } from "../config/presets";
import { parseTestConfig } from "./config";

export const TEST_PROXY_URL = "http://proxy.corp.example:3128";

export function presetConfig(id: PresetId): Config {
  const values = presetValues(id);
  const proxy = values.proxy ?? {};
  return parseTestConfig({
    ...values,
    proxy: {
      ...proxy,
      httpProxy: proxy.enabled && !proxy.httpProxy ? TEST_PROXY_URL : proxy.httpProxy,
    },
  });
}

import { expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { WIZARD_VERSION } from "./version";

it("names the same version as package.json", () => {
  expect(WIZARD_VERSION).toBe(JSON.parse(readFileSync("package.json", "utf8")).version);
});

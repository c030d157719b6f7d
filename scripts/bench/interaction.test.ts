import { describe, expect, it } from "vitest";
import { EVENT_TIMING_FLOOR_MS, keyDurations, type ProbeKey } from "./interaction";

const key = (target: ProbeKey["target"], at: number, keyupAt = at + 5): ProbeKey => ({
  target,
  stamps: [
    ["keydown", at],
    ["keypress", at],
    ["keyup", keyupAt],
  ],
  frame: 10,
});

describe("keyDurations", () => {
  it("takes each key's longest entry of its interaction, keyup included", () => {
    const keys = [key("wizard", 100), key("bare", 200)];
    const entries = [
      { name: "keydown", id: 7, start: 100, duration: 24 },
      { name: "keyup", id: 7, start: 105, duration: 40 },
      { name: "keydown", id: 8, start: 200, duration: 16 },
    ];
    const { wizard, bare } = keyDurations(keys, entries);
    expect(wizard).toMatchObject({ keys: 1, reported: 1, p50: 40, max: 40 });
    expect(bare).toMatchObject({ keys: 1, reported: 1, p50: 16 });
  });

  it("counts a key without any entry (under 16 ms) at the floor, and says it was not reported", () => {
    const { wizard } = keyDurations(
      [key("wizard", 100), key("wizard", 300)],
      [{ name: "keydown", id: 3, start: 300, duration: 32 }],
    );
    expect(wizard).toMatchObject({ keys: 2, reported: 1, p50: EVENT_TIMING_FLOOR_MS, max: 32 });
  });

  it("does not give a key another key's entry (matched by timestamp and event)", () => {
    const { wizard } = keyDurations(
      [key("wizard", 100)],
      [
        { name: "keyup", id: 9, start: 100, duration: 200 }, // a keyup at the keydown's time: not ours
        { name: "pointerdown", id: 10, start: 100, duration: 300 },
        { name: "keydown", id: 11, start: 101, duration: 400 },
      ],
    );
    expect(wizard.p95).toBe(EVENT_TIMING_FLOOR_MS);
  });
});

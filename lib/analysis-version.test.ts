import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprintAnalysis } from "./analysis-version";

describe("fingerprintAnalysis", () => {
  it("changes with the engine's source, not with its tests or fixtures", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "engine-"));
    mkdirSync(path.join(dir, "fixtures"));
    writeFileSync(path.join(dir, "stage.ts"), "export const a = 1;");
    const first = fingerprintAnalysis(dir);
    writeFileSync(path.join(dir, "stage.test.ts"), "test");
    writeFileSync(path.join(dir, "fixtures", "gold.json"), "{}");
    expect(fingerprintAnalysis(dir)).toBe(first);
    writeFileSync(path.join(dir, "stage.ts"), "export const a = 2;");
    expect(fingerprintAnalysis(dir)).not.toBe(first);
  });
});

import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps paths on this site and sends everything else home", () => {
    expect(safeReturnPath("/stories/a?verdict=contradict#row-1")).toBe("/stories/a?verdict=contradict#row-1");
    for (const bad of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "/sign-in?next=/", "/sign-in", undefined, 42]) {
      expect(safeReturnPath(bad)).toBe("/");
    }
  });
});

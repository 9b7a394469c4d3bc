import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps paths on this site and sends everything else home", () => {
    expect(safeReturnPath("/stories/a?verdict=contradict#row-1")).toBe("/stories/a?verdict=contradict#row-1");
    for (const bad of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "/sign-in?next=/", "/sign-in", undefined, 42]) {
      expect(safeReturnPath(bad)).toBe("/");
    }
  });

  it("reads tabs, line breaks and backslashes as a browser does before judging the path", () => {
    // Each of these lands on evil.example in a browser that is handed it as a Location or href.
    for (const bad of [
      "/\t/evil.example/phish",
      "/\n/evil.example",
      "/\r\n/evil.example",
      "\t//evil.example",
      "/\\\tevil.example",
      "\\/evil.example",
      "/%09/evil.example".replace("%09", "\t"),
      "/\t\\evil.example",
    ]) {
      expect(safeReturnPath(bad), JSON.stringify(bad)).toBe("/");
      const href = new URL(bad.replace(/[\t\n\r]/g, ""), "http://here.example").host;
      expect(href, `a browser reads ${JSON.stringify(bad)} as another host`).toBe("evil.example");
    }
  });

  it("returns the parsed path, so no line break reaches the Location header", () => {
    expect(safeReturnPath("/stories/a\n?x=1")).toBe("/stories/a?x=1");
    expect(safeReturnPath("/stories/a b")).toBe("/stories/a%20b");
    expect(safeReturnPath("/sign-\tin?next=/")).toBe("/");
    expect(safeReturnPath("/./sign-in")).toBe("/");
    expect(safeReturnPath("/stories/../sign-in")).toBe("/");
  });
});

import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, hasControlCharacters } from "./security-headers";

describe("hasControlCharacters", () => {
  it("finds an encoded control character in a path or query, and allows tab and newline in a query only", () => {
    const at = (path: string) => hasControlCharacters(new URL(path, "http://here.example"));
    expect(at("/stories/ferry%00fire")).toBe(true);
    expect(at("/api/reports/%1b")).toBe(true);
    expect(at("/stories/a%09b")).toBe(true);
    expect(at("/stories/a?q=%00")).toBe(true);
    expect(at("/sign-in?next=%2F%09%2Fevil.example")).toBe(false);
    expect(at("/stories/ferry-fire?q=%20fire%2C")).toBe(false);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the nonce, and no framing", () => {
    const policy = contentSecurityPolicy("abc");
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});

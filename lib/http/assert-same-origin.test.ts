import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "./assert-same-origin";

const request = (headers: Record<string, string>) => new Request("http://localhost:3000/api/stories", { method: "POST", headers });
const refusal = (headers: Record<string, string>) => {
  try {
    assertSameOrigin(request(headers));
    return null;
  } catch (error) {
    return error instanceof AppError ? error.status : "other";
  }
};

describe("assertSameOrigin", () => {
  it("lets the site's own pages through, and clients that send no Origin (CLI, scripts)", () => {
    expect(refusal({ host: "localhost:3000", origin: "http://localhost:3000" })).toBeNull();
    expect(refusal({ host: "localhost:3000" })).toBeNull();
    expect(refusal({ host: "internal:3000", "x-forwarded-host": "news.example", origin: "https://news.example" })).toBeNull();
  });

  it("refuses another site, an opaque origin, a port that differs and a cross-site fetch", () => {
    expect(refusal({ host: "localhost:3000", origin: "https://evil.example" })).toBe(403);
    expect(refusal({ host: "localhost:3000", origin: "null" })).toBe(403);
    expect(refusal({ host: "localhost:3000", origin: "http://localhost:4000" })).toBe(403);
    expect(refusal({ host: "localhost:3000", "sec-fetch-site": "cross-site" })).toBe(403);
  });
});

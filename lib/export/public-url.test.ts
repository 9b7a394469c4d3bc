import { afterEach, describe, expect, it } from "vitest";
import { assertPublishable, isPublicAddress, publicBaseUrl } from "./public-url";

afterEach(() => {
  delete process.env.PUBLIC_URL;
});

describe("the public address of exports", () => {
  it("prefers PUBLIC_URL to the request's origin", () => {
    expect(publicBaseUrl("http://127.0.0.1:3000")).toBe("http://127.0.0.1:3000");
    process.env.PUBLIC_URL = "https://factcheck.example.org/";
    expect(publicBaseUrl("http://127.0.0.1:3000")).toBe("https://factcheck.example.org");
  });

  it("tells local and private addresses from public ones", () => {
    for (const local of ["http://localhost:3000", "http://127.0.0.1", "http://10.1.2.3", "http://192.168.0.4", "http://172.20.0.1", "http://[::1]:3000"]) {
      expect(isPublicAddress(local)).toBe(false);
    }
    expect(isPublicAddress("https://factcheck.example.org")).toBe(true);
    expect(() => assertPublishable("http://localhost:3000")).toThrow(/PUBLIC_URL/);
  });
});

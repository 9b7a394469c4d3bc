import { describe, expect, it } from "vitest";
import { pickClientIp, trustedProxyCount } from "./client-ip.mjs";

describe("pickClientIp", () => {
  it("uses the socket's peer and ignores X-Forwarded-For when no proxy is trusted (the default)", () => {
    expect(pickClientIp(undefined, "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(pickClientIp("198.51.100.1", "203.0.113.7", 0)).toBe("203.0.113.7");
    expect(pickClientIp("198.51.100.1, 198.51.100.2", "::ffff:203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("behind N trusted proxies takes the address N hops from the right, so a client cannot choose it", () => {
    // One proxy: it appended the client's real address; what the client wrote before it is ignored.
    expect(pickClientIp("6.6.6.6, 198.51.100.9", "10.0.0.2", 1)).toBe("198.51.100.9");
    expect(pickClientIp("198.51.100.9", "10.0.0.2", 1)).toBe("198.51.100.9");
    expect(pickClientIp("6.6.6.6, 198.51.100.9, 10.0.0.5", "10.0.0.2", 2)).toBe("198.51.100.9");
    // Fewer hops than configured (a request that skipped a proxy): the farthest address known.
    expect(pickClientIp(undefined, "10.0.0.2", 1)).toBe("10.0.0.2");
    expect(pickClientIp(["6.6.6.6", "198.51.100.9"], "10.0.0.2", 1)).toBe("198.51.100.9");
  });

  it("reads TRUSTED_PROXY_COUNT, 0 for anything that is not a whole number", () => {
    expect(trustedProxyCount({})).toBe(0);
    expect(trustedProxyCount({ TRUSTED_PROXY_COUNT: "2" })).toBe(2);
    for (const bad of ["-1", "1.5", "yes"]) expect(trustedProxyCount({ TRUSTED_PROXY_COUNT: bad })).toBe(0);
  });
});

// Plain JavaScript: the HTTP server (scripts/next-server.mjs) runs it before Next.js, without a
// TypeScript loader. Types in client-ip.d.mts.

/** The request header the server sets to the client's address; whatever a client sends in it is replaced. */
export const CLIENT_IP_HEADER = "x-triangulate-client-ip";

/**
 * The address of the client, for rate limits. With no trusted proxy (the default) it is the
 * socket's peer: X-Forwarded-For is written by the client and proves nothing. Behind N proxies
 * that each append the address they received from, the client is the entry N places from the
 * right of the chain that ends with the socket's peer (the last proxy).
 */
export function pickClientIp(forwardedFor, socketAddress, trustedProxyCount) {
  const hops = Number.isInteger(trustedProxyCount) && trustedProxyCount > 0 ? trustedProxyCount : 0;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain =
    hops > 0
      ? header
          .split(",")
          .map((entry) => entry.trim())
          .filter(Boolean)
      : [];
  chain.push(socketAddress ?? "");
  const picked = chain[Math.max(0, chain.length - 1 - hops)];
  return normaliseIp(picked) || null;
}

/** TRUSTED_PROXY_COUNT from the environment: a whole number, 0 when unset or not one. */
export function trustedProxyCount(env = process.env) {
  const count = Number(env.TRUSTED_PROXY_COUNT ?? 0);
  return Number.isInteger(count) && count >= 0 ? count : 0;
}

function normaliseIp(value) {
  const address = (value ?? "").replace(/^\[|\]$/g, "").trim();
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; count it as a.b.c.d.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address;
}

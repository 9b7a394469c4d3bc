// One production server process: Next.js behind a plain Node HTTP server, which does what
// `next start` cannot: it records the client's address from the socket (or from the trusted
// proxies, TRUSTED_PROXY_COUNT) in a header no client can set, for sign-in's rate limit.
//   PORT=3000 [LISTEN_HOST=...] node scripts/next-server.mjs
// Plain JavaScript run by node itself, like next-cluster.mjs.
import { createServer } from "node:http";
import { CLIENT_IP_HEADER, pickClientIp, trustedProxyCount } from "../lib/http/client-ip.mjs";

// As `next start` does: React, Next.js and sign-in's rate limit all read it, and Next.js must
// not be loaded before it is set.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");

const port = Number(process.env.PORT ?? 3000);
const host = process.env.LISTEN_HOST || undefined;
const proxies = trustedProxyCount();
const app = next({ dev: false, dir: process.cwd(), port, hostname: host ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers[CLIENT_IP_HEADER] = pickClientIp(req.headers["x-forwarded-for"], req.socket.remoteAddress, proxies) ?? "";
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
});
server.listen(port, host);
const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

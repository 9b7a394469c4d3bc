import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchRefusal, fetchPage } from "./fetch-page";

// A real HTTP server on loopback: each path answers one way.
let server: http.Server;
let base = "";
beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    if (path === "/article") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", etag: '"v1"' });
      return res.end("<html><body><p>Twelve people died, officials said.</p></body></html>");
    }
    if (path === "/latin1") {
      res.writeHead(200, { "content-type": "text/html; charset=iso-8859-1" });
      return res.end(Buffer.from("<p>Caf\xe9 owners said</p>", "latin1"));
    }
    if (path === "/cached") {
      if (req.headers["if-none-match"] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' });
        return res.end();
      }
      res.writeHead(200, { "content-type": "text/html", etag: '"v1"' });
      return res.end("<p>first</p>");
    }
    const hops = /^\/hop\/(\d+)$/.exec(path);
    if (hops) {
      const n = Number(hops[1]);
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : "/article" });
      return res.end();
    }
    if (path === "/to-file") {
      res.writeHead(301, { location: "file:///etc/passwd" });
      return res.end();
    }
    if (path === "/image") {
      res.writeHead(200, { "content-type": "image/png" });
      return res.end(Buffer.alloc(10));
    }
    if (path === "/huge") {
      res.writeHead(200, { "content-type": "text/html" }); // no length: chunked
      const chunk = "x".repeat(64 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 40 && res.write(chunk)) sent++;
        if (sent < 40) res.once("drain", pump);
        else res.end();
      };
      return pump();
    }
    if (path === "/slow") return void setTimeout(() => res.destroyed || res.end(), 5_000);
    res.writeHead(404, { "content-type": "text/html" });
    res.end("missing");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));

const refusalOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return "fetched";
  } catch (error) {
    return error instanceof FetchRefusal ? error.code : `other: ${String(error)}`;
  }
};
const local = { allowPrivate: true };

describe("fetchPage", () => {
  it("refuses loopback by address and by name unless private addresses are allowed", async () => {
    expect(await refusalOf(fetchPage(`${base}/article`))).toBe("private_address");
    expect(await refusalOf(fetchPage(`${base.replace("127.0.0.1", "localhost")}/article`))).toBe("private_address");
    expect(await refusalOf(fetchPage("http://169.254.169.254/latest/meta-data/"))).toBe("private_address");
    expect(await refusalOf(fetchPage("http://[::1]/"))).toBe("private_address");
  });

  it("fetches a page, its validators and the final address after redirects", async () => {
    const page = await fetchPage(`${base}/hop/3`, local);
    expect(page.notModified).toBe(false);
    if (page.notModified) return;
    expect(page.body).toContain("Twelve people died");
    expect(page.finalUrl).toBe(`${base}/article`);
    expect(page.etag).toBe('"v1"');
  });

  it("decodes the charset the server declares", async () => {
    const page = await fetchPage(`${base}/latin1`, local);
    expect(!page.notModified && page.body).toContain("Café owners");
  });

  it("answers not modified to a conditional fetch with a matching ETag", async () => {
    expect((await fetchPage(`${base}/cached`, { ...local, etag: '"v1"' })).notModified).toBe(true);
    expect((await fetchPage(`${base}/cached`, { ...local, etag: '"v0"' })).notModified).toBe(false);
  });

  it("refuses other schemes, too many redirects, redirects out of http, non-pages, errors, oversize and slow pages", async () => {
    expect(await refusalOf(fetchPage("ftp://example.com/a", local))).toBe("scheme");
    expect(await refusalOf(fetchPage("file:///etc/passwd", local))).toBe("scheme");
    expect(await refusalOf(fetchPage("not a url", local))).toBe("bad_url");
    expect(await refusalOf(fetchPage(`${base}/hop/6`, local))).toBe("redirects");
    expect(await refusalOf(fetchPage(`${base}/hop/4`, local))).toBe("fetched");
    expect(await refusalOf(fetchPage(`${base}/to-file`, local))).toBe("scheme");
    expect(await refusalOf(fetchPage(`${base}/image`, local))).toBe("content_type");
    expect(await refusalOf(fetchPage(`${base}/nowhere`, local))).toBe("http_status");
    expect(await refusalOf(fetchPage(`${base}/huge`, { ...local, maxBytes: 1024 * 1024 }))).toBe("too_large");
    const started = Date.now();
    expect(await refusalOf(fetchPage(`${base}/slow`, { ...local, timeoutMs: 300 }))).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

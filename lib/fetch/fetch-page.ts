import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { isPublicAddress } from "./address-policy";

export type FetchRefusalCode =
  "bad_url" | "scheme" | "private_address" | "dns" | "redirects" | "timeout" | "too_large" | "content_type" | "http_status" | "network";

/** Why a page was not fetched, in words a journalist can act on. */
export class FetchRefusal extends Error {
  constructor(
    readonly code: FetchRefusalCode,
    message: string,
  ) {
    super(message);
    this.name = "FetchRefusal";
  }
}

export type FetchPageOptions = {
  /** lets the fetch reach private, loopback and link-local addresses (intranets, tests) */
  allowPrivate?: boolean;
  /** for the whole fetch, redirects included */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** validators from an earlier fetch: the server may answer "not modified" */
  etag?: string | null;
  lastModified?: string | null;
};

export type FetchedPage =
  | { notModified: false; finalUrl: string; contentType: string; body: string; etag: string | null; lastModified: string | null }
  | { notModified: true; finalUrl: string; etag: string | null; lastModified: string | null };

const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;
const DEFAULTS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

/**
 * Fetches one web page for ingestion. Every hop (the first request and each redirect) is checked:
 * http(s) only, and the addresses its host resolves to must be public unless allowPrivate; the
 * connection then goes to the address that was checked, so a second DNS answer cannot swap in
 * another one. Time, size and content type are bounded.
 */
export async function fetchPage(url: string, options: FetchPageOptions = {}): Promise<FetchedPage> {
  const limits = { ...DEFAULTS, ...options };
  const deadline = Date.now() + limits.timeoutMs;
  let current = parseUrl(url);
  for (let hop = 0; ; hop++) {
    const answer = await requestOnce(current, limits, deadline, hop === 0);
    if (answer.kind === "page") return answer.page;
    if (hop >= limits.maxRedirects) throw new FetchRefusal("redirects", `more than ${limits.maxRedirects} redirects`);
    current = parseUrl(new URL(answer.location, current).toString());
  }
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchRefusal("bad_url", `not a web address: ${raw.slice(0, 200)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new FetchRefusal("scheme", `only http and https addresses can be fetched, not ${url.protocol}`);
  if (url.username || url.password) throw new FetchRefusal("bad_url", "addresses with a user name or password are not fetched");
  return url;
}

type Hop = { kind: "page"; page: FetchedPage } | { kind: "redirect"; location: string };

function requestOnce(url: URL, limits: typeof DEFAULTS & FetchPageOptions, deadline: number, first: boolean): Promise<Hop> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host) && !limits.allowPrivate && !isPublicAddress(host)) return Promise.reject(privateRefusal(url.hostname));
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(timeoutRefusal(limits.timeoutMs));
  const headers: Record<string, string> = { "user-agent": "Triangulate/0.1 (report fetcher)", accept: "text/html,application/xhtml+xml,text/plain;q=0.8" };
  // Validators belong to the address they were stored for, not to wherever it now redirects.
  if (first && limits.etag) headers["if-none-match"] = limits.etag;
  if (first && limits.lastModified) headers["if-modified-since"] = limits.lastModified;
  const client = url.protocol === "https:" ? https : http;
  return new Promise<Hop>((resolve, reject) => {
    const req = client.request(url, { method: "GET", headers, lookup: guardedLookup(!!limits.allowPrivate), timeout: remaining }, (res) => {
      const status = res.statusCode ?? 0;
      const validators = { etag: res.headers.etag ?? null, lastModified: res.headers["last-modified"] ?? null };
      if (status >= 300 && status < 400 && status !== 304) {
        res.resume();
        const location = res.headers.location;
        if (!location) return reject(new FetchRefusal("http_status", `the server answered ${status} without saying where to go`));
        return resolve({ kind: "redirect", location });
      }
      if (status === 304 && first) {
        res.resume();
        return resolve({ kind: "page", page: { notModified: true, finalUrl: url.toString(), ...validators } });
      }
      if (status < 200 || status >= 300) {
        res.resume();
        return reject(new FetchRefusal("http_status", `the server answered ${status}`));
      }
      const contentType = String(res.headers["content-type"] ?? "");
      if (!PAGE_TYPES.test(contentType)) {
        res.resume();
        return reject(new FetchRefusal("content_type", `not a web page (${contentType.split(";")[0] || "no content type"})`));
      }
      const declared = Number(res.headers["content-length"] ?? 0);
      if (declared > limits.maxBytes) {
        res.destroy();
        return reject(tooLarge(limits.maxBytes));
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > limits.maxBytes) {
          res.destroy();
          reject(tooLarge(limits.maxBytes));
          return;
        }
        chunks.push(chunk);
      });
      res.on("error", (error) => reject(networkRefusal(error)));
      res.on("end", () => {
        if (size > limits.maxBytes) return;
        const bytes = Buffer.concat(chunks);
        resolve({ kind: "page", page: { notModified: false, finalUrl: url.toString(), contentType, body: decodeBody(bytes, contentType), ...validators } });
      });
    });
    req.on("timeout", () => req.destroy(timeoutRefusal(limits.timeoutMs)));
    req.on("error", (error) => reject(error instanceof FetchRefusal ? error : networkRefusal(error)));
    req.end();
  });
}

function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { all: true }, (error, addresses) => {
      if (error) return callback(new FetchRefusal("dns", `no such host: ${hostname}`), "", 4);
      // One private answer is enough to refuse: a name that also points inside is not a public page.
      if (!allowPrivate && addresses.some((a) => !isPublicAddress(a.address))) return callback(privateRefusal(hostname), "", 4);
      const usable = options.family ? addresses.filter((a) => a.family === options.family) : addresses;
      if (!usable.length) return callback(new FetchRefusal("dns", `no usable address for ${hostname}`), "", 4);
      if (options.all) return (callback as unknown as (e: null, all: dns.LookupAddress[]) => void)(null, usable);
      callback(null, usable[0]!.address, usable[0]!.family);
    });
  };
}

/** The charset the server declared, else the page's own meta tag, else UTF-8. */
function decodeBody(bytes: Buffer, contentType: string): string {
  const declared = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(bytes.subarray(0, 2048).toString("latin1"))?.[1];
  try {
    return new TextDecoder(declared ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

const privateRefusal = (host: string) => new FetchRefusal("private_address", `${host} is a private or local address; set FETCH_ALLOW_PRIVATE=true to allow it`);
const timeoutRefusal = (ms: number) => new FetchRefusal("timeout", `the page did not arrive within ${Math.round(ms / 1000)} s`);
const tooLarge = (max: number) => new FetchRefusal("too_large", `the page is over ${Math.round(max / 1024 / 1024)} MB`);
const networkRefusal = (error: Error) =>
  new FetchRefusal("network", `the page could not be fetched (${(error as NodeJS.ErrnoException).code ?? error.message})`);

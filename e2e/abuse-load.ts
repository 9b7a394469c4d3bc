// Helpers of the abuse test: hostile files made on the fly (never committed), a second client
// that keeps asking while they are uploaded, and the server's memory read from /proc.
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { APIRequestContext } from "@playwright/test";

export type HostileFile = { name: string; mimeType: string; buffer: Buffer };

/** 5,000 nested <div>s around a paragraph: 55 KB that once stalled the server for 16 minutes. */
export function nestedHtml(): HostileFile {
  const depth = 5000;
  const html = `<!doctype html><html><body>${"<div>".repeat(depth)}<p>${"A sentence of the page. ".repeat(20)}</p>${"</div>".repeat(depth)}</body></html>`;
  return { name: "nested.html", mimeType: "text/html", buffer: Buffer.from(html) };
}

/** A short note and one base64 "image" of about 150 KB: one token the tokenizer chokes on. */
export function longToken(): HostileFile {
  const text = `Harbour notes\n\nThe harbour board met on Monday, a spokesman said. data:image/png;base64,${randomBytes(110_000).toString("base64")}\n`;
  return { name: "long-token.txt", mimeType: "text/plain", buffer: Buffer.from(text) };
}

/** Just under 2 MB of varied invented prose, every sentence different. */
export function largeProse(): HostileFile {
  const words = [
    "harbour",
    "council",
    "ferry",
    "storm",
    "bridge",
    "mayor",
    "police",
    "school",
    "market",
    "engineer",
    "station",
    "tower",
    "village",
    "crew",
    "inspector",
    "budget",
    "witness",
    "river",
  ];
  const sentences: string[] = [];
  let size = 0;
  for (let i = 0; size < 2_000_000 - 200; i++) {
    const picked = Array.from({ length: 8 + (i % 11) }, (_, j) => words[(i * 7 + j * 13 + (i >> 3)) % words.length]);
    const sentence = `The ${picked.join(" ")} said ${(i % 900) + 2} people came on day ${(i % 28) + 1}. `;
    sentences.push(sentence);
    size += sentence.length;
  }
  return { name: "large-prose.txt", mimeType: "text/plain", buffer: Buffer.from(sentences.join("")) };
}

/** Asks `path` over and over until stopped; resolves with each answer's time in milliseconds. */
export function keepAsking(request: APIRequestContext, path: string): { stop: () => Promise<{ times: number[]; failures: number }> } {
  const times: number[] = [];
  let failures = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const response = await request.get(path).catch(() => null);
      times.push(performance.now() - started);
      if (!response?.ok()) failures++;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { times, failures };
    },
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/**
 * Samples the resident memory of the server processes listening for `port` (Linux only: the
 * processes running scripts/next-server.mjs with PORT=port), worker threads included.
 */
export function sampleServerMemory(port: number): { stop: () => number | null } {
  if (!existsSync("/proc/self/status")) return { stop: () => null };
  let peak = 0;
  const sample = () => {
    let total = 0;
    for (const pid of serverProcessIds(port)) {
      try {
        total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) * 1024;
      } catch {
        // The process ended between the listing and the read.
      }
    }
    peak = Math.max(peak, total);
  };
  sample();
  const timer = setInterval(sample, 250);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/** The server processes (scripts/next-server.mjs) started with PORT=port; Linux only. */
export function serverProcessIds(port: number): number[] {
  if (!existsSync("/proc/self/status")) return [];
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return (
          readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("next-server.mjs") &&
          readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(`PORT=${port}`)
        );
      } catch {
        return false;
      }
    })
    .map(Number);
}

import { writeFileSync } from "node:fs";
import { expect, signIn, test } from "./auth";
import { keepAsking, largeProse, longToken, nestedHtml, percentile, sampleServerMemory, type HostileFile } from "./abuse-load";
import { uniqueTitle } from "./fixtures";
import { waitForAnalysis } from "./wait-for-analysis";

const PORT = Number(process.env.E2E_PORT ?? 3100);

// Each hostile upload: the answer it must get, and the time it may take at most. The budgets in
// lib/analysis-runner stop any one job after 15 s (reading) or 60 s (analysis); these files are
// refused or read by structural caps well before that.
const CASES: { file: () => HostileFile; status: number; withinMs: number }[] = [
  { file: nestedHtml, status: 422, withinMs: 15_000 },
  { file: longToken, status: 202, withinMs: 20_000 },
  { file: largeProse, status: 413, withinMs: 15_000 },
];

test("hostile uploads are refused or read in bounded time while another reader keeps being answered", async ({ request, playwright, baseURL }) => {
  test.setTimeout(180_000);
  const created = await request.post("/api/stories", { data: { title: uniqueTitle("Abuse check") } });
  expect(created.status()).toBe(201);
  const { story } = (await created.json()) as { story: { slug: string } };

  const reader = await playwright.request.newContext({ baseURL });
  await signIn(reader, "reader");
  // Warm the route first, so the figures are about the abuse, not the first compile of a page.
  expect((await reader.get("/api/stories")).ok()).toBe(true);
  const memory = sampleServerMemory(PORT);
  const asking = keepAsking(reader, "/api/stories");

  const figures: Record<string, unknown>[] = [];
  for (const { file, status, withinMs } of CASES) {
    const upload = file();
    const started = performance.now();
    const response = await request.post(`/api/stories/${story.slug}/reports`, { multipart: { files: upload }, timeout: 120_000 });
    const elapsed = Math.round(performance.now() - started);
    const body = (await response.json()) as { error?: { message: string }; reports?: unknown[] };
    figures.push({ file: upload.name, bytes: upload.buffer.length, status: response.status(), ms: elapsed, message: body.error?.message ?? "added" });
    expect({ file: upload.name, status: response.status() }).toEqual({ file: upload.name, status });
    expect(elapsed, `${upload.name} answered in ${elapsed} ms`).toBeLessThan(withinMs);
  }

  // The accepted upload's analysis runs in a worker meanwhile, within its budget, while the reader is answered.
  await waitForAnalysis(request, story.slug, 90_000);
  const { times, failures } = await asking.stop();
  const peak = memory.stop();
  const p95 = Math.round(percentile(times, 95));
  const summary = {
    uploads: figures,
    reader: { requests: times.length, failures, p50Ms: Math.round(percentile(times, 50)), p95Ms: p95, maxMs: Math.round(Math.max(...times)) },
    serverPeakRssMb: peak === null ? null : Math.round(peak / 1048576),
  };
  console.log(`abuse figures: ${JSON.stringify(summary)}`);
  writeFileSync("test-results/abuse-figures.json", `${JSON.stringify(summary, null, 2)}\n`);
  expect(failures).toBe(0);
  expect(p95, "the other reader's p95 during the abuse").toBeLessThan(1000);
  // The server still answers, and the story holds only what was accepted.
  const stored = await request.get(`/api/stories/${story.slug}`);
  expect(stored.ok()).toBe(true);
  await reader.dispose();
});

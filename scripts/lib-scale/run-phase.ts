import type { Client } from "./client";
import type { ScaleReport } from "./scale-reports";

/** A phase's figures; `analysingPageMs` are the page views begun once every upload was answered, when only the analysis runs. */
export type Phase = {
  name: string;
  reports: number;
  ms: number;
  toAnalysed: number[];
  uploadMs: number[];
  pageMs: number[];
  analysingPageMs: number[];
  page: string;
};
type Planned = { story: number; reports: ScaleReport[] };
/** What the poller reads of a story's analysis (GET /api/stories/:slug/analysis). */
export type PolledStatus = {
  state: string;
  stage: string | null;
  reportCount: number;
  reportsDone?: number;
  progress: number;
  analyzedAt: string | null;
  error: string | null;
};
type PhaseOptions = {
  parallel: number;
  title: (story: number) => string;
  /** reports per upload request (default 1; the API takes up to 25) */
  perRequest?: number;
  /** sees every status the poller reads (the one-story run records the progress shown) */
  onStatus?: (slug: string, status: PolledStatus) => void;
};

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Creates the stories, uploads their reports (`perRequest` per request, round-robin over the
 * stories, `parallel` requests at a time) and follows each story's analysis until every report is analysed, while
 * a reader keeps opening a story page. A report counts as analysed at the first poll that finds
 * its story done with an analysis made after the report's upload was answered.
 */
export async function runPhase(client: Client, name: string, plan: Planned[], options: PhaseOptions): Promise<Phase> {
  const slugs = new Map<number, string>();
  for (const { story } of plan) {
    const response = await client.post("/api/stories", { title: options.title(story) });
    if (response.status !== 201) throw new Error(`story: ${response.status} ${await response.text()}`);
    slugs.set(story, ((await response.json()) as { story: { slug: string } }).story.slug);
  }
  const queue = interleave(plan, options.perRequest ?? 1);
  const pending = new Map<string, number[]>(); // slug → upload-answered times not yet analysed
  const toAnalysed: number[] = [];
  const uploadMs: number[] = [];
  const pageMs: number[] = [];
  const analysingPageMs: number[] = [];
  const started = Date.now();
  let uploading = true;

  const page = `/stories/${slugs.get(plan[0]!.story)}`;
  const reader = (async () => {
    while (uploading || pending.size > 0) {
      const at = performance.now();
      const afterUploads = !uploading;
      const response = await client.get(page);
      await response.arrayBuffer();
      pageMs.push(performance.now() - at);
      if (afterUploads) analysingPageMs.push(performance.now() - at);
    }
  })();
  const poller = (async () => {
    while (uploading || pending.size > 0) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await Promise.all(
        [...pending.keys()].map(async (slug) => {
          const status = (await (await client.get(`/api/stories/${slug}/analysis`)).json()) as PolledStatus;
          options.onStatus?.(slug, status);
          if (status.state === "failed") throw new Error(`${slug}: analysis failed: ${status.error}`);
          if (status.state !== "done" || !status.analyzedAt) return;
          const analysedAt = Date.parse(status.analyzedAt);
          const now = Date.now();
          const waiting = pending.get(slug)!.filter((uploaded) => {
            if (uploaded > analysedAt) return true;
            toAnalysed.push(now - uploaded);
            return false;
          });
          if (waiting.length) pending.set(slug, waiting);
          else pending.delete(slug);
        }),
      );
    }
  })();
  await Promise.all(
    Array.from({ length: options.parallel }, async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const slug = slugs.get(item.story)!;
        const at = performance.now();
        const response = await client.post(`/api/stories/${slug}/reports`, { reports: item.reports });
        if (response.status !== 202) throw new Error(`upload: ${response.status} ${await response.text()}`);
        uploadMs.push(performance.now() - at);
        const answered = Date.now();
        pending.set(slug, [...(pending.get(slug) ?? []), ...item.reports.map(() => answered)]);
      }
    }),
  );
  uploading = false;
  await poller;
  const ms = Date.now() - started;
  await reader;
  return { name, reports: plan.reduce((sum, story) => sum + story.reports.length, 0), ms, toAnalysed, uploadMs, pageMs, analysingPageMs, page };
}

/** The uploads in the order they are sent: round-robin over the stories, `perRequest` reports each. */
function interleave(plan: Planned[], perRequest: number): { story: number; reports: ScaleReport[] }[] {
  const longest = Math.max(...plan.map((story) => story.reports.length));
  const items: { story: number; reports: ScaleReport[] }[] = [];
  for (let n = 0; n < longest; n += perRequest) {
    for (const story of plan) if (story.reports[n]) items.push({ story: story.story, reports: story.reports.slice(n, n + perRequest) });
  }
  return items;
}

import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { refreshReports, type RefreshResult } from "./refresh-reports";

// The app has no job queue: `npm start` runs this check in its own process (not in the server
// processes, so several of them do not check one story at once), every FOLLOW_CHECK_MINUTES.
const SCHEDULER: Actor = { id: "scheduler", name: "Scheduled check", role: "admin" };

/** Minutes between checks of developing stories: FOLLOW_CHECK_MINUTES, 15 when unset, 0 for none. */
export function checkIntervalMinutes(env: Record<string, string | undefined> = process.env): number {
  const raw = env.FOLLOW_CHECK_MINUTES;
  const minutes = raw === undefined || raw === "" ? 15 : Number(raw);
  return Number.isFinite(minutes) && minutes > 0 ? minutes : 0;
}

/**
 * Checks each developing story not checked in the last `minutes`. A story is claimed by moving its
 * checkedAt forward in one conditional update, so a second checker running at once skips it.
 */
export async function checkDevelopingStories(minutes: number, now = new Date()): Promise<{ slug: string; results: RefreshResult[] }[]> {
  const due = new Date(now.getTime() - minutes * 60_000);
  const stories = await db.story.findMany({
    where: { developing: true, OR: [{ checkedAt: null }, { checkedAt: { lte: due } }] },
    select: { id: true, slug: true, checkedAt: true },
  });
  const checked: { slug: string; results: RefreshResult[] }[] = [];
  for (const story of stories) {
    const claimed = await db.story.updateMany({ where: { id: story.id, checkedAt: story.checkedAt }, data: { checkedAt: now } });
    if (claimed.count === 0) continue;
    try {
      checked.push({ slug: story.slug, results: await refreshReports(SCHEDULER, story.slug) });
    } catch (error) {
      // One story failing (deleted meanwhile, a conflict) must not stop the others.
      console.error(`checking “${story.slug}” for updates failed:`, error instanceof Error ? error.message : error);
    }
  }
  return checked;
}

/** Starts the periodic check; returns a function that stops it. */
export function startDevelopingStoryChecks(minutes: number, log: (line: string) => void = console.log): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      for (const { slug, results } of await checkDevelopingStories(minutes)) {
        const updated = results.filter((result) => result.status === "updated").length;
        if (updated) log(`“${slug}”: ${updated} report(s) changed`);
      }
    } catch (error) {
      console.error("checking developing stories failed:", error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, Math.min(minutes, 1) * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}

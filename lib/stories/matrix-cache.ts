import "server-only";
import type { CachedMatrix } from "./get-claim-matrix";

type Entry = { stamp: string; value: CachedMatrix };

// Stories most recently viewed. The stamp (lib/stories/get-story-head.ts) changes whenever the
// story, its reports, its analysis or its reviews change, so stale entries are never served.
const MAX_ENTRIES = 32;
const entries = new Map<string, Entry>();

export function readCachedMatrix(storyId: string, stamp: string): CachedMatrix | null {
  const entry = entries.get(storyId);
  if (!entry || entry.stamp !== stamp) return null;
  entries.delete(storyId);
  entries.set(storyId, entry);
  return entry.value;
}

export function writeCachedMatrix(storyId: string, stamp: string, value: CachedMatrix): void {
  entries.delete(storyId);
  entries.set(storyId, { stamp, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
}

import "server-only";
import type { PreparedMatrix } from "@/lib/matrix/build-claim-matrix";

type Entry = { stamp: string; value: PreparedMatrix & { entities: { id: string; canonical: string; type: string }[] } };

// Stories most recently viewed; a matrix changes only when its story is re-analysed or
// reviewed, which changes the stamp, so stale entries are never served.
const MAX_ENTRIES = 32;
const entries = new Map<string, Entry>();

export function readCachedMatrix(storyId: string, stamp: string): Entry["value"] | null {
  const entry = entries.get(storyId);
  if (!entry || entry.stamp !== stamp) return null;
  entries.delete(storyId);
  entries.set(storyId, entry);
  return entry.value;
}

export function writeCachedMatrix(storyId: string, stamp: string, value: Entry["value"]): void {
  entries.delete(storyId);
  entries.set(storyId, { stamp, value });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
}

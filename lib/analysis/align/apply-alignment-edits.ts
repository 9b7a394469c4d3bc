import { z } from "zod";

/**
 * An editor's correction, naming claims by "<reportId>:<start>-<end>:<kind>" (see claimKey)
 * so it can be replayed on a fresh analysis. move: put the claim with the target's claims (no target: alone);
 * split: take the claim out on its own; merge: join the two claims' clusters.
 */
export const alignmentEditSchema = z.object({
  action: z.enum(["move", "split", "merge"]),
  claimRef: z.string(),
  targetRef: z.string().nullable(),
});

export type AlignmentEditInput = z.infer<typeof alignmentEditSchema>;

export function claimRef(sourceId: string, start: number, end: number): string {
  return `${sourceId}:${start}-${end}`;
}

/**
 * A claim's name that survives re-analysis. The span alone is not enough: one sentence can
 * yield claims of two kinds ("Twelve people died" is a number and an event).
 */
export function claimKey(sourceId: string, start: number, end: number, kind: string): string {
  return `${claimRef(sourceId, start, end)}:${kind}`;
}

/**
 * Replays edits, oldest first, on groups of claim indices. An edit naming a claim that the
 * new analysis no longer has is skipped and counted as stale.
 */
export function applyAlignmentEdits(groups: number[][], refs: string[], edits: AlignmentEditInput[]): { groups: number[][]; stale: number } {
  const indexOf = new Map(refs.map((ref, index) => [ref, index]));
  const groupOf = new Map<number, number[]>();
  const all = groups.map((group) => [...group]);
  for (const group of all) for (const index of group) groupOf.set(index, group);
  let stale = 0;

  const detach = (index: number) => {
    const group = groupOf.get(index)!;
    group.splice(group.indexOf(index), 1);
  };
  const attach = (index: number, group: number[]) => {
    group.push(index);
    groupOf.set(index, group);
  };

  for (const edit of edits) {
    const claim = indexOf.get(edit.claimRef);
    const target = edit.targetRef === null ? null : indexOf.get(edit.targetRef);
    if (claim === undefined || target === undefined || claim === target) {
      stale++;
      continue;
    }
    if (edit.action === "split" || (edit.action === "move" && target === null)) {
      detach(claim);
      const alone: number[] = [];
      all.push(alone);
      attach(claim, alone);
    } else if (edit.action === "move" && target !== null) {
      detach(claim);
      attach(claim, groupOf.get(target)!);
    } else if (edit.action === "merge" && target !== null) {
      const into = groupOf.get(claim)!;
      const from = groupOf.get(target)!;
      if (into === from) continue;
      for (const index of from.splice(0)) attach(index, into);
    } else {
      stale++;
    }
  }
  return { groups: all.filter((group) => group.length > 0).map((group) => group.sort((a, b) => a - b)), stale };
}

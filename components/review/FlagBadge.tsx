import { FLAG_LABEL, type ClusterFlag } from "@/lib/review/review-status";
import { FLAG_STYLE } from "./review-style";

/** Raised automatically for contradicted and single-source claims; "open" until settled. */
export function FlagBadge({ flag, open }: { flag: ClusterFlag | null; open: boolean }) {
  if (!flag) return null;
  return (
    <span className={`inline-flex items-center gap-1 text-xs font-medium ${open ? FLAG_STYLE[flag] : "text-stone-500 line-through"}`} title={open ? "Flagged for review" : "Flag settled by an editor"}>
      <span aria-hidden>⚑</span>
      {open ? "Flagged" : "Settled"}: {FLAG_LABEL[flag].toLowerCase()}
    </span>
  );
}

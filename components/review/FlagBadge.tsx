import { FLAG_LABEL, type ClusterFlag } from "@/lib/review/review-status";
import { FLAG_STYLE } from "./review-style";

/**
 * Raised automatically for contradicted and single-source claims, open until an editor settles
 * it. The reason is spelled out only when the verdict beside it does not already say it (an
 * agreement among copies of one story is still a single source).
 */
export function FlagBadge({ flag, open, verdict }: { flag: ClusterFlag | null; open: boolean; verdict: string }) {
  if (!flag) return null;
  const implied = (flag === "contradicted" && verdict === "contradict") || (flag === "single_source" && verdict === "single");
  return (
    <span
      className={`inline-flex items-center gap-1 text-xs font-medium ${open ? FLAG_STYLE[flag] : "text-stone-600"}`}
      title={`Flagged automatically: ${FLAG_LABEL[flag].toLowerCase()}`}
    >
      <span aria-hidden>⚑</span>
      {open ? "Needs review" : "Review settled"}
      {!implied && `: ${FLAG_LABEL[flag].toLowerCase()}`}
    </span>
  );
}

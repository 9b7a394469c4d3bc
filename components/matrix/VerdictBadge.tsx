import type { Verdict } from "@/lib/matrix/build-claim-matrix";
import { VERDICT_STYLE } from "./verdict-style";

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const style = VERDICT_STYLE[verdict];
  return <span className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${style.className}`}>{style.label}</span>;
}

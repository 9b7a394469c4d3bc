import { STATUS_HELP, STATUS_LABEL, type ReviewStatus } from "@/lib/review/review-status";
import { STATUS_STYLE } from "./review-style";

/** The editors' status of a claim, with what it means on hover. */
export function StatusBadge({ status }: { status: ReviewStatus }) {
  const style = STATUS_STYLE[status];
  return (
    <span
      title={`${STATUS_LABEL[status]}: ${STATUS_HELP[status]}`}
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${style.className}`}
    >
      <span aria-hidden>{style.symbol}</span>
      {STATUS_LABEL[status]}
    </span>
  );
}

import type { Role } from "@/lib/auth/actor";
import { formatMoment, plural } from "@/lib/format";
import type { FormAction } from "@/lib/form-state";
import type { ClusterReviewView } from "@/lib/review/get-cluster-review";
import type { ReviewFormAction } from "@/lib/review/review-form-state";
import { SETTLED_STATUSES } from "@/lib/review/review-status";
import { AuditTrail } from "./AuditTrail";
import { CommentForm } from "./CommentForm";
import { EvidenceLinks } from "./EvidenceLinks";
import { FlagBadge } from "./FlagBadge";
import { ReviewStatusForm } from "./ReviewStatusForm";
import { StatusBadge } from "./StatusBadge";

const card = "space-y-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm";
const heading = "text-sm font-semibold uppercase tracking-wide text-stone-600";

type Props = {
  data: ClusterReviewView;
  role: Role;
  /** The status form's action; null hides the form (the role may not review). */
  save: ReviewFormAction | null;
  /** The comment form's action; null hides the form. */
  comment: FormAction | null;
};

/** The review of one claim on its page: status, the editors' form, comments and the audit trail. */
export function ClusterReviewPanel({ data, role, save, comment }: Props) {
  const { review, matchingReviews, flag, verdict, sides, comments, events } = data;
  const right = sides?.find((side) => side.anchor && side.anchor === review.rightSide);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <section aria-labelledby="review-heading" className={card}>
        <h2 id="review-heading" className={heading}>
          Review
        </h2>
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={review.status} />
          <FlagBadge flag={flag} open={!SETTLED_STATUSES.includes(review.status)} verdict={verdict} />
        </div>
        {review.version > 0 ? (
          <div className="space-y-1 text-sm">
            {review.note && <p className="whitespace-pre-line text-stone-800">{review.note}</p>}
            {right && (
              <p className="font-medium text-emerald-900">
                Judged right: <q>{right.words}</q> ({right.reportNames.join(", ")})
              </p>
            )}
            {review.evidence.length > 0 && <EvidenceLinks links={review.evidence} />}
            <p className="text-xs text-stone-600">
              By {review.updatedByName}, {formatMoment(new Date(review.updatedAt))}
            </p>
          </div>
        ) : (
          <p className="text-sm text-stone-600">No editor has reviewed this claim yet.</p>
        )}
        {matchingReviews > 1 && (
          <p className="rounded-md bg-stone-100 px-3 py-2 text-xs text-stone-700">
            {plural(matchingReviews, "review")} match this claim: a re-analysis joined claims that were reviewed separately. The most recent is shown; the
            others are in the trail below.
          </p>
        )}
        {save ? (
          <>
            <h3 className="border-t border-stone-200 pt-3 text-sm font-semibold text-stone-800">Change the status</h3>
            <ReviewStatusForm review={review} sides={sides} save={save} />
          </>
        ) : (
          <p className="text-xs text-stone-600">Editors set the status; your role is {role}.</p>
        )}
      </section>
      <div className="space-y-6">
        <section aria-labelledby="comments-heading" className={card}>
          <h2 id="comments-heading" className={heading}>
            Comments ({comments.length})
          </h2>
          {comments.length === 0 && <p className="text-sm text-stone-600">No comments yet.</p>}
          <ul className="space-y-2">
            {comments.map((comment) => (
              <li key={comment.id} className="text-sm">
                <p className="whitespace-pre-line text-stone-800">{comment.body}</p>
                <p className="text-xs text-stone-600">
                  {comment.authorName}, {formatMoment(comment.createdAt)}
                </p>
              </li>
            ))}
          </ul>
          {comment && <CommentForm comment={comment} />}
        </section>
        <section aria-labelledby="trail-heading" className={card}>
          <h2 id="trail-heading" className={heading}>
            Audit trail
          </h2>
          <AuditTrail events={events} />
        </section>
      </div>
    </div>
  );
}

import type { ReviewSnapshot } from "./review-snapshot";

/** What the status form's action answers; on a conflict, the review someone else saved meanwhile. */
export type ReviewFormState = { error?: string; saved?: ReviewSnapshot; conflict?: ReviewSnapshot };

export type ReviewFormAction = (state: ReviewFormState, form: FormData) => Promise<ReviewFormState>;

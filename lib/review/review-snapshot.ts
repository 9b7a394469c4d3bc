import type { ReviewStatus } from "./review-status";

/** A review as the pages, the API and the audit trail show it. */
export type ReviewSnapshot = {
  status: ReviewStatus;
  note: string | null;
  evidence: string[];
  /** In a contradiction, the anchor of the wording the editor judged right. */
  rightSide: string | null;
  version: number;
  updatedByName: string;
  updatedAt: string;
};

export const UNREVIEWED: ReviewSnapshot = { status: "unverified", note: null, evidence: [], rightSide: null, version: 0, updatedByName: "", updatedAt: "" };

export function toSnapshot(review: {
  status: ReviewStatus;
  note: string | null;
  evidence: string[];
  rightSide?: string | null;
  version: number;
  updatedByName: string;
  updatedAt: Date;
}): ReviewSnapshot {
  const { status, note, evidence, rightSide = null, version, updatedByName, updatedAt } = review;
  return { status, note, evidence, rightSide, version, updatedByName, updatedAt: updatedAt.toISOString() };
}

/** What the story page and the claim matrix read of each report: its listing, family and analysis state. */
export const REPORT_LIST_FIELDS = {
  id: true,
  title: true,
  outletName: true,
  url: true,
  byline: true,
  publishedAt: true,
  fileName: true,
  format: true,
  charCount: true,
  createdAt: true,
  family: true,
  familyLabel: true,
  analysisSkipped: true,
} as const;

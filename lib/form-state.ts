import type { AddedReport } from "@/lib/reports/add-reports";
import type { UrlResult } from "@/lib/reports/add-reports-by-url";
import type { RefreshResult } from "@/lib/reports/refresh-reports";

/** What a form's server action answers: an error to show, or what it did. */
export type FormState = {
  error?: string;
  /** Reports added, each with the name it goes by. */
  added?: (AddedReport & { name: string })[];
  /** Why some uploads of a batch were not added (duplicates), when others were. */
  skipped?: string[];
  urlResults?: UrlResult[];
  saved?: boolean;
};

export type FormAction = (state: FormState, form: FormData) => Promise<FormState>;

/** What the follow-a-story actions answer: per-report results of a check for updates. */
export type FollowState = { error?: string; results?: RefreshResult[]; saved?: boolean };

import type { AddedReport } from "@/lib/reports/add-reports";

/** What a form's server action answers: an error to show, or what it did. */
export type FormState = {
  error?: string;
  /** Reports added, each with the name it goes by. */
  added?: (AddedReport & { name: string })[];
  /** Why some uploads of a batch were not added (duplicates), when others were. */
  skipped?: string[];
  saved?: boolean;
};

export type FormAction = (state: FormState, form: FormData) => Promise<FormState>;

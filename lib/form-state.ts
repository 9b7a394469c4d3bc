import type { AddedReport } from "@/lib/reports/add-reports";
import type { UrlResult } from "@/lib/reports/add-reports-by-url";

/** What a form's server action answers: an error to show, or what it did. */
export type FormState = { error?: string; added?: AddedReport[]; urlResults?: UrlResult[]; saved?: boolean };

export type FormAction = (state: FormState, form: FormData) => Promise<FormState>;

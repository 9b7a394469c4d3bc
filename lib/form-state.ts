import type { AddedReport } from "@/lib/reports/add-reports";

/** What a form's server action answers: an error to show, or what it did. */
export type FormState = { error?: string; added?: AddedReport[]; saved?: boolean };

export type FormAction = (state: FormState, form: FormData) => Promise<FormState>;

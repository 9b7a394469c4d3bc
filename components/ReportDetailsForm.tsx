"use client";

import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/form-state";
import { inputClass, labelClass, primaryButtonClass } from "./field-styles";
import { FormError, FormSuccess } from "./FormMessage";

export type ReportDetailsValues = { title: string; outletName: string; url: string; byline: string; publishedAt: string };

export function ReportDetailsForm({ values, save }: { values: ReportDetailsValues; save: FormAction }) {
  const [state, action, pending] = useActionState<FormState, FormData>(save, {});
  const field = (name: keyof ReportDetailsValues, label: string, type = "text") => (
    <div>
      <label htmlFor={name} className={labelClass}>
        {label}
      </label>
      <input id={name} name={name} type={type} defaultValue={values[name]} className={inputClass} />
    </div>
  );
  return (
    <form action={action} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
      <h2 className="text-sm font-semibold uppercase tracking-wide text-stone-600">Details</h2>
      {field("outletName", "Outlet (the name the report goes by)")}
      {field("title", "Headline")}
      {field("byline", "Byline")}
      {field("url", "Address", "url")}
      {field("publishedAt", "Published", "date")}
      <FormError message={state.error} />
      {state.saved && !pending && <FormSuccess>Saved.</FormSuccess>}
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Saving…" : "Save details"}
      </button>
    </form>
  );
}

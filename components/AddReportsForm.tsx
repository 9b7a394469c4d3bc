"use client";

import { useActionState, useRef, useEffect } from "react";
import type { FormAction, FormState } from "@/lib/form-state";
import { AddByUrlField } from "./AddByUrlField";
import { inputClass, labelClass, primaryButtonClass } from "./field-styles";
import { FormError, FormSuccess } from "./FormMessage";

const ACCEPT = ".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

export function AddReportsForm({ addReports }: { addReports: FormAction }) {
  const [state, action, pending] = useActionState<FormState, FormData>(addReports, {});
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.added || state.urlResults?.some((result) => result.status === "added")) formRef.current?.reset();
  }, [state]);

  return (
    <form ref={formRef} action={action} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 className="text-base font-semibold">Add reports</h2>
      <div>
        <label htmlFor="files" className={labelClass}>Files</label>
        <input id="files" name="files" type="file" multiple accept={ACCEPT}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-stone-200" />
        <p className="mt-1 text-xs text-stone-500">Text, Markdown or HTML pages; up to 25 files of 2 MB each. Outlet and date are read from the text.</p>
      </div>
      <AddByUrlField results={state.urlResults} />
      <details className="group rounded-md border border-stone-200 px-3 py-2">
        <summary className="cursor-pointer text-sm font-medium text-stone-800">…or paste a report</summary>
        <div className="mt-3 space-y-3">
          <div>
            <label htmlFor="text" className={labelClass}>Text</label>
            <textarea id="text" name="text" rows={8} className={`${inputClass} font-serif`} placeholder="Paste the article's text" />
          </div>
          <div className="grid gap-3 sm:grid-cols-3">
            <div>
              <label htmlFor="outletName" className={labelClass}>Outlet</label>
              <input id="outletName" name="outletName" className={inputClass} />
            </div>
            <div>
              <label htmlFor="url" className={labelClass}>Address</label>
              <input id="url" name="url" type="url" className={inputClass} placeholder="https://" />
            </div>
            <div>
              <label htmlFor="publishedAt" className={labelClass}>Published</label>
              <input id="publishedAt" name="publishedAt" type="date" className={inputClass} />
            </div>
          </div>
        </div>
      </details>
      <FormError message={state.error} />
      {state.added && (
        <FormSuccess>
          Added {state.added.length === 1 ? "1 report" : `${state.added.length} reports`}:{" "}
          {state.added.map((report) => report.fileName ?? report.title ?? "pasted text").join(", ")}
        </FormSuccess>
      )}
      <button type="submit" disabled={pending} className={primaryButtonClass}>{pending ? "Adding…" : "Add to story"}</button>
    </form>
  );
}

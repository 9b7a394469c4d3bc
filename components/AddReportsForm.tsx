"use client";

import { useActionState, useEffect, useRef, useState, startTransition, type FormEvent } from "react";
import type { FormAction, FormState } from "@/lib/form-state";
import { AddByUrlField } from "./AddByUrlField";
import { inputClass, labelClass, primaryButtonClass } from "./field-styles";
import { FormError, FormSuccess } from "./FormMessage";

const ACCEPT = ".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

/**
 * Submitted by hand rather than through `<form action>`: React resets a form after its action
 * runs, which wiped a refused paste and the chosen files, and an untouched file input would
 * send an empty, nameless file that the server read as a file called "undefined".
 */
export function AddReportsForm({ addReports }: { addReports: FormAction }) {
  const [state, action, pending] = useActionState<FormState, FormData>(addReports, {});
  const formRef = useRef<HTMLFormElement>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  useEffect(() => {
    if (!state.added && !state.urlResults?.some((result) => result.status === "added")) return;
    formRef.current?.reset();
    setChosen([]);
  }, [state]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const files = data.getAll("files").filter((entry) => typeof entry !== "string" && entry.name !== "");
    data.delete("files");
    for (const file of files) data.append("files", file);
    startTransition(() => action(data));
  };

  return (
    <form ref={formRef} onSubmit={submit} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
      <h2 className="text-base font-semibold">Add reports</h2>
      <div>
        <label htmlFor="files" className={labelClass}>
          Files
        </label>
        <input
          id="files"
          name="files"
          type="file"
          multiple
          accept={ACCEPT}
          onChange={(event) => setChosen(Array.from(event.currentTarget.files ?? [], (file) => file.name))}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-2 file:text-sm file:font-medium hover:file:bg-stone-200"
        />
        <p className="mt-1 text-xs text-stone-600">Text, Markdown or HTML pages; up to 25 files of 2 MB each. Outlet and date are read from the text.</p>
      </div>
      {chosen.length > 0 && <ChosenFiles names={chosen} />}
      <AddByUrlField results={state.urlResults} />
      <details className="group rounded-md border border-stone-200 px-3 py-2">
        <summary className="cursor-pointer text-sm font-medium text-stone-800">…or paste a report</summary>
        <div className="mt-3 space-y-3">
          <div>
            <label htmlFor="text" className={labelClass}>
              Text
            </label>
            <textarea id="text" name="text" rows={8} className={`${inputClass} font-serif`} placeholder="Paste the article's text" />
          </div>
          <div className="grid gap-3 sm:grid-cols-3">
            <div>
              <label htmlFor="outletName" className={labelClass}>
                Outlet
              </label>
              <input id="outletName" name="outletName" className={inputClass} />
            </div>
            <div>
              <label htmlFor="url" className={labelClass}>
                Address
              </label>
              <input id="url" name="url" type="url" className={inputClass} placeholder="https://" />
            </div>
            <div>
              <label htmlFor="publishedAt" className={labelClass}>
                Published
              </label>
              <input id="publishedAt" name="publishedAt" type="date" className={inputClass} />
            </div>
          </div>
        </div>
      </details>
      <FormError message={state.error} />
      {state.added && (
        <FormSuccess>
          Added {state.added.length === 1 ? "1 report" : `${state.added.length} reports`}: {state.added.map((report) => report.name).join(", ")}
          {state.skipped?.map((message) => (
            <span key={message} className="mt-1 block text-amber-900">
              Not added: {message}
            </span>
          ))}
        </FormSuccess>
      )}
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Adding…" : "Add to story"}
      </button>
    </form>
  );
}

/** One name field per chosen file: the name the report goes by, read from the text when blank. */
function ChosenFiles({ names }: { names: string[] }) {
  return (
    <fieldset className="space-y-2 rounded-md border border-stone-200 px-3 py-2">
      <legend className="px-1 text-sm font-medium text-stone-800">Names (optional: the outlet is read from the text)</legend>
      {names.map((name, index) => (
        <div key={`${index}-${name}`} className="grid items-center gap-x-3 sm:grid-cols-[minmax(0,1fr)_16rem]">
          <label htmlFor={`fileOutlet-${index}`} className="truncate text-sm text-stone-700">
            <span className="sr-only">Name of </span>
            {name}
          </label>
          <input id={`fileOutlet-${index}`} name="fileOutlet" placeholder="Outlet" className={`${inputClass} mt-0`} />
        </div>
      ))}
    </fieldset>
  );
}

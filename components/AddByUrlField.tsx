import type { UrlResult } from "@/lib/reports/add-reports-by-url";
import { inputClass, labelClass } from "./field-styles";

/** The add-reports form's box for links, and what became of each link after a submit. */
export function AddByUrlField({ results }: { results?: UrlResult[] }) {
  return (
    <div>
      <label htmlFor="urls" className={labelClass}>
        Links
      </label>
      <textarea id="urls" name="urls" rows={3} className={`${inputClass} font-mono`} placeholder={"https://…\nhttps://…"} />
      <p className="mt-1 text-xs text-stone-600">
        One address per line: each page is fetched and its article kept, with its address, so it can be checked for updates later.
      </p>
      {results && results.length > 0 && (
        <ul aria-label="What happened to each link" className="mt-2 space-y-1 text-sm">
          {results.map((result) => (
            <li key={result.url} className={result.status === "added" ? "text-emerald-800" : "text-red-800"}>
              <span className="break-all font-mono text-xs">{result.url}</span>:{" "}
              {result.status === "added" ? (
                <>
                  added “{result.report.title ?? result.report.url}”{result.report.outletName ? ` (${result.report.outletName})` : ""}
                </>
              ) : (
                result.message
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

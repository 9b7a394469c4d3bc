"use client";

import { useState, useTransition } from "react";
import type { FormState } from "@/lib/form-state";
import { dangerButtonClass } from "./field-styles";

/** A destructive button that asks first and shows the server's refusal, if any. */
export function ConfirmButton({ label, question, run }: { label: string; question: string; run: () => Promise<FormState> }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <span className="inline-flex flex-col items-end gap-1">
      <button
        type="button"
        disabled={pending}
        className={dangerButtonClass}
        onClick={() => {
          if (!window.confirm(question)) return;
          startTransition(async () => {
            const result = await run();
            if (result?.error) setError(result.error);
          });
        }}
      >
        {pending ? "Working…" : label}
      </button>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}

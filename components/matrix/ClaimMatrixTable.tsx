"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { MatrixGrid, type MatrixGridProps } from "./MatrixGrid";
import { VerdictBadge } from "./VerdictBadge";

/**
 * The grid is drawn in the browser: at 30 reports a page holds some 600 cells, and rendering
 * them on the server for every request made the story page the slowest thing the server does.
 * Until it is drawn (or without JavaScript) the page shows the rows as a plain list of claims.
 */
export function ClaimMatrixTable(props: MatrixGridProps) {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => setDrawn(true), []);
  if (drawn) return <MatrixGrid {...props} />;
  return (
    <ol className="space-y-1 rounded-lg border border-stone-200 bg-white p-4 text-sm shadow-sm" aria-label="Claims">
      {props.matrix.rows.map((row) => (
        <li key={row.id} className="flex items-start gap-2">
          <VerdictBadge verdict={row.verdict} />
          <Link href={`${props.storyPath}/clusters/${row.id}`} className="font-serif text-ink hover:underline">{row.summary}</Link>
        </li>
      ))}
    </ol>
  );
}

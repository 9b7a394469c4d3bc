"use client";

import { useEffect, useMemo, useState } from "react";
import { parseGridData, parseGridHead, type GridJson } from "@/lib/matrix/to-grid-data";
import { MatrixGrid } from "./MatrixGrid";
import { VerdictBadge } from "./VerdictBadge";

/** `updates`: claim id → "2 dead → 3, 11:02", for claims an outlet changed in its latest version. */
type Props = { data: GridJson; storyPath: string; query: string; updates?: Record<string, string> };

/**
 * The grid is drawn in the browser: at 30 reports a page holds some 450 cells, and rendering
 * them on the server for every request made the story page the slowest thing the server does.
 * Until it is drawn (or without JavaScript) the page shows the rows as a plain list of claims,
 * which needs only the row headers: the cells are not even parsed on the server.
 */
export function ClaimMatrixTable({ data, storyPath, query, updates }: Props) {
  const [drawn, setDrawn] = useState(false);
  useEffect(() => setDrawn(true), []);
  const head = useMemo(() => (drawn ? null : parseGridHead(data)), [drawn, data]);
  const matrix = useMemo(() => (drawn ? parseGridData(data) : null), [drawn, data]);
  // "Back to the matrix" links to its row (#row-…), which exists only once the grid is drawn,
  // too late for the browser's own jump to it.
  useEffect(() => {
    if (!matrix || !location.hash.startsWith("#row-")) return;
    const row = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    row?.scrollIntoView({ block: "center" });
    row?.querySelector<HTMLElement>("[data-row]")?.focus({ preventScroll: true });
  }, [matrix]);
  if (matrix) return <MatrixGrid matrix={matrix} storyPath={storyPath} query={query} updates={updates} />;
  return (
    <ol className="space-y-1 rounded-lg border border-stone-200 bg-white p-4 text-sm shadow-sm" aria-label="Claims">
      {head?.rows.map((row) => (
        <li key={row.id} className="flex items-start gap-2">
          <VerdictBadge verdict={row.verdict} />
          {/* plain anchors: a list this long should not cost a client component per row */}
          <a href={`${storyPath}/clusters/${row.id}`} className="font-serif text-ink hover:underline">
            {row.summary}
          </a>
        </li>
      ))}
    </ol>
  );
}

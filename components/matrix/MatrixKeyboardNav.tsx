"use client";

import { useCallback } from "react";

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/**
 * Arrow keys move between matrix cells (one tab stop for the whole grid, as in a
 * spreadsheet); Home and End jump along the row. Enter follows the focused cell's link.
 */
export function MatrixKeyboardNav({ children, label }: { children: React.ReactNode; label: string }) {
  const onKeyDown = useCallback((event: React.KeyboardEvent<HTMLDivElement>) => {
    const current = (event.target as HTMLElement).closest<HTMLElement>("[data-row]");
    if (!current) return;
    const row = Number(current.dataset.row);
    const col = Number(current.dataset.col);
    let target: [number, number] | null = null;
    if (event.key in MOVES) target = [row + MOVES[event.key]![0], col + MOVES[event.key]![1]];
    else if (event.key === "Home") target = [row, 0];
    else if (event.key === "End") target = [row, Number.MAX_SAFE_INTEGER];
    if (!target) return;
    const grid = event.currentTarget;
    let next = grid.querySelector<HTMLElement>(`[data-row="${target[0]}"][data-col="${target[1]}"]`);
    if (!next && event.key === "End") {
      const inRow = grid.querySelectorAll<HTMLElement>(`[data-row="${row}"]`);
      next = inRow[inRow.length - 1] ?? null;
    }
    if (!next) return;
    event.preventDefault();
    current.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
    next.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, []);
  // The skip link lands on the grid's box: hand the focus on to the grid's one tab stop.
  const onFocus = useCallback((event: React.FocusEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).id !== "matrix-grid") return;
    event.currentTarget.querySelector<HTMLElement>('[data-row][tabindex="0"]')?.focus();
  }, []);
  return (
    <div role="region" aria-label={label} onKeyDown={onKeyDown} onFocus={onFocus}>
      {children}
    </div>
  );
}

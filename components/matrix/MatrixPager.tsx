import Link from "next/link";
import type { ClaimMatrix } from "@/lib/matrix/build-claim-matrix";
import { toQueryString, type MatrixFilters } from "@/lib/matrix/matrix-filters";

/** Previous and next pages of matrix rows, keeping the filters. */
export function MatrixPager({ matrix, filters, storyPath }: { matrix: ClaimMatrix; filters: MatrixFilters; storyPath: string }) {
  if (matrix.matchingRows === 0) return null;
  const { page, pageCount, pageSize, matchingRows } = matrix;
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, matchingRows);
  const href = (target: number) => `${storyPath}${toQueryString({ ...filters, page: target })}#matrix`;
  const linkClass = "rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium text-ink hover:bg-stone-50";
  return (
    <nav aria-label="Matrix pages" className="flex flex-wrap items-center justify-between gap-2 text-sm text-stone-600">
      <span>
        Claims {first}–{last} of {matchingRows}
      </span>
      {pageCount > 1 && (
        <span className="flex items-center gap-2">
          {page > 1 && (
            <Link href={href(page - 1)} className={linkClass}>
              ← Previous
            </Link>
          )}
          <span>
            Page {page} of {pageCount}
          </span>
          {page < pageCount && (
            <Link href={href(page + 1)} className={linkClass}>
              Next →
            </Link>
          )}
        </span>
      )}
    </nav>
  );
}

import type { ClusterFlag, ReviewStatus } from "@/lib/review/review-status";

// Each status has a symbol as well as a colour, so colour is never the only signal.
export const STATUS_STYLE: Record<ReviewStatus, { symbol: string; className: string }> = {
  unverified: { symbol: "?", className: "bg-white text-stone-600 ring-stone-300" },
  verified: { symbol: "✓", className: "bg-emerald-600 text-white ring-emerald-700" },
  disputed: { symbol: "⇄", className: "bg-violet-100 text-violet-900 ring-violet-300" },
  false: { symbol: "✕", className: "bg-stone-800 text-white ring-stone-900" },
  needs_source: { symbol: "+", className: "bg-sky-100 text-sky-900 ring-sky-300" },
  not_a_claim: { symbol: "⊘", className: "bg-stone-100 text-stone-700 ring-stone-300 line-through" },
};

export const FLAG_STYLE: Record<ClusterFlag, string> = {
  contradicted: "text-rose-800",
  single_source: "text-amber-800",
};

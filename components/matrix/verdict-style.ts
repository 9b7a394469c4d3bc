import type { CellState, Verdict } from "@/lib/matrix/build-claim-matrix";
import { VERDICT_LABEL } from "@/lib/ui-vocabulary";

// Every state has a word and a symbol as well as a colour, so colour is never the only signal.
export const CELL_STYLE: Record<CellState, { label: string; symbol: string; className: string }> = {
  agrees: { label: "Agrees", symbol: "✓", className: "border-emerald-500 bg-emerald-50 text-emerald-900" },
  contradicts: { label: "Contradicts", symbol: "✕", className: "border-rose-500 bg-rose-50 text-rose-900" },
  only: { label: "Only source", symbol: "1", className: "border-amber-500 bg-amber-50 text-amber-900" },
  silent: { label: "Silent", symbol: "—", className: "border-transparent bg-transparent text-stone-600" },
};

export const VERDICT_STYLE: Record<Verdict, { label: string; className: string }> = {
  contradict: { label: VERDICT_LABEL.contradict, className: "bg-rose-100 text-rose-900 ring-rose-300" },
  single: { label: VERDICT_LABEL.single, className: "bg-amber-100 text-amber-900 ring-amber-300" },
  agree: { label: VERDICT_LABEL.agree, className: "bg-emerald-100 text-emerald-900 ring-emerald-300" },
};

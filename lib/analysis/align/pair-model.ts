import { z } from "zod";
import { FEATURE_NAMES } from "./pair-features";
import trained from "./pair-model-weights.json";

// The learned pair model: one logistic regression per lane (counts, prose), trained by `npm run train`
// on the gold pairs of every annotated corpus. Its probability replaces the hand-weighted score.

export const laneModelSchema = z.object({
  weights: z.array(z.number()),
  bias: z.number(),
  /** lowest probability at which a pair may link (best F2 on the training pairs) */
  threshold: z.number().min(0).max(1),
});
export const pairModelSchema = z.object({
  features: z.array(z.string()),
  lanes: z.object({ quantity: laneModelSchema, text: laneModelSchema }),
  trainedOn: z.array(z.string()),
});
export type LaneModel = z.infer<typeof laneModelSchema>;
export type PairModel = z.infer<typeof pairModelSchema>;
export type ModelLane = keyof PairModel["lanes"];

let shipped: PairModel | null | undefined;
/** The committed model; null while its features do not match the engine's (retrain with `npm run train`). */
export function shippedModel(): PairModel | null {
  if (shipped === undefined) {
    const parsed = pairModelSchema.safeParse(trained);
    shipped = parsed.success && parsed.data.features.join() === FEATURE_NAMES.join() ? parsed.data : null;
  }
  return shipped;
}

const compiled = new WeakMap<LaneModel, Float64Array>();

/** The log-odds that a pair with these features tells one fact. */
export function pairLogit(model: LaneModel, features: ArrayLike<number>): number {
  // the weights as a typed array, made once per model: this runs for every pair compared
  let weights = compiled.get(model);
  if (!weights) compiled.set(model, (weights = Float64Array.from(model.weights)));
  let z = model.bias;
  const n = Math.min(weights.length, features.length);
  for (let i = 0; i < n; i++) z += weights[i]! * features[i]!;
  return z;
}

/** The probability that a pair with these features tells one fact. */
export function predictPair(model: LaneModel, features: ArrayLike<number>): number {
  return 1 / (1 + Math.exp(-pairLogit(model, features)));
}

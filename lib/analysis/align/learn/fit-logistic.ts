import type { LaneModel } from "../pair-model";

export type Sample = { x: number[]; y: 0 | 1 };

const ITERATIONS = 3000;
const RATE = 0.5;
/** L2 penalty per sample: keeps weights of rare features from running off on a few pairs. */
const L2 = 1e-2;

/**
 * Logistic regression by full-batch gradient descent from zero weights: deterministic, so the same
 * pairs always give the same model. Positives are weighted up to balance the classes (most candidate
 * pairs are different facts); the link threshold is then chosen for the best F-beta on the training pairs.
 */
export function fitLogistic(samples: Sample[], dims: number, beta = 1): LaneModel {
  const n = samples.length;
  const pos = samples.filter((s) => s.y === 1).length;
  if (!n || !pos || pos === n) return { weights: new Array(dims).fill(0), bias: 0, threshold: 0.5 };
  const posWeight = Math.min(10, (n - pos) / pos);
  const w = new Float64Array(dims);
  let b = 0;
  const total = pos * posWeight + (n - pos);
  const grad = new Float64Array(dims);
  for (let it = 0; it < ITERATIONS; it++) {
    grad.fill(0);
    let gb = 0;
    for (const s of samples) {
      let z = b;
      for (let i = 0; i < dims; i++) z += w[i]! * s.x[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - s.y) * (s.y === 1 ? posWeight : 1);
      for (let i = 0; i < dims; i++) grad[i]! += err * s.x[i]!;
      gb += err;
    }
    for (let i = 0; i < dims; i++) w[i]! -= RATE * (grad[i]! / total + L2 * w[i]!);
    b -= RATE * (gb / total);
  }
  const weights = Array.from(w, round);
  const bias = round(b);
  return { weights, bias, threshold: bestThreshold(samples, { weights, bias, threshold: 0.5 }, beta) };
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function bestThreshold(samples: Sample[], model: LaneModel, beta: number): number {
  const scored = samples.map((s) => {
    let z = model.bias;
    for (let i = 0; i < s.x.length; i++) z += (model.weights[i] ?? 0) * s.x[i]!;
    return { p: 1 / (1 + Math.exp(-z)), y: s.y };
  });
  const positives = scored.filter((s) => s.y === 1).length;
  let best = 0.5,
    bestF1 = -1;
  for (let t = 0.2; t <= 0.9 + 1e-9; t += 0.05) {
    const tp = scored.filter((s) => s.p >= t && s.y === 1).length;
    const fp = scored.filter((s) => s.p >= t && s.y === 0).length;
    const b2 = beta * beta;
    const f1 = tp ? ((1 + b2) * tp) / ((1 + b2) * tp + fp + b2 * (positives - tp)) : 0;
    if (f1 > bestF1 + 1e-9) {
      bestF1 = f1;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

/**
 * Binary logistic regression with an L2 penalty on sparse binary features, fitted by full-batch
 * gradient descent with AdaGrad step sizes for a fixed number of iterations. Full batches and a
 * fixed count make the fit a pure function of its inputs: the same data give the same weights,
 * to the bit, on any machine (no random order, no early stop on timing).
 *
 * Minimises (1/n) Σ log(1 + exp(−yᵢ·(oᵢ + b + w·xᵢ))) + (λ/2)‖w‖² (the bias is not penalised),
 * where oᵢ is a fixed offset per unit: the prior log-odds the caller brings (for the supervised
 * coder, the dictionary coder's decision), which the fit corrects rather than relearns.
 *
 * Reference: Hastie, Tibshirani & Friedman (2009), The Elements of Statistical Learning, §4.4;
 * Duchi, Hazan & Singer (2011), AdaGrad, JMLR 12.
 *
 * @example
 * const fit = fitLogistic([[0], [1], [0], [1]], [false, true, false, true], 2, { l2: 0.01, iterations: 200 });
 * predictLogistic(fit, [1]) > 0.5; // true
 */

/** A fitted model: bias and one weight per feature index. */
export interface LogisticFit {
  bias: number;
  weights: Float64Array;
}

/** The logistic function, computed without overflow for large |z|. */
export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** P(label) for a unit given by its active feature indices. */
export function predictLogistic(fit: LogisticFit, active: readonly number[], offset = 0): number {
  let z = fit.bias + offset;
  for (const f of active) z += fit.weights[f];
  return sigmoid(z);
}

/** Fits the model; `rows[i]` lists the active feature indices of unit i. */
export function fitLogistic(rows: readonly (readonly number[])[], labels: readonly boolean[], features: number, options: { l2: number; iterations: number; rate?: number; offsets?: readonly number[] }): LogisticFit {
  const n = rows.length;
  const rate = options.rate ?? 0.5;
  const weights = new Float64Array(features);
  const grad = new Float64Array(features);
  const history = new Float64Array(features);
  let bias = 0;
  let biasHistory = 0;
  for (let it = 0; it < options.iterations; it++) {
    grad.fill(0);
    let biasGrad = 0;
    for (let i = 0; i < n; i++) {
      let z = bias + (options.offsets?.[i] ?? 0);
      for (const f of rows[i]) z += weights[f];
      const residual = sigmoid(z) - (labels[i] ? 1 : 0);
      biasGrad += residual;
      for (const f of rows[i]) grad[f] += residual;
    }
    biasGrad /= n;
    biasHistory += biasGrad * biasGrad;
    bias -= (rate * biasGrad) / (Math.sqrt(biasHistory) + 1e-12);
    for (let f = 0; f < features; f++) {
      const g = grad[f] / n + options.l2 * weights[f];
      if (g === 0) continue;
      history[f] += g * g;
      weights[f] -= (rate * g) / Math.sqrt(history[f]);
    }
  }
  return { bias, weights };
}

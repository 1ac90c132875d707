/**
 * Inference of a binary logistic regression over named features: the learned event layer's model.
 * Features are sparse (name -> value); a name the model never saw weighs nothing. Trained outside the
 * extractor (src/learn/), shipped as a small TS file of weights.
 */
export type Features = ReadonlyMap<string, number>;

export interface EventKeepModel {
  bias: number;
  weights: Readonly<Record<string, number>>;
  /** An event is kept when its probability is at least this. */
  threshold: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function logit(model: Pick<EventKeepModel, 'bias' | 'weights'>, features: Features): number {
  let z = model.bias;
  for (const [name, value] of features) z += (model.weights[name] ?? 0) * value;
  return z;
}

export function probability(model: Pick<EventKeepModel, 'bias' | 'weights'>, features: Features): number {
  return sigmoid(logit(model, features));
}

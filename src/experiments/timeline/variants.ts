import { VARIANT_NAMES, type VariantWord } from '../../scenario/variantsParam';

/** The engine's variant names (the link's words). */
export type { VariantWord } from '../../scenario/variantsParam';

/** The paper's name of a variant, e.g. `K-batch-async`. */
export function variantLabel(v: string): string {
  return VARIANT_NAMES[v as VariantWord] ?? v;
}

/** What the variant does in one sentence ([SS] Sec. 2.3), for the chart's summary. */
export function variantRule(v: string, K: number, P: number): string {
  switch (v) {
    case 'ksync':
      return K === P
        ? `all ${P} learners start from the current model; the PS waits for every one of them (K = P: fully synchronous SGD).`
        : `all ${P} learners start from the current model; the PS updates after the first ${K} finish and cancels the other ${P - K}.`;
    case 'kbatchsync':
      return `all learners start from the current model and restart at once when they finish; the PS updates after the first ${K} mini-batches from any learners and cancels the rest.`;
    case 'kasync':
      return K === 1
        ? 'each finished gradient updates the model at once and its learner restarts from the new model; nobody is cancelled (K = 1: Async SGD).'
        : `the PS updates after ${K} learners finish and sends the new model to those ${K}; the others keep computing and later return stale gradients.`;
    case 'kbatchasync':
      return `every learner pushes when done, pulls the current model and starts again; the PS updates after every ${K} mini-batches.`;
    default:
      return '';
  }
}

import { readNumber } from '../engine/readNumber';
import { distParam } from './distParam';
import { formatNumber, int, type NumberListSpec, num, numList, quote, splitTopLevel } from './params';
import { variantsParam } from './variantsParam';
import { viewUi } from './viewUi';

/**
 * A number per learner, in lane order: unlike `numList`, a repeated value is meaningful
 * (`1,1,4`), so nothing is deduplicated; out-of-range values are clamped with a notice.
 */
function perLearnerList(o: Parameters<typeof numList>[0]): NumberListSpec {
  const base = numList(o);
  return {
    ...base,
    parse(raw, name) {
      const notices: string[] = [];
      const out: number[] = [];
      for (const item of splitTopLevel(raw)) {
        const x = readNumber(item);
        if (!Number.isFinite(x)) {
          notices.push(`${name}: ${quote(item)} is not a number; read as 1.`);
          out.push(1);
        } else if (x < o.min || x > o.max) {
          const v = x < o.min ? o.min : o.max;
          notices.push(`${name}: ${quote(item)} is outside ${o.min} to ${o.max}; set to ${formatNumber(v)}.`);
          out.push(v);
        } else out.push(x);
        if (out.length >= o.maxItems) {
          if (splitTopLevel(raw).length > o.maxItems)
            notices.push(`${name}: at most ${o.maxItems} values (one per learner); later ones dropped.`);
          break;
        }
      }
      if (out.length === 0) {
        notices.push(`${name}=${quote(raw)} has no value; using the default ${base.format(o.default)}.`);
        return { value: [...o.default], notices };
      }
      return { value: out, notices };
    },
    describe: () =>
      `numbers, each ${formatNumber(o.min)} to ${formatNumber(o.max)}, comma-separated, one per learner in lane order, at most ${o.maxItems}`,
  };
}

/**
 * [SS] Figs. 3–4: the variants as timelines of one small run. P is capped at 16 so every learner
 * keeps a readable lane on a projector; K > P is read as K = P by K-sync and K-async (the chart says so).
 */
export const timelineParams = {
  variants: variantsParam({
    label: 'Variants',
    help: 'One Gantt chart per variant, stacked on one time axis and driven by the same random compute times (Fig. 3: K-sync, K-batch-sync; Fig. 4: K-async, K-batch-async).',
    default: ['ksync', 'kasync'],
    maxItems: 4,
  }),
  P: int({
    label: 'Learners P',
    help: 'Learners computing gradients (paper’s figures: 3); at most 16 so each keeps a readable lane.',
    default: 3,
    min: 1,
    max: 16,
  }),
  K: int({
    label: 'Gradients per update K',
    help: 'The PS updates after K gradients (paper’s figures: 2); K = P makes K-sync fully synchronous, K = 1 makes K-async Async SGD. K-sync and K-async run K > P as K = P; the batch variants take K mini-batches from any learners.',
    default: 2,
    min: 1,
    max: 16,
  }),
  J: int({
    label: 'PS updates J',
    help: 'Updates of the parameter server (PS, the machine that holds the model and applies the learners’ gradients) simulated and drawn per variant.',
    default: 12,
    min: 1,
    max: 60,
  }),
  dist: distParam({
    label: 'Learner compute time',
    help: 'Distribution of the time X one learner needs for one mini-batch gradient.',
    default: ['exp(1)'],
    maxItems: 1,
  }),
  comm: num({
    label: 'Communication time',
    help: 'Fixed time of each push of a gradient to the PS and of each pull of the model (0: instantaneous, as in the paper).',
    default: 0,
    min: 0,
    max: 10,
    slider: { min: 0, max: 10, log: false },
  }),
  speed: perLearnerList({
    label: 'Learner slowdowns',
    help: 'Learner l takes speed_l × X per gradient (e.g. 1,1,4: L3 is a persistent straggler); learners beyond the list take 1 × X.',
    default: [1],
    min: 0.1,
    max: 10,
    maxItems: 16,
  }),
};

/** One small run per variant, drawn whole: no progress to show. */
export const timelineUi = viewUi(timelineParams, {
  advanced: ['comm', 'speed'],
});

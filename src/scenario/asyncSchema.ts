import { distParam } from './distParam';
import { int, numList, powerOfTwo, word } from './params';
import { quadraticParams } from './quadraticSchema';
import { viewUi } from './viewUi';

// Delayed SGD has no momentum in [CP]'s Algorithm 1 (and the delayed engine has none).
const { mom: _noMomentum, ...quadraticWithoutMomentum } = quadraticParams;

/** Δ is 1/B for an integer number of blocks B (Sec. 6.1's construction): other values are rounded. */
function sparsityAsBlocks(x: number): { value: number; notice?: string } {
  const B = Math.max(1, Math.round(1 / x));
  const value = 1 / B;
  return value === x ? { value } : { value, notice: `Δ = ${x} is not 1/B for a whole B; rounded to 1/${B}.` };
}

/** [CP] Sec. 7.1 Fig. 4 (delayed / asynchronous SGD) and Sec. 6 (relative sparsity Δ, Table 1). */
export const asyncParams = {
  M: numList({
    label: 'Relative noise M',
    help: 'One curve per value (paper: 10, 100, 1000; 1000 takes about ten seconds per seed).',
    default: [10, 100],
    min: 0,
    max: 1e5,
    maxItems: 6,
  }),
  delay: word({
    label: 'Delay model',
    help: 'How old the gradients are. const: every gradient τ − 1 steps old; uniform: delay uniform on 0…τ − 1; Hogwild! (lock-free updates, as in the Hogwild! paper): each coordinate read from a random one of the last τ iterates; learners: P learners with random compute times ([SS] Async SGD).',
    default: 'const',
    options: [
      { value: 'const', label: 'constant' },
      { value: 'uniform', label: 'uniform' },
      { value: 'hogwild', label: 'Hogwild!' },
      { value: 'learners', label: 'learners' },
    ],
  }),
  taumax: int({
    label: 'Largest delay τ (log₂)',
    help: 'Delays τ = 1 … 2^taumax (paper: 14; the default stops at 12 to finish in a few seconds).',
    default: 12,
    min: 1,
    max: 16,
    display: powerOfTwo,
  }),
  Pmax: int({
    label: 'Largest number of learners Pmax',
    help: 'delay=learners: P = 1, 2, 4, … up to Pmax.',
    default: 1024,
    min: 2,
    max: 65536,
    slider: { min: 2, max: 65536, log: true },
  }),
  dist: distParam({
    label: 'Learner compute time',
    help: 'delay=learners: the distribution of one gradient’s compute time ([SS] notation X).',
    default: ['exp(1)'],
    maxItems: 1,
  }),
  b: int({
    label: 'Batch per read b',
    help: 'Gradients summed per update, all at the same (delayed) read: [CP]’s critical quantity is b·τ.',
    default: 1,
    min: 1,
    max: 1024,
    slider: { min: 1, max: 1024, log: true },
  }),
  Delta: numList({
    label: 'Sparsity Δ (each 1/B)',
    help: 'The share of the coordinates one gradient touches (Δ = 1: all of them; 1/4: a quarter). Sec. 6: one curve per Δ, on B = 1/Δ blocks of the quadratic (and masks with α = 1/Δ).',
    default: [1, 0.25, 0.0625],
    min: 1 / 4096,
    max: 1,
    maxItems: 6,
    canonicalItem: sparsityAsBlocks,
  }),
  staumax: int({
    label: 'Sparsity charts: largest τ (log₂)',
    help: 'Delays τ = 1 … 2^staumax of the Sec. 6 charts.',
    default: 10,
    min: 1,
    max: 14,
    display: powerOfTwo,
  }),
  tuneon: word({
    label: 'Tune the step on',
    help: 'all: the mean over every seed picks the step (as Fig. 3’s view); first: seed 1 picks it and the other seeds run at it (held out: unbiased, about half the work).',
    default: 'all',
    options: [
      { value: 'all', label: 'all seeds' },
      { value: 'first', label: 'seed 1 (held out)' },
    ],
  }),
  ...quadraticWithoutMomentum,
};

export const asyncUi = viewUi(asyncParams, {
  advanced: ['d', 'lambda', 'matrix', 'kappa', 'sigma2', 'target', 'tol', 'kmin', 'kmax', 'search', 'cap'],
  // τ is the learners' own delay with delay=learners; P and their compute time apply only then.
  hidden: (s) => (s.delay === 'learners' ? ['taumax'] : ['Pmax', 'dist']),
  simulated: ['async-speedup', 'async-step', 'sparsity-speedup', 'mask-steps', 'sparsity-m', 'table-1'],
});

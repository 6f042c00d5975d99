import { int, num, numList, powerOfTwo } from './params';
import { quadraticParams } from './quadraticSchema';
import { viewUi } from './viewUi';

/** [CP] Sec. 7.1, Fig. 3: mini-batch speedup on the quadratic with tuned step sizes. */
export const minibatchParams = {
  M: numList({
    label: 'Relative noise M',
    help: 'One curve per value (paper: 0, 1, 10, 100, 1000, 10000; 10000 adds a few seconds: about 8 s of compute, 4 s on 2 cores).',
    default: [0, 10, 100, 1000],
    min: 0,
    max: 1e5,
    maxItems: 8,
  }),
  bmax: int({
    label: 'Largest batch (log₂)',
    help: 'Batch sizes 1 … 2^bmax (paper: 14).',
    default: 14,
    min: 1,
    max: 20,
    display: powerOfTwo,
  }),
  ...quadraticParams,
  runM: num({
    label: 'One run: M',
    help: 'Relative noise of the single run drawn against steps.',
    default: 100,
    min: 0,
    max: 1e5,
    slider: { min: 0.1, max: 1e5, log: true },
  }),
  runb: int({
    label: 'One run: batch b',
    help: 'Batch size of the single run.',
    default: 1,
    min: 1,
    max: 1_048_576,
    slider: { min: 1, max: 16384, log: true },
  }),
  gamma: num({
    label: 'One run: your step γ',
    help: 'A step per summed gradient of your choice, on the grid or off it, run beside the tuned one.',
    default: 0.001,
    min: 0,
    exclusiveMinTo: 1e-12,
    max: 10,
    slider: { min: 1e-7, max: 1, log: true },
  }),
};

export const minibatchUi = viewUi(minibatchParams, {
  advanced: [
    'd',
    'lambda',
    'matrix',
    'kappa',
    'sigma2',
    'target',
    'tol',
    'mom',
    'kmin',
    'kmax',
    'search',
    'cap',
  ],
  simulated: ['steps-vs-b', 'tuned-step-averaged', 'tuned-step-summed', 'one-run'],
});

export * from './allK';
export * from './closedForms';
export { CHUNK_DRAWS, MAX_PS_K, MAX_PS_LEARNERS, PS_STALENESS_BINS } from './model';
export { MAX_TRACE_LEARNERS } from './recorder';
export * from './simulate';
export * from './types';

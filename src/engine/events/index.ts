export * from './allK';
export * from './closedForms';
export * from './simulate';
export * from './types';

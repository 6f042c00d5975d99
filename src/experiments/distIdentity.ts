// A compute-time distribution as a part of an identity: its family, then its parameters in the order
// the link syntax reads them. Written out per family so that the identity never depends on how an
// object happened to be built; a family missing here does not compile.

import type { DistSpec } from '../engine/distributions';
import { IdRecord } from './identity';

export function distRecord(d: DistSpec): IdRecord {
  switch (d.family) {
    case 'exp':
      return new IdRecord([
        ['family', d.family],
        ['rate', d.rate],
      ]);
    case 'shexp':
      return new IdRecord([
        ['family', d.family],
        ['shift', d.shift],
        ['rate', d.rate],
      ]);
    case 'pareto':
    case 'weibull':
      return new IdRecord([
        ['family', d.family],
        ['shape', d.shape],
        ['scale', d.scale],
      ]);
    case 'uniform':
      return new IdRecord([
        ['family', d.family],
        ['a', d.a],
        ['b', d.b],
      ]);
    case 'lognormal':
      return new IdRecord([
        ['family', d.family],
        ['mu', d.mu],
        ['sigma', d.sigma],
      ]);
    case 'det':
      return new IdRecord([
        ['family', d.family],
        ['value', d.value],
      ]);
    case 'mix':
      return new IdRecord([
        ['family', d.family],
        ['p', d.p],
        ['first', distRecord(d.first)],
        ['second', distRecord(d.second)],
      ]);
    case 'quantiles':
      return new IdRecord([
        ['family', d.family],
        ['q', d.q],
      ]);
    default: {
      const unknown: never = d;
      throw new Error(`no identity for distribution ${JSON.stringify(unknown)}`);
    }
  }
}

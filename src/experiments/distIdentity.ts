// A compute-time distribution as a part of an identity: its family, then its parameters in the order
// the link syntax reads them (a parametric family's `params` in the registry, engine/distributions/
// registry.ts). Spelled out field by field so that the identity never depends on how an object
// happened to be built; the compound forms are written here, every parametric family by its entry.

import { type DistSpec, familyOf } from '../engine/distributions';
import { type IdJson, IdRecord } from './identity';

export function distRecord(d: DistSpec): IdRecord {
  switch (d.family) {
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
      const f = familyOf(d);
      if (!f) throw new Error(`no identity for distribution ${d.family}`);
      const fields: [string, IdJson][] = [['family', f.family.name]];
      for (const p of f.family.params) fields.push([p.name, f.params[p.name]]);
      return new IdRecord(fields);
    }
  }
}

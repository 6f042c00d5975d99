import fc from 'fast-check';
import type { ParamSpec } from '../../../src/scenario/params';
import { paramsOf, type Scenario, type ViewName } from '../../../src/scenario/views';

/** Any valid value of a parameter, from its own range (so the property covers the whole schema). */
export function validValue(spec: ParamSpec, itemPool: string[] = []): fc.Arbitrary<unknown> {
  switch (spec.kind) {
    case 'int':
      return fc.integer({ min: spec.min, max: spec.max });
    case 'number':
      return fc
        .double({ min: spec.minAllowed, max: spec.max, noNaN: true, noDefaultInfinity: true })
        .map((x) => x + 0);
    case 'numbers': {
      const item = spec.integer
        ? fc.integer({ min: spec.min, max: spec.max })
        : fc.double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);
      const canonical = spec.canonicalItem;
      const valid = canonical ? item.map((x) => canonical(x).value) : item;
      return fc.uniqueArray(valid, { minLength: 1, maxLength: spec.maxItems });
    }
    case 'word':
      return fc.constantFrom(...spec.options.map((o) => o.value));
    case 'items': {
      // The pool holds distributions; a list of other words (e.g. `variants`) draws from what it accepts.
      const pool = itemPool.filter((item) => spec.parse(item, 'x').notices.length === 0);
      return fc.uniqueArray(fc.constantFrom(...(pool.length ? pool : spec.default)), {
        minLength: 1,
        maxLength: spec.maxItems,
      });
    }
  }
}

export function validScenario(view: ViewName, itemPool: string[] = []): fc.Arbitrary<Scenario> {
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, spec] of Object.entries(paramsOf(view))) record[name] = validValue(spec, itemPool);
  record.seed = fc.integer({ min: 0, max: 2 ** 31 - 1 });
  return fc.record(record) as unknown as fc.Arbitrary<Scenario>;
}

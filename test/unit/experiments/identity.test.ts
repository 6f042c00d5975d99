// The identity builder writes a record exactly as JSON.stringify writes the same plain object, and
// the pipe spelling as `name=value` with lists comma-joined and undefined fields left out.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type IdJson, IdRecord, identity, jsonText, substream } from '../../../src/experiments/identity';

const scalar = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.string(),
  fc.boolean(),
  fc.constant(undefined),
);

/**
 * Keys a JS object keeps in insertion order (integer-like keys it sorts first — the builder keeps the
 * listed order, which is the point) and can hold as own properties.
 */
const key = fc.string().filter((k) => !/^\d+$/.test(k) && k !== '__proto__');

/** A value and the plain object JSON.stringify would see for it. */
const value: fc.Memo<[IdJson, unknown]> = fc.memo((depth) =>
  depth <= 1
    ? scalar.map((v) => [v, v] as [IdJson, unknown])
    : fc.oneof(
        scalar.map((v) => [v, v] as [IdJson, unknown]),
        fc
          .array(value(depth - 1), { maxLength: 4 })
          .map((items) => [items.map((i) => i[0]), items.map((i) => i[1])] as [IdJson, unknown]),
        fc
          .uniqueArray(fc.tuple(key, value(depth - 1)), { maxLength: 5, selector: (e) => e[0] })
          .map((entries) => {
            const plain: Record<string, unknown> = {};
            for (const [k, [, p]] of entries) plain[k] = p;
            return [new IdRecord(entries.map(([k, [v]]) => [k, v] as const)), plain] as [IdJson, unknown];
          }),
      ),
);

describe('identity builder', () => {
  it('writes a record as JSON.stringify writes the object with the same fields in the same order', () => {
    fc.assert(
      fc.property(value(3), ([id, plain]) => {
        if (id === undefined) return;
        expect(jsonText(id)).toBe(JSON.stringify(plain));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes the pipe spelling with lists joined and undefined fields left out', () => {
    expect(
      identity('tune', [
        ['M', 10],
        ['kappa', undefined],
        ['k', '1..20'],
        ['reps', [0, 1, 2]],
      ]),
    ).toBe('tune|M=10|k=1..20|reps=0,1,2');
    expect(identity('x', [['speeds', []]])).toBe('x|speeds=');
    expect(substream('race|{"a":1}', 'rep', 3)).toBe('race|{"a":1}|rep=3');
    expect(
      identity('race', [
        new IdRecord([
          ['b', 2],
          ['a', undefined],
          ['c', [1, undefined]],
        ]),
        ['rep', 0],
      ]),
    ).toBe('race|{"b":2,"c":[1,null]}|rep=0');
  });

  it('keeps the listed order, not an object’s', () => {
    expect(
      jsonText(
        new IdRecord([
          ['z', 1],
          ['a', 2],
        ]),
      ),
    ).toBe('{"z":1,"a":2}');
  });
});

// What one cell of a measured-times file holds: a time (a number ≥ 0), or why it is not one.

import { readNumber } from '../readNumber';

/** What a cell holds; only `Valid` cells are times. The values index ColumnStats.counts. */
export enum Kind {
  Valid = 0,
  NotNumber = 1,
  Negative = 2,
  NotFinite = 3,
}

const NON_FINITE = /^[+-]?(inf|infinity|nan)$/i;

export function classify(t: string): { kind: Kind; x: number } {
  const x = readNumber(t);
  if (Number.isNaN(x)) return { kind: NON_FINITE.test(t) ? Kind.NotFinite : Kind.NotNumber, x };
  if (!Number.isFinite(x)) return { kind: Kind.NotFinite, x };
  return { kind: x < 0 ? Kind.Negative : Kind.Valid, x };
}

/** A cell as written, clipped for a message. */
export function clip(raw: string): string {
  return raw.length > 24 ? `${raw.slice(0, 24)}…` : raw;
}

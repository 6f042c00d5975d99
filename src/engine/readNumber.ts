// The one number syntax of links and of measured-times files: what a person writes as a number,
// read the same way by the page, the CLI and the measured-times reader.

const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Strict number syntax: no hex, no empty string, no `Infinity`; returns NaN when not a number.
 * `-0` reads as 0: a negative zero would be written back as `0`, a different value.
 */
export function readNumber(raw: string): number {
  const t = raw.trim();
  return NUMBER_RE.test(t) ? Number(t) + 0 : Number.NaN;
}

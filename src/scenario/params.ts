// Parameter descriptors: one table per view (see views.ts) gives each parameter's type, default,
// range and UI label, and with them the link codec, the CLI input and the controls' limits.
// Parsing a raw link value never throws: it returns a valid value plus notices in words for
// anything that had to be changed.

import { pow } from '../engine/math';
import { readNumber } from '../engine/readNumber';

export interface Parsed<T> {
  value: T;
  notices: string[];
}

interface SpecBase<T> {
  label: string;
  /** One sentence for the README table and the control's tooltip. */
  help: string;
  default: T;
  /** Parses a raw (already percent-decoded) link value into a valid value. */
  parse(raw: string, name: string): Parsed<T>;
  /** The canonical link text of a valid value (commas and parentheses written literally). */
  format(value: T): string;
  /** Type and range in words, for the README and error messages. */
  describe(): string;
}

/** UI hint: the slider's range may be narrower than what a link or the number box accepts. */
export interface SliderHint {
  min: number;
  max: number;
  log: boolean;
}

export interface IntSpec extends SpecBase<number> {
  kind: 'int';
  min: number;
  max: number;
  slider?: SliderHint;
  /** How the control shows the live value when the number alone says little (e.g. 2^14 = 16384 for an exponent). */
  display?: (v: number) => string;
}

export interface NumberSpec extends SpecBase<number> {
  kind: 'number';
  min: number;
  max: number;
  /** `min` itself is not allowed (e.g. ε > 0); values at or below it are raised to `minAllowed`. */
  minAllowed: number;
  slider?: SliderHint;
}

export interface NumberListSpec extends SpecBase<number[]> {
  kind: 'numbers';
  min: number;
  max: number;
  maxItems: number;
  integer: boolean;
  /** Values allowed only in a canonical form (e.g. Δ = 1/B): maps a value to it, with a notice if changed. */
  canonicalItem?: (x: number) => { value: number; notice?: string };
  /** UI hint: the upper end of the (log) slider, when narrower than `max`. */
  sliderMax?: number;
}

/** One of a fixed set of words; `W` is their union, so a scenario's field has that type, not string. */
export interface WordSpec<W extends string = string> extends SpecBase<W> {
  kind: 'word';
  options: readonly { value: W; label: string }[];
}

/** Which control edits an item list: the page has one per kind of item. */
export type ItemEditor = 'distributions' | 'variants';

/** A list of items each validated by a custom item parser (e.g. distributions). */
export interface ItemListSpec<T extends string = string> extends SpecBase<T[]> {
  kind: 'items';
  maxItems: number;
  editor: ItemEditor;
}

export type ParamSpec = IntSpec | NumberSpec | NumberListSpec | WordSpec | ItemListSpec;
export type ValueOf<S extends ParamSpec> = S['default'];

/** The values of a table of parameters (a view's scenario without its seed), each typed by its spec. */
export type ValuesOf<P> = { [K in keyof P]: P[K] extends ParamSpec ? P[K]['default'] : never };

/** `display` of an exponent: the power of two it stands for (bmax=14 reads "2^14 = 16384"). */
export function powerOfTwo(v: number): string {
  return `2^${v} = ${formatNumber(pow(2, v))}`;
}

/** Shortest text that reads back as the same double. */
export function formatNumber(x: number): string {
  return String(x);
}

/** x rounded to `digits` significant digits, for prose and tables; "infinite" for ±∞. */
export function formatSignificant(x: number, digits = 4): string {
  return Number.isFinite(x) ? formatNumber(Number(x.toPrecision(digits))) : 'infinite';
}

/**
 * Invisible and direction-changing characters: controls JSON leaves as they are (DEL, U+0080–U+009F),
 * bidi overrides, zero-width ones, line separators.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

function escapeInvisible(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, '0')}`;
}

/**
 * A value quoted for a notice: clipped, so a 100 KB hostile value does not flood the page, with
 * control and invisible characters escaped, so that e.g. a right-to-left override (U+202E) in a
 * link cannot reverse the notice's text.
 */
export function quote(raw: string): string {
  const clipped = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  return JSON.stringify(clipped).replace(INVISIBLE, escapeInvisible);
}

function clampNumber(
  x: number,
  min: number,
  max: number,
  name: string,
  raw: string,
  notices: string[],
  minAllowed = min,
): number {
  if (x < minAllowed) {
    notices.push(
      `${name}=${quote(raw)} is below the smallest allowed value; set to ${formatNumber(minAllowed)}.`,
    );
    return minAllowed;
  }
  if (x > max) {
    notices.push(`${name}=${quote(raw)} is above the largest allowed value; set to ${formatNumber(max)}.`);
    return max;
  }
  return x;
}

export function int(o: {
  label: string;
  help: string;
  default: number;
  min: number;
  max: number;
  slider?: SliderHint;
  display?: (v: number) => string;
}): IntSpec {
  return {
    kind: 'int',
    ...o,
    parse(raw, name) {
      const notices: string[] = [];
      const x = readNumber(raw);
      if (!Number.isFinite(x)) {
        notices.push(`${name}=${quote(raw)} is not a number; using the default ${o.default}.`);
        return { value: o.default, notices };
      }
      let v = x;
      if (!Number.isInteger(v)) {
        v = Math.round(v) + 0; // Math.round(-0.4) is −0
        notices.push(`${name}=${quote(raw)} must be a whole number; rounded to ${v}.`);
      }
      v = clampNumber(v, o.min, o.max, name, raw, notices);
      return { value: v, notices };
    },
    format: (v) => String(v),
    describe: () => `integer, ${o.min} to ${o.max}`,
  };
}

export function num(o: {
  label: string;
  help: string;
  default: number;
  min: number;
  max: number;
  /** When the minimum itself is excluded (x > min), the smallest value a link may carry. */
  exclusiveMinTo?: number;
  slider?: SliderHint;
}): NumberSpec {
  const minAllowed = o.exclusiveMinTo ?? o.min;
  return {
    kind: 'number',
    ...o,
    minAllowed,
    parse(raw, name) {
      const notices: string[] = [];
      const x = readNumber(raw);
      if (!Number.isFinite(x)) {
        notices.push(`${name}=${quote(raw)} is not a number; using the default ${formatNumber(o.default)}.`);
        return { value: o.default, notices };
      }
      return { value: clampNumber(x, o.min, o.max, name, raw, notices, minAllowed), notices };
    },
    format: formatNumber,
    describe: () =>
      o.exclusiveMinTo !== undefined
        ? `number, > ${formatNumber(o.min)} (at least ${formatNumber(minAllowed)}) to ${formatNumber(o.max)}`
        : `number, ${formatNumber(o.min)} to ${formatNumber(o.max)}`,
  };
}

/** Split a list at top-level commas (commas inside parentheses belong to the item). */
export function splitTopLevel(raw: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      items.push(raw.slice(start, i));
      start = i + 1;
    }
  }
  items.push(raw.slice(start));
  return items.map((s) => s.trim()).filter((s) => s.length > 0);
}

export function numList(o: {
  label: string;
  help: string;
  default: number[];
  min: number;
  max: number;
  maxItems: number;
  integer?: boolean;
  /** A value the list accepts only in a canonical form (e.g. Δ = 1/B): returns it, and a notice when changed. */
  canonicalItem?: (x: number) => { value: number; notice?: string };
  sliderMax?: number;
}): NumberListSpec {
  const integer = o.integer ?? false;
  return {
    kind: 'numbers',
    ...o,
    integer,
    parse(raw, name) {
      const notices: string[] = [];
      const out: number[] = [];
      for (const item of splitTopLevel(raw)) {
        let x = readNumber(item);
        if (!Number.isFinite(x)) {
          notices.push(`${name}: ${quote(item)} is not a number; dropped.`);
          continue;
        }
        if (integer && !Number.isInteger(x)) {
          const r = Math.round(x) + 0;
          notices.push(`${name}: ${quote(item)} must be a whole number; rounded to ${r}.`);
          x = r;
        }
        x = clampNumber(x, o.min, o.max, name, item, notices);
        if (o.canonicalItem) {
          const c = o.canonicalItem(x);
          if (c.notice) notices.push(`${name}: ${c.notice}`);
          x = c.value;
        }
        if (out.includes(x)) {
          notices.push(`${name}: ${formatNumber(x)} appears twice; kept once.`);
          continue;
        }
        if (out.length >= o.maxItems) {
          notices.push(`${name}: at most ${o.maxItems} values; ${quote(item)} and later ones dropped.`);
          break;
        }
        out.push(x);
      }
      if (out.length === 0) {
        notices.push(`${name}=${quote(raw)} has no valid value; using the default ${o.default.join(',')}.`);
        return { value: [...o.default], notices };
      }
      return { value: out, notices };
    },
    format: (v) => v.map(formatNumber).join(','),
    describe: () =>
      `${integer ? 'integers' : 'numbers'}, each ${formatNumber(o.min)} to ${formatNumber(o.max)}, comma-separated, at most ${o.maxItems}`,
  };
}

export function word<const W extends string>(o: {
  label: string;
  help: string;
  default: NoInfer<W>;
  options: readonly { value: W; label: string }[];
}): WordSpec<W> {
  return {
    kind: 'word',
    ...o,
    parse(raw, name) {
      const v = raw.trim().toLowerCase();
      const option = o.options.find((opt) => opt.value === v);
      if (option) return { value: option.value, notices: [] };
      return {
        value: o.default,
        notices: [
          `${name}=${quote(raw)} is not one of ${o.options.map((x) => x.value).join(', ')}; using ${o.default}.`,
        ],
      };
    },
    format: (v) => v,
    describe: () => `one of ${o.options.map((x) => `\`${x.value}\``).join(', ')}`,
  };
}

/** A list whose items each parse through `parseItem` (which returns a canonical text or notices). */
export function itemList<T extends string = string>(o: {
  label: string;
  help: string;
  default: T[];
  maxItems: number;
  itemName: string;
  parseItem(raw: string): { value: T | null; notices: string[] };
  describeItems: string;
  editor: ItemEditor;
}): ItemListSpec<T> {
  return {
    kind: 'items',
    label: o.label,
    help: o.help,
    default: o.default,
    maxItems: o.maxItems,
    editor: o.editor,
    parse(raw, name) {
      const notices: string[] = [];
      const out: T[] = [];
      for (const item of splitTopLevel(raw)) {
        const r = o.parseItem(item);
        notices.push(...r.notices.map((n) => `${name}: ${n}`));
        if (r.value === null) continue;
        if (out.includes(r.value)) {
          notices.push(`${name}: ${r.value} appears twice; kept once.`);
          continue;
        }
        if (out.length >= o.maxItems) {
          notices.push(
            `${name}: at most ${o.maxItems} ${o.itemName}s; ${quote(item)} and later ones dropped.`,
          );
          break;
        }
        out.push(r.value);
      }
      if (out.length === 0) {
        notices.push(
          `${name}=${quote(raw)} has no valid ${o.itemName}; using the default ${o.default.join(',')}.`,
        );
        return { value: [...o.default], notices };
      }
      return { value: out, notices };
    },
    format: (v) => v.join(','),
    describe: () => o.describeItems,
  };
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
  return Object.is(a, b);
}

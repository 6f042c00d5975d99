// `--sweep 'NAME=v1,v2,…'` (docs/cli.md): the link run once per value of one of its view's parameters.
// Each run's link is the given link with NAME set to one value, so a run is exactly what running
// that link alone gives. Values are split at top-level commas (`dist=exp(1),pareto(2.5,1)` is two
// values), or at `;` when there is one, so that a list parameter can be swept over lists
// (`M=1,10;100,1000`). A swept value is checked as the link would read it, but strictly: a value the
// link would repair (not a number, out of range, a repeated list item) is an error, not a notice.

import { seedParam } from '../scenario/common';
import { type ParamSpec, quote, splitTopLevel } from '../scenario/params';
import { paramsOf, type ViewName } from '../scenario/views';
import { UsageError } from './options';

export interface Sweep {
  name: string;
  /** Each value as the link writes it (its canonical form), in the order given. */
  values: string[];
}

function specFor(view: ViewName, name: string): ParamSpec {
  if (name === 'v' || name === 'view')
    throw new UsageError(`--sweep: ${name} cannot be swept (one link version, one view per run)`);
  const all: Record<string, ParamSpec> = { ...paramsOf(view), seed: seedParam };
  if (Object.hasOwn(all, name)) return all[name];
  const near = Object.keys(all).find((k) => k.toLowerCase() === name.toLowerCase());
  throw new UsageError(
    near
      ? `--sweep: view ${view} has no parameter ${quote(name)} (names are case-sensitive: did you mean ${near}?)`
      : `--sweep: view ${view} has no parameter ${quote(name)}; it has ${Object.keys(all).join(', ')}`,
  );
}

/** Reads `NAME=v1,v2,…` (or `NAME=list1;list2;…`) against the link's view. */
export function parseSweep(text: string, view: ViewName): Sweep {
  const eq = text.indexOf('=');
  if (eq < 0) throw new UsageError(`--sweep needs NAME=v1,v2,…, got ${quote(text)}`);
  const name = text.slice(0, eq).trim();
  const spec = specFor(view, name);
  const list = text.slice(eq + 1);
  const raws = list.includes(';')
    ? list
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '')
    : splitTopLevel(list);
  if (raws.length === 0) throw new UsageError(`--sweep ${name}= lists no value`);
  const values = raws.map((raw) => {
    const parsed = spec.parse(raw, name);
    if (parsed.notices.length > 0)
      throw new UsageError(
        `--sweep: ${quote(raw)} is not a valid ${name} (${spec.describe()}): ${parsed.notices[0]}`,
      );
    return (spec.format as (v: unknown) => string)(parsed.value);
  });
  return { name, values };
}

/** A part of a query's key, percent-decoded when it can be (the codec reports those that cannot). */
function keyOf(part: string): string {
  const key = part.split('=', 1)[0];
  try {
    return decodeURIComponent(key.replace(/\+/g, ' '));
  } catch {
    return key;
  }
}

/** The link with `name` set to `value` (every other parameter as given, so their notices stay). */
export function linkWith(link: string, name: string, value: string): string {
  let query = link.trim();
  const q = query.indexOf('?');
  if (q >= 0) query = query.slice(q + 1);
  const h = query.indexOf('#');
  if (h >= 0) query = query.slice(0, h);
  const kept = query.split('&').filter((part) => part !== '' && keyOf(part) !== name);
  const encoded = encodeURIComponent(value).replace(/%2C/gi, ','); // commas literal, as in the codec
  return `?${[...kept, `${name}=${encoded}`].join('&')}`;
}

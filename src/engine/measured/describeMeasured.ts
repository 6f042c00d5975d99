// The message shown for a reading of measured times: what was read and from where, what was
// skipped and why, or why nothing could be used.

import { MAX_COLUMNS, type MeasuredSamples, type MeasuredSkips } from './measuredSamples';
import { QUANTILES } from './quantilesText';

const count = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Why entries were skipped, in words: `2 not numbers, e.g. "oops"; 1 negative, e.g. "-1"`. */
function skippedWhy(s: MeasuredSkips): string {
  const parts: string[] = [];
  const e = (x?: string) => (x === undefined ? '' : `, e.g. ${JSON.stringify(x)}`);
  if (s.notNumber)
    parts.push(`${count(s.notNumber, 'not a number', 'not numbers')}${e(s.examples.notNumber)}`);
  if (s.negative) parts.push(`${count(s.negative, 'negative', 'negative')}${e(s.examples.negative)}`);
  if (s.notFinite) parts.push(`${count(s.notFinite, 'not finite', 'not finite')}${e(s.examples.notFinite)}`);
  if (s.missing) parts.push(`${count(s.missing, 'row', 'rows')} without a value in this column`);
  return parts.join('; ');
}

/** What was read and from where, e.g. `Read 200 times from column 2 ("seconds") of 3`. */
function readWhat(m: MeasuredSamples): string {
  const name = m.columnName ? ` (${JSON.stringify(m.columnName)})` : '';
  const where =
    m.columns > 1
      ? ` from column ${m.column + 1}${name} of ${m.columns}${m.columnWhy ? `, ${m.columnWhy}` : ''} — to use another, paste that column alone`
      : '';
  return `Read ${count(m.samples.length, 'time')}${where}`;
}

/**
 * The message for a reading: what was read, what was skipped and why; or why nothing could be used
 * (`ok: false`). `quantiles` is the canonical link text the caller made of the times, or the
 * notice that rejected it.
 */
export function describeMeasured(
  m: MeasuredSamples,
  quantiles?: { value: string | null; notices: string[] },
): { ok: boolean; text: string } {
  const why = skippedWhy(m.skips);
  const ignored = m.ignored > 0 ? `; ${count(m.ignored, 'entry', 'entries')} ignored (${why})` : '';
  if (m.length === 0 || (m.samples.length === 0 && m.ignored === 0 && !m.header))
    return { ok: false, text: 'Nothing to read: the text is empty or only blank lines.' };
  if (m.samples.length === 0) {
    const only = m.header && m.ignored === 0 ? ' only a header row,' : '';
    return {
      ok: false,
      text: `No times found:${only}${m.ignored ? ` ${count(m.ignored, 'entry', 'entries')} ignored (${why})` : ' no numbers'}. Compute times are numbers ≥ 0, one per line or one CSV column.`,
    };
  }
  if (quantiles && quantiles.value === null)
    return {
      ok: false,
      text: `${readWhat(m)}${ignored}, but they do not make a distribution: ${quantiles.notices.join(' ') || 'unusable values.'}`,
    };
  const clamped = quantiles?.notices.length ? ` Note: ${quantiles.notices.join(' ')}` : '';
  const zeros = m.zeros > 0 ? ` ${count(m.zeros, 'time is', 'times are')} 0.` : '';
  const beyond =
    m.beyondColumns > 0 ? ` ${count(m.beyondColumns, 'cell')} beyond column ${MAX_COLUMNS} not read.` : '';
  return {
    ok: true,
    text: `${readWhat(m)}${ignored}; the link carries their ${Math.min(QUANTILES, m.samples.length)} quantiles.${zeros}${beyond}${clamped}`,
  };
}

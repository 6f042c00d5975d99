// Hostile and malformed input (issue 17): the log reader always ends in a result — a log, or one
// message naming a line — and never throws, whatever the text and however it is cut into chunks.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeProblem, NoiseLogReader, readNoiseLog } from '../../../../src/engine/advisor/logReader';

const HEADERS = [
  'step,b_small,b_big,g_small_sq,g_big_sq',
  'step\ttr_sigma\tg_sq\tloss',
  'Step;Noise_Scale;lr',
  '"step","b_hat"',
  '\uFEFFstep,noise_scale',
  'a,b,c',
  '',
];
const CELLS = [
  '1',
  '-1',
  '0',
  '32',
  '256',
  '1e308',
  '1e999',
  '-0',
  'NaN',
  'inf',
  '"3"',
  '""',
  '',
  ' 2 ',
  '0x10',
  '1,5',
  '"',
  '\u202e',
  '1e-320',
  'ünï',
  '12345678901234567890',
];

const cell = fc.oneof(fc.constantFrom(...CELLS), fc.double().map(String), fc.string({ maxLength: 8 }));
const row = fc
  .array(cell, { maxLength: 8 })
  .chain((cells) => fc.constantFrom(',', '\t', ';', ' ').map((d) => cells.join(d)));
const eol = fc.constantFrom('\n', '\r\n', '\r', '\n\n');
const logText = fc
  .tuple(fc.constantFrom(...HEADERS), fc.array(fc.tuple(row, eol), { maxLength: 30 }))
  .map(([h, rows]) => h + '\n' + rows.map(([r, e]) => r + e).join(''));

function check(r: ReturnType<typeof readNoiseLog>) {
  if (r.ok) {
    expect(r.log.rows).toBeGreaterThan(0);
    for (let i = 1; i < r.log.rows; i++) expect(r.log.step[i]).toBeGreaterThan(r.log.step[i - 1]);
    for (const col of Object.values(r.log.values)) expect(col?.length).toBe(r.log.rows);
  } else {
    expect(r.error.line).toBeGreaterThanOrEqual(1);
    expect(describeProblem(r.error)).toMatch(/^line \d+/);
  }
  for (const p of r.problems) expect(describeProblem(p).length).toBeLessThan(600);
}

describe('readNoiseLog on hostile input (fast-check, fixed seed)', () => {
  it('never throws on log-shaped text, and every result is well formed', () => {
    fc.assert(
      fc.property(logText, (text) => {
        check(readNoiseLog(text));
      }),
      { seed: 17, numRuns: 400 },
    );
  });

  it('never throws on random characters and random bytes decoded as text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.uint8Array({ maxLength: 300 }).map((b) => new TextDecoder().decode(b)),
        ),
        (text) => {
          check(readNoiseLog(text));
        },
      ),
      { seed: 17, numRuns: 400 },
    );
  });

  it('gives the same result however the text is cut into chunks', () => {
    fc.assert(
      fc.property(logText, fc.integer({ min: 1, max: 9 }), (text, size) => {
        const reader = new NoiseLogReader();
        for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
        const a = reader.finish();
        const b = readNoiseLog(text);
        expect(a.ok).toBe(b.ok);
        if (a.ok && b.ok) {
          expect(Array.from(a.log.step)).toEqual(Array.from(b.log.step));
          expect(a.notices).toEqual(b.notices);
        }
        if (!a.ok && !b.ok) expect(describeProblem(a.error)).toBe(describeProblem(b.error));
      }),
      { seed: 17, numRuns: 300 },
    );
  });

  it('survives non-strings and pushes after finish', () => {
    const r = new NoiseLogReader();
    r.push(undefined as unknown as string);
    r.push(42 as unknown as string);
    const a = r.finish();
    r.push('step,noise_scale\n1,2\n');
    expect(r.finish()).toBe(a);
    expect(readNoiseLog(null as unknown as string).ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { darkModules, makeQr, QR_MAX_BYTES, qrPath } from '../../../src/app/qrCode';

const URL =
  'http://localhost:4173/?v=1&view=runtime&dist=exp(1),pareto(2,1)&Pmax=200&controls=dist,Pmax&seed=1';

function ok(text: string) {
  const r = makeQr(text);
  if (!r.ok) throw new Error(r.reason);
  return r.qr;
}

/** A finder pattern: a 7×7 dark ring, a light ring, a 3×3 dark centre, at (top, left). */
function isFinder(qr: ReturnType<typeof ok>, top: number, left: number): boolean {
  for (let r = 0; r < 7; r++)
    for (let c = 0; c < 7; c++) {
      const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
      if (qr.isDark(top + r, left + c) !== (ring !== 2)) return false;
    }
  return true;
}

describe('QR code of a share link', () => {
  it('encodes a typical link at level M in a small code with its three finder patterns', () => {
    const qr = ok(URL);
    expect(qr.text).toBe(URL);
    expect(qr.level).toBe('M');
    expect(qr.size).toBe(17 + 4 * qr.version);
    // 101 bytes fit version 6 at level M (106 bytes); a denser code would be harder to scan.
    expect(qr.version).toBe(6);
    expect(isFinder(qr, 0, 0)).toBe(true);
    expect(isFinder(qr, 0, qr.size - 7)).toBe(true);
    expect(isFinder(qr, qr.size - 7, 0)).toBe(true);
    expect(isFinder(qr, qr.size - 7, qr.size - 7)).toBe(false);
  });

  it('draws exactly the dark modules, offset by the quiet zone', () => {
    const qr = ok(URL);
    const path = qrPath(qr);
    const runs = [...path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
    expect(runs.map((m) => m[0]).join('')).toBe(path);
    expect(runs.reduce((n, m) => n + Number(m[3]), 0)).toBe(darkModules(qr));
    for (const [, x, y, w] of runs) {
      const [r, c, n] = [Number(y) - 4, Number(x) - 4, Number(w)];
      for (let i = 0; i < n; i++) expect(qr.isDark(r, c + i)).toBe(true);
      if (c > 0) expect(qr.isDark(r, c - 1)).toBe(false);
      if (c + n < qr.size) expect(qr.isDark(r, c + n)).toBe(false);
    }
    expect(runs[0].slice(1, 3)).toEqual(['4', '4']);
  });

  it('gives another link another code, and the same link the same code', () => {
    const a = ok(URL);
    const b = ok(URL.replace('seed=1', 'seed=2'));
    expect(qrPath(ok(URL))).toBe(qrPath(a));
    expect(qrPath(b)).not.toBe(qrPath(a));
  });

  it('counts UTF-8 bytes, falls back to level L for long links, and says when a link is too long', () => {
    expect(ok('ä'.repeat(1000)).level).toBe('M'); // 2000 bytes ≤ 2331
    expect(ok('ä'.repeat(1200)).level).toBe('L'); // 2400 bytes
    const long = makeQr(`${URL}&x=${'a'.repeat(QR_MAX_BYTES)}`);
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.reason).toMatch(/at most 2953/);
    expect(makeQr('').ok).toBe(false);
    expect(ok('a'.repeat(QR_MAX_BYTES)).version).toBe(40);
  });
});

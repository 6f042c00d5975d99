// `npm ci` installs exactly what package-lock.json lists, and refuses a lock that lacks an optional
// platform package that package.json's tree asks for. A lock written on one machine from an existing
// node_modules can miss the other platforms' binaries (rollup's, esbuild's, biome's), so a user on
// macOS or Windows — or any CI service — could not install what was tested. This pins that the lock
// lists every platform package each of them declares.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(new URL('../../../package-lock.json', import.meta.url), 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockEntry>;
};

/** The packages whose native binaries come as one optional dependency per platform. */
const NATIVE = ['rollup', '@biomejs/biome', 'esbuild', 'lightningcss'];

describe('package-lock.json', () => {
  it('is a lockfile v3', () => expect(lock.lockfileVersion).toBe(3));

  for (const name of NATIVE) {
    const entry = lock.packages[`node_modules/${name}`];
    if (!entry) continue; // not in the tree (lightningcss, say): nothing to check
    it(`lists every platform package of ${name}`, () => {
      const platform = Object.keys(entry.optionalDependencies ?? {}).filter((d) =>
        /(darwin|win32|linux|android|freebsd|openbsd|netbsd|sunos|aix|openharmony)/.test(d),
      );
      // A package with no platform packages would make this test vacuous: fail instead.
      expect(platform.length).toBeGreaterThan(3);
      const missing = platform.filter((d) => !lock.packages[`node_modules/${d}`]);
      expect(missing).toEqual([]);
    });
  }

  it('checks at least rollup, biome and esbuild', () => {
    for (const name of ['rollup', '@biomejs/biome', 'esbuild'])
      expect(lock.packages[`node_modules/${name}`]).toBeDefined();
  });
});

// Every cell and stream identity of a fixed corpus of 320 random valid links, as recorded before the
// identity builder replaced hand-written strings and JSON.stringify (scripts/identity-corpus.ts):
// identities seed the random streams, so any change here changes numbers behind links.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { identitiesOf } from '../../golden/identityCorpus';

const corpus = JSON.parse(readFileSync(new URL('../../golden/identities.json', import.meta.url), 'utf8')) as {
  link: string;
  count: number;
  sha256: string;
}[];

describe('cell and stream identities of 320 random links', () => {
  it('covers every view', () => {
    const views = new Set(corpus.map((e) => new URLSearchParams(e.link).get('view')));
    expect(views.size).toBe(8);
  });

  it('reproduces every recorded identity exactly', { timeout: 120_000 }, async () => {
    const changed: string[] = [];
    for (const e of corpus) {
      const now = await identitiesOf(e.link);
      if (now.count !== e.count || now.sha256 !== e.sha256) changed.push(e.link);
    }
    expect(changed).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parameterTableMarkdown } from '../../../src/scenario/paramTable';

describe('docs/links.md', () => {
  it('lists every link parameter exactly as the schemas define them (regenerate with `npm run --silent params-table`)', () => {
    const readme = readFileSync(join(import.meta.dirname, '../../../docs/links.md'), 'utf8');
    expect(readme).toContain(parameterTableMarkdown());
  });
});

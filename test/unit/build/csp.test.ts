// The CSP plugin of the production build: where the policy goes, and the build failing on an
// inline script (which the policy would silently block in the browser).

import type { IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { CSP_DIRECTIVES, CSP_POLICY, contentSecurityPolicy } from '../../../build/csp';

const plugin = contentSecurityPolicy();
const hook = plugin.transformIndexHtml as { order: string; handler: IndexHtmlTransformHook };
const transform = (html: string) => hook.handler.call(undefined as never, html, {} as never) as string;

const PAGE = `<!doctype html><html><head>
<meta charset="UTF-8" />
<title>x</title>
<script type="module" crossorigin src="./assets/index.js"></script>
<link rel="stylesheet" href="./assets/index.css">
</head><body><div id="root"></div></body></html>`;

describe('contentSecurityPolicy', () => {
  it('applies to production builds only, after Vite has added its own tags', () => {
    expect(plugin.apply).toBe('build');
    expect(hook.order).toBe('post');
  });

  it('puts the policy right after <meta charset>, before every script and stylesheet', () => {
    const out = transform(PAGE);
    const meta = out.indexOf(`<meta http-equiv="Content-Security-Policy" content="${CSP_POLICY}" />`);
    expect(meta).toBeGreaterThan(out.indexOf('<meta charset="UTF-8" />'));
    expect(meta).toBeLessThan(out.indexOf('<script'));
    expect(meta).toBeLessThan(out.indexOf('<link rel="stylesheet"'));
    expect(out.match(/Content-Security-Policy/g)).toHaveLength(1);
  });

  it('fails the build on an inline script, and on a page without <meta charset>', () => {
    const inline = PAGE.replace('</head>', '<script>window.x = 1</script></head>');
    expect(() => transform(inline)).toThrow(/inline script/);
    expect(() => transform(PAGE.replace('<meta charset="UTF-8" />', ''))).toThrow(/meta charset/);
  });

  it('forbids inline script and eval, and leaves out what a meta tag cannot carry', () => {
    const d = new Map(CSP_DIRECTIVES.map(([name, value]) => [name, value.split(' ')]));
    expect(d.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    // 'wasm-unsafe-eval' (compiling WebAssembly) is the one exception; string eval stays forbidden.
    expect(CSP_POLICY.replace("'wasm-unsafe-eval'", '')).not.toMatch(
      /unsafe-eval|frame-ancestors|report-uri|report-to|sandbox/,
    );
    expect(CSP_POLICY).not.toMatch(/"/);
    for (const [, , why] of CSP_DIRECTIVES) expect(why.length, 'each directive says why').toBeGreaterThan(5);
  });
});

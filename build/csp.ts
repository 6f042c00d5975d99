// The Content-Security-Policy of the built site. A static host may send no headers at all, so the
// policy travels in the page itself, as `<meta http-equiv="Content-Security-Policy">`. It is added to
// production builds only: the dev server injects inline scripts (React refresh, the HMR client) that
// this policy forbids. Header-only directives (`frame-ancestors`, `report-to`, `sandbox`) are ignored
// in a meta tag (Chromium logs a console error for `frame-ancestors`), so they are not here; the
// README says what a host that can send headers may add. Framing is allowed on purpose: embed mode.

import type { Plugin } from 'vite';

/** Each directive with the reason for its value (the README's Security section says the same). */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [directive: string, value: string, why: string]> = [
  ['default-src', "'self'", 'anything not named below: the own origin only'],
  [
    'script-src',
    "'self' 'wasm-unsafe-eval'",
    "the entry module and its lazily loaded chunks are files of the site; no inline script, no eval; 'wasm-unsafe-eval' lets the simulation compile its WebAssembly kernels (a file of the site) and allows nothing else",
  ],
  [
    'worker-src',
    "'self'",
    'the simulation, measured-times and KaTeX workers (module workers) and the service worker are files of the site',
  ],
  [
    'connect-src',
    "'self'",
    'the page fetches nothing from elsewhere (every chart is computed in the browser)',
  ],
  [
    'img-src',
    "'self' blob:",
    'icons are files of the site; PNG export draws the chart SVG into a canvas through a blob: URL image',
  ],
  [
    'style-src',
    "'self' 'unsafe-inline'",
    'stylesheets are files of the site; typeset formulas (KaTeX) carry style="" attributes in their markup',
  ],
  ['font-src', "'self'", "the formula fonts (KaTeX's) are bundled with the site"],
  ['manifest-src', "'self'", 'the web app manifest (installable, offline) is a file of the site'],
  ['object-src', "'none'", 'no plugins'],
  ['base-uri', "'none'", 'the page has no <base>; relative asset paths must not be redirected'],
  ['form-action', "'none'", 'no form submits anywhere'],
];

export const CSP_POLICY = CSP_DIRECTIVES.map(([d, v]) => `${d} ${v}`).join('; ');

const CHARSET = /<meta charset="UTF-8"\s*\/?>/i;
/** A script element without src (its text would run inline). */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>/i;

/**
 * Puts the policy right after `<meta charset>` (before any script or stylesheet it must govern) and
 * fails the build if the finished page holds an inline script, which the policy would block.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'pse-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        if (!CHARSET.test(html)) throw new Error('csp: index.html has no <meta charset="UTF-8"> to follow');
        const inline = INLINE_SCRIPT.exec(html);
        if (inline)
          throw new Error(`csp: the built page has an inline script, which the policy blocks: ${inline[0]}`);
        const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP_POLICY}" />`;
        return html.replace(CHARSET, (m) => `${m}\n    ${meta}`);
      },
    },
  };
}

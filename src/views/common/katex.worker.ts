// Typesets TeX with KaTeX off the page's thread: a formula takes 2–40 ms to parse and lay out (the
// first ones more, while the code warms up), and a view has a dozen of them. The page inserts the
// markup that comes back (formulaTypesetter.ts).

import katex from 'katex';
import type { TypesetReply, TypesetRequest } from './formulaProtocol';

const reply = (m: TypesetReply) => (self as unknown as Worker).postMessage(m);

self.onmessage = (e: MessageEvent<TypesetRequest>) => {
  const { id, tex, display } = e.data;
  try {
    // throwOnError false: a bad macro shows in red in place instead of blanking the view.
    // htmlAndMathml: the MathML copy is what screen readers read. trust off: no \href, no \url.
    const html = katex.renderToString(tex, {
      displayMode: display,
      throwOnError: false,
      output: 'htmlAndMathml',
      trust: false,
    });
    reply({ id, html });
  } catch (err) {
    reply({ id, error: String(err) });
  }
};

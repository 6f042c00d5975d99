// A module worker that reads measured compute times (a dropped file or a long paste) off the main
// thread: decoding a 10 MB file, two passes over it, a sort of a million times and the garbage they
// leave would each stall a page for hundreds of milliseconds on a slow machine.

import { describeMeasured } from '../engine/measured/describeMeasured';
import { sortedQuantilesText } from '../engine/measured/quantilesText';
import { readMeasured } from '../engine/measured/readMeasured';
import { canonicalDist } from '../scenario/distributionSyntax';
import type { MeasuredReply, MeasuredRequest } from './measuredProtocol';

const reply = (m: MeasuredReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(m, transfer);

self.onmessage = async (e: MessageEvent<MeasuredRequest>) => {
  try {
    const { source } = e.data;
    const text = typeof source === 'string' ? source : await source.text();
    if (text.length === 0) {
      reply({ type: 'empty' });
      return;
    }
    // A few progress messages a second: each one re-renders the bar on the page's thread.
    let last = 0;
    let lastAt = 0;
    const m = await readMeasured(text, {
      onProgress: (fraction) => {
        const now = performance.now();
        if (fraction - last < 0.01 || now - lastAt < 250) return;
        last = fraction;
        lastAt = now;
        reply({ type: 'progress', fraction });
      },
    });
    if (m === null) return;
    const q = m.samples.length > 0 ? canonicalDist(sortedQuantilesText(m.sorted)) : undefined;
    const said = describeMeasured(m, q);
    reply({ type: 'done', said, quantiles: said.ok ? (q?.value ?? null) : null, samples: m.samples }, [
      m.samples.buffer,
    ]);
  } catch (err) {
    reply({ type: 'failed', reason: err instanceof Error ? err.message : String(err) });
  }
};

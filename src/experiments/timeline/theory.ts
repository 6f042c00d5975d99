import { kasyncBound, kbatchasyncTime, kbatchsyncExpTime, ksyncTime } from '../../engine/events/closedForms';
import type { Variant } from '../../engine/events/types';
import { parseDist } from '../../scenario/distributionSyntax';
import { formatNumber } from '../../scenario/params';
import { kFor, type TimelineSetup } from './setup';

const short = (x: number) => (Number.isFinite(x) ? formatNumber(Number(x.toPrecision(4))) : 'infinite');

/**
 * [SS] Sec. 4's expected time per update for the variant, in words with its lemma, so one run's
 * number can be read against it; null where the paper has no closed form. The lemmas model neither
 * communication time nor slowdowns, so then it says so instead.
 */
export function expectedPerUpdate(setup: TimelineSetup, variant: Variant): string | null {
  if (setup.comm !== 0 || setup.speeds.some((s) => s !== 1)) return 'not modelled with comm or slowdowns';
  const dist = parseDist(setup.dist).value;
  if (!dist) return null;
  const { P } = setup;
  const K = kFor(setup, variant);
  switch (variant) {
    case 'ksync': {
      const f = ksyncTime(dist, P, K, 1);
      return f ? `${short(f.value)} (Lemma 3)` : null;
    }
    case 'kbatchsync': {
      const f = kbatchsyncExpTime(dist, P, K, 1);
      return f ? `${short(f.value)} (Erlang, exp. X)` : null;
    }
    case 'kasync': {
      const f = kasyncBound(dist, P, K, 1);
      if (!f) return null;
      return f.kind === 'equal' ? `${short(f.value)} (Lemma 5)` : `≤ ${short(f.value)} (Lemma 5)`;
    }
    case 'kbatchasync': {
      const f = kbatchasyncTime(dist, P, K, 1);
      return f ? `≈ ${short(f.value)} (Lemma 4, large J)` : null;
    }
  }
}

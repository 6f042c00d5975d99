// Stepping through the gallery's presets in presentation mode: where the current link sits in the
// gallery order, and which preset comes next or before.

import { PRESETS, type Preset } from './presets';
import type { ViewName } from './views';

/**
 * The preset on screen: the one last opened if the link is still its link (several presets share a
 * link and differ in the chart they point at), else the first whose link is `link`; -1 for none.
 */
export function presetIndex(link: string, lastOpened: string | null = null): number {
  const bare = stripDisplay(link);
  const opened = PRESETS.findIndex((p) => p.id === lastOpened);
  if (opened >= 0 && PRESETS[opened].link === bare) return opened;
  return PRESETS.findIndex((p) => p.link === bare);
}

/** The link without its display parameters (they say how, not what). */
export function stripDisplay(link: string): string {
  const parts = link.replace(/^\?/, '').split('&');
  const kept = parts.filter((p) => !/^(embed|present|controls|predict|deck|slide)=/.test(p));
  return `?${kept.join('&')}`;
}

/**
 * The preset one step away. From a link that is no preset, "next" is the first preset of the current
 * view (or the first of all) and "previous" the last one before it, so the keys always do something.
 */
export function stepPreset(link: string, lastOpened: string | null, view: ViewName, step: 1 | -1): Preset {
  const n = PRESETS.length;
  const at = presetIndex(link, lastOpened);
  if (at >= 0) return PRESETS[(at + step + n) % n];
  const first = Math.max(
    0,
    PRESETS.findIndex((p) => p.view === view),
  );
  return step === 1 ? PRESETS[first] : PRESETS[(first - 1 + n) % n];
}

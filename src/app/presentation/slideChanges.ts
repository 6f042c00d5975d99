// What the lecturer changed on a slide, in the bar: "M = 10,100 → 10,1000".

import { parseLink } from '../../scenario/codec';
import { paramsOf } from '../../scenario/views';

/** The parameters that differ between the slide's link and the link on screen; [] when none. */
export function slideChanges(slideLink: string, now: string): string[] {
  const a = parseLink(slideLink);
  const b = parseLink(now);
  if (!a.ok || !b.ok) return slideLink === now ? [] : ['another link'];
  if (a.view !== b.view) return [`another view (${b.view})`];
  const sa = a.scenario as Record<string, unknown>;
  const sb = b.scenario as Record<string, unknown>;
  const out: string[] = [];
  for (const [name, spec] of Object.entries(paramsOf(a.view))) {
    const format = spec.format as (v: unknown) => string;
    if (format(sa[name]) !== format(sb[name]))
      out.push(`${name} = ${format(sa[name])} → ${format(sb[name])}`);
  }
  if (a.scenario.seed !== b.scenario.seed) out.push(`seed = ${a.scenario.seed} → ${b.scenario.seed}`);
  return out;
}

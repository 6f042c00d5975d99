import { seedParam } from './common';
import type { ParamSpec } from './params';
import { paramsOf, VIEW_NAMES } from './views';

function defaultText(spec: ParamSpec): string {
  return (spec.format as (v: unknown) => string)(spec.default);
}

/** The README's table of every link parameter of every view, generated from the schemas (a test keeps the README in sync). */
export function parameterTableMarkdown(): string {
  const lines = [
    '| view | parameter | meaning | type and range | default |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const view of VIEW_NAMES) {
    for (const [name, spec] of Object.entries(paramsOf(view))) {
      lines.push(
        `| \`${view}\` | \`${name}\` | ${spec.label}: ${spec.help} | ${spec.describe()} | \`${defaultText(spec)}\` |`,
      );
    }
  }
  lines.push(
    `| every view | \`seed\` | ${seedParam.label}: ${seedParam.help} | ${seedParam.describe()} | \`1\` |`,
  );
  return lines.join('\n');
}

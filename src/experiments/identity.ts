// The one builder of cell and stream identities. An identity seeds a random stream (rngFor), so it is
// part of every link's numbers: it is built from an explicit, ordered list of fields — never from an
// object's key order, which a harmless-looking reorder of a literal would change — and it must keep
// producing today's strings exactly (test/unit/golden/identities.test.ts holds it to 320 links).
//
// Two spellings exist, both kept for the links that depend on them:
//   kind|name=value|name=value          (most cells)
//   kind|{"name":value,…}|name=value    (the race view's cells: a record as JSON)
//   base|tag|name=value                 (a stream a runner derives: `…|trajectory|tuned`)
// A field whose value is undefined is left out, as an absent optional parameter always was.

/** A scalar value of a field; lists are written comma-joined in the pipe spelling. */
export type IdScalar = string | number | boolean;

/** A record written as JSON with its fields in the listed order. */
export class IdRecord {
  constructor(readonly fields: readonly (readonly [string, IdJson])[]) {}
}

export type IdJson = IdScalar | undefined | readonly IdJson[] | IdRecord;

/** One part of an identity: `name=value` (undefined: left out), a record written as JSON, or a bare tag. */
export type IdPart =
  | readonly [name: string, value: IdScalar | readonly number[] | undefined]
  | IdRecord
  | string;

/** JSON text of a value, exactly as JSON.stringify writes the equivalent plain object. */
export function jsonText(v: IdJson): string {
  if (v instanceof IdRecord) {
    const parts: string[] = [];
    for (const [name, value] of v.fields)
      if (value !== undefined) parts.push(`${JSON.stringify(name)}:${jsonText(value)}`);
    return `{${parts.join(',')}}`;
  }
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : jsonText(x))).join(',')}]`;
  return JSON.stringify(v);
}

function partText(part: IdPart): string | null {
  if (typeof part === 'string') return part;
  if (part instanceof IdRecord) return jsonText(part);
  const [name, value] = part;
  if (value === undefined) return null;
  return `${name}=${Array.isArray(value) ? value.join(',') : String(value)}`;
}

/** `kind|part|part…`: the identity of a cell or a stream. */
export function identity(kind: string, parts: readonly IdPart[]): string {
  const out = [kind];
  for (const p of parts) {
    const t = partText(p);
    if (t !== null) out.push(t);
  }
  return out.join('|');
}

/** A further stream of an identity (a repetition, a K): `base|name=value`. */
export function substream(base: string, name: string, value: IdScalar | readonly number[]): string {
  return `${base}|${partText([name, value])}`;
}

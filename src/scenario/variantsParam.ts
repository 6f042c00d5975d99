import { type ItemListSpec, itemList, quote } from './params';

/** The four [SS] variants in the paper's order: the link words of DESIGN.md's `variants`. */
export const VARIANT_WORDS = ['ksync', 'kbatchsync', 'kasync', 'kbatchasync'] as const;
export type VariantWord = (typeof VARIANT_WORDS)[number];

/** How the papers write them. */
export const VARIANT_NAMES: Record<VariantWord, string> = {
  ksync: 'K-sync',
  kbatchsync: 'K-batch-sync',
  kasync: 'K-async',
  kbatchasync: 'K-batch-async',
};

/** Reads a variant word; `K-sync`, `k_batch_async` and the like are accepted and written canonically. */
function canonicalVariant(raw: string): { value: VariantWord | null; notices: string[] } {
  const v = raw.trim().toLowerCase().replace(/[-_ ]/g, '');
  const word = VARIANT_WORDS.find((w) => w === v);
  if (word) return { value: word, notices: [] };
  return {
    value: null,
    notices: [`${quote(raw)} is not one of ${VARIANT_WORDS.join(', ')}; dropped.`],
  };
}

/** A `variants` parameter: a list of [SS] variants. */
export function variantsParam(o: {
  label: string;
  help: string;
  default: VariantWord[];
  maxItems: number;
}): ItemListSpec<VariantWord> {
  return itemList({
    ...o,
    default: [...o.default],
    itemName: 'variant',
    editor: 'variants',
    parseItem: canonicalVariant,
    describeItems: `variants, comma-separated: ${VARIANT_WORDS.join(', ')}${o.maxItems < VARIANT_WORDS.length ? `; at most ${o.maxItems}` : ''}`,
  });
}

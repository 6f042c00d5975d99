// The columns a gradient-noise log may have (issue 17), found by name. One table of roles and
// their accepted header spellings, so the reader, its messages and docs/advisor.md say the same.
//
// A header is normalised before lookup: trimmed, quotes dropped, lower-cased, and every run of
// spaces, `-`, `.`, `/` or `_` written as one `_`, none at either end (`G Small SQ` → `g_small_sq`,
// W&B's `_step` → `step`). A name that is not in the table is tried once more by what follows its
// last `/` (`train/loss` → `loss`, as TensorBoard and W&B export names).

/** What a column holds. */
export type LogRole =
  | 'step'
  | 'b_small'
  | 'b_big'
  | 'g_small_sq'
  | 'g_big_sq'
  | 'tr_sigma'
  | 'g_sq'
  | 'noise_scale'
  | 'b_hat'
  | 'loss'
  | 'eval_loss'
  | 'lr';

/** Accepted header names of each role, after normalisation; the first is the canonical one. */
export const LOG_ALIASES: Readonly<Record<LogRole, readonly string[]>> = {
  step: ['step', 'steps', 'global_step', 'iteration', 'iter', 'it', 'update'],
  b_small: ['b_small', 'batch_small', 'small_batch', 'bsmall', 'b_local', 'local_batch'],
  b_big: ['b_big', 'batch_big', 'big_batch', 'bbig', 'b_global', 'global_batch'],
  g_small_sq: [
    'g_small_sq',
    'grad_small_sq',
    'g_small_norm_sq',
    'gsmall_sq',
    'g_local_sq',
    'local_grad_norm_sq',
  ],
  g_big_sq: ['g_big_sq', 'grad_big_sq', 'g_big_norm_sq', 'gbig_sq', 'g_global_sq', 'global_grad_norm_sq'],
  tr_sigma: ['tr_sigma', 'trace_sigma', 'tr_cov', 'trace_cov', 'noise_var'],
  g_sq: ['g_sq', 'grad_sq', 'g_norm_sq', 'grad_norm_sq', 'true_grad_sq'],
  noise_scale: ['noise_scale', 'b_simple', 'gns', 'gradient_noise_scale'],
  b_hat: ['b_hat', 'bhat', 'b_crit_hat'],
  loss: ['loss', 'train_loss', 'training_loss'],
  eval_loss: ['eval_loss', 'val_loss', 'validation_loss', 'test_loss'],
  lr: ['lr', 'learning_rate'],
};

/** The log formats of issue 17, richest first: a file with several is read as the richest. */
export type LogFormat = 'two-batch' | 'trace' | 'noise-scale' | 'b-hat';

/** The columns each format needs (besides `step`, which may be absent: then the row count is used). */
export const FORMAT_COLUMNS: Readonly<Record<LogFormat, readonly LogRole[]>> = {
  'two-batch': ['b_small', 'b_big', 'g_small_sq', 'g_big_sq'],
  trace: ['tr_sigma', 'g_sq'],
  'noise-scale': ['noise_scale'],
  'b-hat': ['b_hat'],
};

export const FORMATS: readonly LogFormat[] = ['two-batch', 'trace', 'noise-scale', 'b-hat'];

/** Columns read when present, whatever the format. */
export const OPTIONAL_COLUMNS: readonly LogRole[] = ['loss', 'eval_loss', 'lr'];

const BY_NAME: ReadonlyMap<string, LogRole> = new Map(
  (Object.keys(LOG_ALIASES) as LogRole[]).flatMap((role) => LOG_ALIASES[role].map((n) => [n, role] as const)),
);

/** A header cell as the alias table spells names (the whole name; see roleOf for `/`). */
export function normaliseHeader(raw: string): string {
  let t = raw.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) t = t.slice(1, -1);
  return t
    .trim()
    .toLowerCase()
    .replace(/[\s\-._/]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * The role of a header cell, if it names one: the whole name first (`eval/loss` → eval_loss), then
 * what follows its last `/` (`train/loss` → loss, `gns/b_simple` → noise_scale).
 */
export function roleOf(raw: string): LogRole | undefined {
  const whole = BY_NAME.get(normaliseHeader(raw));
  if (whole !== undefined) return whole;
  const slash = raw.lastIndexOf('/');
  return slash >= 0 ? BY_NAME.get(normaliseHeader(raw.slice(slash + 1).replace(/["']$/, ''))) : undefined;
}

// Messages between the page and measured.worker.ts.

export interface MeasuredRequest {
  /** A dropped or chosen file, or pasted text. */
  source: File | string;
}

export type MeasuredReply =
  | { type: 'progress'; fraction: number }
  | { type: 'empty' }
  | { type: 'failed'; reason: string }
  | {
      type: 'done';
      /** The message for the user (see describeMeasured). */
      said: { ok: boolean; text: string };
      /** The canonical `quantiles(…)` text, when the times make a distribution. */
      quantiles: string | null;
      /** The times read, in input order. */
      samples: Float64Array;
    };

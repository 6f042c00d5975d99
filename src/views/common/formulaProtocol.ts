/** A formula to typeset (katex.worker.ts). */
export interface TypesetRequest {
  id: number;
  tex: string;
  display: boolean;
}

/** KaTeX's markup for request `id`, or why there is none. */
export type TypesetReply = { id: number; html: string } | { id: number; error: string };

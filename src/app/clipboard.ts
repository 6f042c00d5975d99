// Copying text with a fallback that never fails silently: where the clipboard is missing (an http
// page that is not localhost) or refused, the field is selected and the reader is told which keys
// to press.

export interface CopyOutcome {
  ok: boolean;
  message: string;
}

const KEYS = 'press Ctrl+C (⌘C on a Mac) to copy it';

export async function copyText(
  text: string,
  field: HTMLInputElement | HTMLTextAreaElement | null,
  what: string,
): Promise<CopyOutcome> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return { ok: true, message: `Copied the ${what}.` };
  } catch {
    field?.focus();
    field?.select();
    return {
      ok: false,
      message: `This browser did not let the page copy: the ${what} is selected — ${KEYS}.`,
    };
  }
}

// A QR code of a share link as one SVG path: crisp at any size (a projector, a phone held up at the
// back of a room), no canvas, no image request.

import qrcode from 'qrcode-generator';

export type QrLevel = 'L' | 'M' | 'Q' | 'H';

export interface QrMatrix {
  /** The text the code holds, exactly. */
  text: string;
  level: QrLevel;
  /** Modules per side (21 for version 1, + 4 per version). */
  size: number;
  version: number;
  isDark(row: number, col: number): boolean;
}

export type QrResult = { ok: true; qr: QrMatrix } | { ok: false; reason: string };

/**
 * Error correction: M (15 % of the code may be unreadable) for typical links, which keeps the code
 * small enough to scan from afar; L for long links, which buys them a third more room.
 */
const LEVELS: readonly QrLevel[] = ['M', 'L'];
/** Byte capacity of a version-40 code at level L, the largest QR code there is. */
export const QR_MAX_BYTES = 2953;
/** Above this version (117 modules) a projected code is hard to scan from the back of a room. */
export const QR_DENSE_VERSION = 15;

/** The UTF-8 bytes of `text` as a string of char codes 0–255, which is what the encoder reads. */
function utf8Binary(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) out += String.fromCharCode(byte);
  return out;
}

/** The QR code of `text` (byte mode, UTF-8), or why there is none. */
export function makeQr(text: string): QrResult {
  const bytes = utf8Binary(text);
  if (bytes.length === 0) return { ok: false, reason: 'There is no link to encode.' };
  if (bytes.length > QR_MAX_BYTES)
    return {
      ok: false,
      reason: `This link is ${bytes.length} bytes long; a QR code holds at most ${QR_MAX_BYTES}. Shorten it (fewer non-default parameters, fewer quantiles) or share it as text.`,
    };
  for (const level of LEVELS) {
    const qr = qrcode(0, level);
    qr.addData(bytes, 'Byte');
    try {
      qr.make();
    } catch {
      continue; // too long for this level: try one with less error correction
    }
    const size = qr.getModuleCount();
    return {
      ok: true,
      qr: { text, level, size, version: (size - 17) / 4, isDark: (r, c) => qr.isDark(r, c) },
    };
  }
  return { ok: false, reason: 'This link is too long for a QR code; share it as text.' };
}

/**
 * The dark modules as one path in module units (one `h` run per row segment), to be drawn in a
 * viewBox of `size + 2·quiet` with the quiet zone (4 modules by the standard) around it.
 */
export function qrPath(qr: QrMatrix, quiet = 4): string {
  const parts: string[] = [];
  for (let r = 0; r < qr.size; r++) {
    let c = 0;
    while (c < qr.size) {
      if (!qr.isDark(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < qr.size && qr.isDark(r, c)) c++;
      parts.push(`M${start + quiet} ${r + quiet}h${c - start}v1h-${c - start}z`);
    }
  }
  return parts.join('');
}

/** How many modules are dark (for tests: the path must cover exactly these). */
export function darkModules(qr: QrMatrix): number {
  let n = 0;
  for (let r = 0; r < qr.size; r++) for (let c = 0; c < qr.size; c++) if (qr.isDark(r, c)) n++;
  return n;
}

import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { addPngText, crc32, readPngText } from '../../../src/charts/pngText';

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A valid 1×1 white RGB PNG. */
function tinyPng(): Uint8Array<ArrayBuffer> {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk('IEND', new Uint8Array()),
  ]);
  return new Uint8Array(png);
}

describe('PNG text chunks', () => {
  it('computes the CRC-32 PNG uses', () => {
    // The check value of CRC-32/ISO-HDLC, and the CRC of an empty IEND chunk as every PNG ends.
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
  });

  it('adds tEXt chunks after IHDR with valid CRCs, keeping every other byte', () => {
    const png = tinyPng();
    const out = addPngText(png, {
      Software: 'Parallel SGD Explorer 0.1.0',
      Source: '?v=1&view=speedup&seed=1',
    });
    expect(readPngText(out)).toEqual([
      ['Software', 'Parallel SGD Explorer 0.1.0'],
      ['Source', '?v=1&view=speedup&seed=1'],
    ]);
    // IHDR ends at byte 33; the original IDAT and IEND follow the new chunks unchanged.
    expect([...out.subarray(0, 33)]).toEqual([...png.subarray(0, 33)]);
    expect([...out.subarray(out.length - (png.length - 33))]).toEqual([...png.subarray(33)]);
    // Every chunk's CRC is right (a reader rejects the file otherwise).
    const view = new DataView(out.buffer);
    for (let at = 8; at < out.length; ) {
      const length = view.getUint32(at);
      expect(view.getUint32(at + 8 + length)).toBe(crc32(out.subarray(at + 4, at + 8 + length)));
      at += 12 + length;
    }
  });

  it('writes non-Latin-1 characters as ? and leaves anything that is not a PNG alone', () => {
    expect(readPngText(addPngText(tinyPng(), { Title: 'σ⋆² über' }))).toEqual([['Title', '??² über']]);
    const notPng = new Uint8Array([1, 2, 3]);
    expect(addPngText(notPng, { Title: 'x' })).toBe(notPng);
  });
});

// MurmurHash3_x86_32 (Austin Appleby, public domain) over the UTF-8 bytes of a string.
// Used only to derive seeds, so that a cell's random stream depends on its identity alone.

const encoder = new TextEncoder();

export function murmur3(text: string, seed: number): number {
  const data = encoder.encode(text);
  const len = data.length;
  const nblocks = len >>> 2;
  let h1 = seed >>> 0;
  const c1 = 0xcc9e2d51;
  const c2 = 0x1b873593;
  for (let i = 0; i < nblocks; i++) {
    const j = i * 4;
    let k1 = data[j] | (data[j + 1] << 8) | (data[j + 2] << 16) | (data[j + 3] << 24);
    k1 = Math.imul(k1, c1);
    k1 = (k1 << 15) | (k1 >>> 17);
    k1 = Math.imul(k1, c2);
    h1 ^= k1;
    h1 = (h1 << 13) | (h1 >>> 19);
    h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
  }
  const tail = nblocks * 4;
  const rem = len & 3;
  if (rem > 0) {
    let k1 = 0;
    if (rem >= 3) k1 ^= data[tail + 2] << 16;
    if (rem >= 2) k1 ^= data[tail + 1] << 8;
    k1 ^= data[tail];
    k1 = Math.imul(k1, c1);
    k1 = (k1 << 15) | (k1 >>> 17);
    k1 = Math.imul(k1, c2);
    h1 ^= k1;
  }
  h1 ^= len;
  h1 ^= h1 >>> 16;
  h1 = Math.imul(h1, 0x85ebca6b);
  h1 ^= h1 >>> 13;
  h1 = Math.imul(h1, 0xc2b2ae35);
  h1 ^= h1 >>> 16;
  return h1 >>> 0;
}

// Near-duplicate text at archive scale: character shingles, MinHash signatures by one-
// permutation hashing (each shingle hashed once, not once per permutation: 100,000 articles
// in seconds, not minutes), and locality-sensitive hashing by bands, so only articles that
// share a band of their signature are ever compared — never all pairs. Candidates are then
// verified on their exact shingle sets, so a match reported is a real overlap.
// (npm's `minhash` is an unmaintained 0.0.x with one hash per permutation; `bloom-filters`'
// MinHash the same: too slow at this scale, and neither does banding.)

/** characters per shingle: 5 Chinese characters is a phrase, rarely shared by chance */
export const SHINGLE = 5;
/** signature slots = BANDS × ROWS */
const BANDS = 32;
const ROWS = 4;
const SLOTS = BANDS * ROWS;
/**
 * A band shared by more articles than this is boilerplate (a slogan every report quotes), not
 * a reprint: the bucket is skipped rather than compared all against all.
 */
const MAX_BUCKET = 64;

/**
 * What shingles are made of: a text's letters and digits only (\p{L}, \p{N}: 〇 and 々 are
 * letters, · and punctuation are not), so two copies punctuated differently still match.
 */
export function wordText(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** the sorted distinct 32-bit hashes of the shingles of a text of letters and digits (wordText) */
export function shingles(words: string): Uint32Array {
  // code units, not code points, and no strings made: this is the hot path at 100,000 articles
  const all = new Uint32Array(Math.max(0, words.length - SHINGLE + 1));
  for (let i = 0; i < all.length; i++) {
    let h = 0x811c9dc5; // FNV-1a
    for (let k = i; k < i + SHINGLE; k++) h = Math.imul(h ^ words.charCodeAt(k), 0x01000193);
    all[i] = h >>> 0;
  }
  all.sort();
  let n = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[n++] = all[i]!;
  return all.slice(0, n);
}

/** murmur3's finaliser: spreads a hash's bits so its top bits choose a slot fairly */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const EMPTY = 0xffffffff;

/**
 * The MinHash signature by one-permutation hashing: a shingle's mixed hash picks its slot and
 * competes for that slot's minimum; an empty slot borrows from the next filled one (rotation
 * densification), offset so two texts agree there only if they agree at the source.
 */
export function signature(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SLOTS).fill(EMPTY);
  for (const h of set) {
    const m = mix(h);
    const slot = m % SLOTS;
    const value = Math.floor(m / SLOTS);
    if (value < sig[slot]!) sig[slot] = value;
  }
  for (let i = 0; i < SLOTS; i++) {
    if (sig[i] !== EMPTY) continue;
    for (let step = 1; step < SLOTS; step++) {
      const from = sig[(i + step) % SLOTS]!;
      if (from !== EMPTY && from < EMPTY - SLOTS) {
        sig[i] = mix(from + step);
        break;
      }
    }
  }
  return sig;
}

/**
 * Pairs [i, j] (i < j) sharing at least one band of their signatures, of items in different
 * groups (articles of different clippings). Items with no shingles take no part.
 */
export function candidatePairs(signatures: Uint32Array[], groups: number[]): Array<[number, number]> {
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = signatures.length;
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<number, number[]>();
    signatures.forEach((sig, i) => {
      let key = band;
      for (let r = 0; r < ROWS; r++) key = Math.imul(key ^ sig[band * ROWS + r]!, 0x9e3779b1) >>> 0;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    });
    for (const bucket of buckets.values()) {
      if (bucket.length < 2 || bucket.length > MAX_BUCKET) continue;
      for (let a = 0; a < bucket.length; a++)
        for (let b = a + 1; b < bucket.length; b++) {
          const [i, j] = [bucket[a]!, bucket[b]!];
          if (groups[i] === groups[j] || seen.has(i * n + j)) continue;
          seen.add(i * n + j);
          pairs.push([i, j]);
        }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** |A ∩ B| of two sorted distinct arrays */
export function overlap(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const common = overlap(a, b);
  const union = a.length + b.length - common;
  return union === 0 ? 0 : common / union;
}

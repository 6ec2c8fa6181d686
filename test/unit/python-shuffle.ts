/**
 * Python's `random.Random(seed).shuffle(list)`, reproduced so that a test can re-derive a corpus
 * sample that was drawn in Python (test/corpus/README.md, `labels-en-holdout2.jsonl`): the
 * Mersenne Twister MT19937 seeded as CPython seeds it from a non-negative integer (`init_by_array`
 * over its 32-bit words), `getrandbits(k)` for k ≤ 32, and `_randbelow` by rejection, as `shuffle`
 * uses them. Test-only; the engine draws nothing at random.
 */

const N = 624;
const M = 397;

/** The MT19937 generator of CPython's `random.Random`. */
class MersenneTwister {
  private readonly state = new Uint32Array(N);
  private index = N + 1;

  constructor(seed: bigint) {
    if (seed < 0n) throw new RangeError('seed must be non-negative');
    // CPython splits the seed into 32-bit words, least significant first (at least one word).
    const key: number[] = [];
    for (let rest = seed; rest > 0n || key.length === 0; rest >>= 32n) key.push(Number(rest & 0xffffffffn));
    this.initByArray(key);
  }

  private initGenrand(s: number): void {
    const mt = this.state;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }

  private initByArray(key: number[]): void {
    const mt = this.state;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1];
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  /** The next 32-bit output (genrand_uint32). */
  nextUint32(): number {
    const mt = this.state;
    if (this.index >= N) {
      for (let kk = 0; kk < N; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % N] & 0x7fffffff);
        mt[kk] = mt[(kk + M) % N] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `getrandbits(k)` for 1 ≤ k ≤ 32. */
  getrandbits(k: number): number {
    if (k < 1 || k > 32) throw new RangeError('k must be in 1..32');
    return this.nextUint32() >>> (32 - k);
  }

  /** `_randbelow(n)`: uniform in [0, n) by rejection, as CPython draws it. */
  randbelow(n: number): number {
    const k = Math.floor(Math.log2(n)) + 1; // n.bit_length()
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }
}

/** The first `count` outputs of Python's `random.Random(seed).getrandbits(k)`. */
export function pythonGetrandbits(seed: bigint, k: number, count: number): number[] {
  const twister = new MersenneTwister(seed);
  return Array.from({ length: count }, () => twister.getrandbits(k));
}

/** A copy of `items` in the order `random.Random(seed).shuffle` leaves them (lists under 2^32 items). */
export function pythonShuffle<T>(items: readonly T[], seed: bigint): T[] {
  const out = [...items];
  const twister = new MersenneTwister(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = twister.randbelow(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// A small seeded random number generator. Each synthetic partnership draws from its own stream, keyed by the
// run's seed and the partnership's number, so partnership #n is the same whatever the batch size or N.

/** 32-bit FNV-1a of a string: turns a seed value such as "2024" or "demo" into a number. */
export function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Mixes two 32-bit numbers into a well-spread third (the finaliser of MurmurHash3). */
function mix(a: number, b: number): number {
  let h = (a ^ Math.imul(b, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Whole number from min to max, both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Standard normal (Box–Muller). */
  normal(): number;
}

/** sfc32: fast, small state, good statistical quality for simulation. */
export function createRandom(seed: number, stream = 0): Random {
  let a = mix(seed, 0x243f6a88);
  let b = mix(stream, 0x85a308d3);
  let c = mix(seed ^ stream, 0x13198a2e);
  let d = 1;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i += 1) next();
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    normal: () => {
      const u = 1 - next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
  };
}

/** A discrete distribution over values, drawn in O(log n). Zero-weight values are never drawn. */
export interface Weighted<T> {
  values: readonly T[];
  /** Cumulative weights, normalised so that the last is 1. */
  cumulative: readonly number[];
}

export function weighted<T>(entries: Iterable<readonly [T, number]>): Weighted<T> {
  const values: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [value, weight] of entries) {
    if (!(weight > 0)) continue;
    total += weight;
    values.push(value);
    cumulative.push(total);
  }
  if (values.length === 0) throw new Error("a distribution needs at least one value with a positive weight");
  return { values, cumulative: cumulative.map((c) => c / total) };
}

export function draw<T>(random: Random, distribution: Weighted<T>): T {
  const x = random.next();
  const { cumulative, values } = distribution;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < cumulative[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return values[lo]!;
}

/** Up to `count` distinct values, each drawn by weight among those not drawn yet. */
export function drawDistinct<T>(random: Random, entries: readonly (readonly [T, number])[], count: number): T[] {
  const pool = entries.filter(([, weight]) => weight > 0).map(([value, weight]) => ({ value, weight }));
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) {
    const total = pool.reduce((sum, entry) => sum + entry.weight, 0);
    let x = random.next() * total;
    let index = 0;
    while (index < pool.length - 1 && x >= pool[index]!.weight) {
      x -= pool[index]!.weight;
      index += 1;
    }
    chosen.push(pool[index]!.value);
    pool.splice(index, 1);
  }
  return chosen;
}

/**
 * A seeded pseudo-random generator (mulberry32), uniform in [0, 1): the same sequence for a seed on
 * every machine — for demo data, simulated devices, generated test topologies and benchmark targets.
 * Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

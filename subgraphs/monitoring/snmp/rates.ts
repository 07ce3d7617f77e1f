/**
 * Interface rates from two successive poll samples. Pure.
 *
 * - Time base: the agent's sysUpTime difference when both samples carry it, else the arrival times.
 * - Octets come from the 64-bit ifHCInOctets/ifHCOutOctets, errors from the 32-bit ifInErrors. A counter
 *   lower than before while sysUpTime went forward has wrapped: 2^64 is added for the octet counters, 2^32
 *   for ifInErrors (a Counter32, whatever its value).
 * - sysUpTime lower than before means the agent restarted (or its 497-day TimeTicks wrapped): every rate of
 *   that cycle is null. So is a rate above `maxBps` (default 10 Tbit/s), which a wrap computation can
 *   only produce when a counter was reset without a restart (a discontinuity, not traffic).
 * - An interface missing from the previous sample, or a counter the agent does not carry, gives null.
 */
import type { PollSample } from './types.ts';

/** Rates of one interface; null when they cannot be known for this cycle. */
export interface InterfaceRate {
  inBps: number | null;
  outBps: number | null;
  errorsPerSec: number | null;
}

/** Options of interfaceRates. */
export interface RateOptions {
  /** Rates above this many bit/s are discontinuities, given as null. Default 1e13. */
  maxBps?: number;
}

const WRAP64 = 1n << 64n;
const WRAP32 = 1n << 32n;

/** Seconds between two samples, or null when the agent restarted or time did not move forward. */
export function elapsedSeconds(prev: PollSample, cur: PollSample): number | null {
  if (prev.uptimeCs !== null && cur.uptimeCs !== null) {
    if (cur.uptimeCs <= prev.uptimeCs) return null;
    return (cur.uptimeCs - prev.uptimeCs) / 100;
  }
  const ms = cur.at - prev.at;
  return ms > 0 ? ms / 1000 : null;
}

function delta(prev: bigint | null, cur: bigint | null, wrap: bigint): bigint | null {
  if (prev === null || cur === null) return null;
  return cur >= prev ? cur - prev : cur + wrap - prev;
}

/** Per interface index: bits per second in and out and errors per second since `prev`. */
export function interfaceRates(
  prev: PollSample | undefined,
  cur: PollSample,
  opts: RateOptions = {},
): Map<number, InterfaceRate> {
  const maxBps = opts.maxBps ?? 1e13;
  const out = new Map<number, InterfaceRate>();
  const seconds = prev ? elapsedSeconds(prev, cur) : null;
  const before = new Map(prev?.interfaces.map((i) => [i.index, i]) ?? []);
  for (const i of cur.interfaces) {
    const p = before.get(i.index);
    if (!p || seconds === null) {
      out.set(i.index, { inBps: null, outBps: null, errorsPerSec: null });
      continue;
    }
    const bps = (d: bigint | null) => {
      if (d === null) return null;
      const rate = (Number(d) * 8) / seconds;
      return rate <= maxBps ? rate : null;
    };
    const errors = delta(p.inErrors, i.inErrors, WRAP32);
    const errorsPerSec = errors === null ? null : Number(errors) / seconds;
    out.set(i.index, {
      inBps: bps(delta(p.inOctets, i.inOctets, WRAP64)),
      outBps: bps(delta(p.outOctets, i.outOctets, WRAP64)),
      errorsPerSec: errorsPerSec !== null && errorsPerSec <= maxBps / 8 ? errorsPerSec : null,
    });
  }
  return out;
}

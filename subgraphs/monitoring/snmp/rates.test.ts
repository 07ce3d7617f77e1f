import { describe, expect, it } from 'vitest';
import { interfaceRates } from './rates.ts';
import type { InterfaceSample, PollSample } from './types.ts';

function sample(uptimeCs: number | null, at: number, ifs: Partial<InterfaceSample>[]): PollSample {
  return {
    at,
    uptimeCs,
    sysName: null,
    sysDescr: null,
    interfaces: ifs.map((i, k) => ({
      index: k + 1,
      name: `if${k + 1}`,
      adminUp: true,
      operUp: true,
      inOctets: 0n,
      outOctets: 0n,
      inErrors: 0n,
      ...i,
    })),
    cpuLoad: null,
    temperatureC: null,
    entity: { serial: null, model: null },
    extra: {},
    values: 0,
  };
}

describe('interfaceRates', () => {
  it('gives bits per second from the 64-bit octet counters over the sysUpTime difference', () => {
    const prev = sample(100_000, 0, [{ inOctets: 1_000n, outOctets: 5_000n, inErrors: 3n }]);
    const cur = sample(106_000, 99_999, [{ inOctets: 751_000n, outOctets: 5_000n, inErrors: 9n }]);
    expect(interfaceRates(prev, cur).get(1)).toEqual({ inBps: 100_000, outBps: 0, errorsPerSec: 0.1 });
  });

  it('uses the arrival times when the agent gives no sysUpTime', () => {
    const prev = sample(null, 1_000_000, [{ inOctets: 0n }]);
    const cur = sample(null, 1_010_000, [{ inOctets: 12_500n }]);
    expect(interfaceRates(prev, cur).get(1)?.inBps).toBe(10_000);
  });

  it('adds 2^64 when a 64-bit counter wraps while sysUpTime goes forward', () => {
    const max = (1n << 64n) - 1n;
    const prev = sample(1_000, 0, [{ inOctets: max - 999n }]);
    const cur = sample(7_000, 0, [{ inOctets: 250n }]);
    // 1,000 octets up to the wrap, 250 after: 1,250 × 8 bits in 60 s.
    expect(interfaceRates(prev, cur).get(1)?.inBps).toBeCloseTo((1_250 * 8) / 60, 9);
  });

  it('adds 2^32 when the 32-bit ifInErrors wraps', () => {
    const prev = sample(1_000, 0, [{ inErrors: 4_294_967_290n }]);
    const cur = sample(2_000, 0, [{ inErrors: 4n }]);
    expect(interfaceRates(prev, cur).get(1)?.errorsPerSec).toBe(1);
  });

  it('gives null rates, never a huge or negative number, when sysUpTime went back (agent restart)', () => {
    const prev = sample(9_000_000, 0, [{ inOctets: 9_000_000_000n, outOctets: 7_000n, inErrors: 50n }]);
    const cur = sample(1_200, 60_000, [{ inOctets: 4_000n, outOctets: 3_000n, inErrors: 0n }]);
    expect(interfaceRates(prev, cur).get(1)).toEqual({ inBps: null, outBps: null, errorsPerSec: null });
  });

  it('gives null for a counter reset without a restart instead of an absurd wrap rate', () => {
    const prev = sample(1_000, 0, [{ inOctets: 9_000_000_000_000n }]);
    const cur = sample(7_000, 0, [{ inOctets: 10n }]);
    expect(interfaceRates(prev, cur).get(1)?.inBps).toBeNull();
  });

  it('gives null for the first sample, a new interface and a counter the agent lacks', () => {
    const cur = sample(2_000, 0, [{ inOctets: 10n }, { inOctets: null, outOctets: 8n }]);
    expect(interfaceRates(undefined, cur).get(1)).toEqual({ inBps: null, outBps: null, errorsPerSec: null });
    const prev = sample(1_000, 0, [{ inOctets: 0n }]);
    const rates = interfaceRates(prev, cur);
    expect(rates.get(1)?.inBps).toBe(8);
    expect(rates.get(2)).toEqual({ inBps: null, outBps: null, errorsPerSec: null });
  });

  it('gives null when no time passed between the samples', () => {
    const prev = sample(5_000, 0, [{ inOctets: 0n }]);
    expect(interfaceRates(prev, sample(5_000, 0, [{ inOctets: 10n }])).get(1)?.inBps).toBeNull();
  });
});

import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SnmpPoller } from './client.ts';
import { DEFAULT_PROFILES } from './profiles.ts';
import { interfaceRates } from './rates.ts';
import { type SimulatedDeviceSpec, SimulatedNetwork, startSimulatorProcess } from './simulator.ts';
import type { PollSample, SnmpCredentials } from './types.ts';

const C: SnmpCredentials = { version: '2c', community: 'sim' };
const spec = (id: string, interfaces = 4, role = 'access'): SimulatedDeviceSpec => ({
  id,
  credentials: C,
  sysName: id,
  model: 'MA5800',
  serial: `SN-${id}`,
  interfaces,
  role,
});

describe('simulated network', () => {
  const poller = new SnmpPoller();
  const sample = async (port: number): Promise<PollSample> => {
    const outcome = await poller.poll(
      { host: '127.0.0.1', port, credentials: C, timeoutMs: 1000, retries: 1 },
      DEFAULT_PROFILES.access,
    );
    if (!outcome.ok) throw new Error(`${outcome.failure}: ${outcome.message}`);
    return outcome.sample;
  };
  /** Polls until sysUpTime has moved past `after` (centisecond resolution). */
  const sampleAfter = async (port: number, after: PollSample): Promise<PollSample> => {
    for (;;) {
      const s = await sample(port);
      if ((s.uptimeCs ?? 0) > (after.uptimeCs ?? 0) || (s.uptimeCs ?? 0) < (after.uptimeCs ?? 0)) return s;
      await sleep(10);
    }
  };
  afterAll(() => poller.close());

  describe('in this process', () => {
    let net: SimulatedNetwork;
    beforeAll(async () => {
      net = await SimulatedNetwork.start({ devices: [spec('a'), spec('b'), spec('c', 2, 'cpe')], seed: 3 });
    });
    afterAll(() => net?.stop());

    it('gives each device its own loopback port', () => {
      const ports = Object.values(net.ports());
      expect(new Set(ports).size).toBe(3);
      expect(ports.every((p) => p > 0)).toBe(true);
    });

    it('wraps a 64-bit counter into a correct rate', async () => {
      const port = net.port('a');
      net.setCounter('a', 1, 'in', (1n << 64n) - 1_000n);
      const before = await sample(port);
      expect(before.interfaces[0]!.inOctets).toBe((1n << 64n) - 1_000n);
      await sleep(20);
      net.setCounter('a', 1, 'in', 500n);
      const after = await sampleAfter(port, before);
      const seconds = (after.uptimeCs! - before.uptimeCs!) / 100;
      expect(interfaceRates(before, after).get(1)?.inBps).toBeCloseTo((1_500 * 8) / seconds, 6);
    });

    it('restarts a device: sysUpTime back near 0, counters reset, rates null for that cycle', async () => {
      const port = net.port('b');
      const before = await sample(port);
      net.restart('b');
      const after = await sample(port);
      expect(after.uptimeCs!).toBeLessThan(before.uptimeCs!);
      expect(after.uptimeCs!).toBeLessThan(1_000);
      expect(after.interfaces.every((i) => i.inOctets === 0n && i.outOctets === 0n)).toBe(true);
      const rates = interfaceRates(before, after);
      for (const r of rates.values()) expect(r).toEqual({ inBps: null, outBps: null, errorsPerSec: null });
    });

    it('sets ifOperStatus with setLink', async () => {
      net.setLink('c', 2, false);
      expect((await sample(net.port('c'))).interfaces.map((i) => i.operUp)).toEqual([true, false]);
      net.setLink('c', 2, true);
      expect((await sample(net.port('c'))).interfaces.map((i) => i.operUp)).toEqual([true, true]);
    });

    it('builds the same MIB data from the same seed, other data from another', async () => {
      const counters = (s: PollSample) => s.interfaces.map((i) => [i.inOctets, i.outOctets, i.inErrors]);
      const devices = [spec('a'), spec('b'), spec('c', 2, 'cpe')];
      const twin = await SimulatedNetwork.start({ devices, seed: 3 });
      const other = await SimulatedNetwork.start({ devices, seed: 4 });
      try {
        const mine = await sample(twin.port('c'));
        const theirs = await sample(net.port('c'));
        expect(counters(mine)).toEqual(counters(theirs));
        expect(mine.cpuLoad).toBe(theirs.cpuLoad);
        expect(mine.temperatureC).toBe(theirs.temperatureC);
        expect(counters(await sample(other.port('c')))).not.toEqual(counters(mine));
      } finally {
        await twin.stop();
        await other.stop();
      }
    });

    it('refuses a port already in use', async () => {
      await expect(
        SimulatedNetwork.start({ devices: [{ ...spec('dup'), port: net.port('a') }] }),
      ).rejects.toThrow(/EADDRINUSE/);
    });
  });

  it('lives: counters grow from tick to tick when live', async () => {
    const net = await SimulatedNetwork.start({
      devices: [spec('live', 2)],
      live: true,
      events: false,
      tickMs: 20,
      seed: 9,
    });
    try {
      const first = await sample(net.port('live'));
      let later = first;
      while (later.interfaces[0]!.inOctets === first.interfaces[0]!.inOctets) {
        await sleep(25);
        later = await sample(net.port('live'));
      }
      expect(later.interfaces[0]!.inOctets! > first.interfaces[0]!.inOctets!).toBe(true);
      const rate = interfaceRates(first, later).get(1)?.inBps;
      expect(rate).toBeGreaterThan(0);
    } finally {
      await net.stop();
    }
  });

  it('runs in a child process that answers polls and takes commands', async () => {
    const sim = await startSimulatorProcess({ devices: [spec('p1'), spec('p2', 2, 'cpe')], seed: 5 });
    try {
      expect(sim.pid).not.toBe(process.pid);
      const s = await sample(sim.ports.p1!);
      expect(s.sysName).toBe('p1');
      await sim.control({ op: 'goDark', id: 'p2' });
      const dark = await poller.poll(
        { host: '127.0.0.1', port: sim.ports.p2!, credentials: C, timeoutMs: 100, retries: 0 },
        DEFAULT_PROFILES.cpe,
      );
      expect(dark).toMatchObject({ ok: false, failure: 'TIMEOUT' });
      await sim.control({ op: 'comeBack', id: 'p2' });
      await sim.control({ op: 'setCounter', id: 'p2', ifIndex: 1, which: 'out', value: 123_456_789_012n });
      expect((await sample(sim.ports.p2!)).interfaces[0]!.outOctets).toBe(123_456_789_012n);
      await expect(sim.control({ op: 'goDark', id: 'nope' })).rejects.toThrow(/no simulated device nope/);
      const usage = await sim.usage();
      expect(usage.fds).toBeGreaterThanOrEqual(2);
      expect(usage.requests).toBeGreaterThan(0);
    } finally {
      await sim.stop();
    }
  });
});

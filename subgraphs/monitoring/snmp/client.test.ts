import dgram from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SnmpPoller } from './client.ts';
import { DEFAULT_PROFILES } from './profiles.ts';
import { SimulatedNetwork } from './simulator.ts';
import type { SnmpCredentials, SnmpTarget } from './types.ts';

const V2C: SnmpCredentials = { version: '2c', community: 'plain-community' };
const V3_SHA256: SnmpCredentials = {
  version: '3',
  user: 'noc',
  level: 'authPriv',
  authProtocol: 'SHA-256',
  authKey: 'auth-secret-256',
  privProtocol: 'AES',
  privKey: 'priv-secret-256',
};
const V3_SHA: SnmpCredentials = {
  version: '3',
  user: 'legacy',
  level: 'authPriv',
  authProtocol: 'SHA',
  authKey: 'auth-secret-sha',
  privProtocol: 'AES',
  privKey: 'priv-secret-sha',
};

/** A UDP socket on loopback that answers every datagram with `answer(request)` (or stays silent). */
async function rawAgent(answer: ((req: Buffer) => Buffer | null) | null) {
  const socket = dgram.createSocket('udp4');
  let received = 0;
  socket.on('message', (msg, rinfo) => {
    received++;
    const reply = answer?.(msg);
    if (reply) socket.send(reply, rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', () => resolve()));
  return {
    port: socket.address().port,
    get received() {
      return received;
    },
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

describe('SnmpPoller against simulated devices', () => {
  let net: SimulatedNetwork;
  let poller: SnmpPoller;
  const target = (id: string, credentials: SnmpCredentials, timeoutMs = 500, retries = 1): SnmpTarget => ({
    host: '127.0.0.1',
    port: net.port(id),
    credentials,
    timeoutMs,
    retries,
  });

  beforeAll(async () => {
    net = await SimulatedNetwork.start({
      devices: [
        {
          id: 'olt',
          credentials: V2C,
          sysName: 'olt-7',
          model: 'MA5800-X7',
          serial: 'OLT-0007',
          interfaces: 8,
          role: 'access',
        },
        {
          id: 'cpe',
          credentials: V2C,
          sysName: 'cpe-1',
          model: 'HG8245H',
          serial: 'CPE-0001',
          interfaces: 2,
          role: 'cpe',
        },
        {
          id: 'core',
          credentials: V2C,
          sysName: 'core-1',
          model: 'ASR9010',
          serial: 'CORE-1',
          interfaces: 48,
          role: 'core',
        },
        { id: 'dark', credentials: V2C, sysName: 'dark-1', model: 'X', serial: 'D1', interfaces: 2 },
        {
          id: 'v3',
          credentials: V3_SHA256,
          sysName: 'v3-256',
          model: 'S5735',
          serial: 'V3-256',
          interfaces: 4,
        },
        {
          id: 'v3sha',
          credentials: V3_SHA,
          sysName: 'v3-sha',
          model: 'S5720',
          serial: 'V3-SHA',
          interfaces: 4,
        },
      ],
      seed: 7,
    });
    poller = new SnmpPoller();
  });
  afterAll(async () => {
    await poller?.close();
    await net?.stop();
  });

  it('reads system, interfaces, CPU load, temperature and the chassis entity over v2c', async () => {
    const outcome = await poller.poll(target('olt', V2C), DEFAULT_PROFILES.access);
    if (!outcome.ok) throw new Error(`${outcome.failure}: ${outcome.message}`);
    const s = outcome.sample;
    expect(s.sysName).toBe('olt-7');
    expect(s.sysDescr).toContain('MA5800-X7');
    expect(s.uptimeCs).toBeGreaterThan(0);
    expect(s.interfaces.map((i) => i.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(s.interfaces[0]).toMatchObject({ name: 'Gi0/1', adminUp: true, operUp: true });
    expect(typeof s.interfaces[0]!.inOctets).toBe('bigint');
    expect(typeof s.interfaces[0]!.outOctets).toBe('bigint');
    expect(typeof s.interfaces[0]!.inErrors).toBe('bigint');
    expect(s.cpuLoad).toBeGreaterThan(0);
    expect(s.cpuLoad).toBeLessThanOrEqual(100);
    // Two celsius sensors (board ~44-50 °C, inlet ~32-36 °C) and a voltage sensor that must be ignored.
    expect(s.temperatureC).toBeGreaterThan(40);
    expect(s.temperatureC).toBeLessThan(60);
    expect(s.entity).toEqual({ serial: 'OLT-0007', model: 'MA5800-X7' });
    // 5 scalars, 7 interface columns × 8, 1 processor column × 2, 4 sensor columns × 3.
    expect(s.values).toBe(5 + 56 + 2 + 12);
    expect(s.at).toBeLessThanOrEqual(Date.now());
  });

  it('fetches only what the profile names: a CPE profile reads no CPU or temperature', async () => {
    const outcome = await poller.poll(target('cpe', V2C), DEFAULT_PROFILES.cpe);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.sample.interfaces.map((i) => i.name)).toEqual(['wan0', 'lan1']);
    expect(outcome.sample.cpuLoad).toBeNull();
    expect(outcome.sample.temperatureC).toBeNull();
    expect(outcome.sample.entity.serial).toBe('CPE-0001');
  });

  it('walks a 48-port table to its end across several GETBULKs, poll after poll', async () => {
    for (let i = 0; i < 3; i++) {
      const outcome = await poller.poll(target('core', V2C), DEFAULT_PROFILES.core);
      if (!outcome.ok) throw new Error(outcome.message);
      expect(outcome.sample.interfaces).toHaveLength(48);
      expect(outcome.sample.interfaces.at(-1)).toMatchObject({ index: 48, name: 'Te0/0/0/47' });
    }
  });

  it('reads extra OIDs with GET and leaves out the ones the agent does not have', async () => {
    const profile = {
      name: 'x',
      groups: ['system'] as const,
      extraOids: ['1.3.6.1.2.1.1.4.0', '1.3.6.1.2.1.2.1.0', '1.3.6.1.4.1.9.9.9.0'],
    };
    const outcome = await poller.poll(target('cpe', V2C), profile);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.sample.extra).toEqual({ '1.3.6.1.2.1.1.4.0': 'noc@example.net', '1.3.6.1.2.1.2.1.0': 2 });
    expect(outcome.sample.interfaces).toEqual([]);
  });

  it('keeps one session per target however often it is polled', async () => {
    const small = new SnmpPoller({ maxSessions: 2 });
    try {
      for (let i = 0; i < 5; i++)
        expect((await small.poll(target('cpe', V2C), DEFAULT_PROFILES.cpe)).ok).toBe(true);
      expect(small.sessionCount).toBe(1);
      await small.poll(target('olt', V2C), DEFAULT_PROFILES.cpe);
      await small.poll(target('core', V2C), DEFAULT_PROFILES.cpe);
      expect(small.sessionCount).toBe(2);
    } finally {
      await small.close();
    }
  });

  it('reports a device gone dark as TIMEOUT after timeout × (retries + 1)', async () => {
    expect((await poller.poll(target('dark', V2C, 200, 2), DEFAULT_PROFILES.cpe)).ok).toBe(true);
    net.goDark('dark');
    try {
      const outcome = await poller.poll(target('dark', V2C, 200, 2), DEFAULT_PROFILES.cpe);
      expect(outcome).toMatchObject({ ok: false, failure: 'TIMEOUT' });
      expect(outcome.durationMs).toBeGreaterThanOrEqual(600 - 5);
      expect(outcome.durationMs).toBeLessThan(600 + 1000);
    } finally {
      net.comeBack('dark');
    }
    expect((await poller.poll(target('dark', V2C, 200, 2), DEFAULT_PROFILES.cpe)).ok).toBe(true);
  });

  it('sends a silent agent the request exactly retries + 1 times before TIMEOUT', async () => {
    const silent = await rawAgent(null);
    try {
      const outcome = await poller.poll(
        { host: '127.0.0.1', port: silent.port, credentials: V2C, timeoutMs: 100, retries: 3 },
        DEFAULT_PROFILES.cpe,
      );
      expect(outcome).toMatchObject({ ok: false, failure: 'TIMEOUT' });
      expect(silent.received).toBe(4);
    } finally {
      await silent.close();
    }
  });

  it('reports a wrong v2c community as TIMEOUT: agents drop such requests unanswered', async () => {
    const outcome = await poller.poll(
      target('cpe', { version: '2c', community: 'guess' }, 100, 0),
      DEFAULT_PROFILES.cpe,
    );
    expect(outcome).toMatchObject({ ok: false, failure: 'TIMEOUT' });
  });

  it('polls over v3 authPriv with SHA-256 + AES and with SHA + AES', async () => {
    for (const [id, c, serial] of [
      ['v3', V3_SHA256, 'V3-256'],
      ['v3sha', V3_SHA, 'V3-SHA'],
    ] as const) {
      for (let i = 0; i < 2; i++) {
        const outcome = await poller.poll(target(id, c), DEFAULT_PROFILES.cpe);
        if (!outcome.ok) throw new Error(`${id}: ${outcome.failure} ${outcome.message}`);
        expect(outcome.sample.entity.serial).toBe(serial);
        expect(outcome.sample.interfaces).toHaveLength(4);
      }
    }
  });

  it('reports a wrong v3 key as an authentication failure, not as down', async () => {
    const cases: SnmpCredentials[] = [
      { ...V3_SHA256, authKey: 'not-the-auth-key' },
      { ...V3_SHA256, privKey: 'not-the-priv-key' },
      { ...V3_SHA256, authProtocol: 'SHA' },
    ];
    for (const c of cases) {
      const outcome = await poller.poll(target('v3', c), DEFAULT_PROFILES.cpe);
      expect(outcome).toMatchObject({ ok: false, failure: 'AUTH_FAILURE' });
      if (!outcome.ok) {
        expect(outcome.message).not.toContain('not-the');
        expect(outcome.message).not.toContain('secret');
      }
    }
    // The right credentials still work on the same agent afterwards.
    expect((await poller.poll(target('v3', V3_SHA256), DEFAULT_PROFILES.cpe)).ok).toBe(true);
  });

  it('reports an unknown v3 user as an authentication failure', async () => {
    const outcome = await poller.poll(target('v3', { ...V3_SHA256, user: 'intruder' }), DEFAULT_PROFILES.cpe);
    expect(outcome).toMatchObject({ ok: false, failure: 'AUTH_FAILURE' });
  });

  it('reports an answer of garbage bytes as MALFORMED and keeps working', async () => {
    const garbage = await rawAgent(() => Buffer.from('this is not BER at all \u0000\u00ff', 'latin1'));
    try {
      const outcome = await poller.poll(
        { host: '127.0.0.1', port: garbage.port, credentials: V2C, timeoutMs: 1000, retries: 0 },
        DEFAULT_PROFILES.cpe,
      );
      expect(outcome).toMatchObject({ ok: false, failure: 'MALFORMED' });
      if (!outcome.ok) expect(outcome.message).not.toContain('plain-community');
    } finally {
      await garbage.close();
    }
    expect((await poller.poll(target('cpe', V2C), DEFAULT_PROFILES.cpe)).ok).toBe(true);
  });

  it('reports a 60 KB answer as MALFORMED without crashing', async () => {
    // A BER SEQUENCE header announcing 60,000 bytes of content, then filler.
    const big = Buffer.alloc(60_004, 0x41);
    big.writeUInt8(0x30, 0);
    big.writeUInt8(0x82, 1);
    big.writeUInt16BE(60_000, 2);
    const huge = await rawAgent(() => big);
    const strict = new SnmpPoller({ maxResponseBytes: 16_384 });
    try {
      for (const p of [poller, strict]) {
        const outcome = await p.poll(
          { host: '127.0.0.1', port: huge.port, credentials: V2C, timeoutMs: 1000, retries: 0 },
          DEFAULT_PROFILES.cpe,
        );
        expect(outcome).toMatchObject({ ok: false, failure: 'MALFORMED' });
      }
    } finally {
      await strict.close();
      await huge.close();
    }
  });

  it('reports bad host strings as UNREACHABLE without sending anything', async () => {
    for (const host of ['', 'not a host', 'bad..host', '999.1.2.3', 'host_with_ünïcode', '-leading-dash']) {
      const outcome = await poller.poll(
        { host, port: 161, credentials: V2C, timeoutMs: 100, retries: 0 },
        DEFAULT_PROFILES.cpe,
      );
      expect(outcome, host).toMatchObject({ ok: false, failure: 'UNREACHABLE' });
    }
    const outcome = await poller.poll(
      { host: '127.0.0.1', port: 70_000, credentials: V2C, timeoutMs: 100, retries: 0 },
      DEFAULT_PROFILES.cpe,
    );
    expect(outcome).toMatchObject({ ok: false, failure: 'UNREACHABLE' });
  });

  it('answers ERROR, never throws, once closed', async () => {
    const p = new SnmpPoller();
    await p.close();
    expect(await p.poll(target('cpe', V2C), DEFAULT_PROFILES.cpe)).toMatchObject({
      ok: false,
      failure: 'ERROR',
    });
  });
});

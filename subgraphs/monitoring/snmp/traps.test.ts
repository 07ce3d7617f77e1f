import dgram from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedNetwork } from './simulator.ts';
import { startTrapReceiver, type TrapEvent, type TrapReceiver } from './traps.ts';
import type { SnmpCredentials } from './types.ts';

const V3: Extract<SnmpCredentials, { version: '3' }> = {
  version: '3',
  user: 'trapper',
  level: 'authPriv',
  authProtocol: 'SHA-256',
  authKey: 'trap-auth-key',
  privProtocol: 'AES',
  privKey: 'trap-priv-key',
};

/** Resolves with the first event `take` accepts. */
function next<T>(list: T[], take: (x: T) => boolean, waiters: (() => void)[]): Promise<T> {
  return new Promise((resolve) => {
    const check = () => {
      const found = list.find(take);
      if (found) resolve(found);
      else waiters.push(check);
    };
    check();
  });
}

describe('trap receiver', () => {
  let net: SimulatedNetwork;
  let receiver: TrapReceiver;
  const traps: TrapEvent[] = [];
  const rejected: { reason: string; source: { address: string; port: number } }[] = [];
  const waiters: (() => void)[] = [];
  const wake = () => {
    for (const w of waiters.splice(0)) w();
  };

  beforeAll(async () => {
    receiver = await startTrapReceiver({
      host: '127.0.0.1',
      port: 0,
      communities: ['traps-ok'],
      users: [{ ...V3 }],
      onTrap: (t) => {
        traps.push(t);
        wake();
      },
      onRejected: (reason, source) => {
        rejected.push({ reason, source });
        wake();
      },
    });
    net = await SimulatedNetwork.start({
      devices: [
        {
          id: 'v2',
          credentials: { version: '2c', community: 'traps-ok' },
          sysName: 'a',
          model: 'm',
          serial: 's1',
          interfaces: 4,
        },
        { id: 'v3', credentials: V3, sysName: 'b', model: 'm', serial: 's2', interfaces: 4 },
        {
          id: 'stranger',
          credentials: { version: '2c', community: 'other' },
          sysName: 'c',
          model: 'm',
          serial: 's3',
          interfaces: 2,
        },
        {
          id: 'badkey',
          credentials: { ...V3, authKey: 'wrong-auth-key' },
          sysName: 'd',
          model: 'm',
          serial: 's4',
          interfaces: 2,
        },
        {
          id: 'nouser',
          credentials: { ...V3, user: 'nobody' },
          sysName: 'e',
          model: 'm',
          serial: 's5',
          interfaces: 2,
        },
      ],
      trapTarget: { host: '127.0.0.1', port: receiver.port },
    });
  });
  afterAll(async () => {
    await net?.stop();
    await receiver?.close();
  });

  it('binds a free port when asked for port 0', () => {
    expect(receiver.port).toBeGreaterThan(0);
  });

  it('receives a v2c linkDown from a link going down, naming the interface and the device port', async () => {
    net.setLink('v2', 3, false);
    const trap = await next(traps, (t) => t.source.port === net.port('v2') && t.kind === 'linkDown', waiters);
    expect(trap).toMatchObject({
      source: { address: '127.0.0.1', port: net.port('v2') },
      kind: 'linkDown',
      trapOid: '1.3.6.1.6.3.1.1.5.3',
      ifIndex: 3,
      version: '2c',
    });
    expect(trap.varbinds).toContainEqual({ oid: '1.3.6.1.2.1.2.2.1.8.3', value: 2 });
    net.setLink('v2', 3, true);
    const up = await next(traps, (t) => t.source.port === net.port('v2') && t.kind === 'linkUp', waiters);
    expect(up.ifIndex).toBe(3);
  });

  it('receives a v3 authPriv linkDown', async () => {
    net.setLink('v3', 2, false);
    const trap = await next(traps, (t) => t.source.port === net.port('v3') && t.kind === 'linkDown', waiters);
    expect(trap).toMatchObject({ kind: 'linkDown', ifIndex: 2, version: '3' });
  });

  it('receives the coldStart a restart sends', async () => {
    net.restart('v2');
    const trap = await next(
      traps,
      (t) => t.source.port === net.port('v2') && t.kind === 'coldStart',
      waiters,
    );
    expect(trap.ifIndex).toBeNull();
  });

  it('counts and reports an unknown community, a wrong v3 key, an unknown user and garbage', async () => {
    const before = receiver.stats.rejected;
    const received = receiver.stats.received;
    net.sendTrap('stranger', 'linkDown', 1);
    net.sendTrap('badkey', 'linkDown', 1);
    net.sendTrap('nouser', 'linkDown', 1);
    const raw = dgram.createSocket('udp4');
    await new Promise<void>((resolve) => raw.bind(0, '127.0.0.1', () => resolve()));
    raw.send(Buffer.from('garbage, not SNMP'), receiver.port, '127.0.0.1');
    raw.send(Buffer.alloc(60_000, 0x30), receiver.port, '127.0.0.1');
    const from = (port: number) => next(rejected, (r) => r.source.port === port, waiters);
    expect((await from(net.port('stranger'))).reason).toBe('unknown community');
    expect((await from(net.port('badkey'))).reason).toMatch(/authentication failed|decryption failed/);
    expect((await from(net.port('nouser'))).reason).toBe('unknown user');
    await next(
      rejected,
      (r) =>
        r.source.port === raw.address().port &&
        rejected.filter((x) => x.source.port === raw.address().port).length === 2,
      waiters,
    );
    expect(rejected.filter((r) => r.source.port === raw.address().port).map((r) => r.reason)).toEqual([
      'undecodable datagram',
      'undecodable datagram',
    ]);
    raw.close();
    expect(receiver.stats.rejected - before).toBe(5);
    expect(receiver.stats.received).toBe(received);
    for (const r of rejected) expect(r.reason).not.toMatch(/other|wrong-auth-key|trap-priv-key/);
  });
});

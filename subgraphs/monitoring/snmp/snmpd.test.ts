import { type ChildProcess, spawn } from 'node:child_process';
import dgram from 'node:dgram';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SnmpPoller } from './client.ts';
import { DEFAULT_PROFILES } from './profiles.ts';
import type { PollOutcome, SnmpCredentials, SnmpTarget } from './types.ts';

const SNMPD = '/usr/sbin/snmpd';
const V2C: SnmpCredentials = { version: '2c', community: 'snmpd-ro-test' };
const V3: SnmpCredentials = {
  version: '3',
  user: 'engine-test',
  level: 'authPriv',
  authProtocol: 'SHA-256',
  authKey: 'snmpd-auth-pass',
  privProtocol: 'AES',
  privKey: 'snmpd-priv-pass',
};

async function freeUdpPort(): Promise<number> {
  const s = dgram.createSocket('udp4');
  await new Promise<void>((resolve) => s.bind(0, '127.0.0.1', () => resolve()));
  const { port } = s.address();
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

describe('SnmpPoller against a real Debian snmpd', () => {
  let dir: string;
  let snmpd: ChildProcess | null = null;
  let port = 0;
  let log = '';
  const poller = new SnmpPoller();
  const target = (credentials: SnmpCredentials): SnmpTarget => ({
    host: '127.0.0.1',
    port,
    credentials,
    timeoutMs: 1000,
    retries: 1,
  });

  beforeAll(async () => {
    if (!existsSync(SNMPD)) {
      throw new Error(`${SNMPD} is missing: this test needs Net-SNMP's agent; run \`apt-get install snmpd\``);
    }
    dir = await mkdtemp(join(tmpdir(), 'snmpd-test-'));
    const conf = join(dir, 'snmpd.conf');
    await writeFile(
      conf,
      [
        `[snmp] persistentDir ${dir}`,
        `rocommunity ${V2C.version === '2c' ? V2C.community : ''} 127.0.0.1`,
        V3.version === '3' ? `createUser ${V3.user} SHA-256 "${V3.authKey}" AES "${V3.privKey}"` : '',
        V3.version === '3' ? `rouser ${V3.user} priv` : '',
        'sysName snmpd-under-test',
        'sysDescr Debian snmpd polled by the engine tests',
        'sysLocation test',
        '',
      ].join('\n'),
    );
    // snmpd reports it is up only in its log; a free port may be taken in between, so try a few.
    for (let attempt = 0; attempt < 5 && !snmpd; attempt++) {
      port = await freeUdpPort();
      log = '';
      const child = spawn(
        SNMPD,
        ['-f', '-Lo', '-C', '-c', conf, '-p', join(dir, 'snmpd.pid'), `udp:127.0.0.1:${port}`],
        { env: { ...process.env, SNMP_PERSISTENT_DIR: dir, MIBS: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child.stdout?.on('data', (d) => {
        log += String(d);
      });
      child.stderr?.on('data', (d) => {
        log += String(d);
      });
      let exited = false;
      child.once('exit', () => {
        exited = true;
      });
      // Ready when it answers a v2c poll.
      for (let i = 0; i < 100 && !exited; i++) {
        const probe = await poller.poll(
          { host: '127.0.0.1', port, credentials: V2C, timeoutMs: 100, retries: 0 },
          { name: 'probe', groups: ['system'] },
        );
        if (probe.ok) {
          snmpd = child;
          break;
        }
        await sleep(50);
      }
      if (!snmpd) child.kill('SIGKILL');
    }
    if (!snmpd) throw new Error(`snmpd did not start:\n${log}`);
  });

  afterAll(async () => {
    await poller.close();
    if (snmpd && snmpd.exitCode === null) {
      const gone = new Promise((resolve) => snmpd?.once('exit', resolve));
      snmpd.kill('SIGTERM');
      await gone;
    }
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const expectHost = (outcome: PollOutcome) => {
    if (!outcome.ok) throw new Error(`${outcome.failure}: ${outcome.message}\n${log}`);
    const s = outcome.sample;
    expect(s.sysName).toBe('snmpd-under-test');
    expect(s.sysDescr).toBe('Debian snmpd polled by the engine tests');
    expect(s.uptimeCs).toBeGreaterThanOrEqual(0);
    const lo = s.interfaces.find((i) => i.name === 'lo');
    expect(lo).toBeDefined();
    expect(lo?.operUp).toBe(true);
    expect(typeof lo?.inOctets).toBe('bigint');
    // snmpd fills hrProcessorLoad only after a minute of samples; ENTITY-MIB and its sensors are not part
    // of snmpd.
    expect(s.cpuLoad === null || (s.cpuLoad >= 0 && s.cpuLoad <= 100)).toBe(true);
    expect(s.temperatureC).toBeNull();
    expect(s.entity).toEqual({ serial: null, model: null });
  };

  it('polls system, interfaces and CPU over v2c', async () => {
    expectHost(await poller.poll(target(V2C), DEFAULT_PROFILES.access));
    expectHost(await poller.poll(target(V2C), DEFAULT_PROFILES.access));
  });

  it('polls over v3 authPriv (SHA-256, AES)', async () => {
    expectHost(await poller.poll(target(V3), DEFAULT_PROFILES.access));
    expectHost(await poller.poll(target(V3), DEFAULT_PROFILES.access));
  });

  it('reports a wrong v3 auth key, priv key or user as AUTH_FAILURE, not as down', async () => {
    if (V3.version !== '3') throw new Error('v3 credentials expected');
    for (const c of [
      { ...V3, authKey: 'wrong-auth-pass' },
      { ...V3, privKey: 'wrong-priv-pass' },
      { ...V3, user: 'nobody' },
    ]) {
      expect(await poller.poll(target(c), DEFAULT_PROFILES.cpe)).toMatchObject({
        ok: false,
        failure: 'AUTH_FAILURE',
      });
    }
  });

  it('reads extra OIDs from snmpd', async () => {
    const outcome = await poller.poll(target(V2C), {
      name: 'x',
      groups: [],
      extraOids: ['1.3.6.1.2.1.1.6.0'],
    });
    expect(outcome.ok && outcome.sample.extra).toEqual({ '1.3.6.1.2.1.1.6.0': 'test' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServiceHarness } from '../../../test/helpers.ts';
import { loadMonitoringConfig } from '../config.ts';
import { monitoring } from '../index.ts';
import { dropExpired, ensurePartitions, rollUp } from './partitions.ts';

const DAY = 86_400_000;

describe('metric partitions', () => {
  const h = useServiceHarness(monitoring);
  const partitions = async () =>
    (
      await h.database.sql<{ name: string }[]>`
        select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
        join pg_class p on p.oid = i.inhparent where p.relname in ('metrics_raw', 'metrics_hourly') order by 1`
    ).map((r) => r.name);
  const now = new Date('2026-12-02T10:30:00Z');

  beforeAll(async () => {
    await ensurePartitions(h.database, new Date(now.getTime() - 20 * DAY));
    await ensurePartitions(h.database, now);
  });
  afterAll(() => {});

  it('creates daily raw and monthly hourly partitions ahead, idempotently', async () => {
    await ensurePartitions(h.database, now);
    const names = await partitions();
    for (const day of ['20261201', '20261202', '20261203', '20261204'])
      expect(names).toContain(`metrics_raw_${day}`);
    expect(names).toContain('metrics_hourly_202612');
    expect(names).toContain('metrics_hourly_202701');
  });

  it('rolls finished hours up from the raw samples, once', async () => {
    const id = '00000000-0000-4000-8000-000000000001';
    await h.database.sql`insert into monitoring.metrics_raw (equipment_id, if_index, at, in_bps, cpu_load)
      values (${id}, 1, '2026-12-02T09:10:00Z', 100, null), (${id}, 1, '2026-12-02T09:40:00Z', 300, null),
             (${id}, 0, '2026-12-02T09:20:00Z', null, 50), (${id}, 1, '2026-12-02T10:10:00Z', 900, null)`;
    await rollUp(h.database, now);
    await rollUp(h.database, now);
    const rows = await h.database.sql<
      { if_index: number; in_bps: number; cpu_load: number; samples: number }[]
    >`
      select if_index, in_bps, cpu_load, samples from monitoring.metrics_hourly where equipment_id = ${id} order by if_index`;
    // 10:00–11:00 is not finished at 10:30: not rolled up yet.
    expect(rows).toEqual([
      { if_index: 0, in_bps: null, cpu_load: 50, samples: 1 },
      { if_index: 1, in_bps: 200, cpu_load: null, samples: 2 },
    ]);
  });

  it('drops whole partitions past retention, and only those', async () => {
    const dropped = await dropExpired(h.database, { rawDays: 7, hourlyDays: 400 }, now);
    expect(dropped.sort()).toEqual([
      'metrics_raw_20261111',
      'metrics_raw_20261112',
      'metrics_raw_20261113',
      'metrics_raw_20261114',
    ]);
    const names = await partitions();
    expect(names).toContain('metrics_raw_20261202');
    expect(names).toContain('metrics_hourly_202611');
  });
});

describe('monitoring configuration', () => {
  it('refuses to start in production without SECRETS_KEY, saying what to set', () => {
    expect(() => loadMonitoringConfig({ NODE_ENV: 'production' })).toThrow(
      /Set SECRETS_KEY.*openssl rand -base64 32/,
    );
    expect(() => loadMonitoringConfig({ NODE_ENV: 'production', SECRETS_KEY: 'c2hvcnQ=' })).toThrow(
      /32 random bytes/,
    );
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(loadMonitoringConfig({ NODE_ENV: 'production', SECRETS_KEY: key }).development).toBe(false);
  });
});

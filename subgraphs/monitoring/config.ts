import { z } from 'zod';
import { isDevelopment, NODE_ENVS } from '../shared/config.ts';
import { createSealer, parseSecretKey, type Sealer } from '../shared/secrets.ts';

/** Development only: the key credentials are sealed with when SECRETS_KEY is not set. */
export const DEV_SECRETS_KEY = Buffer.from('dev-only-secrets-key-change-me-!').toString('base64');

const onOff = z.enum(['on', 'off']);

const env = z.object({
  NODE_ENV: z.enum(NODE_ENVS).default('production'),
  SECRETS_KEY: z.string().optional(),
  /** This process polls (its share of) the units; `off` for a replica that only serves the API. */
  MONITORING_POLLER: onOff.default('on'),
  /** Polls in flight at once to units that answer. */
  MONITORING_CONCURRENCY: z.coerce.number().int().min(1).max(10_000).default(512),
  /** Polls in flight at once to units that failed their last poll: the slow lane. */
  MONITORING_SLOW_CONCURRENCY: z.coerce.number().int().min(1).max(10_000).default(64),
  /** Per-request timeout (ms) and retries of one poll. */
  MONITORING_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2_000),
  MONITORING_RETRIES: z.coerce.number().int().min(0).max(5).default(1),
  /** UDP port of the trap receiver; `off` for none, 0 for any free port. */
  MONITORING_TRAP_PORT: z.union([z.literal('off'), z.coerce.number().int().min(0).max(65535)]).default(1162),
  MONITORING_TRAP_HOST: z.string().min(1).default('127.0.0.1'),
  /** Days of raw samples kept (daily partitions), and of hourly series (monthly partitions). */
  MONITORING_RAW_RETENTION_DAYS: z.coerce.number().int().min(1).max(366).default(7),
  MONITORING_HOURLY_RETENTION_DAYS: z.coerce.number().int().min(7).max(3660).default(400),
  /** How often a poller claims due units (ms). */
  MONITORING_TICK_MS: z.coerce.number().int().min(20).max(10_000).default(1000),
  /** A poller's name in the lease table (default: a random one per process). */
  MONITORING_POLLER_ID: z.string().min(1).max(100).optional(),
  /** The demo's simulated network: first UDP port of its devices (0: any free ports). */
  MONITORING_SIMULATOR_BASE_PORT: z.coerce.number().int().min(0).max(65000).default(16100),
});

export interface MonitoringConfig {
  development: boolean;
  sealer: Sealer;
  poller: boolean;
  concurrency: number;
  slowConcurrency: number;
  timeoutMs: number;
  retries: number;
  trapPort: number | null;
  trapHost: string;
  rawRetentionDays: number;
  hourlyRetentionDays: number;
  simulatorBasePort: number;
  tickMs: number;
  pollerId: string | undefined;
}

/**
 * The monitoring module's settings. Without SECRETS_KEY a production process refuses to start (sealed
 * credentials could not be read or written); development and tests use a fixed development key.
 */
export function loadMonitoringConfig(source: NodeJS.ProcessEnv = process.env): MonitoringConfig {
  const parsed = env.parse(source);
  const development = isDevelopment(parsed.NODE_ENV);
  if (!parsed.SECRETS_KEY && !development) {
    throw new Error(
      'Set SECRETS_KEY to 32 random bytes in base64 (openssl rand -base64 32): monitoring seals SNMP credentials with it',
    );
  }
  const key = parseSecretKey('SECRETS_KEY', parsed.SECRETS_KEY ?? DEV_SECRETS_KEY);
  return {
    development,
    sealer: createSealer(key),
    poller: parsed.MONITORING_POLLER === 'on',
    concurrency: parsed.MONITORING_CONCURRENCY,
    slowConcurrency: parsed.MONITORING_SLOW_CONCURRENCY,
    timeoutMs: parsed.MONITORING_TIMEOUT_MS,
    retries: parsed.MONITORING_RETRIES,
    trapPort: parsed.MONITORING_TRAP_PORT === 'off' ? null : parsed.MONITORING_TRAP_PORT,
    trapHost: parsed.MONITORING_TRAP_HOST,
    rawRetentionDays: parsed.MONITORING_RAW_RETENTION_DAYS,
    hourlyRetentionDays: parsed.MONITORING_HOURLY_RETENTION_DAYS,
    simulatorBasePort: parsed.MONITORING_SIMULATOR_BASE_PORT,
    tickMs: parsed.MONITORING_TICK_MS,
    pollerId: parsed.MONITORING_POLLER_ID,
  };
}

let cached: MonitoringConfig | undefined;

/** The process's settings, read once. */
export function monitoringConfig(): MonitoringConfig {
  cached ??= loadMonitoringConfig();
  return cached;
}

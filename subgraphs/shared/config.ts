import { z } from 'zod';

/**
 * The development secrets: accepted only when NODE_ENV says `development` or `test` explicitly (as
 * `npm start` and the tests do). A process started without NODE_ENV runs as production.
 */
export const DEV_JWT_SECRET = 'dev-only-jwt-secret-change-me-0123456789abcdef';
export const DEV_INTERNAL_SECRET = 'dev-only-internal-secret-change-me-0123456789';

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/** True where development secrets, introspection and schema hints are allowed. */
export const isDevelopment = (env: NodeEnv) => env !== 'production';

const env = z.object({
  NODE_ENV: z.enum(NODE_ENVS).default('production'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url().optional(),
  INTERNAL_TOKEN_SECRET: z.string().min(32).default(DEV_INTERNAL_SECRET),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Longest a statement may run; below the gateway's subgraph timeout (10 s by default). */
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(8_000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** The gateway's GraphQL endpoint, where a module reads what other modules own. */
  GATEWAY_URL: z.url().default('http://127.0.0.1:4000/graphql'),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** Internal listener for Prometheus metrics: `off`, or a port (0 picks a free one). */
  METRICS_PORT: z.union([z.literal('off'), z.coerce.number().int().min(0).max(65535)]).optional(),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
});

export type SharedConfig = z.infer<typeof env> & {
  /** Database URL for one subgraph: `<NAME>_DATABASE_URL`, else `DATABASE_URL`. */
  databaseUrlFor(subgraph: string): string | undefined;
  /** Port of one subgraph when several run in one process (`npm start`): `SUBGRAPH_<NAME>_PORT`. */
  portFor(subgraph: string): number | undefined;
};

/** Reads and validates the environment of a subgraph process. */
export function loadSharedConfig(source: NodeJS.ProcessEnv = process.env): SharedConfig {
  const parsed = env.parse(source);
  if (!isDevelopment(parsed.NODE_ENV) && parsed.INTERNAL_TOKEN_SECRET === DEV_INTERNAL_SECRET) {
    throw new Error(
      'Set INTERNAL_TOKEN_SECRET (or NODE_ENV=development): the development secret is accepted only in development',
    );
  }
  return {
    ...parsed,
    databaseUrlFor: (subgraph) => source[`${subgraph.toUpperCase()}_DATABASE_URL`] ?? parsed.DATABASE_URL,
    portFor: (subgraph) => {
      const name = `SUBGRAPH_${subgraph.toUpperCase()}_PORT`;
      const value = source[name];
      if (value === undefined) return undefined;
      const port = z.coerce.number().int().min(0).max(65535).safeParse(value);
      if (!port.success) throw new Error(`${name} must be a port number, got "${value}"`);
      return port.data;
    },
  };
}

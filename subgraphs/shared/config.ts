import { z } from 'zod';

/** The development secrets: usable anywhere but production, where they are refused. */
export const DEV_JWT_SECRET = 'dev-only-jwt-secret-change-me-0123456789abcdef';
export const DEV_INTERNAL_SECRET = 'dev-only-internal-secret-change-me-0123456789';

const env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url().optional(),
  INTERNAL_TOKEN_SECRET: z.string().min(32).default(DEV_INTERNAL_SECRET),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
});

export type SharedConfig = z.infer<typeof env> & {
  /** Database URL for one subgraph: `<NAME>_DATABASE_URL`, else `DATABASE_URL`. */
  databaseUrlFor(subgraph: string): string | undefined;
};

/** Reads and validates the environment shared by every subgraph process. */
export function loadSharedConfig(source: NodeJS.ProcessEnv = process.env): SharedConfig {
  const parsed = env.parse(source);
  if (parsed.NODE_ENV === 'production' && parsed.INTERNAL_TOKEN_SECRET === DEV_INTERNAL_SECRET) {
    throw new Error('INTERNAL_TOKEN_SECRET must be set in production; the development secret is refused');
  }
  return {
    ...parsed,
    databaseUrlFor: (subgraph) => source[`${subgraph.toUpperCase()}_DATABASE_URL`] ?? parsed.DATABASE_URL,
  };
}

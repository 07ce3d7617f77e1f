import { z } from 'zod';
import { DEV_INTERNAL_SECRET, DEV_JWT_SECRET } from '../subgraphs/shared/config.ts';
import { defaultLimits, type OperationLimits } from './limits.ts';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  JWT_SECRET: z.string().min(32).default(DEV_JWT_SECRET),
  JWKS_URL: z.string().url().optional(),
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  INTERNAL_TOKEN_SECRET: z.string().min(32).default(DEV_INTERNAL_SECRET),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  INTROSPECTION: bool.optional(),
  LIMIT_MAX_DEPTH: z.coerce.number().int().min(1).default(defaultLimits.maxDepth),
  LIMIT_MAX_ALIASES: z.coerce.number().int().min(0).default(defaultLimits.maxAliases),
  LIMIT_MAX_ROOT_FIELDS: z.coerce.number().int().min(1).default(defaultLimits.maxRootFields),
  LIMIT_MAX_TOKENS: z.coerce.number().int().min(100).default(defaultLimits.maxTokens),
  LIMIT_MAX_COST: z.coerce.number().int().min(1).default(defaultLimits.maxCost),
  LIMIT_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(defaultLimits.maxBodyBytes),
});

export interface GatewayConfig {
  nodeEnv: 'development' | 'production' | 'test';
  logLevel: string;
  port: number;
  host: string;
  jwt: {
    secret: string;
    jwksUrl?: string | undefined;
    issuer?: string | undefined;
    audience?: string | undefined;
  };
  internalSecret: string;
  subgraphTimeoutMs: number;
  introspection: boolean;
  limits: OperationLimits;
  /** `SUBGRAPH_<NAME>_URL` overrides of the URLs in the supergraph. */
  subgraphUrls: Record<string, string>;
}

/** Reads and validates the gateway's environment. Development secrets are refused in production. */
export function loadGatewayConfig(source: NodeJS.ProcessEnv = process.env): GatewayConfig {
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  const e = env.parse(source);
  const production = e.NODE_ENV === 'production';
  if (production && !e.JWKS_URL && e.JWT_SECRET === DEV_JWT_SECRET) {
    throw new Error('Set JWKS_URL (or JWT_SECRET) in production; the development JWT secret is refused');
  }
  if (production && e.INTERNAL_TOKEN_SECRET === DEV_INTERNAL_SECRET) {
    throw new Error('Set INTERNAL_TOKEN_SECRET in production; the development secret is refused');
  }
  const subgraphUrls: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    const match = key.match(/^SUBGRAPH_([A-Z0-9_]+)_URL$/);
    if (match?.[1] && value) subgraphUrls[match[1].toLowerCase()] = value;
  }
  return {
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    port: e.GATEWAY_PORT,
    host: e.GATEWAY_HOST,
    jwt: { secret: e.JWT_SECRET, jwksUrl: e.JWKS_URL, issuer: e.JWT_ISSUER, audience: e.JWT_AUDIENCE },
    internalSecret: e.INTERNAL_TOKEN_SECRET,
    subgraphTimeoutMs: e.SUBGRAPH_TIMEOUT_MS,
    introspection: e.INTROSPECTION ?? !production,
    limits: {
      ...defaultLimits,
      maxDepth: e.LIMIT_MAX_DEPTH,
      maxAliases: e.LIMIT_MAX_ALIASES,
      maxRootFields: e.LIMIT_MAX_ROOT_FIELDS,
      maxTokens: e.LIMIT_MAX_TOKENS,
      maxCost: e.LIMIT_MAX_COST,
      maxBodyBytes: e.LIMIT_MAX_BODY_BYTES,
    },
    subgraphUrls,
  };
}

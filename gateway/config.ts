import { z } from 'zod';
import {
  DEV_INTERNAL_SECRET,
  DEV_JWT_SECRET,
  isDevelopment,
  NODE_ENVS,
  type NodeEnv,
} from '../subgraphs/shared/config.ts';
import { DEFAULT_ANONYMOUS_BODY_BYTES } from '../subgraphs/shared/http.ts';
import { defaultLimits, type OperationLimits } from './limits.ts';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const env = z.object({
  NODE_ENV: z.enum(NODE_ENVS).default('production'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GATEWAY_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  JWT_SECRET: z.string().min(32).default(DEV_JWT_SECRET),
  JWKS_URL: z.string().url().optional(),
  JWT_ISSUER: z.string().optional(),
  JWT_AUDIENCE: z.string().optional(),
  /** The longest a caller's token may live (exp − now, and exp − iat). */
  JWT_MAX_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(31 * 86_400)
    .default(86_400),
  INTERNAL_TOKEN_SECRET: z.string().min(32).default(DEV_INTERNAL_SECRET),
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** The time a bulk input (a CSV import) may take, instead of SUBGRAPH_TIMEOUT_MS. */
  BULK_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(120_000),
  /** Identical subgraph reads in flight at once share one request. */
  DEDUPE_SUBGRAPH_READS: bool.default(true),
  /** Subscriptions one socket may hold at once. */
  SUBSCRIPTIONS_PER_CONNECTION: z.coerce.number().int().min(1).max(10_000).default(100),
  /** Subscriptions the gateway serves at once, all sockets together. */
  SUBSCRIPTIONS_MAX: z.coerce.number().int().min(1).default(50_000),
  /** Events held for a subscriber that does not read; beyond, the oldest are dropped with a notice. */
  SUBSCRIPTION_QUEUE: z.coerce.number().int().min(1).max(100_000).default(100),
  INTROSPECTION: bool.optional(),
  EXPLORER: bool.optional(),
  /** `off`, or a port (0 picks a free one). */
  METRICS_PORT: z.union([z.literal('off'), z.coerce.number().int().min(0).max(65535)]).default(9400),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  LIMIT_MAX_DEPTH: z.coerce.number().int().min(1).default(defaultLimits.maxDepth),
  LIMIT_MAX_ALIASES: z.coerce.number().int().min(0).default(defaultLimits.maxAliases),
  LIMIT_MAX_ROOT_FIELDS: z.coerce.number().int().min(1).default(defaultLimits.maxRootFields),
  LIMIT_MAX_TOKENS: z.coerce.number().int().min(100).default(defaultLimits.maxTokens),
  LIMIT_MAX_QUERY_CHARS: z.coerce.number().int().min(1_000).default(defaultLimits.maxQueryChars),
  LIMIT_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(defaultLimits.maxDirectives),
  LIMIT_MAX_COST: z.coerce.number().int().min(1).default(defaultLimits.maxCost),
  LIMIT_MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(defaultLimits.maxBodyBytes),
  /** Body limit of a request without a token (introspection only, while introspection is on). */
  LIMIT_ANONYMOUS_BODY_BYTES: z.coerce.number().int().min(1024).default(DEFAULT_ANONYMOUS_BODY_BYTES),
});

export interface GatewayConfig {
  nodeEnv: NodeEnv;
  /** Development and tests: schema hints in errors. */
  development: boolean;
  logLevel: string;
  port: number;
  host: string;
  jwt: {
    secret: string;
    jwksUrl?: string | undefined;
    issuer?: string | undefined;
    audience?: string | undefined;
    maxTtlSeconds: number;
  };
  internalSecret: string;
  subgraphTimeoutMs: number;
  bulkTimeoutMs: number;
  /** Identical subgraph reads in flight at once share one request (DEDUPE_SUBGRAPH_READS). */
  dedupeSubgraphReads: boolean;
  /** Subscription limits (SUBSCRIPTIONS_PER_CONNECTION, SUBSCRIPTIONS_MAX, SUBSCRIPTION_QUEUE). */
  subscriptions: { perConnection: number; total: number; queue: number };
  introspection: boolean;
  /** Serve the explorer page at the endpoint (off in production unless EXPLORER=true). */
  explorer: boolean;
  /** Internal listener for `/metrics` (METRICS_PORT; 0 picks a free port, `off` serves none). */
  metrics: { port: number; host: string } | null;
  limits: OperationLimits;
  anonymousBodyBytes: number;
  /** `SUBGRAPH_<NAME>_URL` overrides of the URLs in the supergraph. */
  subgraphUrls: Record<string, string>;
}

/**
 * Reads and validates the gateway's environment. Without NODE_ENV the gateway runs as production: the
 * development secrets are refused, and a JWKS URL needs its issuer and audience.
 */
export function loadGatewayConfig(source: NodeJS.ProcessEnv = process.env): GatewayConfig {
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  const e = env.parse(source);
  const development = isDevelopment(e.NODE_ENV);
  if (!development && !e.JWKS_URL && e.JWT_SECRET === DEV_JWT_SECRET) {
    throw new Error('Set JWKS_URL (or JWT_SECRET) in production; the development JWT secret is refused');
  }
  if (!development && e.INTERNAL_TOKEN_SECRET === DEV_INTERNAL_SECRET) {
    throw new Error('Set INTERNAL_TOKEN_SECRET in production; the development secret is refused');
  }
  if (!development && e.JWKS_URL && !e.JWT_ISSUER) {
    throw new Error('Set JWT_ISSUER with JWKS_URL in production: tokens of any issuer would be accepted');
  }
  if (!development && e.JWKS_URL && !e.JWT_AUDIENCE) {
    throw new Error(
      'Set JWT_AUDIENCE with JWKS_URL in production: tokens meant for other services would be accepted',
    );
  }
  const subgraphUrls: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    const match = key.match(/^SUBGRAPH_([A-Z0-9_]+)_URL$/);
    if (match?.[1] && value) subgraphUrls[match[1].toLowerCase()] = value;
  }
  return {
    nodeEnv: e.NODE_ENV,
    development,
    logLevel: e.LOG_LEVEL,
    port: e.GATEWAY_PORT,
    host: e.GATEWAY_HOST,
    jwt: {
      secret: e.JWT_SECRET,
      jwksUrl: e.JWKS_URL,
      issuer: e.JWT_ISSUER,
      audience: e.JWT_AUDIENCE,
      maxTtlSeconds: e.JWT_MAX_TTL_SECONDS,
    },
    internalSecret: e.INTERNAL_TOKEN_SECRET,
    subgraphTimeoutMs: e.SUBGRAPH_TIMEOUT_MS,
    bulkTimeoutMs: e.BULK_TIMEOUT_MS,
    dedupeSubgraphReads: e.DEDUPE_SUBGRAPH_READS,
    subscriptions: {
      perConnection: e.SUBSCRIPTIONS_PER_CONNECTION,
      total: e.SUBSCRIPTIONS_MAX,
      queue: e.SUBSCRIPTION_QUEUE,
    },
    introspection: e.INTROSPECTION ?? development,
    explorer: e.EXPLORER ?? development,
    metrics: e.METRICS_PORT === 'off' ? null : { port: e.METRICS_PORT, host: e.METRICS_HOST },
    limits: {
      ...defaultLimits,
      maxDepth: e.LIMIT_MAX_DEPTH,
      maxAliases: e.LIMIT_MAX_ALIASES,
      maxRootFields: e.LIMIT_MAX_ROOT_FIELDS,
      maxTokens: e.LIMIT_MAX_TOKENS,
      maxQueryChars: e.LIMIT_MAX_QUERY_CHARS,
      maxDirectives: e.LIMIT_MAX_DIRECTIVES,
      maxCost: e.LIMIT_MAX_COST,
      maxBodyBytes: e.LIMIT_MAX_BODY_BYTES,
    },
    anonymousBodyBytes: e.LIMIT_ANONYMOUS_BODY_BYTES,
    subgraphUrls,
  };
}

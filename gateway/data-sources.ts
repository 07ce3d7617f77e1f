import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Actor } from '../subgraphs/shared/auth.ts';
import { DEADLINE_HEADER } from '../subgraphs/shared/http.ts';
import type { Logger } from '../subgraphs/shared/logger.ts';
import { NO_SHARING_HEADER, type SubgraphFetcher } from './fetcher.ts';

/** What the gateway keeps for one operation, over HTTP or WebSocket. */
export interface GatewayContext {
  actor: Actor;
  requestId: string;
  logger: Logger;
  /** The internal token for this caller, signed once. */
  internalToken: Promise<string>;
  /** When the operation gives up (ms since the epoch); every subgraph call ends by then, and says so. */
  deadline: number;
  /** The request body's size in bytes (HTTP), for the bulk-input check. */
  bodyBytes?: number | undefined;
  /** Run for a graphql-ws operation: the socket counts it, not the HTTP telemetry. */
  socket?: boolean;
}

/**
 * What one operation of `actor` carries, HTTP, socket and subscription event alike: its request id and
 * logger, the caller's internal token (signed once per identity and reused while valid), and a deadline
 * `timeoutMs` from now.
 */
export function operationContext(opts: {
  actor: Actor;
  requestId: string;
  logger: Logger;
  issueInternalToken: (actor: Actor) => Promise<string>;
  timeoutMs: number;
}): GatewayContext {
  return {
    actor: opts.actor,
    requestId: opts.requestId,
    logger: opts.logger.child({ requestId: opts.requestId, actor: opts.actor.id }),
    internalToken: opts.issueInternalToken(opts.actor),
    deadline: Date.now() + opts.timeoutMs,
  };
}

/**
 * The gateway's connection to one subgraph: the caller as a short-lived internal token, the request id
 * and the operation's deadline in headers, over the gateway's own fetcher (see `subgraphFetcher`).
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(opts: { url: string; fetcher: SubgraphFetcher }) {
    super({ url: opts.url, fetcher: opts.fetcher as never });
  }

  override async willSendRequest(
    options: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0],
  ) {
    const { request, context } = options;
    const ctx = context as Partial<GatewayContext>;
    const operation =
      'incomingRequestContext' in options ? options.incomingRequestContext.operation?.operation : undefined;
    // Only a query's reads may share an identical request in flight; a write reads what it wrote.
    if (operation !== 'query') request.http?.headers.set(NO_SHARING_HEADER, '1');
    if (!ctx.internalToken) return;
    request.http?.headers.set('authorization', `Bearer ${await ctx.internalToken}`);
    request.http?.headers.set('x-request-id', ctx.requestId ?? '');
    if (ctx.deadline) request.http?.headers.set(DEADLINE_HEADER, String(ctx.deadline));
  }
}

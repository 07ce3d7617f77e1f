import type { Server } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { type Actor, bearer } from '../subgraphs/shared/auth.ts';
import { requestIdFrom } from '../subgraphs/shared/http.ts';
import type { Logger } from '../subgraphs/shared/logger.ts';
import type { CallerVerifier } from './auth.ts';
import { maskGatewayError } from './masking.ts';
import type { OperationGuard } from './operation-guard.ts';

interface SocketExtra extends Record<PropertyKey, unknown> {
  actor?: Actor;
  requestId?: string;
  expiry?: NodeJS.Timeout;
}

type WsContext = Context<
  Record<string, unknown>,
  SocketExtra & { socket?: { close(code: number, reason: string): void } }
>;

function close(ctx: WsContext, code: 4400 | 4403, reason: string): void {
  ctx.extra.socket?.close(code, reason);
}

/**
 * graphql-ws on the gateway's port and path. Frames are bounded in bytes like HTTP bodies (a larger one
 * closes the socket with 1009 before it is buffered); the caller is authenticated at `connection_init`
 * (malformed parameters close with 4400, a missing or invalid token with 4403) and the socket closes
 * with 4403 when the caller's token expires; every operation passes the same guard as HTTP; errors are
 * masked and carry a request id, never an internal message.
 */
export function startWebSocketServer(opts: {
  httpServer: Server;
  path: string;
  maxPayload: number;
  verifyCaller: CallerVerifier;
  guard: OperationGuard;
  development: boolean;
  logger: Logger;
}) {
  const { guard, development, logger } = opts;
  const wsServer = new WebSocketServer({
    server: opts.httpServer,
    path: opts.path,
    maxPayload: opts.maxPayload,
  });
  const masked = (ctx: WsContext, errors: readonly GraphQLError[]): GraphQLError[] =>
    errors.map((e) => {
      const formatted = maskGatewayError(e.toJSON(), e, development);
      return new GraphQLError(formatted.message, {
        extensions: { ...formatted.extensions, requestId: ctx.extra.requestId },
      });
    });

  const cleanup = useServer<Record<string, unknown>, SocketExtra>(
    {
      onConnect: async (ctx) => {
        const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
        const authorization = params.authorization ?? params.Authorization;
        if (authorization !== undefined && typeof authorization !== 'string') {
          close(ctx as WsContext, 4400, 'Invalid connection parameters');
          return false;
        }
        const token = bearer(authorization);
        const actor = token ? await opts.verifyCaller(token) : null;
        if (!actor) return false;
        ctx.extra.actor = actor;
        ctx.extra.requestId = requestIdFrom(params['x-request-id']);
        if (actor.expiresAt) {
          const left = actor.expiresAt - Date.now();
          ctx.extra.expiry = setTimeout(
            () => close(ctx as WsContext, 4403, 'Token expired'),
            Math.max(0, left),
          );
          ctx.extra.expiry.unref();
        }
        return true;
      },
      onClose: (ctx) => {
        if (ctx.extra.expiry) clearTimeout(ctx.extra.expiry);
      },
      onSubscribe: (ctx, _id, payload) => {
        const actor = ctx.extra.actor as Actor;
        if (actor.expiresAt && actor.expiresAt <= Date.now()) {
          close(ctx as WsContext, 4403, 'Token expired');
          return masked(ctx as WsContext, [
            new GraphQLError('Token expired', { extensions: { code: 'UNAUTHENTICATED' } }),
          ]);
        }
        try {
          const document = guard.parse(payload.query);
          const invalid = guard.validate(document);
          if (invalid.length) return masked(ctx as WsContext, invalid);
          guard.check({
            document,
            operationName: payload.operationName,
            variables: payload.variables,
            actor,
          });
        } catch (error) {
          if (error instanceof GraphQLError) return masked(ctx as WsContext, [error]);
          logger.error({ err: error, requestId: ctx.extra.requestId }, 'unexpected error');
          return masked(ctx as WsContext, [new GraphQLError('Internal server error')]);
        }
        return masked(ctx as WsContext, [
          new GraphQLError('This graph has no subscriptions yet', {
            extensions: { code: 'OPERATION_NOT_SUPPORTED' },
          }),
        ]);
      },
    },
    wsServer,
  );
  return { dispose: () => cleanup.dispose() };
}

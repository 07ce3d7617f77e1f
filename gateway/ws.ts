import type { Server } from 'node:http';
import { GraphQLError, getOperationAST } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { type Actor, bearer } from '../subgraphs/shared/auth.ts';
import type { Logger } from '../subgraphs/shared/logger.ts';
import {
  boundUntilKnown,
  closeSocket,
  connectCaller,
  type SocketExtra,
  socketOperations,
} from '../subgraphs/shared/socket.ts';
import type { CallerVerifier } from './auth.ts';
import { maskGatewayError } from './masking.ts';
import type { OperationGuard } from './operation-guard.ts';

/**
 * graphql-ws on the gateway's port and path. Frames are bounded in bytes like HTTP bodies (a larger one
 * closes the socket with 1009 before it is buffered), and what comes before the caller is known like a
 * body without a token; the caller is authenticated at `connection_init`
 * (malformed parameters close with 4400, a missing or invalid token with 4403) and the socket closes
 * with 4403 when the caller's token expires; every operation passes the same guard as HTTP; errors are
 * masked and carry a request id, never an internal message.
 */
export function startWebSocketServer(opts: {
  httpServer: Server;
  path: string;
  maxPayload: number;
  /** What a socket may send before its caller is known (`connection_init`). */
  anonymousBytes: number;
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
  boundUntilKnown(wsServer, opts.anonymousBytes);
  const sockets = socketOperations('gateway', (error, requestId) => {
    const formatted = maskGatewayError(error.toJSON(), error, development);
    if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
      logger.error({ err: error.originalError ?? error, requestId }, 'unexpected error');
    }
    return { ...formatted, extensions: { ...formatted.extensions, requestId } };
  });

  const cleanup = useServer<Record<string, unknown>, SocketExtra>(
    {
      onConnect: connectCaller(
        async (authorization) => {
          const token = bearer(authorization);
          return token ? opts.verifyCaller(token) : null;
        },
        { closeOnExpiry: true },
      ),
      onSubscribe: (ctx, id, payload) => {
        sockets.begin(ctx, id, payload.extensions);
        const actor = ctx.extra.actor as Actor;
        if (actor.expiresAt && actor.expiresAt <= Date.now()) {
          closeSocket(ctx, 4403, 'Token expired');
          return [new GraphQLError('Token expired', { extensions: { code: 'UNAUTHENTICATED' } })];
        }
        try {
          const document = guard.parse(payload.query);
          const operation = getOperationAST(document, payload.operationName);
          if (operation) sockets.typed(ctx, id, operation.operation);
          const invalid = guard.validate(document);
          if (invalid.length) return [...invalid];
          guard.check({
            document,
            operationName: payload.operationName,
            variables: payload.variables,
            actor,
          });
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          return [new GraphQLError('Internal server error', { originalError: error as Error })];
        }
        return [
          new GraphQLError(
            'Subscriptions are not served through the gateway yet: each subgraph serves its own',
            {
              extensions: { code: 'OPERATION_NOT_SUPPORTED' },
            },
          ),
        ];
      },
      ...sockets.hooks,
    },
    wsServer,
  );
  return { dispose: () => cleanup.dispose() };
}

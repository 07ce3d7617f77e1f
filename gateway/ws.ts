import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { type ExecutionArgs, type ExecutionResult, GraphQLError, getOperationAST } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { type WebSocket, WebSocketServer } from 'ws';
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
import { type GatewayContext, operationContext } from './data-sources.ts';
import { maskGatewayError } from './masking.ts';
import type { OperationGuard } from './operation-guard.ts';
import type { SubscriptionBridge } from './subscriptions.ts';

/** What `onSubscribe` hands graphql-ws: how to run the operation it has checked. */
interface Prepared {
  run: () => Promise<ExecutionResult> | AsyncIterableIterator<ExecutionResult>;
}

/** An error Apollo formatted (a plain object) as a GraphQLError again, for the socket's masking. */
const reraised = (e: {
  message: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
}) => new GraphQLError(e.message, { ...(e.path ? { path: e.path } : {}), extensions: e.extensions ?? {} });

/**
 * graphql-ws on the gateway's port and path. Frames are bounded in bytes like HTTP bodies (a larger one
 * closes the socket with 1009 before it is buffered), and what comes before the caller is known like a
 * body without a token; the caller is authenticated at `connection_init`
 * (malformed parameters close with 4400, a missing or invalid token with 4403) and the socket closes
 * with 4403 when the caller's token expires; every operation passes the same guard as HTTP; errors are
 * masked and carry a request id, never an internal message. Queries and mutations run through Apollo
 * exactly as over HTTP; subscriptions through the `bridge`. Sockets are pinged every 12 s and closed
 * when they do not answer.
 */
export function startWebSocketServer(opts: {
  httpServer: Server;
  path: string;
  maxPayload: number;
  /** What a socket may send before its caller is known (`connection_init`). */
  anonymousBytes: number;
  verifyCaller: CallerVerifier;
  guard: OperationGuard;
  /** The subscription bridge of the supergraph served now. */
  bridge: () => SubscriptionBridge;
  /** The Apollo server queries and mutations on a socket run through (started after the socket server). */
  apollo: () => ApolloServer<GatewayContext>;
  issueInternalToken: (actor: Actor) => Promise<string>;
  subgraphTimeoutMs: number;
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
  // Sockets that have held a subscription: a reload of the supergraph closes them.
  const live = new Set<WebSocket>();
  wsServer.on('connection', (socket) => socket.once('close', () => live.delete(socket)));
  const mask = (error: GraphQLError, requestId: string) => {
    const formatted = maskGatewayError(error.toJSON(), error, development);
    if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
      logger.error({ err: error.originalError ?? error, requestId }, 'unexpected error');
    }
    return { ...formatted, extensions: { ...formatted.extensions, requestId } };
  };
  const sockets = socketOperations('gateway', mask);

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
          const { operation: selected } = guard.check({
            document,
            operationName: payload.operationName,
            variables: payload.variables,
            actor,
          });
          const requestId = ctx.extra.operations?.get(id)?.requestId ?? '';
          const prepared: Prepared =
            selected.operation === 'subscription'
              ? (() => {
                  // graphql-ws has registered this operation already: the others are what the socket holds.
                  const held = Object.keys(ctx.subscriptions).length - 1;
                  const socket = (ctx.extra as { socket: WebSocket }).socket;
                  const head = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
                  live.add(socket);
                  const stream = opts.bridge().subscribe({
                    document,
                    operationName: payload.operationName,
                    variables: payload.variables,
                    actor,
                    held,
                    sink: {
                      send: (json, sent) => socket.send(`${head}${json}}`, sent),
                      format: (result) =>
                        JSON.stringify({
                          ...result,
                          ...(result.errors
                            ? { errors: result.errors.map((e) => mask(e as GraphQLError, requestId)) }
                            : {}),
                        }),
                    },
                  });
                  return { run: () => stream };
                })()
              : {
                  run: async () => {
                    const response = await opts.apollo().executeOperation(
                      {
                        query: payload.query,
                        ...(payload.variables ? { variables: payload.variables } : {}),
                        ...(payload.operationName ? { operationName: payload.operationName } : {}),
                      },
                      {
                        contextValue: {
                          ...operationContext({
                            actor,
                            requestId,
                            logger,
                            issueInternalToken: opts.issueInternalToken,
                            timeoutMs: opts.subgraphTimeoutMs,
                          }),
                          socket: true,
                        },
                      },
                    );
                    if (response.body.kind !== 'single') {
                      return { errors: [new GraphQLError('Incremental delivery is not served on sockets')] };
                    }
                    const { data, errors } = response.body.singleResult;
                    return { data: data ?? null, ...(errors ? { errors: errors.map(reraised) } : {}) };
                  },
                };
          return {
            schema: guard.schema,
            document,
            operationName: payload.operationName,
            variableValues: payload.variables,
            contextValue: prepared,
          } satisfies ExecutionArgs;
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          return [new GraphQLError('Internal server error', { originalError: error as Error })];
        }
      },
      execute: (args) => (args.contextValue as Prepared).run() as Promise<ExecutionResult>,
      subscribe: (args) => (args.contextValue as Prepared).run(),
      ...sockets.hooks,
    },
    wsServer,
  );
  return {
    dispose: () => cleanup.dispose(),
    /** Closes every socket that holds a subscription with 1012 (service restart): subscribe again. */
    endSubscriptions: () => {
      for (const socket of live) socket.close(1012, 'Supergraph reloaded: subscribe again');
      live.clear();
    },
  };
}

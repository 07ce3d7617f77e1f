import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request, type Response } from 'express';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { type Actor, bearer, verifyInternalToken } from './auth.ts';
import type { Database } from './db.ts';
import { fieldOfVariableError, isClientError } from './errors.ts';
import type { EventBus } from './events.ts';
import { contentDisposition, signFilePath } from './files.ts';
import type { GraphClient } from './graph-client.ts';
import {
  bodyErrorHandler,
  bulkInputLimits,
  DEADLINE_HEADER,
  DEFAULT_ANONYMOUS_BODY_BYTES,
  DEFAULT_MAX_BODY_BYTES,
  deadlineFrom,
  listen,
  requestIdFrom,
  sendGraphQLError,
  withoutSuggestions,
} from './http.ts';
import type { Logger } from './logger.ts';
import { graphqlDuration, graphqlRequests } from './metrics.ts';
import {
  boundUntilKnown,
  closeSocket,
  connectCaller,
  NoIntrospection,
  type SocketExtra,
  socketOperations,
} from './socket.ts';
import { buildSchema, contextFor, type RequestContext, type SubgraphModule } from './subgraph.ts';

export interface SubgraphServerOptions<L> {
  module: SubgraphModule<L>;
  database: Database;
  events: EventBus;
  logger: Logger;
  internalSecret: string;
  port: number;
  /** Interface to listen on; 127.0.0.1 unless told otherwise (`HOST`). */
  host?: string;
  /** Development and tests: introspection on and schema hints in errors. */
  development: boolean;
  /** The module's client to the graph, once the gateway is known (see `BootedSubgraph.startWork`). */
  graph?: () => GraphClient | null;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  httpServer: Server;
  close(): Promise<void>;
}

/**
 * Returns a masked error: no SQL, stack or internals, and no schema hints outside development. Faults
 * are logged with the request id (by `didEncounterErrors` for HTTP, here for WebSocket results).
 */
export function maskError(
  formatted: GraphQLFormattedError,
  error: unknown,
  opts: { development: boolean; logger?: Logger; requestId?: string | undefined },
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (isClientError(code, error)) {
    const {
      stacktrace: _s,
      exception: _e,
      ...extensions
    } = (formatted.extensions ?? {}) as Record<string, unknown>;
    const field =
      extensions.field ?? (code === 'BAD_USER_INPUT' ? fieldOfVariableError(formatted.message) : null);
    return {
      ...formatted,
      message: opts.development ? formatted.message : withoutSuggestions(formatted.message),
      extensions: {
        ...extensions,
        code,
        ...(field ? { field } : {}),
        ...(opts.requestId ? { requestId: opts.requestId } : {}),
      },
    };
  }
  opts.logger?.error({ err: original, requestId: opts.requestId, path: formatted.path }, 'unexpected error');
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(opts.requestId ? { requestId: opts.requestId } : {}) },
  };
}

function metricsPlugin(service: string): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const end = graphqlDuration.startTimer({ service });
      let type = 'unknown';
      return {
        async didResolveOperation(rc) {
          type = rc.operation?.operation ?? 'unknown';
        },
        async willSendResponse(rc) {
          const failed = rc.response.body.kind === 'single' && rc.response.body.singleResult.errors?.length;
          graphqlRequests.inc({ service, operation_type: type, outcome: failed ? 'error' : 'ok' });
          end({ operation_type: type });
        },
      };
    },
  };
}

export interface SubgraphApolloOptions<L> {
  module: SubgraphModule<L>;
  schema?: GraphQLSchema;
  development: boolean;
  /** Plugins of the serving process (drain, WebSocket clean-up); tests have none. */
  plugins?: ApolloServerPlugin<RequestContext<L>>[];
}

/**
 * The subgraph's Apollo Server, exactly as it serves in production: masking, schema hints hidden outside
 * development, request ids on every error, faults logged, metrics. The server process and the tests'
 * harness both build it here, so a test sees what a client sees.
 */
export function createSubgraphApollo<L>(opts: SubgraphApolloOptions<L>): ApolloServer<RequestContext<L>> {
  const { module, development } = opts;
  return new ApolloServer<RequestContext<L>>({
    schema: opts.schema ?? buildSchema(module),
    csrfPrevention: true,
    // Shutdown is ours (drain, then pools, then the database); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    introspection: development,
    hideSchemaDetailsFromClientErrors: !development,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => maskError(formatted, error, { development }),
    plugins: [
      // No HTTP caching of GraphQL answers here; the default cache-control plugin costs a hook per field.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ...(opts.plugins ?? []),
      {
        async requestDidStart({ contextValue }) {
          return {
            async didEncounterErrors({ errors }) {
              for (const error of errors) {
                if (isClientError(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR', error)) continue;
                contextValue.logger.error(
                  { err: error.originalError ?? error, path: error.path },
                  'unexpected error',
                );
              }
            },
            async willSendResponse({ response }) {
              if (response.body.kind !== 'single') return;
              for (const e of response.body.singleResult.errors ?? []) {
                (e.extensions as Record<string, unknown>).requestId = contextValue.requestId;
              }
            },
          };
        },
      },
      metricsPlugin(module.name) as ApolloServerPlugin<RequestContext<L>>,
    ],
  });
}

/**
 * Serves one subgraph: Apollo Server 5 over Node http with express, graphql-ws on the same port and
 * path. Only callers holding the gateway's internal token get in, over HTTP and WebSocket alike; the
 * token is checked before a body is read. Bodies and WebSocket frames are bounded in bytes. Health at
 * `/healthz` and `/readyz`; metrics are served by the process's internal metrics listener.
 */
export async function startSubgraphServer<L>(opts: SubgraphServerOptions<L>): Promise<RunningSubgraph> {
  const { module, database, events, logger, internalSecret, development } = opts;
  const schema = buildSchema(module);
  const bulkBytes = Math.max(DEFAULT_MAX_BODY_BYTES, ...bulkInputLimits(module.typeDefs).values());
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: DEFAULT_MAX_BODY_BYTES,
  });
  boundUntilKnown(wsServer, DEFAULT_ANONYMOUS_BODY_BYTES);
  const context = (actor: Actor, requestId: string, deadline: number | null) =>
    contextFor(module, {
      actor,
      requestId,
      deadline,
      database,
      events,
      logger: logger.child({ requestId }),
      signFile: (path, ttlSeconds) => signFilePath(path, internalSecret, ttlSeconds),
      graph: opts.graph?.() ?? null,
    });

  const sockets = socketOperations(module.name, (error, requestId) =>
    maskError(error.toJSON(), error, { development, logger, requestId }),
  );
  const rules = development ? specifiedRules : [...specifiedRules, NoIntrospection];
  const wsCleanup = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema,
      onConnect: connectCaller(
        (authorization) => verifyInternalToken(bearer(authorization), internalSecret),
        {
          closeOnExpiry: false,
        },
      ),
      // Parsed, validated and given its context here, as Apollo does for HTTP: a document that does not
      // parse is answered GRAPHQL_PARSE_FAILED on an open socket, introspection is refused outside
      // development, and every error carries the operation's request id.
      onSubscribe: async (ctx, id, payload) => {
        const requestId = sockets.begin(ctx, id, payload.extensions);
        // An operation may carry a fresh internal token of its own (a socket outlives a token); without
        // one, the connection's token must still be valid.
        const own = payload.extensions?.authorization;
        const actor =
          typeof own === 'string' ? await verifyInternalToken(bearer(own), internalSecret) : ctx.extra.actor;
        if (!actor?.expiresAt || actor.expiresAt <= Date.now()) {
          closeSocket(ctx, 4403, 'Forbidden');
          return [new GraphQLError('Forbidden', { extensions: { code: 'FORBIDDEN' } })];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query);
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          return [
            new GraphQLError(error.message, {
              source: error.source,
              positions: error.positions,
              extensions: { code: 'GRAPHQL_PARSE_FAILED' },
            }),
          ];
        }
        const operation = getOperationAST(document, payload.operationName);
        if (operation) sockets.typed(ctx, id, operation.operation);
        const invalid = validate(schema, document, rules);
        if (invalid.length) {
          return invalid.map(
            (e) =>
              new GraphQLError(e.message, {
                nodes: e.nodes,
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
              }),
          );
        }
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: context(actor, requestId, null),
        };
      },
      ...sockets.hooks,
    },
    wsServer,
  );

  const apollo = createSubgraphApollo<L>({
    module,
    schema,
    development,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const requestIdOf = (res: Response) => res.locals.requestId as string | undefined;
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: module.name });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await database.sql`select 1`;
      res.json({ status: 'ready', service: module.name });
    } catch {
      res.status(503).json({ status: 'unavailable', service: module.name });
    }
  });
  // A module's files (print forms), for the gateway's signed URLs: the same internal token as /graphql.
  app.get('/files/:kind/:id', async (req: Request, res: Response) => {
    const requestId = requestIdFrom(req.header('x-request-id'));
    const actor = await verifyInternalToken(bearer(req.headers.authorization), internalSecret);
    if (!actor) {
      sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'A valid internal token is required', { requestId });
      return;
    }
    const { kind, id } = req.params as { kind: string; id: string };
    const handler = module.files && Object.hasOwn(module.files, kind) ? module.files[kind] : undefined;
    try {
      const file = handler ? await handler(context(actor, requestId, null), id) : null;
      if (!file) {
        sendGraphQLError(res, 404, 'NOT_FOUND', 'No such file', { requestId });
        return;
      }
      res
        .status(200)
        .type(file.contentType)
        .set('content-disposition', contentDisposition(file.filename))
        .set('cache-control', 'private, no-store')
        .send(Buffer.from(file.body.buffer, file.body.byteOffset, file.body.byteLength));
    } catch (error) {
      logger.error({ err: error, requestId, kind }, 'file failed');
      sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error', { requestId });
    }
  });
  app.use(
    '/graphql',
    async (req: Request, res: Response, next) => {
      res.locals.requestId = requestIdFrom(req.header('x-request-id'));
      const actor = await verifyInternalToken(bearer(req.headers.authorization), internalSecret);
      if (!actor) {
        sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'A valid internal token is required', {
          requestId: requestIdOf(res),
        });
        return;
      }
      res.locals.actor = actor;
      res.locals.deadline = deadlineFrom(req.header(DEADLINE_HEADER));
      next();
    },
    // The gateway bounds each operation's body; the subgraph accepts the largest it may forward.
    express.json({ limit: bulkBytes }),
    expressMiddleware(apollo, {
      context: async ({ res }) =>
        context(res.locals.actor as Actor, res.locals.requestId as string, res.locals.deadline ?? null),
    }),
  );
  app.use(bodyErrorHandler(requestIdOf));

  const host = opts.host ?? '127.0.0.1';
  await listen(httpServer, opts.port, host);
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/graphql`;
  logger.info({ url }, `subgraph ${module.name} listening`);
  return {
    name: module.name,
    url,
    port,
    httpServer,
    close: async () => {
      await apollo.stop();
    },
  };
}

import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request, type Response } from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { type Actor, bearer, verifyInternalToken } from './auth.ts';
import type { Database } from './db.ts';
import type { EventBus } from './events.ts';
import { bodyErrorHandler, sendGraphQLError } from './http.ts';
import type { Logger } from './logger.ts';
import { graphqlDuration, graphqlRequests, registry } from './metrics.ts';
import { buildSchema, type RequestContext, type SubgraphModule } from './subgraph.ts';

export interface SubgraphServerOptions<L> {
  module: SubgraphModule<L>;
  database: Database;
  events: EventBus;
  logger: Logger;
  internalSecret: string;
  port: number;
  host?: string;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  httpServer: Server;
  close(): Promise<void>;
}

/** Codes a subgraph may send as they are; anything else is a fault and is masked. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** True for an error a client may see as it is: a client code, not carried by an unexpected exception. */
function isExpectedError(code: string, error: unknown): boolean {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  return CLIENT_CODES.has(code) && !(original instanceof Error && !(original instanceof GraphQLError));
}

/**
 * Returns a masked error: no SQL, stack or internals. With a logger, also logs a fault (the server
 * logs faults in `didEncounterErrors` instead, where the request's logger carries its request id).
 */
export function maskError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logger?: Logger,
  requestId?: string,
): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (isExpectedError(code, error)) {
    const {
      stacktrace: _s,
      exception: _e,
      ...extensions
    } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions: { ...extensions, code, requestId } };
  }
  logger?.error({ err: original, requestId, path: formatted.path }, 'unexpected error');
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
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

/**
 * Serves one subgraph: Apollo Server 5 over Node http with express, graphql-ws on the same port and
 * path, `/healthz`, `/readyz`, `/metrics`. Only callers holding the gateway's internal token get in,
 * over HTTP and WebSocket alike.
 */
export async function startSubgraphServer<L>(opts: SubgraphServerOptions<L>): Promise<RunningSubgraph> {
  const { module, database, events, logger, internalSecret } = opts;
  const schema = buildSchema(module);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });

  const contextFor = (actor: Actor, requestId: string): RequestContext<L> => ({
    actor,
    requestId,
    database,
    events,
    logger: logger.child({ requestId }),
    loaders: module.createLoaders(database),
  });

  const wsCleanup = useServer<Record<string, unknown>, { actor?: Actor; requestId?: string }>(
    {
      schema,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const actor = await verifyInternalToken(bearer(String(params.authorization ?? '')), internalSecret);
        if (!actor) return false;
        ctx.extra.actor = actor;
        ctx.extra.requestId = String(params['x-request-id'] ?? randomUUID());
        return true;
      },
      context: (ctx) => contextFor(ctx.extra.actor as Actor, ctx.extra.requestId as string),
      // Results sent over the socket are masked and logged like HTTP responses.
      onNext: (ctx, _id, _payload, _args, result) =>
        result.errors?.length
          ? {
              ...result,
              errors: result.errors.map((e) => maskError(e.toJSON(), e, logger, ctx.extra.requestId)),
            }
          : undefined,
      onError: (ctx, _id, _payload, errors) =>
        errors.map((e) => maskError(e.toJSON(), e, logger, ctx.extra.requestId)),
    },
    wsServer,
  );

  const apollo = new ApolloServer<RequestContext<L>>({
    schema,
    csrfPrevention: true,
    // Shutdown is ours (drain, then pools, then the database); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => maskError(formatted, error),
    plugins: [
      // No HTTP caching of GraphQL answers here; the default cache-control plugin costs a hook per field.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
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
      {
        async requestDidStart({ contextValue }) {
          return {
            async didEncounterErrors({ errors }) {
              for (const error of errors) {
                if (isExpectedError(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'), error))
                  continue;
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
  app.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });
  app.use(
    '/graphql',
    (req: Request, res: Response, next) => {
      res.locals.requestId = req.header('x-request-id') ?? randomUUID();
      next();
    },
    express.json({ limit: '1mb' }),
    async (req: Request, res: Response, next) => {
      const actor = await verifyInternalToken(bearer(req.headers.authorization), internalSecret);
      if (!actor) {
        sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'A valid internal token is required', {
          requestId: requestIdOf(res),
        });
        return;
      }
      res.locals.actor = actor;
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ res }) => contextFor(res.locals.actor as Actor, res.locals.requestId as string),
    }),
  );
  app.use(bodyErrorHandler(requestIdOf));

  await new Promise<void>((resolve) => httpServer.listen(opts.port, opts.host ?? '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${opts.host ?? '127.0.0.1'}:${port}/graphql`;
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

import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { type DocumentNode, GraphQLError, type OperationDefinitionNode } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { type Actor, bearer, internalTokenIssuer } from '../subgraphs/shared/auth.ts';
import { ExpiringCache } from '../subgraphs/shared/cache.ts';
import { bodyErrorHandler, sendGraphQLError } from '../subgraphs/shared/http.ts';
import type { Logger } from '../subgraphs/shared/logger.ts';
import { graphqlDuration, graphqlRequests, registry } from '../subgraphs/shared/metrics.ts';
import { createUserVerifier } from './auth.ts';
import type { GatewayConfig } from './config.ts';
import { subgraphFetcher } from './fetcher.ts';
import { checkLimits, LimitError, parseWithTokenLimit } from './limits.ts';
import { maskGatewayError } from './masking.ts';

export interface GatewayContext {
  actor: Actor;
  requestId: string;
  logger: Logger;
  /** The internal token for this request, signed once. */
  internalToken?: Promise<string>;
}

export interface GatewayOptions {
  config: GatewayConfig;
  supergraphSdl: string;
  logger: Logger;
}

export interface RunningGateway {
  url: string;
  port: number;
  httpServer: Server;
  close(): Promise<void>;
}

const ANONYMOUS: Actor = { id: 'anonymous', roles: [], scopes: [] };
const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

function selectedOperation(doc: DocumentNode, name?: string | null): OperationDefinitionNode | undefined {
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  return name ? ops.find((o) => o.name?.value === name) : ops.length === 1 ? ops[0] : undefined;
}

/** True when every root field of the operation is `__schema`, `__type` or `__typename`. */
function isIntrospectionOnly(doc: DocumentNode, name?: string | null): boolean {
  const op = selectedOperation(doc, name);
  return Boolean(
    op?.operation === 'query' &&
      op.selectionSet.selections.every((s) => s.kind === 'Field' && s.name.value.startsWith('__')),
  );
}

/** Forwards the caller as a short-lived internal token, plus the request id, with a timeout. */
class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({
    request,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    const ctx = context as Partial<GatewayContext>;
    if (!ctx.actor || !ctx.internalToken) return;
    return ctx.internalToken.then((token) => {
      request.http?.headers.set('authorization', `Bearer ${token}`);
      request.http?.headers.set('x-request-id', ctx.requestId ?? '');
    });
  }
}

/**
 * The gateway: verifies callers, applies operation limits before any subgraph is called, plans and
 * executes over the static supergraph, masks errors, and serves graphql-ws on the same port and path.
 */
export async function startGateway({
  config,
  supergraphSdl,
  logger,
}: GatewayOptions): Promise<RunningGateway> {
  const verifyUser = createUserVerifier(config.jwt);
  // Clients send the same few operations again and again: parse each text once for the limits.
  const documents = new ExpiringCache<DocumentNode>(1_000);
  const parseDocument = (source: string) => {
    let doc = documents.get(source);
    if (!doc) {
      doc = parseWithTokenLimit(source, config.limits);
      documents.set(source, doc);
    }
    return doc;
  };
  const issueInternalToken = internalTokenIssuer(config.internalSecret);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);

  const fetchSubgraph = subgraphFetcher(config.subgraphTimeoutMs);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        url: config.subgraphUrls[name] ?? url,
        fetcher: fetchSubgraph as never,
      }),
  });

  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>, { actor?: Actor; requestId?: string }>(
    {
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const token = bearer(String(params.authorization ?? params.Authorization ?? ''));
        const actor = token ? await verifyUser(token) : null;
        if (!actor) return false;
        ctx.extra.actor = actor;
        return true;
      },
      onSubscribe: (_ctx, _id, payload) => {
        try {
          const doc = parseDocument(payload.query);
          checkLimits(doc, payload.operationName, payload.variables ?? undefined, config.limits);
        } catch (error) {
          if (error instanceof LimitError) {
            return [new GraphQLError(error.message, { extensions: { code: error.code } })];
          }
          if (error instanceof GraphQLError) return [error];
          throw error;
        }
        return [
          new GraphQLError('This graph has no subscriptions yet', {
            extensions: { code: 'OPERATION_NOT_SUPPORTED' },
          }),
        ];
      },
    },
    wsServer,
  );

  const telemetry: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart({ contextValue }) {
      const end = graphqlDuration.startTimer({ service: 'gateway' });
      let type = 'unknown';
      return {
        async didResolveOperation(rc) {
          type = rc.operation?.operation ?? 'unknown';
        },
        async didEncounterErrors(rc) {
          for (const error of rc.errors) {
            const code = error.extensions?.code;
            if (code === 'BAD_USER_INPUT' || code === 'GRAPHQL_VALIDATION_FAILED' || code === 'FORBIDDEN')
              continue;
            contextValue.logger.error(
              { err: error.originalError ?? error, path: error.path },
              'operation error',
            );
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          for (const e of errors)
            (e.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          graphqlRequests.inc({
            service: 'gateway',
            operation_type: type,
            outcome: errors.length ? 'error' : 'ok',
          });
          end({ operation_type: type });
        },
      };
    },
  };

  // The JS gateway throws a 500 INVALID_GRAPHQL when the operation cannot be selected; it is the
  // caller's mistake, so answer 400 OPERATION_RESOLUTION_FAILURE before the gateway executes.
  const operationResolution: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          throw new GraphQLError(
            request.operationName
              ? `Unknown operation named "${request.operationName}"`
              : 'The document has several operations: give an operationName',
            { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
          );
        },
      };
    },
  };

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    csrfPrevention: true,
    // Shutdown is ours (drain, then pools, then the database); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted) => maskGatewayError(formatted),
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
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
      config.introspection
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false })
        : ApolloServerPluginLandingPageDisabled(),
      telemetry,
      operationResolution,
    ],
  });
  await apollo.start();

  const rid = (res: Response) => res.locals.requestId as string | undefined;
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/readyz', (_req, res) => {
    res.json({ status: 'ready', service: 'gateway' });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });

  const requestId = (req: Request, res: Response, next: NextFunction) => {
    const incoming = req.header('x-request-id');
    res.locals.requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', res.locals.requestId);
    next();
  };

  /** Operation limits, before authentication and before any subgraph: cheap to refuse, never forwarded. */
  const limits = (req: Request, res: Response, next: NextFunction) => {
    const params = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
    if (req.method === 'GET' && !params?.query) return next(); // the landing page
    // No JSON body (another content type, e.g. text/plain): Apollo refuses it with its CSRF prevention.
    if (params === undefined) return next();
    if (!params || typeof params !== 'object' || Array.isArray(params)) {
      return sendGraphQLError(res, 400, 'BAD_REQUEST', 'The body must be a JSON object with a `query`', {
        requestId: rid(res),
      });
    }
    if (typeof params.query !== 'string') return next(); // Apollo answers the missing query itself
    let variables = params.variables as Record<string, unknown> | undefined;
    if (typeof variables === 'string') {
      try {
        variables = JSON.parse(variables);
      } catch {
        variables = undefined;
      }
    }
    try {
      const doc = parseDocument(params.query);
      checkLimits(doc, params.operationName as string | undefined, variables, config.limits);
      res.locals.introspectionOnly = isIntrospectionOnly(doc, params.operationName as string | undefined);
    } catch (error) {
      if (error instanceof LimitError) {
        return sendGraphQLError(res, 400, error.code, error.message, {
          requestId: rid(res),
          limit: error.limit,
          actual: error.actual,
        });
      }
      // A syntax error: Apollo reports it as GRAPHQL_PARSE_FAILED.
    }
    next();
  };

  const authenticate = async (req: Request, res: Response, next: NextFunction) => {
    const token = bearer(req.headers.authorization);
    const actor = token ? await verifyUser(token) : null;
    if (actor) {
      res.locals.actor = actor;
      return next();
    }
    if (!token && config.introspection && res.locals.introspectionOnly) {
      res.locals.actor = ANONYMOUS;
      return next();
    }
    if (req.method === 'GET' && !req.query.query) return next(); // the landing page
    res.setHeader('www-authenticate', 'Bearer');
    sendGraphQLError(
      res,
      401,
      'UNAUTHENTICATED',
      token ? 'The access token is invalid or expired' : 'An access token is required',
      { requestId: rid(res) },
    );
  };

  app.use(
    '/graphql',
    requestId,
    express.json({ limit: config.limits.maxBodyBytes }),
    limits,
    authenticate,
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const actor = (res.locals.actor as Actor | undefined) ?? ANONYMOUS;
        const requestId = res.locals.requestId as string;
        return {
          actor,
          requestId,
          logger: logger.child({ requestId, actor: actor.id }),
          internalToken: issueInternalToken(actor),
        };
      },
    }),
  );
  app.use(bodyErrorHandler(rid));

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${config.host}:${port}/graphql`;
  logger.info({ url }, 'gateway listening');
  return {
    url,
    port,
    httpServer,
    close: async () => {
      await apollo.stop();
    },
  };
}

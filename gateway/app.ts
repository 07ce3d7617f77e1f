import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import { parse } from 'graphql';
import { internalTokenIssuer } from '../subgraphs/shared/auth.ts';
import { isClientError } from '../subgraphs/shared/errors.ts';
import { bulkInputLimits, listen } from '../subgraphs/shared/http.ts';
import type { Logger } from '../subgraphs/shared/logger.ts';
import { graphqlDuration, graphqlRequests } from '../subgraphs/shared/metrics.ts';
import { createCallerVerifier } from './auth.ts';
import type { GatewayConfig } from './config.ts';
import { type GatewayContext, SubgraphDataSource } from './data-sources.ts';
import { documentStore } from './documents.ts';
import { mountExplorer } from './explorer.ts';
import { subgraphFetcher } from './fetcher.ts';
import { mountFiles } from './files.ts';
import { mountGraphQL } from './http.ts';
import { isTokenLimitError, limitExtensions, tooManyTokens } from './limits.ts';
import { maskGatewayError } from './masking.ts';
import { createOperationGuard, type OperationGuard } from './operation-guard.ts';
import { subscriptionBridge } from './subscriptions.ts';
import { upstreamPool } from './upstream.ts';
import { startWebSocketServer } from './ws.ts';

export type { GatewayContext } from './data-sources.ts';

export interface GatewayOptions {
  config: GatewayConfig;
  supergraphSdl: string;
  logger: Logger;
}

export interface RunningGateway {
  url: string;
  port: number;
  httpServer: Server;
  /**
   * Serves `sdl` from now on (false when it is the one served): plans, limits and the schema of new
   * operations follow it, and every socket holding a subscription is closed with 1012 so its client
   * subscribes again under the new supergraph (graphql-ws clients that retry do it by themselves).
   * The file routes and the bulk body limit stay those of the first supergraph until a restart.
   */
  reload(sdl: string): Promise<boolean>;
  close(): Promise<void>;
}

/** Metrics and error logging of every operation the gateway answers. */
function telemetry(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      // A socket's operation is counted by the socket, once, as it ends.
      if (contextValue.socket) return {};
      const end = graphqlDuration.startTimer({ service: 'gateway' });
      let type = 'unknown';
      return {
        async didResolveOperation(rc) {
          type = rc.operation?.operation ?? 'unknown';
        },
        async didEncounterErrors(rc) {
          for (const error of rc.errors) {
            if (isClientError(error.extensions?.code, error)) continue;
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
}

/**
 * The gateway: verifies callers, guards every operation before any subgraph is called, plans and
 * executes over the static supergraph, masks errors, and serves graphql-ws on the same port and path.
 */
export async function startGateway({
  config,
  supergraphSdl,
  logger: root,
}: GatewayOptions): Promise<RunningGateway> {
  const logger = root.child({ service: 'gateway' });
  const verifyCaller = createCallerVerifier(config.jwt, config.internalSecret);
  const issueInternalToken = internalTokenIssuer(config.internalSecret);
  const makeGuard = (sdl: string) =>
    createOperationGuard({
      supergraphSdl: sdl,
      limits: config.limits,
      introspection: config.introspection,
      subgraphTimeoutMs: config.subgraphTimeoutMs,
      bulkTimeoutMs: config.bulkTimeoutMs,
    });
  const bulkBodyBytes = Math.max(
    config.limits.maxBodyBytes,
    ...bulkInputLimits(parse(supergraphSdl)).values(),
  );

  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const fetcher = subgraphFetcher(config.subgraphTimeoutMs, { dedupe: config.dedupeSubgraphReads });
  const services = new Map<string, SubgraphDataSource>();
  const serviceFor = (name: string, url: string | undefined) => {
    let service = services.get(name);
    if (!service) {
      service = new SubgraphDataSource({ url: config.subgraphUrls[name] ?? url ?? '', fetcher });
      services.set(name, service);
    }
    return service;
  };
  const makeBridge = (sdl: string) =>
    subscriptionBridge({
      supergraphSdl: sdl,
      serviceFor,
      subgraphUrls: config.subgraphUrls,
      upstream: upstreamPool({ issueInternalToken, logger }),
      issueInternalToken,
      limits: config.subscriptions,
      subgraphTimeoutMs: config.subgraphTimeoutMs,
      logger,
    });
  // What a reload replaces at once: the supergraph, its guard and its subscription bridge.
  let current = { sdl: supergraphSdl, guard: makeGuard(supergraphSdl), bridge: makeBridge(supergraphSdl) };
  const guard: OperationGuard = {
    get schema() {
      return current.guard.schema;
    },
    parse: (source) => current.guard.parse(source),
    validate: (document) => current.guard.validate(document),
    check: (request) => current.guard.check(request),
    plugin: {
      requestDidStart: (rc) => current.guard.plugin.requestDidStart?.(rc) ?? Promise.resolve(undefined),
    },
  };
  let update: ((sdl: string) => void) | null = null;
  const gateway = new ApolloGateway({
    supergraphSdl: async ({ update: apply }) => {
      update = apply;
      return { supergraphSdl };
    },
    buildService: ({ name, url }) => serviceFor(name, url),
  });
  const ws = startWebSocketServer({
    httpServer,
    path: '/graphql',
    maxPayload: config.limits.maxBodyBytes,
    anonymousBytes: config.anonymousBodyBytes,
    verifyCaller,
    guard,
    bridge: () => current.bridge,
    apollo: () => apollo,
    issueInternalToken,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    development: config.development,
    logger,
  });

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    csrfPrevention: true,
    // Shutdown is ours (drain, then pools, then the database); Apollo's own signal handlers would race it.
    stopOnTerminationSignals: false,
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: !config.development,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: config.limits.maxTokens },
    documentStore: documentStore(),
    formatError: (formatted, error) => {
      if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && isTokenLimitError(error)) {
        const e = tooManyTokens(config.limits);
        return { message: e.message, extensions: limitExtensions(e) };
      }
      return maskGatewayError(formatted, error, config.development);
    },
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await current.bridge.close();
              await ws.dispose();
            },
          };
        },
      },
      // The explorer is served by `mountExplorer`, from the gateway's own files.
      ApolloServerPluginLandingPageDisabled(),
      guard.plugin,
      telemetry(),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/readyz', (_req, res) => {
    res.json({ status: 'ready', service: 'gateway' });
  });
  if (config.explorer) mountExplorer(app, { endpointPath: '/graphql' });
  mountFiles(app, {
    supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    internalSecret: config.internalSecret,
    issueInternalToken,
    timeoutMs: config.subgraphTimeoutMs,
    logger,
  });
  mountGraphQL(app, {
    path: '/graphql',
    apollo,
    verifyCaller,
    issueInternalToken,
    limits: config.limits,
    bulkBodyBytes,
    anonymousBodyBytes: config.anonymousBodyBytes,
    introspection: config.introspection,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    logger,
  });

  await listen(httpServer, config.port, config.host);
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://${config.host}:${port}/graphql`;
  logger.info({ url }, 'gateway listening');
  return {
    url,
    port,
    httpServer,
    reload: async (sdl) => {
      if (sdl === current.sdl) return false;
      // Built first: a supergraph that does not build changes nothing.
      const next = { sdl, guard: makeGuard(sdl), bridge: makeBridge(sdl) };
      update?.(sdl);
      const previous = current;
      current = next;
      ws.endSubscriptions();
      await previous.bridge.close();
      logger.info('supergraph reloaded');
      return true;
    },
    close: async () => {
      await apollo.stop();
    },
  };
}

import { randomUUID } from 'node:crypto';
import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { buildOperationContext, executeQueryPlan, type ServiceMap } from '@apollo/gateway';
import { type FetchNode, type PlanNode, type QueryPlan, QueryPlanner } from '@apollo/query-planner';
import { type DocumentNode, type ExecutionResult, GraphQLError, print } from 'graphql';
import type { Actor } from '../subgraphs/shared/auth.ts';
import type { Logger } from '../subgraphs/shared/logger.ts';
import {
  subscriptionBacklogs,
  subscriptionEvents,
  subscriptionExecutions,
  subscriptionsActive,
} from '../subgraphs/shared/metrics.ts';
import { operationContext } from './data-sources.ts';
import { identityOf, type UpstreamPool } from './upstream.ts';

/** The data source the plan's first fetch reads from: the upstream event being executed. */
const EVENT_SOURCE = '__upstream_event__';
/** Plans kept for operations seen before (by text and operation name). */
const PLAN_CACHE_SIZE = 500;

export interface SubscriptionLimits {
  /** Subscriptions one socket may hold at once. */
  perConnection: number;
  /** Subscriptions the gateway serves at once, all sockets together. */
  total: number;
  /** Events held for a client that does not read; beyond, the oldest are dropped with a notice. */
  queue: number;
}

interface Planned {
  subgraph: string;
  primary: FetchNode;
  /** The whole plan, its first fetch answered by the event. */
  plan: QueryPlan;
  operationContext: ReturnType<typeof buildOperationContext>;
  document: DocumentNode;
}

/** An event executed once for all its clients: the result, and its JSON when it carries no error. */
interface Shared {
  result: ExecutionResult;
  json: string | null;
}

/** Where a client subscription's events go: its socket, under its operation id. */
export interface ClientSink {
  /** Sends a `next` frame whose payload is `json`; `sent` runs once the frame is written out. */
  send(json: string, sent: () => void): void;
  /** The payload of a result with errors, masked for this client (its request id). */
  format(result: ExecutionResult): string;
}

/** Frames a client may have in the socket's buffers before its events wait in its own queue. */
const IN_FLIGHT = 8;

/**
 * A client subscription: each shared event is written to the client's socket as a `next` frame around
 * the event's one JSON text (no serialization per client), while the socket keeps up — at most
 * `IN_FLIGHT` frames not yet written out. Beyond, events wait in a queue of `bound`, the oldest dropped
 * and counted, and the client is told how many before the next one. graphql-ws holds the operation
 * (its id, its completion) through the iterator, which only ever ends.
 */
class ClientStream implements AsyncIterableIterator<ExecutionResult> {
  private readonly queue: Shared[] = [];
  private dropped = 0;
  private inFlight = 0;
  private ended: ((r: IteratorResult<ExecutionResult>) => void) | null = null;
  private done = false;
  private closing = false;
  private readonly bound: number;
  private readonly sink: ClientSink;
  private readonly leave: (stream: ClientStream) => void;
  private readonly written = () => {
    this.inFlight -= 1;
    this.pump();
  };

  constructor(bound: number, sink: ClientSink, leave: (stream: ClientStream) => void) {
    this.bound = bound;
    this.sink = sink;
    this.leave = leave;
  }

  /** Events this client's socket has not taken yet: in flight and queued. */
  held(): number {
    return this.inFlight + this.queue.length;
  }

  push(event: Shared): void {
    if (this.done || this.closing) return;
    if (this.queue.length >= this.bound) {
      this.queue.shift();
      this.dropped += 1;
      subscriptionEvents.inc({ outcome: 'dropped' });
    }
    this.queue.push(event);
    this.pump();
  }

  private pump(): void {
    while (this.inFlight < IN_FLIGHT && !this.done) {
      if (this.dropped > 0) {
        const notice = droppedNotice(this.dropped);
        this.dropped = 0;
        this.write(this.sink.format(notice));
        continue;
      }
      const event = this.queue.shift();
      if (!event) break;
      this.write(event.json ?? this.sink.format(event.result));
    }
    if (this.closing && this.queue.length === 0 && this.dropped === 0 && this.inFlight === 0) this.finish();
  }

  private write(json: string): void {
    this.inFlight += 1;
    this.sink.send(json, this.written);
  }

  /** Ends the stream once what is queued (and `last`, when given) is written out. */
  end(last?: ExecutionResult): void {
    if (this.done || this.closing) return;
    if (last) this.queue.push({ result: last, json: null });
    this.closing = true;
    this.pump();
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.queue.length = 0;
    this.leave(this);
    this.ended?.({ value: undefined, done: true });
    this.ended = null;
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.ended = resolve;
    });
  }

  return(): Promise<IteratorResult<ExecutionResult>> {
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

/** What a client that did not read in time is told, in its stream, before the next event. */
function droppedNotice(dropped: number): ExecutionResult {
  return {
    errors: [
      new GraphQLError(
        `${dropped} event${dropped === 1 ? ' was' : 's were'} dropped: the client did not read them in time; the subscription goes on with the newest`,
        { extensions: { code: 'EVENTS_DROPPED', dropped } },
      ),
    ],
  };
}

/**
 * Subscriptions through the gateway (DESIGN decision 2). Each is planned with the query planner over
 * the supergraph (plans cached); the plan's primary fetch is subscribed to on the owning subgraph over
 * graphql-ws (see `upstreamPool`), and every event is run through the rest of the plan with
 * `executeQueryPlan`, so fields of other subgraphs are filled by `_entities` calls over the gateway's
 * own data sources, the caller's internal token included.
 *
 * Identical subscriptions (same text, operation name, variables and caller identity) are executed once
 * per event, and the one result goes to every client of them. Each client holds at most `queue` events
 * it has not read; beyond, the oldest are dropped and it is told how many.
 */
export function subscriptionBridge(opts: {
  supergraphSdl: string;
  /** The gateway's data source of a subgraph (the ones queries use). */
  serviceFor: (name: string, url: string | undefined) => ServiceMap[string];
  subgraphUrls: Record<string, string>;
  upstream: UpstreamPool;
  issueInternalToken: (actor: Actor) => Promise<string>;
  limits: SubscriptionLimits;
  subgraphTimeoutMs: number;
  logger: Logger;
}) {
  const supergraph = Supergraph.build(opts.supergraphSdl);
  const apiSchema = supergraph.apiSchema();
  const schema = apiSchema.toGraphQLJSSchema();
  const supergraphSchema = supergraph.schema.toGraphQLJSSchema();
  const planner = new QueryPlanner(supergraph);
  const services: ServiceMap = Object.fromEntries(
    supergraph
      .subgraphs()
      .values()
      .map((s) => [s.name, opts.serviceFor(s.name, s.url)]),
  );
  const urls = new Map(
    supergraph
      .subgraphs()
      .values()
      .map((s) => [s.name, opts.subgraphUrls[s.name] ?? s.url]),
  );
  const plans = new Map<string, Planned>();
  const executions = new Map<string, Execution>();
  let active = 0;
  const backlog = () => {
    let held = 0;
    for (const execution of executions.values())
      for (const client of execution.clients) held += client.held();
    return held;
  };
  subscriptionBacklogs.add(backlog);

  const planFor = (document: DocumentNode, operationName: string | null | undefined): Planned => {
    const key = `${operationName ?? ''}\n${print(document)}`;
    const cached = plans.get(key);
    if (cached) {
      plans.delete(key);
      plans.set(key, cached);
      return cached;
    }
    const operation = operationFromDocument(apiSchema, document, {
      ...(operationName ? { operationName } : {}),
    });
    const node = planner.buildQueryPlan(operation).node;
    if (node?.kind !== 'Subscription') throw new Error('Not a subscription plan');
    const event: FetchNode = { ...node.primary, serviceName: EVENT_SOURCE };
    const root: PlanNode = node.rest ? { kind: 'Sequence', nodes: [event, node.rest] } : event;
    const planned: Planned = {
      subgraph: node.primary.serviceName,
      primary: node.primary,
      plan: { kind: 'QueryPlan', node: root },
      operationContext: buildOperationContext({
        schema,
        operationDocument: document,
        ...(operationName ? { operationName } : {}),
      }),
      document,
    };
    plans.set(key, planned);
    if (plans.size > PLAN_CACHE_SIZE) plans.delete(plans.keys().next().value as string);
    return planned;
  };

  /** One execution of a subscription for every client that asked it identically. */
  class Execution {
    readonly clients = new Set<ClientStream>();
    private chain: Promise<void> = Promise.resolve();
    private readonly stopUpstream: () => void;
    private readonly key: string;
    private readonly planned: Planned;
    private readonly actor: Actor;
    private readonly variables: Record<string, unknown>;
    private readonly operationName: string | null | undefined;

    constructor(
      key: string,
      planned: Planned,
      actor: Actor,
      variables: Record<string, unknown>,
      operationName: string | null | undefined,
    ) {
      this.key = key;
      this.planned = planned;
      this.actor = actor;
      this.variables = variables;
      this.operationName = operationName;
      subscriptionExecutions.inc();
      const upstreamVariables: Record<string, unknown> = {};
      for (const name of planned.primary.variableUsages ?? []) {
        if (variables[name] !== undefined) upstreamVariables[name] = variables[name];
      }
      this.stopUpstream = opts.upstream.subscribe(
        {
          subgraph: planned.subgraph,
          url: urls.get(planned.subgraph) ?? '',
          actor,
          query: planned.primary.operation,
          variables: upstreamVariables,
        },
        {
          next: (result) => {
            this.chain = this.chain.then(() => this.run(result));
          },
          error: (errors) => {
            this.chain = this.chain.then(() =>
              this.finish({ errors: errors.map((e) => asGraphQLError(e, planned.subgraph)) }),
            );
          },
          complete: () => {
            this.chain = this.chain.then(() => this.finish());
          },
        },
      );
    }

    private async run(event: ExecutionResult): Promise<void> {
      if (this.clients.size === 0) return;
      const requestId = randomUUID();
      const context = operationContext({
        actor: this.actor,
        requestId,
        logger: opts.logger,
        issueInternalToken: opts.issueInternalToken,
        timeoutMs: opts.subgraphTimeoutMs,
      });
      const withEvent: ServiceMap = {
        ...services,
        [EVENT_SOURCE]: { process: async () => event as never },
      };
      let result: ExecutionResult;
      try {
        const response = await executeQueryPlan(
          this.planned.plan,
          withEvent,
          {
            request: { query: '', variables: this.variables, operationName: this.operationName ?? undefined },
            context,
            logger: opts.logger,
            operation: this.planned.operationContext.operation,
            document: this.planned.document,
          } as never,
          this.planned.operationContext,
          supergraphSchema,
          apiSchema,
        );
        // Errors stay GraphQLErrors: the socket masks them for each client, with its request id.
        result = {
          data: response.data ?? null,
          ...(response.errors?.length
            ? { errors: response.errors.map((e) => asGraphQLError(e, this.planned.subgraph)) }
            : {}),
        };
        subscriptionEvents.inc({ outcome: response.errors?.length ? 'error' : 'ok' });
      } catch (error) {
        opts.logger.error({ err: error, requestId }, 'subscription event failed');
        subscriptionEvents.inc({ outcome: 'error' });
        result = { data: null, errors: [new GraphQLError('Internal server error')] };
      }
      const shared: Shared = { result, json: result.errors ? null : JSON.stringify(result) };
      for (const client of this.clients) client.push(shared);
    }

    private finish(last?: ExecutionResult): void {
      if (executions.get(this.key) === this) executions.delete(this.key);
      for (const client of [...this.clients]) client.end(last);
      subscriptionExecutions.dec();
    }

    leave(client: ClientStream): void {
      if (!this.clients.delete(client)) return;
      active -= 1;
      subscriptionsActive.dec();
      if (this.clients.size > 0) return;
      if (executions.get(this.key) === this) {
        executions.delete(this.key);
        subscriptionExecutions.dec();
      }
      this.stopUpstream();
    }
  }

  return {
    /**
     * Starts a client's subscription: a validated and guarded operation, its caller, and how many
     * subscriptions the client's socket already holds. Throws a GraphQLError with a code when refused.
     */
    subscribe(request: {
      document: DocumentNode;
      operationName?: string | null | undefined;
      variables?: Record<string, unknown> | null | undefined;
      actor: Actor;
      held: number;
      sink: ClientSink;
    }): AsyncIterableIterator<ExecutionResult> {
      if (request.held >= opts.limits.perConnection) {
        throw new GraphQLError(
          `A connection may hold at most ${opts.limits.perConnection} subscriptions; complete one first`,
          { extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: opts.limits.perConnection } },
        );
      }
      if (active >= opts.limits.total) {
        throw new GraphQLError('The gateway serves as many subscriptions as it may; try again later', {
          extensions: { code: 'TOO_MANY_SUBSCRIPTIONS', limit: opts.limits.total },
        });
      }
      const variables = request.variables ?? {};
      const planned = planFor(request.document, request.operationName);
      const key = JSON.stringify([
        identityOf(request.actor),
        request.operationName ?? '',
        planned.operationContext.operation.loc?.source.body ?? print(request.document),
        variables,
      ]);
      let execution = executions.get(key);
      if (!execution) {
        execution = new Execution(key, planned, request.actor, variables, request.operationName);
        executions.set(key, execution);
      }
      const owner = execution;
      const stream = new ClientStream(opts.limits.queue, request.sink, (s) => owner.leave(s));
      owner.clients.add(stream);
      active += 1;
      subscriptionsActive.inc();
      return stream;
    },
    /** Client subscriptions served, and distinct executions of them. */
    stats: () => ({ subscriptions: active, executions: executions.size, upstream: opts.upstream.size() }),
    /** Ends every subscription (the clients see it complete) and closes the upstream sockets. */
    async close(): Promise<void> {
      subscriptionBacklogs.delete(backlog);
      for (const execution of [...executions.values()]) {
        for (const client of [...execution.clients]) client.end();
      }
      await opts.upstream.close();
    },
  };
}

export type SubscriptionBridge = ReturnType<typeof subscriptionBridge>;

/** An upstream error (a formatted error from the subgraph) as a GraphQLError the gateway masks. */
function asGraphQLError(error: unknown, subgraph: string): GraphQLError {
  if (error instanceof GraphQLError) return error;
  const e = (error ?? {}) as { message?: unknown; extensions?: Record<string, unknown>; path?: unknown };
  return new GraphQLError(typeof e.message === 'string' ? e.message : 'Upstream subscription failed', {
    extensions: { ...(e.extensions ?? {}), serviceName: subgraph },
    ...(Array.isArray(e.path) ? { path: e.path as (string | number)[] } : {}),
  });
}

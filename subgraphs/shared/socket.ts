/**
 * What the gateway's and every subgraph's graphql-ws servers share: the caller read from
 * `connection_init`, a fixed close, a per-operation request id, errors masked and operations counted
 * like HTTP, and a timer that can wait for a token living longer than `setTimeout` can.
 */
import { GraphQLError, type GraphQLFormattedError, type ValidationRule } from 'graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import type { Actor } from './auth.ts';
import { requestIdFrom } from './http.ts';
import { graphqlDuration, graphqlRequests } from './metrics.ts';

/** The longest `setTimeout` waits (2^31 − 1 ms, 24.8 days); a longer delay fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Runs `run` at `moment` (epoch ms), however far away, or at once when it has passed. Never keeps the process up. */
export function atMoment(moment: number, run: () => void): { cancel(): void } {
  let timer: NodeJS.Timeout;
  const wait = () => {
    const left = moment - Date.now();
    timer = setTimeout(left > MAX_TIMER_MS ? wait : run, Math.min(Math.max(0, left), MAX_TIMER_MS));
    timer.unref?.();
  };
  wait();
  return { cancel: () => clearTimeout(timer) };
}

/**
 * Refuses `__schema` and `__type` (the rule Apollo applies over HTTP when introspection is off: one error
 * per such field, where graphql-js's NoSchemaIntrospectionCustomRule reports every introspection field).
 */
export const NoIntrospection: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(
        new GraphQLError('Introspection is off on this server; __schema and __type are refused', {
          nodes: [node],
        }),
      );
    }
  },
});

/** Sockets whose caller is known (connection accepted): their frames are bounded by `maxPayload` only. */
const known = new WeakSet<object>();

/**
 * Bounds what a socket may send before its caller is known, like the body of a request without a token:
 * over `maxBytes` received before `connection_init` is accepted closes it with 1009, whatever the frame
 * carries (a valid token too). Counted on the raw stream as it arrives, so at most one network chunk
 * more than `maxBytes` is ever held for a stranger.
 */
export function boundUntilKnown(server: WebSocketServer, maxBytes: number): void {
  server.on('connection', (socket: WebSocket, request) => {
    let bytes = 0;
    const count = (chunk: Buffer) => {
      if (known.has(socket)) {
        request.socket.off('data', count);
        return;
      }
      bytes += chunk.length;
      if (bytes > maxBytes) {
        request.socket.off('data', count);
        socket.close(1009, 'Message too big');
      }
    };
    request.socket.on('data', count);
  });
}

/** One operation on a socket, from `subscribe` to its error or completion. */
interface SocketOperation {
  requestId: string;
  type: string;
  failed: boolean;
  end: (labels: { operation_type: string }) => number;
}

export interface SocketExtra extends Record<PropertyKey, unknown> {
  actor?: Actor;
  /** The connection's request id (`x-request-id` of the connection parameters, else a fresh one). */
  requestId?: string;
  expiry?: { cancel(): void };
  operations?: Map<string, SocketOperation>;
}

export type SocketContext = Context<Record<string, unknown>, SocketExtra>;

/** Closes a socket with a graphql-ws close code and a fixed reason (never an internal message). */
export function closeSocket(ctx: SocketContext, code: 4400 | 4403, reason: string): void {
  (ctx.extra as { socket?: { close(code: number, reason: string): void } }).socket?.close(code, reason);
}

/**
 * `onConnect` of a socket server: the `authorization` connection parameter (not a string closes with
 * 4400) verified by `verify` (no caller refuses the connection: 4403), and the connection's request id.
 * With `closeOnExpiry` the socket closes with 4403 when the caller's token expires.
 */
export function connectCaller(
  verify: (authorization: string | undefined) => Promise<Actor | null>,
  opts: { closeOnExpiry: boolean },
): NonNullable<ServerOptions<Record<string, unknown>, SocketExtra>['onConnect']> {
  return async (ctx) => {
    const params = (ctx.connectionParams ?? {}) as Record<string, unknown>;
    const authorization = params.authorization ?? params.Authorization;
    if (authorization !== undefined && typeof authorization !== 'string') {
      closeSocket(ctx, 4400, 'Invalid connection parameters');
      return false;
    }
    const actor = await verify(authorization);
    if (!actor) return false;
    ctx.extra.actor = actor;
    ctx.extra.requestId = requestIdFrom(params['x-request-id']);
    const socket = (ctx.extra as { socket?: object }).socket;
    if (socket) known.add(socket);
    if (opts.closeOnExpiry && actor.expiresAt) {
      ctx.extra.expiry = atMoment(actor.expiresAt, () => closeSocket(ctx, 4403, 'Token expired'));
    }
    return true;
  };
}

/**
 * The bookkeeping of a socket's operations, one for each server: `begin` at `subscribe` gives the
 * operation its request id (its own `extensions.requestId` when well formed, else the connection's) and
 * starts its clock; `hooks` mask every error sent with that id (`mask` logs faults) and count the
 * operation once it ends, in `graphql_requests_total` and `graphql_request_duration_seconds` under
 * `service`, like an HTTP request.
 */
export function socketOperations(
  service: string,
  mask: (error: GraphQLError, requestId: string) => GraphQLFormattedError,
) {
  const finish = (ctx: SocketContext, id: string, failed: boolean) => {
    const operation = ctx.extra.operations?.get(id);
    if (!operation) return;
    ctx.extra.operations?.delete(id);
    graphqlRequests.inc({
      service,
      operation_type: operation.type,
      outcome: failed || operation.failed ? 'error' : 'ok',
    });
    operation.end({ operation_type: operation.type });
  };
  const requestIdOf = (ctx: SocketContext, id: string) =>
    ctx.extra.operations?.get(id)?.requestId ?? (ctx.extra.requestId as string);

  const hooks: Pick<
    ServerOptions<Record<string, unknown>, SocketExtra>,
    'onNext' | 'onError' | 'onComplete' | 'onClose'
  > = {
    onNext: (ctx, id, _payload, _args, result) => {
      if (!result.errors?.length) return undefined;
      const operation = ctx.extra.operations?.get(id);
      if (operation) operation.failed = true;
      const requestId = requestIdOf(ctx, id);
      return { ...result, errors: result.errors.map((e) => mask(e, requestId)) };
    },
    onError: (ctx, id, _payload, errors) => {
      const requestId = requestIdOf(ctx, id);
      finish(ctx, id, true);
      return errors.map((e) => mask(e, requestId));
    },
    onComplete: (ctx, id) => finish(ctx, id, false),
    onClose: (ctx) => {
      ctx.extra.expiry?.cancel();
      for (const id of [...(ctx.extra.operations?.keys() ?? [])]) finish(ctx, id, false);
    },
  };

  return {
    hooks,
    /** Starts operation `id`; returns its request id. */
    begin(ctx: SocketContext, id: string, extensions: Record<string, unknown> | null | undefined): string {
      const requestId = requestIdFrom(extensions?.requestId, ctx.extra.requestId);
      ctx.extra.operations ??= new Map();
      ctx.extra.operations.set(id, {
        requestId,
        type: 'unknown',
        failed: false,
        end: graphqlDuration.startTimer({ service }),
      });
      return requestId;
    },
    /** Records the operation's type (query, mutation, subscription) once its document is known. */
    typed(ctx: SocketContext, id: string, type: string): void {
      const operation = ctx.extra.operations?.get(id);
      if (operation) operation.type = type;
    },
  };
}

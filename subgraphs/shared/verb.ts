import type { z } from 'zod';
import type { AuditTable } from './audit.ts';
import { type ChangeRecorder, createChangeRecorder } from './changes.ts';
import { type Tx, withTransaction } from './db.ts';
import { type Payload, toPayload } from './errors.ts';
import { type IdempotencyTable, idempotent } from './idempotency.ts';
import type { RequestContext } from './subgraph.ts';
import { parseInput } from './validation.ts';

/** A service verb: one unit of work, called by a mutation's resolver, by a test or by another verb. */
export type Verb<C, R> = (ctx: C, input: unknown) => Promise<R>;

export interface VerbSpec<C extends RequestContext<unknown>, S extends z.ZodType, R> {
  /** The mutation it serves: the name its idempotency keys are kept under. */
  name: string;
  /** The input as the verb accepts it; a refusal comes back as userErrors with field paths. */
  input: S;
  /**
   * Creating and posting verbs: the same `idempotencyKey` with the same input replays the first
   * result; with other input it is IDEMPOTENCY_KEY_REUSED.
   */
  idempotent?: boolean;
  /** The work, inside the transaction; `ctx` reads through it. Throw a DomainError to refuse. */
  run(ctx: C, input: z.output<S>, tx: Tx): Promise<R>;
}

/** The input as the caller sent it, without its key: what a retry must repeat exactly. */
function withoutKey(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const { idempotencyKey: _key, ...rest } = raw as Record<string, unknown>;
  return rest;
}

/**
 * The kit every module builds its verbs with, over its own idempotency and audit tables:
 * `defineVerb` — parse (zod) → transaction (the request's deadline applies) → idempotency, the key
 * looked up before anything else runs and the input hashed as the caller sent it (so a late retry
 * replays instead of meeting a check that depends on the clock) → run → the operation's loaders
 * cleared; and `recordChange`, the audit rows and events of a change.
 */
export function createVerbKit(tables: { idempotencyKeys: IdempotencyTable; auditLog: AuditTable }): {
  defineVerb: <C extends RequestContext<unknown>, S extends z.ZodType, R>(
    spec: VerbSpec<C, S, R>,
  ) => Verb<C, R>;
  recordChange: ChangeRecorder;
} {
  const recordChange = createChangeRecorder(tables.auditLog);
  const defineVerb = <C extends RequestContext<unknown>, S extends z.ZodType, R>(
    spec: VerbSpec<C, S, R>,
  ): Verb<C, R> => {
    const verb: Verb<C, R> = async (ctx, rawInput) => {
      const input = parseInput(spec.input, rawInput);
      try {
        return await withTransaction(ctx, async (tx) => {
          const inner = ctx.inTransaction(tx);
          const key = (input as { idempotencyKey?: string | null }).idempotencyKey;
          if (!spec.idempotent || !key) return spec.run(inner, input, tx);
          const { value } = await idempotent(
            tx,
            tables.idempotencyKeys,
            { actorId: ctx.actor.id, operation: spec.name, key, input: withoutKey(rawInput) },
            () => spec.run(inner, input, tx),
          );
          return value;
        });
      } finally {
        ctx.resetLoaders();
      }
    };
    Object.defineProperty(verb, 'name', { value: spec.name });
    return verb;
  };
  return { defineVerb, recordChange };
}

/** A mutation's resolver: runs the verb on `input` and answers its payload, `{ [key]: …, userErrors }`. */
export function payloadOf<K extends string, C, R>(key: K, verb: Verb<C, R>) {
  return (_parent: unknown, args: { input: unknown }, ctx: C): Promise<Payload<K, R>> =>
    toPayload(key, () => verb(ctx, args.input));
}

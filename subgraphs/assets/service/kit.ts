import type { z } from 'zod';
import { createVerbKit, type VerbSpec } from '../../shared/verb.ts';
import type { AssetsContext } from '../context.ts';
import { auditLog, idempotencyKeys } from '../db/tables.ts';

const kit = createVerbKit({ idempotencyKeys, auditLog });

/** An assets verb: parse → transaction → idempotency → run, over the module's own tables. */
export const defineVerb = <S extends z.ZodType, R>(spec: VerbSpec<AssetsContext, S, R>) =>
  kit.defineVerb(spec);

/** The audit row and events of a change, in the change's transaction. */
export const recordChange = kit.recordChange;

import type { z } from 'zod';
import { createVerbKit, type VerbSpec } from '../../shared/verb.ts';
import type { WarehouseContext } from '../context.ts';
import { auditLog, idempotencyKeys } from '../db/tables.ts';

const kit = createVerbKit({ idempotencyKeys, auditLog });

/** A warehouse verb: parse → transaction → idempotency → run, over the warehouse's own tables. */
export const defineVerb = <S extends z.ZodType, R>(spec: VerbSpec<WarehouseContext, S, R>) =>
  kit.defineVerb(spec);

/** The audit row and events of a warehouse change, in the change's transaction. */
export const recordChange = kit.recordChange;

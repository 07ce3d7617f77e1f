import type { z } from 'zod';
import { createVerbKit, type VerbSpec } from '../../shared/verb.ts';
import type { MonitoringContext } from '../context.ts';
import { auditLog, idempotencyKeys } from '../db/tables.ts';

const kit = createVerbKit({ idempotencyKeys, auditLog });

/** A monitoring verb: parse → transaction → idempotency → run, over the module's own tables. */
export const defineVerb = <S extends z.ZodType, R>(spec: VerbSpec<MonitoringContext, S, R>) =>
  kit.defineVerb(spec);

/** The audit row and events of a change, in the change's transaction. */
export const recordChange = kit.recordChange;

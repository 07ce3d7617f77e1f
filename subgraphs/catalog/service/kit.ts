import type { z } from 'zod';
import { createVerbKit, type VerbSpec } from '../../shared/verb.ts';
import type { CatalogContext } from '../context.ts';
import { auditLog, idempotencyKeys } from '../db/tables.ts';

const kit = createVerbKit({ idempotencyKeys, auditLog });

/** A catalog verb: parse → transaction → idempotency → run, over the catalog's own tables. */
export const defineVerb = <S extends z.ZodType, R>(spec: VerbSpec<CatalogContext, S, R>) =>
  kit.defineVerb(spec);

/** The audit row and events of a catalog change, in the change's transaction. */
export const recordChange = kit.recordChange;

import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError, userError } from '../../shared/errors.ts';
import { type SiteRow, sites } from '../db/tables.ts';
import { AssetsErrorCode as E } from '../domain/errors.ts';
import { idempotencyKey, optionalText, text } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';

export const createNetworkSiteInput = z.object({
  kind: z.enum(['POP', 'CABINET', 'BUILDING', 'TOWER']),
  code: text(40).regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'A code holds letters, digits and . _ -'),
  name: text(200),
  address: optionalText(500),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  idempotencyKey,
});

/** A point of presence, a cabinet, a building or a tower, with a unique code. */
export const createNetworkSite = defineVerb({
  name: 'createNetworkSite',
  input: createNetworkSiteInput,
  idempotent: true,
  async run(ctx, input, tx) {
    const [taken] = await tx.db
      .select({ id: sites.id })
      .from(sites)
      .where(sql`upper(${sites.code}) = upper(${input.code})`);
    if (taken)
      throw new DomainError(
        userError(E.DUPLICATE_CODE, `A site has the code ${input.code} already`, ['input', 'code']),
      );
    const [row] = (await tx.db
      .insert(sites)
      .values({
        kind: input.kind,
        code: input.code,
        name: input.name,
        address: input.address,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
      })
      .returning()) as [SiteRow];
    await recordChange(ctx, tx, {
      entityType: 'NetworkSite',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return row;
  },
});

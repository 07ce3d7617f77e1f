import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError, ErrorCode, userError } from '../../shared/errors.ts';
import { locations } from '../db/tables.ts';
import { WarehouseErrorCode as E } from '../domain/errors.ts';
import { externalId, idempotencyKey, optionalText, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';

const code = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'A code holds letters, digits and . _ -');
const name = z.string().trim().min(1, 'Name is required').max(200);

export const createWarehouseInput = z.object({
  kind: z.enum(['CENTRAL', 'REGIONAL', 'VAN']),
  code,
  name,
  address: optionalText(500),
  responsiblePerson: optionalText(200),
  technicianId: externalId.nullish(),
  idempotencyKey,
});

const duplicateCode = (error: unknown, value: string) =>
  (error as { code?: string; cause?: { code?: string } }).code === '23505' ||
  (error as { cause?: { code?: string } }).cause?.code === '23505'
    ? new DomainError(
        userError(E.DUPLICATE_CODE, `A warehouse has the code ${value} already`, ['input', 'code']),
      )
    : error;

/** A warehouse, a regional one, or a technician's van (which names its technician). */
export const createWarehouse = defineVerb({
  name: 'createWarehouse',
  input: createWarehouseInput,
  idempotent: true,
  async run(ctx, input, tx) {
    if (input.kind === 'VAN' && !input.technicianId) {
      throw new DomainError(
        userError(E.TECHNICIAN_REQUIRED, 'A van names its technician', ['input', 'technicianId']),
      );
    }
    const [taken] = await tx.db
      .select({ id: locations.id })
      .from(locations)
      .where(sql`lower(${locations.code}) = lower(${input.code})`);
    if (taken) throw duplicateCode({ code: '23505' }, input.code);
    const [row] = await tx.db
      .insert(locations)
      .values({
        kind: input.kind,
        code: input.code,
        name: input.name,
        address: input.address ?? null,
        responsiblePerson: input.responsiblePerson ?? null,
        technicianId: input.technicianId ?? null,
      })
      .returning()
      .catch((error) => {
        throw duplicateCode(error, input.code);
      });
    await recordChange(ctx, tx, {
      entityType: 'Warehouse',
      entityId: row!.id,
      action: 'create',
      before: null,
      after: row,
    });
    return row!;
  },
});

export const updateWarehouseInput = z.object({
  id: uuid,
  name: name.nullish(),
  address: optionalText(500),
  responsiblePerson: optionalText(200),
  technicianId: externalId.nullish(),
  archived: z.boolean().nullish(),
});

export const updateWarehouse = defineVerb({
  name: 'updateWarehouse',
  input: updateWarehouseInput,
  async run(ctx, input, tx) {
    const [before] = await tx.db.select().from(locations).where(eq(locations.id, input.id)).for('update');
    if (!before || !['CENTRAL', 'REGIONAL', 'VAN'].includes(before.kind)) {
      throw new DomainError(userError(ErrorCode.NOT_FOUND, `No warehouse ${input.id}`, ['input', 'id']));
    }
    const technicianId = input.technicianId === undefined ? before.technicianId : input.technicianId;
    if (before.kind === 'VAN' && !technicianId) {
      throw new DomainError(
        userError(E.TECHNICIAN_REQUIRED, 'A van names its technician', ['input', 'technicianId']),
      );
    }
    const [after] = await tx.db
      .update(locations)
      .set({
        name: input.name ?? before.name,
        address: input.address === undefined ? before.address : input.address,
        responsiblePerson:
          input.responsiblePerson === undefined ? before.responsiblePerson : input.responsiblePerson,
        technicianId,
        archived: input.archived ?? before.archived,
        updatedAt: new Date(),
      })
      .where(eq(locations.id, before.id))
      .returning();
    await recordChange(ctx, tx, {
      entityType: 'Warehouse',
      entityId: before.id,
      action: 'update',
      before,
      after,
    });
    return after!;
  },
});

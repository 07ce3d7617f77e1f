import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../shared/db.ts';
import { insertMany } from '../../shared/db.ts';
import { DomainError, isUniqueViolation, transitionNotAllowed, userError } from '../../shared/errors.ts';
import type { AssetsContext } from '../context.ts';
import { type EquipmentRow, equipment, links, ports, sites } from '../db/tables.ts';
import { AssetsErrorCode as E } from '../domain/errors.ts';
import { inventoryNumber } from '../domain/identifiers.ts';
import { canMove, type EquipmentStatus } from '../domain/statuses.ts';
import { AssetsEvent } from '../events.ts';
import {
  attributes,
  day,
  idempotencyKey,
  ip,
  macs,
  money,
  optionalText,
  placeKind,
  portList,
  role,
  serial,
  status,
  uuid,
} from './fields.ts';
import { checkWarehouse, equipmentModel, subscriberOfPremises } from './graph-checks.ts';
import { equipmentEvent, placeOf, recordHistory } from './history.ts';
import { defineVerb, recordChange } from './kit.ts';

/** The next inventory numbers, `n` of them, from the sequence. */
export async function nextInventoryNumbers(tx: Tx, n: number): Promise<string[]> {
  const rows = await tx.sql<{ n: string }[]>`
    select nextval('assets.inventory_seq')::text as n from generate_series(1, ${n})`;
  return rows.map((r) => inventoryNumber(BigInt(r.n)));
}

export const duplicateSerial = (error: unknown, value: string, field: (string | number)[]) =>
  isUniqueViolation(error, 'equipment_model_serial_uniq')
    ? new DomainError(
        userError(E.DUPLICATE_SERIAL, `A unit of this model has the serial ${value} already`, field),
      )
    : error;

export async function lockEquipment(tx: Tx, id: string, field = ['input', 'id']): Promise<EquipmentRow> {
  const [row] = await tx.db.select().from(equipment).where(eq(equipment.id, id)).for('update');
  if (!row) throw new DomainError(userError(E.NOT_FOUND, 'No such unit', field));
  return row;
}

export async function lockSite(tx: Tx, id: string, field: string[]) {
  const [row] = await tx.db.select().from(sites).where(eq(sites.id, id));
  if (!row) throw new DomainError(userError(E.NOT_FOUND, 'No such network site', field));
  return row;
}

/** Checks a place exists and returns its columns (a premises names its subscriber). */
export async function resolvePlace(
  ctx: AssetsContext,
  tx: Tx,
  kind: 'WAREHOUSE' | 'PREMISES' | 'SITE',
  id: string,
  field: string[],
): Promise<{ placeKind: string; placeId: string; subscriberId: string | null }> {
  if (kind === 'SITE') {
    await lockSite(tx, id, field);
    return { placeKind: kind, placeId: id, subscriberId: null };
  }
  if (kind === 'WAREHOUSE') {
    await checkWarehouse(ctx, id, field);
    return { placeKind: kind, placeId: id, subscriberId: null };
  }
  return { placeKind: kind, placeId: id, subscriberId: await subscriberOfPremises(ctx, id, field) };
}

export const registerEquipmentInput = z.object({
  serial,
  modelId: uuid,
  role,
  status: status.nullish(),
  placeKind,
  placeId: uuid,
  macs: macs.nullish(),
  managementIp: ip.nullish(),
  firmware: optionalText(100),
  ports: portList.nullish(),
  purchaseDate: day.nullish(),
  warrantyUntil: day.nullish(),
  cost: money.nullish(),
  attributes: attributes.nullish(),
  idempotencyKey,
});

/**
 * A unit that predates the system, or one the warehouse has not seen: at a warehouse IN_STOCK, at a site
 * or premises INSTALLED (or the status given, if the place allows it).
 */
export const registerEquipment = defineVerb({
  name: 'registerEquipment',
  input: registerEquipmentInput,
  idempotent: true,
  async run(ctx, input, tx) {
    const state = input.status ?? (input.placeKind === 'WAREHOUSE' ? 'IN_STOCK' : 'INSTALLED');
    const allowed =
      input.placeKind === 'WAREHOUSE'
        ? ['IN_STOCK', 'RESERVED', 'IN_REPAIR']
        : ['INSTALLED', 'RESERVED', 'DECOMMISSIONED'];
    if (!allowed.includes(state)) {
      throw new DomainError(
        userError(E.PLACE_INVALID, `A unit at a ${input.placeKind.toLowerCase()} cannot be ${state}`, [
          'input',
          'status',
        ]),
      );
    }
    await equipmentModel(ctx, input.modelId, ['input', 'modelId']);
    const place = await resolvePlace(ctx, tx, input.placeKind, input.placeId, ['input', 'placeId']);
    const [number] = await nextInventoryNumbers(tx, 1);
    let row: EquipmentRow;
    try {
      [row] = (await tx.db
        .insert(equipment)
        .values({
          serial: input.serial,
          inventoryNumber: number as string,
          modelId: input.modelId,
          role: input.role,
          status: state,
          ...place,
          macs: input.macs ?? [],
          managementIp: input.managementIp ?? null,
          firmware: input.firmware,
          purchaseDate: input.purchaseDate ?? null,
          warrantyUntil: input.warrantyUntil ?? null,
          cost: input.cost ?? null,
          attributes: input.attributes ?? null,
        })
        .returning()) as [EquipmentRow];
    } catch (error) {
      throw duplicateSerial(error, input.serial, ['input', 'serial']);
    }
    if (input.ports?.length) {
      await insertMany(
        tx.db,
        ports,
        input.ports.map((p) => ({
          equipmentId: row.id,
          name: p.name,
          index: p.index,
          type: p.type,
          speed: p.speed ?? null,
        })),
      );
    }
    await recordHistory(tx, ctx.actor.id, [
      {
        equipmentId: row.id,
        change: 'CREATED',
        after: { status: state, ...placeOf(row) },
        reason: 'registered',
      },
    ]);
    await recordChange(
      ctx,
      tx,
      { entityType: 'Equipment', entityId: row.id, action: 'register', after: row },
      equipmentEvent(row, 'registered'),
    );
    return row;
  },
});

export const updateEquipmentInput = z.object({
  id: uuid,
  macs: macs.nullish(),
  managementIp: ip.nullish(),
  firmware: optionalText(100).optional(),
  ports: portList.nullish(),
  purchaseDate: day.nullish(),
  warrantyUntil: day.nullish(),
  cost: money.nullish(),
  attributes: attributes.nullish(),
  reason: optionalText(500),
});

/** Details of a unit; a firmware change is its own history entry, the rest one DETAILS entry. */
export const updateEquipment = defineVerb({
  name: 'updateEquipment',
  input: updateEquipmentInput,
  async run(ctx, input, tx) {
    const before = await lockEquipment(tx, input.id);
    const details = {
      ...(input.macs ? { macs: input.macs } : {}),
      ...(input.managementIp !== undefined ? { managementIp: input.managementIp } : {}),
      ...(input.purchaseDate !== undefined ? { purchaseDate: input.purchaseDate } : {}),
      ...(input.warrantyUntil !== undefined ? { warrantyUntil: input.warrantyUntil } : {}),
      ...(input.cost !== undefined ? { cost: input.cost } : {}),
      ...(input.attributes !== undefined ? { attributes: input.attributes } : {}),
    };
    const firmwareChanged = input.firmware !== undefined && input.firmware !== before.firmware;
    const [row] = (await tx.db
      .update(equipment)
      .set({ ...details, ...(firmwareChanged ? { firmware: input.firmware } : {}), updatedAt: new Date() })
      .where(eq(equipment.id, before.id))
      .returning()) as [EquipmentRow];
    if (input.ports) await replacePorts(tx, row.id, input.ports);
    const pick = (r: EquipmentRow) =>
      Object.fromEntries(Object.keys(details).map((k) => [k, r[k as keyof EquipmentRow]]));
    await recordHistory(tx, ctx.actor.id, [
      ...(firmwareChanged
        ? [
            {
              equipmentId: row.id,
              change: 'FIRMWARE' as const,
              before: before.firmware,
              after: row.firmware,
              reason: input.reason,
            },
          ]
        : []),
      ...(Object.keys(details).length || input.ports
        ? [
            {
              equipmentId: row.id,
              change: 'DETAILS' as const,
              before: pick(before),
              after: { ...pick(row), ...(input.ports ? { ports: input.ports } : {}) },
              reason: input.reason,
            },
          ]
        : []),
    ]);
    await recordChange(
      ctx,
      tx,
      { entityType: 'Equipment', entityId: row.id, action: 'update', before, after: row },
      equipmentEvent(row, 'updated'),
    );
    return row;
  },
});

/** Replaces a unit's ports, keeping those that hold a link (a linked port given again keeps its link). */
async function replacePorts(tx: Tx, equipmentId: string, list: z.output<typeof portList>) {
  const linked = new Set(
    (
      await tx.sql<{ id: string }[]>`
        select p.id from assets.ports p where p.equipment_id = ${equipmentId}
          and exists (select 1 from assets.links l where l.upstream_port_id = p.id or l.downstream_port_id = p.id)`
    ).map((r) => r.id),
  );
  const current = await tx.db.select().from(ports).where(eq(ports.equipmentId, equipmentId));
  const kept = current.filter((p) => linked.has(p.id));
  const keptNames = new Set(kept.map((p) => p.name));
  await tx.sql`
    delete from assets.ports p where p.equipment_id = ${equipmentId}
      and not exists (select 1 from assets.links l where l.upstream_port_id = p.id or l.downstream_port_id = p.id)`;
  const fresh = list.filter((p) => !keptNames.has(p.name));
  if (fresh.length) {
    try {
      await insertMany(
        tx.db,
        ports,
        fresh.map((p) => ({
          equipmentId,
          name: p.name,
          index: p.index,
          type: p.type,
          speed: p.speed ?? null,
        })),
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError(
          userError(E.DUPLICATE_PORT, 'A port index is held by a linked port of this unit', [
            'input',
            'ports',
          ]),
        );
      }
      throw error;
    }
  }
}

export const changeEquipmentStatusInput = z.object({ id: uuid, status, reason: optionalText(500) });

/** The allowed life-cycle transitions only (see `EQUIPMENT_TRANSITIONS`). */
export const changeEquipmentStatus = defineVerb({
  name: 'changeEquipmentStatus',
  input: changeEquipmentStatusInput,
  async run(ctx, input, tx) {
    const before = await lockEquipment(tx, input.id);
    return moveStatus(ctx, tx, before, input.status, input.reason);
  },
});

async function moveStatus(
  ctx: AssetsContext,
  tx: Tx,
  before: EquipmentRow,
  to: EquipmentStatus,
  reason: string | null,
  place?: { placeKind: string; placeId: string; subscriberId: string | null },
): Promise<EquipmentRow> {
  const from = before.status as EquipmentStatus;
  if (from !== to && !canMove(from, to)) {
    throw transitionNotAllowed('unit', from, to);
  }
  const [row] = (await tx.db
    .update(equipment)
    .set({ status: to, ...(place ?? {}), updatedAt: new Date() })
    .where(eq(equipment.id, before.id))
    .returning()) as [EquipmentRow];
  await recordHistory(tx, ctx.actor.id, [
    ...(from !== to
      ? [{ equipmentId: row.id, change: 'STATUS' as const, before: from, after: to, reason }]
      : []),
    ...(place
      ? [
          {
            equipmentId: row.id,
            change: 'PLACE' as const,
            before: placeOf(before),
            after: placeOf(row),
            reason,
          },
        ]
      : []),
  ]);
  await recordChange(
    ctx,
    tx,
    {
      entityType: 'Equipment',
      entityId: row.id,
      action: place ? 'install' : 'change-status',
      before,
      after: row,
    },
    equipmentEvent(row, place ? 'place' : 'status'),
  );
  return row;
}

export const installEquipmentInput = z.object({ id: uuid, siteId: uuid, reason: optionalText(500) });

/**
 * A unit at a network site. A unit the warehouse holds must be issued from it first: IN_STOCK at a
 * warehouse is NOT_ISSUED; RESERVED (issued) or already at a site moves.
 */
export const installEquipment = defineVerb({
  name: 'installEquipment',
  input: installEquipmentInput,
  async run(ctx, input, tx) {
    const before = await lockEquipment(tx, input.id);
    await lockSite(tx, input.siteId, ['input', 'siteId']);
    if (before.placeKind === 'WAREHOUSE' && before.status !== 'RESERVED') {
      throw new DomainError(
        userError(
          E.NOT_ISSUED,
          `The unit is ${before.status.toLowerCase()} at a warehouse: issue it with a warehouse document first`,
          ['input', 'id'],
        ),
      );
    }
    if (before.placeKind === 'PREMISES') {
      throw new DomainError(
        userError(E.PLACE_INVALID, 'The unit is at a subscriber; return it first', ['input', 'id']),
      );
    }
    return moveStatus(ctx, tx, before, 'INSTALLED', input.reason, {
      placeKind: 'SITE',
      placeId: input.siteId,
      subscriberId: null,
    });
  },
});

export const removeEquipmentInput = z.object({ id: uuid, reason: optionalText(500) });

/** A unit taken off its site: its links disconnected, DECOMMISSIONED where it stood. */
export const removeEquipment = defineVerb({
  name: 'removeEquipment',
  input: removeEquipmentInput,
  async run(ctx, input, tx) {
    const before = await lockEquipment(tx, input.id);
    if (before.placeKind !== 'SITE' || before.status !== 'INSTALLED') {
      throw new DomainError(
        userError(E.PLACE_INVALID, 'Only a unit installed at a site is removed', ['input', 'id']),
      );
    }
    await tx.sql`select pg_advisory_xact_lock(hashtext('assets:topology'))`;
    const cut = await tx.db
      .delete(links)
      .where(eq(links.upstreamId, before.id))
      .returning()
      .then(async (a) => [
        ...a,
        ...(await tx.db.delete(links).where(eq(links.downstreamId, before.id)).returning()),
      ]);
    if (cut.length) {
      await recordHistory(
        tx,
        ctx.actor.id,
        cut.flatMap((l) => [
          {
            equipmentId: l.upstreamId,
            change: 'LINK' as const,
            before: { linkId: l.id, downstreamId: l.downstreamId },
            after: null,
            reason: input.reason,
          },
          {
            equipmentId: l.downstreamId,
            change: 'LINK' as const,
            before: { linkId: l.id, upstreamId: l.upstreamId },
            after: null,
            reason: input.reason,
          },
        ]),
      );
      await ctx.events.publishMany(tx, AssetsEvent.TOPOLOGY_CHANGED, [{ equipmentIds: [before.id] }]);
    }
    return moveStatus(ctx, tx, before, 'DECOMMISSIONED', input.reason);
  },
});

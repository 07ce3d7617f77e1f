import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../shared/db.ts';
import { DomainError, transitionNotAllowed, type UserError, userError } from '../../shared/errors.ts';
import { isRole } from '../../shared/roles.ts';
import type { SubscribersContext } from '../context.ts';
import { audienceOf, isAffected, isShownTo } from '../db/queries.ts';
import {
  type CompanyEventRow,
  companyEvents,
  eventAcknowledgements,
  eventNotes,
  eventNotifications,
  subscribers,
} from '../db/tables.ts';
import { SubscribersErrorCode as E } from '../domain/errors.ts';
import { type CompanyEventStatus, canMove, EVENT_TRANSITIONS } from '../domain/statuses.ts';
import { channel, idempotencyKey, moment, optionalText, text, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { servedBy } from './served.ts';

const building = z.object({ city: text(100), street: text(200), building: text(20) });

const scope = z.object({
  kind: z.enum(['EVERYONE', 'AREA', 'SUBSCRIBERS', 'EQUIPMENT']),
  districts: z.array(text(100)).max(100).nullish(),
  buildings: z.array(building).max(1_000).nullish(),
  subscriberIds: z.array(uuid).max(10_000).nullish(),
  equipmentIds: z.array(z.string().trim().min(1).max(100)).max(10_000).nullish(),
});

type ScopeInput = z.output<typeof scope>;

const key = (s: string) => s.trim().toLowerCase();

/**
 * For a scope of units, the subscribers they serve now (assets, through the graph). When assets cannot be
 * asked, the event is kept with none yet (`servedAt` null) and the module's background work fills them in.
 */
async function served(ctx: SubscribersContext, kind: string, equipmentIds: readonly string[]) {
  if (kind !== 'EQUIPMENT') return { servedIds: [], servedAt: null };
  if (!ctx.graph) return { servedIds: [], servedAt: null };
  try {
    return { servedIds: await servedBy(ctx.graph, equipmentIds, ctx.requestId), servedAt: new Date() };
  } catch (error) {
    ctx.logger.warn({ err: error }, 'served subscribers: assets did not answer; computed later');
    return { servedIds: [], servedAt: null };
  }
}

/** The scope's columns; what it names must fit its kind (SCOPE_INVALID), its subscribers must exist. */
async function scopeColumns(ctx: SubscribersContext, tx: Tx, input: ScopeInput, field: string[]) {
  const problems: UserError[] = [];
  const districts = [...new Set(input.districts ?? [])];
  const buildings = input.buildings ?? [];
  const subscriberIds = [...new Set(input.subscriberIds ?? [])];
  const equipmentIds = [...new Set(input.equipmentIds ?? [])];
  const need = (ok: boolean, what: string, at: string) => {
    if (!ok)
      problems.push(userError(E.SCOPE_INVALID, `A scope of kind ${input.kind} ${what}`, [...field, at]));
  };
  need(
    input.kind === 'AREA' ? districts.length + buildings.length > 0 : true,
    'names districts or buildings',
    'districts',
  );
  need(input.kind === 'SUBSCRIBERS' ? subscriberIds.length > 0 : true, 'lists subscribers', 'subscriberIds');
  need(
    input.kind === 'EQUIPMENT' ? equipmentIds.length > 0 : true,
    'lists units of equipment',
    'equipmentIds',
  );
  if (problems.length) throw new DomainError(problems);
  const keep = <T>(kind: ScopeInput['kind'], list: T[]) => (input.kind === kind ? list : []);
  if (input.kind === 'SUBSCRIBERS') {
    const found = new Set(
      (
        await tx.sql<
          { id: string }[]
        >`select id from subscribers.subscribers where id = any(${subscriberIds}::uuid[])`
      ).map((r) => r.id),
    );
    const missing = subscriberIds.findIndex((id) => !found.has(id));
    if (missing >= 0) {
      throw new DomainError(
        userError(E.NOT_FOUND, 'No such subscriber', [...field, 'subscriberIds', String(missing)]),
      );
    }
  }
  return {
    ...(await served(ctx, input.kind, equipmentIds)),
    scopeKind: input.kind,
    districts: keep('AREA', districts),
    districtKeys: keep('AREA', districts.map(key)),
    buildings: keep('AREA', buildings),
    buildingKeys: keep(
      'AREA',
      buildings.map((b) => `${key(b.city)}|${key(b.street)}|${key(b.building)}`),
    ),
    subscriberIds: keep('SUBSCRIBERS', subscriberIds),
    equipmentIds: keep('EQUIPMENT', equipmentIds),
  };
}

const audience = z
  .array(z.string().trim())
  .max(20)
  .superRefine((roles, ctx) => {
    roles.forEach((r, i) => {
      if (!isRole(r)) {
        ctx.addIssue({
          code: 'custom',
          message: `No role «${r}»`,
          path: [i],
          params: { code: E.UNKNOWN_ROLE },
        });
      }
    });
  })
  .transform((roles) => [...new Set(roles)]);

function checkWindow(startsAt: Date, endsAt: Date, field: string[]) {
  if (endsAt <= startsAt) {
    throw new DomainError(userError(E.WINDOW_INVALID, 'The event ends before it starts', field));
  }
}

export const createCompanyEventInput = z.object({
  type: z.enum(['PLANNED_WORK', 'OUTAGE', 'APPOINTMENT', 'CAMPAIGN', 'ANNOUNCEMENT']),
  title: text(200),
  description: optionalText(5000),
  startsAt: moment,
  endsAt: moment,
  scope,
  audience: audience.nullish(),
  idempotencyKey,
});

/** A company event, PLANNED. */
export const createCompanyEvent = defineVerb({
  name: 'createCompanyEvent',
  input: createCompanyEventInput,
  idempotent: true,
  async run(ctx, input, tx) {
    checkWindow(input.startsAt, input.endsAt, ['input', 'endsAt']);
    const columns = await scopeColumns(ctx, tx, input.scope, ['input', 'scope']);
    const [row] = (await tx.db
      .insert(companyEvents)
      .values({
        type: input.type,
        title: input.title,
        description: input.description,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        status: 'PLANNED',
        ...columns,
        audience: input.audience ?? [],
        createdBy: ctx.actor.id,
      })
      .returning()) as [CompanyEventRow];
    await recordChange(ctx, tx, {
      entityType: 'CompanyEvent',
      entityId: row.id,
      action: 'create',
      after: row,
    });
    return row;
  },
});

/** The event, locked, as the caller may see it (one not meant for their roles is NOT_FOUND). */
async function lockEvent(ctx: SubscribersContext, tx: Tx, id: string, field = ['input', 'id']) {
  const [row] = await tx.db.select().from(companyEvents).where(eq(companyEvents.id, id)).for('update');
  if (!row || !isShownTo(row, audienceOf(ctx.actor))) {
    throw new DomainError(userError(E.NOT_FOUND, 'No such company event', field));
  }
  return row;
}

const isOver = (row: CompanyEventRow) => row.status === 'COMPLETED' || row.status === 'CANCELLED';

export const updateCompanyEventInput = z.object({
  id: uuid,
  title: text(200).nullish(),
  description: optionalText(5000).optional(),
  startsAt: moment.nullish(),
  endsAt: moment.nullish(),
  scope: scope.nullish(),
  audience: audience.nullish(),
});

/** Changes an event that is not over; fields left out stay. */
export const updateCompanyEvent = defineVerb({
  name: 'updateCompanyEvent',
  input: updateCompanyEventInput,
  async run(ctx, input, tx) {
    const before = await lockEvent(ctx, tx, input.id);
    if (isOver(before)) {
      throw new DomainError(
        userError(E.EVENT_CLOSED, `The event is ${before.status.toLowerCase()}`, ['input', 'id']),
      );
    }
    const startsAt = input.startsAt ?? before.startsAt;
    const endsAt = input.endsAt ?? before.endsAt;
    checkWindow(startsAt, endsAt, ['input', input.endsAt ? 'endsAt' : 'startsAt']);
    const [row] = (await tx.db
      .update(companyEvents)
      .set({
        ...(input.title ? { title: input.title } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        startsAt,
        endsAt,
        ...(input.scope ? await scopeColumns(ctx, tx, input.scope, ['input', 'scope']) : {}),
        ...(input.audience ? { audience: input.audience } : {}),
        updatedAt: new Date(),
      })
      .where(eq(companyEvents.id, before.id))
      .returning()) as [CompanyEventRow];
    await recordChange(ctx, tx, {
      entityType: 'CompanyEvent',
      entityId: row.id,
      action: 'update',
      before,
      after: row,
    });
    return row;
  },
});

export const changeCompanyEventStatusInput = z.object({
  id: uuid,
  status: z.enum(['PLANNED', 'ACTIVE', 'COMPLETED', 'CANCELLED']),
});

/** PLANNED → ACTIVE → COMPLETED; PLANNED or ACTIVE → CANCELLED. */
export const changeCompanyEventStatus = defineVerb({
  name: 'changeCompanyEventStatus',
  input: changeCompanyEventStatusInput,
  async run(ctx, input, tx) {
    const before = await lockEvent(ctx, tx, input.id);
    const from = before.status as CompanyEventStatus;
    if (!canMove(EVENT_TRANSITIONS, from, input.status)) {
      throw transitionNotAllowed('event', from, input.status);
    }
    const [row] = (await tx.db
      .update(companyEvents)
      .set({ status: input.status, updatedAt: new Date() })
      .where(eq(companyEvents.id, before.id))
      .returning()) as [CompanyEventRow];
    await recordChange(ctx, tx, {
      entityType: 'CompanyEvent',
      entityId: row.id,
      action: 'change-status',
      before: { status: from },
      after: { status: input.status },
    });
    return row;
  },
});

/** The caller has seen the event; once per person (again changes nothing). */
export const acknowledgeCompanyEvent = defineVerb({
  name: 'acknowledgeCompanyEvent',
  input: z.object({ id: uuid }),
  async run(ctx, input, tx) {
    const row = await lockEvent(ctx, tx, input.id);
    const added = await tx.db
      .insert(eventAcknowledgements)
      .values({ eventId: row.id, by: ctx.actor.id })
      .onConflictDoNothing()
      .returning();
    if (added.length) {
      await recordChange(ctx, tx, { entityType: 'CompanyEvent', entityId: row.id, action: 'acknowledge' });
    }
    return row;
  },
});

export const addCompanyEventNote = defineVerb({
  name: 'addCompanyEventNote',
  input: z.object({ id: uuid, text: text(5000) }),
  async run(ctx, input, tx) {
    const row = await lockEvent(ctx, tx, input.id);
    await tx.db.insert(eventNotes).values({ eventId: row.id, text: input.text, by: ctx.actor.id });
    await recordChange(ctx, tx, {
      entityType: 'CompanyEvent',
      entityId: row.id,
      action: 'note',
      after: { text: input.text },
    });
    return row;
  },
});

export const recordEventNotificationInput = z.object({
  eventId: uuid,
  subscriberId: uuid,
  channel,
  at: moment.nullish(),
});

/** That an affected subscriber was told of the event (NOT_AFFECTED when the event does not touch them). */
export const recordEventNotification = defineVerb({
  name: 'recordEventNotification',
  input: recordEventNotificationInput,
  async run(ctx, input, tx) {
    const row = await lockEvent(ctx, tx, input.eventId, ['input', 'eventId']);
    const [who] = await tx.db
      .select({ id: subscribers.id })
      .from(subscribers)
      .where(eq(subscribers.id, input.subscriberId));
    if (!who) throw new DomainError(userError(E.NOT_FOUND, 'No such subscriber', ['input', 'subscriberId']));
    if (!(await isAffected(tx.db, row, input.subscriberId))) {
      throw new DomainError(
        userError(E.NOT_AFFECTED, 'The event does not touch this subscriber', ['input', 'subscriberId']),
      );
    }
    const at = input.at ?? new Date();
    await tx.db.insert(eventNotifications).values({
      eventId: row.id,
      subscriberId: input.subscriberId,
      channel: input.channel,
      at,
      by: ctx.actor.id,
    });
    await recordChange(ctx, tx, {
      entityType: 'CompanyEvent',
      entityId: row.id,
      action: 'notify',
      after: { subscriberId: input.subscriberId, channel: input.channel, at },
    });
    return row;
  },
});

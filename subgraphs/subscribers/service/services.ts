import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../shared/db.ts';
import { DomainError, transitionNotAllowed, userError } from '../../shared/errors.ts';
import type { SubscribersContext } from '../context.ts';
import { premises, type ServiceRow, serviceStatusChanges, services } from '../db/tables.ts';
import { SubscribersErrorCode as E } from '../domain/errors.ts';
import { canMove, SERVICE_TRANSITIONS, type ServiceStatus } from '../domain/statuses.ts';
import { SubscribersEvent } from '../events.ts';
import { day, idempotencyKey, optionalText, serviceStatus, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { lockSubscriber, today } from './subscribers.ts';
import { quoteTariff, type TariffQuote } from './tariffs.ts';

/** What other modules learn of a service change. */
export const serviceEvent = (row: ServiceRow, change: string) => ({
  name: SubscribersEvent.SERVICE_CHANGED,
  payload: {
    id: row.id,
    subscriberId: row.subscriberId,
    premisesId: row.premisesId,
    tariffId: row.tariffId,
    status: row.status,
    price: row.price,
    pricePeriod: row.pricePeriod,
    change,
  },
});

async function insertService(
  ctx: SubscribersContext,
  tx: Tx,
  at: { subscriberId: string; premisesId: string },
  tariff: TariffQuote,
  status: ServiceStatus,
  replacesId: string | null,
): Promise<ServiceRow> {
  const date = today();
  const [row] = (await tx.db
    .insert(services)
    .values({
      ...at,
      tariffId: tariff.id,
      tariffName: tariff.name,
      tariffSku: tariff.sku,
      status,
      price: tariff.price,
      pricePeriod: tariff.pricePeriod,
      currency: tariff.currency,
      activatedOn: status === 'ACTIVE' ? date : null,
      replacesId,
    })
    .returning()) as [ServiceRow];
  await tx.db.insert(serviceStatusChanges).values({ serviceId: row.id, status, date, by: ctx.actor.id });
  return row;
}

export const subscribeServiceInput = z.object({
  premisesId: uuid,
  tariffId: uuid,
  promoCode: optionalText(40),
  idempotencyKey,
});

/** A tariff at a premises, PENDING, at the price the catalog quotes now. */
export const subscribeService = defineVerb({
  name: 'subscribeService',
  input: subscribeServiceInput,
  idempotent: true,
  async run(ctx, input, tx) {
    const [place] = await tx.db.select().from(premises).where(eq(premises.id, input.premisesId));
    if (!place) throw new DomainError(userError(E.NOT_FOUND, 'No such premises', ['input', 'premisesId']));
    const owner = await lockSubscriber(tx, place.subscriberId, ['input', 'premisesId']);
    if (owner.status === 'TERMINATED') {
      throw new DomainError(
        userError(E.SUBSCRIBER_TERMINATED, 'The subscriber is terminated', ['input', 'premisesId']),
      );
    }
    const tariff = await quoteTariff(ctx, input.tariffId, input.promoCode, ['input', 'tariffId']);
    const row = await insertService(
      ctx,
      tx,
      { subscriberId: owner.id, premisesId: place.id },
      tariff,
      'PENDING',
      null,
    );
    await recordChange(
      ctx,
      tx,
      { entityType: 'SubscribedService', entityId: row.id, action: 'create', after: row },
      serviceEvent(row, 'subscribed'),
    );
    return row;
  },
});

async function lockService(tx: Tx, id: string): Promise<ServiceRow> {
  const [row] = await tx.db.select().from(services).where(eq(services.id, id)).for('update');
  if (!row) throw new DomainError(userError(E.NOT_FOUND, 'No such service', ['input', 'id']));
  return row;
}

/** Moves a service to `status` (allowed transitions only), with its history row, audit and event. */
async function moveService(
  ctx: SubscribersContext,
  tx: Tx,
  before: ServiceRow,
  status: ServiceStatus,
  reason: string | null,
  date: string,
): Promise<ServiceRow> {
  const from = before.status as ServiceStatus;
  if (!canMove(SERVICE_TRANSITIONS, from, status)) {
    throw transitionNotAllowed('service', from, status);
  }
  const [row] = (await tx.db
    .update(services)
    .set({
      status,
      ...(status === 'ACTIVE' && !before.activatedOn ? { activatedOn: date } : {}),
      ...(status === 'TERMINATED' ? { terminatedOn: date } : {}),
      updatedAt: new Date(),
    })
    .where(eq(services.id, before.id))
    .returning()) as [ServiceRow];
  await tx.db
    .insert(serviceStatusChanges)
    .values({ serviceId: row.id, status, reason, date, by: ctx.actor.id });
  await recordChange(
    ctx,
    tx,
    {
      entityType: 'SubscribedService',
      entityId: row.id,
      action: 'change-status',
      before: { status: from },
      after: { status, reason, date },
    },
    serviceEvent(row, 'status'),
  );
  return row;
}

export const changeServiceStatusInput = z.object({
  id: uuid,
  status: serviceStatus,
  reason: optionalText(500),
  date: day.nullish(),
});

/** Activate, suspend, resume or terminate a service: the allowed transitions only. */
export const changeServiceStatus = defineVerb({
  name: 'changeServiceStatus',
  input: changeServiceStatusInput,
  async run(ctx, input, tx) {
    const before = await lockService(tx, input.id);
    return moveService(ctx, tx, before, input.status, input.reason ?? null, input.date ?? today());
  },
});

export const changeServiceTariffInput = z.object({
  id: uuid,
  tariffId: uuid,
  promoCode: optionalText(40),
  idempotencyKey,
});

/** An active service to another tariff: the old one TERMINATED, a new ACTIVE one in its place. */
export const changeServiceTariff = defineVerb({
  name: 'changeServiceTariff',
  input: changeServiceTariffInput,
  idempotent: true,
  async run(ctx, input, tx) {
    const before = await lockService(tx, input.id);
    if (before.status !== 'ACTIVE') {
      throw new DomainError(
        userError(
          E.TRANSITION_NOT_ALLOWED,
          `Only an active service changes tariff (this one is ${before.status.toLowerCase()})`,
          ['input', 'id'],
        ),
      );
    }
    if (before.tariffId === input.tariffId) {
      throw new DomainError(
        userError(E.TRANSITION_NOT_ALLOWED, 'The service has this tariff already', ['input', 'tariffId']),
      );
    }
    const tariff = await quoteTariff(ctx, input.tariffId, input.promoCode, ['input', 'tariffId']);
    await moveService(ctx, tx, before, 'TERMINATED', `Tariff changed to ${tariff.sku}`, today());
    const row = await insertService(
      ctx,
      tx,
      { subscriberId: before.subscriberId, premisesId: before.premisesId },
      tariff,
      'ACTIVE',
      before.id,
    );
    await recordChange(
      ctx,
      tx,
      { entityType: 'SubscribedService', entityId: row.id, action: 'create', after: row },
      serviceEvent(row, 'tariff-changed'),
    );
    return row;
  },
});

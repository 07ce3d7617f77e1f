import { randomUUID } from 'node:crypto';
import type { SubscribersContext } from './context.ts';
import { type ServiceRow, serviceStatusChanges, services } from './db/tables.ts';
import { addPremises } from './service/premises.ts';
import { createSubscriber } from './service/subscribers.ts';

/** A person with a unique surname and a phone, ACTIVE unless told otherwise; its id. */
export async function newSubscriber(ctx: SubscribersContext, overrides: Record<string, unknown> = {}) {
  const tag = randomUUID().slice(0, 8);
  const row = await createSubscriber(ctx, {
    kind: 'PERSON',
    person: { surname: `Тестов-${tag}`, name: 'Иван' },
    phones: [`+7921${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`],
    status: 'ACTIVE',
    ...overrides,
  });
  return row.id;
}

/** Premises of a subscriber (a new one unless given); its id. */
export async function newPremises(ctx: SubscribersContext, subscriberId?: string, district = 'Приморский') {
  const owner = subscriberId ?? (await newSubscriber(ctx));
  const row = await addPremises(ctx, {
    subscriberId: owner,
    address: { city: 'Санкт-Петербург', district, street: 'ул. Савушкина', building: '12', apartment: '5' },
  });
  return row.id;
}

/**
 * A service at a premises as subscribing leaves it (PENDING), written directly: the catalog's quote that
 * `subscribeService` asks for needs the whole graph, which these tests do not start.
 */
export async function newService(ctx: SubscribersContext, status = 'PENDING'): Promise<ServiceRow> {
  const subscriberId = await newSubscriber(ctx);
  const premisesId = await newPremises(ctx, subscriberId);
  const [row] = (await ctx.db
    .insert(services)
    .values({
      subscriberId,
      premisesId,
      tariffId: randomUUID(),
      tariffName: 'Тариф «Домашний 100»',
      tariffSku: 'TAR-100',
      status,
      price: '550.00',
      pricePeriod: 'MONTH',
      currency: 'RUB',
    })
    .returning()) as [ServiceRow];
  await ctx.db
    .insert(serviceStatusChanges)
    .values({ serviceId: row.id, status, date: '2026-12-01', by: 'test' });
  return row;
}

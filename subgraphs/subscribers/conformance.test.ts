/** The kit's conformance suite over the subscribers module's entities, lists and writes. */
import { randomUUID } from 'node:crypto';
import { describe } from 'vitest';
import { useServiceHarness } from '../../test/helpers.ts';
import { describeConformance } from '../shared/conformance.ts';
import type { SubscribersContext } from './context.ts';
import { SubscribersEvent } from './events.ts';
import { subscribers } from './index.ts';
import { createCompanyEvent } from './service/company-events.ts';
import { addPremises } from './service/premises.ts';
import { changeServiceStatus } from './service/services.ts';
import { changeSubscriberStatus, createSubscriber } from './service/subscribers.ts';
import { newPremises, newService, newSubscriber } from './test-factories.ts';

describe('subscribers', () => {
  const h = useServiceHarness(subscribers);
  const count = async (query: string, value: unknown) =>
    Number((await h.database.sql.unsafe(query, [value as string]))[0]?.n ?? 0);

  const subscriberInput = () => ({
    kind: 'PERSON',
    person: { surname: 'Конформов', name: 'Степан' },
    contract: { type: 'OFFER', number: `C-${randomUUID().slice(0, 12)}` },
  });
  const eventInput = () => ({
    type: 'PLANNED_WORK',
    title: `Работы ${randomUUID().slice(0, 8)}`,
    startsAt: new Date(Date.now() + 3_600_000),
    endsAt: new Date(Date.now() + 7_200_000),
    scope: { kind: 'AREA', districts: ['Приморский'] },
  });
  const newEvent = async (ctx: SubscribersContext) => (await createCompanyEvent(ctx, eventInput())).id;

  describeConformance<SubscribersContext>(h, {
    auditTable: 'subscribers.audit_log',
    readScope: 'subscribers:read',
    entities: [
      { typename: 'Subscriber', create: (ctx) => newSubscriber(ctx), selection: 'id accountNumber status' },
      { typename: 'Premises', create: (ctx) => newPremises(ctx), selection: 'id connectionPoint' },
      {
        typename: 'SubscribedService',
        create: async (ctx) => (await newService(ctx)).id,
        selection: 'id status price',
      },
      { typename: 'CompanyEvent', create: newEvent, selection: 'id title status' },
    ],
    lists: [
      {
        field: 'subscribers',
        fill: async (ctx, n) => {
          for (let i = 0; i < n; i++) await newSubscriber(ctx);
        },
      },
      {
        field: 'companyEvents',
        fill: async (ctx, n) => {
          for (let i = 0; i < n; i++) await newEvent(ctx);
        },
      },
    ],
    writes: [
      {
        name: 'createSubscriber',
        arrange: async (ctx) => async () => newSubscriber(ctx),
        audit: { entityType: 'Subscriber', action: 'create' },
        events: [SubscribersEvent.SUBSCRIBER_CHANGED],
      },
      {
        name: 'changeSubscriberStatus',
        arrange: async (ctx) => {
          const id = await newSubscriber(ctx);
          return async () =>
            (await changeSubscriberStatus(ctx, { id, status: 'SUSPENDED', reason: 'Долг' })).id;
        },
        audit: { entityType: 'Subscriber', action: 'change-status' },
        events: [SubscribersEvent.SUBSCRIBER_CHANGED],
      },
      {
        name: 'addPremises',
        arrange: async (ctx) => {
          const subscriberId = await newSubscriber(ctx);
          return async () =>
            (
              await addPremises(ctx, {
                subscriberId,
                address: { city: 'Санкт-Петербург', street: 'пр. Энгельса', building: '1' },
              })
            ).id;
        },
        audit: { entityType: 'Premises', action: 'create' },
        events: [SubscribersEvent.SUBSCRIBER_CHANGED],
      },
      {
        name: 'changeServiceStatus',
        arrange: async (ctx) => {
          const service = await newService(ctx);
          return async () => (await changeServiceStatus(ctx, { id: service.id, status: 'ACTIVE' })).id;
        },
        audit: { entityType: 'SubscribedService', action: 'change-status' },
        events: [SubscribersEvent.SERVICE_CHANGED],
      },
      {
        name: 'createCompanyEvent',
        arrange: async (ctx) => async () => newEvent(ctx),
        audit: { entityType: 'CompanyEvent', action: 'create' },
        events: [],
      },
    ],
    creating: [
      {
        name: 'createSubscriber',
        verb: createSubscriber,
        input: async () => subscriberInput(),
        id: (result) => (result as { id: string }).id,
        rows: (input) =>
          count(
            'select count(*)::int as n from subscribers.subscribers where contract_number = upper($1)',
            (input.contract as { number: string }).number,
          ),
      },
      {
        name: 'createCompanyEvent',
        verb: createCompanyEvent,
        input: async () => eventInput(),
        id: (result) => (result as { id: string }).id,
        rows: (input) =>
          count('select count(*)::int as n from subscribers.company_events where title = $1', input.title),
      },
    ],
  });
});

/**
 * Query-count baselines of the subscribers module through the gateway (pinned in query-counts.json): a
 * page of subscribers with their premises, services and their histories, active events and status
 * history costs the same number of statements at every page size, up to the largest page.
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { actorFor, useGraph } from '../../test/helpers.ts';
import { statementBaselines } from '../shared/baselines.ts';
import { contextFor } from '../shared/subgraph.ts';
import type { SubscribersContext } from './context.ts';
import { subscribers } from './index.ts';
import { seedSubscribers } from './seed.ts';
import { createCompanyEvent } from './service/company-events.ts';
import { newService } from './test-factories.ts';

const baselines = statementBaselines(fileURLToPath(new URL('./query-counts.json', import.meta.url)), {
  update: process.env.UPDATE_BASELINES === '1',
});

const PAGE_SIZES = [2, 10, 30, 100];

const PAGE = `nodes { accountNumber displayName phones { number display } contract { number }
  premises { addressText connectionPoint services { tariffSku } }
  services { tariffSku status price history { status } }
  activeEvents { title type } statusHistory { status } person { surname } company { inn } }`;

const QUERIES: Record<string, string> = {
  subscribersPage: `query($first: Int!) { subscribers(first: $first) { totalCount ${PAGE} } }`,
  searchPage: `query($first: Int!) { subscribers(first: $first, filter: { search: "санкт петербург" }) { totalCount ${PAGE} } }`,
  districtPage: `query($first: Int!) { subscribers(first: $first, filter: { district: "Приморский", statuses: [ACTIVE, SUSPENDED] }) {
    totalCount ${PAGE} } }`,
  eventsPage: `query($first: Int!) { companyEvents(first: $first) { totalCount nodes { title status scope { kind districts }
    notifications { channel } acknowledgements { by } acknowledgedByMe notes { text } } } }`,
};

describe('subscribers query counts through the gateway', () => {
  const g = useGraph({ background: false });

  beforeAll(async () => {
    const booted = g.graph.subgraphs.get('subscribers')!;
    const ctx: SubscribersContext = contextFor(subscribers, {
      actor: actorFor('CUSTOMER_CARE'),
      requestId: randomUUID(),
      database: booted.database,
      events: booted.events,
      logger: pino({ level: 'silent' }),
    });
    // The demo's 300 subscribers with premises and the three events, services on some of them, and
    // more than the largest page of events.
    await seedSubscribers(ctx);
    for (let i = 0; i < 30; i++) await newService(ctx, 'ACTIVE');
    // A service at every premises, so every row of every page has services and their histories.
    await booted.database.sql`
      with s as (
        insert into subscribers.services (subscriber_id, premises_id, tariff_id, tariff_name, tariff_sku, status,
          price, price_period, currency)
        select subscriber_id, id, gen_random_uuid(), 'Тариф «Домашний 300»', 'TAR-300', 'ACTIVE', 750, 'MONTH', 'RUB'
        from subscribers.premises
        returning id)
      insert into subscribers.service_status_changes (service_id, status, date, by)
      select id, 'ACTIVE', current_date, 'test' from s`;
    for (let i = 0; i < 110; i++) {
      await createCompanyEvent(ctx, {
        type: 'ANNOUNCEMENT',
        title: `Объявление ${i}`,
        startsAt: new Date(Date.now() - 3_600_000),
        endsAt: new Date(Date.now() + 3_600_000 * (i + 1)),
        scope: i % 2 ? { kind: 'EVERYONE' } : { kind: 'AREA', districts: ['Выборгский'] },
      });
    }
  }, 120_000);

  async function statementsOf(name: string, first: number) {
    const database = g.graph.subgraphs.get('subscribers')!.database;
    const before = database.stats.statements;
    const res = await baselines.check(`${name}@${first}`, database, () =>
      g.request(QUERIES[name]!, { role: 'CUSTOMER_CARE', variables: { first } }),
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    return database.stats.statements - before;
  }

  for (const name of Object.keys(QUERIES)) {
    it(`answers ${name} in the same number of statements at every page size`, async () => {
      const counts: number[] = [];
      for (const first of PAGE_SIZES) counts.push(await statementsOf(name, first));
      expect(
        new Set(counts).size,
        `statements per page size ${PAGE_SIZES.join(', ')}: ${counts.join(', ')}`,
      ).toBe(1);
    });
  }
});

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useServiceHarness } from '../../../test/helpers.ts';
import { DomainError } from '../../shared/errors.ts';
import { subscribers } from '../index.ts';
import { newPremises, newSubscriber } from '../test-factories.ts';
import {
  acknowledgeCompanyEvent,
  changeCompanyEventStatus,
  createCompanyEvent,
  updateCompanyEvent,
} from './company-events.ts';
import { addPremises } from './premises.ts';
import { changeSubscriberStatus, createSubscriber, updateSubscriber } from './subscribers.ts';

/** The refusal a verb threw: its userErrors as `code@path`. */
async function refusal(run: Promise<unknown>): Promise<string[]> {
  try {
    await run;
  } catch (error) {
    if (error instanceof DomainError)
      return error.errors.map((e) => `${e.code}@${(e.field ?? []).join('.')}`);
    throw error;
  }
  throw new Error('the verb did not refuse');
}

describe('subscribers verbs', () => {
  const h = useServiceHarness(subscribers);
  const rows = async (table: string) =>
    Number((await h.database.sql.unsafe(`select count(*)::int as n from subscribers.${table}`))[0]?.n);

  it('gives one contract number to exactly one of ten concurrent clerks', async () => {
    const number = `Д-RACE-${randomUUID().slice(0, 6)}`;
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        createSubscriber(h.context('CUSTOMER_CARE'), {
          kind: 'PERSON',
          person: { surname: `Гонкин${i}`, name: 'Павел' },
          contract: { type: 'OFFER', number },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) {
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(DomainError);
      expect(((r as PromiseRejectedResult).reason as DomainError).errors[0]?.code).toBe(
        'DUPLICATE_CONTRACT_NUMBER',
      );
    }
    const [row] = await h.database
      .sql`select count(*)::int as n from subscribers.subscribers where contract_number = upper(${number})`;
    expect(row?.n).toBe(1);
  });

  it('gives every subscriber its own account number under concurrency', async () => {
    const made = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createSubscriber(h.context('CUSTOMER_CARE'), {
          kind: 'PERSON',
          person: { surname: `Номеров${i}`, name: 'Ян' },
        }),
      ),
    );
    expect(new Set(made.map((s) => s.accountNumber)).size).toBe(20);
  });

  it('moves a subscriber only as allowed, with a reason where one is needed, and never out of TERMINATED', async () => {
    const ctx = h.context('CUSTOMER_CARE');
    const id = await newSubscriber(ctx, { status: 'PROSPECT' });
    expect(await refusal(changeSubscriberStatus(ctx, { id, status: 'SUSPENDED', reason: 'Долг' }))).toEqual([
      'TRANSITION_NOT_ALLOWED@input.status',
    ]);
    await changeSubscriberStatus(ctx, { id, status: 'ACTIVE' });
    expect(await refusal(changeSubscriberStatus(ctx, { id, status: 'TERMINATED' }))).toEqual([
      'REASON_REQUIRED@input.reason',
    ]);
    const ended = await changeSubscriberStatus(ctx, {
      id,
      status: 'TERMINATED',
      reason: 'Переезд',
      date: '2026-11-30',
    });
    expect(ended).toMatchObject({ status: 'TERMINATED', statusReason: 'Переезд', statusDate: '2026-11-30' });
    expect(await refusal(changeSubscriberStatus(ctx, { id, status: 'ACTIVE' }))).toEqual([
      'TRANSITION_NOT_ALLOWED@input.status',
    ]);
    const premisesBefore = await rows('premises');
    expect(
      await refusal(
        addPremises(ctx, {
          subscriberId: id,
          address: { city: 'Москва', street: 'ул. Тверская', building: '1' },
        }),
      ),
    ).toEqual(['SUBSCRIBER_TERMINATED@input.subscriberId']);
    expect(await rows('premises')).toBe(premisesBefore);
    const history = await h.database.sql`
      select status from subscribers.subscriber_status_changes where subscriber_id = ${id} order by id`;
    expect(history.map((r) => r.status)).toEqual(['PROSPECT', 'ACTIVE', 'TERMINATED']);
  });

  it('keeps a person a person, and refuses what does not fit the kind', async () => {
    const ctx = h.context('CUSTOMER_CARE');
    expect(await refusal(createSubscriber(ctx, { kind: 'PERSON' }))).toEqual([
      'DETAILS_REQUIRED@input.person',
    ]);
    expect(
      await refusal(
        createSubscriber(ctx, {
          kind: 'COMPANY',
          company: { legalName: 'ООО «Кпп»', inn: '7707083893', kpp: '77-01' },
        }),
      ),
    ).toEqual(['INVALID_KPP@input.company.kpp']);
    const id = await newSubscriber(ctx);
    expect(
      await refusal(updateSubscriber(ctx, { id, company: { legalName: 'ООО «Нет»', inn: '7707083893' } })),
    ).toEqual(['WRONG_KIND@input.company']);
    const updated = await updateSubscriber(ctx, {
      id,
      phones: ['8 (812) 123-45-67', '+7 812 123 45 67'],
      emails: [],
    });
    expect(updated.phones).toEqual(['+78121234567']);
  });

  it('checks an event scope against its kind, its roles and its subscribers, writing nothing on a refusal', async () => {
    const ctx = h.context('CUSTOMER_CARE');
    const window = { startsAt: new Date(Date.now() + 60_000), endsAt: new Date(Date.now() + 120_000) };
    const base = { type: 'OUTAGE', title: 'Авария', ...window };
    const before = await rows('company_events');
    expect(await refusal(createCompanyEvent(ctx, { ...base, scope: { kind: 'AREA' } }))).toEqual([
      'SCOPE_INVALID@input.scope.districts',
    ]);
    expect(
      await refusal(
        createCompanyEvent(ctx, { ...base, scope: { kind: 'EVERYONE' }, audience: ['NOC_ENGINEER', 'BOSS'] }),
      ),
    ).toEqual(['UNKNOWN_ROLE@input.audience.1']);
    const known = await newSubscriber(ctx);
    expect(
      await refusal(
        createCompanyEvent(ctx, {
          ...base,
          scope: { kind: 'SUBSCRIBERS', subscriberIds: [known, randomUUID()] },
        }),
      ),
    ).toEqual(['NOT_FOUND@input.scope.subscriberIds.1']);
    expect(await rows('company_events')).toBe(before);
  });

  it('changes an event only while it is not over; acknowledging twice is one acknowledgement', async () => {
    const ctx = h.context('CUSTOMER_CARE');
    const event = await createCompanyEvent(ctx, {
      type: 'APPOINTMENT',
      title: 'Визит монтажника',
      startsAt: new Date(Date.now() + 60_000),
      endsAt: new Date(Date.now() + 3_600_000),
      scope: { kind: 'SUBSCRIBERS', subscriberIds: [await newSubscriber(ctx)] },
    });
    const moved = await updateCompanyEvent(ctx, { id: event.id, endsAt: new Date(Date.now() + 7_200_000) });
    expect(moved.endsAt.getTime()).toBeGreaterThan(event.endsAt.getTime());
    expect(await refusal(updateCompanyEvent(ctx, { id: event.id, endsAt: new Date(Date.now()) }))).toEqual([
      'WINDOW_INVALID@input.endsAt',
    ]);
    await acknowledgeCompanyEvent(ctx, { id: event.id });
    await acknowledgeCompanyEvent(ctx, { id: event.id });
    const acks = await h.database
      .sql`select count(*)::int as n from subscribers.event_acknowledgements where event_id = ${event.id}`;
    expect(acks[0]?.n).toBe(1);
    await changeCompanyEventStatus(ctx, { id: event.id, status: 'CANCELLED' });
    expect(await refusal(updateCompanyEvent(ctx, { id: event.id, title: 'Поздно' }))).toEqual([
      'EVENT_CLOSED@input.id',
    ]);
    // An event meant for another role is not there for this one.
    const hidden = await createCompanyEvent(h.context('ADMIN'), {
      type: 'ANNOUNCEMENT',
      title: 'Только для склада',
      ...{ startsAt: new Date(Date.now() + 60_000), endsAt: new Date(Date.now() + 120_000) },
      scope: { kind: 'EVERYONE' },
      audience: ['WAREHOUSE_KEEPER'],
    });
    expect(await refusal(acknowledgeCompanyEvent(ctx, { id: hidden.id }))).toEqual(['NOT_FOUND@input.id']);
  });

  it('adds premises to a subscriber and finds them by the address words', async () => {
    const ctx = h.context('CUSTOMER_CARE');
    const id = await newSubscriber(ctx);
    await newPremises(ctx, id, 'Калининский');
    const res = await h.execute(
      `query($s: String) { subscribers(filter: { search: $s }) { nodes { id premises { address { district } } } } }`,
      { s: 'савушкина 12' },
      'NOC_ENGINEER',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.subscribers.nodes.map((n: { id: string }) => n.id)).toContain(id);
  });

  it('matches a number as typed or with a letter after it, not as the start of a longer number', async () => {
    const ctx = h.context('CUSTOMER_CARE');
    const at = async (building: string) => {
      const id = await newSubscriber(ctx);
      await addPremises(ctx, {
        subscriberId: id,
        address: { city: 'Тверь', street: 'ул. Числовая', building },
      });
      return id;
    };
    const [twelve, twelveK2, hundredTwenty] = [await at('12'), await at('12к2'), await at('120')];
    const res = await h.execute(
      `query($s: String) { subscribers(first: 10, filter: { search: $s }) { nodes { id } } }`,
      {
        s: 'числовая 12',
      },
    );
    const ids = res.data?.subscribers.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining([twelve, twelveK2]));
    expect(ids).not.toContain(hundredTwenty);
  });

  it('lists a broad search newest first, and walks it to the same rows forward and backward', async () => {
    // 2,500 subscribers sharing a surname: above the size that is ranked.
    await h.database.sql`
      insert into subscribers.subscribers (account_number, kind, status, status_date, display_name, surname, name,
        search_text, created_at)
      select 'B' || g, 'PERSON', 'ACTIVE', current_date, 'Ширококов Пётр ' || g, 'Ширококов', 'Пётр',
        'Ширококов Пётр', now() - g * interval '1 second'
      from generate_series(1, 2500) g`;
    // What autovacuum does by then: the search estimates its matches from the table's statistics.
    await h.database.sql`analyze subscribers.subscribers`;
    const PAGE = `query($s: String, $after: String, $before: String, $first: Int, $last: Int) {
      subscribers(first: $first, last: $last, after: $after, before: $before, filter: { search: $s }) {
        nodes { accountNumber } pageInfo { startCursor endCursor hasNextPage hasPreviousPage } } }`;
    const forward: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const res = await h.execute(PAGE, { s: 'ширококов', first: 50, after });
      expect(res.errors).toBeUndefined();
      const page: { accountNumber: string }[] = res.data?.subscribers.nodes ?? [];
      forward.push(...page.map((n) => n.accountNumber));
      after = res.data?.subscribers.pageInfo.endCursor;
    }
    // Newest first: B1 was made last.
    expect(forward.slice(0, 3)).toEqual(['B1', 'B2', 'B3']);
    expect(new Set(forward).size).toBe(150);
    const back = await h.execute(PAGE, { s: 'ширококов', last: 50, before: after });
    expect(back.data?.subscribers.nodes.map((n: { accountNumber: string }) => n.accountNumber)).toEqual(
      forward.slice(99, 149),
    );
  });
});

import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoId } from '../../subgraphs/shared/ids.ts';
import { eventually, type GraphHarness, useGraph } from '../helpers.ts';

/**
 * The subscribers module as its users reach it: through the gateway, over the demo data of every module
 * (`seed: true`): search in one box, personal data masked and every read of it audited, services priced
 * by the catalog's quote with their allowed transitions, company events shown by role and worked through
 * (who was told), the interaction log, and bad input refused with a code and a path, writing nothing.
 */

const CREATE = `mutation($input: CreateSubscriberInput!) {
  createSubscriber(input: $input) {
    subscriber { id accountNumber displayName status phones { number display } emails contract { number type } }
    userErrors { code field message } } }`;
const SEARCH = `query($search: String, $district: String) {
  subscribers(first: 10, filter: { search: $search, district: $district }) {
    totalCount nodes { id accountNumber displayName } } }`;
const ADD_PREMISES = `mutation($input: AddPremisesInput!) {
  addPremises(input: $input) { premises { id addressText } userErrors { code field } } }`;
const SUBSCRIBE = `mutation($input: SubscribeServiceInput!) {
  subscribeService(input: $input) {
    service { id status price pricePeriod tariffSku tariff { id } history { status } }
    userErrors { code field message } } }`;
const SERVICE_STATUS = `mutation($input: ChangeServiceStatusInput!) {
  changeServiceStatus(input: $input) {
    service { id status activatedOn terminatedOn history { status reason } }
    userErrors { code field message } } }`;
const CREATE_EVENT = `mutation($input: CreateCompanyEventInput!) {
  createCompanyEvent(input: $input) { event { id status audience } userErrors { code field message } } }`;

async function ok<T = any>(
  g: GraphHarness,
  query: string,
  variables: Record<string, unknown>,
  role = 'CUSTOMER_CARE',
) {
  const res = await g.request(query, { role: role as never, variables });
  expect(res.body.errors).toBeUndefined();
  return res.body.data as T;
}

const person = (surname: string, name: string, extra: Record<string, unknown> = {}) => ({
  kind: 'PERSON',
  person: { surname, name, patronymic: 'Сергеевич', birthDate: '1985-03-14', ...extra },
});

describe('subscribers through the gateway', () => {
  const g = useGraph({ seed: true });
  let tariffs: Record<string, { id: string; price: string }>;

  beforeAll(async () => {
    const data = await ok(
      g,
      `{ a: catalogItemBySku(sku: "TAR-100") { id } b: catalogItemBySku(sku: "TAR-300") { id }
         c: catalogItemBySku(sku: "ONT-HG8245H") { id } }`,
      {},
      'ADMIN',
    );
    const quote = await ok(
      g,
      `query($lines: [QuoteLineInput!]!) { quote(input: { lines: $lines }) { lines { item { id } amountWithVat total } } }`,
      { lines: [data.a.id, data.b.id].map((itemId: string) => ({ itemId, quantity: '1' })) },
      'ADMIN',
    );
    const price = (id: string) => {
      const line = quote.quote.lines.find((l: any) => l.item.id === id);
      return line.amountWithVat ?? line.total;
    };
    tariffs = {
      'TAR-100': { id: data.a.id, price: price(data.a.id) },
      'TAR-300': { id: data.b.id, price: price(data.b.id) },
      ONT: { id: data.c.id, price: '0' },
    };
  });

  it('holds the demo: 300 subscribers in two districts, their services on the demo tariffs, three events', async () => {
    const data = await ok(
      g,
      `{ all: subscribers { totalCount }
         primorsky: subscribers(filter: { district: "приморский" }) { totalCount }
         companyEvents { nodes { type status } } }`,
      {},
      'ADMIN',
    );
    expect(data.all.totalCount).toBe(300);
    expect(data.primorsky.totalCount).toBe(150);
    expect(data.companyEvents.nodes.map((e: any) => `${e.type}:${e.status}`).sort()).toEqual([
      'OUTAGE:ACTIVE',
      'PLANNED_WORK:PLANNED',
      'PLANNED_WORK:PLANNED',
    ]);
    const services = await eventually(async () => {
      const d = await ok(
        g,
        `query($id: ID!) { subscriber(id: $id) { premises { id } services { tariffSku status price } } }`,
        { id: demoId('subscriber', 1) },
      );
      return d.subscriber.services.length ? d.subscriber : null;
    });
    expect(services?.premises[0].id).toBe(demoId('premises', 1));
    expect(services?.services[0].status).toBe('ACTIVE');
    expect(['TAR-100', 'TAR-300', 'TAR-500']).toContain(services?.services[0].tariffSku);
  });

  it('finds a subscriber by a phone in any format, by account, by contract number, and by name with a typo', async () => {
    const made = await ok(g, CREATE, {
      input: {
        ...person('Долгорукова', 'Аглая'),
        phones: ['+7 (921) 555-12-34'],
        emails: ['Aglaya@Example.RU'],
        contract: { type: 'INDIVIDUAL', number: `Д-77-${randomUUID().slice(0, 6)}` },
      },
    });
    const s = made.createSubscriber.subscriber;
    expect(made.createSubscriber.userErrors).toEqual([]);
    expect(s.phones).toEqual([{ number: '+79215551234', display: '+7 921 555 12 34' }]);
    expect(s.emails).toEqual(['aglaya@example.ru']);
    expect(s.accountNumber).toMatch(/^\d{8}$/);
    expect(s.status).toBe('PROSPECT');
    for (const search of [
      '89215551234',
      '+7 921 555-12-34',
      '9215551234',
      s.accountNumber,
      s.contract.number.toLowerCase(),
      'долгорукова аглая',
      'Долгорукво',
      'аглая долг',
    ]) {
      const found = await ok(g, SEARCH, { search });
      expect(
        found.subscribers.nodes.map((n: any) => n.id),
        search,
      ).toContain(s.id);
    }
    const english = await ok(g, CREATE, {
      input: { kind: 'COMPANY', company: { legalName: 'Northern Lights LLC', inn: '7707083893' } },
    });
    const found = await ok(g, SEARCH, { search: 'nothern light' });
    expect(found.subscribers.nodes.map((n: any) => n.id)).toContain(english.createSubscriber.subscriber.id);
  });

  it('finds by address once premises are added', async () => {
    const made = await ok(g, CREATE, { input: person('Ёлкин', 'Фома') });
    const id = made.createSubscriber.subscriber.id;
    const added = await ok(g, ADD_PREMISES, {
      input: {
        subscriberId: id,
        address: {
          city: 'Санкт-Петербург',
          district: 'Калининский',
          street: 'Гражданский пр.',
          building: '111',
          apartment: '7',
        },
        connectionPoint: 'OLT-KLN-1 0/1/1',
      },
    });
    expect(added.addPremises.premises.addressText).toBe(
      'Санкт-Петербург, Калининский р-н, Гражданский пр., д. 111, кв. 7',
    );
    const byAddress = await ok(g, SEARCH, { search: 'гражданский 111' });
    expect(byAddress.subscribers.nodes.map((n: any) => n.id)).toEqual([id]);
    const yo = await ok(g, SEARCH, { search: 'елкин' });
    expect(yo.subscribers.nodes.map((n: any) => n.id)).toContain(id);
    const byDistrict = await ok(g, SEARCH, { district: 'Калининский' });
    expect(byDistrict.subscribers.nodes.map((n: any) => n.id)).toEqual([id]);
  });

  it('masks personal data without subscribers:pii, and audits every read with it', async () => {
    const made = await ok(g, CREATE, {
      input: person('Скрытов', 'Пётр', {
        identityDocument: {
          type: 'PASSPORT_RF',
          series: '40 12',
          number: '345678',
          issuedBy: 'ТП № 1',
          issuedOn: '2012-05-01',
        },
      }),
    });
    const id = made.createSubscriber.subscriber.id;
    const READ = `query($id: ID!, $reason: String) { subscriber(id: $id) {
      person { personalData(reason: $reason) { masked birthDate birthYear identityDocument { series number issuedBy issuedOn } } } } }`;
    const masked = await ok(g, READ, { id }, 'NOC_ENGINEER');
    expect(masked.subscriber.person.personalData).toEqual({
      masked: true,
      birthDate: null,
      birthYear: 1985,
      identityDocument: { series: '••••', number: '••••78', issuedBy: null, issuedOn: null },
    });
    const refused = await g.request(READ, { role: 'CUSTOMER_CARE', variables: { id } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const full = await ok(g, READ, { id, reason: 'Проверка при заключении договора' });
    expect(full.subscriber.person.personalData).toEqual({
      masked: false,
      birthDate: '1985-03-14',
      birthYear: 1985,
      identityDocument: { series: '40 12', number: '345678', issuedBy: 'ТП № 1', issuedOn: '2012-05-01' },
    });
    const trail = await ok(
      g,
      `query($id: ID!) { subscriber(id: $id) { auditTrail { action actorId after } } }`,
      { id },
    );
    const reads = trail.subscriber.auditTrail.filter((a: any) => a.action === 'read-personal-data');
    expect(reads).toEqual([
      {
        action: 'read-personal-data',
        actorId: expect.stringContaining('customer_care'),
        after: { fields: ['birthDate', 'identityDocument'], reason: 'Проверка при заключении договора' },
      },
    ]);
    // The audit rows of the change itself never copy the document.
    expect(JSON.stringify(trail.subscriber.auditTrail)).not.toContain('345678');
  });

  it('subscribes a tariff at the quoted price and allows only the allowed service transitions', async () => {
    const made = await ok(g, CREATE, { input: { ...person('Тарифов', 'Лев'), status: 'ACTIVE' } });
    const subscriberId = made.createSubscriber.subscriber.id;
    const place = await ok(g, ADD_PREMISES, {
      input: { subscriberId, address: { city: 'Санкт-Петербург', street: 'ул. Оптиков', building: '4' } },
    });
    const premisesId = place.addPremises.premises.id;
    const sub = await ok(g, SUBSCRIBE, { input: { premisesId, tariffId: tariffs['TAR-100']?.id } });
    const service = sub.subscribeService.service;
    expect(sub.subscribeService.userErrors).toEqual([]);
    expect(service).toMatchObject({
      status: 'PENDING',
      price: tariffs['TAR-100']?.price,
      pricePeriod: 'MONTH',
      tariffSku: 'TAR-100',
    });

    const move = async (status: string, reason?: string) =>
      (await ok(g, SERVICE_STATUS, { input: { id: service.id, status, reason } })).changeServiceStatus;
    expect((await move('SUSPENDED')).userErrors[0]?.code).toBe('TRANSITION_NOT_ALLOWED');
    const active = await move('ACTIVE');
    expect(active.service.activatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((await move('SUSPENDED', 'Заявление абонента')).service.status).toBe('SUSPENDED');
    expect((await move('ACTIVE')).service.status).toBe('ACTIVE');

    const change = await ok(
      g,
      `mutation($input: ChangeServiceTariffInput!) { changeServiceTariff(input: $input) {
        service { id status price tariffSku replaces { id status } } userErrors { code } } }`,
      { input: { id: service.id, tariffId: tariffs['TAR-300']?.id } },
    );
    const next = change.changeServiceTariff.service;
    expect(next).toMatchObject({ status: 'ACTIVE', price: tariffs['TAR-300']?.price, tariffSku: 'TAR-300' });
    expect(next.replaces).toEqual({ id: service.id, status: 'TERMINATED' });

    const again = await move('TERMINATED');
    expect(again.userErrors).toEqual([
      expect.objectContaining({ code: 'TRANSITION_NOT_ALLOWED', field: ['input', 'status'] }),
    ]);
    const history = await ok(g, `query($id: ID!) { subscribedService(id: $id) { history { status } } }`, {
      id: service.id,
    });
    expect(history.subscribedService.history.map((h: any) => h.status)).toEqual([
      'PENDING',
      'ACTIVE',
      'SUSPENDED',
      'ACTIVE',
      'TERMINATED',
    ]);
    const notTariff = await ok(g, SUBSCRIBE, { input: { premisesId, tariffId: tariffs.ONT?.id } });
    expect(notTariff.subscribeService.userErrors[0]).toMatchObject({
      code: 'NOT_A_TARIFF',
      field: ['input', 'tariffId'],
    });
    const current = await ok(
      g,
      `query($id: ID!) { subscriber(id: $id) { services(current: true) { tariffSku } } }`,
      {
        id: subscriberId,
      },
    );
    expect(current.subscriber.services).toEqual([{ tariffSku: 'TAR-300' }]);
  });

  it('refuses bad input with a code and a path, writing nothing', async () => {
    const count = async () => (await ok(g, `{ subscribers { totalCount } }`, {})).subscribers.totalCount;
    const before = await count();
    const refuse = async (input: Record<string, unknown>) =>
      (await ok(g, CREATE, { input })).createSubscriber.userErrors.map((e: any) => [
        e.code,
        e.field.join('.'),
      ]);
    expect(await refuse({ ...person('Плохой', 'Телефон'), phones: ['+7 921 555'] })).toEqual([
      ['INVALID_PHONE', 'input.phones.0'],
    ]);
    expect(await refuse({ ...person('Плохая', 'Почта'), emails: ['not-an-email'] })).toEqual([
      ['INVALID_EMAIL', 'input.emails.0'],
    ]);
    expect(
      await refuse({ kind: 'COMPANY', company: { legalName: 'ООО «Ошибка»', inn: '7707083894' } }),
    ).toEqual([['INVALID_INN', 'input.company.inn']]);
    const contract = `Д-DUP-${randomUUID().slice(0, 6)}`;
    await ok(g, CREATE, {
      input: { ...person('Первый', 'Договор'), contract: { type: 'OFFER', number: contract } },
    });
    expect(
      await refuse({
        ...person('Второй', 'Договор'),
        contract: { type: 'OFFER', number: contract.toLowerCase() },
      }),
    ).toEqual([['DUPLICATE_CONTRACT_NUMBER', 'input.contract.number']]);
    expect(await count()).toBe(before + 1);

    const events = async () =>
      (await ok(g, `{ companyEvents { totalCount } }`, {}, 'ADMIN')).companyEvents.totalCount;
    const eventsBefore = await events();
    const bad = await ok(g, CREATE_EVENT, {
      input: {
        type: 'PLANNED_WORK',
        title: 'Окно наоборот',
        startsAt: '2026-12-10T10:00:00+03:00',
        endsAt: '2026-12-10T09:00:00+03:00',
        scope: { kind: 'EVERYONE' },
      },
    });
    expect(bad.createCompanyEvent.userErrors.map((e: any) => [e.code, e.field.join('.')])).toEqual([
      ['WINDOW_INVALID', 'input.endsAt'],
    ]);
    expect(await events()).toBe(eventsBefore);
  });

  it('shows a role only the events meant for it, and works an outage through: who was told, who not yet', async () => {
    const created = await ok(g, CREATE_EVENT, {
      input: {
        type: 'ANNOUNCEMENT',
        title: 'Инвентаризация склада',
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        scope: { kind: 'SUBSCRIBERS', subscriberIds: [demoId('subscriber', 2)] },
        audience: ['WAREHOUSE_KEEPER'],
      },
    });
    const eventId = created.createCompanyEvent.event.id;
    const LIST = `{ companyEvents(first: 50) { nodes { id } } }`;
    const ids = async (role: string) =>
      (await ok(g, LIST, {}, role)).companyEvents.nodes.map((n: any) => n.id);
    expect(await ids('WAREHOUSE_KEEPER')).toContain(eventId);
    expect(await ids('TECHNICIAN')).not.toContain(eventId);
    expect(await ids('ADMIN')).toContain(eventId);
    const ACTIVE = `query($id: ID!) { subscriber(id: $id) { activeEvents { id type } } }`;
    const keeper = await ok(g, ACTIVE, { id: demoId('subscriber', 2) }, 'WAREHOUSE_KEEPER');
    expect(keeper.subscriber.activeEvents.map((e: any) => e.id)).toContain(eventId);
    const tech = await ok(g, ACTIVE, { id: demoId('subscriber', 2) }, 'TECHNICIAN');
    expect(tech.subscriber.activeEvents.map((e: any) => e.id)).not.toContain(eventId);
    const direct = await ok(
      g,
      `query($id: ID!) { companyEvent(id: $id) { id } }`,
      { id: eventId },
      'TECHNICIAN',
    );
    expect(direct.companyEvent).toBeNull();

    // The demo outage touches Приморский (odd demo subscribers); Выборгский (even) is not affected.
    const outage = (await ok(g, `{ companyEvents(filter: { types: [OUTAGE] }) { nodes { id } } }`, {}))
      .companyEvents.nodes[0].id;
    const inPrimorsky = await ok(g, ACTIVE, { id: demoId('subscriber', 1) });
    expect(inPrimorsky.subscriber.activeEvents.map((e: any) => e.type)).toContain('OUTAGE');
    const NOT_INFORMED = `query($id: ID!) { companyEvent(id: $id) { affectedSubscribers { totalCount } notInformed { totalCount } } }`;
    const before = await ok(g, NOT_INFORMED, { id: outage });
    expect(before.companyEvent.affectedSubscribers.totalCount).toBe(150);
    const NOTIFY = `mutation($input: RecordEventNotificationInput!) { recordEventNotification(input: $input) {
      event { notifications { subscriber { id } channel by } } userErrors { code field } } }`;
    const told = await ok(g, NOTIFY, {
      input: { eventId: outage, subscriberId: demoId('subscriber', 1), channel: 'SMS' },
    });
    expect(told.recordEventNotification.event.notifications).toEqual([
      {
        subscriber: { id: demoId('subscriber', 1) },
        channel: 'SMS',
        by: expect.stringContaining('customer_care'),
      },
    ]);
    const after = await ok(g, NOT_INFORMED, { id: outage });
    expect(after.companyEvent.notInformed.totalCount).toBe(before.companyEvent.notInformed.totalCount - 1);
    const wrong = await ok(g, NOTIFY, {
      input: { eventId: outage, subscriberId: demoId('subscriber', 2), channel: 'SMS' },
    });
    expect(wrong.recordEventNotification.userErrors).toEqual([
      { code: 'NOT_AFFECTED', field: ['input', 'subscriberId'] },
    ]);

    const ack = await ok(
      g,
      `mutation($id: ID!) { acknowledgeCompanyEvent(input: { id: $id }) { event { acknowledgedByMe } }
        addCompanyEventNote(input: { id: $id, text: "Бригада выехала" }) { event { notes { text } } } }`,
      { id: outage },
      'NOC_ENGINEER',
    );
    expect(ack.acknowledgeCompanyEvent.event.acknowledgedByMe).toBe(true);
    expect(ack.addCompanyEventNote.event.notes.map((n: any) => n.text)).toContain('Бригада выехала');
    const status = await ok(
      g,
      `mutation($id: ID!) { changeCompanyEventStatus(input: { id: $id, status: PLANNED }) { userErrors { code } } }`,
      { id: outage },
    );
    expect(status.changeCompanyEventStatus.userErrors).toEqual([{ code: 'TRANSITION_NOT_ALLOWED' }]);
  });

  it('keeps the interaction log, newest first', async () => {
    const id = demoId('subscriber', 3);
    const LOG = `mutation($input: LogInteractionInput!) { logInteraction(input: $input) { interaction { id kind by } userErrors { code } } }`;
    await ok(g, LOG, {
      input: {
        subscriberId: id,
        kind: 'CALL',
        direction: 'INBOUND',
        channel: 'PHONE',
        text: 'Нет интернета',
      },
    });
    await ok(g, LOG, { input: { subscriberId: id, kind: 'NOTE', text: 'Перезвонить вечером' } });
    const log = await ok(
      g,
      `query($id: ID!) { subscriber(id: $id) { interactions(first: 5) { totalCount nodes { kind text } } } }`,
      { id },
    );
    expect(log.subscriber.interactions.totalCount).toBe(2);
    expect(log.subscriber.interactions.nodes.map((n: any) => n.text)).toEqual([
      'Перезвонить вечером',
      'Нет интернета',
    ]);
  });
});

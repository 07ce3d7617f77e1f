/**
 * Demo subscribers: a few hundred persons and companies with Russian names, in two districts of
 * Saint Petersburg, each with its premises (ids `demoId('premises', n)`, where the demo CPE are installed)
 * and contacts; two planned works and one outage. Services on the demo tariffs follow once the catalog
 * can be asked for their prices (`seedDemoServices`). Deterministic: the same data every time.
 */
import { sql } from 'drizzle-orm';
import { insertMany } from '../shared/db.ts';
import { demoId } from '../shared/ids.ts';
import { seededRandom } from '../shared/random.ts';
import type { SubscribersContext } from './context.ts';
import { companyEvents, premises, subscriberStatusChanges, subscribers } from './db/tables.ts';
import { accountNumber, companyInn } from './domain/identifiers.ts';

export const DEMO_SUBSCRIBERS = 300;

const MALE = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
];
const MALE_NAMES = [
  'Александр',
  'Сергей',
  'Дмитрий',
  'Андрей',
  'Алексей',
  'Максим',
  'Иван',
  'Михаил',
  'Артём',
  'Пётр',
];
const FEMALE_NAMES = [
  'Елена',
  'Ольга',
  'Наталья',
  'Татьяна',
  'Анна',
  'Мария',
  'Ирина',
  'Светлана',
  'Юлия',
  'Екатерина',
];
const PATRONYMIC_ROOTS = [
  'Александров',
  'Сергеев',
  'Дмитриев',
  'Андреев',
  'Алексеев',
  'Михайлов',
  'Иванов',
  'Петров',
];
const COMPANIES = [
  'ООО «Балтийские сети»',
  'ИП Котов А. В.',
  'ООО «Северный дом»',
  'АО «Невский двор»',
  'ООО «Кофейня на Савушкина»',
  'ООО «Стоматология Дент»',
];

export const DEMO_DISTRICTS = {
  Приморский: ['ул. Савушкина', 'Приморский пр.', 'Богатырский пр.', 'ул. Оптиков', 'Комендантский пр.'],
  Выборгский: ['пр. Энгельса', 'ул. Есенина', 'пр. Просвещения', 'ул. Композиторов', 'Выборгское ш.'],
} as const;

export interface DemoPlace {
  district: keyof typeof DEMO_DISTRICTS;
  street: string;
  building: string;
}

/** Where demo subscriber `n` (1-based) lives: the same place every time. */
export function demoPlace(n: number): DemoPlace {
  const district = (n % 2 === 0 ? 'Выборгский' : 'Приморский') as DemoPlace['district'];
  const streets = DEMO_DISTRICTS[district];
  const street = streets[Math.floor(n / 2) % streets.length] as string;
  return { district, street, building: String(1 + (Math.floor(n / 10) % 12)) };
}

export async function seedSubscribers(ctx: SubscribersContext): Promise<void> {
  const [existing] = await ctx.db.select({ id: subscribers.id }).from(subscribers).limit(1);
  if (existing) return;
  const next = seededRandom(20261201);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const today = new Date().toISOString().slice(0, 10);
  const rows: (typeof subscribers.$inferInsert)[] = [];
  const places: (typeof premises.$inferInsert)[] = [];
  for (let n = 1; n <= DEMO_SUBSCRIBERS; n++) {
    const company = n % 10 === 0;
    const female = next() < 0.5;
    const surname = `${pick(MALE)}${female ? 'а' : ''}`;
    const name = pick(female ? FEMALE_NAMES : MALE_NAMES);
    const patronymic = `${pick(PATRONYMIC_ROOTS)}${female ? 'на' : 'ич'}`;
    const account = accountNumber(1_000_000 + n);
    const legalName = company ? (COMPANIES[(n / 10) % COMPANIES.length] as string) : null;
    const status = n % 25 === 0 ? 'SUSPENDED' : n % 40 === 0 ? 'PROSPECT' : 'ACTIVE';
    rows.push({
      id: demoId('subscriber', n),
      accountNumber: account,
      kind: company ? 'COMPANY' : 'PERSON',
      status,
      statusReason: status === 'SUSPENDED' ? 'Задолженность по оплате' : null,
      statusDate: today,
      displayName: legalName ?? `${surname} ${name} ${patronymic}`,
      surname: company ? null : surname,
      name: company ? null : name,
      patronymic: company ? null : patronymic,
      birthDate: company
        ? null
        : `${1950 + Math.floor(next() * 50)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
      documentType: company ? null : 'PASSPORT_RF',
      documentSeries: company ? null : `40 ${10 + Math.floor(next() * 89)}`,
      documentNumber: company ? null : String(100000 + Math.floor(next() * 899999)),
      documentIssuedBy: company ? null : 'ГУ МВД России по г. Санкт-Петербургу и Ленинградской области',
      documentIssuedOn: company ? null : `2015-06-1${Math.floor(next() * 9)}`,
      legalName,
      inn: company ? companyInn(String(780100000 + n)) : null,
      kpp: company ? '780101001' : null,
      phones: [`+7921${String(5_000_000 + n * 7919).slice(-7)}`],
      emails: n % 3 === 0 ? [`client${n}@example.ru`] : [],
      preferredChannel: n % 3 === 0 ? 'EMAIL' : 'SMS',
      contractNumber: status === 'PROSPECT' ? null : `Д-2026-${account}`,
      contractDate: status === 'PROSPECT' ? null : '2026-01-15',
      contractType: status === 'PROSPECT' ? null : company ? 'CORPORATE' : 'OFFER',
    });
    const place = demoPlace(n);
    places.push({
      id: demoId('premises', n),
      subscriberId: demoId('subscriber', n),
      city: 'Санкт-Петербург',
      district: place.district,
      street: place.street,
      building: place.building,
      apartment: company ? null : String(1 + Math.floor(next() * 180)),
      entrance: company ? null : String(1 + Math.floor(next() * 6)),
      floor: company ? 1 : 1 + Math.floor(next() * 16),
      connectionPoint: `OLT-${place.district === 'Приморский' ? 'PRM' : 'VBG'}-1 0/${1 + (n % 8)}/${1 + (n % 16)}`,
    });
  }
  await insertMany(ctx.db, subscribers, rows);
  await insertMany(ctx.db, premises, places);
  await insertMany(
    ctx.db,
    subscriberStatusChanges,
    rows.map((r) => ({ subscriberId: r.id as string, status: r.status, date: today, by: 'system' })),
  );
  // Account numbers of the demo come from the sequence's first values; new ones continue after them.
  await ctx.db.execute(sql`select setval('subscribers.account_seq', ${1_000_000 + DEMO_SUBSCRIBERS})`);
  await ctx.db.execute(sql`
    update subscribers.subscribers s set search_text = concat_ws(' ', s.display_name, s.legal_name,
      (select string_agg(concat_ws(' ', p.city, p.district, p.street, p.building), ' ')
       from subscribers.premises p where p.subscriber_id = s.id))`);
  const hour = 3_600_000;
  const now = Date.now();
  const first = demoPlace(1);
  const none = {
    districts: [],
    districtKeys: [],
    buildings: [],
    buildingKeys: [],
    subscriberIds: [],
    equipmentIds: [],
  };
  await insertMany(ctx.db, companyEvents, [
    {
      type: 'PLANNED_WORK',
      title: 'Замена оборудования узла доступа',
      description: 'Плановая замена коммутатора доступа; перерыв связи до 30 минут.',
      startsAt: new Date(now + 48 * hour),
      endsAt: new Date(now + 52 * hour),
      status: 'PLANNED',
      scopeKind: 'AREA',
      ...none,
      buildings: [{ city: 'Санкт-Петербург', street: first.street, building: first.building }],
      buildingKeys: [`санкт-петербург|${first.street.toLowerCase()}|${first.building}`],
      audience: [],
      createdBy: 'system',
    },
    {
      type: 'PLANNED_WORK',
      title: 'Обновление ПО OLT в Выборгском районе',
      description: 'Обновление прошивки OLT-VBG-1 ночью, кратковременные перерывы.',
      startsAt: new Date(now + 120 * hour),
      endsAt: new Date(now + 124 * hour),
      status: 'PLANNED',
      scopeKind: 'AREA',
      ...none,
      districts: ['Выборгский'],
      districtKeys: ['выборгский'],
      audience: [],
      createdBy: 'system',
    },
    {
      type: 'OUTAGE',
      title: 'Авария: обрыв магистрального кабеля',
      description: 'Повреждение кабеля при земляных работах, бригада на месте.',
      startsAt: new Date(now - hour),
      endsAt: new Date(now + 5 * hour),
      status: 'ACTIVE',
      scopeKind: 'AREA',
      ...none,
      districts: ['Приморский'],
      districtKeys: ['приморский'],
      audience: ['CUSTOMER_CARE', 'NOC_ENGINEER', 'DISPATCHER', 'TECHNICIAN'],
      createdBy: 'system',
    },
  ]);
}

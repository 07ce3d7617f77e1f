/**
 * `npm run bench:subscribers`: the subscribers module's search and events budgets, in a database of its
 * own holding `--subscribers` subscribers (1,000,000 by default).
 *
 * The data: persons (≈ 90 %: Russian surnames mildly skewed as real ones are, a quarter of them from the
 * long tail of rarer ones, names and patronymics) and companies (ООО, АО, ИП), each with premises in one of
 * seven districts of Saint Petersburg on one of their streets (some with a second premises), one or two
 * unique mobile phones, an account number from the sequence with its check digit, a contract, a status
 * history, and the search document the verbs write (`refreshSearchText`); the words table filled from
 * the documents as migration 0001 fills it. Loaded by `insert … select … from generate_series` in chunks,
 * indexes and the words built after, then VACUUM ANALYZE. Then 40 company events of each scope kind, some
 * open, some over.
 *
 * Measured through the gateway, one request at a time after a warm-up, `--requests` requests per kind
 * taken in turn, each about another random subscriber: exact search by phone (formats varying) and by
 * account number, fuzzy search by name (1–3 words, some with a typo, some a prefix) and by address
 * (street and building), each as `subscribers(first: 20, filter: { search })` with
 * `nodes { id accountNumber displayName }`, and `subscriber(id) { activeEvents { id title } }`; then the
 * searches again with `totalCount`, reported apart. Goals (p95): exact ≤ 5 ms, fuzzy ≤ 30 ms,
 * activeEvents ≤ 10 ms.
 *
 * `--reuse` keeps a bench database that already holds the data (new migrations are applied to it), for
 * working on the queries. Uses DATABASE_URL's server when set, else the embedded PostgreSQL. Prints
 * figures and a JSON line.
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import postgres from 'postgres';
import { signDevToken } from '../../gateway/auth.ts';
import { DEV_JWT_SECRET } from '../../subgraphs/shared/config.ts';
import { createLogger } from '../../subgraphs/shared/logger.ts';
import { migrateSubgraph } from '../../subgraphs/shared/migrate.ts';
import { seededRandom } from '../../subgraphs/shared/random.ts';
import { accountNumber, toE164 } from '../../subgraphs/subscribers/domain/identifiers.ts';
import { subscribers as subscribersModule } from '../../subgraphs/subscribers/index.ts';
import { databaseUrl, freshDatabase, openDatabaseServer } from '../lib/database.ts';
import { startGraph } from '../lib/graph.ts';
import { graphql, machineLine, percentile, say } from './common.ts';

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '1000000' },
    requests: { type: 'string', default: '300' },
    chunk: { type: 'string', default: '50000' },
    reuse: { type: 'boolean', default: false },
  },
});
const SUBSCRIBERS = Number(values.subscribers);
const REQUESTS = Number(values.requests);
const CHUNK = Number(values.chunk);
const DATABASE = 'oss_bench_subscribers';
const GOALS = { exact: 5, fuzzy: 30, events: 10 };

// ---- the names and places ----------------------------------------------------------------------------

/** Surnames in the male form, the most common first (the seed's twenty among them). */
const SURNAMES = [
  ...new Set(
    `Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов Волков
    Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев Макаров Никитин Захаров
    Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв Сергеев Кузьмин Фролов Александров Дмитриев
    Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин Виноградов Ковалёв Белов Медведев Антонов Тарасов
    Жуков Баранов Филиппов Комаров Давыдов Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков
    Миронов Крылов Куликов Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Афанасьев Данилов
    Савельев Тимофеев Фомин Чернов Абрамов Мартынов Ефимов Федотов Щербаков Назаров Калинин Исаев Чернышёв
    Быков Маслов Родионов Коновалов Лазарев Воронин Климов Филатов Пономарёв Голубев Кудрявцев Прохоров
    Наумов Потапов Журавлёв Овчинников Трофимов Леонов Соболев Ермаков Колесников Гончаров Емельянов
    Никифоров Грачёв Котов Гришин Ефремов Архипов Громов Кириллов Малышев Панов Моисеев Румянцев Акимов
    Кондратьев Бирюков Горбунов Анисимов Еремеев Тихомиров Галкин Лукьянов Михеев Скворцов Юдин Белоусов
    Нестеров Симонов Прокофьев Харитонов Князев Цветков Левин Митрофанов Воронов Аксёнов Софронов Мальцев
    Логинов Горшков Савин Краснов Майоров Демидов Елисеев Рыбаков Сафонов Плотников Дёмин Хохлов Фадеев
    Молчанов Игнатов Литвинов Ершов Ушаков Дементьев Рябов Мухин Калашников Леонтьев Лобанов Кузин
    Корнилов Евдокимов Бородин Платонов Некрасов Балашов Бобров Жданов Блинов Игнатьев Коротков Муравьёв
    Крюков Беляков Богомолов Дроздов Лавров Зуев Петухов Ларин Никулин Серов Терентьев Зотов Устинов Фокин
    Самойлов Константинов Сахаров Шишкин Самсонов Черкасов Чистяков Носов Спиридонов Карасёв Авдеев
    Воронцов Зверев Владимиров Селезнёв Нечаев Кудряшов Седов Фирсов Андрианов Панин Головин Терехов
    Ульянов Шестаков Агеев Никонов Селиванов Баженов Гордеев Кожевников Пахомов Зимин Костин Широков
    Филимонов Ларионов Овсянников Сазонов Суворов Нефёдов Субботин Долгоруков Вишневский Ковалевский
    Островский Покровский Успенский Рождественский Соколовский Жуковский Полянский Толстой Трубецкой`.split(
      /\s+/,
    ),
  ),
].filter(Boolean);

/** The female form of a surname. */
const feminine = (s: string) =>
  /(ский|цкий)$/.test(s) ? `${s.slice(0, -2)}ая` : /ой$/.test(s) ? `${s.slice(0, -2)}ая` : `${s}а`;

/** Male first names with the patronymics they give a son and a daughter. */
const MALE_NAMES: [string, string, string][] =
  `Александр Александрович Александровна|Сергей Сергеевич Сергеевна|Дмитрий Дмитриевич Дмитриевна|
  Андрей Андреевич Андреевна|Алексей Алексеевич Алексеевна|Максим Максимович Максимовна|
  Иван Иванович Ивановна|Михаил Михайлович Михайловна|Артём Артёмович Артёмовна|Пётр Петрович Петровна|
  Николай Николаевич Николаевна|Владимир Владимирович Владимировна|Евгений Евгеньевич Евгеньевна|
  Павел Павлович Павловна|Юрий Юрьевич Юрьевна|Олег Олегович Олеговна|Виктор Викторович Викторовна|
  Игорь Игоревич Игоревна|Константин Константинович Константиновна|Роман Романович Романовна|
  Антон Антонович Антоновна|Денис Денисович Денисовна|Василий Васильевич Васильевна|
  Георгий Георгиевич Георгиевна|Борис Борисович Борисовна|Григорий Григорьевич Григорьевна|
  Фёдор Фёдорович Фёдоровна|Леонид Леонидович Леонидовна|Анатолий Анатольевич Анатольевна|
  Вячеслав Вячеславович Вячеславовна|Илья Ильич Ильинична|Кирилл Кириллович Кирилловна|
  Никита Никитич Никитична|Егор Егорович Егоровна|Тимур Тимурович Тимуровна|
  Станислав Станиславович Станиславовна|Валерий Валерьевич Валерьевна|Геннадий Геннадьевич Геннадьевна|
  Вадим Вадимович Вадимовна|Ярослав Ярославович Ярославовна`
    .split('|')
    .map((t) => t.trim().split(' ') as [string, string, string]);

const FEMALE_NAMES = `Елена Ольга Наталья Татьяна Анна Мария Ирина Светлана Юлия Екатерина Анастасия Марина
  Дарья Ксения Полина Алина Виктория Валентина Галина Людмила Надежда Вера Любовь Нина Лариса Оксана Алла
  Жанна Евгения Александра Софья Вероника Кристина Яна Алёна Маргарита Диана Елизавета Тамара Зоя`
  .split(/\s+/)
  .filter(Boolean);

/**
 * A quarter of the persons carry a rarer surname, made of syllables and an ending (Ботанов, Лекушина,
 * Мокенко): the long tail real surnames have, which fills the words table a search is corrected against.
 */
const SYLLABLES = `ба бе бо ва ве во га го да де до за зо ка ко ку ла ле ло лу ма ме мо на не но па пе по ра
  ре ро ру са се со та те то ха`
  .split(/\s+/)
  .filter(Boolean);
const RARE_ENDINGS: [string, string][] = [
  ['ров', 'рова'],
  ['нов', 'нова'],
  ['лин', 'лина'],
  ['шин', 'шина'],
  ['ев', 'ева'],
  ['цев', 'цева'],
  ['ский', 'ская'],
  ['енко', 'енко'],
  ['ук', 'ук'],
  ['ич', 'ич'],
];
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const BRANDS = `Балтика Нева Аврора Ладога Охта Фонтанка Кронверк Петергоф Пулково Лахта Гранит Меридиан
  Вектор Альфа Орион Сфера Атлант Вега Гелиос Эталон Прогресс Стандарт Квадрат Монолит Форпост Фрегат Бриз
  Маяк Парус Якорь Ростра Адмирал Кристалл Тандем Династия Империал Олимп Капитал Северный Невский`
  .split(/\s+/)
  .filter(Boolean);
const TRADES = `Строй Сервис Технологии Логистик Трейд Консалт Медиа Фарм Дент Авто Телеком Проект Инжиниринг
  Маркет Клиник Девелопмент Электро Климат Пром Снаб Торг Инвест Финанс Энерго Транс Систем Софт Дизайн
  Принт Кейтеринг`
  .split(/\s+/)
  .filter(Boolean);

/** Seven districts of Saint Petersburg and ten of their streets each (the seed's two among them). */
const DISTRICTS: Record<string, string[]> = {
  Приморский: [
    'ул. Савушкина',
    'Приморский пр.',
    'Богатырский пр.',
    'ул. Оптиков',
    'Комендантский пр.',
    'Коломяжский пр.',
    'Яхтенная ул.',
    'Камышовая ул.',
    'пр. Королёва',
    'Серебристый бул.',
  ],
  Выборгский: [
    'пр. Энгельса',
    'ул. Есенина',
    'пр. Просвещения',
    'ул. Композиторов',
    'Выборгское ш.',
    'ул. Руднева',
    'пр. Луначарского',
    'ул. Асафьева',
    'Лесной пр.',
    'пр. Тореза',
  ],
  Калининский: [
    'Гражданский пр.',
    'пр. Науки',
    'ул. Бутлерова',
    'Светлановский пр.',
    'пр. Непокорённых',
    'ул. Академика Байкова',
    'Кондратьевский пр.',
    'Пискарёвский пр.',
    'ул. Веденеева',
    'Северный пр.',
  ],
  Невский: [
    'пр. Большевиков',
    'ул. Дыбенко',
    'пр. Солидарности',
    'Искровский пр.',
    'ул. Коллонтай',
    'пр. Обуховской Обороны',
    'Октябрьская наб.',
    'ул. Бабушкина',
    'пр. Елизарова',
    'ул. Седова',
  ],
  Московский: [
    'Московский пр.',
    'Ленинский пр.',
    'пр. Космонавтов',
    'ул. Типанова',
    'пр. Юрия Гагарина',
    'ул. Победы',
    'Варшавская ул.',
    'Новоизмайловский пр.',
    'ул. Орджоникидзе',
    'ул. Звёздная',
  ],
  Фрунзенский: [
    'ул. Купчинская',
    'Бухарестская ул.',
    'пр. Славы',
    'ул. Ярослава Гашека',
    'Будапештская ул.',
    'ул. Турку',
    'Загребский бул.',
    'Дунайский пр.',
    'ул. Белы Куна',
    'Витебский пр.',
  ],
  Красногвардейский: [
    'пр. Энтузиастов',
    'Заневский пр.',
    'Индустриальный пр.',
    'ул. Передовиков',
    'Среднеохтинский пр.',
    'Большеохтинский пр.',
    'пр. Косыгина',
    'ул. Стахановцев',
    'Новочеркасский пр.',
    'ул. Брянцева',
  ],
};
const STREETS = Object.entries(DISTRICTS).flatMap(([district, streets]) =>
  streets.map((street) => ({ district, street })),
);
const BUILDINGS = 150;

/** Mobile operator codes that parse as valid Russian numbers: one list for first phones, one for second. */
const MOBILE_CODES = ['921', '911', '931', '981', '904', '905', '906', '909', '912', '915', '916', '925'];
const SECOND_CODES = ['950', '951', '952', '953', '960', '961', '962', '963', '964', '965', '967', '999'];
for (const code of [...MOBILE_CODES, ...SECOND_CODES]) {
  if (!toE164(`+7${code}1234567`)) throw new Error(`+7 ${code} is no valid mobile code`);
}

// ---- loading --------------------------------------------------------------------------------------

const logger = createLogger('bench', 'silent');
const server = await openDatabaseServer(process.env);
const url = databaseUrl(server.url, DATABASE);

/**
 * 32 pseudo-random bits of (n, salt), the same on every run: PostgreSQL's own integer hash, so the data
 * needs no seededRandom() state across chunks.
 */
const H = (n: string, salt: number) => `(hashint8(${n}::bigint * 64 + ${salt})::bigint + 2147483648)`;

async function load(sql: postgres.Sql): Promise<number> {
  const started = performance.now();
  await sql`set maintenance_work_mem = '512MB'`;
  await sql`set synchronous_commit = off`;
  await sql.unsafe(`
    create function pg_temp.luhn(body text) returns int language sql immutable as $$
      select (10 - sum(case when i % 2 = 0 then d * 2 - case when d * 2 > 9 then 9 else 0 end else d end) % 10) % 10
      from (select substr(body, length(body) - i, 1)::int as d, i from generate_series(0, length(body) - 1) i) x
    $$;
    create function pg_temp.inn_digit(digits text, weights int[]) returns text language sql immutable as $$
      select ((sum(substr(digits, i, 1)::int * weights[i]) % 11) % 10)::text
      from generate_series(1, cardinality(weights)) i
    $$;`);
  const [probe] = await sql<{ a: string }[]>`select pg_temp.luhn('1000300') || '' as a`;
  if (`1000300${probe?.a}` !== accountNumber(1_000_300)) throw new Error('the SQL Luhn digit is off');

  // Indexes and the words trigger go while the rows go in; the same definitions are made again after.
  const indexes = await sql<{ name: string; def: string }[]>`
    select indexname as name, indexdef as def from pg_indexes
    where schemaname = 'subscribers' and tablename in ('subscribers', 'premises')
      and indexname not like '%_pkey'`;
  for (const i of indexes) await sql.unsafe(`drop index subscribers."${i.name}"`);
  await sql`alter table subscribers.subscribers disable trigger subscribers_remember_search_words`;

  const surnames = SURNAMES;
  const female = SURNAMES.map(feminine);
  const males = MALE_NAMES.map((m) => m[0]);
  const sons = MALE_NAMES.map((m) => m[1]);
  const daughters = MALE_NAMES.map((m) => m[2]);
  const streets = STREETS.map((s) => s.street);
  const districts = STREETS.map((s) => s.district);
  const codes = { a: MOBILE_CODES, b: SECOND_CODES };
  for (let from = 1; from <= SUBSCRIBERS; from += CHUNK) {
    const to = Math.min(SUBSCRIBERS, from + CHUNK - 1);
    await sql`
      with g as materialized (
        select n::bigint as n, gen_random_uuid() as id,
          ${sql.unsafe(H('n', 1))} % 10 = 0 as company,
          ${sql.unsafe(H('n', 2))} % 2 = 0 as female,
          ${sql.unsafe(H('n', 3))} % 100 as company_form,
          -- mildly skewed: the first surnames are the common ones, as in life
          floor(cardinality(${surnames}::text[]) * power(${sql.unsafe(H('n', 4))} / 4294967296.0, 1.3))::int + 1 as surname,
          ${sql.unsafe(H('n', 5))} as first_name,
          ${sql.unsafe(H('n', 6))} as father,
          ${sql.unsafe(H('n', 7))} % 100 as status_pick,
          ${sql.unsafe(H('n', 8))} as street,
          ${sql.unsafe(H('n', 9))} as building,
          ${sql.unsafe(H('n', 10))} % 20 = 0 as second_premises,
          ${sql.unsafe(H('n', 11))} as street2,
          ${sql.unsafe(H('n', 12))} % 100 < 15 as second_phone,
          ${sql.unsafe(H('n', 13))} as misc,
          ${sql.unsafe(H('n', 14))} % 4 = 0 as rare,
          ${sql.unsafe(H('n', 15))} as rare_name
        from generate_series(${from}::int, ${to}::int) n),
      named as (
        select g.*,
          (1000000 + n)::text || pg_temp.luhn((1000000 + n)::text) as account,
          case when rare then (${SYLLABLES.map(capital)}::text[])[1 + rare_name % ${SYLLABLES.length}]
              || (${SYLLABLES}::text[])[1 + rare_name / ${SYLLABLES.length} % ${SYLLABLES.length}]
              || case when rare_name / 1600 % 2 = 0 then (${SYLLABLES}::text[])[1 + rare_name / 3200 % ${SYLLABLES.length}] else '' end
              || case when female then (${RARE_ENDINGS.map((e) => e[1])}::text[])[1 + rare_name / 128000 % ${RARE_ENDINGS.length}]
                else (${RARE_ENDINGS.map((e) => e[0])}::text[])[1 + rare_name / 128000 % ${RARE_ENDINGS.length}] end
            when female then (${female}::text[])[surname] else (${surnames}::text[])[surname] end as sur,
          case when female then (${FEMALE_NAMES}::text[])[1 + first_name % cardinality(${FEMALE_NAMES}::text[])]
            else (${males}::text[])[1 + first_name % cardinality(${males}::text[])] end as given,
          case when female then (${daughters}::text[])[1 + father % cardinality(${daughters}::text[])]
            else (${sons}::text[])[1 + father % cardinality(${sons}::text[])] end as patronymic,
          case when company_form < 70 then 'ООО «' when company_form < 80 then 'АО «' end as form,
          (${BRANDS}::text[])[1 + misc % cardinality(${BRANDS}::text[])] || ' '
            || (${TRADES}::text[])[1 + (misc / 64) % cardinality(${TRADES}::text[])] as brand,
          1 + street % cardinality(${streets}::text[]) as s1,
          1 + street2 % cardinality(${streets}::text[]) as s2,
          (1 + building % ${BUILDINGS})::text || case when building % 8 = 0 then 'к' || (1 + building / 8 % 3)::text else '' end as b1,
          (1 + (building / 7) % ${BUILDINGS})::text as b2,
          case when status_pick < 2 then 'PROSPECT' when status_pick < 6 then 'SUSPENDED'
            when status_pick < 9 then 'TERMINATED' else 'ACTIVE' end as status
        from g),
      shaped as (
        select named.*,
          case when not company then null
            when form is not null then form || brand || '»'
            else 'ИП ' || sur || ' ' || left(given, 1) || '. ' || left(patronymic, 1) || '.' end as legal,
          (${districts}::text[])[s1] as d1, (${streets}::text[])[s1] as st1,
          (${districts}::text[])[s2] as d2, (${streets}::text[])[s2] as st2
        from named),
      s as (
        insert into subscribers.subscribers (id, account_number, kind, status, status_reason, status_date,
          display_name, surname, name, patronymic, birth_date, document_type, document_series, document_number,
          document_issued_by, document_issued_on, legal_name, inn, kpp, phones, emails, preferred_channel,
          contract_number, contract_date, contract_type, search_text, created_at, updated_at)
        select id, account, case when company then 'COMPANY' else 'PERSON' end, status,
          case status when 'SUSPENDED' then 'Задолженность по оплате' when 'TERMINATED' then 'Расторжение договора' end,
          date '2026-01-15',
          coalesce(legal, sur || ' ' || given || ' ' || patronymic),
          case when not company then sur end, case when not company then given end,
          case when not company then patronymic end,
          case when not company then date '1940-01-01' + (misc % 23000)::int end,
          case when not company then 'PASSPORT_RF' end,
          case when not company then '40 ' || (10 + misc % 89)::text end,
          case when not company then (100000 + misc % 899999)::text end,
          case when not company then 'ГУ МВД России по г. Санкт-Петербургу и Ленинградской области' end,
          case when not company then date '2010-01-01' + (misc % 5000)::int end,
          legal,
          case when not company then null
            when form is not null then (780100000 + n % 99999999)::text || pg_temp.inn_digit((780100000 + n % 99999999)::text, '{2,4,10,3,5,9,4,6,8}')
            else (7801000000 + n)::text || pg_temp.inn_digit((7801000000 + n)::text, '{7,2,4,10,3,5,9,4,6,8}')
              || pg_temp.inn_digit((7801000000 + n)::text || pg_temp.inn_digit((7801000000 + n)::text, '{7,2,4,10,3,5,9,4,6,8}'), '{3,7,2,4,10,3,5,9,4,6,8}') end,
          case when company and form is not null then '780101001' end,
          -- 7 digits a permutation of n (7654321 is prime to 10^7): unique within each operator code
          array_remove(array[
            '+7' || (${codes.a}::text[])[1 + n % ${codes.a.length}] || lpad(((n::bigint * 7654321 + 1234567) % 10000000)::text, 7, '0'),
            case when second_phone then '+7' || (${codes.b}::text[])[1 + n % ${codes.b.length}]
              || lpad(((n::bigint * 3456789 + 7654321) % 10000000)::text, 7, '0') end], null),
          case when misc % 3 = 0 then array['client' || n || '@example.ru'] else '{}' end,
          case when misc % 3 = 0 then 'EMAIL' else 'SMS' end,
          case when status <> 'PROSPECT' then 'Д-' || (2014 + n * 12 / ${SUBSCRIBERS + 1})::text || '-' || account end,
          case when status <> 'PROSPECT' then date '2014-01-01' + (n * 4380 / ${SUBSCRIBERS + 1})::int end,
          case when status = 'PROSPECT' then null when company then 'CORPORATE' else 'OFFER' end,
          -- as refreshSearchText writes it: the name (twice for a company), then every premises' address
          concat_ws(' ', coalesce(legal, sur || ' ' || given || ' ' || patronymic), legal,
            concat_ws(' ', 'Санкт-Петербург', d1, st1, b1),
            case when second_premises then concat_ws(' ', 'Санкт-Петербург', d2, st2, b2) end),
          timestamptz '2014-01-01 09:00+03' + n * interval '1 second' * ${Math.floor((12 * 365 * 86400) / SUBSCRIBERS)},
          timestamptz '2014-01-01 09:00+03' + n * interval '1 second' * ${Math.floor((12 * 365 * 86400) / SUBSCRIBERS)}
        from shaped),
      p as (
        insert into subscribers.premises (subscriber_id, city, district, street, building, apartment, entrance,
          floor, connection_point)
        select id, 'Санкт-Петербург', d1, st1, b1,
          case when not company then (1 + misc % 300)::text end,
          case when not company then (1 + misc % 8)::text end,
          case when company then 1 else 1 + (misc / 300) % 16 end,
          'OLT-' || upper(left(d1, 3)) || '-' || (1 + s1 % 4) || ' 0/' || (1 + n % 8) || '/' || (1 + n % 16)
        from shaped
        union all
        select id, 'Санкт-Петербург', d2, st2, b2, null, null, 1,
          'OLT-' || upper(left(d2, 3)) || '-' || (1 + s2 % 4) || ' 0/' || (1 + n % 8) || '/' || (1 + n % 16)
        from shaped where second_premises)
      select 1`;
    const rate = Math.round((to * 1000) / (performance.now() - started));
    process.stdout.write(
      `\r  loaded ${to.toLocaleString('en')} of ${SUBSCRIBERS.toLocaleString('en')} (${rate}/s)`,
    );
  }
  process.stdout.write('\n');
  say('  building indexes, the words of the documents, statistics');
  for (const i of indexes) await sql.unsafe(i.def);
  // As migration 0001 fills it for every document at once.
  await sql`
    insert into subscribers.search_words (word)
    select distinct w from subscribers.subscribers, unnest(tsvector_to_array(search_vector)) as w
    where length(w) between 3 and 60 and w !~ '^[0-9]+$'
    on conflict do nothing`;
  await sql`alter table subscribers.subscribers enable trigger subscribers_remember_search_words`;
  await sql`insert into subscribers.subscriber_status_changes (subscriber_id, status, date, by)
    select id, status, status_date, 'bench' from subscribers.subscribers`;
  await sql`select setval('subscribers.account_seq', ${1_000_000 + SUBSCRIBERS})`;
  await loadEvents(sql);
  await sql`vacuum (analyze) subscribers.subscribers, subscribers.premises, subscribers.search_words,
    subscribers.company_events, subscribers.subscriber_status_changes`;
  return (performance.now() - started) / 1000;
}

/** 40 company events of each scope kind over the last months and the next weeks; about half open. */
async function loadEvents(sql: postgres.Sql) {
  const buildings = STREETS.slice(0, 20).map((s, i) => ({
    city: 'Санкт-Петербург',
    street: s.street,
    building: String(1 + ((i * 7) % BUILDINGS)),
  }));
  await sql`
    with e as (
      select k, kind, i,
        case when i % 2 = 0 then now() - interval '1 day' * (i * 3) - interval '2 hours'
          else now() + interval '1 hour' * (i * 5) end as starts_at
      from unnest(array['EVERYONE', 'AREA', 'SUBSCRIBERS', 'EQUIPMENT']) with ordinality as kinds(kind, k),
        generate_series(1, 40) i)
    insert into subscribers.company_events (type, title, description, starts_at, ends_at, status, scope_kind,
      districts, district_keys, buildings, building_keys, subscriber_ids, equipment_ids, audience, created_by)
    select
      (array['PLANNED_WORK', 'OUTAGE', 'APPOINTMENT', 'CAMPAIGN', 'ANNOUNCEMENT'])[1 + (i + k) % 5],
      'Событие ' || kind || ' ' || i, 'Описание события ' || i,
      starts_at, starts_at + interval '1 hour' * (2 + i % 6) + case when i % 4 = 0 then interval '30 days' else interval '0' end,
      -- even: started (over unless it runs 30 days), odd: to come
      case when i % 2 = 1 then 'PLANNED' when i % 4 = 0 then 'ACTIVE' when i % 8 = 2 then 'CANCELLED' else 'COMPLETED' end,
      kind,
      case when kind = 'AREA' and i % 3 <> 0 then array[(${Object.keys(DISTRICTS)}::text[])[1 + i % 7]] else '{}' end,
      case when kind = 'AREA' and i % 3 <> 0 then array[lower((${Object.keys(DISTRICTS)}::text[])[1 + i % 7])] else '{}' end,
      case when kind = 'AREA' and i % 3 = 0 then jsonb_build_array((${sql.json(buildings)}::jsonb) -> (i % 20)) else '[]' end,
      case when kind = 'AREA' and i % 3 = 0 then array[lower(
        (${sql.json(buildings)}::jsonb) -> (i % 20) ->> 'city') || '|' ||
        lower((${sql.json(buildings)}::jsonb) -> (i % 20) ->> 'street') || '|' ||
        lower((${sql.json(buildings)}::jsonb) -> (i % 20) ->> 'building')] else '{}' end,
      -- 300 consecutive accounts somewhere in the book
      case when kind = 'SUBSCRIBERS' then (select array_agg(id) from subscribers.subscribers
        where account_number >= (1000000 + i * ${Math.floor(SUBSCRIBERS / 45)})::text
          and account_number < (1000000 + i * ${Math.floor(SUBSCRIBERS / 45)} + 300)::text) else '{}' end,
      case when kind = 'EQUIPMENT' then array['OLT-' || i, 'ONT-' || i] else '{}' end,
      case when i % 5 = 0 then array['NOC_ENGINEER', 'TECHNICIAN'] else '{}' end,
      'bench'
    from e`;
}

say(machineLine());
let loadSeconds: number | null = null;
{
  const target = postgres(server.url, { max: 1, onnotice: () => {} });
  const [exists] = await target<
    { ok: number }[]
  >`select 1 as ok from pg_database where datname = ${DATABASE}`;
  await target.end();
  let have = 0;
  if (values.reuse && exists) {
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    await migrateSubgraph(sql, subscribersModule.name, subscribersModule.migrationsFolder);
    have = Number((await sql<{ n: string }[]>`select count(*) as n from subscribers.subscribers`)[0]?.n);
    await sql.end();
  }
  if (have !== SUBSCRIBERS) {
    await freshDatabase(server.url, DATABASE, { migrate: true });
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    say(`loading ${SUBSCRIBERS.toLocaleString('en')} subscribers into ${DATABASE}`);
    loadSeconds = await load(sql);
    await sql.end();
  } else {
    say(`reusing ${DATABASE} with ${have.toLocaleString('en')} subscribers`);
  }
}
const sizes = await (async () => {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const [row] = await sql<
    { version: string; subscribers: string; premises: string; words: string; events: string; bytes: string }[]
  >`
    select split_part(version(), ' on ', 1) as version,
      (select count(*) from subscribers.subscribers) as subscribers,
      (select count(*) from subscribers.premises) as premises,
      (select count(*) from subscribers.search_words) as words,
      (select count(*) from subscribers.company_events) as events,
      pg_total_relation_size('subscribers.subscribers') + pg_total_relation_size('subscribers.premises') as bytes`;
  await sql.end();
  return row as NonNullable<typeof row>;
})();
say(`PostgreSQL: ${sizes.version}`);
say(
  `data: ${Number(sizes.subscribers).toLocaleString('en')} subscribers, ${Number(sizes.premises).toLocaleString('en')} premises, ` +
    `${Number(sizes.words).toLocaleString('en')} search words, ${sizes.events} company events; ` +
    `${(Number(sizes.bytes) / 2 ** 30).toFixed(2)} GiB with indexes` +
    (loadSeconds === null ? '' : `; loaded in ${loadSeconds.toFixed(0)} s`),
);

// ---- the targets -----------------------------------------------------------------------------------

const next = seededRandom(20261202);
const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;

interface Target {
  id: string;
  account_number: string;
  kind: string;
  phones: string[];
  surname: string | null;
  name: string | null;
  patronymic: string | null;
  legal_name: string | null;
  street: string;
  building: string;
}

const WARM_UP = 100;
const targets = await (async () => {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const rows = await sql<Target[]>`
    select s.id, s.account_number, s.kind, s.phones, s.surname, s.name, s.patronymic, s.legal_name,
      p.street, p.building
    from subscribers.subscribers s tablesample system (1) repeatable (7)
    cross join lateral (select street, building from subscribers.premises p where p.subscriber_id = s.id
      order by p.created_at limit 1) p`;
  await sql.end();
  // Shuffled, so the targets are spread over the table rather than over a few of its pages.
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [rows[i], rows[j]] = [rows[j] as Target, rows[i] as Target];
  }
  return rows.slice(0, WARM_UP + REQUESTS);
})();
if (targets.length < WARM_UP + REQUESTS) throw new Error(`only ${targets.length} targets sampled`);

/** A phone as people type it: `8 921 555-12-34`, `+7 (921) 555-12-34`, `89215551234`, `921 555 12 34`. */
function typedPhone(e164: string): string {
  const [c, a, b, d, e] = [
    e164.slice(2, 5),
    e164.slice(5, 8),
    e164.slice(8, 10),
    e164.slice(10, 12),
    e164.slice(5),
  ];
  return pick([
    `8 ${c} ${a}-${b}-${d}`,
    `+7 (${c}) ${a}-${b}-${d}`,
    `8${c}${e}`,
    `+7 ${c} ${a} ${b} ${d}`,
    `${c} ${a} ${b} ${d}`,
    `8 (${c}) ${a}${b}${d}`,
  ]);
}

/** A typo: two letters swapped, one dropped, or one replaced by the next letter of the alphabet. */
function typo(word: string): string {
  const chars = Array.from(word);
  const i = 1 + Math.floor(next() * (chars.length - 2));
  const kind = Math.floor(next() * 3);
  if (kind === 0) [chars[i], chars[i + 1]] = [chars[i + 1] as string, chars[i] as string];
  else if (kind === 1) chars.splice(i, 1);
  else chars[i] = String.fromCodePoint((chars[i]?.codePointAt(0) as number) + 1);
  return chars.join('');
}

/** The start of a word, two to four letters short of it (at least four letters). */
const prefix = (word: string) => word.slice(0, Math.max(4, word.length - 2 - Math.floor(next() * 3)));

/** How a name search is typed: 1–3 of the name's words, some with a typo, some cut short. */
function typedName(t: Target): { search: string; variant: string } {
  const words =
    t.kind === 'PERSON'
      ? pick([[t.surname], [t.surname, t.name], [t.name, t.surname], [t.surname, t.name, t.patronymic]])
      : (t.legal_name as string)
          .replace(/^(ООО|АО|ИП) /, '')
          .replace(/[«»]/g, '')
          .split(' ')
          .filter((w) => w.length > 2)
          .slice(0, 1 + Math.floor(next() * 2));
  const list = words.map((w) => (w as string).toLowerCase());
  const roll = next();
  const at = Math.floor(next() * list.length);
  const word = list[at] as string;
  let variant = 'as written';
  if (roll < 0.3 && word.length >= 5) {
    list[at] = typo(word);
    variant = 'typo';
  } else if (roll < 0.6 && word.length >= 6) {
    list[at] = prefix(word);
    variant = 'prefix';
  }
  return { search: list.join(' '), variant: `${list.length} word${list.length > 1 ? 's' : ''}, ${variant}` };
}

/** How an address is typed: the street (with its `ул.`/`пр.` or without) and the building. */
function typedAddress(t: Target): string {
  const street = next() < 0.5 ? t.street : t.street.replace(/(^|\s)(ул|пр|бул|ш|наб)\.(\s|$)/g, ' ').trim();
  return `${street} ${t.building}`;
}

// ---- measuring through the gateway -----------------------------------------------------------------

const graph = await startGraph({ databaseUrl: url, logger, ephemeralPorts: true, env: { NODE_ENV: 'test' } });
const token = await signDevToken({ role: 'CUSTOMER_CARE' }, DEV_JWT_SECRET);
const SEARCH = `query($s: String!) { subscribers(first: 20, filter: { search: $s }) {
  nodes { id accountNumber displayName } } }`;
const SEARCH_COUNTED = `query($s: String!) { subscribers(first: 20, filter: { search: $s }) {
  totalCount nodes { id accountNumber displayName } } }`;
const EVENTS = `query($id: ID!) { subscriber(id: $id) { activeEvents { id title } } }`;

type Kind = 'phone' | 'account' | 'name' | 'address' | 'events';
const KINDS: Kind[] = ['phone', 'account', 'name', 'address', 'events'];
const GOAL: Record<Kind, number> = {
  phone: GOALS.exact,
  account: GOALS.exact,
  name: GOALS.fuzzy,
  address: GOALS.fuzzy,
  events: GOALS.events,
};
const LABEL: Record<Kind, string> = {
  phone: 'exact by phone',
  account: 'exact by account',
  name: 'fuzzy by name',
  address: 'fuzzy by address',
  events: 'activeEvents',
};

interface Outcome {
  ms: number;
  found: boolean;
  empty: boolean;
  search?: string;
}

type Nodes = { subscribers: { nodes: { id: string }[] } };

/** One request of `kind` about target `t`; `counted`: with totalCount. */
async function ask(kind: Kind, t: Target, counted = false): Promise<Outcome> {
  let search = '';
  let query = counted ? SEARCH_COUNTED : SEARCH;
  let variables: Record<string, unknown>;
  if (kind === 'events') {
    query = EVENTS;
    variables = { id: t.id };
  } else {
    search =
      kind === 'phone'
        ? typedPhone(pick(t.phones))
        : kind === 'account'
          ? t.account_number
          : kind === 'name'
            ? typedName(t).search
            : typedAddress(t);
    variables = { s: search };
  }
  const started = performance.now();
  const data = await graphql(graph.gateway.url, token, query, variables);
  const ms = performance.now() - started;
  if (kind === 'events') {
    const events = (data as { subscriber: { activeEvents: unknown[] } }).subscriber.activeEvents;
    return { ms, found: true, empty: events.length === 0 };
  }
  const nodes = (data as Nodes).subscribers.nodes;
  return { ms, found: nodes.some((n) => n.id === t.id), empty: nodes.length === 0, search };
}

say(
  `load average before: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
for (let i = 0; i < WARM_UP; i++) {
  for (const kind of KINDS) await ask(kind, targets[i] as Target);
}
// Round robin over the kinds, one request at a time, so a noisy neighbour touches every kind alike.
const outcomes = Object.fromEntries(KINDS.map((k) => [k, [] as Outcome[]])) as Record<Kind, Outcome[]>;
for (let i = WARM_UP; i < WARM_UP + REQUESTS; i++) {
  for (const kind of KINDS) outcomes[kind].push(await ask(kind, targets[i] as Target));
}
const COUNTED_REQUESTS = Math.max(20, Math.floor(REQUESTS / 3));
const SEARCH_KINDS: Kind[] = ['phone', 'account', 'name', 'address'];
const counted = Object.fromEntries(SEARCH_KINDS.map((k) => [k, [] as Outcome[]])) as Record<Kind, Outcome[]>;
for (let i = WARM_UP; i < WARM_UP + COUNTED_REQUESTS; i++) {
  for (const kind of SEARCH_KINDS) counted[kind].push(await ask(kind, targets[i] as Target, true));
}
say(
  `load average after: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
await graph.close();
await server.stop();

// ---- figures ------------------------------------------------------------------------------------------

const stats = (list: Outcome[]) => {
  const ms = list.map((o) => o.ms).sort((a, b) => a - b);
  return {
    p50: +percentile(ms, 50).toFixed(1),
    p95: +percentile(ms, 95).toFixed(1),
    p99: +percentile(ms, 99).toFixed(1),
    found: list.filter((o) => o.found).length,
    empty: list.filter((o) => o.empty).length,
  };
};
say('');
say(
  `through the gateway, one request at a time, ${REQUESTS} requests per kind (after ${WARM_UP} of each to warm up)`,
);
say('  kind                  p50 ms   p95 ms   p99 ms   goal (p95)   target on the page');
const figures: Record<string, ReturnType<typeof stats> & { goalMs: number; met: boolean }> = {};
for (const kind of KINDS) {
  const f = stats(outcomes[kind]);
  const met = f.p95 <= GOAL[kind];
  figures[kind] = { ...f, goalMs: GOAL[kind], met };
  const hits = kind === 'events' ? `${REQUESTS - f.empty} with events` : `${f.found} of ${REQUESTS}`;
  say(
    `  ${LABEL[kind].padEnd(20)}${String(f.p50).padStart(8)}${String(f.p95).padStart(9)}${String(f.p99).padStart(9)}` +
      `   ≤ ${String(GOAL[kind]).padEnd(3)} ${met ? 'met ' : 'MISSED'}   ${hits}`,
  );
}
say(`with totalCount, ${COUNTED_REQUESTS} requests per kind (no goal)`);
const countedFigures: Record<string, ReturnType<typeof stats>> = {};
for (const kind of SEARCH_KINDS) {
  const f = stats(counted[kind]);
  countedFigures[kind] = f;
  say(
    `  ${LABEL[kind].padEnd(20)}${String(f.p50).padStart(8)}${String(f.p95).padStart(9)}${String(f.p99).padStart(9)}`,
  );
}
const slowest = [...outcomes.name, ...outcomes.address].sort((a, b) => b.ms - a.ms).slice(0, 5);
say(`slowest fuzzy searches: ${slowest.map((o) => `«${o.search}» ${o.ms.toFixed(1)} ms`).join(', ')}`);
const met = KINDS.every((k) => figures[k]?.met);
say(met ? 'every goal met' : 'a goal is MISSED');
say(
  JSON.stringify({
    subscribers: Number(sizes.subscribers),
    loadSeconds: loadSeconds === null ? null : +loadSeconds.toFixed(0),
    requests: REQUESTS,
    figures,
    withTotalCount: countedFigures,
    goalsMet: met,
  }),
);

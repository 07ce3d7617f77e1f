/**
 * The benchmarks' catalog: a tree three levels deep (roots, then ~√n children each, the rest below them)
 * and items laid out as a real catalog is — each leaf category holds one of 48 kinds of product (Russian
 * and English names; brands, series and models vary), rows of a category loaded together — with a price,
 * a barcode, promotions on every upper category and 500 certificates. Written straight into the tables,
 * then vacuumed and analysed, as a catalog in service is.
 */
import type postgres from 'postgres';

export async function loadBenchCatalog(
  sql: postgres.Sql,
  opts: { items: number; categories: number },
): Promise<void> {
  const { items, categories } = opts;
  const roots = Math.max(1, Math.round(categories / 100));
  const mids = Math.max(roots, Math.round(categories / 10));
  await sql.unsafe(`
  insert into catalog.categories (id, parent_id, name, path, depth)
  select id, null, 'Раздел ' || n, '/' || id || '/', 0
  from (select n, gen_random_uuid() as id from generate_series(1, ${roots}) n) r;
  with parents as (select id, path, row_number() over (order by id) - 1 as k from catalog.categories where depth = 0),
  fresh as (select n, gen_random_uuid() as id from generate_series(1, ${mids - roots}) n)
  insert into catalog.categories (id, parent_id, name, path, depth)
  select f.id, p.id, 'Группа ' || f.n, p.path || f.id || '/', 1
  from fresh f join parents p on p.k = f.n % ${roots};
  with parents as (select id, path, row_number() over (order by id) - 1 as k from catalog.categories where depth = 1),
  fresh as (select n, gen_random_uuid() as id from generate_series(1, ${categories - mids}) n)
  insert into catalog.categories (id, parent_id, name, path, depth)
  select f.id, p.id, 'Подгруппа ' || f.n, p.path || f.id || '/', 2
  from fresh f join parents p on p.k = f.n % ${mids - roots};
`);
  await sql.unsafe(`
  with cats as (select id, row_number() over (order by id) - 1 as k from catalog.categories where depth = 2),
  n as (select n from generate_series(1, ${items}) n)
  insert into catalog.items (sku, name, kind, status, category_id, unit, manufacturer, characteristics, service_type,
    tracked_by_serial, tracked_by_mac)
  select 'SKU-' || lpad(n::text, 7, '0'),
    (array['Кабель оптический','Коннектор SC/APC','Роутер Wi-Fi','Коммутатор','ONT терминал','Сплиттер PLC',
      'Патч-корд','Модуль SFP','Optical cable','Router','Switch','Media converter','Кросс оптический',
      'Муфта оптическая','Шкаф телекоммуникационный','Кабель витая пара','Адаптер SC/UPC','Пигтейл LC/APC',
      'Аттенюатор','Инжектор PoE','Блок питания','ИБП','Точка доступа','Антенна секторная','Радиомост',
      'OLT шасси','Плата GPON','Плата XGS-PON','Мультиплексор CWDM','DWDM транспондер','Маршрутизатор',
      'Межсетевой экран','Сервер доступа','Коммутатор агрегации','Патч-панель','Органайзер кабельный',
      'Кабельный канал','Хомут','Дюбель-хомут','Анкерный зажим','Натяжной зажим','Кронштейн',
      'Access point','Firewall','Patch panel','Fiber enclosure','Splice tray','Power supply'])[1 + c.k % 48]
      || ' ' || (array['Huawei','ZTE','TP-Link','Keenetic','SNR','Eltex','D-Link','Cisco','MikroTik','Ubiquiti',
      'Juniper','Nokia','Ericsson','Fiberhome','BDCOM','C-Data','Ruijie','Qtech','Netgear','Ubnt','Hyperline',
      'Cabeus','Lanmaster','Siemon'])[1 + n % 24]
      || ' ' || (array['Pro','Lite','Max','Mini','Plus','Home','Office','Carrier','Edge','Core','Metro','Air'])[1 + (n / 7) % 12]
      || ' ' || (100 + n % 900),
    case when c.k % 48 in (0, 6, 8, 15, 36, 37) then 'MATERIAL' else 'EQUIPMENT_MODEL' end,
    'ACTIVE', c.id, case when c.k % 48 in (0, 6, 8, 15, 36, 37) then '006' else '796' end,
    (array['Huawei','ZTE','TP-Link','Keenetic','SNR','Eltex','D-Link','Cisco','MikroTik','Ubiquiti'])[1 + n % 10],
    jsonb_build_object('ports', (n % 48) + 1), null,
    case when c.k % 48 in (0, 6, 8, 15, 36, 37) then null else true end,
    case when c.k % 48 in (0, 6, 8, 15, 36, 37) then null else false end
  from n join cats c on c.k = n % ${categories - mids}
  -- Rows of a category side by side, as a catalog filled category by category (imports, vendors) has them.
  order by c.k, n;
  insert into catalog.prices (item_id, currency, amount, valid_from)
  select id, 'RUB', (100 + (abs(hashtext(id::text)) % 90000))::numeric / 10, now() - interval '30 days' from catalog.items;
  insert into catalog.barcodes (item_id, type, code)
  select id, 'CODE128', 'BNC' || lpad(row_number() over ()::text, 9, '0') from catalog.items;
  insert into catalog.promotions (name, kind, value, scope_type, scope_category_id, stacking, priority)
  select 'Акция ' || id, 'PERCENTAGE', 5 + (row_number() over () % 20), 'CATEGORY', id,
    case when depth = 1 then 'STACKABLE' else 'EXCLUSIVE' end, depth
  from catalog.categories where depth < 2;
  with c as (insert into catalog.certificates (type, number, issuer, valid_from, valid_to)
    select 'DECLARATION_OF_CONFORMITY', 'ДС-' || n, 'ООО «Сертификация»', current_date - 100, current_date + n
    from generate_series(1, 500) n returning id, number)
  insert into catalog.certificate_items (certificate_id, item_id)
  select c.id, i.id from c join catalog.items i on i.sku = 'SKU-' || lpad((substr(c.number, 4)::int * 7)::text, 7, '0');
`);
  // Steady state, as a catalog in service is: statistics, and a visibility map for index-only scans.
  await sql.unsafe('vacuum analyze');
}

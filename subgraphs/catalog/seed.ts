import { withTransaction } from '../shared/db.ts';
import type { CatalogContext } from './context.ts';
import { categories } from './db/tables.ts';
import type { ItemKind } from './domain/values.ts';
import { createCategory } from './service/create-category.ts';
import { createCertificate } from './service/create-certificate.ts';
import { createItem } from './service/create-item.ts';
import { createPromotion } from './service/create-promotion.ts';
import { setCategoryTemplate } from './service/set-category-template.ts';
import { setPrice } from './service/set-price.ts';

type SeedItem = [
  sku: string,
  name: string,
  kind: ItemKind,
  unit: string,
  price: string,
  extra?: Record<string, unknown>,
];
interface SeedCategory {
  name: string;
  template?: Record<string, unknown>[];
  items?: SeedItem[];
  children?: SeedCategory[];
}

const ONT_TEMPLATE = [
  { key: 'ponType', label: 'Тип PON', type: 'ENUM', required: true, options: ['GPON', 'XGS-PON', 'EPON'] },
  { key: 'lanPorts', label: 'Порты LAN', type: 'NUMBER', required: true },
  { key: 'wifi', label: 'Wi-Fi', type: 'BOOLEAN', required: true },
];
const TARIFF_TEMPLATE = [
  { key: 'speedMbps', label: 'Скорость, Мбит/с', type: 'NUMBER', required: true, unit: 'Мбит/с' },
];
const CABLE_TEMPLATE = [{ key: 'fibers', label: 'Число волокон', type: 'NUMBER', required: false }];

const recurring = (speedMbps: number) => ({ serviceType: 'RECURRING', characteristics: { speedMbps } });
const oneTime = { serviceType: 'ONE_TIME' };

/** A small but realistic catalog of an access-network operator. Prices in roubles. */
const TREE: SeedCategory[] = [
  {
    name: 'Оборудование',
    children: [
      {
        name: 'Абонентское оборудование',
        children: [
          {
            name: 'ONT (оптические терминалы)',
            template: ONT_TEMPLATE,
            items: [
              [
                'ONT-HG8245H',
                'ONT Huawei EchoLife HG8245H',
                'EQUIPMENT_MODEL',
                'PCS',
                '4990.00',
                {
                  manufacturer: 'Huawei',
                  vendorPartNumber: '50082796',
                  characteristics: { ponType: 'GPON', lanPorts: 4, wifi: true },
                  barcodes: [{ code: '4006381333931' }],
                },
              ],
              [
                'ONT-F670L',
                'ONT ZTE ZXHN F670L',
                'EQUIPMENT_MODEL',
                'PCS',
                '5490.00',
                {
                  manufacturer: 'ZTE',
                  characteristics: { ponType: 'GPON', lanPorts: 4, wifi: true },
                  barcodes: [{ code: '5901234123457' }],
                },
              ],
              [
                'ONT-HG8310M',
                'ONT Huawei EchoLife HG8310M',
                'EQUIPMENT_MODEL',
                'PCS',
                '2190.00',
                { manufacturer: 'Huawei', characteristics: { ponType: 'GPON', lanPorts: 1, wifi: false } },
              ],
            ],
          },
          {
            name: 'Wi-Fi роутеры',
            items: [
              [
                'RTR-AX53',
                'Роутер TP-Link Archer AX53',
                'EQUIPMENT_MODEL',
                'PCS',
                '5990.00',
                { manufacturer: 'TP-Link', barcodes: [{ code: '4600051000057' }] },
              ],
              [
                'RTR-KN1010',
                'Роутер Keenetic Giga KN-1010',
                'EQUIPMENT_MODEL',
                'PCS',
                '11990.00',
                { manufacturer: 'Keenetic' },
              ],
            ],
          },
        ],
      },
      {
        name: 'Сетевое оборудование',
        children: [
          {
            name: 'OLT',
            items: [
              [
                'OLT-MA5800X7',
                'OLT Huawei SmartAX MA5800-X7',
                'EQUIPMENT_MODEL',
                'PCS',
                '1450000.00',
                { manufacturer: 'Huawei' },
              ],
            ],
          },
          {
            name: 'Коммутаторы',
            items: [
              [
                'SW-S2326TP',
                'Коммутатор Huawei S2326TP-EI',
                'EQUIPMENT_MODEL',
                'PCS',
                '38900.00',
                { manufacturer: 'Huawei' },
              ],
              [
                'SW-SNR2985',
                'Коммутатор SNR-S2985G-24TC',
                'EQUIPMENT_MODEL',
                'PCS',
                '42500.00',
                { manufacturer: 'SNR' },
              ],
            ],
          },
          {
            name: 'SFP-модули',
            items: [
              [
                'SFP-GPON-CPLUS',
                'SFP-модуль GPON OLT Class C+',
                'EQUIPMENT_MODEL',
                'PCS',
                '3900.00',
                { manufacturer: 'Huawei' },
              ],
            ],
          },
        ],
      },
    ],
  },
  {
    name: 'Материалы',
    children: [
      {
        name: 'Кабель',
        template: CABLE_TEMPLATE,
        items: [
          [
            'CBL-FTTH-1',
            'Кабель оптический FTTH 1 волокно, дроп',
            'MATERIAL',
            'M',
            '14.50',
            { characteristics: { fibers: 1 } },
          ],
          [
            'CBL-OKL-8',
            'Кабель оптический ОКЛ 8 волокон',
            'MATERIAL',
            'M',
            '38.00',
            { characteristics: { fibers: 8 } },
          ],
          ['CBL-UTP5E', 'Кабель UTP cat.5e', 'MATERIAL', 'M', '21.00'],
        ],
      },
      {
        name: 'Коннекторы и сплиттеры',
        items: [
          ['CON-SCAPC', 'Коннектор SC/APC быстрого монтажа', 'GOODS', 'PCS', '95.00'],
          ['SPL-PLC-1x8', 'Сплиттер PLC 1x8 SC/APC', 'GOODS', 'PCS', '890.00'],
          ['SPL-PLC-1x16', 'Сплиттер PLC 1x16 SC/APC', 'GOODS', 'PCS', '1490.00'],
        ],
      },
    ],
  },
  {
    name: 'Услуги',
    children: [
      {
        name: 'Тарифы интернет',
        template: TARIFF_TEMPLATE,
        items: [
          ['TAR-100', 'Тариф «Домашний 100» — 100 Мбит/с', 'SERVICE', 'MONTH', '550.00', recurring(100)],
          ['TAR-300', 'Тариф «Домашний 300» — 300 Мбит/с', 'SERVICE', 'MONTH', '750.00', recurring(300)],
          ['TAR-500', 'Тариф «Домашний 500» — 500 Мбит/с', 'SERVICE', 'MONTH', '950.00', recurring(500)],
        ],
      },
      {
        name: 'Работы',
        items: [
          ['SRV-INSTALL', 'Подключение квартиры (монтаж ONT)', 'SERVICE', 'SERVICE', '1500.00', oneTime],
          ['SRV-REPAIR', 'Выезд мастера, ремонт', 'SERVICE', 'SERVICE', '900.00', oneTime],
        ],
      },
    ],
  },
];

async function plant(
  ctx: CatalogContext,
  nodes: SeedCategory[],
  parentId: string | null,
  made: Map<string, string>,
): Promise<void> {
  for (const node of nodes) {
    const category = await createCategory(ctx, { name: node.name, parentId });
    made.set(node.name, category.id);
    if (node.template)
      await setCategoryTemplate(ctx, { categoryId: category.id, characteristics: node.template });
    for (const [sku, name, kind, unit, price, extra] of node.items ?? []) {
      const item = await createItem(ctx, {
        sku,
        name,
        kind,
        unit,
        categoryId: category.id,
        status: 'ACTIVE',
        ...extra,
      });
      made.set(sku, item.id);
      await setPrice(ctx, { itemId: item.id, amount: price, currency: 'RUB' });
    }
    await plant(ctx, node.children ?? [], category.id, made);
  }
}

async function promote(ctx: CatalogContext, made: Map<string, string>): Promise<void> {
  const year = new Date().getUTCFullYear();
  await createPromotion(ctx, {
    name: 'Роутер за полцены при подключении',
    kind: 'PERCENTAGE',
    value: '50',
    scopeType: 'CATEGORY',
    scopeCategoryId: made.get('Wi-Fi роутеры'),
    stacking: 'EXCLUSIVE',
    priority: 10,
  });
  await createPromotion(ctx, {
    name: 'Скидка 10% на материалы от 100 м',
    kind: 'PERCENTAGE',
    value: '10',
    scopeType: 'CATEGORY',
    scopeCategoryId: made.get('Материалы'),
    minQuantity: '100',
    stacking: 'STACKABLE',
    priority: 5,
  });
  await createPromotion(ctx, {
    name: 'Промокод ОСЕНЬ: 300 ₽ на монтаж',
    kind: 'FIXED_AMOUNT',
    value: '300',
    currency: 'RUB',
    scopeType: 'ITEM',
    scopeItemId: made.get('SRV-INSTALL'),
    promoCode: 'AUTUMN',
    stacking: 'STACKABLE',
    priority: 1,
  });
  await createCertificate(ctx, {
    type: 'DECLARATION_OF_CONFORMITY',
    number: 'ЕАЭС N RU Д-CN.РА01.В.12345/24',
    issuer: 'ООО «Сертификация связи»',
    validFrom: `${year - 1}-03-01`,
    validTo: `${year + 2}-02-28`,
    itemIds: [made.get('ONT-HG8245H'), made.get('ONT-HG8310M')],
  });
  await createCertificate(ctx, {
    type: 'CERTIFICATE_OF_CONFORMITY',
    number: 'ОС-1-СПД-0420',
    issuer: 'ФБУ «Связьсерт»',
    validFrom: `${year - 2}-06-15`,
    validTo: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10),
    itemIds: [made.get('OLT-MA5800X7'), made.get('SFP-GPON-CPLUS')],
  });
}

/** Loads the demo catalog; does nothing when the catalog already has categories. */
export async function seedCatalog(ctx: CatalogContext): Promise<void> {
  const existing = await ctx.db.select({ id: categories.id }).from(categories).limit(1);
  if (existing.length > 0) return;
  // One transaction: a failure leaves no half-loaded catalog behind.
  await withTransaction(ctx, async (tx) => {
    const made = new Map<string, string>();
    const inTx = ctx.inTransaction(tx);
    await plant(inTx, TREE, null, made);
    await promote(inTx, made);
  });
}

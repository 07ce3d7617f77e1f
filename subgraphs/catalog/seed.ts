import { withTransaction } from '../shared/db.ts';
import type { CatalogContext } from './context.ts';
import { categories } from './db/tables.ts';
import { demoItemId } from './domain/ids.ts';
import type { ItemKind } from './domain/values.ts';
import { createCategory } from './service/create-category.ts';
import { createCertificate } from './service/create-certificate.ts';
import { createItem } from './service/create-item.ts';
import { createPromotion } from './service/create-promotion.ts';
import { setCategoryTemplate } from './service/set-category-template.ts';
import { setItemVat } from './service/set-item-vat.ts';
import { setPackagings } from './service/set-packagings.ts';
import { setPrice } from './service/set-price.ts';

/** What the seed sets besides the item itself: its VAT (default 20 %) and packagings. */
interface SeedExtra extends Record<string, unknown> {
  vat?: number | 'EXEMPT';
  packagings?: { name: string; quantity: string; barcode?: string }[];
}

/** `unit` is an OKEI code: 796 шт, 006 м, 362 мес, 876 усл. ед. */
type SeedItem = [sku: string, name: string, kind: ItemKind, unit: string, price: string, extra?: SeedExtra];
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

const TARIFF_KEYWORDS = ['internet', 'tariff', 'broadband', 'интернет', 'тариф'];
const recurring = (speedMbps: number) => ({
  serviceType: 'RECURRING',
  characteristics: { speedMbps },
  keywords: TARIFF_KEYWORDS,
});
const oneTime = { serviceType: 'ONE_TIME' };

// Search tags in both languages: an operator types "switch" or "коммутатор", "fibre" or "оптика".
const ONT_KEYWORDS = [
  'ONT',
  'ONU',
  'GPON',
  'оптический терминал',
  'абонентский терминал',
  'modem',
  'модем',
  'fiber',
  'fibre',
];
const ROUTER_KEYWORDS = ['router', 'Wi-Fi', 'wifi', 'wireless', 'маршрутизатор'];
const OLT_KEYWORDS = ['OLT', 'GPON', 'optical line terminal', 'станционный терминал', 'fiber', 'fibre'];
const SWITCH_KEYWORDS = ['switch', 'ethernet', 'access switch', 'коммутатор доступа'];
const FIBRE_CABLE_KEYWORDS = ['cable', 'fiber', 'fibre', 'optical', 'оптика', 'ВОК'];

/** An ONT: sold or rented, tracked by serial and MAC (the OLT sees it by serial, DHCP by MAC). */
const ont = { trackedByMac: true, warrantyMonths: 12, supply: 'SALE_OR_RENTAL', keywords: ONT_KEYWORDS };
const router = { trackedByMac: true, warrantyMonths: 24, supply: 'SALE', keywords: ROUTER_KEYWORDS };
/** The operator's own network equipment: tracked by serial, never sold to subscribers. */
const network = { warrantyMonths: 36 };

/**
 * A small but realistic catalog of an access-network operator. Prices in roubles with VAT; VAT 20 %
 * except warranty repair (exempt). Models answer the sysObjectIDs their vendors assign (Huawei 2011, ZTE
 * 3902, Eltex 35265, D-Link 171 under 1.3.6.1.4.1); the ONTs have none: they are managed through the OLT
 * (OMCI) and TR-069, not polled over SNMP.
 */
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
                '796',
                '4990.00',
                {
                  ...ont,
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
                '796',
                '5490.00',
                {
                  ...ont,
                  manufacturer: 'ZTE',
                  characteristics: { ponType: 'GPON', lanPorts: 4, wifi: true },
                  barcodes: [{ code: '5901234123457' }],
                },
              ],
              [
                'ONT-HG8310M',
                'ONT Huawei EchoLife HG8310M',
                'EQUIPMENT_MODEL',
                '796',
                '2190.00',
                {
                  ...ont,
                  manufacturer: 'Huawei',
                  characteristics: { ponType: 'GPON', lanPorts: 1, wifi: false },
                },
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
                '796',
                '5990.00',
                { ...router, manufacturer: 'TP-Link', barcodes: [{ code: '4600051000057' }] },
              ],
              [
                'RTR-KN1010',
                'Роутер Keenetic Giga KN-1010',
                'EQUIPMENT_MODEL',
                '796',
                '11990.00',
                { ...router, manufacturer: 'Keenetic' },
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
                '796',
                '1450000.00',
                {
                  ...network,
                  manufacturer: 'Huawei',
                  keywords: OLT_KEYWORDS,
                  // What Huawei's Integrated Access Software (MA5600T/MA5608T/MA5800) answers.
                  snmpSysObjectId: '1.3.6.1.4.1.2011.2.248',
                },
              ],
              [
                'OLT-C320',
                'OLT ZTE ZXA10 C320',
                'EQUIPMENT_MODEL',
                '796',
                '690000.00',
                {
                  ...network,
                  manufacturer: 'ZTE',
                  keywords: OLT_KEYWORDS,
                  snmpSysObjectId: '1.3.6.1.4.1.3902.1082.1001.320.2.1',
                },
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
                '796',
                '38900.00',
                {
                  ...network,
                  trackedByMac: true,
                  manufacturer: 'Huawei',
                  keywords: SWITCH_KEYWORDS,
                  // HUAWEI-MIB hwProducts.lanSw.s2326TP-EI
                  snmpSysObjectId: '1.3.6.1.4.1.2011.2.23.92',
                },
              ],
              [
                'SW-SNR2985',
                'Коммутатор SNR-S2985G-24TC',
                'EQUIPMENT_MODEL',
                '796',
                '42500.00',
                { ...network, trackedByMac: true, manufacturer: 'SNR', keywords: SWITCH_KEYWORDS },
              ],
              [
                'SW-MES3324F',
                'Коммутатор Eltex MES3324F',
                'EQUIPMENT_MODEL',
                '796',
                '98500.00',
                {
                  ...network,
                  trackedByMac: true,
                  manufacturer: 'Eltex',
                  keywords: [...SWITCH_KEYWORDS, 'aggregation', 'агрегация'],
                  snmpSysObjectId: '1.3.6.1.4.1.35265.1.81',
                },
              ],
              [
                'SW-DES3200-28',
                'Коммутатор D-Link DES-3200-28',
                'EQUIPMENT_MODEL',
                '796',
                '14900.00',
                {
                  ...network,
                  trackedByMac: true,
                  manufacturer: 'D-Link',
                  keywords: SWITCH_KEYWORDS,
                  snmpSysObjectId: '1.3.6.1.4.1.171.10.113.1.3',
                },
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
                '796',
                '3900.00',
                {
                  ...network,
                  manufacturer: 'Huawei',
                  keywords: ['SFP', 'transceiver', 'трансивер', 'optics'],
                },
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
            '006',
            '14.50',
            {
              characteristics: { fibers: 1 },
              keywords: [...FIBRE_CABLE_KEYWORDS, 'drop cable'],
              packagings: [{ name: 'Барабан 1000 м', quantity: '1000', barcode: '4607004650017' }],
            },
          ],
          [
            'CBL-OKL-8',
            'Кабель оптический ОКЛ 8 волокон',
            'MATERIAL',
            '006',
            '38.00',
            {
              characteristics: { fibers: 8 },
              keywords: FIBRE_CABLE_KEYWORDS,
              packagings: [{ name: 'Барабан 2000 м', quantity: '2000' }],
            },
          ],
          [
            'CBL-UTP5E',
            'Кабель UTP cat.5e',
            'MATERIAL',
            '006',
            '21.00',
            {
              keywords: ['cable', 'twisted pair', 'витая пара', 'LAN', 'ethernet'],
              packagings: [{ name: 'Бухта 305 м', quantity: '305' }],
            },
          ],
        ],
      },
      {
        name: 'Коннекторы и сплиттеры',
        items: [
          [
            'CON-SCAPC',
            'Коннектор SC/APC быстрого монтажа',
            'GOODS',
            '796',
            '95.00',
            {
              keywords: ['connector', 'fast connector', 'fiber', 'fibre'],
              packagings: [{ name: 'Упаковка 100 шт', quantity: '100' }],
            },
          ],
          [
            'SPL-PLC-1x8',
            'Сплиттер PLC 1x8 SC/APC',
            'GOODS',
            '796',
            '890.00',
            { keywords: ['splitter', 'делитель', 'fiber', 'fibre'] },
          ],
          [
            'SPL-PLC-1x16',
            'Сплиттер PLC 1x16 SC/APC',
            'GOODS',
            '796',
            '1490.00',
            { keywords: ['splitter', 'делитель', 'fiber', 'fibre'] },
          ],
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
          ['TAR-100', 'Тариф «Домашний 100» — 100 Мбит/с', 'SERVICE', '362', '550.00', recurring(100)],
          ['TAR-300', 'Тариф «Домашний 300» — 300 Мбит/с', 'SERVICE', '362', '750.00', recurring(300)],
          ['TAR-500', 'Тариф «Домашний 500» — 500 Мбит/с', 'SERVICE', '362', '950.00', recurring(500)],
        ],
      },
      {
        name: 'Работы',
        items: [
          [
            'SRV-INSTALL',
            'Подключение квартиры (монтаж ONT)',
            'SERVICE',
            '876',
            '1500.00',
            { ...oneTime, keywords: ['installation', 'install', 'connection', 'монтаж'] },
          ],
          [
            'SRV-REPAIR',
            'Выезд мастера, ремонт',
            'SERVICE',
            '876',
            '900.00',
            { ...oneTime, keywords: ['repair', 'technician visit', 'выезд'] },
          ],
          [
            // Repair of goods within their warranty period is exempt from VAT (Tax Code art. 149).
            'SRV-WARRANTY',
            'Гарантийный ремонт абонентского оборудования',
            'SERVICE',
            '876',
            '0.00',
            { ...oneTime, keywords: ['warranty repair', 'гарантия'], vat: 'EXEMPT' },
          ],
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
    for (const [sku, name, kind, unitCode, price, extra] of node.items ?? []) {
      const { vat = 20, packagings, ...fields } = extra ?? {};
      const item = await createItem(ctx, {
        // Named by its SKU (UUID v5), so the README's examples can cite a real id.
        id: demoItemId(sku),
        sku,
        name,
        kind,
        unitCode,
        categoryId: category.id,
        status: 'ACTIVE',
        ...fields,
      });
      made.set(sku, item.id);
      await setPrice(ctx, { itemId: item.id, amount: price, currency: 'RUB' });
      await setItemVat(ctx, { itemId: item.id, ...(vat === 'EXEMPT' ? { exempt: true } : { rate: vat }) });
      if (packagings) await setPackagings(ctx, { itemId: item.id, packagings });
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

import { withTransaction } from '../shared/db.ts';
import type { CatalogContext } from './context.ts';
import type { ItemKind } from './db/enums.ts';
import { listCategories } from './db/queries.ts';
import { createCategory } from './service/create-category.ts';
import { createItem } from './service/create-item.ts';

type SeedItem = [sku: string, name: string, kind: ItemKind, unit: string, extra?: Record<string, unknown>];
interface SeedCategory {
  name: string;
  items?: SeedItem[];
  children?: SeedCategory[];
}

/** A small but realistic catalog of an access-network operator. */
const TREE: SeedCategory[] = [
  {
    name: 'Оборудование',
    children: [
      {
        name: 'Абонентское оборудование',
        children: [
          {
            name: 'ONT (оптические терминалы)',
            items: [
              [
                'ONT-HG8245H',
                'ONT Huawei EchoLife HG8245H',
                'EQUIPMENT_MODEL',
                'PCS',
                { manufacturer: 'Huawei', characteristics: { ponType: 'GPON', lanPorts: 4, wifi: true } },
              ],
              [
                'ONT-F670L',
                'ONT ZTE ZXHN F670L',
                'EQUIPMENT_MODEL',
                'PCS',
                { manufacturer: 'ZTE', characteristics: { ponType: 'GPON', lanPorts: 4, wifi: true } },
              ],
              [
                'ONT-HG8310M',
                'ONT Huawei EchoLife HG8310M',
                'EQUIPMENT_MODEL',
                'PCS',
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
                { manufacturer: 'TP-Link' },
              ],
              [
                'RTR-KN1010',
                'Роутер Keenetic Giga KN-1010',
                'EQUIPMENT_MODEL',
                'PCS',
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
                { manufacturer: 'Huawei' },
              ],
              ['SW-SNR2985', 'Коммутатор SNR-S2985G-24TC', 'EQUIPMENT_MODEL', 'PCS', { manufacturer: 'SNR' }],
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
        items: [
          ['CBL-FTTH-1', 'Кабель оптический FTTH 1 волокно, дроп', 'MATERIAL', 'M'],
          ['CBL-OKL-8', 'Кабель оптический ОКЛ 8 волокон', 'MATERIAL', 'M'],
          ['CBL-UTP5E', 'Кабель UTP cat.5e', 'MATERIAL', 'M'],
        ],
      },
      {
        name: 'Коннекторы и сплиттеры',
        items: [
          ['CON-SCAPC', 'Коннектор SC/APC быстрого монтажа', 'GOODS', 'PCS'],
          ['SPL-PLC-1x8', 'Сплиттер PLC 1x8 SC/APC', 'GOODS', 'PCS'],
          ['SPL-PLC-1x16', 'Сплиттер PLC 1x16 SC/APC', 'GOODS', 'PCS'],
        ],
      },
    ],
  },
  {
    name: 'Услуги',
    children: [
      {
        name: 'Тарифы интернет',
        items: [
          [
            'TAR-100',
            'Тариф «Домашний 100» — 100 Мбит/с',
            'SERVICE',
            'MONTH',
            { characteristics: { speedMbps: 100 } },
          ],
          [
            'TAR-300',
            'Тариф «Домашний 300» — 300 Мбит/с',
            'SERVICE',
            'MONTH',
            { characteristics: { speedMbps: 300 } },
          ],
          [
            'TAR-500',
            'Тариф «Домашний 500» — 500 Мбит/с',
            'SERVICE',
            'MONTH',
            { characteristics: { speedMbps: 500 } },
          ],
        ],
      },
      {
        name: 'Работы',
        items: [
          ['SRV-INSTALL', 'Подключение квартиры (монтаж ONT)', 'SERVICE', 'SERVICE'],
          ['SRV-REPAIR', 'Выезд мастера, ремонт', 'SERVICE', 'SERVICE'],
        ],
      },
    ],
  },
];

async function plant(ctx: CatalogContext, nodes: SeedCategory[], parentId: string | null): Promise<void> {
  for (const node of nodes) {
    const category = await createCategory(ctx, { name: node.name, parentId });
    for (const [sku, name, kind, unit, extra] of node.items ?? []) {
      await createItem(ctx, { sku, name, kind, unit, categoryId: category.id, status: 'ACTIVE', ...extra });
    }
    await plant(ctx, node.children ?? [], category.id);
  }
}

/** Loads the demo catalog; does nothing when the catalog already has categories. */
export async function seedCatalog(ctx: CatalogContext): Promise<void> {
  const existing = await listCategories(ctx.database.db, { first: 1 });
  if (existing.nodes.length > 0) return;
  // One transaction: a failure leaves no half-loaded catalog behind.
  await withTransaction(ctx, (tx) => plant({ ...ctx, tx }, TREE, null));
}

/**
 * The demo access network: a core switch, two aggregation switches, four OLTs and two access switches on
 * four sites, and an ONT at each of demo subscribers 4…200, linked OLT → ONT (the first three get theirs
 * from the warehouse's demo issues, which assets follows). Ids are name-based (`demoId`), models the demo
 * catalog's (`demoItemId`), so every module's demo data agrees without reading another's tables.
 */
import { sql } from 'drizzle-orm';
import { insertMany } from '../shared/db.ts';
import { demoId, demoItemId } from '../shared/ids.ts';
import type { AssetsContext } from './context.ts';
import { equipment, history, links, ports, sites } from './db/tables.ts';
import { inventoryNumber } from './domain/identifiers.ts';

export const DEMO_CPE = { first: 4, last: 200 } as const;

const SITES = [
  {
    code: 'SPB-CORE',
    kind: 'POP',
    name: 'Узел ядра, ул. Савушкина 83',
    address: 'Санкт-Петербург, ул. Савушкина, д. 83',
  },
  {
    code: 'SPB-PRM-POP1',
    kind: 'POP',
    name: 'Узел агрегации Приморский',
    address: 'Санкт-Петербург, Приморский пр., д. 40',
  },
  {
    code: 'SPB-VBG-POP1',
    kind: 'POP',
    name: 'Узел агрегации Выборгский',
    address: 'Санкт-Петербург, пр. Энгельса, д. 33',
  },
  {
    code: 'SPB-PRM-CAB7',
    kind: 'CABINET',
    name: 'Шкаф доступа Оптиков 4',
    address: 'Санкт-Петербург, ул. Оптиков, д. 4',
  },
] as const;

interface Unit {
  key: string;
  sku: string;
  role: string;
  site: string;
  ip: string;
  uplinkTo: string | null;
  ports: number;
}

const NETWORK: Unit[] = [
  {
    key: 'core-1',
    sku: 'SW-MES3324F',
    role: 'CORE',
    site: 'SPB-CORE',
    ip: '10.0.0.1',
    uplinkTo: null,
    ports: 28,
  },
  {
    key: 'agg-prm',
    sku: 'SW-SNR2985',
    role: 'AGGREGATION',
    site: 'SPB-PRM-POP1',
    ip: '10.0.1.1',
    uplinkTo: 'core-1',
    ports: 28,
  },
  {
    key: 'agg-vbg',
    sku: 'SW-SNR2985',
    role: 'AGGREGATION',
    site: 'SPB-VBG-POP1',
    ip: '10.0.2.1',
    uplinkTo: 'core-1',
    ports: 28,
  },
  {
    key: 'olt-prm-1',
    sku: 'OLT-MA5800X7',
    role: 'ACCESS',
    site: 'SPB-PRM-POP1',
    ip: '10.0.1.11',
    uplinkTo: 'agg-prm',
    ports: 129,
  },
  {
    key: 'olt-prm-2',
    sku: 'OLT-C320',
    role: 'ACCESS',
    site: 'SPB-PRM-CAB7',
    ip: '10.0.1.12',
    uplinkTo: 'agg-prm',
    ports: 129,
  },
  {
    key: 'olt-vbg-1',
    sku: 'OLT-MA5800X7',
    role: 'ACCESS',
    site: 'SPB-VBG-POP1',
    ip: '10.0.2.11',
    uplinkTo: 'agg-vbg',
    ports: 129,
  },
  {
    key: 'olt-vbg-2',
    sku: 'OLT-C320',
    role: 'ACCESS',
    site: 'SPB-VBG-POP1',
    ip: '10.0.2.12',
    uplinkTo: 'agg-vbg',
    ports: 129,
  },
  {
    key: 'sw-prm-1',
    sku: 'SW-S2326TP',
    role: 'ACCESS',
    site: 'SPB-PRM-CAB7',
    ip: '10.0.1.21',
    uplinkTo: 'agg-prm',
    ports: 26,
  },
  {
    key: 'sw-vbg-1',
    sku: 'SW-S2326TP',
    role: 'ACCESS',
    site: 'SPB-VBG-POP1',
    ip: '10.0.2.21',
    uplinkTo: 'agg-vbg',
    ports: 26,
  },
];

/** The id of a demo network unit (`core-1`, `olt-prm-1`, …) or of demo subscriber n's ONT (`ont-n`). */
export const demoEquipmentId = (key: string) => demoId(`equipment/${key}`, 0);
const portId = (unit: string, index: number) => demoId(`port/${unit}`, index);

/** The OLT demo subscriber n hangs on: odd (Приморский) on the Primorsky OLTs, even on the Vyborgsky ones. */
export const demoOltOf = (n: number) =>
  n % 2 ? (n % 4 === 1 ? 'olt-prm-1' : 'olt-prm-2') : n % 4 === 0 ? 'olt-vbg-1' : 'olt-vbg-2';

export async function seedAssets(ctx: AssetsContext): Promise<void> {
  const [existing] = await ctx.db.select({ id: sites.id }).from(sites).limit(1);
  if (existing) return;
  await insertMany(
    ctx.db,
    sites,
    SITES.map((s) => ({
      id: demoId('site', SITES.indexOf(s)),
      kind: s.kind,
      code: s.code,
      name: s.name,
      address: s.address,
    })),
  );
  const siteId = (code: string) =>
    demoId(
      'site',
      SITES.findIndex((s) => s.code === code),
    );
  let number = 0;
  const units: (typeof equipment.$inferInsert)[] = [];
  const portRows: (typeof ports.$inferInsert)[] = [];
  const linkRows: (typeof links.$inferInsert)[] = [];
  const nextPort = new Map<string, number>();
  /** The next free port of `unit` (port 0 is its uplink). */
  const downPort = (unit: string) => {
    const i = (nextPort.get(unit) ?? 0) + 1;
    nextPort.set(unit, i);
    return portId(unit, i);
  };
  for (const u of NETWORK) {
    units.push({
      id: demoEquipmentId(u.key),
      serial: `DEMO-${u.key.toUpperCase()}`,
      inventoryNumber: inventoryNumber(++number),
      modelId: demoItemId(u.sku),
      role: u.role,
      status: 'INSTALLED',
      placeKind: 'SITE',
      placeId: siteId(u.site),
      subscriberId: null,
      macs: [`00:1A:2B:00:00:${number.toString(16).padStart(2, '0').toUpperCase()}`],
      managementIp: u.ip,
      firmware: u.role === 'ACCESS' ? 'V800R021C10' : '2.5.48',
    });
    for (let i = 0; i < u.ports; i++) {
      portRows.push({
        id: portId(u.key, i),
        equipmentId: demoEquipmentId(u.key),
        name: i === 0 ? 'uplink' : u.sku.startsWith('OLT') ? `0/1/${i - 1}` : `ge0/0/${i}`,
        index: i,
        type: i === 0 ? 'SFP+' : u.sku.startsWith('OLT') ? 'GPON' : 'RJ45',
        speed: i === 0 ? 10_000 : u.sku.startsWith('OLT') ? 2_500 : 1_000,
      });
    }
  }
  for (let n = DEMO_CPE.first; n <= DEMO_CPE.last; n++) {
    const key = `ont-${n}`;
    units.push({
      id: demoEquipmentId(key),
      serial: `48575443${(0x1a2b0000 + n).toString(16).toUpperCase()}`,
      inventoryNumber: inventoryNumber(++number),
      modelId: demoItemId(n % 3 ? 'ONT-HG8245H' : 'ONT-F670L'),
      role: 'CPE',
      status: 'INSTALLED',
      placeKind: 'PREMISES',
      placeId: demoId('premises', n),
      subscriberId: demoId('subscriber', n),
      macs: [
        `E0:24:7F:${((n >> 8) & 0xff).toString(16).padStart(2, '0').toUpperCase()}:${(n & 0xff).toString(16).padStart(2, '0').toUpperCase()}:01`,
      ],
      managementIp: null,
      firmware: 'V3R017C10S115',
    });
    portRows.push({
      id: portId(key, 0),
      equipmentId: demoEquipmentId(key),
      name: 'PON',
      index: 0,
      type: 'GPON',
      speed: 2_500,
    });
  }
  await insertMany(ctx.db, equipment, units);
  await insertMany(ctx.db, ports, portRows);
  for (const u of NETWORK) {
    if (!u.uplinkTo) continue;
    linkRows.push({
      upstreamPortId: downPort(u.uplinkTo),
      downstreamPortId: portId(u.key, 0),
      upstreamId: demoEquipmentId(u.uplinkTo),
      downstreamId: demoEquipmentId(u.key),
    });
  }
  for (let n = DEMO_CPE.first; n <= DEMO_CPE.last; n++) {
    const olt = demoOltOf(n);
    linkRows.push({
      upstreamPortId: downPort(olt),
      downstreamPortId: portId(`ont-${n}`, 0),
      upstreamId: demoEquipmentId(olt),
      downstreamId: demoEquipmentId(`ont-${n}`),
    });
  }
  await insertMany(ctx.db, links, linkRows);
  await insertMany(
    ctx.db,
    history,
    units.map((u) => ({
      equipmentId: u.id as string,
      by: 'system',
      change: 'CREATED',
      reason: 'demo network',
    })),
  );
  await ctx.db.execute(sql`select setval('assets.inventory_seq', ${number})`);
}

/**
 * The demo's stock, posted through the warehouse's own verbs once the read model knows the catalog:
 * receipts into the central warehouse (equipment with serial numbers, cable and other materials in their
 * units, goods), transfers on to the regional warehouses and from them to the vans, and a few issues
 * from the vans to subscribers. It runs only while the warehouse holds no documents, so a restart adds
 * nothing; every verb call carries an idempotency key named for its step, so two replicas starting at
 * once post each document once (the second replays the first). Each document is its own transaction:
 * the ledger orders a serial's moves by their time, which is one instant inside one transaction.
 */
import { count } from 'drizzle-orm';
import { SYSTEM_ACTOR } from '../shared/boot.ts';
import { demoId } from '../shared/ids.ts';
import { type ModuleRuntime, RequestContext } from '../shared/subgraph.ts';
import type { WarehouseContext } from './context.ts';
import { createWarehouseLoaders } from './db/loaders.ts';
import { listWarehouses } from './db/queries.ts';
import { catalogItems, documents, type LocationRow } from './db/tables.ts';
import { DEMO_WAREHOUSES } from './seed.ts';
import { createDocument } from './service/create-document.ts';
import { postDocument } from './service/post-document.ts';

/** What the demo stocks per item of each kind, before anything moves on. */
const RECEIVED = { EQUIPMENT_MODEL: 10, MATERIAL_METRES: 3000, MATERIAL: 400, GOODS: 200 } as const;

interface DemoItem {
  id: string;
  sku: string;
  kind: string;
  trackedBySerial: boolean;
  unitSymbol: string;
}

/** Serials the demo invents: the SKU's letters and digits and a running number, e.g. ONTHG8245H000007. */
const serialOf = (sku: string, n: number) =>
  `${sku.replace(/[^A-Za-z0-9]/g, '').toUpperCase()}${String(n).padStart(6, '0')}`;

/** A plausible unit cost per kind (the read model carries no prices): fixed, so the demo is the same each time. */
function unitCost(item: DemoItem, i: number): string {
  if (item.kind === 'EQUIPMENT_MODEL') return `${2_000 + (i % 7) * 850}.00`;
  if (item.unitSymbol === 'м') return `${(14 + (i % 5) * 6.5).toFixed(2)}`;
  if (item.kind === 'MATERIAL') return `${(35 + (i % 4) * 12).toFixed(2)}`;
  return `${(60 + (i % 6) * 45).toFixed(2)}`;
}

const received = (item: DemoItem) =>
  item.kind === 'EQUIPMENT_MODEL'
    ? RECEIVED.EQUIPMENT_MODEL
    : item.kind === 'MATERIAL'
      ? item.unitSymbol === 'м'
        ? RECEIVED.MATERIAL_METRES
        : RECEIVED.MATERIAL
      : RECEIVED.GOODS;

/** The serials each location holds per item, as the demo moves them (the ledger keeps the truth). */
class SerialPool {
  private readonly at = new Map<string, string[]>();
  put(locationId: string, itemId: string, serials: string[]) {
    const key = `${locationId}|${itemId}`;
    this.at.set(key, [...(this.at.get(key) ?? []), ...serials]);
  }
  take(locationId: string, itemId: string, n: number): string[] {
    const list = this.at.get(`${locationId}|${itemId}`) ?? [];
    return list.splice(0, n);
  }
}

/**
 * Posts the demo's stock (see the file's comment); returns how many documents it posted, 0 when the
 * warehouse already had documents or knows no stockable item yet.
 */
export async function seedDemoStock(
  runtime: Pick<ModuleRuntime, 'database' | 'events' | 'logger'>,
): Promise<number> {
  // The verbs let `warehouse:write` post from any warehouse; the system actor's `admin` alone is not
  // that scope, so the demo's actor holds it too.
  const actor = { ...SYSTEM_ACTOR, scopes: [...SYSTEM_ACTOR.scopes, 'warehouse:read', 'warehouse:write'] };
  // What contextFor(warehouse, …) builds, without importing index.ts (which imports this file).
  const ctx = (): WarehouseContext =>
    new RequestContext(
      {
        actor,
        requestId: 'demo-stock',
        database: runtime.database,
        events: runtime.events,
        logger: runtime.logger,
      },
      createWarehouseLoaders,
    );
  const db = runtime.database.db;
  const [held] = await db.select({ n: count() }).from(documents);
  if ((held?.n ?? 0) > 0) return 0;
  {
    const items: DemoItem[] = (
      await db
        .select({
          id: catalogItems.id,
          sku: catalogItems.sku,
          kind: catalogItems.kind,
          trackedBySerial: catalogItems.trackedBySerial,
          unitSymbol: catalogItems.unitSymbol,
          status: catalogItems.status,
        })
        .from(catalogItems)
        .orderBy(catalogItems.sku)
    ).filter((i) => i.kind !== 'SERVICE' && i.status === 'ACTIVE');
    const all = await listWarehouses(db, {}, { technicianId: null });
    const demoOrder = (w: LocationRow) => {
      const i = DEMO_WAREHOUSES.findIndex((d) => d.code === w.code);
      return i < 0 ? DEMO_WAREHOUSES.length : i;
    };
    const ofKind = (kind: string) =>
      all.filter((w) => w.kind === kind).sort((a, b) => demoOrder(a) - demoOrder(b));
    const [central] = ofKind('CENTRAL');
    if (!central || !items.length) return 0;
    const regionals = ofKind('REGIONAL');
    const vans = ofKind('VAN');
    const serials = new SerialPool();
    let posted = 0;
    const post = async (input: Record<string, unknown>) => {
      posted += 1;
      const key = `demo-stock-${posted}`;
      const draft = await createDocument(ctx(), { ...input, idempotencyKey: key });
      await postDocument(ctx(), { id: draft.id, idempotencyKey: key });
    };

    // Receipts: equipment from one supplier, materials and goods from another.
    const equipment = items.filter((i) => i.kind === 'EQUIPMENT_MODEL');
    const other = items.filter((i) => i.kind !== 'EQUIPMENT_MODEL');
    let serialNo = 0;
    const receiptLine = (item: DemoItem) => {
      const quantity = received(item);
      const index = items.indexOf(item);
      if (!item.trackedBySerial)
        return { itemId: item.id, quantity: String(quantity), unitCost: unitCost(item, index) };
      const made = Array.from({ length: quantity }, () => serialOf(item.sku, ++serialNo));
      serials.put(central.id, item.id, made);
      return { itemId: item.id, quantity: String(quantity), unitCost: unitCost(item, index), serials: made };
    };
    if (equipment.length) {
      await post({
        type: 'RECEIPT',
        destinationId: central.id,
        supplierReference: 'Договор поставки № 14/2026 (ООО «Телеком-Оборудование»)',
        comment: 'Поставка абонентского и сетевого оборудования',
        lines: equipment.map(receiptLine),
      });
    }
    if (other.length) {
      await post({
        type: 'RECEIPT',
        destinationId: central.id,
        supplierReference: 'Счёт № 318 от ООО «Кабельные системы»',
        comment: 'Кабель, материалы и аксессуары',
        lines: other.map(receiptLine),
      });
    }

    /** A transfer of each item: `n` units of equipment (with serials), `metres` of cable, `units` of the rest. */
    const transfer = async (from: LocationRow, to: LocationRow, n: number, metres: number, units: number) => {
      const lines = items.map((item) => {
        const quantity =
          item.kind === 'EQUIPMENT_MODEL'
            ? n
            : item.kind === 'MATERIAL' && item.unitSymbol === 'м'
              ? metres
              : units;
        if (!item.trackedBySerial) return { itemId: item.id, quantity: String(quantity) };
        const moving = serials.take(from.id, item.id, quantity);
        serials.put(to.id, item.id, moving);
        return { itemId: item.id, quantity: String(moving.length), serials: moving };
      });
      await post({
        type: 'TRANSFER',
        sourceId: from.id,
        destinationId: to.id,
        comment: `Пополнение: ${to.name}`,
        lines: lines.filter((l) => Number(l.quantity) > 0),
      });
    };
    for (const regional of regionals) await transfer(central, regional, 3, 800, 40);
    for (const [i, van] of vans.entries()) {
      await transfer(regionals[i % Math.max(1, regionals.length)] ?? central, van, 1, 150, 6);
    }

    // Issues from the vans to subscribers: a unit of the first equipment model, cable, a few goods.
    const cable = items.find((i) => i.kind === 'MATERIAL' && i.unitSymbol === 'м');
    const goods = items.find((i) => i.kind === 'GOODS');
    const unit = equipment[0];
    for (const [i, van] of vans.entries()) {
      const lines: Record<string, unknown>[] = [];
      if (unit) {
        const taken = unit.trackedBySerial ? serials.take(van.id, unit.id, 1) : [];
        if (!unit.trackedBySerial || taken.length) {
          lines.push({ itemId: unit.id, quantity: '1', ...(taken.length ? { serials: taken } : {}) });
        }
      }
      if (cable) lines.push({ itemId: cable.id, quantity: (35.5 + i * 12).toFixed(1) });
      if (goods) lines.push({ itemId: goods.id, quantity: '2' });
      if (!lines.length) continue;
      await post({
        type: 'ISSUE',
        sourceId: van.id,
        purpose: 'SUBSCRIBER',
        // The demo subscribers' ids (the subscribers module's demo data): the CPE goes to their premises.
        subscriberId: demoId('subscriber', i + 1),
        comment: 'Подключение абонента',
        lines,
      });
    }
    return posted;
  }
}

/**
 * The demo subscribers' services on the demo tariffs (TAR-100, TAR-300, TAR-500), at the prices the
 * catalog quotes through the graph: added once the gateway is up, when the demo data was asked for and
 * no service exists yet.
 */
import { randomUUID } from 'node:crypto';
import { insertMany } from '../shared/db.ts';
import { demoId } from '../shared/ids.ts';
import type { ModuleRuntime } from '../shared/subgraph.ts';
import { serviceStatusChanges, services, subscribers } from './db/tables.ts';
import { DEMO_SUBSCRIBERS } from './seed.ts';
import { quoteTariff } from './service/tariffs.ts';

export const DEMO_TARIFFS = ['TAR-100', 'TAR-300', 'TAR-500'] as const;

export async function seedDemoServices(runtime: ModuleRuntime): Promise<number> {
  const db = runtime.database.db;
  const [any] = await db.select({ id: services.id }).from(services).limit(1);
  if (any) return 0;
  const ctx = { graph: runtime.graph, logger: runtime.logger, requestId: randomUUID() };
  const tariffs = [];
  for (const sku of DEMO_TARIFFS) {
    const found = await runtime.graph.request<{ catalogItemBySku: { id: string } | null }>(
      'query DemoTariff($sku: String!) { catalogItemBySku(sku: $sku) { id } }',
      { sku },
    );
    if (!found.catalogItemBySku) return 0;
    tariffs.push(await quoteTariff(ctx, found.catalogItemBySku.id, null, ['tariff']));
  }
  const demo = await db.select({ id: subscribers.id, status: subscribers.status }).from(subscribers);
  const status = new Map(demo.map((r) => [r.id, r.status]));
  const today = new Date().toISOString().slice(0, 10);
  const rows: (typeof services.$inferInsert)[] = [];
  for (let n = 1; n <= DEMO_SUBSCRIBERS; n++) {
    const subscriberStatus = status.get(demoId('subscriber', n));
    if (!subscriberStatus || subscriberStatus === 'PROSPECT') continue;
    const tariff = tariffs[n % tariffs.length] as (typeof tariffs)[number];
    rows.push({
      id: randomUUID(),
      subscriberId: demoId('subscriber', n),
      premisesId: demoId('premises', n),
      tariffId: tariff.id,
      tariffName: tariff.name,
      tariffSku: tariff.sku,
      status: subscriberStatus === 'SUSPENDED' ? 'SUSPENDED' : 'ACTIVE',
      price: tariff.price,
      pricePeriod: tariff.pricePeriod,
      currency: tariff.currency,
      activatedOn: '2026-01-15',
    });
  }
  await insertMany(db, services, rows);
  await insertMany(
    db,
    serviceStatusChanges,
    rows.map((r) => ({ serviceId: r.id as string, status: r.status, date: today, by: 'system' })),
  );
  return rows.length;
}

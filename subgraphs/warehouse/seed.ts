import type { WarehouseContext } from './context.ts';
import { listWarehouses } from './db/queries.ts';
import { createWarehouse } from './service/warehouses.ts';

/** The demo's warehouses: a central one, two regional ones and three technicians' vans. */
export const DEMO_WAREHOUSES = [
  {
    kind: 'CENTRAL',
    code: 'MSK-CENTRAL',
    name: 'Центральный склад',
    address: 'Москва, ул. Складская, 1',
    responsiblePerson: 'Иванов И. И.',
  },
  {
    kind: 'REGIONAL',
    code: 'MSK-NORTH',
    name: 'Региональный склад Север',
    address: 'Москва, Дмитровское ш., 100',
    responsiblePerson: 'Петров П. П.',
  },
  {
    kind: 'REGIONAL',
    code: 'MSK-SOUTH',
    name: 'Региональный склад Юг',
    address: 'Москва, Варшавское ш., 150',
    responsiblePerson: 'Сидорова А. В.',
  },
  {
    kind: 'VAN',
    code: 'VAN-01',
    name: 'Автомобиль монтажника 01',
    technicianId: 'tech-001',
    responsiblePerson: 'Кузнецов Д. А.',
  },
  {
    kind: 'VAN',
    code: 'VAN-02',
    name: 'Автомобиль монтажника 02',
    technicianId: 'tech-002',
    responsiblePerson: 'Смирнов Е. О.',
  },
  {
    kind: 'VAN',
    code: 'VAN-03',
    name: 'Автомобиль монтажника 03',
    technicianId: 'tech-003',
    responsiblePerson: 'Волков Н. С.',
  },
] as const;

/** Demo warehouses into an empty warehouse (the stock follows once the catalog is known, see `start`). */
export async function seedWarehouses(ctx: WarehouseContext): Promise<void> {
  if ((await listWarehouses(ctx.db, { archived: true }, { technicianId: null })).length) return;
  for (const w of DEMO_WAREHOUSES) await createWarehouse(ctx, w);
}

/**
 * Keeps the subscribers of events scoped to units true: each `assets.topology.changed` or
 * `assets.equipment.changed` re-reads the served subscribers of the open EQUIPMENT events, and a sweep
 * every minute fills in events created while assets could not be asked. Nothing to do, no request.
 */
import { consumeOnce } from '../../shared/inbox.ts';
import type { ModuleRuntime } from '../../shared/subgraph.ts';
import { inbox } from '../db/tables.ts';
import { refreshServed } from './served.ts';

export const ASSETS_TOPOLOGY_CHANGED = 'assets.topology.changed';
export const ASSETS_EQUIPMENT_CHANGED = 'assets.equipment.changed';

const SWEEP_MS = 60_000;

export async function followAssets(runtime: ModuleRuntime): Promise<{ stop(): Promise<void> }> {
  const consumers = await Promise.all(
    [ASSETS_TOPOLOGY_CHANGED, ASSETS_EQUIPMENT_CHANGED].map((queue) =>
      consumeOnce<object>({
        bus: runtime.events,
        database: runtime.database,
        table: inbox,
        queue,
        consumer: 'subscribers',
        handler: async (tx) => {
          await refreshServed(tx.db, runtime.graph);
        },
        logger: runtime.logger,
      }),
    ),
  );
  const sweep = setInterval(() => {
    refreshServed(runtime.database.db, runtime.graph, { pendingOnly: true }).catch((error: unknown) =>
      runtime.logger.warn({ err: error }, 'served subscribers: sweep failed'),
    );
  }, SWEEP_MS);
  sweep.unref();
  return {
    stop: async () => {
      clearInterval(sweep);
      await Promise.all(consumers.map((c) => c.stop()));
    },
  };
}

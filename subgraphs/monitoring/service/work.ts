/**
 * The module's background work in a serving process: metric partitions kept, the poller (its share of
 * the units), the trap receiver, the units read from assets, the planned works read from subscribers, and
 * under `npm start` the simulated network attached to the demo units.
 */
import type { ModuleRuntime } from '../../shared/subgraph.ts';
import type { MonitoringConfig } from '../config.ts';
import { startTrapReceiver } from '../snmp/traps.ts';
import { startDemoNetwork } from './demo-network.ts';
import { followPlannedWorks } from './maintenance.ts';
import { keepPartitions } from './partitions.ts';
import { Poller } from './poller.ts';
import { trapCredentials } from './trap-credentials.ts';
import { countRejectedTrap, handleTrap } from './traps.ts';
import { followAssets } from './units.ts';

export async function startMonitoringWork(
  runtime: ModuleRuntime,
  config: MonitoringConfig,
): Promise<{ stop(): Promise<void> }> {
  const { database, logger } = runtime;
  const partitions = keepPartitions(
    database,
    { rawDays: config.rawRetentionDays, hourlyDays: config.hourlyRetentionDays },
    (error) => logger.warn({ err: error }, 'monitoring: partition upkeep failed'),
  );
  await partitions.ready;
  const demo = runtime.seed ? await startDemoNetwork(runtime, config) : null;
  const assets = await followAssets(runtime);
  const planned = followPlannedWorks(database, runtime.graph, logger);
  const poller = config.poller
    ? new Poller({
        database,
        logger,
        config,
        graph: runtime.graph,
        tickMs: config.tickMs,
        ...(config.pollerId ? { id: config.pollerId } : {}),
      })
    : null;
  await poller?.start();
  let receiver: Awaited<ReturnType<typeof startTrapReceiver>> | null = null;
  if (config.trapPort !== null) {
    const known = await trapCredentials(database, config.sealer);
    try {
      receiver = await startTrapReceiver({
        host: config.trapHost,
        port: config.trapPort,
        communities: known.communities,
        users: known.users,
        onTrap: (trap) => {
          handleTrap(database, logger, trap).catch((error: unknown) =>
            logger.warn({ err: error }, 'monitoring: applying a trap failed'),
          );
        },
        onRejected: (reason, source) => {
          countRejectedTrap();
          logger.warn({ reason, source: source.address }, 'monitoring: trap rejected');
        },
      });
      logger.info({ port: receiver.port }, 'monitoring: trap receiver listening');
    } catch (error) {
      logger.warn({ err: error, port: config.trapPort }, 'monitoring: trap receiver could not listen');
    }
  }
  return {
    stop: async () => {
      partitions.stop();
      planned.stop();
      await receiver?.close();
      await poller?.stop();
      await assets.stop();
      await demo?.stop();
    },
  };
}

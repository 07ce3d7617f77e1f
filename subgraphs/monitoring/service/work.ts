/**
 * The module's background work in a serving process: metric partitions kept, the trap receiver (its
 * communities and users those of the monitored units, read again every minute and after the demo is
 * attached), the poller (its share of the units), the units read from assets, the planned works read from
 * subscribers, and under `npm start` the simulated network attached to the demo units (in the background:
 * the graph answers meanwhile).
 */
import type { ModuleRuntime } from '../../shared/subgraph.ts';
import type { MonitoringConfig } from '../config.ts';
import { startTrapReceiver, type TrapReceiver } from '../snmp/traps.ts';
import { startDemoNetwork } from './demo-network.ts';
import { followPlannedWorks } from './maintenance.ts';
import { keepPartitions } from './partitions.ts';
import { Poller } from './poller.ts';
import { trapCredentials } from './trap-credentials.ts';
import { countRejectedTrap, handleTrap } from './traps.ts';
import { followAssets } from './units.ts';

const CREDENTIALS_REFRESH_MS = 60_000;

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
  let receiver: TrapReceiver | null = null;
  const refreshCredentials = async () => {
    if (receiver) receiver.setCredentials(await trapCredentials(database, config.sealer));
  };
  if (config.trapPort !== null) {
    try {
      receiver = await startTrapReceiver({
        host: config.trapHost,
        port: config.trapPort,
        ...(await trapCredentials(database, config.sealer)),
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
    } catch (error) {
      logger.warn({ err: error, port: config.trapPort }, 'monitoring: the trap receiver could not listen');
    }
  }
  const credentialsTimer = setInterval(() => {
    refreshCredentials().catch((error: unknown) =>
      logger.warn({ err: error }, 'monitoring: reading trap credentials failed'),
    );
  }, CREDENTIALS_REFRESH_MS);
  credentialsTimer.unref();
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
  const trapPort = receiver?.port ?? null;
  let stopping = false;
  const demo = runtime.seed
    ? startDemoNetwork(runtime, config, trapPort, () => stopping)
        .then(async (network) => {
          await refreshCredentials();
          return network;
        })
        .catch((error: unknown) => {
          if (!stopping) logger.warn({ err: error }, 'monitoring: the simulated network could not start');
          return null;
        })
    : Promise.resolve(null);
  return {
    stop: async () => {
      stopping = true;
      clearInterval(credentialsTimer);
      partitions.stop();
      const network = await demo;
      await planned.stop();
      await poller?.stop();
      await receiver?.close();
      await assets.stop();
      await network?.stop();
    },
  };
}

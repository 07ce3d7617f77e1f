/**
 * The demo's living network (`npm start`): a simulated SNMP agent for every installed network unit and
 * CPE that assets records, each on its own loopback UDP port from MONITORING_SIMULATOR_BASE_PORT, with
 * counters that grow, links that flap now and then, a unit that goes dark and comes back, and traps sent
 * to the trap receiver. Each unit's monitoring is configured through the module's own verb (network
 * units over SNMP v3 authPriv, CPE over v2c); one CPE reports a serial other than the recorded one, so
 * the observed-versus-recorded check has something to show.
 */

import { SYSTEM_ACTOR } from '../../shared/boot.ts';
import type { ModuleRuntime } from '../../shared/subgraph.ts';
import { RequestContext } from '../../shared/subgraph.ts';
import type { MonitoringConfig } from '../config.ts';
import { createMonitoringLoaders } from '../db/loaders.ts';
import { type SimulatedDeviceSpec, SimulatedNetwork } from '../snmp/simulator.ts';
import { configureMonitoring } from './configure.ts';
import { refreshUnits } from './units.ts';

interface DemoUnit {
  id: string;
  role: string;
  serial: string;
  model: { name: string } | null;
}

const LIST = `query DemoUnits($after: String) {
  equipmentList(first: 100, after: $after, filter: { statuses: [INSTALLED] }) {
    nodes { id role serial model { name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const DEMO_V3 = { user: 'noc-demo', authKey: 'demo-auth-passphrase', privKey: 'demo-priv-passphrase' };
export const DEMO_COMMUNITY = 'demo-community';

/** Starts the simulated network and points monitoring at it. */
export async function startDemoNetwork(
  runtime: ModuleRuntime,
  config: MonitoringConfig,
  trapPort: number | null,
  stopping: () => boolean = () => false,
): Promise<{ stop(): Promise<void> } | null> {
  const found: DemoUnit[] = [];
  let after: string | null = null;
  try {
    for (let page = 0; page < 20; page++) {
      const data: {
        equipmentList: { nodes: DemoUnit[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
      } = await runtime.graph.request(LIST, { after });
      found.push(...data.equipmentList.nodes.filter((u) => u.role !== 'PASSIVE'));
      if (!data.equipmentList.pageInfo.hasNextPage) break;
      after = data.equipmentList.pageInfo.endCursor;
    }
  } catch (error) {
    runtime.logger.warn({ err: error }, 'monitoring: the demo network could not read the demo units');
    return null;
  }
  if (!found.length) return null;
  found.sort((a, b) => a.serial.localeCompare(b.serial));
  const swapped = found.findLast((u) => u.role === 'CPE')?.id;
  const devices: SimulatedDeviceSpec[] = found.map((u, i) => {
    const network = u.role !== 'CPE';
    return {
      id: u.id,
      ...(config.simulatorBasePort ? { port: config.simulatorBasePort + i } : {}),
      credentials: network
        ? {
            version: '3',
            user: DEMO_V3.user,
            level: 'authPriv',
            authProtocol: 'SHA-256',
            authKey: DEMO_V3.authKey,
            privProtocol: 'AES',
            privKey: DEMO_V3.privKey,
          }
        : { version: '2c', community: DEMO_COMMUNITY },
      sysName: `${u.role.toLowerCase()}-${u.serial.toLowerCase()}`,
      model: u.model?.name ?? 'Unknown',
      // The last CPE was swapped in the field: it reports another serial.
      serial: u.id === swapped ? `${u.serial}-SWAPPED` : u.serial,
      interfaces: u.role === 'CPE' ? 2 : u.role === 'ACCESS' ? 8 : 12,
      role: u.role,
    };
  });
  const network = await SimulatedNetwork.start({
    devices,
    live: true,
    seed: 42,
    ...(trapPort ? { trapTarget: { host: config.trapHost, port: trapPort } } : {}),
  });
  // The units were just read from assets: the verb need not ask again for each (no graph here); what
  // assets records of them is read once for all below.
  const ctx = new RequestContext(
    {
      actor: SYSTEM_ACTOR,
      requestId: 'demo-network',
      database: runtime.database,
      events: runtime.events,
      logger: runtime.logger,
    },
    createMonitoringLoaders,
  );
  for (const d of devices) {
    if (stopping()) break;
    const v3 = d.credentials.version === '3';
    await configureMonitoring(ctx, {
      equipmentId: d.id,
      host: '127.0.0.1',
      port: network.port(d.id),
      version: v3 ? 'V3' : 'V2C',
      ...(v3
        ? {
            user: DEMO_V3.user,
            securityLevel: 'AUTH_PRIV',
            authProtocol: 'SHA256',
            authKey: DEMO_V3.authKey,
            privProtocol: 'AES',
            privKey: DEMO_V3.privKey,
          }
        : { community: DEMO_COMMUNITY }),
      intervalSeconds: 30,
      profile: d.role === 'CPE' ? 'cpe' : 'access',
      failureThreshold: 2,
    });
  }
  if (!stopping()) await refreshUnits(runtime.database.db, runtime.graph);
  runtime.logger.info(
    { devices: devices.length },
    'monitoring: simulated network attached to the demo units',
  );
  return { stop: () => network.stop() };
}

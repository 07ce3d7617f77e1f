/**
 * The child-process side of startSimulatorProcess: starts a SimulatedNetwork from the options the parent
 * sends over IPC, carries out its commands, reports its memory, descriptors and CPU, and exits on stop or
 * when the parent goes away.
 */
import { readdirSync } from 'node:fs';
import { SimulatedNetwork, type SimulatedNetworkOptions, type SimulatorCommand } from './simulator.ts';

type ParentMessage =
  | { type: 'start'; seq: number; opts: SimulatedNetworkOptions }
  | { type: 'control'; seq: number; cmd: SimulatorCommand }
  | { type: 'usage'; seq: number }
  | { type: 'stop'; seq: number };

let network: SimulatedNetwork | null = null;

function send(message: object): void {
  process.send?.(message);
}

function fdCount(): number {
  try {
    return readdirSync('/proc/self/fd').length;
  } catch {
    return -1;
  }
}

process.on('message', async (raw) => {
  const message = raw as ParentMessage;
  try {
    if (message.type === 'start') {
      network = await SimulatedNetwork.start(message.opts);
      send({ type: 'ready', ports: network.ports() });
    } else if (message.type === 'control') {
      network?.control(message.cmd);
      send({ type: 'done', seq: message.seq });
    } else if (message.type === 'usage') {
      const cpu = process.cpuUsage();
      const mem = process.memoryUsage();
      send({
        type: 'done',
        seq: message.seq,
        usage: {
          rssBytes: mem.rss,
          heapUsedBytes: mem.heapUsed,
          fds: fdCount(),
          cpuSeconds: (cpu.user + cpu.system) / 1e6,
          requests: network?.requests ?? 0,
        },
      });
    } else if (message.type === 'stop') {
      await network?.stop();
      process.exit(0);
    }
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (message.type === 'start') send({ type: 'failed', message: text });
    else send({ type: 'done', seq: message.seq, error: text });
  }
});

process.on('disconnect', () => process.exit(0));

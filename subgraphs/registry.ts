import { fileURLToPath } from 'node:url';
import type { SubgraphModule } from './shared/subgraph.ts';

/**
 * The one list of subgraphs, read by the gateway, `scripts/compose.ts`, `npm start` and the tests.
 * The gateway and composition read only names, ports and SDL files; `load` is for processes that serve
 * the subgraph itself.
 */
export interface SubgraphEntry {
  name: string;
  /** Default port when run on its own or under `npm start`. */
  port: number;
  /** The subgraph's SDL, absolute path. */
  schemaFile: string;
  load: () => Promise<SubgraphModule>;
}

const file = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export const subgraphs: readonly SubgraphEntry[] = [
  {
    name: 'catalog',
    port: 4101,
    schemaFile: file('./catalog/schema.graphql'),
    load: async () => (await import('./catalog/index.ts')).catalog as SubgraphModule,
  },
];

export function subgraphByName(name: string): SubgraphEntry {
  const entry = subgraphs.find((s) => s.name === name);
  if (!entry)
    throw new Error(`Unknown subgraph "${name}"; known: ${subgraphs.map((s) => s.name).join(', ')}`);
  return entry;
}

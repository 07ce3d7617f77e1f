import { fileURLToPath } from 'node:url';
import { assetsManifest } from './assets/manifest.ts';
import { catalogManifest } from './catalog/manifest.ts';
import { monitoringManifest } from './monitoring/manifest.ts';
import { type ModuleAccess, scopesFor } from './shared/roles.ts';
import type { SubgraphModule } from './shared/subgraph.ts';
import { subscribersManifest } from './subscribers/manifest.ts';
import { warehouseManifest } from './warehouse/manifest.ts';

/**
 * The one list of subgraphs, read by the gateway, `scripts/compose.ts`, codegen, `npm start` and the
 * tests. Each module declares itself in its `manifest.ts` (plain data); `load` is for processes that
 * serve the subgraph itself. Adding a module is one entry here.
 */
export interface SubgraphEntry {
  name: string;
  /** Default port when run on its own or under `npm start`. */
  port: number;
  /** Default port of its internal metrics listener when run on its own. */
  metricsPort: number;
  /** The subgraph's SDL, absolute path. */
  schemaFile: string;
  access: ModuleAccess;
  /** The scopes of the module's own service identity, for what it reads of other modules. */
  serviceScopes?: readonly string[];
  /** Context type and mappers for graphql-codegen's resolver types. */
  resolverTypes: { contextType: string; mappers: Readonly<Record<string, string>> };
  load: () => Promise<SubgraphModule>;
}

/**
 * One module's entry: its manifest under its own name (a manifest that says another name is a mistake
 * caught at load), its `subgraphs/<name>/schema.graphql`, and how to load its module.
 */
function entry(
  name: string,
  manifest: Omit<SubgraphEntry, 'schemaFile' | 'load'>,
  load: () => Promise<unknown>,
): SubgraphEntry {
  if (manifest.name !== name)
    throw new Error(`subgraphs/${name}/manifest.ts names itself "${manifest.name}"`);
  return {
    ...manifest,
    schemaFile: fileURLToPath(new URL(`./${name}/schema.graphql`, import.meta.url)),
    load: async () => (await load()) as SubgraphModule,
  };
}

export const subgraphs: readonly SubgraphEntry[] = [
  entry('catalog', catalogManifest, async () => (await import('./catalog/index.ts')).catalog),
  entry('warehouse', warehouseManifest, async () => (await import('./warehouse/index.ts')).warehouse),
  entry('subscribers', subscribersManifest, async () => (await import('./subscribers/index.ts')).subscribers),
  entry('assets', assetsManifest, async () => (await import('./assets/index.ts')).assets),
  entry('monitoring', monitoringManifest, async () => (await import('./monitoring/index.ts')).monitoring),
];

export function subgraphByName(name: string): SubgraphEntry {
  const entry = subgraphs.find((s) => s.name === name);
  if (!entry)
    throw new Error(`Unknown subgraph "${name}"; known: ${subgraphs.map((s) => s.name).join(', ')}`);
  return entry;
}

/** The scopes a caller with these roles holds in this graph. */
export function scopesForRoles(roles: readonly string[]): string[] {
  return scopesFor(roles, subgraphs);
}

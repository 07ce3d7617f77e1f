/**
 * Composes the supergraph from every subgraph in the registry into schema/supergraph.graphql.
 *   npm run compose            write it
 *   npm run compose -- --check fail when the committed file differs from a fresh composition
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { supergraphPath } from '../gateway/supergraph.ts';
import { subgraphs } from '../subgraphs/registry.ts';

export { supergraphPath };

export function composeSupergraph(): string {
  const result = composeServices(
    subgraphs.map((s) => ({
      name: s.name,
      url: `http://127.0.0.1:${s.port}/graphql`,
      typeDefs: parse(readFileSync(s.schemaFile, 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return `${forJsGateway(result.supergraphSdl).trim()}\n`;
}

/**
 * `@apollo/gateway` refuses a supergraph that links a feature `for: SECURITY` it does not implement,
 * and it implements no `@requiresScopes`. Scopes are enforced by each subgraph (DESIGN §2, decision 7),
 * so the link keeps the directive in the supergraph as documentation, without the purpose that would
 * make the JS gateway refuse to start.
 */
export function forJsGateway(supergraphSdl: string): string {
  return supergraphSdl.replace(
    /@link\(url: "(https:\/\/specs\.apollo\.dev\/requiresScopes\/v[\d.]+)", for: SECURITY\)/g,
    '@link(url: "$1")',
  );
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
  try {
    const sdl = composeSupergraph();
    if (values.check) {
      const committed = existsSync(supergraphPath) ? readFileSync(supergraphPath, 'utf8') : '';
      if (committed !== sdl) {
        console.error('schema/supergraph.graphql is out of date: run `npm run compose` and commit it');
        process.exit(1);
      }
      console.log('schema/supergraph.graphql is up to date');
    } else {
      writeFileSync(supergraphPath, sdl);
      console.log(`wrote ${supergraphPath} (${subgraphs.length} subgraphs)`);
    }
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

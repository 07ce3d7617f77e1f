import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The composed supergraph the gateway serves (built by `npm run compose`, committed). */
export const supergraphPath = join(import.meta.dirname, '..', 'schema', 'supergraph.graphql');

export const supergraphSdl = (): string => readFileSync(supergraphPath, 'utf8');

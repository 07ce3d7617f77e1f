/**
 * The registry is the one list of subgraphs: every module folder under `subgraphs/` is in it, under its
 * folder's name, with its own schema, and loads as a module of that name.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { subgraphs } from '../../subgraphs/registry.ts';

const root = fileURLToPath(new URL('../../subgraphs/', import.meta.url));
const folders = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'shared')
  .map((d) => d.name)
  .sort();

describe('the subgraph registry', () => {
  it('lists every module folder, catalog and warehouse among them, and nothing else', () => {
    expect(folders).toEqual(expect.arrayContaining(['catalog', 'warehouse']));
    expect(subgraphs.map((s) => s.name).sort()).toEqual(folders);
  });

  it.each(folders)('gives %s its own schema and loads it as a module of that name', async (name) => {
    const entry = subgraphs.find((s) => s.name === name)!;
    expect(dirname(entry.schemaFile)).toBe(join(root, name));
    expect((await entry.load()).name).toBe(name);
  });
});

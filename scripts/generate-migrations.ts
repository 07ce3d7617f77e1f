/**
 * Generates Drizzle migrations for every subgraph into `drizzle/<name>/`.
 *   npm run migrate:generate -- --name add_stock_reservations [--subgraph catalog]
 *   npm run migrate:generate -- --check     fails when a table definition has no migration yet
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { subgraphs } from '../subgraphs/registry.ts';

const { values } = parseArgs({
  options: { check: { type: 'boolean' }, name: { type: 'string' }, subgraph: { type: 'string' } },
});
const root = join(import.meta.dirname, '..');
const kit = join(root, 'node_modules', '.bin', 'drizzle-kit');

function generate(name: string, out: string, migrationName?: string): string {
  const args = [
    'generate',
    '--dialect',
    'postgresql',
    '--schema',
    `subgraphs/${name}/db/tables.ts`,
    '--out',
    out,
  ];
  if (migrationName) args.push('--name', migrationName);
  return execFileSync(kit, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

let drift = 0;
for (const s of subgraphs) {
  if (values.subgraph && values.subgraph !== s.name) continue;
  const folder = join(root, 'drizzle', s.name);
  if (values.check) {
    const scratch = mkdtempSync(join(tmpdir(), `migrations-${s.name}-`));
    if (existsSync(folder)) cpSync(folder, scratch, { recursive: true });
    const before = readdirSync(scratch).length;
    generate(s.name, relative(root, scratch) === '' ? scratch : scratch);
    const after = readdirSync(scratch).length;
    rmSync(scratch, { recursive: true, force: true });
    if (after !== before) {
      drift += 1;
      console.error(
        `${s.name}: tables.ts has changes without a migration (npm run migrate:generate -- --name …)`,
      );
    } else console.log(`${s.name}: migrations up to date`);
  } else {
    if (!values.name) throw new Error('--name <what_the_migration_does> is required');
    console.log(generate(s.name, `drizzle/${s.name}`, values.name).trim());
  }
}
if (drift) process.exit(1);

/**
 * Query-count baselines (NetBox's lesson: its GraphQL went from 5k to 87k queries for one request when
 * nobody pinned them): an operation costs a pinned number of SQL statements, kept per module in a JSON
 * file beside its tests. A count above the baseline is an N+1 or a lost batch; below it, a win to pin.
 * On a mismatch the failure prints every statement the operation sent. `UPDATE_BASELINES=1 npm test`
 * rewrites the files with the measured counts (review the diff, and say why in the commit).
 *
 * Test-only: uses vitest's `expect`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, expect } from 'vitest';
import type { Database } from './db.ts';

export interface Baselines {
  /**
   * Runs `operation` and checks the statements `database` sent meanwhile against the baseline `name`
   * (or records it in update mode). Returns what the operation returned.
   */
  check<T>(name: string, database: Database, operation: () => Promise<T>): Promise<T>;
}

/**
 * The baselines in `file`; with `update` (the test passes `process.env.UPDATE_BASELINES === '1'`) the
 * measured counts are written back instead of checked.
 */
export function statementBaselines(file: string, opts: { update: boolean }): Baselines {
  const updating = opts.update;
  let pinned: Record<string, number> = {};
  try {
    pinned = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
  } catch {
    pinned = {};
  }
  const measured: Record<string, number> = {};
  if (updating) {
    afterAll(() => {
      const merged = Object.fromEntries(
        Object.entries({ ...pinned, ...measured }).sort(([a], [b]) => a.localeCompare(b)),
      );
      writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
    });
  }
  return {
    async check(name, database, operation) {
      const log: string[] = [];
      const before = database.stats.statements;
      database.stats.log = log;
      let result: Awaited<ReturnType<typeof operation>>;
      try {
        result = await operation();
      } finally {
        database.stats.log = null;
      }
      const statements = database.stats.statements - before;
      measured[name] = statements;
      if (updating) return result;
      const expected = pinned[name];
      const listing = log.map((sql, i) => `  ${i + 1}. ${sql.replace(/\s+/g, ' ').slice(0, 300)}`).join('\n');
      expect(expected, `no baseline "${name}" in ${file}: run UPDATE_BASELINES=1 npm test`).toBeTypeOf(
        'number',
      );
      expect(
        statements,
        `"${name}" sent ${statements} statements, the baseline is ${expected}:\n${listing}`,
      ).toBe(expected);
      return result;
    },
  };
}

/**
 * Fails when the graph's API breaks for clients: composes the supergraph from the working tree, diffs
 * its API schema against a base commit's `schema/supergraph.graphql`, and exits 1 on every BREAKING
 * change not acknowledged in `schema/breaking-changes.json`. Dangerous and safe changes are printed only.
 *   npm run schema:breaking                       base: HEAD when the composition differs from HEAD's
 *                                                 committed supergraph, else HEAD~1
 *   npm run schema:breaking -- --base origin/main
 *   SCHEMA_BASE=origin/main npm run schema:breaking
 * Without an explicit base and without HEAD~1 (first commit, shallow clone) it says so and skips.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Supergraph } from '@apollo/federation-internals';
import { type Change, CriticalityLevel, diff } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';
import { z } from 'zod';
import { composeSupergraph } from './compose.ts';

const root = join(import.meta.dirname, '..');
export const acknowledgementsPath = join(root, 'schema', 'breaking-changes.json');
/** Relative to the working directory of the git commands, so `git show <ref>:./…` finds it. */
const supergraphInRepo = './schema/supergraph.graphql';

const acknowledgementSchema = z.strictObject({
  /** The change's path as graphql-inspector reports it: `Type.field`, `Type.field.argument`, `Type`. */
  path: z.string().min(1),
  /** graphql-inspector's change type, e.g. FIELD_TYPE_CHANGED. */
  type: z.string().regex(/^[A-Z_]+$/, 'a graphql-inspector change type such as FIELD_REMOVED'),
  /** Why clients can take it: who was told, what replaces it. */
  reason: z.string().trim().min(1),
  since: z.iso.date(),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

export interface SchemaComparison {
  /** BREAKING and not acknowledged: these fail the check. */
  breaking: Change[];
  /** BREAKING with a matching acknowledgement. */
  acknowledged: Change[];
  dangerous: Change[];
  safe: Change[];
}

/** The schema clients see: federation's join/link machinery and `_entities` left out. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

const acknowledges = (a: Acknowledgement, c: Change): boolean =>
  a.path === (c.path ?? '') && a.type === c.type;

export async function compareSchemas(
  oldSchema: GraphQLSchema,
  newSchema: GraphQLSchema,
  acknowledgements: readonly Acknowledgement[] = [],
): Promise<SchemaComparison> {
  const result: SchemaComparison = { breaking: [], acknowledged: [], dangerous: [], safe: [] };
  for (const change of await diff(oldSchema, newSchema)) {
    const level = change.criticality.level;
    if (level === CriticalityLevel.Breaking) {
      const known = acknowledgements.some((a) => acknowledges(a, change));
      (known ? result.acknowledged : result.breaking).push(change);
    } else if (level === CriticalityLevel.Dangerous) result.dangerous.push(change);
    else result.safe.push(change);
  }
  return result;
}

export function parseAcknowledgements(json: string, source = acknowledgementsPath): Acknowledgement[] {
  const parsed = z.array(acknowledgementSchema).safeParse(JSON.parse(json));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  - [${i.path.join('.')}] ${i.message}`).join('\n');
    throw new Error(`${source}: not a list of { path, type, reason, since }:\n${issues}`);
  }
  return parsed.data;
}

/** The acknowledgements file; a missing file acknowledges nothing. */
export function readAcknowledgements(file = acknowledgementsPath): Acknowledgement[] {
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return parseAcknowledgements(json, file);
}

/** The entries to paste into the acknowledgements file for these changes; `reason` is left to a human. */
export function acknowledgementsFor(changes: readonly Change[], since: string): Acknowledgement[] {
  return changes.map((c) => ({ path: c.path ?? '', type: c.type, reason: '', since }));
}

export type Base = { ref: string; commit: string; sdl: string } | { skip: string };

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch {
    return undefined;
  }
}
const commitOf = (cwd: string, ref: string) =>
  git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])?.trim();
const supergraphAt = (cwd: string, commit: string) =>
  git(cwd, ['rev-parse', '--verify', '--quiet', `${commit}:${supergraphInRepo}`]) === undefined
    ? undefined
    : git(cwd, ['show', `${commit}:${supergraphInRepo}`]);

/**
 * The committed supergraph to compare with. An explicit ref must exist; by default HEAD when the fresh
 * composition differs from it (uncommitted schema work), else HEAD~1 (the change the last commit made).
 */
export function resolveBase(options: { cwd: string; fresh: string; explicit?: string | undefined }): Base {
  const { cwd, fresh, explicit } = options;
  let ref: string;
  if (explicit) {
    if (explicit.startsWith('-')) throw new Error(`not a git ref: ${explicit}`);
    ref = explicit;
    if (!commitOf(cwd, ref)) throw new Error(`base ${ref} is not a commit in this repository`);
  } else {
    const head = commitOf(cwd, 'HEAD');
    if (!head) return { skip: 'no commit to compare with (HEAD does not exist)' };
    const headSdl = supergraphAt(cwd, head);
    if (headSdl !== undefined && headSdl !== fresh) ref = 'HEAD';
    else if (headSdl === undefined) return { skip: `HEAD has no ${supergraphInRepo.slice(2)}` };
    else if (commitOf(cwd, 'HEAD~1')) ref = 'HEAD~1';
    else
      return {
        skip: 'the composition equals HEAD and HEAD~1 does not exist (first commit or shallow clone); pass --base <ref> to compare with another commit',
      };
  }
  const commit = commitOf(cwd, ref)!;
  const sdl = supergraphAt(cwd, commit);
  if (sdl === undefined) return { skip: `${ref} has no ${supergraphInRepo.slice(2)}: nothing to break` };
  return { ref, commit, sdl };
}

const line = (c: Change) => `  ${c.type}  ${c.path ?? '(schema)'}  ${c.message.replace(/\s*\n\s*/g, ' ')}`;

export function formatComparison(comparison: SchemaComparison, base: string, today: string): string {
  const out: string[] = [];
  const section = (title: string, changes: Change[]) => {
    if (changes.length) out.push(`${title} (${changes.length}):`, ...changes.map(line));
  };
  section('Safe changes', comparison.safe);
  section('Dangerous changes (clients may behave differently; not failing)', comparison.dangerous);
  section('Breaking changes acknowledged in schema/breaking-changes.json', comparison.acknowledged);
  section('BREAKING changes not acknowledged', comparison.breaking);
  if (comparison.breaking.length) {
    out.push(
      '',
      `The API breaks for clients relative to ${base}. Put back what they use, or, when the break is`,
      'intended, add these entries to schema/breaking-changes.json, each with its reason (required: why',
      'clients can take it, what replaces it):',
      `[\n${acknowledgementsFor(comparison.breaking, today)
        .map((a) => `  ${JSON.stringify(a)}`)
        .join(',\n')}\n]`,
    );
  } else {
    const total = comparison.safe.length + comparison.dangerous.length + comparison.acknowledged.length;
    out.push(
      total ? `No unacknowledged breaking change relative to ${base}.` : `No API change relative to ${base}.`,
    );
  }
  return out.join('\n');
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { base: { type: 'string' } } });
  try {
    const fresh = composeSupergraph();
    const base = resolveBase({ cwd: root, fresh, explicit: values.base ?? process.env.SCHEMA_BASE });
    if ('skip' in base) {
      console.log(`schema:breaking skipped: ${base.skip}`);
    } else {
      const label = `${base.ref} (${base.commit.slice(0, 12)})`;
      console.log(`schema:breaking: API schema of the working tree's composition against ${label}`);
      const comparison = await compareSchemas(
        apiSchemaOf(base.sdl),
        apiSchemaOf(fresh),
        readAcknowledgements(),
      );
      const today = new Date().toISOString().slice(0, 10);
      const report = formatComparison(comparison, label, today);
      if (comparison.breaking.length) {
        console.error(report);
        process.exit(1);
      }
      console.log(report);
    }
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}

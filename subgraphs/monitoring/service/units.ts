/**
 * What assets records of the monitored units — role, site, serial, model, the units above — read through
 * the graph into `monitoring.units`: when a unit's monitoring is configured, when assets says units or
 * links changed (`assets.equipment.changed`, `assets.topology.changed`), and by a sweep for units never
 * read. A unit assets does not know is left out (and counts under role UNKNOWN).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../../shared/db.ts';
import type { GraphClient } from '../../shared/graph-client.ts';
import { consumeOnce } from '../../shared/inbox.ts';
import type { ModuleRuntime } from '../../shared/subgraph.ts';
import { isUuid } from '../../shared/validation.ts';
import { inbox, targets, type UnitRow, units } from '../db/tables.ts';

const PER_REQUEST = 10;
const PARALLEL = 4;

interface AssetsUnit {
  id: string;
  role: string;
  serial: string;
  model: { name: string } | null;
  place: { __typename: string; id?: string; name?: string } | null;
  upstreamPath: { id: string }[];
}

const FIELDS = `id role serial model { name } place { __typename ... on NetworkSite { id name } } upstreamPath { id }`;

/**
 * The units as assets records them (those it does not know are missing from the answer): ten per request
 * (the gateway's root-field limit), four requests at a time.
 */
export async function readUnits(
  graph: GraphClient,
  ids: readonly string[],
): Promise<Omit<UnitRow, 'readAt'>[]> {
  const valid = [...new Set(ids)].filter(isUuid);
  const parts: string[][] = [];
  for (let i = 0; i < valid.length; i += PER_REQUEST) parts.push(valid.slice(i, i + PER_REQUEST));
  const out: Omit<UnitRow, 'readAt'>[] = [];
  const read = async (part: string[]) => {
    const body = part.map((_, k) => `u${k}: equipment(id: $u${k}) { ${FIELDS} }`).join(' ');
    const declared = part.map((_, k) => `$u${k}: ID!`).join(', ');
    const data = await graph.request<Record<string, AssetsUnit | null>>(
      `query MonitoredUnits(${declared}) { ${body} }`,
      Object.fromEntries(part.map((id, k) => [`u${k}`, id])),
    );
    for (const u of Object.values(data)) {
      if (!u) continue;
      const site = u.place?.__typename === 'NetworkSite' ? u.place : null;
      out.push({
        equipmentId: u.id,
        role: u.role,
        siteId: site?.id ?? null,
        siteName: site?.name ?? null,
        serial: u.serial,
        modelName: u.model?.name ?? null,
        upstreamIds: u.upstreamPath.map((p) => p.id),
      });
    }
  };
  for (let i = 0; i < parts.length; i += PARALLEL) {
    await Promise.all(parts.slice(i, i + PARALLEL).map(read));
  }
  return out;
}

/** Writes what assets records of these units. */
export async function storeUnits(db: Db, rows: readonly Omit<UnitRow, 'readAt'>[]): Promise<void> {
  if (!rows.length) return;
  const readAt = new Date();
  await db
    .insert(units)
    .values(rows.map((r) => ({ ...r, readAt })))
    .onConflictDoUpdate({
      target: units.equipmentId,
      set: {
        role: sql`excluded.role`,
        siteId: sql`excluded.site_id`,
        siteName: sql`excluded.site_name`,
        serial: sql`excluded.serial`,
        modelName: sql`excluded.model_name`,
        upstreamIds: sql`excluded.upstream_ids`,
        readAt,
      },
    });
}

/** Reads again every monitored unit (or only those never read). Returns how many assets knows. */
export async function refreshUnits(db: Db, graph: GraphClient, opts: { missingOnly?: boolean } = {}) {
  const rows = await db
    .select({ id: targets.equipmentId })
    .from(targets)
    .where(
      opts.missingOnly
        ? sql`not exists (select 1 from ${units} u where u.equipment_id = ${targets.equipmentId})`
        : undefined,
    );
  const read = await readUnits(
    graph,
    rows.map((r) => r.id),
  );
  await storeUnits(db, read);
  return read.length;
}

const DEBOUNCE_MS = 2_000;
const SWEEP_MS = 60_000;

/**
 * Keeps `monitoring.units` true: assets' unit and topology events trigger one full re-read (changes
 * arriving together are read once, after a short wait), and a sweep every minute reads units never read.
 */
export async function followAssets(runtime: ModuleRuntime): Promise<{ stop(): Promise<void> }> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const schedule = () => {
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      running = running.then(() =>
        refreshUnits(runtime.database.db, runtime.graph).catch((error: unknown) =>
          runtime.logger.warn({ err: error }, 'monitoring: reading units from assets failed'),
        ),
      );
    }, DEBOUNCE_MS);
    timer.unref();
  };
  const consumers = await Promise.all(
    ['assets.equipment.changed', 'assets.topology.changed'].map((queue) =>
      consumeOnce<object>({
        bus: runtime.events,
        database: runtime.database,
        table: inbox,
        queue,
        consumer: 'monitoring',
        handler: async () => schedule(),
        logger: runtime.logger,
      }),
    ),
  );
  const sweep = setInterval(() => {
    running = running.then(() =>
      refreshUnits(runtime.database.db, runtime.graph, { missingOnly: true }).catch((error: unknown) =>
        runtime.logger.warn({ err: error }, 'monitoring: unit sweep failed'),
      ),
    );
  }, SWEEP_MS);
  sweep.unref();
  schedule();
  return {
    stop: async () => {
      clearInterval(sweep);
      clearTimeout(timer);
      await Promise.all(consumers.map((c) => c.stop()));
      await running;
    },
  };
}

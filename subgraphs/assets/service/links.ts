import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../shared/db.ts';
import { DomainError, userError } from '../../shared/errors.ts';
import { equipment, type LinkRow, links, ports } from '../db/tables.ts';
import { AssetsErrorCode as E } from '../domain/errors.ts';
import { AssetsEvent } from '../events.ts';
import { uuid } from './fields.ts';
import { recordHistory } from './history.ts';
import { defineVerb, recordChange } from './kit.ts';

/**
 * Link changes take one transaction-scoped lock: two connects that would close a loop between them
 * (A under B, B under A) cannot both pass the loop check. Links change rarely; reads take no lock.
 */
const lockTopology = (tx: Tx) => tx.sql`select pg_advisory_xact_lock(hashtext('assets:topology'))`;

async function portOf(tx: Tx, id: string, field: string[]) {
  const [row] = await tx.db.select().from(ports).where(eq(ports.id, id));
  if (!row) throw new DomainError(userError(E.NOT_FOUND, 'No such port', field));
  return row;
}

/**
 * Whether hanging `down` on `up` would close a loop: `down` is `up` or among the units above it (its
 * `ancestors`, which the links' triggers keep and the topology lock keeps still while we look).
 */
async function wouldLoop(tx: Tx, up: string, down: string): Promise<boolean> {
  const [row] = await tx.db
    .select({ loop: sql<boolean>`${equipment.id} = ${down} or ${down}::uuid = any(${equipment.ancestors})` })
    .from(equipment)
    .where(eq(equipment.id, up));
  return Boolean(row?.loop);
}

export const connectLinkInput = z.object({ upstreamPortId: uuid, downstreamPortId: uuid });

/**
 * Hangs the downstream unit on a port of the upstream unit. A port holds one link (PORT_BUSY), a unit has
 * one uplink (ALREADY_LINKED), a unit never hangs on itself (SELF_LINK) or on something below it
 * (LINK_LOOP).
 */
export const connectLink = defineVerb({
  name: 'connectLink',
  input: connectLinkInput,
  async run(ctx, input, tx) {
    await lockTopology(tx);
    const up = await portOf(tx, input.upstreamPortId, ['input', 'upstreamPortId']);
    const down = await portOf(tx, input.downstreamPortId, ['input', 'downstreamPortId']);
    if (up.equipmentId === down.equipmentId) {
      throw new DomainError(
        userError(E.SELF_LINK, 'A unit cannot be linked to itself', ['input', 'downstreamPortId']),
      );
    }
    const busy = await tx.sql<{ port: string }[]>`
      select p as port from unnest(${[up.id, down.id]}::uuid[]) p
      where exists (select 1 from assets.links l where l.upstream_port_id = p or l.downstream_port_id = p)`;
    for (const { port } of busy) {
      throw new DomainError(
        userError(E.PORT_BUSY, 'The port holds a link already', [
          'input',
          port === up.id ? 'upstreamPortId' : 'downstreamPortId',
        ]),
      );
    }
    const [uplink] = await tx.db
      .select({ id: links.id })
      .from(links)
      .where(eq(links.downstreamId, down.equipmentId));
    if (uplink) {
      throw new DomainError(
        userError(E.ALREADY_LINKED, 'The downstream unit has an uplink already', [
          'input',
          'downstreamPortId',
        ]),
      );
    }
    if (await wouldLoop(tx, up.equipmentId, down.equipmentId)) {
      throw new DomainError(
        userError(E.LINK_LOOP, 'The upstream unit is below the downstream one: the link would close a loop', [
          'input',
          'upstreamPortId',
        ]),
      );
    }
    const [row] = (await tx.db
      .insert(links)
      .values({
        upstreamPortId: up.id,
        downstreamPortId: down.id,
        upstreamId: up.equipmentId,
        downstreamId: down.equipmentId,
      })
      .returning()) as [LinkRow];
    await recordHistory(tx, ctx.actor.id, [
      {
        equipmentId: up.equipmentId,
        change: 'LINK',
        after: { linkId: row.id, port: up.name, downstreamId: down.equipmentId },
      },
      {
        equipmentId: down.equipmentId,
        change: 'LINK',
        after: { linkId: row.id, port: down.name, upstreamId: up.equipmentId },
      },
    ]);
    await recordChange(
      ctx,
      tx,
      { entityType: 'Link', entityId: row.id, action: 'connect', after: row },
      { name: AssetsEvent.TOPOLOGY_CHANGED, payload: { equipmentIds: [up.equipmentId, down.equipmentId] } },
    );
    return row;
  },
});

export const disconnectLink = defineVerb({
  name: 'disconnectLink',
  input: z.object({ id: uuid }),
  async run(ctx, input, tx) {
    await lockTopology(tx);
    const [row] = await tx.db.delete(links).where(eq(links.id, input.id)).returning();
    if (!row) throw new DomainError(userError(E.NOT_FOUND, 'No such link', ['input', 'id']));
    await recordHistory(tx, ctx.actor.id, [
      {
        equipmentId: row.upstreamId,
        change: 'LINK',
        before: { linkId: row.id, downstreamId: row.downstreamId },
        after: null,
      },
      {
        equipmentId: row.downstreamId,
        change: 'LINK',
        before: { linkId: row.id, upstreamId: row.upstreamId },
        after: null,
      },
    ]);
    await recordChange(
      ctx,
      tx,
      { entityType: 'Link', entityId: row.id, action: 'disconnect', before: row },
      { name: AssetsEvent.TOPOLOGY_CHANGED, payload: { equipmentIds: [row.upstreamId, row.downstreamId] } },
    );
    return row;
  },
});

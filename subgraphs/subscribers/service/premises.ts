import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError, userError } from '../../shared/errors.ts';
import { type PremisesRow, premises } from '../db/tables.ts';
import { SubscribersErrorCode as E } from '../domain/errors.ts';
import { address, idempotencyKey, optionalText, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';
import { lockSubscriber, refreshSearchText, subscriberEvent } from './subscribers.ts';

export const addPremisesInput = z.object({
  subscriberId: uuid,
  address,
  connectionPoint: optionalText(200),
  idempotencyKey,
});

/** Another place the subscriber is served at; its address joins the subscriber's search document. */
export const addPremises = defineVerb({
  name: 'addPremises',
  input: addPremisesInput,
  idempotent: true,
  async run(ctx, input, tx) {
    const owner = await lockSubscriber(tx, input.subscriberId, ['input', 'subscriberId']);
    if (owner.status === 'TERMINATED') {
      throw new DomainError(
        userError(E.SUBSCRIBER_TERMINATED, 'The subscriber is terminated', ['input', 'subscriberId']),
      );
    }
    const [row] = (await tx.db
      .insert(premises)
      .values({ subscriberId: owner.id, ...input.address, connectionPoint: input.connectionPoint })
      .returning()) as [PremisesRow];
    await refreshSearchText(tx, owner.id);
    await recordChange(
      ctx,
      tx,
      { entityType: 'Premises', entityId: row.id, action: 'create', after: row },
      subscriberEvent(owner, 'premises'),
    );
    return row;
  },
});

export const updatePremisesInput = z.object({
  id: uuid,
  address: address.nullish(),
  connectionPoint: optionalText(200).optional(),
});

/** Corrects an address or records where the premises connect. */
export const updatePremises = defineVerb({
  name: 'updatePremises',
  input: updatePremisesInput,
  async run(ctx, input, tx) {
    const [before] = await tx.db.select().from(premises).where(eq(premises.id, input.id)).for('update');
    if (!before) throw new DomainError(userError(E.NOT_FOUND, 'No such premises', ['input', 'id']));
    const [row] = (await tx.db
      .update(premises)
      .set({
        ...(input.address ?? {}),
        ...(input.connectionPoint !== undefined ? { connectionPoint: input.connectionPoint } : {}),
        updatedAt: new Date(),
      })
      .where(eq(premises.id, before.id))
      .returning()) as [PremisesRow];
    if (input.address) await refreshSearchText(tx, row.subscriberId);
    await recordChange(ctx, tx, {
      entityType: 'Premises',
      entityId: row.id,
      action: 'update',
      before,
      after: row,
    });
    return row;
  },
});

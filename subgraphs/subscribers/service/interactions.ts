import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError, userError } from '../../shared/errors.ts';
import { companyEvents, type InteractionRow, interactions, subscribers } from '../db/tables.ts';
import { SubscribersErrorCode as E } from '../domain/errors.ts';
import { channel, moment, text, uuid } from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';

export const logInteractionInput = z.object({
  subscriberId: uuid,
  kind: z.enum(['CALL', 'VISIT', 'MESSAGE', 'NOTE']),
  direction: z.enum(['INBOUND', 'OUTBOUND']).nullish(),
  channel: channel.nullish(),
  text: text(5000),
  companyEventId: uuid.nullish(),
  at: moment.nullish(),
});

/** A call, visit, message or note in a subscriber's log, with its author and time. */
export const logInteraction = defineVerb({
  name: 'logInteraction',
  input: logInteractionInput,
  async run(ctx, input, tx) {
    const [who] = await tx.db
      .select({ id: subscribers.id })
      .from(subscribers)
      .where(eq(subscribers.id, input.subscriberId));
    if (!who) throw new DomainError(userError(E.NOT_FOUND, 'No such subscriber', ['input', 'subscriberId']));
    if (input.companyEventId) {
      const [event] = await tx.db
        .select({ id: companyEvents.id })
        .from(companyEvents)
        .where(eq(companyEvents.id, input.companyEventId));
      if (!event)
        throw new DomainError(userError(E.NOT_FOUND, 'No such company event', ['input', 'companyEventId']));
    }
    const [row] = (await tx.db
      .insert(interactions)
      .values({
        subscriberId: input.subscriberId,
        kind: input.kind,
        direction: input.direction ?? null,
        channel: input.channel ?? null,
        text: input.text,
        companyEventId: input.companyEventId ?? null,
        by: ctx.actor.id,
        at: input.at ?? new Date(),
      })
      .returning()) as [InteractionRow];
    await recordChange(ctx, tx, {
      entityType: 'Subscriber',
      entityId: input.subscriberId,
      action: 'interaction',
      after: row,
    });
    return row;
  },
});

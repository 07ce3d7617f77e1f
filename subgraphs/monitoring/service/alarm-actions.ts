import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../shared/db.ts';
import { DomainError, userError } from '../../shared/errors.ts';
import { optionalText, uuid } from '../../shared/fields.ts';
import type { MonitoringContext } from '../context.ts';
import { type AlarmRow, alarmComments, alarms } from '../db/tables.ts';
import { MonitoringErrorCode as E } from '../domain/errors.ts';
import { alarmEvent, refreshActiveKeys, releaseSymptoms } from './alarms.ts';
import { defineVerb, recordChange } from './kit.ts';
import { publishAlarmChange } from './live.ts';

export const alarmActionInput = z.object({ alarmId: uuid, comment: optionalText(2000) });

async function lockAlarm(tx: Tx, id: string): Promise<AlarmRow> {
  const [row] = await tx.db.select().from(alarms).where(eq(alarms.id, id)).for('update');
  if (!row) throw new DomainError(userError(E.NOT_FOUND, 'No such alarm', ['input', 'alarmId']));
  return row;
}

async function finish(
  ctx: MonitoringContext,
  tx: Tx,
  before: AlarmRow,
  after: AlarmRow,
  action: string,
  comment: string | null,
): Promise<AlarmRow> {
  await tx.db.insert(alarmComments).values({ alarmId: after.id, action, by: ctx.actor.id, comment });
  await publishAlarmChange(tx, alarmEvent(after, action));
  await recordChange(ctx, tx, {
    entityType: 'Alarm',
    entityId: after.id,
    action: action.toLowerCase(),
    before,
    after,
  });
  return after;
}

/** Acknowledges an active alarm: who and the comment are kept with it (ALREADY_ACKNOWLEDGED, ALARM_CLEARED). */
export const acknowledgeAlarm = defineVerb({
  name: 'acknowledgeAlarm',
  input: alarmActionInput,
  async run(ctx, input, tx) {
    const before = await lockAlarm(tx, input.alarmId);
    if (before.clearedAt)
      throw new DomainError(userError(E.ALARM_CLEARED, 'The alarm is cleared', ['input', 'alarmId']));
    if (before.acknowledgedAt) {
      throw new DomainError(
        userError(E.ALREADY_ACKNOWLEDGED, `Acknowledged already by ${before.acknowledgedBy}`, [
          'input',
          'alarmId',
        ]),
      );
    }
    const now = new Date();
    const [after] = await tx.db
      .update(alarms)
      .set({ acknowledgedBy: ctx.actor.id, acknowledgedAt: now, changedAt: now })
      .where(eq(alarms.id, before.id))
      .returning();
    return finish(ctx, tx, before, after as AlarmRow, 'ACKNOWLEDGED', input.comment);
  },
});

/** Takes back an acknowledgement (NOT_ACKNOWLEDGED when there is none). */
export const unacknowledgeAlarm = defineVerb({
  name: 'unacknowledgeAlarm',
  input: alarmActionInput,
  async run(ctx, input, tx) {
    const before = await lockAlarm(tx, input.alarmId);
    if (!before.acknowledgedAt) {
      throw new DomainError(
        userError(E.NOT_ACKNOWLEDGED, 'The alarm is not acknowledged', ['input', 'alarmId']),
      );
    }
    const now = new Date();
    const [after] = await tx.db
      .update(alarms)
      .set({ acknowledgedBy: null, acknowledgedAt: null, changedAt: now })
      .where(eq(alarms.id, before.id))
      .returning();
    return finish(ctx, tx, before, after as AlarmRow, 'UNACKNOWLEDGED', input.comment);
  },
});

/**
 * Clears an alarm by hand: the operator knows the condition is gone. If it is not, the next poll raises
 * it again as a new alarm. ALARM_CLEARED when it is cleared already.
 */
export const clearAlarm = defineVerb({
  name: 'clearAlarm',
  input: alarmActionInput,
  async run(ctx, input, tx) {
    const before = await lockAlarm(tx, input.alarmId);
    if (before.clearedAt)
      throw new DomainError(userError(E.ALARM_CLEARED, 'The alarm is cleared already', ['input', 'alarmId']));
    const now = new Date();
    const [after] = await tx.db
      .update(alarms)
      .set({ state: 'CLEARED', clearedAt: now, changedAt: now })
      .where(eq(alarms.id, before.id))
      .returning();
    if (before.probableCause === 'UNIT_DOWN') await releaseSymptoms(tx, before, now);
    await refreshActiveKeys(tx, before.equipmentId);
    return finish(ctx, tx, before, after as AlarmRow, 'CLEARED', input.comment);
  },
});

/** How monitoring's rows and events are shown and filtered: pure helpers for the resolvers. */
import { z } from 'zod';
import { badUserInput } from '../../shared/errors.ts';
import { monitoringConfig } from '../config.ts';
import type { AlarmFilter } from '../db/queries.ts';

export type { AlarmFilter };

import { MONITORING_STATUSES } from '../domain/evaluate.ts';
import { DEFAULT_PROFILES } from '../snmp/profiles.ts';
import type { AlarmChangeEvent, StatusChangeEvent } from './live.ts';

export const STATUSES = MONITORING_STATUSES;

/** The poll profiles, by name. */
export const profileList = () =>
  Object.entries(DEFAULT_PROFILES).map(([name, p]) => ({ name, groups: [...p.groups] }));

/** Whether a status change passes a subscription's filter. */
export function statusMatches(
  filter: { equipmentIds?: readonly string[] | null; statuses?: readonly string[] | null } | null | undefined,
  e: StatusChangeEvent,
): boolean {
  if (filter?.equipmentIds?.length && !filter.equipmentIds.includes(e.equipmentId)) return false;
  if (filter?.statuses?.length && !filter.statuses.includes(e.status)) return false;
  return true;
}

/** Whether an alarm change passes a subscription's filter (`active` false lets cleared alarms through too). */
export function alarmMatches(filter: AlarmFilter, e: AlarmChangeEvent): boolean {
  if (filter.active === true && !e.active && e.change !== 'CLEARED') return false;
  if (filter.severities?.length && !filter.severities.includes(e.severity)) return false;
  if (filter.causes?.length && !filter.causes.includes(e.probableCause)) return false;
  if (filter.equipmentId && filter.equipmentId !== e.equipmentId) return false;
  if (filter.acknowledged != null && filter.acknowledged !== e.acknowledged) return false;
  if (filter.rootOnly && !e.rootOnly) return false;
  return true;
}

const MAX_POINTS = 2000;

const metricsArgs = z
  .object({
    from: z.date(),
    to: z.date(),
    step: z
      .number()
      .int()
      .min(60, 'At least 60 seconds')
      .max(86_400 * 31)
      .nullish(),
    ifIndex: z.number().int().min(0).nullish(),
  })
  .refine((a) => a.from < a.to, { message: '`from` must be before `to`', path: ['to'] });

/** The metrics query of `Equipment.metrics`, validated: BAD_USER_INPUT with the argument's path. */
export function metricsRange(
  equipmentId: string,
  args: { from: Date; to: Date; step?: number | null; ifIndex?: number | null },
) {
  const parsed = metricsArgs.safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = ['metrics', ...(issue?.path ?? []).map(String)];
    throw badUserInput(`\`${path.join('.')}\`: ${issue?.message ?? 'invalid'}`, path);
  }
  const step = parsed.data.step ?? 300;
  const points = (parsed.data.to.getTime() - parsed.data.from.getTime()) / 1000 / step;
  if (points > MAX_POINTS) {
    throw badUserInput(
      `\`metrics\`: ${Math.ceil(points)} points asked; at most ${MAX_POINTS} (raise \`step\`)`,
      ['metrics', 'step'],
    );
  }
  return {
    equipmentId,
    ifIndex: parsed.data.ifIndex ?? 0,
    from: parsed.data.from,
    to: parsed.data.to,
    stepSeconds: step,
    // Older than the raw retention, only the hourly series holds it.
    rawSince: new Date(Date.now() - monitoringConfig().rawRetentionDays * 86_400_000),
  };
}

import { subscriptionField } from '../../shared/subgraph.ts';
import type { MonitoringContext } from '../context.ts';
import { type AlarmChangeEvent, LiveChannel, type StatusChangeEvent } from '../service/live.ts';
import { type AlarmFilter, alarmMatches, statusMatches } from '../service/present.ts';

/** Drops the events queued behind this one: a subscriber that wants "the latest" gets one answer per burst. */
async function* latest<T>(source: AsyncIterableIterator<T> & { readonly pending: number }) {
  try {
    for await (const event of source) {
      let last = event;
      while (source.pending > 0) {
        const next = await source.next();
        if (next.done) break;
        last = next.value;
      }
      yield last;
    }
  } finally {
    await source.return?.();
  }
}

const ctxOf = (ctx: unknown) => ctx as MonitoringContext;

export const Subscription = {
  equipmentStatusChanged: subscriptionField<StatusChangeEvent>({
    subscribe: (_, args, ctx) =>
      ctxOf(ctx).database.live.subscribe<StatusChangeEvent>(LiveChannel.STATUS, {
        filter: (e) =>
          statusMatches(
            args.filter as { equipmentIds?: string[] | null; statuses?: string[] | null } | null,
            e,
          ),
      }),
  }),
  alarmChanged: subscriptionField<AlarmChangeEvent>({
    subscribe: (_, args, ctx) =>
      ctxOf(ctx).database.live.subscribe<AlarmChangeEvent>(LiveChannel.ALARM, {
        filter: (e) => alarmMatches((args.filter ?? {}) as AlarmFilter, e),
      }),
  }),
  networkStatusChanged: subscriptionField<{ at: string }, unknown>({
    subscribe: async (_, __, ctx) =>
      latest(await ctxOf(ctx).database.live.subscribe<{ at: string }>(LiveChannel.NETWORK)),
    resolve: (_, __, ctx) => ctxOf(ctx).loaders.lists.network(),
  }),
};

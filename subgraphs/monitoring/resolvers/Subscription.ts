import { subscriptionField } from '../../shared/subgraph.ts';
import type { MonitoringContext } from '../context.ts';
import { type AlarmChangeEvent, LiveChannel, type StatusChangeEvent } from '../service/live.ts';
import { type AlarmFilter, alarmMatches, statusMatches } from '../service/present.ts';

/**
 * Drops the events queued behind this one: a subscriber that wants "the latest" gets one answer per
 * burst. An iterator rather than a generator, so a client leaving a quiet channel ends its LISTEN at
 * once (a generator's `return` waits for the event it is waiting on).
 */
function latest<T>(
  source: AsyncIterableIterator<T> & { readonly pending: number },
): AsyncIterableIterator<T> {
  return {
    async next() {
      const first = await source.next();
      if (first.done) return first;
      let last = first.value;
      while (source.pending > 0) {
        const next = await source.next();
        if (next.done) break;
        last = next.value;
      }
      return { value: last, done: false };
    },
    async return() {
      await source.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
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

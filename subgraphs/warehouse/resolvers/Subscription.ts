import { subscriptionField } from '../../shared/subgraph.ts';
import {
  eachLevel,
  LiveChannel,
  levelMatcher,
  type StockLevelChangeEvent,
  type StockLevelFilter,
  type StockLevelsEvent,
} from '../service/live.ts';

export const Subscription = {
  stockLevelChanged: subscriptionField<StockLevelChangeEvent>({
    subscribe: async (_, args, ctx) => {
      const matches = levelMatcher(args.filter as StockLevelFilter | null);
      return eachLevel(
        await ctx.database.live.subscribe<StockLevelsEvent>(LiveChannel.STOCK_LEVELS, {
          // A notification none of whose levels passes takes no room in the buffer.
          filter: (e) => e.levels.some(matches),
        }),
        matches,
      );
    },
  }),
};

import { payloadOf } from '../../shared/verb.ts';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { acknowledgeAlarm, clearAlarm, unacknowledgeAlarm } from '../service/alarm-actions.ts';
import { configureMonitoring } from '../service/configure.ts';

export const Mutation: MutationResolvers = {
  configureMonitoring: payloadOf('monitoring', configureMonitoring),
  acknowledgeAlarm: payloadOf('alarm', acknowledgeAlarm),
  unacknowledgeAlarm: payloadOf('alarm', unacknowledgeAlarm),
  clearAlarm: payloadOf('alarm', clearAlarm),
};

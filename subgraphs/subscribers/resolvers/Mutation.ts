import { payloadOf } from '../../shared/verb.ts';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import {
  acknowledgeCompanyEvent,
  addCompanyEventNote,
  changeCompanyEventStatus,
  createCompanyEvent,
  recordEventNotification,
  updateCompanyEvent,
} from '../service/company-events.ts';
import { logInteraction } from '../service/interactions.ts';
import { addPremises, updatePremises } from '../service/premises.ts';
import { changeServiceStatus, changeServiceTariff, subscribeService } from '../service/services.ts';
import { changeSubscriberStatus, createSubscriber, updateSubscriber } from '../service/subscribers.ts';

export const Mutation: MutationResolvers = {
  createSubscriber: payloadOf('subscriber', createSubscriber),
  updateSubscriber: payloadOf('subscriber', updateSubscriber),
  changeSubscriberStatus: payloadOf('subscriber', changeSubscriberStatus),
  addPremises: payloadOf('premises', addPremises),
  updatePremises: payloadOf('premises', updatePremises),
  subscribeService: payloadOf('service', subscribeService),
  changeServiceStatus: payloadOf('service', changeServiceStatus),
  changeServiceTariff: payloadOf('service', changeServiceTariff),
  createCompanyEvent: payloadOf('event', createCompanyEvent),
  updateCompanyEvent: payloadOf('event', updateCompanyEvent),
  changeCompanyEventStatus: payloadOf('event', changeCompanyEventStatus),
  acknowledgeCompanyEvent: payloadOf('event', acknowledgeCompanyEvent),
  addCompanyEventNote: payloadOf('event', addCompanyEventNote),
  recordEventNotification: payloadOf('event', recordEventNotification),
  logInteraction: payloadOf('interaction', logInteraction),
};

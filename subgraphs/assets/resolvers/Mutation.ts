import { payloadOf } from '../../shared/verb.ts';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import {
  changeEquipmentStatus,
  installEquipment,
  registerEquipment,
  removeEquipment,
  updateEquipment,
} from '../service/equipment.ts';
import { importEquipmentCsv } from '../service/import-csv.ts';
import { connectLink, disconnectLink } from '../service/links.ts';
import { createNetworkSite } from '../service/sites.ts';

export const Mutation: MutationResolvers = {
  registerEquipment: payloadOf('equipment', registerEquipment),
  updateEquipment: payloadOf('equipment', updateEquipment),
  changeEquipmentStatus: payloadOf('equipment', changeEquipmentStatus),
  installEquipment: payloadOf('equipment', installEquipment),
  removeEquipment: payloadOf('equipment', removeEquipment),
  createNetworkSite: payloadOf('site', createNetworkSite),
  connectLink: payloadOf('link', connectLink),
  disconnectLink: payloadOf('link', disconnectLink),
  importEquipmentCsv: (_, { input }, ctx) => importEquipmentCsv(ctx, input),
};

import { payloadOf } from '../../shared/verb.ts';
import type { MutationResolvers } from '../__generated__/resolvers-types.ts';
import { createDocument } from '../service/create-document.ts';
import { deleteDocument } from '../service/delete-document.ts';
import { postDocument } from '../service/post-document.ts';
import { receiveTransfer } from '../service/receive-transfer.ts';
import { releaseReservation, reserveStock } from '../service/reservations.ts';
import { reverseDocument } from '../service/reverse-document.ts';
import { setMinimum, setPrefix } from '../service/settings.ts';
import { updateDocument } from '../service/update-document.ts';
import { createWarehouse, updateWarehouse } from '../service/warehouses.ts';

export const Mutation: MutationResolvers = {
  createWarehouse: payloadOf('warehouse', createWarehouse),
  updateWarehouse: payloadOf('warehouse', updateWarehouse),
  setStockMinimum: payloadOf('balance', setMinimum),
  setStockDocumentPrefix: payloadOf('prefix', setPrefix),
  createStockDocument: payloadOf('document', createDocument),
  updateStockDocument: payloadOf('document', updateDocument),
  deleteStockDocument: payloadOf('document', deleteDocument),
  postStockDocument: payloadOf('document', postDocument),
  receiveStockTransfer: payloadOf('document', receiveTransfer),
  reverseStockDocument: payloadOf('document', reverseDocument),
  reserveStock: payloadOf('reservation', reserveStock),
  releaseStockReservation: payloadOf('reservation', releaseReservation),
};

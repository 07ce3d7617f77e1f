/** Input pieces of the item verbs (create, update, import). */
import { z } from 'zod';
import { BARCODE_TYPES, SERVICE_TYPES, UNITS } from '../domain/values.ts';
import { optionalText } from './fields.ts';

/** Shape only; values are checked against the category's template by `validateCharacteristics`. */
export const characteristics = z.record(z.string(), z.unknown());

export const barcodeInput = z.object({
  type: z.enum(BARCODE_TYPES).nullish(),
  code: z.string().min(1, 'Barcode is empty').max(64),
});

const attachment = z.object({
  url: z.url('Not a valid URL').max(2000),
  name: z.string().trim().min(1).max(200),
  type: z.string().trim().min(1).max(100),
});
export const attachments = z.array(attachment).max(50, 'At most 50 attachments');

export const unit = z.enum(UNITS);
export const serviceType = z.enum(SERVICE_TYPES).nullish();
export const manufacturer = optionalText(200);
export const vendorPartNumber = optionalText(100);
export const description = optionalText(20000);

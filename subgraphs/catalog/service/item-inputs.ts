/** Input pieces of the item verbs (create, update, import). */
import { z } from 'zod';
import {
  BARCODE_TYPES,
  EQUIPMENT_SUPPLY,
  KEYWORD_MAX_LENGTH,
  KEYWORDS_MAX,
  SERVICE_TYPES,
  WARRANTY_MONTHS_MAX,
} from '../domain/values.ts';
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

/** An OKEI code; whether `catalog.units` has it is checked by `checkUnit`. */
export const unitCode = z.string().trim().min(1, 'A unit is an OKEI code, e.g. 796').max(10);
export const keywords = z
  .array(
    z
      .string()
      .trim()
      .min(1, 'A keyword is not empty')
      .max(KEYWORD_MAX_LENGTH, `A keyword is at most ${KEYWORD_MAX_LENGTH} characters`),
  )
  .max(KEYWORDS_MAX, `At most ${KEYWORDS_MAX} keywords`);

/** The equipment fields of create and update (checked against the kind by `equipmentFields`). */
export const equipmentInput = {
  trackedBySerial: z.boolean().nullish(),
  trackedByMac: z.boolean().nullish(),
  warrantyMonths: z
    .number()
    .int('Whole months')
    .min(0, 'Not negative')
    .max(WARRANTY_MONTHS_MAX, `At most ${WARRANTY_MONTHS_MAX} months`)
    .nullish(),
  supply: z.enum(EQUIPMENT_SUPPLY).nullish(),
  snmpSysObjectId: z.string().trim().max(600).nullish(),
};
export const serviceType = z.enum(SERVICE_TYPES).nullish();
export const manufacturer = optionalText(200);
export const vendorPartNumber = optionalText(100);
export const description = optionalText(20000);

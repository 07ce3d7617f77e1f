/** How the subscribers module shows its rows to clients: phones as people read them, addresses in one line. */
import type { PremisesRow, SubscriberRow } from '../db/tables.ts';
import { phoneDisplay } from '../domain/identifiers.ts';

export const phonesOf = (row: SubscriberRow) =>
  row.phones.map((number) => ({ number, display: phoneDisplay(number) }));

/** «Санкт-Петербург, Приморский р-н, ул. Савушкина, д. 12, кв. 45». */
export const addressText = (row: PremisesRow) =>
  [
    row.city,
    row.district ? `${row.district} р-н` : null,
    row.street,
    `д. ${row.building}`,
    row.apartment ? `кв. ${row.apartment}` : null,
  ]
    .filter(Boolean)
    .join(', ');

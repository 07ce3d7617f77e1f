import { timestamp } from 'drizzle-orm/pg-core';

/**
 * A point in time, with time zone, to the millisecond: what a JavaScript Date holds, so a keyset cursor
 * made from a row compares equal to the row it came from (microseconds would not survive the round trip).
 */
export const moment = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });

/** When the row was created. */
export const createdAt = () => moment('created_at').notNull().defaultNow();

/** When the row last changed; set by the writing verb. */
export const updatedAt = () => moment('updated_at').notNull().defaultNow();

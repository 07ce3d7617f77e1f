import { and, eq, gte, ilike, inArray, isNull, lte, or, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { anyId, type Db, likeContains, preparedOnce } from '../../shared/db.ts';
import { badUserInput } from '../../shared/errors.ts';
import { type Connection, type KeysetOrder, type PageArgs, tablePage } from '../../shared/pagination.ts';
import { requireUuid } from '../../shared/validation.ts';
import { type CertificateRow, certificateItems, certificates } from './tables.ts';

export interface CertificateFilter {
  type?: string | null;
  itemId?: string | null;
  validAt?: Date | null;
  expiringWithinDays?: number | null;
  search?: string | null;
}

/** ISO date (YYYY-MM-DD) of a moment, in UTC. */
export const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/** `valid_from <= day <= valid_to` (an open end is unlimited). */
export const validOn = (day: string | Placeholder): SQL =>
  and(
    lte(certificates.validFrom, day),
    or(isNull(certificates.validTo), gte(certificates.validTo, day)),
  ) as SQL;

const order: KeysetOrder<CertificateRow> = {
  column: sql`coalesce(${certificates.validTo}, 'infinity'::date)`,
  id: certificates.id,
  descending: false,
  cursor: 'date',
  key: (row) => [row.validTo ?? 'infinity', row.id],
};

export async function listCertificates(
  db: Db,
  args: PageArgs,
  filter: CertificateFilter = {},
  withCount = false,
  today = new Date(),
): Promise<Connection<CertificateRow>> {
  requireUuid(filter.itemId, ['filter', 'itemId']);
  if (
    filter.expiringWithinDays != null &&
    (filter.expiringWithinDays < 0 || filter.expiringWithinDays > 36_500)
  ) {
    throw badUserInput('`filter.expiringWithinDays` must be between 0 and 36500', [
      'filter',
      'expiringWithinDays',
    ]);
  }
  const horizon =
    filter.expiringWithinDays == null
      ? null
      : new Date(today.getTime() + filter.expiringWithinDays * 86_400_000);
  const where = and(
    filter.type ? eq(certificates.type, filter.type) : undefined,
    filter.itemId
      ? inArray(
          certificates.id,
          db
            .select({ id: certificateItems.certificateId })
            .from(certificateItems)
            .where(eq(certificateItems.itemId, filter.itemId)),
        )
      : undefined,
    filter.validAt ? validOn(isoDay(filter.validAt)) : undefined,
    horizon ? and(validOn(isoDay(today)), lte(certificates.validTo, isoDay(horizon))) : undefined,
    filter.search
      ? or(
          ilike(certificates.number, likeContains(filter.search)),
          ilike(certificates.issuer, likeContains(filter.search)),
        )
      : undefined,
  );
  return tablePage(db, certificates, { args, order, where, withCount });
}

export async function certificatesByIds(db: Db, ids: readonly string[]): Promise<CertificateRow[]> {
  return db.select().from(certificates).where(anyId(certificates.id, ids));
}

/** Certificates of many items, each with the item it was found for; optionally only those valid on a day. */
export async function certificatesOfItems(
  db: Db,
  itemIds: readonly string[],
  day: string | null,
): Promise<(CertificateRow & { itemId: string })[]> {
  const name = day ? 'certificates_of_items_on' : 'certificates_of_items';
  const query = preparedOnce(db, name, (d) =>
    d
      .select({
        id: certificates.id,
        type: certificates.type,
        number: certificates.number,
        issuer: certificates.issuer,
        validFrom: certificates.validFrom,
        validTo: certificates.validTo,
        documentUrl: certificates.documentUrl,
        createdAt: certificates.createdAt,
        updatedAt: certificates.updatedAt,
        itemId: certificateItems.itemId,
      })
      .from(certificateItems)
      .innerJoin(certificates, eq(certificates.id, certificateItems.certificateId))
      .where(
        and(
          anyId(certificateItems.itemId, sql.placeholder('ids')),
          day ? validOn(sql.placeholder('day')) : undefined,
        ),
      )
      .orderBy(certificates.validFrom)
      .prepare(name),
  );
  return query.execute({ ids: [...itemIds], day });
}

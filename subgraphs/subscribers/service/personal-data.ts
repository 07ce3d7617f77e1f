import { badUserInput } from '../../shared/errors.ts';
import type { SubscribersContext } from '../context.ts';
import type { SubscriberRow } from '../db/tables.ts';

/** The scope that reads identity documents and birth dates as they are. */
export const PII_SCOPE = 'subscribers:pii';

const FIELDS = ['birthDate', 'identityDocument'] as const;

/** «••••34»: all but the last two characters hidden. */
export const maskTail = (value: string) => `${'•'.repeat(Math.max(value.length - 2, 2))}${value.slice(-2)}`;

/**
 * A person's birth date and identity document. With `subscribers:pii` and a reason, as they are, once the
 * read is in the audit log (who, which subscriber, why); without the scope, masked; with the scope and no
 * reason, BAD_USER_INPUT on `reason` (a read of personal data always says why).
 */
export async function personalData(ctx: SubscribersContext, row: SubscriberRow, reason: string | null) {
  const document = row.documentNumber
    ? {
        type: (row.documentType ?? 'OTHER') as never,
        series: row.documentSeries,
        number: row.documentNumber,
        issuedBy: row.documentIssuedBy,
        issuedOn: row.documentIssuedOn,
      }
    : null;
  const birthYear = row.birthDate ? Number(row.birthDate.slice(0, 4)) : null;
  if (!ctx.actor.scopes.includes(PII_SCOPE)) {
    return {
      masked: true,
      birthDate: null,
      birthYear,
      identityDocument: document && {
        type: document.type,
        series: document.series ? '••••' : null,
        number: maskTail(document.number),
        issuedBy: null,
        issuedOn: null,
      },
    };
  }
  const why = reason?.trim();
  if (!why) throw badUserInput('Reading personal data needs a `reason`', ['reason']);
  await ctx.loaders.personalDataRead(row.id, FIELDS, why);
  return { masked: false, birthDate: row.birthDate, birthYear, identityDocument: document };
}

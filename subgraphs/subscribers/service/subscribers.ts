import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../shared/db.ts';
import { DomainError, isUniqueViolation, transitionNotAllowed, userError } from '../../shared/errors.ts';
import { type SubscriberRow, subscriberStatusChanges, subscribers } from '../db/tables.ts';
import { SubscribersErrorCode as E } from '../domain/errors.ts';
import { accountNumber } from '../domain/identifiers.ts';
import { canMove, NEEDS_REASON, SUBSCRIBER_TRANSITIONS, type SubscriberStatus } from '../domain/statuses.ts';
import { SubscribersEvent } from '../events.ts';
import {
  channel,
  company,
  contract,
  day,
  emails,
  idempotencyKey,
  optionalText,
  person,
  phones,
  subscriberStatus,
  uuid,
} from './fields.ts';
import { defineVerb, recordChange } from './kit.ts';

export const today = () => new Date().toISOString().slice(0, 10);

/** «Иванов Пётр Сергеевич», or the legal name. */
const displayNameOf = (
  p: z.output<typeof person> | null | undefined,
  c: z.output<typeof company> | null | undefined,
) => (p ? [p.surname, p.name, p.patronymic].filter(Boolean).join(' ') : (c?.legalName ?? ''));

/** The columns a person's or a company's details fill (a subscriber is one or the other). */
function detailColumns(
  p: z.output<typeof person> | null | undefined,
  c: z.output<typeof company> | null | undefined,
) {
  const doc = p?.identityDocument ?? null;
  return {
    displayName: displayNameOf(p, c),
    surname: p?.surname ?? null,
    name: p?.name ?? null,
    patronymic: p?.patronymic ?? null,
    birthDate: p?.birthDate ?? null,
    documentType: doc?.type ?? null,
    documentSeries: doc?.series ?? null,
    documentNumber: doc?.number ?? null,
    documentIssuedBy: doc?.issuedBy ?? null,
    documentIssuedOn: doc?.issuedOn ?? null,
    legalName: c?.legalName ?? null,
    inn: c?.inn ?? null,
    kpp: c?.kpp ?? null,
  };
}

/**
 * Rewrites a subscriber's search document: names and every premises' address (one statement; a trigger
 * keeps the words for typo correction).
 */
export async function refreshSearchText(tx: Tx, subscriberId: string): Promise<void> {
  await tx.sql`
    update subscribers.subscribers s set search_text = concat_ws(' ', s.display_name, s.legal_name,
      (select string_agg(concat_ws(' ', p.city, p.district, p.street, p.building), ' ')
       from subscribers.premises p where p.subscriber_id = s.id))
    where s.id = ${subscriberId}`;
}

/** What other modules learn of a subscriber change. */
export const subscriberEvent = (row: SubscriberRow, change: string) => ({
  name: SubscribersEvent.SUBSCRIBER_CHANGED,
  payload: {
    id: row.id,
    accountNumber: row.accountNumber,
    kind: row.kind,
    status: row.status,
    displayName: row.displayName,
    change,
  },
});

/** The audit view of a subscriber: personal data is never copied into the audit log. */
const auditView = (row: SubscriberRow) => {
  const {
    birthDate: _b,
    documentSeries: _s,
    documentNumber: _n,
    documentIssuedBy: _i,
    documentIssuedOn: _o,
    ...rest
  } = row;
  return rest;
};

const duplicateContract = (error: unknown, number: string | null, field: string[]) =>
  isUniqueViolation(error, 'subscribers_contract_number_uniq')
    ? new DomainError(userError(E.DUPLICATE_CONTRACT_NUMBER, `Contract ${number} exists already`, field))
    : isUniqueViolation(error, 'subscribers_account_number_uniq')
      ? new DomainError(userError(E.DUPLICATE_ACCOUNT_NUMBER, 'The account number is taken', ['input']))
      : error;

async function checkContractFree(tx: Tx, number: string | null, exceptId: string | null) {
  if (!number) return;
  const [taken] = await tx.db
    .select({ id: subscribers.id })
    .from(subscribers)
    .where(sql`upper(${subscribers.contractNumber}) = ${number}`);
  if (taken && taken.id !== exceptId) {
    throw new DomainError(
      userError(E.DUPLICATE_CONTRACT_NUMBER, `Contract ${number} exists already`, [
        'input',
        'contract',
        'number',
      ]),
    );
  }
}

function checkDetails(kind: string, input: { person?: unknown; company?: unknown }) {
  if (kind === 'PERSON' && !input.person) {
    throw new DomainError(userError(E.DETAILS_REQUIRED, 'A person needs their names', ['input', 'person']));
  }
  if (kind === 'COMPANY' && !input.company) {
    throw new DomainError(
      userError(E.DETAILS_REQUIRED, 'A company needs its legal details', ['input', 'company']),
    );
  }
  if (kind === 'PERSON' && input.company) {
    throw new DomainError(userError(E.WRONG_KIND, 'A person has no company details', ['input', 'company']));
  }
  if (kind === 'COMPANY' && input.person) {
    throw new DomainError(userError(E.WRONG_KIND, 'A company has no person details', ['input', 'person']));
  }
}

export const createSubscriberInput = z.object({
  kind: z.enum(['PERSON', 'COMPANY']),
  person: person.nullish(),
  company: company.nullish(),
  phones: phones.nullish(),
  emails: emails.nullish(),
  preferredChannel: channel.nullish(),
  contract: contract.nullish(),
  status: z.enum(['PROSPECT', 'ACTIVE']).nullish(),
  idempotencyKey,
});

/**
 * A new subscriber with the next account number. A contract without a number gets «Д-<year>-<account>».
 */
export const createSubscriber = defineVerb({
  name: 'createSubscriber',
  input: createSubscriberInput,
  idempotent: true,
  async run(ctx, input, tx) {
    checkDetails(input.kind, input);
    const contractNumber = input.contract?.number ?? null;
    await checkContractFree(tx, contractNumber, null);
    const [seq] = await tx.sql<{ n: string }[]>`select nextval('subscribers.account_seq')::text as n`;
    const account = accountNumber(BigInt(seq?.n ?? '0'));
    const date = today();
    const status = input.status ?? 'PROSPECT';
    let row: SubscriberRow;
    try {
      [row] = (await tx.db
        .insert(subscribers)
        .values({
          accountNumber: account,
          kind: input.kind,
          status,
          statusDate: date,
          ...detailColumns(input.person, input.company),
          phones: input.phones ?? [],
          emails: input.emails ?? [],
          preferredChannel: input.preferredChannel ?? null,
          contractNumber: input.contract ? (contractNumber ?? `Д-${date.slice(0, 4)}-${account}`) : null,
          contractDate: input.contract ? (input.contract.date ?? date) : null,
          contractType: input.contract?.type ?? null,
        })
        .returning()) as [SubscriberRow];
    } catch (error) {
      throw duplicateContract(error, contractNumber, ['input', 'contract', 'number']);
    }
    await tx.db
      .insert(subscriberStatusChanges)
      .values({ subscriberId: row.id, status, date, by: ctx.actor.id });
    await refreshSearchText(tx, row.id);
    await recordChange(
      ctx,
      tx,
      { entityType: 'Subscriber', entityId: row.id, action: 'create', after: auditView(row) },
      subscriberEvent(row, 'created'),
    );
    return row;
  },
});

export async function lockSubscriber(
  tx: Tx,
  id: string,
  field: string[] = ['input', 'id'],
): Promise<SubscriberRow> {
  const [row] = await tx.db.select().from(subscribers).where(eq(subscribers.id, id)).for('update');
  if (!row) throw new DomainError(userError(E.NOT_FOUND, 'No such subscriber', field));
  return row;
}

export const updateSubscriberInput = z.object({
  id: uuid,
  person: person.nullish(),
  company: company.nullish(),
  phones: phones.nullish(),
  emails: emails.nullish(),
  preferredChannel: channel.nullish(),
  contract: contract.nullish(),
});

/** Changes a subscriber's details; what is left out stays, lists given replace the old ones. */
export const updateSubscriber = defineVerb({
  name: 'updateSubscriber',
  input: updateSubscriberInput,
  async run(ctx, input, tx) {
    const before = await lockSubscriber(tx, input.id);
    if (input.person && before.kind !== 'PERSON') {
      throw new DomainError(userError(E.WRONG_KIND, 'A company has no person details', ['input', 'person']));
    }
    if (input.company && before.kind !== 'COMPANY') {
      throw new DomainError(userError(E.WRONG_KIND, 'A person has no company details', ['input', 'company']));
    }
    const contractNumber = input.contract
      ? (input.contract.number ?? before.contractNumber)
      : before.contractNumber;
    if (input.contract) await checkContractFree(tx, contractNumber, before.id);
    let row: SubscriberRow;
    try {
      [row] = (await tx.db
        .update(subscribers)
        .set({
          ...(input.person || input.company ? detailColumns(input.person, input.company) : {}),
          ...(input.phones ? { phones: input.phones } : {}),
          ...(input.emails ? { emails: input.emails } : {}),
          ...(input.preferredChannel !== undefined ? { preferredChannel: input.preferredChannel } : {}),
          ...(input.contract
            ? {
                contractNumber: contractNumber ?? `Д-${today().slice(0, 4)}-${before.accountNumber}`,
                contractDate: input.contract.date ?? before.contractDate ?? today(),
                contractType: input.contract.type,
              }
            : {}),
          updatedAt: new Date(),
        })
        .where(eq(subscribers.id, before.id))
        .returning()) as [SubscriberRow];
    } catch (error) {
      throw duplicateContract(error, contractNumber, ['input', 'contract', 'number']);
    }
    if (input.person || input.company) await refreshSearchText(tx, row.id);
    await recordChange(
      ctx,
      tx,
      {
        entityType: 'Subscriber',
        entityId: row.id,
        action: 'update',
        before: auditView(before),
        after: auditView(row),
      },
      subscriberEvent(row, 'updated'),
    );
    return row;
  },
});

export const changeSubscriberStatusInput = z.object({
  id: uuid,
  status: subscriberStatus,
  reason: optionalText(500),
  date: day.nullish(),
});

/** PROSPECT → ACTIVE; ACTIVE ⇄ SUSPENDED; any → TERMINATED with a reason; TERMINATED is final. */
export const changeSubscriberStatus = defineVerb({
  name: 'changeSubscriberStatus',
  input: changeSubscriberStatusInput,
  async run(ctx, input, tx) {
    const before = await lockSubscriber(tx, input.id);
    const from = before.status as SubscriberStatus;
    if (!canMove(SUBSCRIBER_TRANSITIONS, from, input.status)) {
      throw transitionNotAllowed('subscriber', from, input.status);
    }
    if (NEEDS_REASON.has(input.status) && !input.reason) {
      throw new DomainError(
        userError(E.REASON_REQUIRED, `${input.status} needs a reason`, ['input', 'reason']),
      );
    }
    const date = input.date ?? today();
    const [row] = (await tx.db
      .update(subscribers)
      .set({
        status: input.status,
        statusReason: input.reason ?? null,
        statusDate: date,
        updatedAt: new Date(),
      })
      .where(eq(subscribers.id, before.id))
      .returning()) as [SubscriberRow];
    await tx.db.insert(subscriberStatusChanges).values({
      subscriberId: row.id,
      status: input.status,
      reason: input.reason ?? null,
      date,
      by: ctx.actor.id,
    });
    await recordChange(
      ctx,
      tx,
      {
        entityType: 'Subscriber',
        entityId: row.id,
        action: 'change-status',
        before: { status: from },
        after: { status: input.status, reason: input.reason ?? null, date },
      },
      subscriberEvent(row, 'status'),
    );
    return row;
  },
});

import { DomainError, userError } from '../../shared/errors.ts';
import { GraphQLClientError } from '../../shared/graph-client.ts';
import type { SubscribersContext } from '../context.ts';
import { SubscribersErrorCode as E } from '../domain/errors.ts';

/** A tariff as subscribing fixes it: what it is and the price the catalog quotes for one of it now. */
export interface TariffQuote {
  id: string;
  sku: string;
  name: string;
  price: string;
  pricePeriod: 'ONCE' | 'MONTH' | 'QUARTER' | 'YEAR';
  currency: string;
}

const QUOTE = `query TariffQuote($id: ID!, $lines: [QuoteLineInput!]!, $promoCode: String) {
  catalogItem(id: $id) { id sku name kind status }
  quote(input: { lines: $lines, promoCode: $promoCode }) {
    currency
    lines { amountWithVat total priceIncludesVat recurringPeriod }
    userErrors { code message }
  }
}`;

interface QuoteAnswer {
  catalogItem: { id: string; sku: string; name: string; kind: string; status: string } | null;
  quote: {
    currency: string;
    lines: {
      amountWithVat: string | null;
      total: string;
      priceIncludesVat: boolean;
      recurringPeriod: string | null;
    }[];
    userErrors: { code: string; message: string }[];
  };
}

/**
 * The catalog's quote of one of a tariff, through the gateway as the module's service identity: the item
 * must be an ACTIVE SERVICE with a price now. The price kept is what the customer pays (with VAT when the
 * catalog knows it). Refusals are userErrors on `field`; an unreachable catalog is CATALOG_UNAVAILABLE.
 */
export async function quoteTariff(
  ctx: Pick<SubscribersContext, 'graph' | 'logger' | 'requestId'>,
  tariffId: string,
  promoCode: string | null | undefined,
  field: string[],
): Promise<TariffQuote> {
  const graph = ctx.graph;
  if (!graph) {
    throw new DomainError(
      userError(E.CATALOG_UNAVAILABLE, 'The catalog cannot be reached now; try again', field),
    );
  }
  let answer: QuoteAnswer;
  try {
    answer = await graph.request<QuoteAnswer>(
      QUOTE,
      { id: tariffId, lines: [{ itemId: tariffId, quantity: '1' }], promoCode: promoCode ?? null },
      { requestId: ctx.requestId },
    );
  } catch (error) {
    if (error instanceof GraphQLClientError) {
      ctx.logger.warn({ err: error, codes: error.codes }, 'tariff quote failed');
      throw new DomainError(
        userError(E.CATALOG_UNAVAILABLE, 'The catalog cannot be reached now; try again', field),
      );
    }
    throw error;
  }
  const item = answer.catalogItem;
  if (!item) throw new DomainError(userError(E.NOT_FOUND, 'No such catalog item', field));
  if (item.kind !== 'SERVICE' || item.status !== 'ACTIVE') {
    throw new DomainError(
      userError(E.NOT_A_TARIFF, `${item.sku} is not an active service (${item.kind}, ${item.status})`, field),
    );
  }
  const line = answer.quote.lines[0];
  if (!line) {
    const why = answer.quote.userErrors.map((e) => e.message).join('; ');
    throw new DomainError(
      userError(E.NO_PRICE, `${item.sku} has no price now${why ? `: ${why}` : ''}`, field),
    );
  }
  return {
    id: item.id,
    sku: item.sku,
    name: item.name,
    price: line.amountWithVat ?? line.total,
    pricePeriod: (line.recurringPeriod ?? 'ONCE') as TariffQuote['pricePeriod'],
    currency: answer.quote.currency,
  };
}

/**
 * What assets asks other modules through the gateway (its service identity): a model is an equipment
 * model of the catalog, a warehouse exists, a premises exists and whose it is. Each refusal is a userError
 * on `field`; an unreachable graph is CATALOG_UNAVAILABLE.
 */
import { DomainError, userError } from '../../shared/errors.ts';
import { GraphQLClientError } from '../../shared/graph-client.ts';
import type { RequestContext } from '../../shared/subgraph.ts';
import { AssetsErrorCode as E } from '../domain/errors.ts';

type GraphContext = Pick<RequestContext<unknown>, 'graph' | 'logger' | 'requestId'>;

const unavailable = (field: string[]) =>
  new DomainError(userError(E.CATALOG_UNAVAILABLE, 'Another module cannot be reached now; try again', field));

async function ask<T>(
  ctx: GraphContext,
  query: string,
  variables: Record<string, unknown>,
  field: string[],
): Promise<T> {
  if (!ctx.graph) throw unavailable(field);
  try {
    return await ctx.graph.request<T>(query, variables, { requestId: ctx.requestId });
  } catch (error) {
    if (error instanceof GraphQLClientError) {
      ctx.logger.warn({ err: error, codes: error.codes }, 'graph read failed');
      throw unavailable(field);
    }
    throw error;
  }
}

export interface Model {
  id: string;
  sku: string;
  kind: string;
}

/** Catalog items by id or SKU, in one request; the equipment models among them by id and by SKU. */
export async function equipmentModels(
  ctx: GraphContext,
  refs: { ids?: readonly string[]; skus?: readonly string[] },
  field: string[],
): Promise<{ byId: Map<string, Model>; bySku: Map<string, Model>; refused: Map<string, string> }> {
  const ids = [...new Set(refs.ids ?? [])];
  const skus = [...new Set(refs.skus ?? [])];
  const parts = [
    ...ids.map((_, i) => `i${i}: catalogItem(id: $i${i}) { id sku kind }`),
    ...skus.map((_, i) => `s${i}: catalogItemBySku(sku: $s${i}) { id sku kind }`),
  ];
  const byId = new Map<string, Model>();
  const bySku = new Map<string, Model>();
  const refused = new Map<string, string>();
  if (!parts.length) return { byId, bySku, refused };
  const declared = [...ids.map((_, i) => `$i${i}: ID!`), ...skus.map((_, i) => `$s${i}: String!`)].join(', ');
  const variables = Object.fromEntries([
    ...ids.map((id, i) => [`i${i}`, id]),
    ...skus.map((sku, i) => [`s${i}`, sku]),
  ]);
  const data = await ask<Record<string, Model | null>>(
    ctx,
    `query Models(${declared}) { ${parts.join(' ')} }`,
    variables,
    field,
  );
  for (const [key, model] of Object.entries(data)) {
    const asked = key.startsWith('i') ? ids[Number(key.slice(1))] : skus[Number(key.slice(1))];
    if (!asked) continue;
    if (!model) refused.set(asked, 'NOT_FOUND');
    else if (model.kind !== 'EQUIPMENT_MODEL') refused.set(asked, E.NOT_EQUIPMENT_MODEL);
    else {
      byId.set(model.id, model);
      bySku.set(model.sku.toUpperCase(), model);
    }
  }
  return { byId, bySku, refused };
}

/** The model of a unit, or a refusal on `field`. */
export async function equipmentModel(ctx: GraphContext, id: string, field: string[]): Promise<Model> {
  const { byId, refused } = await equipmentModels(ctx, { ids: [id] }, field);
  const model = byId.get(id);
  if (model) return model;
  const code = refused.get(id) ?? 'NOT_FOUND';
  throw new DomainError(
    userError(
      code,
      code === 'NOT_FOUND' ? 'No such catalog item' : 'The item is not an equipment model',
      field,
    ),
  );
}

/** A warehouse or van by id (not a system location); refusal when none. */
export async function checkWarehouse(ctx: GraphContext, id: string, field: string[]): Promise<void> {
  const data = await ask<{ warehouse: { id: string } | null }>(
    ctx,
    'query Warehouse($id: ID!) { warehouse(id: $id) { id } }',
    { id },
    field,
  );
  if (!data.warehouse) throw new DomainError(userError(E.NOT_FOUND, 'No such warehouse', field));
}

/** The subscriber a premises belongs to; refusal when there is no such premises. */
export async function subscriberOfPremises(ctx: GraphContext, id: string, field: string[]): Promise<string> {
  const data = await ask<{ premises: { id: string; subscriber: { id: string } } | null }>(
    ctx,
    'query Premises($id: ID!) { premises(id: $id) { id subscriber { id } } }',
    { id },
    field,
  );
  if (!data.premises) throw new DomainError(userError(E.NOT_FOUND, 'No such premises', field));
  return data.premises.subscriber.id;
}

/** A subscriber's first premises (where the warehouse's issue to them installs a unit); null when none. */
export async function firstPremisesOf(ctx: GraphContext, subscriberId: string): Promise<string | null> {
  const data = await ask<{ subscriber: { premises: { id: string }[] } | null }>(
    ctx,
    'query SubscriberPremises($id: ID!) { subscriber(id: $id) { premises { id } } }',
    { id: subscriberId },
    ['subscriberId'],
  );
  return data.subscriber?.premises[0]?.id ?? null;
}

/**
 * What assets asks other modules through the gateway (its service identity): a model is an equipment
 * model of the catalog, a warehouse exists, a premises exists and whose it is. Each refusal is a userError
 * on `field`; an unreachable graph is CATALOG_UNAVAILABLE.
 */
import { DomainError, userError } from '../../shared/errors.ts';
import { type GraphClient, GraphQLClientError, readRootFields } from '../../shared/graph-client.ts';
import type { RequestContext } from '../../shared/subgraph.ts';
import { AssetsErrorCode as E } from '../domain/errors.ts';

type GraphContext = Pick<RequestContext<unknown>, 'graph' | 'logger' | 'requestId'>;

const unavailable = (field: string[]) =>
  new DomainError(userError(E.CATALOG_UNAVAILABLE, 'Another module cannot be reached now; try again', field));

/** Runs a read through the graph; an unreachable graph (or a refused read) is CATALOG_UNAVAILABLE on `field`. */
async function guarded<T>(
  ctx: GraphContext,
  field: string[],
  read: (graph: GraphClient) => Promise<T>,
): Promise<T> {
  if (!ctx.graph) throw unavailable(field);
  try {
    return await read(ctx.graph);
  } catch (error) {
    if (error instanceof GraphQLClientError) {
      ctx.logger.warn({ err: error, codes: error.codes }, 'graph read failed');
      throw unavailable(field);
    }
    throw error;
  }
}

const ask = <T>(ctx: GraphContext, query: string, variables: Record<string, unknown>, field: string[]) =>
  guarded(ctx, field, (graph) => graph.request<T>(query, variables, { requestId: ctx.requestId }));

export interface Model {
  id: string;
  sku: string;
  kind: string;
}

/**
 * Catalog items by id or SKU, the equipment models among them by id and by SKU. Ten items a request (the
 * gateway takes no more root fields in one), four requests at a time.
 */
export async function equipmentModels(
  ctx: GraphContext,
  refs: { ids?: readonly string[]; skus?: readonly string[] },
  field: string[],
): Promise<{ byId: Map<string, Model>; bySku: Map<string, Model>; refused: Map<string, string> }> {
  const ids = [...new Set(refs.ids ?? [])];
  const skus = [...new Set(refs.skus ?? [])];
  const byId = new Map<string, Model>();
  const bySku = new Map<string, Model>();
  const refused = new Map<string, string>();
  if (!ids.length && !skus.length) return { byId, bySku, refused };
  const asked = [...ids, ...skus];
  const models = await guarded(ctx, field, (graph) =>
    readRootFields<Model>(
      graph,
      'Models',
      [
        ...ids.map((id) => ({
          field: (v: string) => `catalogItem(id: ${v}) { id sku kind }`,
          type: 'ID!',
          value: id,
        })),
        ...skus.map((sku) => ({
          field: (v: string) => `catalogItemBySku(sku: ${v}) { id sku kind }`,
          type: 'String!',
          value: sku,
        })),
      ],
      { requestId: ctx.requestId },
    ),
  );
  models.forEach((model, i) => {
    const key = asked[i] as string;
    if (!model) refused.set(key, 'NOT_FOUND');
    else if (model.kind !== 'EQUIPMENT_MODEL') refused.set(key, E.NOT_EQUIPMENT_MODEL);
    else {
      byId.set(model.id, model);
      bySku.set(model.sku.toUpperCase(), model);
    }
  });
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

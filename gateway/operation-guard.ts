import { Supergraph } from '@apollo/federation-internals';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { Actor } from '../subgraphs/shared/auth.ts';
import { bulkInputLimits } from '../subgraphs/shared/http.ts';
import { NoIntrospection } from '../subgraphs/shared/socket.ts';
import type { GatewayContext } from './data-sources.ts';
import {
  type CostModel,
  checkLimits,
  checkValues,
  LimitError,
  limitExtensions,
  type OperationLimits,
  parseWithTokenLimit,
  readFieldCosts,
  selectOperation,
  ValueError,
} from './limits.ts';

/** The caller of a request without a token: allowed introspection only, while introspection is on. */
export const ANONYMOUS: Actor = { id: 'anonymous', roles: [], scopes: [] };

export interface GuardedOperation {
  operation: OperationDefinitionNode;
  /** Made only of `@bulkInput` fields: the larger body limit and the longer deadline apply. */
  bulk: boolean;
}

export interface OperationGuard {
  /** The API schema operations are validated and measured against. */
  schema: GraphQLSchema;
  /** Parses a WebSocket operation under the same length and token limits as HTTP (Apollo parses HTTP). */
  parse(source: unknown): DocumentNode;
  /** Validates a WebSocket operation against the API schema, introspection refused when off (Apollo validates HTTP). */
  validate(document: DocumentNode): readonly GraphQLError[];
  /**
   * The one check every operation passes before any subgraph is called, HTTP (APQ included) and
   * WebSocket alike: the operation resolves, an anonymous caller only introspects, the limits hold, the
   * values are sane, a large body belongs to a bulk input. Throws a GraphQLError with a code and an
   * HTTP status.
   */
  check(request: {
    document: DocumentNode;
    operationName?: string | null | undefined;
    variables?: Record<string, unknown> | null | undefined;
    actor: Actor;
    bodyBytes?: number | undefined;
  }): GuardedOperation;
  /** Apollo's side of it: `check` at `didResolveOperation`, with the operation's deadline set. */
  plugin: ApolloServerPlugin<GatewayContext>;
}

const refuse = (code: string, message: string, status: number, extensions: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, http: { status }, ...extensions } });

/** True when every root field of the operation is `__schema`, `__type` or `__typename`. */
function isIntrospectionOnly(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'))
  );
}

export function createOperationGuard(opts: {
  supergraphSdl: string;
  limits: OperationLimits;
  introspection: boolean;
  subgraphTimeoutMs: number;
  bulkTimeoutMs: number;
}): OperationGuard {
  const { limits } = opts;
  const supergraph = Supergraph.build(opts.supergraphSdl);
  const schema = supergraph.apiSchema().toGraphQLJSSchema();
  const sdl = parse(opts.supergraphSdl);
  const model: CostModel = { schema, fields: readFieldCosts(sdl) };
  const bulk = bulkInputLimits(sdl);
  // Apollo refuses introspection over HTTP when it is off; a socket's operations are refused the same.
  const rules = opts.introspection ? specifiedRules : [...specifiedRules, NoIntrospection];

  const check: OperationGuard['check'] = ({ document, operationName, variables, actor, bodyBytes }) => {
    const operation = selectOperation(document, operationName);
    if (!operation) {
      throw refuse(
        'OPERATION_RESOLUTION_FAILURE',
        operationName
          ? `Unknown operation named "${operationName}"`
          : 'The document has several operations: give an operationName',
        400,
      );
    }
    if (actor === ANONYMOUS && !(opts.introspection && isIntrospectionOnly(operation))) {
      throw refuse('UNAUTHENTICATED', 'An access token is required', 401);
    }
    const vars = (variables ?? undefined) as Record<string, unknown> | undefined;
    try {
      checkLimits(document, operation, vars, limits, model);
      checkValues(document, operation, vars);
    } catch (error) {
      if (error instanceof LimitError) throw refuse(error.code, error.message, 400, limitExtensions(error));
      if (error instanceof ValueError)
        throw refuse('BAD_USER_INPUT', error.message, 400, { field: error.field });
      throw error;
    }
    const roots = operation.selectionSet.selections.filter(
      (s) => !(s.kind === Kind.FIELD && s.name.value === '__typename'),
    );
    const bulkLimit =
      operation.operation === 'mutation' && roots.length > 0
        ? Math.min(...roots.map((s) => (s.kind === Kind.FIELD ? (bulk.get(s.name.value) ?? 0) : 0)))
        : 0;
    if (bodyBytes !== undefined && bodyBytes > limits.maxBodyBytes && bodyBytes > bulkLimit) {
      throw refuse(
        'PAYLOAD_TOO_LARGE',
        bulkLimit
          ? `The request body is larger than the ${bulkLimit} bytes this import takes`
          : `The request body is larger than ${limits.maxBodyBytes} bytes; only an import takes more`,
        413,
      );
    }
    return { operation, bulk: bulkLimit > 0 };
  };

  return {
    schema,
    parse: (source) => {
      if (typeof source !== 'string' || !source) {
        throw refuse('BAD_REQUEST', 'An operation needs a `query` string', 400);
      }
      try {
        return parseWithTokenLimit(source, limits);
      } catch (error) {
        if (error instanceof LimitError) throw refuse(error.code, error.message, 400, limitExtensions(error));
        if (error instanceof GraphQLError) {
          throw new GraphQLError(error.message, {
            source: error.source,
            positions: error.positions,
            extensions: { code: 'GRAPHQL_PARSE_FAILED', http: { status: 400 } },
          });
        }
        throw error;
      }
    },
    validate: (document) =>
      validate(schema, document, rules).map(
        (e) =>
          new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      ),
    check,
    plugin: {
      async requestDidStart() {
        return {
          async didResolveOperation({ document, request, contextValue }) {
            const { bulk: isBulk } = check({
              document,
              operationName: request.operationName,
              variables: request.variables,
              actor: contextValue.actor,
              bodyBytes: contextValue.bodyBytes,
            });
            if (isBulk) contextValue.deadline = Date.now() + opts.bulkTimeoutMs;
          },
        };
      },
    },
  };
}

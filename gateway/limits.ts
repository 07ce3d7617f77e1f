// Operation limits applied to every operation (query, mutation, subscription; HTTP, persisted and
// WebSocket alike) before any subgraph is called: the text's length and tokens while parsing, then
// depth, aliases, root fields, directives, page sizes and an estimated cost on the selected operation,
// and the values it carries (literals and variables).

import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';
import { DEFAULT_MAX_BODY_BYTES } from '../subgraphs/shared/http.ts';

export interface OperationLimits {
  /** Maximum nesting of fields (a root field is depth 1). */
  maxDepth: number;
  /** Maximum number of aliased fields in the selected operation, fragments expanded. */
  maxAliases: number;
  /** Maximum number of distinct root fields (response keys) of the selected operation. */
  maxRootFields: number;
  /** Maximum number of lexical tokens in the document (checked while parsing). */
  maxTokens: number;
  /** Maximum length of the document's text in characters, comments and whitespace included. */
  maxQueryChars: number;
  /** Maximum number of directives used in the selected operation, fragments expanded. */
  maxDirectives: number;
  /** Maximum estimated cost (see `checkLimits`). */
  maxCost: number;
  /** Maximum value of any `first` / `last` argument. */
  maxPageSize: number;
  /** Maximum request body (and WebSocket frame) size; enforced by the HTTP and WebSocket layers. */
  maxBodyBytes: number;
}

export const defaultLimits: OperationLimits = Object.freeze({
  maxDepth: 12,
  maxAliases: 30,
  maxRootFields: 10,
  maxTokens: 5000,
  maxQueryChars: 50_000,
  maxDirectives: 50,
  maxCost: 20000,
  maxPageSize: 100,
  maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
});

/** Nesting of list and object values (literals and variables) an operation may carry. */
const MAX_VALUE_DEPTH = 16;

export class LimitError extends Error {
  /** QUERY_TOO_DEEP, QUERY_TOO_LONG, TOO_MANY_ALIASES, TOO_MANY_ROOT_FIELDS, TOO_MANY_TOKENS, TOO_MANY_DIRECTIVES, QUERY_TOO_COSTLY, PAGE_SIZE_EXCEEDED or BAD_PAGE_SIZE. */
  readonly code: string;
  /** The configured limit that was exceeded (0 for BAD_PAGE_SIZE). */
  readonly limit: number;
  /** The measured value (for TOO_MANY_TOKENS: limit + 1, parsing stops at the first token over). */
  readonly actual: number;

  constructor(code: string, message: string, limit: number, actual: number) {
    super(message);
    this.name = 'LimitError';
    this.code = code;
    this.limit = limit;
    this.actual = actual;
  }
}

/**
 * What a client is told of a limit refusal, over HTTP and WebSocket alike: its code, the configured limit
 * and the measured value.
 */
export function limitExtensions(error: LimitError): { code: string; limit: number; actual: number } {
  return { code: error.code, limit: error.limit, actual: error.actual };
}

// graphql 16.15 says "Document contains more that N tokens"; accept the corrected spelling too.
const TOKEN_LIMIT_MESSAGE = /Document contains more th(?:at|an) \d+ tokens/;

/** True when a parse error is graphql-js stopping at the token limit. */
export function isTokenLimitError(error: unknown): boolean {
  return error instanceof Error && TOKEN_LIMIT_MESSAGE.test(error.message);
}

export function tooManyTokens(limits: OperationLimits): LimitError {
  return new LimitError(
    'TOO_MANY_TOKENS',
    `Query exceeds the limit of ${limits.maxTokens} tokens`,
    limits.maxTokens,
    limits.maxTokens + 1,
  );
}

/** Refuses a document text longer than the character limit, before any parsing. */
export function checkQueryLength(source: string, limits: OperationLimits): void {
  if (source.length > limits.maxQueryChars) {
    throw new LimitError(
      'QUERY_TOO_LONG',
      `The query is ${source.length} characters long, over the limit of ${limits.maxQueryChars} (comments and whitespace count)`,
      limits.maxQueryChars,
      source.length,
    );
  }
}

/**
 * Parses `source` under the character limit, aborting as soon as the document has more than
 * `limits.maxTokens` tokens. Over a limit throws LimitError; other syntax errors are rethrown unchanged.
 */
export function parseWithTokenLimit(source: string, limits: OperationLimits): DocumentNode {
  checkQueryLength(source, limits);
  try {
    return parse(source, { maxTokens: limits.maxTokens });
  } catch (error) {
    if (error instanceof GraphQLError && isTokenLimitError(error)) throw tooManyTokens(limits);
    throw error;
  }
}

/** What the schema says a field costs: `@cost(weight:)` and `@listSize(...)` from the supergraph. */
export interface FieldCost {
  weight?: number;
  assumedSize?: number;
  slicingArguments?: string[];
  /** The lists inside the field's type that the slicing sizes (a connection's `edges` and `nodes`). */
  sizedFields?: string[];
}

/** The schema an operation is measured against, and its fields' declared costs (`Type.field`). */
export interface CostModel {
  schema: GraphQLSchema;
  fields: ReadonlyMap<string, FieldCost>;
}

/** Unannotated lists are assumed to hold this many items; paged lists without a page size, the default page. */
const DEFAULT_LIST_SIZE = 10;
const DEFAULT_PAGE_SIZE = 20;

/** Reads `@cost` and `@listSize` of every object and interface field of an SDL (the supergraph's). */
export function readFieldCosts(sdl: DocumentNode): Map<string, FieldCost> {
  const costs = new Map<string, FieldCost>();
  const intArg = (
    node: { arguments?: readonly { name: { value: string }; value: ValueNode }[] } | undefined,
    name: string,
  ) => {
    const value = node?.arguments?.find((a) => a.name.value === name)?.value;
    return value?.kind === Kind.INT ? Number(value.value) : undefined;
  };
  for (const definition of sdl.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION
    ) {
      continue;
    }
    for (const field of definition.fields ?? []) {
      const cost = field.directives?.find((d) => d.name.value === 'cost');
      const listSize = field.directives?.find((d) => d.name.value === 'listSize');
      if (!cost && !listSize) continue;
      const strings = (name: string) => {
        const value = listSize?.arguments?.find((a) => a.name.value === name)?.value;
        return value?.kind === Kind.LIST
          ? value.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : []))
          : undefined;
      };
      const slicing = strings('slicingArguments');
      const sized = strings('sizedFields');
      costs.set(`${definition.name.value}.${field.name.value}`, {
        ...(cost ? { weight: intArg(cost, 'weight') } : {}),
        ...(listSize && intArg(listSize, 'assumedSize') !== undefined
          ? { assumedSize: intArg(listSize, 'assumedSize') }
          : {}),
        ...(slicing ? { slicingArguments: slicing } : {}),
        ...(sized ? { sizedFields: sized } : {}),
      });
    }
  }
  return costs;
}

interface Stats {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

const ZERO: Stats = { depth: 0, aliases: 0, directives: 0, cost: 0 };

const PAGE_ARGUMENTS = new Set(['first', 'last']);

function isIntrospectionRoot(name: string): boolean {
  return name === '__schema' || name === '__type';
}

/** The fragments of a document by name. */
function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

/** The operation a request names (`operationName`), else the document's only one; else undefined. */
export function selectOperation(
  document: DocumentNode,
  operationName: string | undefined | null,
): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (operationName == null) {
    return operations.length === 1 ? operations[0] : undefined;
  }
  return operations.find((operation) => operation.name?.value === operationName);
}

/**
 * Checks `operation`, the operation of `document` the request selected (Apollo's resolved operation, or
 * `selectOperation`), against `limits`; throws LimitError on the first limit exceeded (checked in this
 * order: depth, aliases, root fields, directives, page size, cost). Without an operation (unknown name,
 * several operations and no name) nothing is checked: the caller reports that error itself.
 *
 * Fragments (named and inline) are expanded where they are spread. A spread that would re-enter a
 * fragment already being expanded (a fragment cycle, rejected later by validation) contributes
 * nothing. Each fragment is analysed once per context (results are memoised), so documents that
 * spread fragments exponentially are measured in linear time, with their full expanded size.
 *
 * - depth: field nesting; `__typename` does not count, `__schema` / `__type` count as one level and
 *   nothing below them does.
 * - aliases and directives: every aliased field and every directive use, including inside
 *   introspection.
 * - root fields: distinct response keys at the root (fragments followed), `__typename` excluded.
 * - page size: every `first` / `last` argument (literal, or variable with its value or default)
 *   must be 0..maxPageSize; negative is BAD_PAGE_SIZE, too large PAGE_SIZE_EXCEEDED.
 * - cost: each field costs 1 (or its `@cost` weight); a field returning a list multiplies the cost of
 *   its sub-selection by the list's size: the largest of its slicing arguments (`first`, `last`,
 *   `limit`…, from `@listSize(slicingArguments:)`, else `first`/`last`), else its `@listSize`
 *   assumed size, else the default page (20) for a paged field and 10 for any other list. Nested
 *   lists compound. `__typename` and fields under introspection cost nothing. Without a cost model
 *   (no schema) only `first`/`last` multiply.
 */
export function checkLimits(
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown> | undefined,
  limits: OperationLimits,
  model?: CostModel,
): void {
  if (!operation) return;

  const fragments = fragmentsOf(document);
  const variableDefinitions = new Map<string, VariableDefinitionNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    variableDefinitions.set(definition.variable.name.value, definition);
  }

  let pageError: LimitError | undefined;
  const memo = new Map<string, Stats>();
  const expanding = new Set<string>();

  const numericValue = (value: ValueNode, allowVariable: boolean): number | undefined => {
    switch (value.kind) {
      case Kind.INT:
      case Kind.FLOAT:
        return Number(value.value);
      case Kind.VARIABLE: {
        if (!allowVariable) return undefined;
        const name = value.name.value;
        const provided = variables?.[name];
        if (provided !== undefined) {
          return typeof provided === 'number' && !Number.isNaN(provided) ? provided : undefined;
        }
        const defaultValue = variableDefinitions.get(name)?.defaultValue;
        return defaultValue ? numericValue(defaultValue, false) : undefined;
      }
      default:
        return undefined;
    }
  };

  const argumentValue = (field: FieldNode, name: string) => {
    const argument = field.arguments?.find((a) => a.name.value === name);
    return argument ? numericValue(argument.value, true) : undefined;
  };

  // Records the first page-size violation met.
  const checkPageSizes = (field: FieldNode): void => {
    for (const argument of field.arguments ?? []) {
      const argumentName = argument.name.value;
      if (!PAGE_ARGUMENTS.has(argumentName)) continue;
      const value = numericValue(argument.value, true);
      if (value === undefined || pageError) continue;
      if (value < 0) {
        pageError = new LimitError(
          'BAD_PAGE_SIZE',
          `Page size ${value} for argument "${argumentName}" on field "${field.name.value}" must not be negative`,
          0,
          value,
        );
      } else if (value > limits.maxPageSize) {
        pageError = new LimitError(
          'PAGE_SIZE_EXCEEDED',
          `Page size ${value} for argument "${argumentName}" on field "${field.name.value}" exceeds the limit of ${limits.maxPageSize}`,
          limits.maxPageSize,
          value,
        );
      }
    }
  };

  /** The factor a field's sub-selection is counted by, and what the field itself costs. */
  const sizeOf = (
    field: FieldNode,
    parent: GraphQLCompositeType | undefined,
    sized: readonly string[] | undefined,
  ): { size: number; weight: number } => {
    // A connection's `nodes` and `edges` are the list its page size already counted.
    if (sized?.includes(field.name.value)) return { size: 1, weight: 1 };
    const definition =
      parent && (isObjectType(parent) || isInterfaceType(parent))
        ? parent.getFields()[field.name.value]
        : undefined;
    const declared = parent ? model?.fields.get(`${parent.name}.${field.name.value}`) : undefined;
    const weight = declared?.weight ?? 1;
    const slicing = declared?.slicingArguments ?? ['first', 'last'];
    const sizes = slicing
      .map((name) => argumentValue(field, name))
      .filter((n): n is number => n !== undefined);
    if (sizes.length) return { size: Math.max(0, ...sizes), weight };
    if (!model) return { size: 1, weight };
    if (declared?.assumedSize !== undefined) return { size: declared.assumedSize, weight };
    if (declared?.slicingArguments) return { size: DEFAULT_PAGE_SIZE, weight };
    const isList = definition ? isListType(getNullableType(definition.type)) : false;
    return { size: isList ? DEFAULT_LIST_SIZE : 1, weight };
  };

  const childType = (
    field: FieldNode,
    parent: GraphQLCompositeType | undefined,
  ): GraphQLCompositeType | undefined => {
    if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;
    const named = getNamedType(parent.getFields()[field.name.value]?.type);
    return named && isCompositeType(named) ? named : undefined;
  };

  const typeNamed = (name: string | undefined): GraphQLCompositeType | undefined => {
    const type = name ? model?.schema.getType(name) : undefined;
    return type && isCompositeType(type) ? type : undefined;
  };

  const fragmentStats = (
    name: string,
    inIntrospection: boolean,
    sized: readonly string[] | undefined,
  ): Stats => {
    const key = `${inIntrospection ? 'i' : 'o'}:${sized?.join(',') ?? ''}:${name}`;
    const known = memo.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || expanding.has(key)) return ZERO; // unknown fragment or cycle: validation reports it
    expanding.add(key);
    const stats = analyse(
      fragment.selectionSet,
      typeNamed(fragment.typeCondition.name.value),
      inIntrospection,
      sized,
    );
    const own = fragment.directives?.length ?? 0;
    expanding.delete(key);
    const total = { ...stats, directives: stats.directives + own };
    memo.set(key, total);
    return total;
  };

  const analyse = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType | undefined,
    inIntrospection: boolean,
    sized?: readonly string[],
  ): Stats => {
    let depth = 0;
    let aliases = 0;
    let directives = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        checkPageSizes(selection);
        const name = selection.name.value;
        const childIntrospection = inIntrospection || isIntrospectionRoot(name);
        const declared = parent ? model?.fields.get(`${parent.name}.${name}`) : undefined;
        const sub = selection.selectionSet
          ? analyse(
              selection.selectionSet,
              childType(selection, parent),
              childIntrospection,
              declared?.sizedFields,
            )
          : ZERO;
        aliases += sub.aliases;
        directives += sub.directives;
        if (inIntrospection || name === '__typename') continue;
        depth = Math.max(depth, 1 + sub.depth);
        const { size, weight } = isIntrospectionRoot(name)
          ? { size: 1, weight: 1 }
          : sizeOf(selection, parent, sized);
        cost += weight + size * sub.cost;
      } else {
        const sub =
          selection.kind === Kind.INLINE_FRAGMENT
            ? analyse(
                selection.selectionSet,
                selection.typeCondition ? typeNamed(selection.typeCondition.name.value) : parent,
                inIntrospection,
                sized,
              )
            : fragmentStats(selection.name.value, inIntrospection, sized);
        depth = Math.max(depth, sub.depth);
        aliases += sub.aliases;
        directives += sub.directives;
        cost += sub.cost;
      }
    }
    return { depth, aliases, directives, cost };
  };

  const rootKeys = new Set<string>();
  const visitedRootFragments = new Set<string>();
  const collectRootKeys = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename') rootKeys.add((selection.alias ?? selection.name).value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collectRootKeys(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visitedRootFragments.has(name)) continue;
        visitedRootFragments.add(name);
        collectRootKeys(fragment.selectionSet);
      }
    }
  };

  const rootType = model
    ? ({
        query: model.schema.getQueryType(),
        mutation: model.schema.getMutationType(),
        subscription: model.schema.getSubscriptionType(),
      }[operation.operation] ?? undefined)
    : undefined;
  const stats = analyse(operation.selectionSet, rootType, false);
  const directives = stats.directives + (operation.directives?.length ?? 0);
  collectRootKeys(operation.selectionSet);

  if (stats.depth > limits.maxDepth) {
    throw new LimitError(
      'QUERY_TOO_DEEP',
      `Query depth ${stats.depth} exceeds the limit of ${limits.maxDepth}`,
      limits.maxDepth,
      stats.depth,
    );
  }
  if (stats.aliases > limits.maxAliases) {
    throw new LimitError(
      'TOO_MANY_ALIASES',
      `Query uses ${stats.aliases} aliases, exceeding the limit of ${limits.maxAliases}`,
      limits.maxAliases,
      stats.aliases,
    );
  }
  if (rootKeys.size > limits.maxRootFields) {
    throw new LimitError(
      'TOO_MANY_ROOT_FIELDS',
      `Query selects ${rootKeys.size} root fields, exceeding the limit of ${limits.maxRootFields}`,
      limits.maxRootFields,
      rootKeys.size,
    );
  }
  if (directives > limits.maxDirectives) {
    throw new LimitError(
      'TOO_MANY_DIRECTIVES',
      `Query uses ${directives} directives, exceeding the limit of ${limits.maxDirectives}`,
      limits.maxDirectives,
      directives,
    );
  }
  if (pageError) throw pageError;
  if (stats.cost > limits.maxCost) {
    throw new LimitError(
      'QUERY_TOO_COSTLY',
      `Query cost ${stats.cost} exceeds the limit of ${limits.maxCost}`,
      limits.maxCost,
      stats.cost,
    );
  }
}

/** A value a client sent that no subgraph could take: where it is and why. */
export class ValueError extends Error {
  readonly field: string[];
  constructor(message: string, field: string[]) {
    super(message);
    this.name = 'ValueError';
    this.field = field;
  }
}

/**
 * Refuses values no field can take, before the query planner or a subgraph sees them: numbers that are
 * not finite (a literal `1e999`, or `1e999` in the variables' JSON, both become Infinity) and lists or
 * objects nested deeper than `MAX_VALUE_DEPTH` (which would overflow the stack of whatever walks them).
 * Variables are walked without recursion; literals of `operation` (the selected one, see `checkLimits`)
 * and of the fragments it spreads. Text is checked by each subgraph, which knows the field.
 */
export function checkValues(
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown> | undefined,
): void {
  const stack: [unknown, string[], number][] = Object.entries(variables ?? {}).map(([k, v]) => [v, [k], 0]);
  while (stack.length) {
    const [value, path, depth] = stack.pop()!;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new ValueError(`Variable \`$${path.join('.')}\` holds a number that is not finite`, path);
    }
    if (value && typeof value === 'object') {
      if (depth >= MAX_VALUE_DEPTH) {
        throw new ValueError(
          `Variable \`$${path[0]}\` is nested deeper than ${MAX_VALUE_DEPTH} levels`,
          path.slice(0, 1),
        );
      }
      for (const [k, v] of Object.entries(value)) stack.push([v, [...path, k], depth + 1]);
    }
  }
  if (!operation) return;
  const fragments = fragmentsOf(document);
  const literal = (value: ValueNode, depth: number, path: string[]): void => {
    if (value.kind === Kind.FLOAT || value.kind === Kind.INT) {
      if (!Number.isFinite(Number(value.value))) {
        throw new ValueError(`\`${path.join('.')}\` is a number that is not finite`, path);
      }
    } else if (value.kind === Kind.LIST || value.kind === Kind.OBJECT) {
      if (depth >= MAX_VALUE_DEPTH) {
        throw new ValueError(`\`${path.join('.')}\` is nested deeper than ${MAX_VALUE_DEPTH} levels`, path);
      }
      if (value.kind === Kind.LIST) {
        for (const [i, v] of value.values.entries()) literal(v, depth + 1, [...path, String(i)]);
      } else {
        for (const f of value.fields) literal(f.value, depth + 1, [...path, f.name.value]);
      }
    }
  };
  const visit = (selectionSet: SelectionSetNode, seen: Set<string>): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        for (const a of selection.arguments ?? []) literal(a.value, 0, [a.name.value]);
        if (selection.selectionSet) visit(selection.selectionSet, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet, seen);
      }
    }
  };
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) literal(definition.defaultValue, 0, [definition.variable.name.value]);
  }
  visit(operation.selectionSet, new Set());
}

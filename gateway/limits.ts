// Operation limits applied to every operation (query, mutation, subscription) before any subgraph
// is called: token count while parsing, then depth, aliases, root fields, page sizes and an
// estimated cost on the selected operation of the parsed document.

import type {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
  VariableDefinitionNode,
} from 'graphql';
import { GraphQLError, Kind, parse } from 'graphql';

export interface OperationLimits {
  /** Maximum nesting of fields (a root field is depth 1). */
  maxDepth: number;
  /** Maximum number of aliased fields in the selected operation, fragments expanded. */
  maxAliases: number;
  /** Maximum number of distinct root fields (response keys) of the selected operation. */
  maxRootFields: number;
  /** Maximum number of lexical tokens in the document (checked while parsing). */
  maxTokens: number;
  /** Maximum estimated cost (see `checkLimits`). */
  maxCost: number;
  /** Maximum value of any `first` / `last` argument. */
  maxPageSize: number;
  /** Maximum HTTP request body size; enforced by the HTTP layer, not here. */
  maxBodyBytes: number;
}

export const defaultLimits: OperationLimits = Object.freeze({
  maxDepth: 12,
  maxAliases: 30,
  maxRootFields: 10,
  maxTokens: 5000,
  maxCost: 20000,
  maxPageSize: 100,
  maxBodyBytes: 1_000_000,
});

export class LimitError extends Error {
  /** One of QUERY_TOO_DEEP, TOO_MANY_ALIASES, TOO_MANY_ROOT_FIELDS, TOO_MANY_TOKENS, QUERY_TOO_COSTLY, PAGE_SIZE_EXCEEDED, BAD_PAGE_SIZE. */
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

// graphql 16.15 says "Document contains more that N tokens"; accept the corrected spelling too.
const TOKEN_LIMIT_MESSAGE = /Document contains more th(?:at|an) \d+ tokens/;

/**
 * Parses `source`, aborting as soon as the document has more than `limits.maxTokens` tokens.
 * A token overflow throws LimitError TOO_MANY_TOKENS; other syntax errors are rethrown unchanged.
 */
export function parseWithTokenLimit(source: string, limits: OperationLimits): DocumentNode {
  try {
    return parse(source, { maxTokens: limits.maxTokens });
  } catch (error) {
    if (error instanceof GraphQLError && TOKEN_LIMIT_MESSAGE.test(error.message)) {
      throw new LimitError(
        'TOO_MANY_TOKENS',
        `Query exceeds the limit of ${limits.maxTokens} tokens`,
        limits.maxTokens,
        limits.maxTokens + 1,
      );
    }
    throw error;
  }
}

interface Stats {
  depth: number;
  aliases: number;
  cost: number;
}

const ZERO: Stats = { depth: 0, aliases: 0, cost: 0 };

const PAGE_ARGUMENTS = new Set(['first', 'last']);

function isIntrospectionRoot(name: string): boolean {
  return name === '__schema' || name === '__type';
}

function selectOperation(
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
 * Checks the selected operation of `document` against `limits`; throws LimitError on the first
 * limit exceeded (checked in this order: depth, aliases, root fields, page size, cost).
 *
 * The selected operation is `operationName` if given, else the only operation. When it cannot be
 * determined (unknown name, several operations and no name) nothing is checked: the executor
 * reports that error itself.
 *
 * Fragments (named and inline) are expanded where they are spread. A spread that would re-enter a
 * fragment already being expanded (a fragment cycle, rejected later by validation) contributes
 * nothing. Each fragment is analysed once per context (results are memoised), so documents that
 * spread fragments exponentially are measured in linear time, with their full expanded size.
 *
 * - depth: field nesting; `__typename` does not count, `__schema` / `__type` count as one level and
 *   nothing below them does.
 * - aliases: every aliased field, including inside introspection.
 * - root fields: distinct response keys at the root (fragments followed), `__typename` excluded.
 * - page size: every `first` / `last` argument (literal, or variable with its value or default)
 *   must be 0..maxPageSize; negative is BAD_PAGE_SIZE, too large PAGE_SIZE_EXCEEDED.
 * - cost: each field costs 1; a field with `first` / `last` adds its sub-selection cost multiplied
 *   by that value (the larger one if both), otherwise its sub-selection cost once. Nested pages
 *   compound. `__typename` and fields under introspection cost nothing.
 */
export function checkLimits(
  document: DocumentNode,
  operationName: string | undefined | null,
  variables: Record<string, unknown> | undefined,
  limits: OperationLimits,
): void {
  const operation = selectOperation(document, operationName);
  if (!operation) return;

  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
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

  // Returns the page multiplier of the field (undefined when it has no first/last), recording the
  // first page-size violation met.
  const pageSize = (field: FieldNode): number | undefined => {
    let size: number | undefined;
    for (const argument of field.arguments ?? []) {
      const argumentName = argument.name.value;
      if (!PAGE_ARGUMENTS.has(argumentName)) continue;
      const value = numericValue(argument.value, true);
      if (value === undefined) continue;
      if (!pageError && value < 0) {
        pageError = new LimitError(
          'BAD_PAGE_SIZE',
          `Page size ${value} for argument "${argumentName}" on field "${field.name.value}" must not be negative`,
          0,
          value,
        );
      } else if (!pageError && value > limits.maxPageSize) {
        pageError = new LimitError(
          'PAGE_SIZE_EXCEEDED',
          `Page size ${value} for argument "${argumentName}" on field "${field.name.value}" exceeds the limit of ${limits.maxPageSize}`,
          limits.maxPageSize,
          value,
        );
      }
      size = Math.max(size ?? 0, value);
    }
    return size;
  };

  const fragmentStats = (name: string, inIntrospection: boolean): Stats => {
    const key = `${inIntrospection ? 'i' : 'o'}:${name}`;
    const known = memo.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || expanding.has(key)) return ZERO; // unknown fragment or cycle: validation reports it
    expanding.add(key);
    const stats = analyse(fragment.selectionSet, inIntrospection);
    expanding.delete(key);
    memo.set(key, stats);
    return stats;
  };

  const analyse = (selectionSet: SelectionSetNode, inIntrospection: boolean): Stats => {
    let depth = 0;
    let aliases = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        const size = pageSize(selection);
        const name = selection.name.value;
        const childIntrospection = inIntrospection || isIntrospectionRoot(name);
        const sub = selection.selectionSet ? analyse(selection.selectionSet, childIntrospection) : ZERO;
        aliases += sub.aliases;
        if (inIntrospection || name === '__typename') continue;
        depth = Math.max(depth, 1 + sub.depth);
        cost += 1 + (size ?? 1) * sub.cost;
      } else {
        const sub =
          selection.kind === Kind.INLINE_FRAGMENT
            ? analyse(selection.selectionSet, inIntrospection)
            : fragmentStats(selection.name.value, inIntrospection);
        depth = Math.max(depth, sub.depth);
        aliases += sub.aliases;
        cost += sub.cost;
      }
    }
    return { depth, aliases, cost };
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

  const stats = analyse(operation.selectionSet, false);
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

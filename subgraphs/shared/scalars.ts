import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const invalid = (what: string) =>
  new GraphQLError(`Invalid ${what}`, { extensions: { code: 'BAD_USER_INPUT' } });

function toDate(value: unknown): Date {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw invalid('DateTime: expected an ISO 8601 timestamp');
  return date;
}

/** ISO 8601 timestamp with time zone. Accepts Date or ISO strings from resolvers (replayed results). */
export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => toDate(value).toISOString(),
  parseValue: (value) => toDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalid('DateTime: expected a string');
    return toDate(ast.value);
  },
});

function literal(ast: ValueNode, variables?: Record<string, unknown> | null): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((v) => literal(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    default:
      throw invalid('JSON');
  }
}

/** Any JSON value. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literal,
});

const DECIMAL = /^-?\d{1,12}(\.\d{1,2})?$/;

function toDecimal(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text.trim())) {
    throw invalid('Decimal: expected a number with at most two decimals, e.g. "1290.00"');
  }
  return text.trim();
}

/** Money and other exact amounts: a string with two decimals, never a float. */
export const Decimal = new GraphQLScalarType({
  name: 'Decimal',
  serialize: (value) => {
    const text = toDecimal(value);
    const [whole, frac = ''] = text.split('.');
    return `${whole}.${frac.padEnd(2, '0')}`;
  },
  parseValue: toDecimal,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT && ast.kind !== Kind.FLOAT)
      throw invalid('Decimal');
    return toDecimal(ast.value);
  },
});

export const scalarResolvers = { DateTime, JSON: JSONScalar, Decimal };

/**
 * The value scalars every subgraph shares. Each refuses, as BAD_USER_INPUT, anything its column could
 * not store or a program could misread: null bytes, years outside 0001–9999, days that do not exist,
 * non-finite numbers, more decimals than the value keeps. Money and quantities travel as strings, so
 * no binary float ever rounds them.
 */
import { type DocumentNode, GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const invalid = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

const YEAR_MIN = 1;
const YEAR_MAX = 9999;

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < YEAR_MIN || year > YEAR_MAX || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/i;

/** `YYYY-MM-DD` of a real day, else null. */
export function parseIsoDate(text: string): string | null {
  const m = DATE.exec(text);
  if (!m) return null;
  return isCalendarDay(Number(m[1]), Number(m[2]), Number(m[3])) ? text : null;
}

/** An ISO 8601 timestamp with a zone (Z or ±hh:mm) of a real moment, else null. */
export function parseIsoDateTime(text: string): Date | null {
  const m = DATE_TIME.exec(text);
  if (!m) return null;
  const [, y, mo, d, hh, mm, ss, , oh, om] = m;
  if (!isCalendarDay(Number(y), Number(mo), Number(d))) return null;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) return null;
  if (Number(oh ?? 0) > 23 || Number(om ?? 0) > 59) return null;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return null;
  // A zone may move the moment across a year boundary; it must still be a year PostgreSQL and ISO share.
  const year = date.getUTCFullYear();
  return year >= YEAR_MIN && year <= YEAR_MAX ? date : null;
}

function toDateTime(value: unknown): Date {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  const date = typeof value === 'string' ? parseIsoDateTime(value) : null;
  if (!date) {
    throw invalid(
      'Invalid DateTime: expected an ISO 8601 timestamp with a zone, years 0001–9999, e.g. "2026-03-01T09:30:00+03:00"',
    );
  }
  return date;
}

/** ISO 8601 timestamp with time zone. Serialises a Date or an ISO string (replayed results). */
export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => toDateTime(value).toISOString(),
  parseValue: (value) => toDateTime(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalid('Invalid DateTime: expected a string');
    return toDateTime(ast.value);
  },
});

function toDate(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const day = typeof value === 'string' ? parseIsoDate(value) : null;
  if (!day) throw invalid('Invalid Date: expected an existing day as YYYY-MM-DD, years 0001–9999');
  return day;
}

/** A calendar day, `YYYY-MM-DD` (certificate validity, birth dates, document dates). */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: toDate,
  parseValue: toDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw invalid('Invalid Date: expected a string');
    return toDate(ast.value);
  },
});

/** A decimal scalar: a sign, up to `integer` digits, up to `scale` decimals; kept as its text. */
function decimalScalar(name: string, scale: number, example: string, description: string) {
  const pattern = new RegExp(`^-?\\d{1,12}(\\.\\d{1,${scale}})?$`);
  const message = `Invalid ${name}: expected a number with at most 12 digits before the point and ${scale} after, e.g. "${example}"`;
  const read = (value: unknown): string => {
    const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
    if (typeof text !== 'string' || !pattern.test(text.trim())) throw invalid(message);
    return text.trim();
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value) => {
      const text = read(value);
      const [whole, frac = ''] = text.split('.');
      if (scale === 2) return `${whole}.${frac.padEnd(2, '0')}`;
      const kept = frac.replace(/0+$/, '');
      return kept ? `${whole}.${kept}` : (whole as string);
    },
    parseValue: read,
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING && ast.kind !== Kind.INT && ast.kind !== Kind.FLOAT)
        throw invalid(message);
      return read(ast.value);
    },
  });
}

/** An amount of money with two decimals, e.g. "1290.00"; always answered with both decimals. */
export const Money = decimalScalar(
  'Money',
  2,
  '1290.00',
  'An amount of money as a string with two decimals, e.g. "1290.00" (no floating-point rounding).',
);

/** A quantity with up to three decimals (metres of cable, kilograms), e.g. "120.5". */
export const Quantity = decimalScalar(
  'Quantity',
  3,
  '120.5',
  'A quantity as a string with up to three decimals, e.g. "2" or "120.5" (metres of cable).',
);

/** Bounds of a JSON value a client sends: characteristics and filters are small and flat. */
export const JSON_LIMITS = { depth: 8, nodes: 2_000, stringLength: 1_000, keyLength: 100 } as const;

/** Why a JSON value a client sent is refused, or null when it is acceptable. */
export function jsonProblem(value: unknown): string | null {
  let nodes = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (++nodes > JSON_LIMITS.nodes) return `it has more than ${JSON_LIMITS.nodes} values`;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) return 'a text holds a null character';
      if (v.length > JSON_LIMITS.stringLength)
        return `a text is longer than ${JSON_LIMITS.stringLength} characters`;
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v)) return 'a number is not finite';
    } else if (v !== null && typeof v === 'object') {
      if (depth >= JSON_LIMITS.depth) return `it is nested deeper than ${JSON_LIMITS.depth} levels`;
      const entries = Array.isArray(v) ? v.map((x) => ['', x] as const) : Object.entries(v);
      for (const [k, x] of entries) {
        if (k.length > JSON_LIMITS.keyLength || k.includes('\u0000'))
          return 'a key is too long or holds a null character';
        stack.push([x, depth + 1]);
      }
    } else if (typeof v !== 'boolean') {
      return 'it is not JSON';
    }
  }
  return null;
}

function checkedJson(value: unknown): unknown {
  const problem = jsonProblem(value);
  if (problem) throw invalid(`Invalid JSON: ${problem}`);
  return value;
}

function literal(
  ast: ValueNode,
  variables: Record<string, unknown> | null | undefined,
  depth: number,
): unknown {
  if (depth > JSON_LIMITS.depth)
    throw invalid(`Invalid JSON: it is nested deeper than ${JSON_LIMITS.depth} levels`);
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
      return ast.values.map((v) => literal(v, variables, depth + 1));
    case Kind.OBJECT:
      return Object.fromEntries(
        ast.fields.map((f) => [f.name.value, literal(f.value, variables, depth + 1)]),
      );
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    default:
      throw invalid('Invalid JSON');
  }
}

/** Any small JSON value (see `JSON_LIMITS`). */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: checkedJson,
  parseLiteral: (ast, variables) => checkedJson(literal(ast, variables, 0)),
});

export const scalarResolvers = {
  DateTime,
  Date: DateScalar,
  JSON: JSONScalar,
  Money,
  Quantity,
};

/**
 * The kit's scalar resolvers for the scalars a schema declares (a module that has no `Quantity` gets none
 * for it).
 */
export function scalarResolversFor(typeDefs: DocumentNode): Partial<typeof scalarResolvers> {
  const declared = new Set(
    typeDefs.definitions.flatMap((d) => (d.kind === Kind.SCALAR_TYPE_DEFINITION ? [d.name.value] : [])),
  );
  return Object.fromEntries(Object.entries(scalarResolvers).filter(([name]) => declared.has(name)));
}

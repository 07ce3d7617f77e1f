/**
 * The kit's input layer: every argument of every field passes through it before a resolver runs. Text
 * (String and ID, anywhere in an argument, however deep in input objects and lists) is refused as
 * BAD_USER_INPUT naming its path when it holds a null character (PostgreSQL cannot store one) or is
 * longer than its bound: `@maxLength(value: N)` on the argument or input field in the SDL, else 1,000
 * characters for a String and 100 for an ID. Value scalars (JSON, Money, Quantity, Date, DateTime)
 * check themselves.
 */
import {
  type ConstDirectiveNode,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  Kind,
} from 'graphql';
import { badUserInput } from './errors.ts';
import { checkFields } from './field-checks.ts';

export const DEFAULT_MAX_LENGTH = { String: 1_000, ID: 100 } as const;

type Check = (value: unknown, path: (string | number)[]) => void;

function declaredMaxLength(directives: readonly ConstDirectiveNode[] | undefined): number | undefined {
  const node = directives?.find((d) => d.name.value === 'maxLength');
  const arg = node?.arguments?.find((a) => a.name.value === 'value')?.value;
  return arg?.kind === Kind.INT ? Number(arg.value) : undefined;
}

/** The check for one input position, or null when nothing under it is text. */
/** Marks an input type whose check is being built (met again: the type is recursive). */
const BUILDING = Symbol('building');

function checkFor(
  type: GraphQLInputType,
  declared: number | undefined,
  seen: Map<string, Check | null | typeof BUILDING>,
): Check | null {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = checkFor(nullable.ofType, declared, seen);
    if (!item) return null;
    return (value, path) => {
      if (!Array.isArray(value)) return item(value, path);
      value.forEach((v, i) => {
        item(v, [...path, i]);
      });
    };
  }
  const named = getNamedType(type);
  if (isScalarType(named)) {
    if (named.name !== 'String' && named.name !== 'ID') return null;
    const max = declared ?? DEFAULT_MAX_LENGTH[named.name];
    return (value, path) => {
      if (typeof value !== 'string') return;
      if (value.includes('\u0000')) throw badUserInput(`\`${path.join('.')}\` holds a null character`, path);
      if (value.length > max) {
        throw badUserInput(`\`${path.join('.')}\` is longer than ${max} characters`, path);
      }
    };
  }
  if (!isInputObjectType(named)) return null;
  const known = seen.get(named.name);
  if (known === BUILDING) {
    // A recursive input type, met again while its own check is built: check through the entry then.
    return (value, path) => (seen.get(named.name) as Check | null)?.(value, path);
  }
  if (known !== undefined) return known;
  seen.set(named.name, BUILDING);
  const fields = Object.values(named.getFields())
    .map(
      (f: GraphQLInputField) =>
        [f.name, checkFor(f.type, declaredMaxLength(f.astNode?.directives), seen)] as const,
    )
    .filter((entry): entry is readonly [string, Check] => entry[1] !== null);
  const check: Check | null = fields.length
    ? (value, path) => {
        if (!value || typeof value !== 'object') return;
        for (const [name, fieldCheck] of fields) {
          const v = (value as Record<string, unknown>)[name];
          if (v != null) fieldCheck(v, [...path, name]);
        }
      }
    : null;
  seen.set(named.name, check);
  return check;
}

/**
 * Wraps every field resolver that takes text arguments with the checks above. Runs on the arguments as
 * graphql-js coerced them, so literals and variables are checked alike. Pure; returns the schema.
 */
export function guardInputs(schema: GraphQLSchema): GraphQLSchema {
  const seen = new Map<string, Check | null | typeof BUILDING>();
  return checkFields(schema, (field) => {
    const checks = field.args
      .map(
        (a: GraphQLArgument) =>
          [a.name, checkFor(a.type, declaredMaxLength(a.astNode?.directives), seen)] as const,
      )
      .filter((entry): entry is readonly [string, Check] => entry[1] !== null);
    if (!checks.length) return null;
    return (args) => {
      for (const [name, check] of checks) {
        const value = args[name];
        if (value != null) check(value, [name]);
      }
    };
  });
}

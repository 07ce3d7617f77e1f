import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isObjectType,
} from 'graphql';

/** A check of a field's arguments and caller, before the field runs; throws to refuse. */
export type FieldCheck = (args: Record<string, unknown>, ctx: unknown, info: GraphQLResolveInfo) => void;

/**
 * Puts `check` in front of every field of the schema's object types that `checkFor` gives one: before
 * its `resolve`, and for a subscription field before its `subscribe`, so a subscription is refused
 * before its stream opens (its events then resolve without asking again: arguments and caller do not
 * change while it runs). The one place the kit's input guard and scope rules reach resolvers through.
 */
export function checkFields(
  schema: GraphQLSchema,
  checkFor: (field: GraphQLField<unknown, unknown>, typeName: string) => FieldCheck | null,
): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const check = checkFor(field, type.name);
      if (!check) continue;
      const { subscribe } = field;
      if (subscribe) {
        field.subscribe = (source, args, ctx, info) => {
          check(args, ctx, info);
          return subscribe(source, args, ctx, info);
        };
        continue;
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, ctx, info) => {
        check(args, ctx, info);
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}

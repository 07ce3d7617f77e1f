import {
  type ConstDirectiveNode,
  defaultFieldResolver,
  type GraphQLSchema,
  isObjectType,
  Kind,
  type ValueNode,
} from 'graphql';
import type { Actor } from './auth.ts';
import { forbidden } from './errors.ts';

/** `@requiresScopes(scopes: [["a", "b"], ["c"]])`: any one inner list, all of whose scopes are held. */
type ScopeRule = string[][];

function readScopes(directives: readonly ConstDirectiveNode[] | undefined): ScopeRule | null {
  const node = directives?.find((d) => d.name.value === 'requiresScopes');
  if (!node) return null;
  const arg = node.arguments?.find((a) => a.name.value === 'scopes');
  const list = (v: ValueNode | undefined): ValueNode[] => (v?.kind === Kind.LIST ? [...v.values] : []);
  return list(arg?.value).map((group) =>
    list(group)
      .map((s) => (s.kind === Kind.STRING ? s.value : ''))
      .filter(Boolean),
  );
}

export function satisfies(rule: ScopeRule, scopes: readonly string[]): boolean {
  return rule.some((group) => group.every((s) => scopes.includes(s)));
}

/**
 * Enforces the `@requiresScopes` declared in the SDL on fields and object types. The JS gateway does
 * not enforce them, so each subgraph does it itself, on every resolver that carries the directive. A
 * type-level rule applies to every field of the type (including through `_entities`); a field's own
 * rule applies on top of it, so a sensitive field (`auditTrail`, a promo code, personal data) asks for
 * more than the type does.
 */
export function enforceScopes<Ctx extends { actor: Actor }>(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeNodes = [type.astNode, ...type.extensionASTNodes];
    const typeRule = typeNodes.map((n) => readScopes(n?.directives)).find((r) => r) ?? null;
    for (const field of Object.values(type.getFields())) {
      const rules = [typeRule, readScopes(field.astNode?.directives)].filter(
        (r): r is ScopeRule => r !== null,
      );
      if (!rules.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const required = rules.map((rule) => rule.map((g) => g.join(' & ')).join(' or ')).join(', and ');
      field.resolve = (source, args, ctx: Ctx, info) => {
        if (!rules.every((rule) => satisfies(rule, ctx.actor.scopes))) {
          throw forbidden(`\`${type.name}.${field.name}\` requires the scope ${required}`);
        }
        return resolve(source, args, ctx, info);
      };
    }
  }
  return schema;
}

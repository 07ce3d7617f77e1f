import { type ConstDirectiveNode, type GraphQLSchema, isObjectType, Kind, type ValueNode } from 'graphql';
import type { Actor } from './auth.ts';
import { forbidden } from './errors.ts';
import { checkFields } from './field-checks.ts';

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
  const typeRules = new Map<string, ScopeRule | null>();
  const typeRuleOf = (name: string) => {
    if (!typeRules.has(name)) {
      const type = schema.getType(name);
      const nodes = isObjectType(type) ? [type.astNode, ...type.extensionASTNodes] : [];
      typeRules.set(name, nodes.map((n) => readScopes(n?.directives)).find((r) => r) ?? null);
    }
    return typeRules.get(name) ?? null;
  };
  return checkFields(schema, (field, typeName) => {
    const rules = [typeRuleOf(typeName), readScopes(field.astNode?.directives)].filter(
      (r): r is ScopeRule => r !== null,
    );
    if (!rules.length) return null;
    const required = rules.map((rule) => rule.map((g) => g.join(' & ')).join(' or ')).join(', and ');
    return (_args, ctx) => {
      if (!rules.every((rule) => satisfies(rule, (ctx as Ctx).actor.scopes))) {
        throw forbidden(`\`${typeName}.${field.name}\` requires the scope ${required}`);
      }
    };
  });
}

import { z } from 'zod';
import { ErrorCode, type UserError, userError } from '../../shared/errors.ts';

/**
 * A category carries a template of characteristics (ponType, lanPorts, wifi…) that its items fill in.
 * A subcategory inherits its ancestors' templates: it may add keys, and may redefine an inherited key
 * only with the same type (to make it required or narrow an enum's options); its definition then wins.
 * An item's values are checked against the effective template of its category.
 */
export type CharacteristicType = 'NUMBER' | 'TEXT' | 'BOOLEAN' | 'ENUM';

export const CHARACTERISTIC_TYPES = [
  'NUMBER',
  'TEXT',
  'BOOLEAN',
  'ENUM',
] as const satisfies readonly CharacteristicType[];

export interface CharacteristicDef {
  key: string;
  label: string;
  type: CharacteristicType;
  required: boolean;
  options?: string[] | null;
  unit?: string | null;
}

export const CharacteristicErrorCode = {
  TEMPLATE_CONFLICT: 'TEMPLATE_CONFLICT',
  UNKNOWN_CHARACTERISTIC: 'UNKNOWN_CHARACTERISTIC',
  WRONG_TYPE: 'WRONG_TYPE',
  NOT_ALLOWED: 'NOT_ALLOWED',
  REQUIRED: 'REQUIRED',
} as const;

export const TEXT_VALUE_MAX_LENGTH = 500;

const defSchema = z.object({
  key: z
    .string()
    .regex(
      /^[a-z][A-Za-z0-9]{0,49}$/,
      'A key is camelCase: a lowercase Latin letter, then Latin letters and digits, at most 50 characters',
    ),
  label: z.string().trim().min(1, 'A label is required').max(100, 'A label is at most 100 characters'),
  type: z.enum(CHARACTERISTIC_TYPES),
  required: z.boolean().default(false),
  options: z
    .array(z.string().trim().min(1, 'An option is not empty').max(100, 'An option is at most 100 characters'))
    .nullish(),
  unit: z.string().trim().min(1).max(20, 'A unit is at most 20 characters').nullish(),
});

/**
 * Parses a category's own template. Returns the definitions that passed, normalised (labels and
 * options trimmed, duplicate options dropped, `options` and `unit` null when absent), and every error,
 * with `field` pointing at the definition's index and property.
 */
export function validateTemplate(
  defs: unknown,
  field: string[],
): { defs: CharacteristicDef[]; errors: UserError[] } {
  if (!Array.isArray(defs)) {
    return {
      defs: [],
      errors: [userError(ErrorCode.VALIDATION, 'A characteristic template is a list', field)],
    };
  }
  const out: CharacteristicDef[] = [];
  const errors: UserError[] = [];
  const seen = new Set<string>();
  defs.forEach((raw, index) => {
    const at = [...field, String(index)];
    const parsed = defSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push(userError(ErrorCode.VALIDATION, issue.message, [...at, ...issue.path.map(String)]));
      }
      return;
    }
    const def = parsed.data;
    const options = def.options ? [...new Set(def.options)] : [];
    let valid = true;
    if (def.type === 'ENUM' && options.length === 0) {
      errors.push(
        userError(ErrorCode.VALIDATION, 'An ENUM characteristic needs at least one option', [
          ...at,
          'options',
        ]),
      );
      valid = false;
    }
    if (def.type !== 'ENUM' && options.length > 0) {
      errors.push(
        userError(ErrorCode.VALIDATION, `Only an ENUM characteristic has options, not ${def.type}`, [
          ...at,
          'options',
        ]),
      );
      valid = false;
    }
    if (seen.has(def.key)) {
      errors.push(userError(ErrorCode.DUPLICATE, `The key "${def.key}" is defined twice`, [...at, 'key']));
      valid = false;
    }
    seen.add(def.key);
    if (valid) {
      out.push({
        key: def.key,
        label: def.label,
        type: def.type,
        required: def.required,
        options: def.type === 'ENUM' ? options : null,
        unit: def.unit ?? null,
      });
    }
  });
  return { defs: out, errors };
}

/**
 * The template an item of the last category in `chain` is checked against (`chain` runs from the root
 * category down). A redefinition with another type is ignored here; `templateConflicts` reports it.
 */
export function effectiveTemplate(chain: CharacteristicDef[][]): CharacteristicDef[] {
  const byKey = new Map<string, CharacteristicDef>();
  for (const template of chain) {
    for (const def of template) {
      const inherited = byKey.get(def.key);
      // Map.set on an existing key keeps its insertion position: the order of first appearance.
      if (!inherited || inherited.type === def.type) byKey.set(def.key, def);
    }
  }
  return [...byKey.values()];
}

/**
 * A descendant that redefines an inherited key with another type. `field` is followed by the index of
 * the offending definition within its own template (the caller passes the template being saved last).
 */
export function templateConflicts(chain: CharacteristicDef[][], field: string[]): UserError[] {
  const errors: UserError[] = [];
  const byKey = new Map<string, CharacteristicDef>();
  for (const template of chain) {
    template.forEach((def, index) => {
      const inherited = byKey.get(def.key);
      if (!inherited) {
        byKey.set(def.key, def);
      } else if (inherited.type !== def.type) {
        errors.push(
          userError(
            CharacteristicErrorCode.TEMPLATE_CONFLICT,
            `"${def.key}" is inherited as ${inherited.type} and cannot be redefined as ${def.type}`,
            [...field, String(index)],
          ),
        );
      }
    });
  }
  return errors;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Checks an item's characteristic values against its category's effective template and returns the
 * values that passed (TEXT and ENUM trimmed; a null optional value is dropped) and every error.
 */
export function validateCharacteristics(
  values: unknown,
  template: CharacteristicDef[],
  field: string[],
): { values: Record<string, string | number | boolean>; errors: UserError[] } {
  if (!isPlainObject(values)) {
    return {
      values: {},
      errors: [
        userError(
          CharacteristicErrorCode.WRONG_TYPE,
          'Characteristics are an object of values by key',
          field,
        ),
      ],
    };
  }
  const byKey = new Map(template.map((def) => [def.key, def]));
  const out: Record<string, string | number | boolean> = {};
  const errors: UserError[] = [];
  const fail = (code: string, key: string, message: string) =>
    errors.push(userError(code, message, [...field, key]));

  for (const [key, value] of Object.entries(values)) {
    const def = byKey.get(key);
    if (!def) {
      fail(
        CharacteristicErrorCode.UNKNOWN_CHARACTERISTIC,
        key,
        `The category has no characteristic "${key}"`,
      );
      continue;
    }
    if (value === null || value === undefined) continue; // reported below when required
    switch (def.type) {
      case 'NUMBER':
        if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
        else fail(CharacteristicErrorCode.WRONG_TYPE, key, `${def.label} is a number`);
        break;
      case 'BOOLEAN':
        if (typeof value === 'boolean') out[key] = value;
        else fail(CharacteristicErrorCode.WRONG_TYPE, key, `${def.label} is true or false`);
        break;
      case 'TEXT': {
        const text = typeof value === 'string' ? value.trim() : null;
        const length = text === null ? 0 : [...text].length;
        if (text !== null && length >= 1 && length <= TEXT_VALUE_MAX_LENGTH) out[key] = text;
        else
          fail(
            CharacteristicErrorCode.WRONG_TYPE,
            key,
            `${def.label} is a text of 1 to ${TEXT_VALUE_MAX_LENGTH} characters`,
          );
        break;
      }
      case 'ENUM': {
        if (typeof value !== 'string') {
          fail(
            CharacteristicErrorCode.WRONG_TYPE,
            key,
            `${def.label} is one of the listed values, given as text`,
          );
          break;
        }
        const options = def.options ?? [];
        const choice = value.trim();
        if (options.includes(choice)) out[key] = choice;
        else fail(CharacteristicErrorCode.NOT_ALLOWED, key, `${def.label} is one of: ${options.join(', ')}`);
        break;
      }
    }
  }
  for (const def of template) {
    // hasOwn: a key such as `constructor` would otherwise be found on Object.prototype.
    const given = Object.hasOwn(values, def.key) ? values[def.key] : undefined;
    if (def.required && (given === undefined || given === null)) {
      fail(CharacteristicErrorCode.REQUIRED, def.key, `${def.label} is required`);
    }
  }
  return { values: out, errors };
}

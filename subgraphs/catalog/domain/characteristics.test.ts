import { describe, expect, it } from 'vitest';
import {
  type CharacteristicDef,
  effectiveTemplate,
  templateConflicts,
  validateCharacteristics,
  validateTemplate,
} from './characteristics.ts';

const field = ['input', 'characteristics'];

const ont: CharacteristicDef[] = [
  { key: 'ponType', label: 'PON type', type: 'ENUM', required: true, options: ['GPON', 'XGS-PON', 'EPON'] },
  { key: 'lanPorts', label: 'LAN ports', type: 'NUMBER', required: true, unit: 'pcs' },
  { key: 'wifi', label: 'Wi-Fi', type: 'BOOLEAN', required: false },
];

const wifiOnt: CharacteristicDef[] = [
  {
    key: 'wifiStandard',
    label: 'Wi-Fi standard',
    type: 'ENUM',
    required: false,
    options: ['802.11n', '802.11ac', '802.11ax'],
  },
];

describe('validateTemplate', () => {
  it('accepts the ONT template and normalises it', () => {
    const { defs, errors } = validateTemplate(
      [
        {
          key: 'ponType',
          label: ' PON type ',
          type: 'ENUM',
          required: true,
          options: ['GPON', 'XGS-PON', 'EPON', 'GPON'],
        },
        { key: 'lanPorts', label: 'LAN ports', type: 'NUMBER', required: true, unit: 'pcs' },
        { key: 'wifi', label: 'Wi-Fi', type: 'BOOLEAN' },
      ],
      ['input', 'template'],
    );
    expect(errors).toEqual([]);
    expect(defs).toEqual([
      {
        key: 'ponType',
        label: 'PON type',
        type: 'ENUM',
        required: true,
        options: ['GPON', 'XGS-PON', 'EPON'],
        unit: null,
      },
      { key: 'lanPorts', label: 'LAN ports', type: 'NUMBER', required: true, options: null, unit: 'pcs' },
      { key: 'wifi', label: 'Wi-Fi', type: 'BOOLEAN', required: false, options: null, unit: null },
    ]);
  });

  it('refuses keys that are not camelCase, duplicate keys, bad labels and misplaced options', () => {
    const { defs, errors } = validateTemplate(
      [
        { key: 'PonType', label: 'PON', type: 'TEXT', required: false },
        { key: 'lan_ports', label: 'LAN', type: 'NUMBER', required: false },
        { key: 'a'.repeat(51), label: 'Long', type: 'TEXT', required: false },
        { key: 'colour', label: '', type: 'TEXT', required: false },
        { key: 'size', label: 'x'.repeat(101), type: 'TEXT', required: false },
        { key: 'mode', label: 'Mode', type: 'ENUM', required: false, options: [] },
        { key: 'speed', label: 'Speed', type: 'NUMBER', required: false, options: ['100', '1000'] },
        { key: 'wifi', label: 'Wi-Fi', type: 'BOOLEAN', required: false },
        { key: 'wifi', label: 'Wi-Fi again', type: 'BOOLEAN', required: false },
        { key: 'weight', label: 'Weight', type: 'DATE', required: false },
      ],
      ['input', 'template'],
    );
    expect(defs.map((d) => d.key)).toEqual(['wifi']);
    expect(errors.map((e) => e.field)).toEqual([
      ['input', 'template', '0', 'key'],
      ['input', 'template', '1', 'key'],
      ['input', 'template', '2', 'key'],
      ['input', 'template', '3', 'label'],
      ['input', 'template', '4', 'label'],
      ['input', 'template', '5', 'options'],
      ['input', 'template', '6', 'options'],
      ['input', 'template', '8', 'key'],
      ['input', 'template', '9', 'type'],
    ]);
    expect(errors[7]?.code).toBe('DUPLICATE');
  });

  it('refuses a template that is not a list', () => {
    const { defs, errors } = validateTemplate({ ponType: 'ENUM' }, ['input', 'template']);
    expect(defs).toEqual([]);
    expect(errors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: ['input', 'template'] })]);
  });
});

describe('effectiveTemplate', () => {
  it('gives a subcategory its ancestors\u2019 characteristics followed by its own', () => {
    const template = effectiveTemplate([[], ont, wifiOnt]);
    expect(template.map((d) => d.key)).toEqual(['ponType', 'lanPorts', 'wifi', 'wifiStandard']);
  });

  it('lets a descendant make an inherited key required and narrow its options, keeping its position', () => {
    const gponOnly: CharacteristicDef[] = [
      { key: 'wifi', label: 'Wi-Fi', type: 'BOOLEAN', required: true },
      { key: 'ponType', label: 'PON type', type: 'ENUM', required: true, options: ['GPON'] },
    ];
    const template = effectiveTemplate([ont, gponOnly]);
    expect(template.map((d) => d.key)).toEqual(['ponType', 'lanPorts', 'wifi']);
    expect(template[0]?.options).toEqual(['GPON']);
    expect(template[2]?.required).toBe(true);
  });

  it('keeps the ancestor\u2019s definition when a descendant redefines a key with another type', () => {
    const conflicting: CharacteristicDef[] = [
      { key: 'lanPorts', label: 'LAN ports', type: 'TEXT', required: false },
    ];
    const template = effectiveTemplate([ont, conflicting]);
    expect(template.find((d) => d.key === 'lanPorts')?.type).toBe('NUMBER');
  });
});

describe('templateConflicts', () => {
  it('reports a descendant that redefines a key with another type', () => {
    const conflicting: CharacteristicDef[] = [
      { key: 'wifiStandard', label: 'Wi-Fi standard', type: 'TEXT', required: false },
      { key: 'lanPorts', label: 'LAN ports', type: 'TEXT', required: false },
    ];
    const errors = templateConflicts([ont, conflicting], ['input', 'template']);
    expect(errors).toEqual([
      {
        code: 'TEMPLATE_CONFLICT',
        message: expect.stringContaining('NUMBER'),
        field: ['input', 'template', '1'],
      },
    ]);
  });

  it('finds no conflict in a subcategory that adds keys or redefines them with the same type', () => {
    const stricter: CharacteristicDef[] = [{ key: 'wifi', label: 'Wi-Fi', type: 'BOOLEAN', required: true }];
    expect(templateConflicts([ont, wifiOnt, stricter], ['input', 'template'])).toEqual([]);
  });
});

describe('validateCharacteristics', () => {
  const template = effectiveTemplate([ont, wifiOnt]);

  it('accepts the values of a Wi-Fi ONT', () => {
    const result = validateCharacteristics(
      { ponType: 'XGS-PON', lanPorts: 4, wifi: true, wifiStandard: '802.11ax' },
      template,
      field,
    );
    expect(result).toEqual({
      values: { ponType: 'XGS-PON', lanPorts: 4, wifi: true, wifiStandard: '802.11ax' },
      errors: [],
    });
  });

  it('accepts an optional characteristic left out or set to null', () => {
    const result = validateCharacteristics({ ponType: 'GPON', lanPorts: 1, wifi: null }, template, field);
    expect(result).toEqual({ values: { ponType: 'GPON', lanPorts: 1 }, errors: [] });
  });

  it('refuses a key the template does not have', () => {
    const { errors } = validateCharacteristics(
      { ponType: 'GPON', lanPorts: 4, colour: 'white' },
      template,
      field,
    );
    expect(errors).toEqual([
      { code: 'UNKNOWN_CHARACTERISTIC', message: expect.any(String), field: [...field, 'colour'] },
    ]);
  });

  it('refuses a number given as a numeric string', () => {
    const { errors } = validateCharacteristics({ ponType: 'GPON', lanPorts: '4' }, template, field);
    expect(errors).toEqual([
      { code: 'WRONG_TYPE', message: expect.any(String), field: [...field, 'lanPorts'] },
    ]);
  });

  it('refuses infinite numbers, non-boolean flags, empty or too long texts and non-string enum values', () => {
    const textTemplate: CharacteristicDef[] = [
      ...template,
      { key: 'note', label: 'Note', type: 'TEXT', required: false },
      { key: 'remark', label: 'Remark', type: 'TEXT', required: false },
    ];
    const { errors } = validateCharacteristics(
      { ponType: 1, lanPorts: Number.POSITIVE_INFINITY, wifi: 'yes', note: '   ', remark: 'x'.repeat(501) },
      textTemplate,
      field,
    );
    expect(errors.map((e) => [e.code, e.field?.at(-1)])).toEqual([
      ['WRONG_TYPE', 'ponType'],
      ['WRONG_TYPE', 'lanPorts'],
      ['WRONG_TYPE', 'wifi'],
      ['WRONG_TYPE', 'note'],
      ['WRONG_TYPE', 'remark'],
    ]);
  });

  it('refuses an enum value outside the options and lists the options', () => {
    const { errors } = validateCharacteristics({ ponType: 'DOCSIS', lanPorts: 4 }, template, field);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'NOT_ALLOWED', field: [...field, 'ponType'] });
    expect(errors[0]?.message).toContain('GPON, XGS-PON, EPON');
  });

  it('requires the required characteristics, also when given as null', () => {
    const { errors } = validateCharacteristics({ ponType: null }, template, field);
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['REQUIRED', [...field, 'ponType']],
      ['REQUIRED', [...field, 'lanPorts']],
    ]);
  });

  it('reports every error at once, not just the first', () => {
    const { values, errors } = validateCharacteristics(
      { ponType: 'DOCSIS', wifi: 1, wifiStandard: '802.11ax', colour: 'white' },
      template,
      field,
    );
    expect(values).toEqual({ wifiStandard: '802.11ax' });
    expect(errors.map((e) => e.code).sort()).toEqual([
      'NOT_ALLOWED',
      'REQUIRED',
      'UNKNOWN_CHARACTERISTIC',
      'WRONG_TYPE',
    ]);
  });

  it('refuses values that are not an object with one error on the field', () => {
    for (const values of [null, 'GPON', [1, 2], 4]) {
      expect(validateCharacteristics(values, template, field).errors).toEqual([
        { code: 'WRONG_TYPE', message: expect.any(String), field },
      ]);
    }
  });

  it('treats every key as unknown when the category has no template', () => {
    const { values, errors } = validateCharacteristics({ ponType: 'GPON', lanPorts: 4 }, [], field);
    expect(values).toEqual({});
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['UNKNOWN_CHARACTERISTIC', [...field, 'ponType']],
      ['UNKNOWN_CHARACTERISTIC', [...field, 'lanPorts']],
    ]);
  });

  it('does not take an inherited Object property for a given value', () => {
    const withConstructor: CharacteristicDef[] = [
      { key: 'constructor', label: 'Maker', type: 'TEXT', required: true },
    ];
    const { errors } = validateCharacteristics({}, withConstructor, field);
    expect(errors.map((e) => e.code)).toEqual(['REQUIRED']);
  });
});

import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/errors.ts';
import { cleanKeywords, type EquipmentFields, equipmentFields } from './items.ts';

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.errors.map((e) => [e.code, e.field]);
    throw error;
  }
  return [];
};

describe('keywords', () => {
  it('keeps each keyword once whatever its case, trimmed, in the order given', () => {
    expect(cleanKeywords([' Switch ', 'switch', 'коммутатор   доступа', '', 'SWITCH', 'fibre'])).toEqual([
      'Switch',
      'коммутатор доступа',
      'fibre',
    ]);
  });
});

describe('equipment fields', () => {
  const stored: EquipmentFields = {
    trackedBySerial: true,
    trackedByMac: true,
    warrantyMonths: 24,
    supply: 'RENTAL',
    snmpSysObjectId: '1.3.6.1.4.1.2011.2.23.92',
  };

  it('gives a new model serial tracking and no MAC tracking unless told', () => {
    expect(equipmentFields('EQUIPMENT_MODEL', {}, null)).toEqual({
      trackedBySerial: true,
      trackedByMac: false,
      warrantyMonths: null,
      supply: null,
      snmpSysObjectId: null,
    });
    expect(
      equipmentFields('EQUIPMENT_MODEL', { trackedBySerial: false, trackedByMac: true }, null),
    ).toMatchObject({
      trackedBySerial: false,
      trackedByMac: true,
    });
  });

  it('keeps what an update leaves out, clears what it sets to null, never clears the tracking flags', () => {
    expect(equipmentFields('EQUIPMENT_MODEL', { warrantyMonths: null, trackedByMac: null }, stored)).toEqual({
      ...stored,
      warrantyMonths: null,
    });
    expect(equipmentFields('EQUIPMENT_MODEL', { supply: 'SALE' }, stored)).toEqual({
      ...stored,
      supply: 'SALE',
    });
  });

  it('keeps a sysObjectID in canonical form and refuses one that is no OID', () => {
    expect(
      equipmentFields('EQUIPMENT_MODEL', { snmpSysObjectId: ' .1.3.6.1.4.1.3902.1 ' }, null).snmpSysObjectId,
    ).toBe('1.3.6.1.4.1.3902.1');
    expect(
      refusal(() => equipmentFields('EQUIPMENT_MODEL', { snmpSysObjectId: 'enterprises.2011' }, null)),
    ).toEqual([['INVALID_OID', ['input', 'snmpSysObjectId']]]);
  });

  it('refuses every equipment field given to another kind, each on its field, and gives it none', () => {
    expect(
      refusal(() => equipmentFields('MATERIAL', { trackedBySerial: false, supply: 'SALE' }, null)),
    ).toEqual([
      ['EQUIPMENT_ONLY', ['input', 'trackedBySerial']],
      ['EQUIPMENT_ONLY', ['input', 'supply']],
    ]);
    expect(equipmentFields('SERVICE', { warrantyMonths: null }, null)).toEqual({
      trackedBySerial: null,
      trackedByMac: null,
      warrantyMonths: null,
      supply: null,
      snmpSysObjectId: null,
    });
  });
});

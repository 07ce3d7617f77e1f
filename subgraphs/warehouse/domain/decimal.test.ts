import { describe, expect, it } from 'vitest';
import {
  formatMoney,
  formatQuantity,
  formatValue,
  isWhole,
  quantity,
  unitCostOf,
  value,
  valueAtCost,
} from './decimal.ts';

describe('fixed-point quantities and values', () => {
  it('reads and prints quantities with up to three decimals, exactly', () => {
    expect(quantity('120.5')).toBe(120_500n);
    expect(formatQuantity(quantity('0.001'))).toBe('0.001');
    expect(formatQuantity(quantity('2.000'))).toBe('2');
    expect(() => quantity('1.0001')).toThrow(RangeError);
    expect(() => quantity('1e3')).toThrow(RangeError);
  });

  it('values a quantity at a unit cost and rounds half away from zero', () => {
    expect(formatValue(valueAtCost(quantity('3'), value('1290.50')))).toBe('3871.5000');
    expect(formatValue(valueAtCost(quantity('0.333'), value('1')))).toBe('0.3330');
    expect(unitCostOf(quantity('3'), value('100'))).toBe(value('33.3333'));
    expect(unitCostOf(0n, value('5'))).toBe(0n);
  });

  it('prints money with two decimals', () => {
    expect(formatMoney(value('12.345'))).toBe('12.35');
    expect(formatMoney(value('12.3449'))).toBe('12.34');
    expect(formatMoney(value('-1.005'))).toBe('-1.01');
    expect(formatMoney(0n)).toBe('0.00');
  });

  it('tells whole quantities from fractional ones', () => {
    expect(isWhole(quantity('3'))).toBe(true);
    expect(isWhole(quantity('2.5'))).toBe(false);
  });
});

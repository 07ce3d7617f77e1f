import { describe, expect, it } from 'vitest';
import { unitResolver } from './units.ts';

const resolve = unitResolver([
  { code: '796', symbol: 'шт', internationalSymbol: 'pc' },
  { code: '006', symbol: 'м', internationalSymbol: 'm' },
  { code: '018', symbol: 'пог. м', internationalSymbol: null },
  { code: '362', symbol: 'мес', internationalSymbol: 'mon' },
  { code: '876', symbol: 'усл. ед.', internationalSymbol: null },
]);

describe('a unit as people name it', () => {
  it.each([
    ['796', '796'],
    ['шт', '796'],
    ['ШТ.', '796'],
    ['pc', '796'],
    ['PCS', '796'],
    ['006', '006'],
    ['6', '006'],
    ['м', '006'],
    ['M', '006'],
    ['пог.м', '018'],
    [' пог. м ', '018'],
    ['мес.', '362'],
    ['MONTH', '362'],
    ['усл. ед', '876'],
    ['SERVICE', '876'],
  ])('reads %s as %s', (typed, code) => {
    expect(resolve(typed)).toBe(code);
  });

  it.each(['', 'штуки', '999', 'KG', '1000'])('knows no unit "%s"', (typed) => {
    // KG is an old name, but its unit (166) is not among these.
    expect(resolve(typed)).toBeNull();
  });
});

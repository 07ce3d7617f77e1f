import { describe, expect, it } from 'vitest';
import {
  alignX,
  clampLines,
  columnWidths,
  labelGrid,
  mm,
  pageSize,
  paginateRows,
  wrapText,
} from './layout.ts';

// Every character 5 pt wide: widths in these tests are character counts × 5.
const mono = (text: string) => Array.from(text).length * 5;

describe('wrapText', () => {
  it('breaks at spaces so that no line is wider than the box', () => {
    const lines = wrapText('Оптический терминал Huawei HG8245H', 100, mono);
    expect(lines).toEqual(['Оптический терминал', 'Huawei HG8245H']);
    for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(100);
  });

  it('keeps explicit line breaks and collapses runs of whitespace', () => {
    expect(wrapText('Сдал  \t склад\nПринял', 500, mono)).toEqual(['Сдал склад', 'Принял']);
  });

  it('never breaks at the no-break space Intl puts between thousands', () => {
    const amount = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2 }).format(2469000);
    expect(amount).toBe('2\u00a0469\u00a0000,00');
    expect(wrapText(`Итого ${amount}`, 60, mono)).toEqual(['Итого', amount]);
  });

  it('gives an empty text one empty line, so an empty cell still has a height', () => {
    expect(wrapText('', 100, mono)).toEqual(['']);
  });

  it('splits a word wider than the box after a hyphen where it can', () => {
    expect(wrapText('ОКЛ-0,22-8', 35, mono)).toEqual(['ОКЛ-', '0,22-8']);
  });

  it('splits a word with no hyphen character by character', () => {
    expect(wrapText('ABCDEFGHIJ', 20, mono)).toEqual(['ABCD', 'EFGH', 'IJ']);
  });

  it('puts at least one character on a line narrower than a letter', () => {
    expect(wrapText('АБВ', 2, mono)).toEqual(['А', 'Б', 'В']);
  });
});

describe('clampLines', () => {
  it('keeps lines that fit', () => {
    expect(clampLines(['a', 'b'], 2, 100, mono)).toEqual(['a', 'b']);
  });

  it('ends the last kept line with an ellipsis that still fits the width', () => {
    const lines = clampLines(['Кабель оптический', 'ОКЛ-0,22-8', 'партия 7'], 2, 50, mono);
    expect(lines).toEqual(['Кабель оптический', 'ОКЛ-0,22-…']);
    expect(mono(lines[1]!)).toBeLessThanOrEqual(50);
  });
});

describe('columnWidths', () => {
  it('keeps fixed widths and shares the rest by fr', () => {
    expect(columnWidths([30, { fr: 3 }, 50, { fr: 1 }], 480)).toEqual([30, 300, 50, 100]);
  });

  it('treats a column without a width as 1fr', () => {
    expect(columnWidths([20, undefined, undefined], 220)).toEqual([20, 100, 100]);
  });

  it('reads fractions that sum to one as fractions of the rest', () => {
    expect(columnWidths([{ fr: 0.25 }, { fr: 0.75 }], 400)).toEqual([100, 300]);
  });

  it('leaves a table of fixed columns as wide as their sum', () => {
    expect(columnWidths([40, 60], 500)).toEqual([40, 60]);
  });

  it('refuses fixed columns wider than the table', () => {
    expect(() => columnWidths([300, 300, { fr: 1 }], 500)).toThrow(/600\.0 pt of fixed width/);
  });

  it('refuses zero or negative widths', () => {
    expect(() => columnWidths([0], 500)).toThrow(RangeError);
    expect(() => columnWidths([{ fr: -1 }], 500)).toThrow(RangeError);
  });
});

describe('paginateRows', () => {
  const base = { headerHeight: 20, totalsHeight: 0, firstPageSpace: 100, pageSpace: 100 };

  it('puts rows on the current page while they fit and carries the rest to new pages', () => {
    const chunks = paginateRows({ ...base, rowHeights: Array(10).fill(20) });
    expect(chunks).toEqual([
      { newPage: false, from: 0, to: 4, totals: false },
      { newPage: true, from: 4, to: 8, totals: false },
      { newPage: true, from: 8, to: 10, totals: false },
    ]);
  });

  it('never splits a row: a row that does not fit moves whole to the next page', () => {
    const chunks = paginateRows({ ...base, rowHeights: [30, 30, 30] });
    expect(chunks.map((c) => [c.from, c.to])).toEqual([
      [0, 2],
      [2, 3],
    ]);
  });

  it('starts the table on a new page when its header and first row do not fit under the cursor', () => {
    const chunks = paginateRows({ ...base, firstPageSpace: 30, rowHeights: [20, 20] });
    expect(chunks).toEqual([{ newPage: true, from: 0, to: 2, totals: false }]);
  });

  it('keeps the totals row on the page of the last row', () => {
    const chunks = paginateRows({ ...base, totalsHeight: 20, rowHeights: [20, 20, 20, 20] });
    expect(chunks).toEqual([
      { newPage: false, from: 0, to: 3, totals: false },
      { newPage: true, from: 3, to: 4, totals: true },
    ]);
  });

  it('gives a row taller than a page a page of its own rather than looping', () => {
    const chunks = paginateRows({ ...base, rowHeights: [20, 500, 20] });
    expect(chunks.map((c) => [c.from, c.to])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });

  it('prints a header (and totals) for a table with no rows', () => {
    expect(paginateRows({ ...base, totalsHeight: 20, rowHeights: [] })).toEqual([
      { newPage: false, from: 0, to: 0, totals: true },
    ]);
  });
});

describe('labelGrid', () => {
  const spec = {
    page: pageSize('portrait'),
    label: { width: mm(38.1), height: mm(21.2) },
    columns: 5,
    rows: 13,
    margin: { top: mm(10.7), left: mm(4.75) },
    gap: { x: mm(2.5), y: 0 },
  };

  it('fills a sheet row by row from the top-left and continues on the next sheet', () => {
    const positions = labelGrid(spec, 70);
    expect(positions[0]).toMatchObject({ sheet: 0, row: 0, column: 0 });
    expect(positions[4]).toMatchObject({ sheet: 0, row: 0, column: 4 });
    expect(positions[5]).toMatchObject({ sheet: 0, row: 1, column: 0 });
    expect(positions[64]).toMatchObject({ sheet: 0, row: 12, column: 4 });
    expect(positions[65]).toMatchObject({ sheet: 1, row: 0, column: 0 });
    expect(positions.filter((p) => p.sheet === 1)).toHaveLength(5);
  });

  it('places labels by margin and gap in PDF coordinates', () => {
    const [first, second, sixth] = [0, 1, 5].map((i) => labelGrid(spec, 6)[i]!);
    expect(first!.x).toBeCloseTo(mm(4.75));
    expect(first!.y + first!.height).toBeCloseTo(spec.page.height - mm(10.7));
    expect(second!.x - first!.x).toBeCloseTo(mm(38.1 + 2.5));
    expect(first!.y - sixth!.y).toBeCloseTo(mm(21.2));
  });

  it('ends the last row of a 65-label sheet at the bottom margin, on the sheet', () => {
    const last = labelGrid(spec, 65)[64]!;
    expect(last.y).toBeCloseTo(mm(10.7), 1);
    expect(last.x + last.width).toBeCloseTo(spec.page.width - mm(4.75), 1);
  });

  it('centres the grid when no margin is given', () => {
    const { margin: _, ...centred } = spec;
    const first = labelGrid(centred, 1)[0]!;
    expect(first.x).toBeCloseTo(mm(4.75), 1);
  });

  it('starts at a later position on a partly used sheet', () => {
    const positions = labelGrid({ ...spec, start: 63 }, 3);
    expect(positions.map((p) => [p.sheet, p.row, p.column])).toEqual([
      [0, 12, 3],
      [0, 12, 4],
      [1, 0, 0],
    ]);
  });

  it('refuses a grid that does not fit on the sheet', () => {
    expect(() => labelGrid({ ...spec, rows: 14 }, 1)).toThrow(/does not fit/);
  });
});

describe('units and alignment', () => {
  it('converts millimetres to points and knows A4', () => {
    expect(mm(25.4)).toBeCloseTo(72);
    expect(pageSize('portrait').width).toBeCloseTo(595.28, 1);
    expect(pageSize('landscape').width).toBeCloseTo(841.89, 1);
  });

  it('aligns a line left, centre or right in its box', () => {
    expect(alignX('left', 10, 100, 40)).toBe(10);
    expect(alignX('center', 10, 100, 40)).toBe(40);
    expect(alignX('right', 10, 100, 40)).toBe(70);
  });
});

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';

/** The two faces every document uses. */
export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

/** DejaVu Sans's hhea ascender and descender (1901 and 483 of 2048 units), in ems. */
export const ASCENT = 0.928;
export const DESCENT = 0.236;

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
type FontkitFont = ReturnType<Fontkit['create']>;
type GlyphRun = ReturnType<FontkitFont['layout']>;

const require = createRequire(import.meta.url);
const FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

let fontBytes: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

/** The TTF files' bytes, read from disk once per process; a failed read is retried on the next call. */
export function loadFontBytes(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  fontBytes ??= Promise.all([readFile(FILES.regular), readFile(FILES.bold)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      fontBytes = undefined;
      throw error;
    },
  );
  return fontBytes;
}

const parsed = new WeakMap<Uint8Array, FontkitFont>();

/**
 * fontkit as pdf-lib uses it, with two changes.
 *
 * Text is mapped to glyphs through the font's cmap alone. fontkit's full OpenType shaping costs
 * ~0.2 ms per string (a 200-line table spent half a second in it) and buys nothing here: Latin,
 * Cyrillic and digits need no shaping, pdf-lib ignores the kerning positions it computes, and a
 * ligature glyph (DejaVu's «fi») would break text search and `pdftotext`. One glyph per code point
 * also makes a string's width the sum of its characters'.
 *
 * A font file is parsed once per process, not once per document: parsing and decoding its tables
 * was the larger part of rendering a short document. Sharing is safe because each document gets its
 * own subset (`createSubset()`), fontkit reads the shared font synchronously, so two documents
 * never interleave inside it, and DejaVu maps no two code points to one glyph, so the code point a
 * cached glyph remembers (pdf-lib's ToUnicode map uses it) is the same whichever document met it first
 * (once `layout` has given it one, see there).
 */
const cmapOnlyFontkit: Fontkit = {
  create(buffer, postscriptName) {
    const known = postscriptName === undefined ? parsed.get(buffer) : undefined;
    if (known) return known;
    // The two packages ship separate typings of the same fontkit Font object.
    const font = fontkit.create(buffer, postscriptName) as unknown as FontkitFont;
    font.layout = (text: string) => {
      const glyphs = font.glyphsForString(text);
      // A glyph first met as a part of another (Cyrillic «А» is built from Latin "A") is cached without
      // its code point, and pdf-lib's ToUnicode map would then leave the character out of the text
      // layer of every later document: give it the code point it stands for here.
      let i = 0;
      for (const char of text) {
        const glyph = glyphs[i++] as { codePoints: number[] } | undefined;
        if (glyph && glyph.codePoints.length === 0) glyph.codePoints = [char.codePointAt(0) as number];
      }
      return { glyphs } as GlyphRun;
    };
    if (postscriptName === undefined) parsed.set(buffer, font);
    return font;
  },
};

/**
 * Embeds DejaVu Sans regular and bold into a document, subset to the glyphs it uses. The subset
 * names carry fixed tags so the same content always yields the same bytes.
 */
export async function embedFonts(doc: PDFDocument): Promise<Fonts> {
  const bytes = await loadFontBytes();
  doc.registerFontkit(cmapOnlyFontkit);
  const [regular, bold] = await Promise.all([
    doc.embedFont(bytes.regular, { subset: true, customName: 'AAAAAA+DejaVuSans' }),
    doc.embedFont(bytes.bold, { subset: true, customName: 'AAAAAB+DejaVuSans-Bold' }),
  ]);
  return { regular, bold };
}

/**
 * A width function for one font at one size. Widths are cached per character for the process:
 * with one glyph per code point a string's width is the sum of its characters' widths.
 */
export function measurer(font: PDFFont, size: number): (text: string) => number {
  let widths = charWidths.get(font.name);
  if (!widths) {
    widths = new Map();
    charWidths.set(font.name, widths);
  }
  const cache = widths;
  return (text) => {
    let total = 0;
    for (const char of text) {
      let width = cache.get(char);
      if (width === undefined) {
        width = font.widthOfTextAtSize(char, 1000);
        cache.set(char, width);
      }
      total += width;
    }
    return (total * size) / 1000;
  };
}

const charWidths = new Map<string, Map<string, number>>();

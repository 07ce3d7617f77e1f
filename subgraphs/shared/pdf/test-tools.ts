/**
 * Reads PDFs back the way a person or a scanner would, with the command-line tools the tests rely
 * on: poppler's `pdftotext`/`pdftoppm`/`pdfinfo`, zbar's `zbarimg` and libdmtx's `dmtxread`. Files
 * live in a temporary folder that `dispose()` removes.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A region of a page in points from its top-left corner, to scan one code among many. */
export interface Crop {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfProbe {
  /** `pdftotext -layout`, all pages or one (1-based). */
  text(page?: number): Promise<string>;
  /** Every word on a page with its box in points from the page's top-left (`pdftotext -bbox`). */
  words(
    page: number,
  ): Promise<Array<{ text: string; xMin: number; yMin: number; xMax: number; yMax: number }>>;
  pageCount(): Promise<number>;
  /** `pdfinfo`'s fields (Title, Producer, Pages…). */
  info(): Promise<Record<string, string>>;
  /**
   * Renders a page at 300 dpi and returns every code of one symbology zbar finds on it. Only that
   * symbology is enabled: zbar reads a table's grid lines as a GS1 DataBar now and then.
   */
  zbar(page: number, symbology: 'code128' | 'ean13' | 'qrcode', crop?: Crop): Promise<string[]>;
  /** Renders a page (or part of it) at 300 dpi and returns every Data Matrix dmtxread finds. */
  dmtx(page: number, crop?: Crop): Promise<string[]>;
  dispose(): Promise<void>;
}

/** Writes `bytes` to a fresh temporary folder and returns readers for it. */
export async function probePdf(bytes: Uint8Array): Promise<PdfProbe> {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-test-'));
  const file = join(dir, 'document.pdf');
  await writeFile(file, bytes);
  const maxBuffer = 64 * 1024 * 1024;
  let renders = 0;
  const images = new Map<string, Promise<string>>();
  // Several scans of one page share its rendering, the slow part at 300 dpi.
  const render = (page: number, crop?: Crop) => {
    const key = JSON.stringify([page, crop]);
    let image = images.get(key);
    if (!image) {
      image = renderPage(page, crop);
      images.set(key, image);
    }
    return image;
  };
  const renderPage = async (page: number, crop?: Crop) => {
    const dpi = 300;
    const px = (points: number) => String(Math.round((points * dpi) / 72));
    const region = crop
      ? ['-x', px(crop.x), '-y', px(crop.y), '-W', px(crop.width), '-H', px(crop.height)]
      : [];
    const stem = `render-${++renders}`;
    await run('pdftoppm', [
      '-r',
      String(dpi),
      '-png',
      ...region,
      '-f',
      String(page),
      '-l',
      String(page),
      file,
      join(dir, stem),
    ]);
    const name = (await readdir(dir)).find((entry) => entry.startsWith(`${stem}-`));
    if (!name) throw new Error(`pdftoppm wrote no image for page ${page}`);
    return join(dir, name);
  };
  const info = async () => {
    const { stdout } = await run('pdfinfo', [file]);
    return Object.fromEntries(
      stdout
        .split('\n')
        .filter((line) => line.includes(':'))
        .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]),
    );
  };
  return {
    async text(page) {
      const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
      const { stdout } = await run('pdftotext', ['-layout', ...range, file, '-'], { maxBuffer });
      return stdout;
    },
    async words(page) {
      const { stdout } = await run(
        'pdftotext',
        ['-bbox', '-f', String(page), '-l', String(page), file, '-'],
        {
          maxBuffer,
        },
      );
      const unescapeXml = (text: string) =>
        text
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&');
      return [
        ...stdout.matchAll(
          /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
        ),
      ].map((m) => ({
        text: unescapeXml(m[5]!),
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
      }));
    },
    async pageCount() {
      return Number((await info()).Pages);
    },
    info,
    async zbar(page, symbology, crop) {
      const image = await render(page, crop);
      const args = ['--raw', '-q', '-Sdisable', `-S${symbology}.enable`, image];
      // zbarimg exits with 4 when it finds nothing; that is an answer here, not a failure.
      const result = await run('zbarimg', args, { maxBuffer }).catch(
        (error: { code?: number; stdout?: string }) => {
          if (error.code === 4) return { stdout: '' };
          throw error;
        },
      );
      return result.stdout.split('\n').filter((line) => line !== '');
    },
    async dmtx(page, crop) {
      const image = await render(page, crop);
      // Without a crop dmtxread searches a whole 300 dpi A4 for many seconds; -m bounds it.
      const result = await run('dmtxread', ['-n', '-m', '20000', image], { maxBuffer }).catch(
        (error: { code?: number; stdout?: string }) => {
          if (error.code === 1) return { stdout: error.stdout ?? '' };
          throw error;
        },
      );
      return result.stdout.split('\n').filter((line) => line !== '');
    },
    async dispose() {
      await rm(dir, { recursive: true, force: true });
    },
  };
}

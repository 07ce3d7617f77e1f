import type { StockDocumentPrint } from './print-data.ts';
import { renderStockDocument } from './stock-document-pdf.ts';

/** A stock document's print form as the module's `files['stock-document']` serves it; null when none. */
export async function stockDocumentFile(
  print: StockDocumentPrint | null,
): Promise<{ contentType: 'application/pdf'; filename: string; body: Uint8Array } | null> {
  if (!print) return null;
  return {
    contentType: 'application/pdf',
    // Numbers are ASCII by contract, but a filename goes into a header: keep it to safe characters.
    filename: `${print.number.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`,
    body: await renderStockDocument(print),
  };
}

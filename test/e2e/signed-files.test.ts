import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../subgraphs/catalog/index.ts';
import { signInternalToken } from '../../subgraphs/shared/auth.ts';
import { type BootedSubgraph, bootSubgraph } from '../../subgraphs/shared/boot.ts';
import { DEV_INTERNAL_SECRET } from '../../subgraphs/shared/config.ts';
import { filePath, signFilePath } from '../../subgraphs/shared/files.ts';
import { probePdf } from '../../subgraphs/shared/pdf/test-tools.ts';
import type { SubgraphModule } from '../../subgraphs/shared/subgraph.ts';
import type { StockDocumentPrint } from '../../subgraphs/warehouse/documents/print-data.ts';
import { stockDocumentFile } from '../../subgraphs/warehouse/documents/print-file.ts';
import { createTestDatabase, memoryLogger, rawRequest, useGraph } from '../helpers.ts';

const DOCUMENT_ID = '0b6f3c2e-7a51-4c0e-9d7e-3f5a1b2c4d6e';

const print: StockDocumentPrint = {
  type: 'RECEIPT',
  status: 'POSTED',
  number: 'RC-2026-000042',
  date: '2026-03-02',
  source: null,
  destination: 'Центральный склад',
  counterpart: 'ООО «Оптические системы»',
  reason: null,
  comment: null,
  reversalOf: null,
  lines: [
    {
      name: 'Оптический терминал Huawei HG8245H',
      sku: 'ONT-HG8245H',
      unit: 'шт',
      quantity: '1',
      serials: ['48575443A1B2C3D4'],
      unitCost: '3450.00',
      cost: '3450.00',
      condition: null,
      direction: null,
    },
  ],
  total: '3450.00',
  author: 'Иванова А. П.',
  postedAt: new Date('2026-03-02T09:30:00Z'),
};

/**
 * The warehouse's file route, served until the warehouse is in the registry by a subgraph of its own
 * here: the catalog's schema with the warehouse's `stock-document` print form. The gateway is pointed
 * at it as `warehouse`, so the whole path — signed link, gateway, internal token, subgraph — is real.
 */
function standIn(callers: { actor: string; scopes: string[]; requestId: string }[]): SubgraphModule {
  return {
    ...(catalog as SubgraphModule),
    files: {
      'stock-document': async (ctx, id) => {
        callers.push({ actor: ctx.actor.id, scopes: ctx.actor.scopes, requestId: ctx.requestId });
        if (id === 'explodes') throw new Error('relation "warehouse.secret_table" does not exist');
        return stockDocumentFile(id === DOCUMENT_ID ? print : null);
      },
    },
  };
}

describe('signed file URLs through the gateway', () => {
  const callers: { actor: string; scopes: string[]; requestId: string }[] = [];
  const standInLogs = memoryLogger();
  let warehouse: BootedSubgraph;
  let dropStandIn = async () => {};

  // Before the graph starts: the gateway's configuration needs the stand-in's address.
  beforeAll(async () => {
    const db = await createTestDatabase();
    dropStandIn = db.drop;
    warehouse = await bootSubgraph(standIn(callers), {
      databaseUrl: db.url,
      port: 0,
      internalSecret: DEV_INTERNAL_SECRET,
      logger: standInLogs.logger,
      development: true,
    });
  });
  afterAll(async () => {
    await warehouse?.close();
    await dropStandIn();
  });

  const g = useGraph({
    configure: (c) => ({ ...c, subgraphUrls: { ...c.subgraphUrls, warehouse: warehouse.server.url } }),
  });

  const origin = () => new URL(g.url).origin;
  const secret = () => g.graph.config.internalSecret;
  const signed = (path: string, ttl?: number, now?: number) =>
    `${origin()}${signFilePath(path, secret(), ttl, now)}`;
  const documentPath = filePath('warehouse', 'stock-document', DOCUMENT_ID);

  it('serves a module’s file to a link it signed, without an Authorization header', async () => {
    const res = await fetch(signed(documentPath), { headers: { 'x-request-id': 'signed-file-test-1' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('inline; filename="RC-2026-000042.pdf"');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const probe = await probePdf(new Uint8Array(await res.arrayBuffer()));
    try {
      const text = await probe.text();
      expect(text).toContain('Приходная накладная');
      expect(text).toContain('RC-2026-000042');
      expect(text).toContain('Оптический терминал Huawei HG8245H');
    } finally {
      await probe.dispose();
    }
    // The subgraph was asked as the gateway's file service, with the module's read scope only.
    expect(callers.at(-1)).toEqual({
      actor: 'service:files',
      scopes: ['warehouse:read'],
      requestId: 'signed-file-test-1',
    });
  });

  it('answers 404 for a file the module does not have, and for a kind it does not serve', async () => {
    for (const path of [
      filePath('warehouse', 'stock-document', '00000000-0000-0000-0000-000000000000'),
      filePath('warehouse', 'invoice', DOCUMENT_ID),
      filePath('catalog', 'stock-document', DOCUMENT_ID),
    ]) {
      const res = await rawRequest(signed(path));
      expect(res.status).toBe(404);
      expect(res.json?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('answers 404 for a subgraph the graph does not have, even with a good signature', async () => {
    const res = await rawRequest(signed(filePath('billing', 'invoice', DOCUMENT_ID)));
    expect(res.status).toBe(404);
    expect(res.json?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    ['no signature', () => `${origin()}${documentPath}`],
    ['no expiry', () => signed(documentPath).replace(/expires=\d+&/, '')],
    [
      'a signature for another document',
      () => signed(filePath('warehouse', 'stock-document', 'other')).replace('/other?', `/${DOCUMENT_ID}?`),
    ],
    [
      'a later expiry than was signed',
      () => signed(documentPath).replace(/expires=(\d+)/, (_m, e) => `expires=${Number(e) + 60}`),
    ],
    [
      'an altered signature',
      () => signed(documentPath).replace(/signature=(.)/, (_m, c) => `signature=${c === 'A' ? 'B' : 'A'}`),
    ],
    ['a link that has expired', () => signed(documentPath, 60, Date.now() - 120_000)],
  ])('refuses %s with 403 FORBIDDEN', async (_label, url) => {
    const before = callers.length;
    const res = await rawRequest(url());
    expect(res.status).toBe(403);
    expect(res.json?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.text).not.toContain('%PDF');
    // Refused at the gateway: the subgraph never saw it.
    expect(callers.length).toBe(before);
  });

  it('says an expired link has expired', async () => {
    const res = await rawRequest(signed(documentPath, 60, Date.now() - 120_000));
    expect(res.json?.errors?.[0]?.message).toBe('This link has expired');
  });

  it('hides a module’s failure behind a generic 502, and the subgraph logs it', async () => {
    const res = await rawRequest(signed(filePath('warehouse', 'stock-document', 'explodes')));
    expect(res.status).toBe(502);
    expect(res.text).not.toContain('secret_table');
    expect(standInLogs.lines().some((l) => l.msg === 'file failed')).toBe(true);
  });

  describe('the subgraph’s own file route', () => {
    const base = () => warehouse.server.url.replace(/\/graphql$/, '');

    it('refuses a caller without an internal token with 401', async () => {
      const res = await rawRequest(`${base()}/files/stock-document/${DOCUMENT_ID}`);
      expect(res.status).toBe(401);
      expect(res.json?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a URL signature in place of a token', async () => {
      const signature = new URL(signed(documentPath)).searchParams.get('signature');
      const res = await rawRequest(`${base()}/files/stock-document/${DOCUMENT_ID}`, {
        headers: { authorization: `Bearer ${signature}` },
      });
      expect(res.status).toBe(401);
    });

    it('answers 500 without internals when the module fails', async () => {
      const token = await signInternalToken({ id: 'test', roles: [], scopes: ['warehouse:read'] }, secret());
      const res = await rawRequest(`${base()}/files/stock-document/explodes`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(500);
      expect(res.json?.errors?.[0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(res.text).not.toContain('secret_table');
    });
  });
});

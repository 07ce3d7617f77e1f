import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../../gateway/config.ts';
import { LiveChannel } from '../../subgraphs/monitoring/service/live.ts';
import { publishLive } from '../../subgraphs/shared/live.ts';
import { rawRequest, useGraph } from '../helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
// The README's picture is refreshed on request (UPDATE_SCREENSHOT=1 npm test); otherwise the run leaves the
// checkout as it was and writes its screenshot to the temp folder.
const SCREENSHOT =
  process.env.UPDATE_SCREENSHOT === '1'
    ? fileURLToPath(new URL('../../docs/explorer.png', import.meta.url))
    : join(tmpdir(), `oss-graph-explorer-${process.pid}.png`);
const SUBSCRIPTION_SCREENSHOT = join(tmpdir(), `oss-graph-explorer-subscription-${process.pid}.png`);
/** What Chromium sends when a person opens a URL. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,*/*;q=0.8';
const QUERY = `{
  catalogItems(first: 5) {
    totalCount
    nodes {
      sku
      name
    }
  }
}`;
const UI_TIMEOUT = 20_000;

function directives(csp: string | null): Map<string, string> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name!, sources.join(' ')]),
  );
}

/** Replaces the text of a CodeMirror editor as a person pasting would (no auto-closed brackets). */
async function replaceText(page: Page, editor: string, text: string): Promise<void> {
  await page.locator(editor).first().click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(text);
}

describe('the explorer served by the gateway', { timeout: 60_000 }, () => {
  const g = useGraph({ seed: true });
  let browser: Browser | undefined;
  let page: Page;
  /** Every URL the browser asked for, HTTP and WebSocket, from the page, its frames and workers. */
  const requested: string[] = [];
  const cspViolations: string[] = [];
  const sockets: string[] = [];
  /** graphql-ws messages on those sockets, parsed: what the browser sent and what the gateway answered. */
  const sent: Record<string, any>[] = [];
  const received: Record<string, any>[] = [];
  const gatewayHost = () => new URL(g.url).host;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`The explorer is tested in Debian's chromium at ${CHROMIUM}: apt-get install chromium`);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    // A new context is a fresh profile: no stored Altair state from an earlier run.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    context.on('request', (request) => requested.push(request.url()));
    // The NOC has no internet: whatever is not addressed to the gateway fails as an unreachable host.
    await context.route('**', (route) =>
      new URL(route.request().url()).host === gatewayHost()
        ? route.continue()
        : route.abort('internetdisconnected'),
    );
    page = await context.newPage();
    page.setDefaultTimeout(UI_TIMEOUT);
    page.on('websocket', (ws) => {
      requested.push(ws.url());
      sockets.push(ws.url());
      ws.on('framesent', (frame) => sent.push(JSON.parse(String(frame.payload))));
      ws.on('framereceived', (frame) => received.push(JSON.parse(String(frame.payload))));
    });
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) cspViolations.push(message.text());
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('answers a browser at the endpoint with the page under a same-origin policy', async () => {
    const res = await rawRequest(g.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.text).toContain('<app-root>');
    // Every script is a file from the gateway: nothing inline for the policy to allow.
    expect(res.text).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(res.text).toContain('src="init.js"');

    const csp = directives(res.headers.get('content-security-policy'));
    const host = gatewayHost();
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('connect-src')).toBe(`'self' ws://${host} wss://${host}`);
    expect(csp.get('img-src')).toBe("'self' data:");
    expect(csp.get('font-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'self'");
    for (const [name, sources] of csp) {
      for (const source of sources.split(' ')) {
        expect(
          [`ws://${host}`, `wss://${host}`, 'data:'].includes(source) || /^'[a-z-]+'$/.test(source),
          `${name} ${source}`,
        ).toBe(true);
      }
    }
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('vary')).toMatch(/accept/i);
  });

  it('leaves operations, and clients that take JSON, to GraphQL at the same URL', async () => {
    const authorization = `Bearer ${await g.token('ADMIN')}`;
    const post = await rawRequest(g.url, {
      method: 'POST',
      headers: { accept: BROWSER_ACCEPT, 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.json?.data).toEqual({ __typename: 'Query' });

    const get = await rawRequest(`${g.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: BROWSER_ACCEPT, authorization, 'apollo-require-preflight': 'true' },
    });
    expect(get.json?.data).toEqual({ __typename: 'Query' });

    const curl = await rawRequest(g.url, { headers: { accept: '*/*' } });
    expect(curl.headers.get('content-type')).not.toMatch(/html/);
  });

  it("serves Altair's files from its package, the content-hashed ones cacheable for a year", async () => {
    const html = (await rawRequest(g.url, { headers: { accept: BROWSER_ACCEPT } })).text;
    const chunk = html.match(/href="(chunk-[A-Z0-9]{8}\.js)"/)?.[1];
    expect(chunk).toBeDefined();
    const hashed = await rawRequest(`${g.url}/explorer/${chunk}`);
    expect(hashed.status).toBe(200);
    expect(hashed.headers.get('content-type')).toMatch(/javascript/);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(hashed.headers.get('x-content-type-options')).toBe('nosniff');

    const main = await rawRequest(`${g.url}/explorer/main.js`);
    expect(main.status).toBe(200);
    expect(main.headers.get('cache-control')).not.toMatch(/immutable/);

    const init = await rawRequest(`${g.url}/explorer/init.js`);
    expect(init.headers.get('content-type')).toMatch(/javascript/);
    expect(init.text).toContain('AltairGraphQL.init(');
    expect(init.text).toMatch(/disableAccount: true/);
    expect(init.text).toMatch(/initialSubscriptionRequestHandlerId: `graphql-ws`/);

    expect((await rawRequest(`${g.url}/explorer/no-such-file.js`)).status).toBe(404);
  });

  it('documents the schema from introspection before any token is given', async () => {
    await page.goto(g.url);
    await page.getByText('Docs', { exact: true }).click();
    await page.locator('.doc-viewer-item .no-link-link', { hasText: /^\s*Query\s*$/ }).click();
    await page
      .locator('.doc-viewer-item-query-type', { hasText: /^\s*CatalogItem\s*$/ })
      .first()
      .click();
    const docs = page.locator('app-doc-viewer');
    await docs.locator('.breadcrumb-current', { hasText: 'CatalogItem' }).waitFor();
    await docs.locator('.no-link-link', { hasText: /^\s*sku\s*$/ }).waitFor();
    expect(await docs.innerText()).toContain('Stock-keeping unit');
    await page.getByText('Docs', { exact: true }).click();
  });

  it('runs the catalog query with the token set in the headers dialog and shows the answer', async () => {
    const expected = await g.request(QUERY);
    const total = expected.body.data?.catalogItems.totalCount as number;
    const firstSku = expected.body.data?.catalogItems.nodes[0].sku as string;
    expect(total).toBeGreaterThan(5);

    await page.locator('a[aria-label="Set Headers"]').click();
    await page.locator('[aria-placeholder="Header key"]').click();
    await page.keyboard.insertText('Authorization');
    await page.locator('[aria-placeholder="Header value"]').click();
    await page.keyboard.insertText(`Bearer ${await g.token('ADMIN')}`);
    await page.getByRole('button', { name: 'Done' }).click();

    await replaceText(page, 'app-query-editor .cm-content', QUERY);
    await page.getByRole('button', { name: 'Send Request' }).click();
    const result = page.locator('app-query-result .cm-content', { hasText: firstSku }).first();
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toContain(`"totalCount": ${total}`);
    expect(text).not.toContain('"errors"');
    await page.locator('app-query-result .response-status-code', { hasText: '200' }).waitFor();

    await mkdir(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
  });

  it('keeps the query in the history', async () => {
    await page.locator('a[aria-label="History"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('catalogItems(first: 5)').first().waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
  });

  it('subscribes over graphql-ws at the same endpoint, the token in the connection parameters', async () => {
    const token = await g.token('ADMIN');
    await page.locator('a[aria-label="Request Handlers"]').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Websocket (graphql-ws)').waitFor();
    expect(await dialog.innerText()).toContain(`ws://${gatewayHost()}/graphql`);
    await replaceText(
      page,
      '.request-handler-params__input >> nth=-1 >> .cm-content',
      JSON.stringify({ authorization: `Bearer ${token}` }),
    );
    await dialog.getByRole('button', { name: 'Save' }).click();

    await replaceText(
      page,
      'app-query-editor .cm-content',
      'subscription { networkStatusChanged { total } }',
    );
    await page.getByRole('button', { name: 'Send Request' }).click();
    // A status change committed in monitoring (as its poller commits one) is the event the page waits for.
    const { database } = g.graph.subgraphs.get('monitoring')!;
    await expect
      .poll(
        async () => {
          await publishLive({ sql: database.sql }, LiveChannel.NETWORK, { at: new Date().toISOString() });
          return received.find((m) => m.type === 'next');
        },
        { timeout: UI_TIMEOUT, interval: 500 },
      )
      .toBeDefined();
    expect(sockets).toEqual([`ws://${gatewayHost()}/graphql`]);
    expect(sent[0]).toEqual({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
    expect(received[0]).toEqual({ type: 'connection_ack' });
    const next = received.find((m) => m.type === 'next');
    expect(next?.payload).toEqual({ data: { networkStatusChanged: { total: expect.any(Number) } } });
    // And the page shows it: the answer's JSON, not only the query's text.
    await expect
      .poll(() => page.locator('body').innerText(), { timeout: UI_TIMEOUT })
      .toMatch(/"total": \d+/);
    await page.screenshot({ path: SUBSCRIPTION_SCREENSHOT });
  });

  it('made no request to any host but the gateway, and broke none of its own policy', () => {
    expect(requested.length).toBeGreaterThan(10);
    expect(requested.filter((url) => new URL(url).host !== gatewayHost())).toEqual([]);
    expect(cspViolations).toEqual([]);
  });
});

describe('the gateway with the explorer off', () => {
  const g = useGraph({ configure: (c) => ({ ...c, explorer: false }) });

  it('is off in production unless EXPLORER=true', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-of-at-least-32-characters',
      INTERNAL_TOKEN_SECRET: 'another-production-secret-of-32-characters',
    };
    expect(loadGatewayConfig(production).explorer).toBe(false);
    expect(loadGatewayConfig({ ...production, EXPLORER: 'true' }).explorer).toBe(true);
    expect(loadGatewayConfig({ NODE_ENV: 'development' }).explorer).toBe(true);
  });

  it('serves no page and no explorer files', async () => {
    const page = await rawRequest(g.url, { headers: { accept: BROWSER_ACCEPT } });
    expect(page.headers.get('content-type')).not.toMatch(/html/);
    expect(page.text).not.toContain('<app-root>');
    const file = await rawRequest(`${g.url}/explorer/main.js`);
    expect(file.headers.get('content-type') ?? '').not.toMatch(/javascript/);
  });
});

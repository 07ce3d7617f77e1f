import { pipeline } from 'node:stream/promises';
import type { Express, Request, Response } from 'express';
import { request } from 'undici';
import type { Actor } from '../subgraphs/shared/auth.ts';
import { filePath, verifyFilePath } from '../subgraphs/shared/files.ts';
import { requestIdFrom, sendGraphQLError } from '../subgraphs/shared/http.ts';
import type { Logger } from '../subgraphs/shared/logger.ts';

/** The headers of a subgraph's file answer the gateway hands on; no others (no cookies, no server). */
const PASSED_ON = ['content-type', 'content-length', 'content-disposition'] as const;

/** `name → <base>` for every subgraph: the GraphQL endpoint's URL without its `/graphql`. */
export function subgraphBases(
  supergraphSdl: string,
  overrides: Readonly<Record<string, string>>,
): Map<string, string> {
  const urls = new Map<string, string>();
  for (const m of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]*)"\)/g)) {
    urls.set(m[1]!, m[2]!);
  }
  for (const [name, url] of Object.entries(overrides)) urls.set(name, url);
  const bases = new Map<string, string>();
  for (const [name, url] of urls) if (url) bases.set(name, url.replace(/\/graphql\/?$/, ''));
  return bases;
}

/**
 * `GET /files/<subgraph>/<kind>/<id>?expires=…&signature=…`: a module's file (a print form) for whoever
 * holds a link the module signed — no Authorization header, so a browser tab or a printer can open it.
 * The signature is checked before anything else (403 when missing, tampered or expired); the file is
 * then fetched from the subgraph as `service:files` with that module's read scope only, and handed on
 * with `cache-control: private, no-store`. A subgraph's failure is a 502 without detail.
 */
export function mountFiles(
  app: Express,
  opts: {
    supergraphSdl: string;
    subgraphUrls: Readonly<Record<string, string>>;
    internalSecret: string;
    issueInternalToken: (actor: Actor) => Promise<string>;
    timeoutMs: number;
    logger: Logger;
  },
): void {
  const bases = subgraphBases(opts.supergraphSdl, opts.subgraphUrls);
  app.get('/files/:subgraph/:kind/:id', async (req: Request, res: Response) => {
    const requestId = requestIdFrom(req.header('x-request-id'));
    res.setHeader('x-request-id', requestId);
    res.setHeader('cache-control', 'private, no-store');
    const { subgraph, kind, id } = req.params as { subgraph: string; kind: string; id: string };
    const path = filePath(subgraph, kind, id);
    const check = verifyFilePath(path, req.query.expires, req.query.signature, opts.internalSecret);
    if (check !== 'ok') {
      const message = check === 'expired' ? 'This link has expired' : 'This link is not valid';
      sendGraphQLError(res, 403, 'FORBIDDEN', message, { requestId });
      return;
    }
    const base = bases.get(subgraph);
    if (!base) {
      sendGraphQLError(res, 404, 'NOT_FOUND', 'No such file', { requestId });
      return;
    }
    try {
      const token = await opts.issueInternalToken({
        id: 'service:files',
        roles: [],
        scopes: [`${subgraph}:read`],
      });
      const answer = await request(`${base}/files/${encodeURIComponent(kind)}/${encodeURIComponent(id)}`, {
        method: 'GET',
        headers: { authorization: `Bearer ${token}`, 'x-request-id': requestId },
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
      if (answer.statusCode !== 200) {
        await answer.body.dump();
        if (answer.statusCode === 404) {
          sendGraphQLError(res, 404, 'NOT_FOUND', 'No such file', { requestId });
          return;
        }
        opts.logger.error({ requestId, subgraph, kind, status: answer.statusCode }, 'file fetch failed');
        sendGraphQLError(res, 502, 'BAD_GATEWAY', 'The file could not be fetched', { requestId });
        return;
      }
      res.status(200);
      for (const name of PASSED_ON) {
        const value = answer.headers[name];
        if (typeof value === 'string') res.setHeader(name, value);
      }
      await pipeline(answer.body, res);
    } catch (error) {
      opts.logger.error({ err: error, requestId, subgraph, kind }, 'file fetch failed');
      if (res.headersSent) res.destroy();
      else sendGraphQLError(res, 502, 'BAD_GATEWAY', 'The file could not be fetched', { requestId });
    }
  });
}

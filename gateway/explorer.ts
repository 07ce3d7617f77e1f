import { getDistDirectory, type RenderOptions, renderAltair, renderInitSnippet } from 'altair-static';
import express, { type Express, type Request, type Response } from 'express';

export interface ExplorerOptions {
  /** Path of the GraphQL endpoint the explorer talks to (HTTP POST and graphql-ws), e.g. `/graphql`. */
  endpointPath: string;
  /** The operation a new explorer opens with. */
  initialQuery?: string;
}

const DEFAULT_QUERY = `{
  catalogItems(first: 5) {
    totalCount
    nodes {
      sku
      name
    }
  }
}

# The token: Set Headers (left bar) → Authorization: Bearer <token>
`;

/** esbuild's chunk names and Vite's asset names carry an 8-character content hash. */
const HASHED = /[.-][A-Za-z0-9_]{8}\.(?:js|css)$/;
/** A host name or IP literal with an optional port: nothing that could end a CSP directive. */
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * Everything from this origin, nothing from anywhere else. `framedBy` is 'none' for the page and 'self'
 * for Altair's script sandbox, which the page frames.
 */
function sameOriginPolicy(host: string | undefined, framedBy: "'none'" | "'self'"): string {
  // Both schemes: behind a TLS-terminating proxy the gateway sees http while the browser speaks wss.
  const sockets = host && HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    // No 'unsafe-eval', so Altair's pre- and post-request scripts fail with an EvalError notice rather
    // than run with this origin's rights. No 'unsafe-inline' either: the init snippet is a served file.
    "script-src 'self'",
    // Angular, ng-zorro and CodeMirror inject <style> elements and style attributes at run time without
    // a nonce, so styles need 'unsafe-inline'.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${sockets}`,
    "worker-src 'self'",
    "frame-src 'self'",
    `frame-ancestors ${framedBy}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function securityHeaders(res: Response): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
}

/**
 * Serves the GraphQL explorer from the gateway itself: every file from an npm package, no request to any
 * other host. Mounted before the GraphQL route; a browser's GET of the endpoint gets the page.
 *
 * Altair (`altair-static`) is configured not to phone home: no account or cloud sync, no plugins (they
 * load from a CDN), no update or push notifications, no banners; its sandbox frame for request scripts
 * is served locally, which Altair detects and uses instead of its hosted one.
 */
export function mountExplorer(app: Express, opts: ExplorerOptions): void {
  const endpointPath = opts.endpointPath.replace(/\/+$/, '');
  const filesPath = `${endpointPath}/explorer`;
  const initScript = 'init.js';
  // Read once: Altair renders from its index.html on disk; the per-request part is the init script.
  const page = renderAltair({ baseURL: `${filesPath}/`, serveInitialOptionsInSeperateRequest: initScript });

  const initOptions = (req: Request): RenderOptions => ({
    endpointURL: endpointPath,
    // A path: Altair puts the browser's own host in front, with this scheme (https when Express's
    // `trust proxy` lets it believe a TLS-terminating proxy's X-Forwarded-Proto).
    subscriptionsEndpoint: endpointPath,
    subscriptionsProtocol: req.protocol === 'https' ? 'wss' : 'ws',
    initialSubscriptionRequestHandlerId: 'graphql-ws',
    // The gateway reads the token of a socket from here; Altair sends no headers with graphql-ws.
    initialSubscriptionsPayload: { authorization: '' },
    initialQuery: opts.initialQuery ?? DEFAULT_QUERY,
    disableAccount: true,
    initialSettings: {
      'plugin.list': [],
      'alert.disableUpdateNotification': true,
      disablePushNotification: true,
      'banners.disable': true,
      'schema.reloadOnStart': true,
    },
  });

  app.get(endpointPath, (req, res, next) => {
    // Same URL, two representations: a client that accepts JSON as well as HTML (curl's */*) gets GraphQL.
    res.vary('Accept');
    if (req.query.query !== undefined || req.accepts(['application/json', 'text/html']) !== 'text/html') {
      return next();
    }
    securityHeaders(res);
    res.setHeader('Content-Security-Policy', sameOriginPolicy(req.headers.host, "'none'"));
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(page);
  });

  const files = express.Router();
  files.use((_req, res, next) => {
    securityHeaders(res);
    next();
  });
  files.get(`/${initScript}`, (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type('text/javascript').send(renderInitSnippet(initOptions(req)));
  });
  // Altair probes for this local copy of its script sandbox frame and, when it is missing, frames its
  // hosted one. The frame gets the page's policy, not altair-static's `sandbox` one: that gives the frame
  // an opaque origin, and Altair's postMessage handshake, addressed to this origin, then never ends.
  files.use('/iframe-sandbox', (req, res, next) => {
    res.setHeader('Content-Security-Policy', sameOriginPolicy(req.headers.host, "'self'"));
    next();
  });
  files.use(
    express.static(getDistDirectory(), {
      index: false,
      redirect: false,
      setHeaders: (res, path) => {
        res.setHeader(
          'Cache-Control',
          HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
        );
      },
    }),
  );
  files.use((_req, res) => {
    res.status(404).type('text').send('Not found');
  });
  app.use(filesPath, files);
}

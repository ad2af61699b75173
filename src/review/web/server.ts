/**
 * The review page, served on 127.0.0.1 only with plain node:http. Every request must carry this run's token
 * (in the URL for the page and the font, in a header for the API) and a local Host header (so a web page
 * elsewhere cannot reach it through DNS rebinding). The page needs nothing from outside.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { DecisionRequest } from '../../model/index.js';
import { DialistError } from '../../model/index.js';
import type { BatchChoice, ReviewSession } from '../session.js';
import type { QueueFilter, QueueOrder } from '../queue.js';
import { reviewPage } from './page.js';

export interface ReviewServer {
  /** http://127.0.0.1:PORT/?token=...: open it in a browser on this computer. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);

/** Noto Sans Hans from @embedpdf/fonts-sc (as src/lists/render/cjk-font.ts finds it): the page's last-resort font. */
function cjkFontPath(): string | undefined {
  try {
    const path = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const STATUS: Record<string, number> = {
  DECIDED_SINCE: 409, ALREADY_DECIDED: 409, NOT_LATEST: 409, ALREADY_UNDONE: 409, RECORD_EXISTS: 409,
  ITEM_NOT_FOUND: 404, RECORD_NOT_FOUND: 404, DECISION_NOT_FOUND: 404, NOTHING_TO_UNDO: 404, NOTHING_TO_ACCEPT: 404,
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cache-Control': 'no-store',
};

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) throw new DialistError('BAD_REQUEST', 'send JSON (Content-Type: application/json)');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 1 << 20) throw new DialistError('BAD_REQUEST', 'request too large');
    chunks.push(chunk as Buffer);
  }
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch {
    throw new DialistError('BAD_REQUEST', 'the request body is not a JSON object');
  }
}

const optionalNumber = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const optionalText = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

/** The page's request, checked field by field (it comes over HTTP, so nothing is taken on trust). */
function decisionRequestOf(body: Record<string, unknown>): DecisionRequest {
  const r = body.request as Record<string, unknown> | undefined;
  const action = r?.action;
  const text = (k: string) => {
    const v = optionalText(r?.[k]);
    if (!v) throw new DialistError('BAD_REQUEST', `${String(action)} needs ${k}`);
    return v;
  };
  switch (action) {
    case 'accept': return { action, recordId: text('recordId'), via: optionalText(r?.via) };
    case 'reject': return { action, recordId: text('recordId') };
    case 'none': case 'not-person': case 'unsure': case 'not-same': return { action };
    case 'same': return { action, keep: optionalText(r?.keep) };
    case 'new-record': {
      const fields = (r?.fields && typeof r.fields === 'object' ? r.fields : {}) as Record<string, unknown>;
      return { action, fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string')) };
    }
    default: throw new DialistError('BAD_REQUEST', `unknown action ${JSON.stringify(action)}`);
  }
}

function filterOf(url: URL, base: QueueFilter): QueueFilter {
  const order = url.searchParams.get('order');
  return {
    ...base,
    ...(order && ['document', 'margin', 'impact'].includes(order) ? { order: order as QueueOrder } : {}),
    unsure: url.searchParams.get('unsure') === '1' || (base.unsure ?? false),
    stale: url.searchParams.get('stale') === '1' || (base.stale ?? false),
  };
}

/**
 * Starts the server. Port 0 picks a free port.
 *
 * @example
 * const server = await startReviewServer(session, { port: 0 });
 * console.log(server.url); // http://127.0.0.1:41234/?token=...
 */
export async function startReviewServer(session: ReviewSession, { port = 0, filter = {} }: { port?: number; filter?: QueueFilter } = {}): Promise<ReviewServer> {
  const token = randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const fontPath = cjkFontPath();
  let bound = port;

  const hostAllowed = (host?: string) => host === `127.0.0.1:${bound}` || host === `localhost:${bound}`;
  const originAllowed = (origin?: string) => origin === undefined || origin === `http://127.0.0.1:${bound}` || origin === `http://localhost:${bound}`;
  const tokenOk = (given: string | null | undefined) => {
    const b = Buffer.from(given ?? '');
    return b.length === tokenBytes.length && timingSafeEqual(b, tokenBytes);
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req.headers.host)) return send(res, 403, 'refused: this page answers only to 127.0.0.1 or localhost\n');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${bound}`);
    const given = url.searchParams.get('token') ?? (req.headers['x-dialist-token'] as string | undefined);
    if (!tokenOk(given)) return send(res, 403, 'refused: open the URL `dialist review --web` printed (it carries this run\'s token)\n');
    if (req.method === 'POST' && !originAllowed(req.headers.origin)) return send(res, 403, 'refused: request from another site\n');

    const route = `${req.method} ${url.pathname}`;
    switch (route) {
      case 'GET /': {
        const nonce = randomBytes(16).toString('base64');
        return send(res, 200, reviewPage({ token, nonce, reviewer: session.reviewer, hasFont: Boolean(fontPath) }), {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': [
            "default-src 'none'", `script-src 'nonce-${nonce}'`, `style-src 'nonce-${nonce}'`, "font-src 'self'", "connect-src 'self'",
            "img-src 'self' data:", "base-uri 'none'", "form-action 'none'",
          ].join('; '),
        });
      }
      case 'GET /font/cjk.otf': {
        if (!fontPath) return send(res, 404, 'font not installed (@embedpdf/fonts-sc)\n');
        res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'font/otf', 'Cache-Control': 'private, max-age=86400' });
        createReadStream(fontPath).pipe(res);
        return;
      }
      case 'GET /api/queue': {
        const items = session.queue(filterOf(url, filter)).map((q) => ({
          item: q.item, kind: q.kind, name: q.name, file: q.document?.file, state: q.state, seen: q.seen, stale: Boolean(q.stale),
        }));
        return send(res, 200, { reviewer: session.reviewer, items });
      }
      case 'GET /api/item': return send(res, 200, session.describe(url.searchParams.get('item') ?? ''));
      case 'GET /api/search': return send(res, 200, { hits: session.search(url.searchParams.get('q') ?? '') });
      case 'GET /api/batch': return send(res, 200, { choices: session.batchChoices(filterOf(url, filter), Number(url.searchParams.get('min') ?? 0.5)) });
      case 'POST /api/decide': {
        const body = await readJson(req);
        const item = optionalText(body.item);
        if (!item) throw new DialistError('BAD_REQUEST', 'which item?');
        return send(res, 200, session.decide(item, decisionRequestOf(body), { seen: optionalNumber(body.seen), note: optionalText(body.note) }));
      }
      case 'POST /api/undo': {
        const body = await readJson(req);
        return send(res, 200, session.undo({ decision: optionalNumber(body.decision), seen: optionalNumber(body.seen), note: optionalText(body.note) }));
      }
      case 'POST /api/batch': {
        const body = await readJson(req);
        const choices = (Array.isArray(body.choices) ? body.choices : []) as BatchChoice[];
        const clean = choices.filter((c) => c && typeof c.item === 'string' && typeof c.recordId === 'string')
          .map((c) => ({ item: c.item, recordId: c.recordId, name: String(c.name ?? ''), confidence: Number(c.confidence ?? 0), seen: optionalNumber(c.seen) ?? 0 }));
        return send(res, 200, { outcomes: session.acceptBatch(clean, { note: optionalText(body.note) }) });
      }
      default: return send(res, 404, 'no such page\n');
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (res.headersSent) return res.destroy();
      if (e instanceof DialistError) return send(res, STATUS[e.code] ?? 400, { error: { code: e.code, message: e.message } });
      send(res, 500, { error: { code: 'INTERNAL', message: `internal error (a bug in dialist): ${(e as Error).message}` } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}/?token=${token}`, port: bound, token,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

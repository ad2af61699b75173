// The review page's server without a browser: it answers only to a local Host with this run's token, and its API
// does what the keys do (the browser itself is driven in test/system/review-web.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as httpRequest } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../../src/store/index.js';
import { importRecords } from '../../src/pipeline/import-records.js';
import { ingestBatch } from '../../src/pipeline/ingest.js';
import { openReview } from '../../src/pipeline/review.js';
import { startReviewServer, type ReviewServer } from '../../src/review/web/index.js';

const samples = join(__dirname, '../../samples');

function request(port: number, { method = 'GET', path, host = `127.0.0.1:${port}`, headers = {}, body }: { method?: string; path: string; host?: string; headers?: Record<string, string>; body?: unknown }): Promise<{ status: number; text: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers: { Host: host, ...(data ? { 'Content-Type': 'application/json' } : {}), ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

describe('the review page server', () => {
  let db: Db;
  let server: ReviewServer;
  let api: (method: string, path: string, body?: unknown) => ReturnType<typeof request>;

  beforeAll(async () => {
    db = openDb(join(mkdtempSync(join(tmpdir(), 'dialist-web-')), 'w.db'));
    await importRecords(db, join(samples, 'records.csv'));
    await ingestBatch(db, [join(samples, 'followup', '2027-03-20-mfa-followup-zh.txt')], { received: '2027-03-20' });
    server = await startReviewServer(openReview(db, { by: 'web-test' }), { port: 0 });
    api = (method, path, body) => request(server.port, { method, path, body, headers: { 'X-Dialist-Token': server.token } });
  });
  afterAll(async () => {
    await server.close();
    db.close();
  });

  it('listens on 127.0.0.1 and gives a URL with a token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
  });

  it('serves the page with its token, self-contained under a strict content policy', async () => {
    const r = await request(server.port, { path: `/?token=${server.token}` });
    expect(r.status).toBe(200);
    expect(r.text).toContain('<title>dialist review</title>');
    expect(r.headers['content-security-policy']).toMatch(/default-src 'none'; script-src 'nonce-/);
    expect(r.text).not.toMatch(/(src|href)=["']https?:/);
    const font = await request(server.port, { path: `/font/cjk.otf?token=${server.token}` });
    expect(font.status).toBe(200);
    expect(font.headers['content-type']).toBe('font/otf');
  });

  it('refuses requests without the token, with a wrong token, or with a Host that is not local', async () => {
    expect((await request(server.port, { path: '/' })).status).toBe(403);
    expect((await request(server.port, { path: '/?token=wrong' })).status).toBe(403);
    expect((await request(server.port, { path: '/api/queue', headers: { 'X-Dialist-Token': `${server.token}x` } })).status).toBe(403);
    const rebound = await request(server.port, { path: `/?token=${server.token}`, host: `evil.example:${server.port}` });
    expect(rebound.status).toBe(403);
    expect(rebound.text).toMatch(/only to 127\.0\.0\.1 or localhost/);
    expect((await request(server.port, { path: `/?token=${server.token}`, host: `localhost:${server.port}` })).status).toBe(200);
    const cross = await request(server.port, { method: 'POST', path: '/api/undo', body: {}, headers: { 'X-Dialist-Token': server.token, Origin: 'http://evil.example' } });
    expect(cross.status).toBe(403);
    const form = await request(server.port, { method: 'POST', path: '/api/undo', headers: { 'X-Dialist-Token': server.token, 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(400);
  });

  it('decides through the API as the keys do, and refuses a decision on an item decided since it was shown', async () => {
    const queue = JSON.parse((await api('GET', '/api/queue')).text);
    expect(queue.items.map((i: { item: string }) => i.item)).toEqual(['e1', 'e2', 'e3', 'e4', 'dup:DEMO0038+DEMO0077']);
    const item = JSON.parse((await api('GET', '/api/item?item=e1')).text);
    const ok = await api('POST', '/api/decide', { item: 'e1', seen: item.seen, request: { action: 'accept', recordId: 'DEMO0007' } });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.text)).toMatchObject({ item: 'e1', recordId: 'DEMO0007', value: 'accepted' });
    const late = await api('POST', '/api/decide', { item: 'e1', seen: item.seen, request: { action: 'accept', recordId: 'DEMO0008' } });
    expect(late.status).toBe(409);
    expect(JSON.parse(late.text).error).toMatchObject({ code: 'DECIDED_SINCE', message: expect.stringContaining('web-test accepted DEMO0007') });
    const bad = await api('POST', '/api/decide', { item: 'e2', request: { action: 'delete-everything' } });
    expect(bad.status).toBe(400);
    const undo = await api('POST', '/api/undo', {});
    expect(JSON.parse(undo.text)).toMatchObject({ items: ['e1'] });
    const hits = JSON.parse((await api('GET', `/api/search?q=${encodeURIComponent('Chang Chih-ming')}`)).text).hits;
    expect(hits[0].id).toBe('DEMO0038');
  });
});

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedConfig } from 'vite';
import { startWebServer } from '../../electron/web/server.ts';
import type { WebServer } from '../../electron/web/server.ts';
import { acceptedEncodings } from '../../electron/web/http-util.ts';
import { precompressAssets } from '../../electron/web/precompress.ts';
import { handlers } from '../../electron/main/handlers.ts';
import { tempApp, tempDir } from '../support/temp-app.ts';

let app: Awaited<ReturnType<typeof tempApp>>;
let server: WebServer;
let renderer: ReturnType<typeof tempDir>;
const CHUNK = 'assets/initial-BnRzW6iD.js';
const chunkText = `export const messages = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `pesan nomor ${i}`))};`;

/** What the build plugin does after Vite has written the bundle. */
async function runPlugin(outDir: string, fileNames: string[]): Promise<void> {
  const plugin = precompressAssets();
  (plugin.configResolved as (c: ResolvedConfig) => void)({ build: { outDir } } as ResolvedConfig);
  await (plugin.writeBundle as (o: unknown, b: Record<string, unknown>) => Promise<void>)({}, Object.fromEntries(fileNames.map((f) => [f, {}])));
}

beforeAll(async () => {
  app = await tempApp();
  renderer = tempDir();
  mkdirSync(join(renderer.dir, 'assets'));
  writeFileSync(join(renderer.dir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  writeFileSync(join(renderer.dir, CHUNK), chunkText);
  writeFileSync(join(renderer.dir, 'assets', 'tiny-AbCd1234.js'), 'export {};');
  await runPlugin(renderer.dir, [CHUNK, 'assets/tiny-AbCd1234.js', 'index.html']);
  server = await startWebServer({ ctx: app.ctx, handlers, rendererDir: renderer.dir });
});
afterAll(async () => {
  await server.close();
  app.close();
  renderer.cleanup();
});

function get(path: string, acceptEncoding?: string) {
  return new Promise<{ status: number; body: Buffer; headers: Record<string, string | string[] | undefined> }>((ok, fail) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${server.port}` };
    if (acceptEncoding !== undefined) headers['accept-encoding'] = acceptEncoding;
    const req = request({ host: '127.0.0.1', port: server.port, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('the built renderer over HTTP', () => {
  it('writes brotli and gzip copies of hashed chunks only, and not of files too small to gain', () => {
    expect(existsSync(join(renderer.dir, `${CHUNK}.br`))).toBe(true);
    expect(existsSync(join(renderer.dir, `${CHUNK}.gz`))).toBe(true);
    expect(existsSync(join(renderer.dir, 'assets', 'tiny-AbCd1234.js.br'))).toBe(false);
    expect(existsSync(join(renderer.dir, 'index.html.br'))).toBe(false);
  });

  it('sends a hashed chunk brotli-compressed to a browser that accepts it, gzip to one that takes gzip only', async () => {
    const br = await get(`/${CHUNK}`, 'gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(br.body.length).toBeLessThan(chunkText.length / 3);
    expect(brotliDecompressSync(br.body).toString()).toBe(chunkText);

    const gz = await get(`/${CHUNK}`, 'gzip, br;q=0');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(chunkText);

    const plain = await get(`/${CHUNK}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(chunkText);
    for (const r of [br, gz, plain]) expect(r.headers.vary).toBe('accept-encoding');
  });

  it('lets the browser keep hashed chunks for good, and asks for the page itself every time', async () => {
    expect((await get(`/${CHUNK}`, 'br')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/assets/tiny-AbCd1234.js', 'br')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/', 'br')).headers['cache-control']).toBe('no-store');
    expect((await get('/__sipena/web-api.js', 'br')).headers['cache-control']).toBe('no-store');
  });

  it('sends the file itself when no compressed copy was made, and a chunk retried under a fresh query the same way', async () => {
    const tiny = await get('/assets/tiny-AbCd1234.js', 'br, gzip');
    expect(tiny.headers['content-encoding']).toBeUndefined();
    expect(tiny.body.toString()).toBe('export {};');
    const retried = await get(`/${CHUNK}?retry=1`, 'br');
    expect(brotliDecompressSync(retried.body).toString()).toBe(chunkText);
  });

  it('reads Accept-Encoding as browsers write it', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(acceptedEncodings('gzip;q=1.0, br;q=0')).toEqual(['gzip']);
    expect(acceptedEncodings('BR;q=0.5')).toEqual(['br']);
    expect(acceptedEncodings('identity')).toEqual([]);
    expect(acceptedEncodings(undefined)).toEqual([]);
  });
});

// A static server for dist/ that sends brotli, as static hosts do: Lighthouse
// against it measures what users download (python's http.server sends the
// wasm uncompressed). Usage: node bench/serve-br.mjs [dir] [port]
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, extname, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', '..', 'dist'));
const port = Number(process.argv[3] ?? 8124);
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain' };
const cache = new Map();
createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = join(dir, path);
  if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
  try { if (!statSync(file).isFile()) throw 0; } catch { res.writeHead(404).end(); return; }
  const type = types[extname(file)] ?? 'application/octet-stream';
  const br = /\bbr\b/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/png');
  let body = readFileSync(file);
  if (br) {
    if (!cache.has(file)) cache.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    body = cache.get(file);
  }
  res.writeHead(200, { 'Content-Type': type, ...(br ? { 'Content-Encoding': 'br' } : {}), 'Cache-Control': 'no-cache' });
  res.end(body);
}).listen(port, '127.0.0.1', () => console.log(`serving ${dir} with brotli on http://127.0.0.1:${port}/`));

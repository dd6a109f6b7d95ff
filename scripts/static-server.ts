// A minimal static file server for the built site, used by the browser tests and the
// benchmark. It counts the bytes it sends so a benchmark can report transfer sizes.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  url: string;
  /** every response since the last reset: path and bytes on the wire */
  requests: () => Array<{ path: string; bytes: number }>;
  reset: () => void;
  close: () => Promise<void>;
}

/** Serves `root` on 127.0.0.1 (gzip for text, as any real host does). */
export async function serveStatic(root: string): Promise<StaticServer> {
  let log: Array<{ path: string; bytes: number }> = [];
  const server = http.createServer((req, res) => {
    let p = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (p.endsWith('/')) p += 'index.html';
    const file = path.join(root, path.normalize(p));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body = fs.readFileSync(file);
    const headers: Record<string, string> = { 'content-type': type };
    if (/text|json|xml|javascript/.test(type) && /gzip/.test(String(req.headers['accept-encoding']))) {
      body = zlib.gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    log.push({ path: p, bytes: body.length });
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => [...log],
    reset: () => void (log = []),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

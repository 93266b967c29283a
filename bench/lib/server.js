// A tiny static server on 127.0.0.1 for the benchmark pages: /pages/ (bench/pages), /node_modules/
// (bench/node_modules: the peers), /dist/ (the element's build) and /data/ (the datasets, held in
// memory). Nothing is cached, so every run loads every byte afresh.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.map': 'application/json',
};

/** The file behind `path` under one of `roots`, or null (also for a path that leaves its root). */
export function fileFor(roots, path) {
  const prefix = Object.keys(roots).find((p) => path.startsWith(p));
  if (!prefix) return null;
  const root = roots[prefix];
  const file = normalize(join(root, path.slice(prefix.length)));
  return file === root || file.startsWith(root + sep) ? file : null;
}

/**
 * Starts the server on a free port. `roots` maps a URL prefix ('/dist/') to a folder; `data` maps
 * '/data/NAME' to a string served as JSON. Resolves to `{ origin, close }`.
 */
export function serve(roots, data) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const headers = { 'cache-control': 'no-store' };
    try {
      if (data.has(path)) {
        res.writeHead(200, { ...headers, 'content-type': TYPES['.json'] });
        res.end(data.get(path));
        return;
      }
      const file = fileFor(roots, path);
      if (!file) throw Object.assign(new Error('not found'), { code: 'ENOENT' });
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch (error) {
      res.writeHead(error.code === 'ENOENT' || error.code === 'EISDIR' ? 404 : 500, headers);
      res.end(String(error.message));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

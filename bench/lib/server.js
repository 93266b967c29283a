// A tiny static server on 127.0.0.1 for the benchmark pages: /pages/ (bench/pages), /node_modules/
// (bench/node_modules: the peers), /dist/ (the element's build), /bundler/ (what esbuild makes of
// `import 'belarus-timeline'`) and /data/ (the datasets, held in memory), plus pages made in memory
// (the embed page). Nothing is cached, so every run loads every byte afresh. `?late=MS` on any URL
// holds its response back MS milliseconds (the embed page's script "arriving a second late"); the
// files it imports by relative URL carry no query, so only that one request waits.
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
 * Starts the server on a free port. `roots` maps a URL prefix ('/dist/') to a folder; `data` maps a
 * path ('/data/NAME.json', '/pages/embed.html') to a string, served with the type its extension
 * says. Resolves to `{ origin, close }`.
 */
export function serve(roots, data) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const path = decodeURIComponent(url.pathname);
    const headers = { 'cache-control': 'no-store' };
    const late = Number(url.searchParams.get('late'));
    if (late > 0) await new Promise((resolve) => setTimeout(resolve, late));
    try {
      if (data.has(path)) {
        res.writeHead(200, { ...headers, 'content-type': TYPES[extname(path)] ?? TYPES['.json'] });
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

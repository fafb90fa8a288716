// A static server for test and demo pages on 127.0.0.1 (a free port): `/fixtures/<slug>/`
// serves tests/fixtures/<slug>/source.html (other files of that folder by name), and
// `/pages/<file>` serves tests/e2e/pages/<file>. Nothing outside those folders is reachable.
// `/stalled/<file>` sends tests/e2e/pages/<file> up to its `</body>` and then never finishes
// the response: a page that never finishes loading.
// Shared by the e2e harnesses and `npm start` (types in serve.d.mts).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const MOUNTS = {
  fixtures: resolve(ROOT, 'tests/fixtures'),
  pages: resolve(ROOT, 'tests/e2e/pages'),
  stalled: resolve(ROOT, 'tests/e2e/pages'),
};
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
};

/** The file a request path maps to, or null when it is outside the served folders. */
export function fileFor(pathname) {
  const [, mount, ...rest] = decodeURIComponent(pathname).split('/');
  const base = Object.hasOwn(MOUNTS, mount ?? '') ? MOUNTS[mount] : undefined;
  if (!base) return null;
  let file = resolve(base, ...rest);
  if (mount === 'fixtures' && (pathname.endsWith('/') || rest.length === 1)) {
    file = resolve(file, 'source.html');
  }
  return file.startsWith(base + sep) ? file : null;
}

/** Starts the server; resolves to its origin and a close function once it listens. */
export async function serve() {
  const server = createServer(async (req, res) => {
    let file = null;
    try {
      file = fileFor(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {}
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (req.url?.startsWith('/stalled/')) {
      const text = body.toString('utf8');
      const end = text.lastIndexOf('</body>');
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      res.write(end >= 0 ? text.slice(0, end) : text);
      return; // left open until the server closes
    }
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

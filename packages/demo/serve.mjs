// `npm start`: serves the built demo at http://localhost:$PORT (8000), plus
// the shared corpus at /corpus/ (when it is there) and our lessons at
// /content/. Static files only; nothing is sent anywhere.
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypes, safeJoin } from '../../scripts/dev-server-parts.mjs';
import { corpusDir, repoRoot } from '../../scripts/paths.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const roots = [
  { prefix: '/corpus/', dir: corpusDir },
  { prefix: '/content/', dir: resolve(repoRoot, 'content', 'dist') },
  // For publishers: the generated API page and the embedding examples.
  { prefix: '/docs/', dir: resolve(repoRoot, 'packages', 'docs', 'dist') },
  { prefix: '/examples/', dir: resolve(repoRoot, 'packages', 'examples', 'dist') },
  { prefix: '/', dir: resolve(here, 'dist') },
];
const port = Number(process.env.PORT ?? 8000);

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const path = decodeURIComponent(url.pathname);
  if (path === '/corpus/index.json') {
    const files = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.epub')).sort() : [];
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ files }));
    return;
  }
  // A folder named without its slash gets one, so the page's relative links resolve inside it.
  if (roots.some(({ prefix }) => prefix.length > 1 && path === prefix.slice(0, -1))) {
    response.writeHead(301, { location: `${path}/${url.search}` });
    response.end();
    return;
  }
  for (const { prefix, dir } of roots) {
    if (!path.startsWith(prefix)) continue;
    let file = safeJoin(dir, path.slice(prefix.length) || '.');
    if (file && existsSync(file) && statSync(file).isDirectory()) file = resolve(file, 'index.html');
    if (!file || !existsSync(file)) continue;
    response.writeHead(200, {
      'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    response.end(readFileSync(file));
    return;
  }
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(`Not found: ${path}`);
});

server.listen(port, () => {
  console.log(`Attune demo: http://localhost:${server.address().port}/`);
});

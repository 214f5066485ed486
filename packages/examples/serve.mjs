// Serves the built examples (dist/) at http://localhost:$PORT/ (8010), to
// look at them: `npm run build && npm run serve`. Static files only, with the
// demo's headers (the pages carry their own Content-Security-Policy).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentTypes, safeJoin } from '../../scripts/dev-server-parts.mjs';

const dist = resolve(fileURLToPath(new URL('.', import.meta.url)), 'dist');
const port = Number(process.env.PORT ?? 8010);
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error('examples: dist/index.html is missing; run npm run build in packages/examples first.');
  process.exit(1);
}

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  let file = safeJoin(dist, path.slice(1) || '.');
  if (file && existsSync(file) && statSync(file).isDirectory()) {
    // html/ and html are the same page; relative links need the slash.
    if (!path.endsWith('/')) {
      response.writeHead(301, { location: `${path}/` });
      response.end();
      return;
    }
    file = resolve(file, 'index.html');
  }
  if (!file || !existsSync(file)) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`Not found: ${path}`);
    return;
  }
  response.writeHead(200, {
    'content-type': contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  response.end(readFileSync(file));
});

server.listen(port, () => {
  console.log(`Attune embedding examples: http://localhost:${server.address().port}/`);
});

// security-targets.mjs: the URLs make security hands sqlmap, one per page
// shape (/org/12 stands for every /org/N), found by the same crawl as the
// tests (tests/http/crawl.mjs: no downloads, no language switch, no
// logout), plus the JSON API beside each page that has one.  Ids in a path
// get sqlmap's injection marker '*', so the path is attacked too.
// sqlmap's own --crawl visits every one of ~80 near-identical pages and
// needs about 50 minutes; one per shape covers the same code in minutes.
//   node tools/security-targets.mjs BASE [COOKIE]
import { crawl } from '../tests/http/crawl.mjs';

const [base, cookie = ''] = process.argv.slice(2);
const pages = await crawl(base, cookie ? `koers_session=${cookie}` : '', { perShape: 2 });
const urls = new Set();
const shapes = new Set();
let year = null;
for (const p of pages) {
  if (!p.type.startsWith('text/html') || p.status >= 400) continue;
  // The shape: ids as N, and the names (not values) of the query parameters.
  const [pth, qs = ''] = p.path.split('?');
  const shape = pth.replace(/\/\d+/g, '/N') + '?' +
    [...new URLSearchParams(qs).keys()].sort().join('&');
  if (shapes.has(shape)) continue;
  shapes.add(shape);
  urls.add(p.path);
  const y = /[?&]year=(\d+)/.exec(p.path);
  if (y) year = y[1];
  const api = /^\/(programmes|indicators)\/\d+$/.exec(p.path);
  if (api) urls.add(`/api/v1${p.path}`);
}
for (const a of ['/api/v1/years', '/api/v1/org-units', '/api/v1/periods', '/api/v1/programmes'])
  urls.add(year ? `${a}?year=${year}` : a);
for (const u of urls) console.log(base + u.replace(/\/(\d+)(?=\/|\?|$)/g, '/$1*'));

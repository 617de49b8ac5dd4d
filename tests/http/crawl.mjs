// crawl.mjs: every page a user can reach from the home page, following
// same-site links.  Pages of one shape (/org/12, /org/13) are sampled, not
// all visited: `perShape` of each.
export async function crawl(base, cookie = '', { perShape = 4, limit = 400 } = {}) {
  const seen = new Set();
  const shapes = new Map();
  const queue = ['/'];
  const pages = [];
  while (queue.length && pages.length < limit) {
    const p = queue.shift();
    if (seen.has(p)) continue;
    seen.add(p);
    const shape = p.replace(/\?.*$/, '').replace(/\/\d+/g, '/N');
    const n = shapes.get(shape) || 0;
    if (n >= perShape) continue;
    shapes.set(shape, n + 1);
    const r = await fetch(base + p, { redirect: 'manual', headers: { cookie } });
    const type = r.headers.get('content-type') || '';
    const body = await r.text();
    pages.push({ path: p, status: r.status, type, body });
    // Follow same-site redirects (an anonymous visitor is sent to /login).
    const loc = r.headers.get('location');
    if (r.status >= 300 && r.status < 400 && loc && loc.startsWith('/') && !loc.startsWith('//')) {
      if (!seen.has(loc)) queue.push(loc);
      continue;
    }
    if (!type.startsWith('text/html')) continue;
    for (const m of body.matchAll(/href="([^"#]*)"/g)) {
      let href = m[1].replace(/&amp;/g, '&');
      if (!href || href.startsWith('http') || href.startsWith('//') || href.startsWith('mailto:')) continue;
      if (href.startsWith('?')) href = p.replace(/\?.*$/, '') + href;
      if (href.startsWith('/static/') || href.startsWith('/logout')) continue;
      if (/[?&]lang=/.test(href)) continue;     // the switch only sets a cookie
      if (/\/export\.|\/template\.|\.(pdf|xlsx|csv|json)(\?|$)/.test(href)) continue;  // downloads
      if (!seen.has(href)) queue.push(href);
    }
  }
  return pages;
}

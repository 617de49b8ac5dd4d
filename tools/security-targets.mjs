// security-targets.mjs: what make security hands sqlmap, as a JSON array of
// targets on stdout, one sqlmap run each (tools/security-sqlmap.mjs):
//   { method, url, page?, data?, json?, headers?, params?, forms?, level?,
//     ignore?, textOnly?, weight, why? }
// url and data carry sqlmap's injection marker '*' where sqlmap must
// inject; params lists the form fields to test (sqlmap -p); weight is the
// number of injection points, the share of the time budget the target gets;
// ignore an HTTP status sqlmap must test through (--ignore-code);
// textOnly compares the pages' text only (--text-only).
// A form or JSON body is one target per field (params: [name]): sqlmap
// spends ~40 s on each field of the entry form, and one run of all 14 of
// them could not share a 2-core machine (tools/security-sqlmap.mjs runs
// two targets at a time).
//
// Pages: one per shape (/org/12 stands for every /org/N), found by the
// same crawl as the tests (tests/http/crawl.mjs: no downloads, no language
// switch, no logout).  Every number in the path, every period code
// (2014-Q3) and every query value is marked, so sqlmap attacks the path
// and the query (with a marker sqlmap tests only the marked points, so the
// query must be marked too).  sqlmap's own --crawl visits every one of ~80
// near-identical pages and needs about 50 minutes.
//
// Anonymous (no COOKIE): the pages as they are, without markers where
// there is nothing to mark, so sqlmap also tests the User-Agent, Referer
// and Cookie headers (level 3), and the login page with --forms.  The
// headers are read by the same code whoever is logged in, so the
// logged-in passes do not test them again.  Every API route answers 401
// from one check before any handler: one API target, its bearer token
// marked.
//
// Logged in: pages with an injection point, and the forms on the pages,
// one per shape, each field filled as a browser would send it (the first
// submit button's name and value included: the entry form needs
// action=save); of fields that differ only in a number (f340_value,
// f341_value; intro_25, intro_26) only the first is tested, the rest are
// the same parsing code.  Left out, each for a reason:
//   /logout          ends the session mid-scan;
//   /login           the anonymous pass tests it; failures feed the login
//                    throttle, which would hold up the next pass's login;
//   /account/password  its fields never reach SQL (the current password is
//                    compared with Argon2id, the account is the session's
//                    own), each probe with a valid new password costs an
//                    Argon2id hash, and a change would lock the next
//                    tool out (it logs in with the demo password);
// and one at level 1 instead of 3: POST /account/tokens creates a token on
// every probe and the account page lists them all, so each probe gets
// slower (level 3 made 2,279 tokens in 9.5 minutes for one field).
// Plus the JSON API: the read endpoints beside each page shape, and for a
// manager the figure PUT and the submission POST of their own unit (the
// scope check in tools/security-scope.mjs tries other units).
//
// For council staff (who compose reports), a draft report is made and
// published once first (through the forms, as a user would) when there is
// none, so that the report's edit, publish, version and compare pages
// exist to be crawled.
//   node tools/security-targets.mjs BASE [COOKIE]
import { crawl } from '../tests/http/crawl.mjs';

const [base, cookie = ''] = process.argv.slice(2);
const anon = cookie === '';
const jar = anon ? '' : `koers_session=${cookie}`;

// Paths never attacked when logged in (see above).
const SKIP_FORMS = [/^\/logout$/, /^\/login$/, /^\/account\/password$/];
// Targets tested at level 1, and why.
const LEVEL1 = [[/^\/account\/tokens$/, 'creates an API token on every probe']];

const html = (s) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<')
  .replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const attr = (tag, name) => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? html(m[1]) : null;
};
const shapeOf = (s) => s.replace(/\d+/g, 'N');

// Mark every number in the path, every period code, every query value.
function markUrl(path) {
  const [p, qs] = path.split('?');
  const mp = p.replace(/\/(\d{4}-Q\d|\d+)(?=\/|$)/g, '/$1*');
  if (!qs) return mp;
  const q = [...new URLSearchParams(qs)].map(([k, v]) =>
    `${encodeURIComponent(k)}=${encodeURIComponent(v)}*`).join('&');
  return `${mp}?${q}`;
}
const marks = (s) => (s.match(/\*/g) || []).length;

// The forms of a page: { method, action, enctype, fields: [[name, value]] }.
function formsOf(page) {
  const out = [];
  for (const m of page.body.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const tag = m[1];
    const inner = m[2];
    const method = (attr(tag, 'method') || 'get').toUpperCase();
    const action = attr(tag, 'action') || page.path.split('?')[0];
    const enctype = attr(tag, 'enctype') || '';
    const fields = [];
    let button = null;
    for (const f of inner.matchAll(/<(input|textarea|select|button)\b([^>]*)>/g)) {
      const [, kind, t] = f;
      const name = attr(t, 'name');
      if (name === null) continue;
      const rest = inner.slice(f.index + f[0].length);
      const content = kind === 'textarea' || kind === 'select'
        ? rest.slice(0, rest.search(new RegExp(`</${kind}>`))) : '';
      const type = (attr(t, 'type') || (kind === 'button' ? 'submit' : 'text')).toLowerCase();
      if (kind === 'button' || type === 'submit') {
        if (type === 'submit' && button === null) button = [name, attr(t, 'value') || ''];
        continue;
      }
      if (type === 'file') { fields.push([name, null]); continue; }
      if (type === 'checkbox' || type === 'radio') {
        fields.push([name, attr(t, 'value') || 'on']);
        continue;
      }
      if (kind === 'select') {
        const opts = [...content.matchAll(/<option\b([^>]*)>/g)].map((o) => o[1]);
        const sel = opts.find((o) => /\sselected\b/.test(o)) || opts[0] || '';
        fields.push([name, attr(sel, 'value') || '']);
        continue;
      }
      // Empty fields get a value a user could type: a number where the
      // field takes one, else a word.
      let value = kind === 'textarea' ? html(content) : attr(t, 'value') || '';
      if (value === '') value = attr(t, 'inputmode') === 'decimal' ? '1' : 'x';
      fields.push([name, value]);
    }
    if (button) fields.push(button);
    out.push({ method, action, enctype, fields });
  }
  return out;
}

async function fetchPages() {
  return crawl(base, jar, { perShape: 2 });
}

async function post(path, form) {
  return fetch(base + path, {
    method: 'POST', redirect: 'manual',
    headers: { cookie: jar, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
}

// A CSV for the import: the first entry template found, its first row
// filled and marked (indicator code, unit code, period, value).
async function importFile() {
  for (const p of pages) {
    const m = /href="(\/entry\/\d+\/\d{4}-Q\d\/template\.csv)"/.exec(p.body);
    if (!m) continue;
    const r = await fetch(base + m[1], { headers: { cookie: jar } });
    const rows = (await r.text()).trim().split(/\r?\n/);
    if (r.status !== 200 || rows.length < 2) break;
    const cells = rows[1].split(',');
    cells[0] += '*'; cells[1] += '*'; cells[2] += '*'; cells[3] = '2*';
    return [rows[0], cells.join(',')].join('\r\n');
  }
  return 'indicator_code,org_unit_code,period,value\r\nX*,Y*,2014-Q3*,2*';
}

let pages = await fetchPages();

// Council staff: a draft report, published once, when there is none.
if (!anon && !pages.some((p) => /^\/reports\/\d+$/.test(p.path))) {
  const newPage = pages.find((p) => p.path === '/reports/new');
  const form = newPage && formsOf(newPage).find((f) => f.action === '/reports' && f.method === 'POST');
  if (form) {
    const fields = Object.fromEntries(form.fields.map(([k, v]) => [k, k === 'title' ? 'Scan' : v ?? '']));
    const r = await post('/reports', fields);
    const loc = r.headers.get('location') || '';
    if (r.status !== 303 || !/^\/reports\/\d+$/.test(loc))
      throw new Error(`security-targets: making a draft report gave ${r.status} ${loc}`);
    const r2 = await post(`${loc}/publish`, { csrf: fields.csrf });
    if (r2.status !== 303)
      throw new Error(`security-targets: publishing ${loc} gave ${r2.status}`);
    pages = await fetchPages();
  }
}

const targets = [];
const seen = new Set();
function add(t) {
  const key = `${t.method} ${shapeOf(t.url)} ${shapeOf(t.data || '')} ${t.params || ''} ${t.forms ? 'forms' : ''}`;
  if (seen.has(key)) return;
  seen.add(key);
  targets.push(t);
}

let entry = null;      // { unit, period, indicator, version } of an entry form
const formPages = new Set();
for (const p of pages) {
  // Pages, and (anonymous) the redirects to the login page.
  if (p.status >= 400 || (p.status < 300 && !p.type.startsWith('text/html'))) continue;
  const url = markUrl(p.path);
  if (anon) {
    // textOnly: the login page (where every anonymous page leads) has a
    // fresh random form token in each answer; sqlmap's page comparison
    // took that difference for a boolean injection in the Referer header
    // (which Koers never reads) before its own check rejected it.  Text
    // only leaves the token (an attribute) out of the comparison.
    add({ method: 'GET', url: base + url, weight: Math.max(marks(url), 3), textOnly: true });
    const pathOnly = p.path.split('?')[0];
    if (/<form\b[^>]*method="post"/i.test(p.body) && !formPages.has(pathOnly)) {
      formPages.add(pathOnly);
      add({ method: 'GET', url: base + p.path, forms: true, weight: 3, textOnly: true, why: 'its forms' });
    }
  } else if (p.status < 300 && marks(url) > 0) {
    add({ method: 'GET', url: base + url, weight: marks(url) });
  }
  const api = /^\/(programmes|indicators|reports)\/(\d+)$/.exec(p.path);
  if (api) add({ method: 'GET', url: `${base}/api/v1${markUrl(p.path)}`, weight: 1 });
  const dp = /^\/dashboard\/(programmes|org)\/(\d+)/.exec(p.path);
  if (dp) {
    const what = dp[1] === 'org' ? 'org-units' : 'programmes';
    add({ method: 'GET', url: `${base}/api/v1/rollup/${what}/${dp[2]}*`, weight: 1 });
  }
  if (anon) continue;
  for (const f of formsOf(p)) {
    if (f.method !== 'POST' || SKIP_FORMS.some((re) => re.test(f.action))) continue;
    const fields = f.fields;
    const kinds = new Set();
    const params = [];
    for (const [k] of fields) {
      if (k === 'csrf' || kinds.has(shapeOf(k))) continue;
      kinds.add(shapeOf(k));
      params.push(k);
    }
    // page: where the form is (wapiti starts there too, see security.sh).
    const t = { method: 'POST', page: base + p.path, weight: Math.max(params.length, 1) };
    const l1 = LEVEL1.find(([re]) => re.test(f.action));
    if (l1) { t.level = 1; t.why = l1[1]; }
    if (/multipart/.test(f.enctype)) {
      // The import: sqlmap sends the multipart body as given, with markers
      // in the file's first row (the codes it looks up and a value), a
      // file made from the unit's own import template.
      const b = '----koersscan';
      t.headers = { 'Content-Type': `multipart/form-data; boundary=${b}` };
      const file = await importFile();
      t.data = fields.map(([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${k}"` +
        (v === null ? `; filename="scan.csv"\r\nContent-Type: text/csv\r\n\r\n${file}\r\n` : `\r\n\r\n${v}\r\n`))
        .join('') + `--${b}--\r\n`;
      t.weight = marks(file);
    } else {
      t.data = fields.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v ?? '')}`).join('&');
      t.params = params;
    }
    // Ids in the action are marked when the form has nothing else to test.
    const murl = markUrl(f.action);
    t.url = base + (params.length === 0 && marks(murl) > 0 ? murl : f.action);
    if (params.length === 0 && marks(murl) === 0 && !t.headers) continue;
    if (params.length === 0) { delete t.params; t.weight = marks(murl); }
    // One sqlmap run per field (see the top).
    if (t.params) for (const p1 of t.params) add({ ...t, params: [p1], weight: 1 });
    else add(t);
    const em = /^\/entry\/(\d+)\/(\d{4}-Q\d)$/.exec(f.action);
    const fv = fields.find(([k]) => /^f\d+_version$/.test(k));
    if (em && fv && !entry)
      entry = { unit: em[1], period: em[2], indicator: fv[0].match(/\d+/)[0], version: Number(fv[1]) };
  }
}

// The JSON API's lists.
let year = null;
for (const p of pages) {
  const y = /[?&]year=(\d+)/.exec(p.path);
  if (y) { year = y[1]; break; }
}
if (anon) {
  // Every API route answers an anonymous request 401 from the same
  // check, before any handler: one target, with the bearer token marked
  // (and --ignore-code 401, or sqlmap skips it untested).
  add({
    method: 'GET', url: `${base}/api/v1/programmes?year=2014*`, weight: 2, ignore: 401,
    headers: { Authorization: 'Bearer koers_0123456789abcdef*' },
  });
} else {
  for (const a of ['/api/v1/years', '/api/v1/org-units', '/api/v1/periods', '/api/v1/programmes'])
    add({ method: 'GET', url: base + (year ? `${a}?year=${year}*` : a), weight: year ? 1 : 3 });
}

// A manager's own unit over the API: the figure PUT and the submission.
if (entry) {
  const csrfm = /name="csrf" value="([0-9a-f]+)"/.exec(pages.find((p) => p.type.startsWith('text/html')).body);
  const h = { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfm ? csrfm[1] : '' };
  add({ method: 'GET', url: `${base}/api/v1/figures?org_unit=${entry.unit}*&period=${entry.period}*`, weight: 2 });
  const body = { version: entry.version, value: '1,5', forecast: '2', explanation: 'x', measure: 'y' };
  for (const k of Object.keys(body))
    add({
      method: 'PUT', url: `${base}/api/v1/figures/${entry.indicator}/${entry.unit}/${entry.period}`,
      headers: h, json: true, weight: 1, params: [k], data: JSON.stringify(body),
    });
  add({
    method: 'POST', url: `${base}/api/v1/submissions/${entry.unit}/${entry.period}/submit`,
    headers: h, json: true, weight: 1, params: ['comment'], data: JSON.stringify({ comment: 'x' }),
  });
}

// Without parameters there is nothing for sqlmap to do.
console.log(JSON.stringify(targets.filter((t) => t.weight > 0), null, 1));

// pdf_layout.test.mjs: the council's PDF never breaks.  The report of
// every period of the demo (scale 1) is exported with the CLI and every
// page read back as word boxes (pdftotext -bbox-layout, poppler-utils):
//   - no two word boxes overlap, no box leaves the page;
//   - no word is broken inside: every word on a page is a word of the
//     document's own texts (its JSON export), of the program's texts (the
//     string literals of src/: catalogue, units, month names) or a number;
//     a piece of a word split over two lines ("Eenhei-" / "d") is neither,
//     and no word of the document is split after its own hyphen or slash
//     ("Re-" / "integratietrajecten", "t/" / "m");
//   - every word of every table header stands whole somewhere in the PDF;
//   - every font is embedded (pdffonts), the PDF has a title, is tagged,
//     and every page of a provisional report carries the mark.
// A report with very long names and very large amounts must still hold:
// its tables turn to landscape pages or split their columns.
//
// Another database (make test-pdf-scale50):
//   KOERS_PDF_DB=file.db KOERS_PDF_PERIODS=2014-Q3,2013-Q4 node --test ...
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, readdirSync, statSync, rmSync, copyFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, demoDb } from './server.mjs';

const run = promisify(execFile);
const EPS = 0.5;        // points: boxes of adjacent lines touch
const MAXBUF = 1 << 30;

let tmp;
let db;
let dict;               // lower-cased words of the program's texts

before(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'koers-pdflayout-'));
  db = process.env.KOERS_PDF_DB || demoDb();
});
after(() => {
  if (!process.env.KOERS_PDF_DB) rmSync(path.dirname(db), { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

// ------------------------------------------------------------ words

const EDGE = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const core = (w) => w.normalize('NFKC').replace(EDGE, '').toLowerCase();
const NUMERIC = /^[\p{N}.,:%+\-\u2212/]+$/u;

function addWords(set, text) {
  for (const w of text.normalize('NFKC').split(/[\s\u00a0]+/)) {
    const c = core(w);
    if (c) set.add(c);
  }
}

// The bytes of a C string literal's body, decoded as UTF-8.
function cString(body) {
  const out = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== '\\') { out.push(...Buffer.from(ch, 'utf8')); continue; }
    const n = body[++i];
    if (n === 'x') {
      const m = /^[0-9a-fA-F]{1,2}/.exec(body.slice(i + 1));
      out.push(parseInt(m[0], 16));
      i += m[0].length;
    } else out.push({ n: 10, t: 9, r: 13 }[n] ?? n.charCodeAt(0));
  }
  return Buffer.from(out).toString('utf8');
}

function cFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir)) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) out.push(...cFiles(p));
    else if (p.endsWith('.c')) out.push(p);
  }
  return out;
}

function sourceWords() {
  const set = new Set();
  for (const f of cFiles('src'))
    for (const m of readFileSync(f, 'utf8').matchAll(/"((?:[^"\\\n]|\\.)*)"/g))
      addWords(set, cString(m[1]).replace(/%[-0-9.]*(?:ll|l|z)?[sdu]/g, ' '));
  return set;
}

// The catalogue's text of key in language ix (0 nl, 1 en).
function catalogue(key, ix) {
  for (const f of cFiles('src/i18n')) {
    const src = readFileSync(f, 'utf8');
    const at = src.indexOf(`{ "${key}", {`);
    if (at < 0) continue;
    const body = src.slice(at + key.length + 6, src.indexOf('} }', at));
    const texts = [];
    let cur = '';
    for (const m of body.matchAll(/"((?:[^"\\]|\\.)*)"\s*(,)?/g)) {
      cur += cString(m[1]);
      if (m[2]) { texts.push(cur); cur = ''; }
    }
    texts.push(cur);
    return texts[ix];
  }
  throw new Error(`no catalogue text ${key}`);
}

const HEADER_KEYS = ['T_PROGRAMME', 'T_REPORT_STATUS', 'T_REPORT_BUDGET_TO_DATE',
  'T_REPORT_REALISED_TO_DATE', 'T_REPORT_DEVIATION', 'T_REPORT_FORECAST_YEAR',
  'T_INDICATOR', 'T_UNIT_OF_MEASURE', 'T_TARGET', 'T_REALISED', 'T_FORECAST',
  'T_PERFORMANCE', 'T_REPORT_YEAR_BUDGET'];

function jsonWords(v, set) {
  if (typeof v === 'string') addWords(set, v);
  else if (Array.isArray(v)) v.forEach((x) => jsonWords(x, set));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => jsonWords(x, set));
  return set;
}

// ------------------------------------------------------------ pages

const unescape = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
  .replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

// The pages of pdftotext -bbox-layout: { w, h, lines: [[word...]] }, each
// word { x0, y0, x1, y1, t }.
function parsePages(html) {
  const pages = [];
  for (const pm of html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const page = { w: Number(pm[1]), h: Number(pm[2]), lines: [], blocks: [] };
    for (const bm of pm[3].matchAll(/<block [^>]*>([\s\S]*?)<\/block>/g)) {
      const block = [];
      for (const lm of bm[1].matchAll(/<line [^>]*>([\s\S]*?)<\/line>/g)) {
        const line = [];
        for (const wm of lm[1].matchAll(/<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g))
          line.push({ x0: +wm[1], y0: +wm[2], x1: +wm[3], y1: +wm[4], t: unescape(wm[5]) });
        page.lines.push(line);
        block.push(line);
      }
      page.blocks.push(block);
    }
    pages.push(page);
  }
  return pages;
}

// Every fault of one PDF's pages, as text; [] when there is none.
function layoutFaults(pages, words, { checkWords = true } = {}) {
  const faults = [];
  pages.forEach((pg, ix) => {
    const n = ix + 1;
    const all = pg.lines.flat();
    for (const w of all)
      if (w.x0 < -EPS || w.y0 < -EPS || w.x1 > pg.w + EPS || w.y1 > pg.h + EPS)
        faults.push(`page ${n}: "${w.t}" outside the page (${w.x0.toFixed(1)},${w.y0.toFixed(1)})-(${w.x1.toFixed(1)},${w.y1.toFixed(1)}) of ${pg.w}x${pg.h}`);
    // Overlap: sweep down the page.
    const s = [...all].sort((a, b) => a.y0 - b.y0);
    for (let i = 0; i < s.length; i++)
      for (let j = i + 1; j < s.length && s[j].y0 < s[i].y1 - EPS; j++) {
        const a = s[i], b = s[j];
        if (Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > EPS &&
            Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > EPS)
          faults.push(`page ${n}: "${a.t}" and "${b.t}" overlap at (${a.x0.toFixed(1)},${a.y0.toFixed(1)}) and (${b.x0.toFixed(1)},${b.y0.toFixed(1)})`);
      }
    if (!checkWords) return;
    // A word broken after its own hyphen or slash ("Re-" / "integratie",
    // "t/" / "m"): the halves may be words, the two together are one.
    for (const b of pg.blocks)
      for (let i = 0; i + 1 < b.length; i++) {
        const a = b[i][b[i].length - 1], z = b[i + 1][0];
        if (a && z && /[-/\u2010]$/.test(a.t) && words.has(core(a.t + z.t)))
          faults.push(`page ${n}: "${a.t}" / "${z.t}" is one word broken over two lines`);
      }
    for (const w of all.flatMap((x) => x.t.split(/[\s\u00a0]+/).map((t) => ({ ...x, t })))) {
      const c = core(w.t);
      if (!c || NUMERIC.test(c) || words.has(c)) continue;
      // A label cut short with an ellipsis in a chart.
      if (w.t.endsWith('\u2026') && [...words].some((d) => d.startsWith(c))) continue;
      faults.push(`page ${n}: "${w.t}" is no word of the document: broken inside?`);
    }
  });
  return faults;
}

// The faults by kind, a few of each: the message of a failed assertion.
function summary(faults) {
  const kinds = {};
  for (const f of faults) {
    const k = / overlap at /.test(f) ? 'overlap' : / outside the page/.test(f) ? 'outside' : 'broken word';
    (kinds[k] ||= []).push(f);
  }
  return Object.entries(kinds).map(([k, l]) => `${l.length} ${k}:\n  ${l.slice(0, 6).join('\n  ')}`).join('\n');
}

// Export period as JSON and PDF.  Big PDFs (scale 50: thousands of pages)
// are read back in chunks of pages and checked chunk by chunk: check(pages,
// first page number, doc) is called for each; without it all pages are
// returned.
const CHUNK = 400;
async function exportPeriod(period, lang = 'nl', database = db, check = null) {
  const base = path.join(tmp, `${path.basename(database)}-${period}-${lang}`);
  await run(BIN, ['report', 'export', '--db', database, '--period', period, '--format', 'json', '--lang', lang, '--out', `${base}.json`], { maxBuffer: MAXBUF });
  const doc = JSON.parse(readFileSync(`${base}.json`, 'utf8'));
  rmSync(`${base}.json`);
  await run(BIN, ['report', 'export', '--db', database, '--period', period, '--format', 'pdf', '--lang', lang, '--out', `${base}.pdf`], { maxBuffer: MAXBUF });
  const info = (await run('pdfinfo', [`${base}.pdf`])).stdout;
  const npages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
  let pages = [];
  for (let f = 1; f <= npages; f += CHUNK) {
    await run('pdftotext', ['-enc', 'UTF-8', '-bbox-layout', '-f', String(f), '-l', String(Math.min(npages, f + CHUNK - 1)), `${base}.pdf`, `${base}.html`], { maxBuffer: MAXBUF });
    const part = parsePages(readFileSync(`${base}.html`, 'utf8'));
    rmSync(`${base}.html`);
    if (check) check(part, f, doc);
    else pages = pages.concat(part);
  }
  return { pdf: `${base}.pdf`, doc, pages, npages };
}

function periodsOf(database) {
  if (process.env.KOERS_PDF_PERIODS) return process.env.KOERS_PDF_PERIODS.split(',');
  // Every period that has figures or costs: the others repeat one layout.
  return execFileSync('sqlite3', [database,
    `SELECT p.year || '-Q' || p.quarter FROM period p WHERE EXISTS (SELECT 1 FROM figure f WHERE f.period_id = p.id)
       OR EXISTS (SELECT 1 FROM cost c WHERE c.period_id = p.id) ORDER BY p.year, p.quarter`]).toString().trim().split('\n');
}

async function checkPeriod(period, lang) {
  dict ??= sourceWords();
  let words = null;
  let faults = 0;
  const examples = [];
  const seen = new Set();
  const unmarked = [];
  const mark = lang === 'en' ? 'PROVISIONAL' : 'VOORLOPIG';
  const { pdf, doc, npages } = await exportPeriod(period, lang, db, (pages, first, d) => {
    words ??= jsonWords(d, new Set(dict));
    pages.forEach((p, i) => {
      for (const w of p.lines.flat()) seen.add(core(w.t));
      if (!p.lines.flat().some((w) => w.t === mark)) unmarked.push(first + i);
    });
    const f = layoutFaults(pages, words).map((x) => x.replace(/^page (\d+)/, (_, n) => `page ${Number(n) + first - 1}`));
    faults += f.length;
    examples.push(...f.slice(0, 50));
  });
  assert.ok(faults === 0, `${period} (${lang}): ${faults} faults\n${summary(examples)}`);
  // Every header word stands whole somewhere in the document.
  for (const k of HEADER_KEYS)
    for (const hw of catalogue(k, lang === 'en' ? 1 : 0).split(/\s+/))
      assert.ok(seen.has(core(hw)), `${period} (${lang}): the header word "${hw}" (${k}) is whole in the PDF`);
  // Every page carries the provisional mark of a provisional report.
  if (doc.approval && doc.approval.provisional)
    assert.deepEqual(unmarked.slice(0, 10), [], `${period}: pages without ${mark}`);
  return { pdf, pages: npages };
}

// ------------------------------------------------------------ tests

test('the word boxes of every page of every period\'s report: no overlap, nothing off the page, no broken word', async () => {
  const periods = periodsOf(db);
  assert.ok(periods.length >= (process.env.KOERS_PDF_PERIODS ? 1 : 8), `${periods.length} periods with data`);
  const started = Date.now();
  let pages = 0;
  // Two at a time: the machine has two cores.
  for (let i = 0; i < periods.length; i += 2) {
    const done = await Promise.all(periods.slice(i, i + 2).map((p) => checkPeriod(p, 'nl')));
    pages += done.reduce((n, d) => n + d.pages, 0);
  }
  console.log(`# ${periods.length} periods, ${pages} pages checked in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

test('the English report holds too', { skip: !!process.env.KOERS_PDF_DB }, async () => {
  const periods = periodsOf(db);
  await checkPeriod(periods.includes('2014-Q3') ? '2014-Q3' : periods[periods.length - 1], 'en');
});

// The newest version of the catalog, as a reader finds it: the last
// trailer's /Root, the last definition of that object.
function catalog(pdf) {
  const bytes = readFileSync(pdf).toString('latin1');
  const trailer = bytes.slice(bytes.lastIndexOf('trailer'));
  const root = /\/Root (\d+) 0 R/.exec(trailer)[1];
  const at = bytes.lastIndexOf(`\n${root} 0 obj`);
  return bytes.slice(at, bytes.indexOf('endobj', at));
}

test('fonts are embedded; the PDF has a title, is tagged and says its language', { skip: !!process.env.KOERS_PDF_DB }, async () => {
  const periods = periodsOf(db);
  for (const [lang, tag] of [['nl', 'nl-NL'], ['en', 'en-GB']]) {
    const { pdf } = await exportPeriod(periods[periods.length - 1], lang);
    const fonts = execFileSync('pdffonts', [pdf]).toString().trim().split('\n').slice(2);
    assert.ok(fonts.length > 0, 'the PDF has fonts');
    for (const f of fonts) {
      // name type [type...] encoding emb sub uni object ID
      const cols = f.trim().split(/\s+/);
      assert.equal(cols[cols.length - 5], 'yes', `embedded: ${f}`);
    }
    // The incremental update that sets /Lang keeps the file sound: poppler
    // reads it without a word of complaint about its cross references.
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
    assert.equal(info.status, 0);
    assert.doesNotMatch(info.stderr, /error|xref|reconstruct/i);
    assert.match(info.stdout, /^Title:\s+\S.*$/m);
    assert.match(info.stdout, /^Tagged:\s+yes$/m);
    const cat = catalog(pdf);
    assert.match(cat, /\/Type \/Catalog/);
    assert.match(cat, new RegExp(`/Lang \\(${tag}\\)`), `the catalog says ${tag}`);
    assert.match(cat, /\/MarkInfo << \/Marked true >>/);
  }
});

test('the cover names the organisation, dates are Dutch, a logo can be given', { skip: !!process.env.KOERS_PDF_DB }, async () => {
  const periods = periodsOf(db);
  const period = periods[periods.length - 1];
  const { pdf } = await exportPeriod(period);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdf, '-']).toString();
  const org = execFileSync('sqlite3', [db, 'SELECT name FROM org_unit WHERE parent_id IS NULL ORDER BY id LIMIT 1']).toString().trim();
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  assert.ok(pages[0].includes(org), `the cover names ${org}`);
  // "3 december 2026" on the cover and in every footer; no ISO stamp.
  const months = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
  const date = new RegExp(`\\b\\d{1,2} (${months}) \\d{4}\\b`);
  for (const [i, p] of pages.entries()) {
    assert.match(p, date, `page ${i + 1} has a Dutch date`);
    assert.doesNotMatch(p, /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/, `page ${i + 1} has no ISO stamp`);
  }
  // The structure tree: the cover a section of paragraphs, each chart a
  // figure with its caption, and no footer in it (cairo 1.16 cannot mark
  // an artifact; drawn outside every tag, the footers stay out of it).
  const struct = spawnSync('pdfinfo', ['-struct-text', pdf], { encoding: 'utf8' }).stdout;
  assert.match(struct, new RegExp(`^Sect\\n\\s+P \\(block\\)\\n\\s+"${org}"`, 'm'));
  assert.match(struct, /^Figure\n\s+Caption\n\s+"Figuur: /m);
  assert.match(struct, /^H2 \(block\)\n\s+"Samenvatting"/m);
  assert.doesNotMatch(struct, /Pagina \d+ \/ \d+|VOORLOPIG ·/, 'no footer in the structure tree');
  const en = execFileSync('pdftotext', ['-enc', 'UTF-8', '-l', '1', (await exportPeriod(period, 'en')).pdf, '-']).toString();
  assert.match(en, /\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b/);
  // A logo: the PNG on the cover (any PNG will do: a rendered page).
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '20', '-png', pdf, path.join(tmp, 'logo')]);
  const png = readdirSync(tmp).find((f) => f.startsWith('logo') && f.endsWith('.png'));
  const withLogo = path.join(tmp, 'logo.pdf');
  execFileSync(BIN, ['report', 'export', '--db', db, '--period', period, '--format', 'pdf', '--logo', path.join(tmp, png), '--out', withLogo]);
  const images = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', withLogo]).toString().trim().split('\n').slice(2);
  assert.equal(images.length, 1, 'the logo is on the cover');
  assert.equal(execFileSync('pdfimages', ['-list', pdf]).toString().trim().split('\n').length, 2, 'no image without one');
  // A logo that cannot be read leaves it out; the export still succeeds.
  const bad = spawnSync(BIN, ['report', 'export', '--db', db, '--period', period, '--format', 'pdf', '--logo', path.join(tmp, 'none.png'), '--out', withLogo], { encoding: 'utf8' });
  assert.equal(bad.status, 0, bad.stderr);
  assert.match(bad.stderr, /cannot read the logo/);
});

test('very long names and very large amounts: tables turn to landscape or split, nothing overlaps or leaves the page', { skip: !!process.env.KOERS_PDF_DB }, async () => {
  const copy = path.join(tmp, 'extreme.db');
  copyFileSync(db, copy);
  const first2014 = `SELECT pf.id FROM performance pf JOIN effect e ON e.id = pf.effect_id
    JOIN programme p ON p.id = e.programme_id WHERE p.year = 2014 ORDER BY pf.id LIMIT 2`;
  const long = 'Samenwerkingsverbandondersteuningsprogramma voor de herinrichting van het stationsgebied en de ontsluiting van de bedrijventerreinen langs de A12 en de Zoetermeerse Stadslijn';
  execFileSync('sqlite3', [copy, `
    UPDATE programme SET name = '${long}' WHERE number IN (1, 2);
    UPDATE performance SET name = '${long}' WHERE id IN (${first2014});
    UPDATE cost SET budget_cents = 90000000000000000 + budget_cents, realised_cents = 90000000000000000 + coalesce(realised_cents, 0),
      forecast_cents = 90000000000000000 WHERE performance_id IN (${first2014});
    UPDATE performance SET budget_cents = 200000000000000000 WHERE id IN (${first2014});
    -- Sixty more performances: a cost table that runs over pages.
    WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < 60)
    INSERT INTO performance (effect_id, number, name, org_unit_id, budget_cents)
      SELECT pf.effect_id, pf.number + 100 * k.n, pf.name || ' ' || k.n, pf.org_unit_id, 1000000 * k.n
        FROM performance pf, k WHERE pf.id = (SELECT min(id) FROM (${first2014}));`]);
  const { pdf, pages } = await exportPeriod('2014-Q3', 'nl', copy);
  const faults = layoutFaults(pages, null, { checkWords: false });
  assert.ok(faults.length === 0, `${faults.length} faults\n${summary(faults)}`);
  const info = execFileSync('pdfinfo', ['-l', '1000', pdf]).toString();
  assert.match(info, /Page\s+\d+ size:\s+841\.\d+ x 595\.\d+/, 'a landscape page for a table too wide for portrait');
  // A landscape table that runs over pages goes on on landscape pages.
  const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x/g)].map((m) => Number(m[2]) > 600);
  assert.ok(sizes.some((l, i) => l && sizes[i + 1]), 'two landscape pages in a row');
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-']).toString().replace(/\s+/g, ' ');
  assert.ok(text.includes('€ 900.000.000.'), 'the large amounts are printed whole');
});

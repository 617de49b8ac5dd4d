// report_formats.test.mjs: the report in open formats, read back by a real
// office suite (LibreOffice from Debian, headless): the ODT converts to
// text and PDF and holds the same numbers as the JSON export; the Dutch
// CSV read by Calc with a Dutch locale gives numbers, not text, with the
// accents intact; the international CSV is unchanged; a published
// version's ODT and Dutch CSV are frozen with it.
//
// LibreOffice takes seconds to start: every conversion of a kind is one
// soffice run over several files, with its own user profile (parallel
// runs do not clash) and a timeout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, BIN } from './server.mjs';
import { login } from './session.mjs';

const SOFFICE_TIMEOUT = 180000;
const run = promisify(execFile);

let srv;
let jar;
let tmp;
let profile;
let pubId;      // 2014-Q2 (closed), published as version 1
let openId;     // 2014-Q3 (open): a provisional draft
const f = {};   // downloaded files
let doc;        // the JSON of the published version

const get = (p, cookie = jar) => fetch(srv.base + p, { redirect: 'manual', headers: { cookie } });
const bytes = async (p) => {
  const r = await get(p);
  assert.equal(r.status, 200, `${p}: ${r.status}`);
  return { buf: Buffer.from(await r.arrayBuffer()), type: r.headers.get('content-type'), disp: r.headers.get('content-disposition') };
};

async function post(p, fields, from) {
  const html = await (await get(from)).text();
  const csrf = /name="csrf" value="([^"]*)"/.exec(html)[1];
  return fetch(srv.base + p, {
    method: 'POST', redirect: 'manual',
    headers: { cookie: jar, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf, ...fields }).toString(),
  });
}

async function newReport(period) {
  const periods = await (await get('/api/v1/periods?year=2014')).json();
  const id = periods.periods.find((p) => p.name === period).id;
  const r = await post('/reports', { period: String(id), kind: 'voortgangsrapportage', title: `Voortgangsrapportage ${period}` }, '/reports/new');
  assert.equal(r.status, 303);
  return /\/reports\/(\d+)$/.exec(r.headers.get('location'))[1];
}

// One soffice run converting files (in tmp) to `to`; fails the test on an
// error or a missing result.  Not synchronous: a loop blocked for seconds
// keeps keep-alive sockets the server has meanwhile closed, and reuses them.
async function soffice(to, files, infilter) {
  const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore'];
  if (infilter) args.push(`--infilter=${infilter}`);
  args.push('--convert-to', to, '--outdir', path.join(tmp, 'out'), ...files.map((x) => path.join(tmp, x)));
  let r;
  try {
    r = await run('soffice', args, { timeout: SOFFICE_TIMEOUT });
  } catch (e) {
    assert.fail(`soffice --convert-to ${to}: ${e.message} ${e.stderr || ''}`);
  }
  const ext = to.split(':')[0];
  for (const x of files) {
    const out = path.join(tmp, 'out', x.replace(/\.[a-z]+$/, '.' + ext));
    assert.ok(existsSync(out), `soffice wrote ${out}: ${r.stdout} ${r.stderr}`);
  }
}

// Dutch money as the documents write it: "€ 1.234.567", whole euros.
function euros(cents) {
  if (cents === null || cents === undefined) return '—';
  const e = Math.abs(cents) % 100 >= 50 ? Math.trunc(cents / 100) + Math.sign(cents) : Math.trunc(cents / 100);
  const s = Math.abs(e).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (e < 0 ? '-€ ' : '€ ') + s;
}

// A JSON number text ("1234.5") in Dutch with `dec` decimals: "1.234,5".
function dutch(v, dec) {
  if (v === null || v === undefined) return '—';
  const neg = v.startsWith('-');
  const [i, fr = ''] = v.replace(/^-/, '').split('.');
  const g = i.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (neg ? '-' : '') + g + (dec > 0 ? ',' + fr.padEnd(dec, '0') : '');
}

const indicators = (d) => d.programmes.flatMap((p) => p.effects.flatMap((e) => [
  ...e.indicators, ...e.performances.flatMap((x) => x.indicators)]));

before(async () => {
  srv = await startServer();
  jar = await login(srv.base, 'council');
  tmp = mkdtempSync(path.join(os.tmpdir(), 'koers-formats-'));
  profile = `file:///tmp/lo-${randomBytes(8).toString('hex')}`;
  pubId = await newReport('2014-Q2');
  const r = await post(`/reports/${pubId}/publish`, {}, `/reports/${pubId}`);
  assert.equal(r.status, 303);
  openId = await newReport('2014-Q3');
  doc = JSON.parse((await bytes(`/reports/${pubId}/export.json?version=1`)).buf);
  for (const [name, url] of [
    ['pub.odt', `/reports/${pubId}/export.odt?version=1`],
    ['pub-nl.csv', `/reports/${pubId}/export-nl.csv?version=1`],
    ['pub.csv', `/reports/${pubId}/export.csv?version=1`],
    ['open.odt', `/reports/${openId}/export.odt`],
    ['open-en.odt', `/reports/${openId}/export.odt?lang=en`],
  ]) {
    f[name] = await bytes(url);
    writeFileSync(path.join(tmp, name), f[name].buf);
  }
});
after(async () => {
  await srv.stop();
  rmSync(tmp, { recursive: true, force: true });
  rmSync(new URL(profile).pathname, { recursive: true, force: true });
});

test('the ODT is a valid ODF package: mimetype first and stored, well-formed parts, headings and tables with header rows', () => {
  const b = f['pub.odt'].buf;
  assert.equal(f['pub.odt'].type, 'application/vnd.oasis.opendocument.text');
  assert.match(f['pub.odt'].disp, /koers-rapportage-2014-Q2-v1\.odt/);
  assert.equal(b.toString('latin1', 0, 4), 'PK\x03\x04');
  assert.equal(b.readUInt16LE(8), 0, 'mimetype is stored, not compressed');
  assert.equal(b.toString('latin1', 30, 38), 'mimetype');
  assert.equal(b.toString('latin1', 38, 38 + 39), 'application/vnd.oasis.opendocument.text');
  const file = path.join(tmp, 'pub.odt');
  const part = (n) => execFileSync('unzip', ['-p', file, n]).toString('utf8');
  for (const n of ['content.xml', 'styles.xml', 'meta.xml', 'META-INF/manifest.xml']) {
    const r = spawnSync('xmllint', ['--noout', '-'], { input: part(n), encoding: 'utf8' });
    assert.equal(r.status, 0, `${n} is well-formed: ${r.stderr}`);
  }
  const c = part('content.xml');
  assert.ok(c.startsWith('<?xml version="1.0" encoding="UTF-8"?>'));
  assert.match(c, /<text:h text:style-name="Heading_20_1" text:outline-level="1">Samenvatting<\/text:h>/);
  assert.match(c, /<text:h text:style-name="Heading_20_2" text:outline-level="2">1\. /);
  assert.match(c, /<text:h text:style-name="Heading_20_3" text:outline-level="3">/);
  const tables = (c.match(/<table:table /g) || []).length;
  assert.ok(tables > 10, `${tables} tables`);
  assert.equal((c.match(/<table:table-header-rows>/g) || []).length, tables, 'every table has a header row');
  assert.doesNotMatch(c, /<draw:frame/, 'no frames');
  const m = part('meta.xml');
  assert.match(m, /<dc:title>Voortgangsrapportage 2014-Q2<\/dc:title>/);
  assert.match(m, /<dc:language>nl-NL<\/dc:language>/);
  assert.match(part('styles.xml'), /fo:language="nl" fo:country="NL"/);
  const en = execFileSync('unzip', ['-p', path.join(tmp, 'open-en.odt'), 'meta.xml']).toString();
  assert.match(en, /<dc:language>en-GB<\/dc:language>/);
});

test('LibreOffice converts the ODT to text and PDF; the text holds the JSON export\'s numbers', async () => {
  await soffice('txt:Text (encoded):UTF8', ['pub.odt', 'open.odt', 'open-en.odt']);
  await soffice('pdf', ['pub.odt', 'open.odt']);
  // Amounts keep together with no-break spaces: read them as spaces.
  const lines = readFileSync(path.join(tmp, 'out', 'pub.txt'), 'utf8').replace(/^\ufeff/, '').replace(/\u00a0/g, ' ')
    .split(/\r?\n/).map((l) => l.trim());
  const text = lines.join('\n');
  assert.ok(lines.includes('Voortgangsrapportage 2014-Q2'));
  assert.doesNotMatch(text, /VOORLOPIG|Voorlopig/, 'a closed period is not provisional');
  // Summary: a table cell per line: name, status, budget, realised.
  for (const p of doc.programmes) {
    const i = lines.findIndex((l) => l.startsWith(`${p.number}. ${p.name}`));
    assert.ok(i > 0, `programme ${p.number} in the summary`);
    assert.equal(lines[i + 2], p.money.realised_cents === null ? '—' : euros(p.money.budget_cents), `budget of ${p.name}`);
    assert.equal(lines[i + 3], euros(p.money.realised_cents), `realised of ${p.name}`);
  }
  // Every indicator: its row holds target, value and forecast in Dutch.
  const all = indicators(doc);
  assert.ok(all.length > 50);
  let withValue = 0;
  for (const ind of all) {
    const i = lines.indexOf(`${ind.name} (${ind.code})`);
    assert.ok(i > 0, `indicator ${ind.code} has a row`);
    assert.equal(lines[i + 2], dutch(ind.target, ind.decimals), `target of ${ind.code}`);
    assert.equal(lines[i + 3], dutch(ind.value, ind.decimals), `value of ${ind.code}`);
    assert.equal(lines[i + 4], dutch(ind.forecast, ind.decimals), `forecast of ${ind.code}`);
    assert.match(lines[i + 5], /^[○●▲✖] (op koers|aandacht|uit koers|geen gegevens)$/, 'status in words');
    if (ind.value !== null) withValue++;
  }
  assert.ok(withValue > 20, `${withValue} indicators with a value`);

  const open = readFileSync(path.join(tmp, 'out', 'open.txt'), 'utf8');
  assert.match(open, /Voorlopig: de periode is nog niet afgesloten/);
  assert.match(open, /voorlopig: \d+ van \d+ cijfers niet goedgekeurd/);
  assert.match(open, /\(\d+ van \d+ regels gerapporteerd\)/, 'finance says how many lines reported');
  assert.match(readFileSync(path.join(tmp, 'out', 'open-en.txt'), 'utf8'), /Provisional/i);

  // The PDF LibreOffice prints: the mark in the header of every page.
  const pages = (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(tmp, 'out', file), '-']).toString()
    .split('\f').filter((p) => p.trim() !== '');
  const op = pages('open.pdf');
  assert.ok(op.length > 10, `${op.length} pages`);
  op.forEach((t, i) => assert.match(t, /VOORLOPIG/, `page ${i + 1} of the open period's ODT has the mark`));
  const pp = pages('pub.pdf');
  assert.ok(pp.length > 10);
  pp.forEach((t, i) => assert.doesNotMatch(t, /VOORLOPIG/, `page ${i + 1} of the closed period's ODT`));
  assert.match(pp[1] + pp[2], /Samenvatting/);
});

test('the Dutch CSV: BOM, semicolons, decimal commas without thousands separators, CRLF, Dutch headings and words', () => {
  const { buf, type, disp } = f['pub-nl.csv'];
  assert.match(type, /^text\/csv; charset=utf-8/);
  assert.match(disp, /koers-rapportage-2014-Q2-v1-nl\.csv/);
  assert.equal(buf.toString('latin1', 0, 3), '\xef\xbb\xbf', 'UTF-8 with a byte order mark');
  const s = buf.toString('utf8').slice(1);
  assert.ok(s.endsWith('\r\n'));
  assert.ok(s.startsWith('periode;') && s.includes('voorlopig\r\n2e kwartaal 2014;'), 'CRLF after each record');
  const rows = s.split('\r\n').filter((l) => l !== '');
  assert.equal(rows[0], 'periode;programmanummer;programma;effectnummer;effect;prestatienummer;prestatie;eigenaar;soort;code;naam;eenheid;streefwaarde;streefwaarde jaar;realisatie;prognose;afwijking;afwijking %;status;toelichting nodig;toelichting;maatregel;regels;regels gerapporteerd;gerapporteerd;programma lasten primitief;programma lasten actueel;programma baten primitief;programma baten actueel;programma saldo primitief;programma saldo actueel;voorlopig');
  assert.ok(rows.slice(1).every((r) => r.startsWith('2e kwartaal 2014;')), 'the period in Dutch');
  assert.match(s, /;(op koers|aandacht|uit koers|geen gegevens);/);
  assert.match(s, /;kosten;;[^;]*;EUR;\d+,\d\d;\d+,\d\d;/, 'money with a decimal comma, no thousands separator');
  const costs = rows.filter((r) => r.includes(';kosten;'));
  assert.ok(costs.length > 20);
  for (const r of costs) {
    const nums = r.split(';EUR;')[1].split(';').slice(0, 6);
    nums.forEach((n) => assert.match(n, /^(-?\d+(,\d\d)?)?$/, `a plain number with a decimal comma: ${n}`));
  }
});

test('the Dutch CSV neutralises what a spreadsheet would run as a formula, as the international one does', async () => {
  await run('sqlite3', [srv.db, "UPDATE programme SET name = '=HYPERLINK(\"http://x\";\"klik\")' WHERE year = 2014 AND number = 1"]);
  for (const [url, sep] of [[`/reports/${openId}/export-nl.csv`, ';'], [`/reports/${openId}/export.csv`, ',']]) {
    const s = (await bytes(url)).buf.toString('utf8');
    assert.ok(s.includes(`${sep}"'=HYPERLINK(""http://x"";""klik"")"${sep}`), `${url} neutralises the formula`);
    assert.ok(!s.includes(`${sep}=HYPERLINK`) && !s.includes(`${sep}"=HYPERLINK`), url);
  }
  const odt = (await bytes(`/reports/${openId}/export.odt`)).buf;
  writeFileSync(path.join(tmp, 'evil.odt'), odt);
  const c = (await run('unzip', ['-p', path.join(tmp, 'evil.odt'), 'content.xml'])).stdout;
  assert.ok(c.includes('=HYPERLINK(&quot;http://x&quot;;&quot;klik&quot;)'), 'escaped for XML in the ODT');
});

test('LibreOffice Calc with a Dutch locale reads the Dutch CSV as numbers, with the accents intact', async () => {
  await soffice('xlsx', ['pub-nl.csv'], 'CSV:59,34,76,1,,1043');
  const r = spawnSync('/usr/bin/python3', ['-c', `
import sys, json, openpyxl
ws = openpyxl.load_workbook(sys.argv[1]).active
print(json.dumps([[c.value for c in row] for row in ws.iter_rows()]))
`, path.join(tmp, 'out', 'pub-nl.xlsx')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const sheet = JSON.parse(r.stdout);
  assert.equal(sheet[0][0], 'periode', 'the BOM is not part of the first heading');
  assert.equal(sheet[0].length, 32, 'every column its own cell');
  const byCode = new Map(indicators(doc).map((i) => [i.code, i]));
  let numbers = 0, money = 0;
  const cost = new Map();
  for (const p of doc.programmes) for (const e of p.effects) for (const x of e.performances) cost.set(`${p.number}.${e.number}.${x.number}`, x.money);
  let totals = 0;
  for (const row of sheet.slice(1)) {
    if (row[8] === 'programmatotaal' || row[8] === 'totaal') {
      assert.equal(typeof row[13], 'number', 'a total\'s year budget is a number');
      totals++;
      continue;
    }
    if (row[8] === 'kosten') {
      const m = cost.get(`${row[1]}.${row[3]}.${row[5]}`);
      assert.ok(m, `cost row ${row[1]}.${row[3]}.${row[5]}`);
      assert.equal(typeof row[13], 'number', 'the year budget is a number');
      assert.equal(Math.round(row[13] * 100), m.year_budget_cents);
      if (m.realised_cents !== null) {
        assert.equal(typeof row[14], 'number');
        assert.equal(Math.round(row[14] * 100), m.realised_cents);
        assert.equal(Math.round(row[12] * 100), m.budget_cents);
        money++;
      }
    } else {
      const ind = byCode.get(row[9]);
      assert.ok(ind, `indicator ${row[9]}`);
      if (ind.value !== null) {
        assert.equal(typeof row[14], 'number', `the value of ${ind.code} is a number, not text`);
        assert.equal(row[14], Number(ind.value), `value of ${ind.code}`);
        numbers++;
      }
      if (ind.target !== null) assert.equal(row[12], Number(ind.target), `target of ${ind.code}`);
    }
  }
  assert.ok(numbers > 20 && money > 10, `${numbers} values and ${money} amounts read as numbers`);
  assert.equal(totals, doc.programmes.length + 1, 'a total row per programme and one for the report');
  const texts = sheet.flat().filter((v) => typeof v === 'string');
  const accented = indicators(doc).map((i) => i.name).concat(doc.programmes.map((p) => p.name))
    .filter((n) => /[éëïöüè]/.test(n));
  assert.ok(accented.length > 0, 'the demo has accented names');
  for (const n of accented) assert.ok(texts.includes(n), `"${n}" intact`);
});

test('the international CSV is unchanged: no BOM, commas, decimal points, English names', async () => {
  const s = f['pub.csv'].buf.toString('utf8');
  assert.ok(s.startsWith('period,programme_number,programme,'), 'no BOM, comma-separated');
  assert.match(s, /,cost,,[^,]*,EUR,\d+\.\d\d,\d+\.\d\d,/);
  assert.match(s, /,(on_track|at_risk|off_track|no_data),/);
  assert.match(f['pub.csv'].disp, /koers-rapportage-2014-Q2-v1\.csv/);
  const cli = await run(BIN, ['report', 'export', '--db', srv.db, '--period', '2014-Q2', '--format', 'csv', '--out', '-'], { encoding: 'buffer' });
  assert.ok(cli.stdout.equals(f['pub.csv'].buf), 'the CLI writes the same bytes');
});

test('the report page lists ODT and both CSVs, the Dutch one first in Dutch, the international one first in English', async () => {
  const nl = await (await get(`/reports/${pubId}/versions/1`)).text();
  const e = nl.indexOf(`/reports/${pubId}/export-nl.csv?version=1`), i = nl.indexOf(`/reports/${pubId}/export.csv?version=1`);
  assert.ok(nl.includes(`/reports/${pubId}/export.odt?version=1`));
  assert.ok(e > 0 && i > e, 'Dutch CSV first');
  assert.match(nl, />CSV \(Nederlandse Excel\)</);
  const en = await (await get(`/reports/${pubId}/versions/1?lang=en`)).text();
  const e2 = en.indexOf(`/reports/${pubId}/export-nl.csv?version=1`), i2 = en.indexOf(`/reports/${pubId}/export.csv?version=1`);
  assert.ok(i2 > 0 && e2 > i2, 'international CSV first in English');
  const api = await get(`/api/v1/reports/${pubId}/export.odt?version=1`);
  assert.equal(api.status, 200);
  assert.ok(Buffer.from(await api.arrayBuffer()).equals(f['pub.odt'].buf), 'the API serves the same ODT');
  const apiNl = await get(`/api/v1/reports/${pubId}/export-nl.csv?version=1`);
  assert.ok(Buffer.from(await apiNl.arrayBuffer()).equals(f['pub-nl.csv'].buf));
});

test('a published version\'s ODT and Dutch CSV are frozen with it; the CLI writes them too', async () => {
  const ind = indicators(doc).find((i) => !i.cumulative && i.unit === 'aantal' && i.value !== null && !i.value.includes('.'));
  assert.ok(ind);
  await run('sqlite3', [srv.db, `UPDATE figure SET value = value + 11 WHERE id = (SELECT f.id FROM figure f JOIN indicator i ON i.id = f.indicator_id JOIN period p ON p.id = f.period_id WHERE i.code = '${ind.code}' AND p.year = 2014 AND p.quarter = 2 AND f.value IS NOT NULL ORDER BY f.id LIMIT 1)`]);
  await promisify(execFile)(BIN, ['rollup', 'rebuild', '--db', srv.db]);
  for (const [name, url] of [['pub.odt', `/reports/${pubId}/export.odt?version=1`], ['pub-nl.csv', `/reports/${pubId}/export-nl.csv?version=1`]]) {
    const again = (await bytes(url)).buf;
    assert.ok(again.equals(f[name].buf), `${name} of version 1 is byte-identical after a figure changed`);
  }
  const draft = (await bytes(`/reports/${pubId}/export-nl.csv`)).buf;
  assert.ok(!draft.equals(f['pub-nl.csv'].buf), 'the draft follows the figures');
  const out = path.join(tmp, 'cli.odt');
  const msg = (await run(BIN, ['report', 'export', '--db', srv.db, '--period', '2014-Q2', '--format', 'odt', '--out', out])).stdout;
  assert.match(msg, /published version 1 of report/);
  assert.ok(readFileSync(out).equals(f['pub.odt'].buf), 'the CLI writes the published ODT');
  const nl = (await run(BIN, ['report', 'export', '--db', srv.db, '--period', '2014-Q2', '--format', 'csv-nl', '--out', '-'], { encoding: 'buffer' })).stdout;
  assert.ok(nl.equals(f['pub-nl.csv'].buf));
});

// security-verdict.mjs: read the reports sqlmap and wapiti left in
// security/out/ and fail on any finding.  Both tools exit 0 whatever they
// find; this is what turns a finding into a failed `make security`.
// A scan that tested nothing also fails: no report is not a clean report.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';

const out = process.argv[2] || 'security/out';
const problems = [];
const summary = [];

function walk(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const labels = readdirSync(out)
  .filter((f) => f.startsWith('wapiti-') && f.endsWith('.json'))
  .map((f) => f.slice('wapiti-'.length, -'.json'.length));
for (const f of readdirSync(out))
  if (f.startsWith('sqlmap-') && f.endsWith('.txt')) {
    const l = f.slice('sqlmap-'.length, -'.txt'.length);
    if (!labels.includes(l)) labels.push(l);
  }
if (labels.length === 0) problems.push(`no reports in ${out}`);

for (const label of labels) {
  // sqlmap: a non-empty per-target `log` holds the injections it confirmed;
  // the results CSV of a crawl names each vulnerable parameter.
  const dir = path.join(out, `sqlmap-${label}`);
  const txtPath = path.join(out, `sqlmap-${label}.txt`);
  const txt = existsSync(txtPath) ? readFileSync(txtPath, 'utf8') : '';
  const files = existsSync(dir) ? walk(dir) : [];
  for (const f of files) {
    const body = readFileSync(f, 'utf8');
    if (path.basename(f) === 'log' && body.trim())
      problems.push(`sqlmap (${label}) found an injection, ${f}:\n${body.trim()}`);
    if (/results-.*\.csv$/.test(f)) {
      const rows = body.trim().split('\n').slice(1).filter((r) => r.trim());
      for (const r of rows) problems.push(`sqlmap (${label}) results: ${r}`);
    }
  }
  // Each target sqlmap tests is announced as "GET http://..." on a line.
  const targets = (txt.match(/^(GET|POST) http\S+/gm) || []).length;
  if (targets === 0)
    problems.push(`sqlmap (${label}) tested no target; see ${txtPath}`);
  if (/sqlmap identified the following injection/i.test(txt))
    problems.push(`sqlmap (${label}) reports an injection; see ${txtPath}`);
  summary.push(`sqlmap ${label}: ${targets} targets, ` +
    `${(txt.match(/do not appear to be injectable|does not seem to be injectable/g) || []).length} parameters not injectable`);

  // wapiti: every category of "vulnerabilities" must be empty; a 500 among
  // the anomalies is a bug as well.
  const wp = path.join(out, `wapiti-${label}.json`);
  if (!existsSync(wp)) { problems.push(`wapiti (${label}) wrote no report`); continue; }
  const rep = JSON.parse(readFileSync(wp, 'utf8'));
  let n = 0;
  for (const [cat, list] of Object.entries(rep.vulnerabilities || {}))
    for (const v of list) {
      n++;
      problems.push(`wapiti (${label}) ${cat}: ${v.method} ${v.path} ${v.parameter || ''}: ${v.info}`);
    }
  for (const [cat, list] of Object.entries(rep.anomalies || {}))
    for (const v of list)
      if (/Internal Server Error/i.test(cat))
        problems.push(`wapiti (${label}) ${cat}: ${v.method} ${v.path} ${v.parameter || ''}: ${v.info}`);
  const cats = Object.keys(rep.vulnerabilities || {}).length;
  if (cats === 0) problems.push(`wapiti (${label}) report has no vulnerability categories: did it run?`);
  summary.push(`wapiti ${label}: ${cats} categories checked, ${n} findings`);
}

console.log(summary.join('\n'));
if (problems.length) {
  console.error(`security: ${problems.length} finding(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('security: no findings');

// security-verdict.mjs: read what the passes of make security left in
// security/out/ and fail on any finding, and on any pass that was not
// carried out to the end.  Both scanners exit 0 whatever they find; this is
// what turns a finding into a failed `make security`.  No report is not a
// clean report: a missing file, a target stopped at its time share, a
// wapiti module or crawl stopped at its bound, or a logged-in pass whose
// session was lost (or whose requests mostly came back as a redirect to
// the login page) fails.
//   node tools/security-verdict.mjs OUT LABEL...
// LABEL: each pass that must be there (anonymous, manager, council, ...).
// Per pass, out of security.sh and its helpers:
//   targets-L.json        the sqlmap targets (tools/security-targets.mjs)
//   sqlmap-L/NN.txt       sqlmap's output per target with the driver's end
//                         line (tools/security-sqlmap.mjs); sqlmap-L/NN/ its files
//   wapiti-L.json/.txt    wapiti's report and log; wapiti-L.end its end line
//   access-L-TOOL.log     the server's access log while TOOL ran
//   time-L.txt            seconds per tool
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';

const [out = 'security/out', ...labels] = process.argv.slice(2);
const problems = [];
const summary = [];
const WAPITI_MODULES = ['crlf', 'exec', 'file', 'sql', 'xss', 'redirect', 'blindsql'];

const read = (f) => (existsSync(f) ? readFileSync(f, 'utf8') : null);
function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const endLine = (txt) => {
  const m = /^# koers end: (.*)$/m.exec(txt || '');
  return m ? Object.fromEntries(m[1].split(' ').map((kv) => kv.split('='))) : null;
};

if (labels.length === 0) problems.push('no passes named: usage: security-verdict.mjs OUT LABEL...');

function sqlmapPass(label) {
  const tf = path.join(out, `targets-${label}.json`);
  const dir = path.join(out, `sqlmap-${label}`);
  if (!existsSync(tf)) { problems.push(`sqlmap (${label}): no target list ${tf}`); return; }
  const targets = JSON.parse(readFileSync(tf, 'utf8'));
  if (targets.length === 0) problems.push(`sqlmap (${label}): no targets`);
  let finished = 0, injectable = 0, params = 0;
  const notFinished = [];
  targets.forEach((t, i) => {
    const n = String(i + 1).padStart(2, '0');
    const f = path.join(dir, `${n}.txt`);
    const txt = read(f);
    const name = `${t.method} ${t.url}`;
    if (txt === null) { notFinished.push(`${n} ${name}: never run`); return; }
    const end = endLine(txt);
    // Tested parameters: sqlmap says one of these about each.
    const clean = (txt.match(/parameter '[^']*' does not seem to be injectable/g) || []).length;
    const vuln = (txt.match(/parameter '[^']*' is vulnerable|identified the following injection point/g) || []).length;
    params += clean + vuln;
    let inj = vuln > 0;
    if (inj) problems.push(`sqlmap (${label}) target ${n} ${name}: injectable, see ${f}`);
    // The per-target log holds the injections sqlmap confirmed; the
    // results CSV (multiple-target mode) names each vulnerable parameter.
    for (const g of walk(path.join(dir, n))) {
      const body = readFileSync(g, 'utf8');
      if (path.basename(g) === 'log' && body.trim()) {
        inj = true;
        problems.push(`sqlmap (${label}) target ${n} found an injection, ${g}:\n${body.trim()}`);
      }
      if (/results-.*\.csv$/.test(g))
        for (const r of body.trim().split('\n').slice(1).filter((x) => x.trim())) {
          inj = true;
          problems.push(`sqlmap (${label}) target ${n} results: ${r}`);
        }
    }
    if (inj) injectable++;
    const errors = /HTTP error codes detected during run:\s*\n([^\n[]*)/.exec(txt);
    if (errors && /\b500\b/.test(errors[1]))
      problems.push(`sqlmap (${label}) target ${n} ${name}: the server answered 500: ${errors[1].trim()}`);
    // sqlmap's CRITICAL lines mean a request or a test could not be made
    // (connection lost, timeouts, no answer), except this one, after which
    // it tries again and compares the pages' text only.
    const critical = (txt.match(/\[CRITICAL\][^\n]*/g) || [])
      .filter((l) => !/content appears to be heavily dynamic\. sqlmap is going to retry/.test(l));
    // Each parameter it starts on must come to a conclusion.
    const started = (txt.match(/testing for SQL injection on [^\n]*parameter '[^']*'/g) || []).length;
    const why = [];
    if (!end) why.push('no end line');
    else {
      if (end.timedout !== 'no') why.push(`stopped at its share of ${end.share} s`);
      if (end.exit !== '0') why.push(`exit ${end.exit}`);
      if (label !== 'anonymous' && end.session !== '200') why.push(`session answered ${end.session} after it`);
    }
    if (!/^\[\*\] ending @/m.test(txt)) why.push('sqlmap did not reach its end');
    if (critical.length) why.push(critical.join('; '));
    if (started > clean + vuln) why.push(`${started - clean - vuln} of ${started} parameters without a conclusion`);
    if (why.length === 0 && clean + vuln === 0) why.push('tested no parameter');
    if (why.length) notFinished.push(`${n} ${name}: ${why.join(', ')}`);
    else finished++;
  });
  for (const nf of notFinished) problems.push(`sqlmap (${label}) not finished: ${nf}`);
  return `sqlmap: ${targets.length} targets tested, ${finished} finished, ${injectable} injectable ` +
    `(${params} parameters)`;
}

function wapitiPass(label) {
  const wp = path.join(out, `wapiti-${label}.json`);
  const log = read(path.join(out, `wapiti-${label}.txt`)) || '';
  const end = endLine(read(path.join(out, `wapiti-${label}.end`)));
  if (!end) problems.push(`wapiti (${label}): no end line (${label} pass did not run to the end)`);
  else {
    if (end.exit !== '0') problems.push(`wapiti (${label}) exit ${end.exit} (124: stopped by its timeout)`);
    if (label !== 'anonymous' && end.session !== '200')
      problems.push(`wapiti (${label}): its session answered ${end.session} at the end: the scan lost its login`);
  }
  if (/Max scan time was reached/.test(log))
    problems.push(`wapiti (${label}) not finished: the crawl stopped at --max-scan-time`);
  const stopped = new Set([...log.matchAll(/Max attack time was reached for module (\w+)/g)].map((m) => m[1]));
  for (const m of stopped)
    problems.push(`wapiti (${label}) not finished: module ${m} stopped at --max-attack-time`);
  const launched = new Set([...log.matchAll(/Launching module (\w+)/g)].map((m) => m[1]));
  const missing = WAPITI_MODULES.filter((m) => !launched.has(m));
  if (missing.length) problems.push(`wapiti (${label}): modules never launched: ${missing.join(', ')}`);
  // wapiti prints an exception inside a module (which ends that module)
  // as its name and message, then the stack without a "Traceback" line.
  for (const m of log.matchAll(/^(\S[^\n]*)\n(?:Traceback[^\n]*\n)?  File "/gm))
    problems.push(`wapiti (${label}): a module crashed: ${m[1]}`);
  const done = WAPITI_MODULES.filter((m) => launched.has(m) && !stopped.has(m));
  const found = /Wapiti found (\d+) URLs and forms/.exec(log);
  if (!existsSync(wp)) { problems.push(`wapiti (${label}) wrote no report`); return 'wapiti: no report'; }
  const rep = JSON.parse(readFileSync(wp, 'utf8'));
  let n = 0;
  for (const [cat, list] of Object.entries(rep.vulnerabilities || {}))
    for (const v of list) {
      n++;
      problems.push(`wapiti (${label}) ${cat}: ${v.method} ${v.path} ${v.parameter || ''}: ${v.info}`);
    }
  // A 500 among the anomalies is a bug as well.
  for (const [cat, list] of Object.entries(rep.anomalies || {}))
    for (const v of list)
      if (/Internal Server Error/i.test(cat))
        problems.push(`wapiti (${label}) ${cat}: ${v.method} ${v.path} ${v.parameter || ''}: ${v.info}`);
  const cats = Object.keys(rep.vulnerabilities || {}).length;
  if (cats === 0) problems.push(`wapiti (${label}) report has no vulnerability categories: did it run?`);
  return `wapiti: ${cats} categories, ${n} findings, ${found ? found[1] : '?'} URLs and forms crawled, ` +
    `${done.length}/${WAPITI_MODULES.length} modules finished`;
}

// The server's access log while a tool ran: its answers by class.  Logged
// in, a GET (other than /login, static files and paths no route matches)
// answered by a redirect (to the login page) or 401 means no session.
function accessPass(label, tool) {
  const f = path.join(out, `access-${label}-${tool}.log`);
  const txt = read(f);
  if (txt === null) { problems.push(`${tool} (${label}): no access log ${f}`); return `${tool}: no access log`; }
  let total = 0, gets = 0, away = 0;
  const errors = new Map();   // "METHOD /path/N" -> count of 5xx answers
  for (const line of txt.split('\n')) {
    const m = /^access \S+ (\S+) (\S+) (\d+)/.exec(line);
    if (!m) continue;
    total++;
    const [, method, p, status] = m;
    if (status.startsWith('5')) {
      const k = `${status} ${method} ${p.replace(/\d+/g, 'N').slice(0, 80)}`;
      errors.set(k, (errors.get(k) || 0) + 1);
    }
    if ((method !== 'GET' && method !== 'HEAD') || /^\/(login|static\/|healthz)/.test(p) ||
        status === '404' || status === '405') continue;
    gets++;
    if (/^30\d$/.test(status) || status === '401') away++;
  }
  // A 5xx is a server error the scan provoked: a bug, whatever it means.
  for (const [k, n] of errors) problems.push(`${tool} (${label}): the server answered ${k} (${n} times)`);
  if (total === 0) problems.push(`${tool} (${label}): the server saw no request`);
  if (label !== 'anonymous' && gets > 0 && away * 2 > gets)
    problems.push(`${tool} (${label}): ${away} of ${gets} GETs were redirected (to /login) or ` +
      'refused 401: the scan ran without its session');
  return `${tool} ${total} requests, ${gets} GETs to routes of which ${away} redirected or 401`;
}

for (const label of labels) {
  const times = Object.fromEntries((read(path.join(out, `time-${label}.txt`)) || '')
    .split('\n').filter(Boolean).map((l) => l.split(' ')));
  const lines = [sqlmapPass(label), wapitiPass(label), accessPass(label, 'sqlmap'), accessPass(label, 'wapiti')];
  const secs = Object.values(times).reduce((s, v) => s + Number(v), 0);
  summary.push(`${label} (${Math.floor(secs / 60)} min ${secs % 60} s: ` +
    `${Object.entries(times).map(([k, v]) => `${k} ${v} s`).join(', ') || 'no times'}):\n  ` +
    lines.join('\n  '));
}

console.log(summary.join('\n'));
if (problems.length) {
  console.error(`security: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('security: no findings, every pass finished');

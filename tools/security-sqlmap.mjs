// security-sqlmap.mjs: run sqlmap once per target of
// tools/security-targets.mjs, sharing one time budget, so that every target
// is reached.  One sqlmap run over all targets (-m) spent its whole bound on
// the first two or three and never reached the rest.
//
// JOBS targets run at a time: sqlmap keeps one core busy comparing pages
// (its --threads only overlap the waiting for answers), and the server
// needs little, so two sqlmaps on this 2-core machine test twice as fast.
//
// The budget is shared so that every target is reached: a target may run
// until the end of the budget, less a reserve kept for the targets not yet
// started (RESERVE seconds per unit of their weight, their number of
// injection points, on JOBS cores):
//   timeout = left - RESERVE * weight after it / JOBS,
// and never less than its fair share, left * JOBS * weight / weight left.
// So a slow target (a field of the entry form takes ~40 s) may use what
// the quick ones left, but one that hangs cannot take the time of the
// others.  A target stopped at its timeout counts as not finished (the
// verdict fails it: nothing here passes a target that was not tested to
// the end).

// For each target i (from 1) it writes OUT/NN.txt: a header, sqlmap's own
// output, and a last line
//   # koers end: exit=N seconds=S share=T timedout=yes|no session=CODE
// where session is what GET /account answered the scan's cookie right
// after the target (logged-in passes; '-' when anonymous): a session that
// died mid-scan shows there.  sqlmap's files go to OUT/NN/.
//   node tools/security-sqlmap.mjs TARGETS.json OUT BUDGET_SECONDS JOBS [COOKIE]
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [targetsFile, out, budgetArg, jobsArg, cookie = ''] = process.argv.slice(2);
const budget = Number(budgetArg);
const jobs = Number(jobsArg);
if (!targetsFile || !out || !(budget > 0) || !(jobs >= 1)) {
  console.error('usage: node tools/security-sqlmap.mjs TARGETS.json OUT BUDGET_SECONDS JOBS [COOKIE]');
  process.exit(2);
}
const targets = JSON.parse(readFileSync(targetsFile, 'utf8'));
mkdirSync(out, { recursive: true });

const ANSWERS = 'keep testing=Y,skip further tests=N,other (potential)=Y,custom injection=Y,quit=N';

function argsOf(t, dir) {
  const level = t.level || 3;
  const a = ['-u', t.url, '--batch', `--level=${level}`, `--risk=${level >= 3 ? 3 : 1}`,
    '--time-sec=2', '--timeout=10', '--retries=1', '--threads=4', '--disable-coloring',
    `--output-dir=${dir}`, `--answers=${ANSWERS}`, '--skip-waf', '--flush-session'];
  if (t.data !== undefined) a.push(`--data=${t.data}`);
  if (t.method !== 'GET' && t.method !== 'POST') a.push(`--method=${t.method}`);
  if (t.params) a.push(`-p`, t.params.join(','));
  if (t.headers) a.push(`--headers=${Object.entries(t.headers).map(([k, v]) => `${k}: ${v}`).join('\n')}`);
  if (t.forms) a.push('--forms');
  if (t.ignore) a.push(`--ignore-code=${t.ignore}`);
  if (t.textOnly) a.push('--text-only');
  if (cookie) {
    // The server's own Set-Cookie (a language switch) must not replace
    // the session that the scan runs under.
    a.push(`--cookie=koers_session=${cookie}`, '--drop-set-cookie');
  }
  return a;
}

async function sessionStatus() {
  if (!cookie) return '-';
  const base = new URL(targets[0].url).origin;
  try {
    const r = await fetch(`${base}/account`, { headers: { cookie: `koers_session=${cookie}` }, redirect: 'manual' });
    await r.arrayBuffer();
    return String(r.status);
  } catch (e) {
    return 'error';
  }
}

function run(args, log, seconds) {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const p = spawn('sqlmap', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    p.stdout.pipe(log, { end: false });
    p.stderr.pipe(log, { end: false });
    let timedout = false;
    const kill = setTimeout(() => {
      timedout = true;
      p.kill('SIGTERM');
      setTimeout(() => p.kill('SIGKILL'), 5000).unref();
    }, Math.max(seconds, 0) * 1000);
    p.on('close', (code, signal) => {
      clearTimeout(kill);
      resolve({ code: code ?? signal, timedout, seconds: (Date.now() - t0) / 1000 });
    });
  });
}

const RESERVE = 15;
const start = Date.now();
let weightLeft = targets.reduce((s, t) => s + t.weight, 0);
let next = 0;

async function one(i) {
  const t = targets[i];
  const n = String(i + 1).padStart(2, '0');
  const left = Math.max(budget - (Date.now() - start) / 1000, 0);
  const after = weightLeft - t.weight;
  const share = Math.floor(Math.min(left, Math.max(left - RESERVE * after / jobs,
    left * jobs * t.weight / weightLeft)));
  weightLeft -= t.weight;
  const log = createWriteStream(path.join(out, `${n}.txt`));
  log.write(`# koers target ${i + 1}/${targets.length}: ${t.method} ${t.url}\n`);
  if (t.params) log.write(`# koers params: ${t.params.join(',')}\n`);
  if (t.level) log.write(`# koers level ${t.level}: ${t.why || ''}\n`);
  let r = { code: 'not-run', timedout: true, seconds: 0 };
  if (share > 0) r = await run(argsOf(t, path.join(out, n)), log, share);
  const session = await sessionStatus();
  log.end(`\n# koers end: exit=${r.code} seconds=${r.seconds.toFixed(1)} share=${share} ` +
    `timedout=${r.timedout ? 'yes' : 'no'} session=${session}\n`);
  await new Promise((res) => log.on('finish', res));
  console.log(`   ${n} ${t.method} ${t.url.replace(/^https?:\/\/[^/]+/, '')}` +
    `${t.params ? ` [${t.params.join(',')}]` : ''}: ` +
    `${r.timedout ? 'NOT FINISHED' : 'done'} in ${r.seconds.toFixed(0)} s of ${share} s` +
    (cookie ? `, session ${session}` : ''));
}

async function worker() {
  while (next < targets.length) await one(next++);
}
await Promise.all(Array.from({ length: jobs }, worker));

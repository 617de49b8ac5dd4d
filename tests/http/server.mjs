// server.mjs: start the real `koers serve` on a free loopback port, with a
// fresh demo database, for the HTTP tests.  Nothing is mocked.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const BIN = path.resolve(process.env.KOERS_BIN || 'build/koers');

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

// A fresh demo database in a temporary folder.  Returns its path.
export function demoDb(extraArgs = []) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'koers-http-'));
  const db = path.join(dir, 'koers.db');
  execFileSync(BIN, ['demo', '--db', db, ...extraArgs], { stdio: 'pipe' });
  return db;
}

export async function waitFor(base, ms = 10000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(base + '/healthz');
      if (r.ok) return;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('koers did not start');
}

// Under make test-asan a sanitizer report inside the server would not fail
// any test by itself: stop() fails instead, with the report.
export const SANITIZER_REPORT = /ERROR: AddressSanitizer|ERROR: LeakSanitizer|runtime error:|SUMMARY: UndefinedBehaviorSanitizer/;

export function assertNoSanitizerReport(log, exit = {}) {
  const m = SANITIZER_REPORT.exec(log);
  if (m) throw new Error(`sanitizer report in the server's output:\n${log.slice(Math.max(0, m.index - 200))}`);
  if ((exit.code !== 0 && exit.code !== null) || (exit.sig && exit.sig !== 'SIGTERM'))
    throw new Error(`server exited with ${exit.code ?? exit.sig}:\n${log.slice(-2000)}`);
}

// A GET runs in one read snapshot (db_read_begin); a write that bypassed
// db_write*() inside it is logged by db_read_end().  Every test fails on it.
export const SNAPSHOT_WRITE = /a write inside a read snapshot|end of read snapshot/;

// Start koers on a free port (env: extra environment, e.g. short session
// lifetimes).  Returns { base, port, proc, stop(), log() }.
export async function startServer({ db, args = [], env = {} } = {}) {
  const port = await freePort();
  const database = db || demoDb();
  const proc = spawn(BIN, ['serve', '--db', database, '--listen',
    `127.0.0.1:${port}`, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  let out = '';
  proc.stdout.on('data', (d) => { out += d; });
  proc.stderr.on('data', (d) => { out += d; });
  const exited = new Promise((resolve) => proc.on('exit', (code, sig) => resolve({ code, sig })));
  const base = `http://127.0.0.1:${port}`;
  await waitFor(base);
  return {
    base, port, proc, db: database, exited,
    log: () => out,
    async stop() {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      const r = await exited;
      if (!db) rmSync(path.dirname(database), { recursive: true, force: true });
      if (process.env.KOERS_FAIL_ON_SANITIZER) assertNoSanitizerReport(out, r);
      const w = SNAPSHOT_WRITE.exec(out);
      if (w) throw new Error(`server log: ${out.slice(Math.max(0, w.index - 300), w.index + 200)}`);
      return r;
    },
  };
}

// Send raw bytes on one connection and collect everything until it closes
// or `until` matches.  For requests that fetch() would normalise.
export function raw(port, data, { until, timeout = 5000 } = {}) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, '127.0.0.1');
    let buf = '';
    const t = setTimeout(() => { sock.destroy(); resolve(buf); }, timeout);
    sock.on('data', (d) => {
      buf += d.toString('latin1');
      if (until && until(buf)) { clearTimeout(t); sock.destroy(); resolve(buf); }
    });
    sock.on('end', () => { clearTimeout(t); resolve(buf); });
    sock.on('error', (e) => { clearTimeout(t); if (buf) resolve(buf); else reject(e); });
    sock.write(data);
  });
}

export function statusOf(rawResponse) {
  const m = /^HTTP\/1\.[01] (\d{3})/.exec(rawResponse);
  return m ? Number(m[1]) : 0;
}

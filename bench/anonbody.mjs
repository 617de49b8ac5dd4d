// bench/anonbody.mjs PORT SECONDS [CONNECTIONS]: the anonymous-body attack
// of issue 17 item 3 against koers on 127.0.0.1 only.  CONNECTIONS (100)
// connections at a time each announce an 8 MB body to /import (multipart,
// as an upload) or /login, send all of it but the last byte and hold the
// connection; when the server closes one, another takes its place.
// Bounded: SECONDS of wall time and at most 50 * CONNECTIONS connections.
// Prints one line: "ANONBODY opened=N answered=N refused_early=N".
import net from 'node:net';

const port = Number(process.argv[2]);
const seconds = Number(process.argv[3] || 30);
const want = Number(process.argv[4] || 100);
if (!(port > 0 && port < 65536) || !(seconds > 0 && seconds <= 600) || !(want > 0 && want <= 1000)) {
  console.error('usage: anonbody.mjs PORT SECONDS [CONNECTIONS]');
  process.exit(2);
}
const SIZE = 8 * 1000 * 1000;
const chunk = Buffer.alloc(1 << 20, 'a');
const until = Date.now() + seconds * 1000;
let opened = 0;
let answered = 0;
let early = 0;
let live = 0;

function one(i) {
  if (Date.now() >= until || opened >= want * 50) return;
  opened++;
  live++;
  const upload = i % 2 === 0;
  const s = net.connect({ port, host: '127.0.0.1' });
  let sent = 0;
  let got = '';
  s.on('data', (d) => { got += d.toString('latin1'); });
  const pump = () => {
    // All but the last byte, a megabyte at a time, as fast as it drains.
    while (sent < SIZE - 1) {
      const n = Math.min(chunk.length, SIZE - 1 - sent);
      sent += n;
      if (!s.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
        s.once('drain', pump);
        return;
      }
    }
  };
  s.on('connect', () => {
    s.write(upload
      ? `POST /import HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: ${SIZE}\r\n\r\n`
      : `POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${SIZE}\r\n\r\n`);
    pump();
  });
  s.on('error', () => {});
  s.on('close', () => {
    live--;
    if (/^HTTP\/1\.1 \d{3}/.test(got)) {
      answered++;
      if (sent < SIZE - 1) early++;
    }
    setTimeout(() => one(i), 500);
  });
}

for (let i = 0; i < want; i++) one(i);
const t = setInterval(() => {
  if (Date.now() >= until) {
    clearInterval(t);
    console.log(`ANONBODY opened=${opened} answered=${answered} refused_early=${early} live=${live}`);
    process.exit(0);
  }
}, 200);

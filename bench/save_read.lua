-- save_read.lua: (e) of bench/run.sh.  Each connection alternates a figure
-- save (PUT /api/v1/figures/{indicator}/{unit}/{period}, JSON with the
-- figure's version) and a read of the CMT overview, which the save has
-- just made stale (page cache generation).  Run it with one connection per
-- wrk thread: each thread saves its own figure (BENCH_FIGURES, one path
-- per thread), because saves of one figure serialize on its version.  The
-- first save learns the version from the 409 answer.  With BENCH_SAVE_ONLY
-- set every request is a save: (h), the durable saves per second.  Prints
--   RESULT rps=<requests/s> p50=<ms> p99=<ms> requests=<n> bad=<n>
--          errors=<n> saves=<n> conflicts=<n>
-- bad counts answers outside 2xx/3xx other than those 409s.

local threads = {}
local nthreads = 0

function setup(thread)
  nthreads = nthreads + 1
  local figs = {}
  for p in string.gmatch(os.getenv("BENCH_FIGURES") or "", "%S+") do
    table.insert(figs, p)
  end
  thread:set("fig", figs[((nthreads - 1) % #figs) + 1])
  thread:set("read", os.getenv("BENCH_READ") or "/dashboard")
  table.insert(threads, thread)
end

function init(args)
  version, turn, value = 0, 0, 0
  bad, saves, conflicts = 0, 0, 0
  auth = os.getenv("BENCH_AUTH") or ""
  save_only = (os.getenv("BENCH_SAVE_ONLY") or "") ~= ""
end

function request()
  turn = turn + 1
  if turn % 2 == 1 or save_only then
    value = (value + 1) % 7
    return wrk.format("PUT", fig, { ["Authorization"] = auth,
      ["Content-Type"] = "application/json" },
      string.format('{"version": %d, "value": "%d"}', version, 10 + value))
  end
  return wrk.format("GET", read)
end

function response(status, headers, body)
  local v = body and string.match(body, '"version":%s*(%d+)')
  if status == 200 and v and string.find(body, '"indicator"') then
    version = tonumber(v)
    saves = saves + 1
  elseif status == 409 and v then
    version = tonumber(v)
    conflicts = conflicts + 1
  elseif status < 200 or status >= 400 then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local b, s, c = 0, 0, 0
  for _, t in ipairs(threads) do
    b = b + (t:get("bad") or 0)
    s = s + (t:get("saves") or 0)
    c = c + (t:get("conflicts") or 0)
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT rps=%.0f p50=%.2f p99=%.2f requests=%d bad=%d errors=%d saves=%d conflicts=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, b, e.connect + e.read + e.write + e.timeout, s, c))
end

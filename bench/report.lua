-- report.lua: wrk script for bench/run.sh and bench/soak.sh.  Counts every
-- answer outside 2xx/3xx (wrk's own count: a response() callback would
-- copy every body into Lua and slow the client down for large pages more
-- than for small ones) and prints one machine-readable line at the end:
--   RESULT rps=<requests/s> p50=<ms> p99=<ms> requests=<n> bad=<n> errors=<n>
-- Optional rotation: set the environment variable BENCH_PATHS to a
-- space-separated list of paths; each request takes the next one.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for p in string.gmatch(os.getenv("BENCH_PATHS") or "", "%S+") do
    table.insert(paths, p)
  end
  n = 0
end

if os.getenv("BENCH_PATHS") then
  request = function()
    n = n + 1
    return wrk.format("GET", paths[(n % #paths) + 1])
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local b = e.status
  local errors = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    "RESULT rps=%.0f p50=%.2f p99=%.2f requests=%d bad=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests, b, errors))
end

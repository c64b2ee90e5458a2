-- wrk's hooks for the bench.
--
-- With BENCH_PATHS_FILE set (one request path per line), each request takes the next path instead
-- of the URL's. wrk runs one Lua state per thread: `setup` numbers the threads, and thread i of
-- BENCH_PATHS_THREADS takes lines i+1, i+1+n, i+1+2n, ..., so no two threads send the same path.
-- A thread that has sent its whole share starts it over; `done` then prints how many paths were
-- taken and how many of those repeated one (BENCH_PATHS line). Without it, every request is the
-- URL's, built once by wrk.
local paths_file = os.getenv("BENCH_PATHS_FILE")
if paths_file == "" then paths_file = nil end

-- Main state: the threads, to read their counters in `done`.
local threads = {}

setup = function(thread)
  thread:set("thread_id", #threads)
  table.insert(threads, thread)
end

-- Thread states: this thread's paths and its counters (globals, for thread:get).
local paths = {}
local position = 0
taken = 0
repeated = 0

if paths_file then
  init = function(args)
    local stride = tonumber(os.getenv("BENCH_PATHS_THREADS") or "") or 1
    local id = thread_id or 0
    local all = {}
    for line in io.lines(paths_file) do
      if line ~= "" then table.insert(all, line) end
    end
    if #all == 0 then error("BENCH_PATHS_FILE " .. paths_file .. " lists no paths") end
    for i = id + 1, #all, stride do table.insert(paths, all[i]) end
    -- More threads than paths: this thread shares the whole list (and repeats).
    if #paths == 0 then paths = all end
  end

  request = function()
    position = position + 1
    if position > #paths then position = 1 end
    taken = taken + 1
    if taken > #paths then repeated = repeated + 1 end
    return wrk.format(nil, paths[position])
  end
end

-- Prints the run as one JSON line (latencies in microseconds), because wrk's own --latency output
-- has no 95th percentile.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"duration_us":%d,"bytes":%d,"connect":%d,"read":%d,"write":%d,' ..
      '"status":%d,"timeout":%d,"mean_us":%.1f,"max_us":%.0f,"p50_us":%.0f,"p95_us":%.0f,"p99_us":%.0f}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status, e.timeout,
    latency.mean, latency.max, latency:percentile(50), latency:percentile(95), latency:percentile(99)))
  if paths_file then
    local all_taken, all_repeated = 0, 0
    for _, thread in ipairs(threads) do
      all_taken = all_taken + (thread:get("taken") or 0)
      all_repeated = all_repeated + (thread:get("repeated") or 0)
    end
    io.write(string.format('BENCH_PATHS {"taken":%d,"repeated":%d}\n', all_taken, all_repeated))
  end
end

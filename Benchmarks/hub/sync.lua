-- wrk script: learners' clients posting progress batches to `playbook hub serve`.
--
--   wrk -t50 -c50 -d600s --timeout 30s -s sync.lua http://127.0.0.1:PORT -- \
--       TOKENS BATCHES SIZE TAG FIRST_TIME OUT_DIR
--
-- Run it with as many threads as connections: each thread owns one connection and the learners
-- whose line number in TOKENS ("name<TAB>token" lines) is its number modulo the thread count.
-- It posts each learner's BATCHES batches of SIZE reviews (batch-major, so concurrent requests
-- are different learners), with event ids "TAG-NAME-bB-eE" unique to the run, reviewed from
-- FIRST_TIME (Unix seconds) on, ten minutes apart. With one connection a thread knows which
-- request a response answers, so it times each batch itself (CLOCK_MONOTONIC) and writes
-- OUT_DIR/thread-N.txt when its last response arrived: a summary line, then one latency (ms)
-- a line. (wrk's own run time is its -d, not the work, so run.sh reads these files instead.)

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *now);
]]
local now_buffer = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, now_buffer)
  return tonumber(now_buffer.tv_sec) * 1000 + tonumber(now_buffer.tv_nsec) / 1e6
end

local thread_count = 0
function setup(thread)
  thread:set("thread_number", thread_count)
  thread_count = thread_count + 1
end

local queue, next_item, sent_at, latencies = {}, 1, nil, {}
local first_sent, last_answer = nil, nil
local counts = { ok = 0, added = 0, duplicates = 0, refused = 0, failed = 0 }
local finished, out_dir, size, tag, first_time = false, nil, 0, "", 0

function init(args)
  local tokens, batches = args[1], tonumber(args[2])
  size, tag, first_time, out_dir = tonumber(args[3]), args[4], tonumber(args[5]), args[6]
  local threads = tonumber(args[7])
  local learners = {}
  for line in io.lines(tokens) do
    local name, token = line:match("^(%S+)\t(%S+)$")
    if name then learners[#learners + 1] = { name = name, token = token, index = #learners } end
  end
  for batch = 0, batches - 1 do
    for _, learner in ipairs(learners) do
      if learner.index % threads == thread_number then queue[#queue + 1] = { learner = learner, batch = batch } end
    end
  end
end

local header = '{"type":"header","format":"playbook-progress","version":1,"playbook":"Benchmark","learner":null,"exportedAt":"2026-06-01T00:00:00Z"}'
local ratings = { 3, 3, 1, 3, 4, 3, 2, 3, 3, 4, 3, 2, 3, 3, 1, 3, 3, 4, 3, 3 }

local function body(item)
  local lines = { header }
  for event = 0, size - 1 do
    local n = item.batch * size + event
    local card = (item.learner.index * 13 + n) % 40
    local rating = ratings[(item.learner.index + n) % #ratings + 1]
    lines[#lines + 1] = string.format(
      '{"type":"review","id":"%s-%s-b%d-e%d","card":"bench/card-%02d","contentHash":"be7c4","rating":%d,"reviewedAt":"%s","mode":"type","score":%d,"answer":"answer %d"}',
      tag, item.learner.name, item.batch, event, card, rating, os.date("!%Y-%m-%dT%H:%M:%SZ", first_time + n * 600),
      rating * 25, n)
  end
  return table.concat(lines, "\n") .. "\n"
end

local function finish()
  if finished then return end
  finished = true
  local file = assert(io.open(string.format("%s/thread-%d.txt", out_dir, thread_number), "w"))
  file:write(string.format("requests=%d ok=%d added=%d duplicates=%d refused=%d failed=%d first=%.3f last=%.3f\n",
    #queue, counts.ok, counts.added, counts.duplicates, counts.refused, counts.failed, first_sent or 0, last_answer or 0))
  for _, ms in ipairs(latencies) do file:write(string.format("%.3f\n", ms)) end
  file:close()
  wrk.thread:stop()
end

-- The queue advances on each answer, not on each request: wrk calls request() once more on
-- thread 0 before the run (to count pipelined requests), and after a socket error it asks
-- again, and then the same batch is sent again, as a syncing client would.
function request()
  local item = queue[next_item]
  if item == nil then
    finish()
    return wrk.format("GET", "/healthz")
  end
  sent_at = now_ms()
  return wrk.format("POST", "/api/v1/progress",
    { ["Authorization"] = "Bearer " .. item.learner.token, ["Content-Type"] = "application/x-ndjson" }, body(item))
end

function response(status, headers, body)
  if finished then return end
  last_answer = now_ms()
  first_sent = first_sent or sent_at
  latencies[#latencies + 1] = last_answer - sent_at
  if status == 200 then
    counts.ok = counts.ok + 1
    counts.added = counts.added + tonumber(body:match('"added":(%d+)') or 0)
    counts.duplicates = counts.duplicates + tonumber(body:match('"duplicates":(%d+)') or 0)
    if not body:match('"refused":%[%]') then counts.refused = counts.refused + 1 end
    next_item = next_item + 1
  else
    counts.failed = counts.failed + 1
    if counts.failed > 50 then finish() return end  -- the hub keeps refusing: give up, report it
  end
  if next_item > #queue then finish() end
end

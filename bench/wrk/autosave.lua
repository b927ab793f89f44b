-- Autosave under load, as browser tabs do it: every in-flight PUT targets its own
-- (interview, step) with the version that step is at, so a 409 is a real error.
-- Environment: COOKIE (the Cookie header), XSRF (the CSRF token), INTERVIEWS (ids, comma
-- separated; each wrk thread takes its share) and THREADS (wrk's -t).
local steps = { "clarifying-requirements", "framing", "data-preparation", "model-development",
  "evaluation", "system-design", "deployment-monitoring" }
local next_thread = 0

function setup(thread)
  thread:set("index", next_thread)
  next_thread = next_thread + 1
end

function init(args)
  local threads = tonumber(os.getenv("THREADS"))
  headers = { ["Cookie"] = os.getenv("COOKIE"), ["X-XSRF-TOKEN"] = os.getenv("XSRF"),
    ["Content-Type"] = "application/json" }
  slots = {}
  local n = 0
  for id in string.gmatch(os.getenv("INTERVIEWS"), "[^,]+") do
    if n % threads == index then
      for _, step in ipairs(steps) do
        table.insert(slots, { path = "/api/interviews/" .. id .. "/answers/" .. step, version = 0, busy = false })
      end
    end
    n = n + 1
  end
end

function request()
  -- A slot whose save failed stays busy (a failed response does not say which slot it was);
  -- with none free, the first is sent again and its 409s show up among the errors.
  local chosen = 1
  for i, slot in ipairs(slots) do
    if not slot.busy then
      chosen = i
      break
    end
  end
  local slot = slots[chosen]
  slot.busy = true
  local body = '{"text": "slot ' .. chosen .. ' draft ' .. slot.version
    .. ' of a long answer: p95 latency under 800 ms, 2,000 requests per second, a cache in front.", "version": '
    .. slot.version .. '}'
  return wrk.format("PUT", slot.path, headers, body)
end

function response(status, headers, body)
  local i = tonumber(string.match(body, '"text":"slot (%d+) '))
  if status == 200 and i then
    slots[i].version = tonumber(string.match(body, '"version":(%d+)'))
    slots[i].busy = false
  end
end

-- wrk script: the load test's bundle (check-bundle.lua) changed on every request, so that no two bodies are alike.
--   wrk ... -s scripts/load/check-varied.lua <url> -- moments
--     the procedure on one of 97 days and the check 0 to 599 hours after it: only the labels repeat, as in a shop's carts;
--   wrk ... -s scripts/load/check-varied.lua <url> -- new-labels
--     the labels' letters change case with a counter (INCI names are read ignoring case, so products and verdicts stay
--     the same, but every label text, the label cache's key, is new): the cost of a shop's first check of a product.
-- Run from the repository root (scripts/load/run.sh does).
dofile("scripts/load/check-bundle.lua")
local bundle = wrk.body
local mode
local counter = 0
local threads = 0

-- Each thread counts from its own start, so the two threads send different bodies.
function setup(thread)
  thread:set("first", threads * 1000000007)
  threads = threads + 1
end

function init(args)
  mode = args[1]
  assert(mode == "moments" or mode == "new-labels", "give -- moments or -- new-labels")
  counter = first or 0
end

-- 2026-11-20T09:00:00Z
local base = 1795165200

local function stamp(seconds) return os.date("!%Y-%m-%dT%H:%M:%SZ", seconds) end

-- The first 40 letters take the case of the counter's bits: 2^40 different texts per label.
local function vary(label, n)
  local out, bit = {}, 0
  for i = 1, #label do
    local c = label:sub(i, i)
    if bit < 40 and c:match("%a") then
      if math.floor(n / 2 ^ bit) % 2 == 1 then c = (c == c:upper()) and c:lower() or c:upper() end
      bit = bit + 1
    end
    out[#out + 1] = c
  end
  return table.concat(out)
end

function request()
  counter = counter + 1
  local body
  if mode == "moments" then
    local performed = base + (counter % 97) * 86400
    local at = performed + (counter % 600) * 3600 + (counter % 60) * 60
    body = bundle:gsub('"performedAt":"[^"]*"', '"performedAt":"' .. stamp(performed) .. '"', 1)
    body = body:gsub('"at":"[^"]*"', '"at":"' .. stamp(at) .. '"', 1)
  else
    body = bundle:gsub('"inci":"([^"]*)"', function(label) return '"inci":"' .. vary(label, counter) .. '"' end)
  end
  return wrk.format(nil, nil, nil, body)
end

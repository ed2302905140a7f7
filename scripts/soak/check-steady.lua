-- wrk script for the soak: the load test's three-product bundle, with a pause per connection so the load is steady
-- (about 1/delay requests per second per connection), not a saturation test.
dofile("scripts/load/check-bundle.lua")
local pause_ms = tonumber(os.getenv("SOAK_DELAY_MS") or "10")
function delay()
  return pause_ms
end

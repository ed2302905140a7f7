-- wrk script: the load test's three products (check-bundle.lua), each request at another moment: the procedure on one
-- of 97 days, the check 0 to 599 hours after it, in the caller's offset. The body differs on every request, as a shop's
-- carts do; only the labels repeat.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local bundle = [[
{"ref":"retinol","name":"Retinol 0.5% in Squalane","category":"serum","inci":"Squalane, Caprylic/Capric Triglyceride, Retinol, Solanum Lycopersicum (Tomato) Fruit/Leaf/Stem Extract, Rosmarinus Officinalis (Rosemary) Leaf Extract, BHT"},
{"ref":"ha","name":"Hyaluronic Acid 2% + B5","category":"serum","inci":"Aqua (Water), Sodium Hyaluronate, Pentylene Glycol, Propanediol, Sodium Hyaluronate Crosspolymer, Panthenol, Ahnfeltiopsis Concinna Extract, Glycerin, Trisodium Ethylenediamine Disuccinate, Citric Acid, Isoceteth-20, Ethoxydiglycol, Ethylhexylglycerin, Hexylene Glycol, 1,2-Hexanediol, Phenoxyethanol, Caprylyl Glycol"},
{"ref":"spf","name":"Mineral SPF 30","category":"sunscreen","inci":"Active Ingredients: Zinc Oxide 18.9% Inactive Ingredients: Water, Caprylic/Capric Triglyceride, Glycerin, Cetyl PEG/PPG-10/1 Dimethicone, Polyglyceryl-4 Isostearate, Sodium Chloride, Tocopherol, Phenoxyethanol"}
]]

-- 2026-11-20T09:00:00Z; each thread counts from its own start so the two threads send different moments.
local base = 1795165200
local counter = 0
local threads = 0

function setup(thread)
  thread:set("first", threads * 7919)
  threads = threads + 1
end

function init()
  counter = first or 0
end

function request()
  counter = counter + 1
  local performed = base + (counter % 97) * 86400
  local at = performed + (counter % 600) * 3600 + (counter % 60) * 60
  local body = '{"procedure":{"type":"microneedling","performedAt":"' .. os.date("!%Y-%m-%dT%H:%M:%SZ", performed) ..
    '","needleDepthMm":1.0},"at":"' .. os.date("!%Y-%m-%dT%H:%M:%SZ", at) .. '","products":[' .. bundle .. ']}'
  return wrk.format(nil, nil, nil, body)
end

-- wrk script: the load test's three products (check-bundle.lua) with labels never seen before on every request: the
-- letters' case changes with a counter (INCI names are read ignoring case, so the products and verdicts stay the same,
-- but each label text, the label cache's key, is new). The cost of a shop's first check of a product.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

local labels = {
  "Squalane, Caprylic/Capric Triglyceride, Retinol, Solanum Lycopersicum (Tomato) Fruit/Leaf/Stem Extract, Rosmarinus Officinalis (Rosemary) Leaf Extract, BHT",
  "Aqua (Water), Sodium Hyaluronate, Pentylene Glycol, Propanediol, Sodium Hyaluronate Crosspolymer, Panthenol, Ahnfeltiopsis Concinna Extract, Glycerin, Trisodium Ethylenediamine Disuccinate, Citric Acid, Isoceteth-20, Ethoxydiglycol, Ethylhexylglycerin, Hexylene Glycol, 1,2-Hexanediol, Phenoxyethanol, Caprylyl Glycol",
  "Active Ingredients: Zinc Oxide 18.9% Inactive Ingredients: Water, Caprylic/Capric Triglyceride, Glycerin, Cetyl PEG/PPG-10/1 Dimethicone, Polyglyceryl-4 Isostearate, Sodium Chloride, Tocopherol, Phenoxyethanol",
}

local counter = 0
local threads = 0

function setup(thread)
  thread:set("first", threads * 1000000000)
  threads = threads + 1
end

function init()
  counter = first or 0
end

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
  local body = '{"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00","needleDepthMm":1.0},' ..
    '"at":"2026-11-22T10:00:00+01:00","products":[' ..
    '{"ref":"retinol","name":"Retinol 0.5% in Squalane","category":"serum","inci":"' .. vary(labels[1], counter) .. '"},' ..
    '{"ref":"ha","name":"Hyaluronic Acid 2% + B5","category":"serum","inci":"' .. vary(labels[2], counter) .. '"},' ..
    '{"ref":"spf","name":"Mineral SPF 30","category":"sunscreen","inci":"' .. vary(labels[3], counter) .. '"}]}'
  return wrk.format(nil, nil, nil, body)
end

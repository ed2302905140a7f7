-- wrk script: POST /api/v1/check with a three-product bundle (retinol serum, HA serum, mineral sunscreen).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"procedure":{"type":"microneedling","performedAt":"2026-11-20T10:00:00+01:00","needleDepthMm":1.0},
"at":"2026-11-22T10:00:00+01:00",
"products":[
{"ref":"retinol","name":"Retinol 0.5% in Squalane","category":"serum","inci":"Squalane, Caprylic/Capric Triglyceride, Retinol, Solanum Lycopersicum (Tomato) Fruit/Leaf/Stem Extract, Rosmarinus Officinalis (Rosemary) Leaf Extract, BHT"},
{"ref":"ha","name":"Hyaluronic Acid 2% + B5","category":"serum","inci":"Aqua (Water), Sodium Hyaluronate, Pentylene Glycol, Propanediol, Sodium Hyaluronate Crosspolymer, Panthenol, Ahnfeltiopsis Concinna Extract, Glycerin, Trisodium Ethylenediamine Disuccinate, Citric Acid, Isoceteth-20, Ethoxydiglycol, Ethylhexylglycerin, Hexylene Glycol, 1,2-Hexanediol, Phenoxyethanol, Caprylyl Glycol"},
{"ref":"spf","name":"Mineral SPF 30","category":"sunscreen","inci":"Active Ingredients: Zinc Oxide 18.9% Inactive Ingredients: Water, Caprylic/Capric Triglyceride, Glycerin, Cetyl PEG/PPG-10/1 Dimethicone, Polyglyceryl-4 Isostearate, Sodium Chloride, Tocopherol, Phenoxyethanol"}
]}]]

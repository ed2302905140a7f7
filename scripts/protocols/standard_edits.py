"""One-off edit of seeds/protocols/microneedling-standard.json for issue 10 (kept for the record; the JSON is the truth)."""
import json, sys
path = sys.argv[1]
p = json.load(open(path))
p["version"] = "2026.12.1"
p["description"] = ("Shipped default. Where sources give a range the window sits in the cautious half of it; nothing but a hyaluronic acid "
    "serum goes on in the first 24 hours (every product has a floor by its kind); harsh actives and heavy makeup are held back for at "
    "least 48 hours; an ingredient after the label's 1 % line is judged as a trace only where a window says so. A clinic may override every number in its own protocol.")
W = {w["id"]: w for w in p["windows"]}

def trace(hours, sources, reason, note=None):
    t = {"hours": hours, "sources": sources, "reason": reason}
    if note: t["note"] = note
    return t

acid_note = "No source gives a window for an acid at pH-adjuster level; the product's own floor (24 h) still holds it. A printed percentage is never a trace."
W["aha"]["trace"] = trace(0, ["eu-1223-2009-art19", "fda-aha"],
    "An alpha hydroxy acid after the 1 % line adjusts the pH; exfoliating products use several per cent", acid_note)
W["bha"]["trace"] = trace(0, ["eu-1223-2009-art19", "eu-1223-2009-annex-v"],
    "Salicylic acid after the 1 % line is a preservative or pH adjuster (EU Annex V allows it at up to 0.5 % as a preservative), not an exfoliant", acid_note)
W["pha"]["trace"] = trace(0, ["eu-1223-2009-art19", "fda-aha"],
    "A polyhydroxy acid after the 1 % line is a humectant or pH adjuster, not an exfoliant", acid_note)
W["drying-alcohol"]["trace"] = trace(0, ["eu-1223-2009-art19"],
    "Alcohol after the 1 % line is the solvent of an extract or fragrance, too little to dry the skin",
    "Sources speak of alcohol toners; a trace in a cream is not one. The product's own floor still holds it.")
W["vitamin-c-derivative"]["trace"] = trace(0, ["eu-1223-2009-art19"],
    "A vitamin C derivative after the 1 % line protects the formula from oxidation; it is not dosed as an active",
    "Ascorbyl palmitate and similar esters are common antioxidants at a fraction of a per cent. The product's own floor still holds it.")
W["drying-alcohol"]["categoryHours"] = {c: 72 for c in ["moisturizer", "eye", "lip", "foundation", "concealer", "makeup", "cleanser"]}
W["drying-alcohol"]["reason"] = "Drying alcohol (alcohol toners, alcohol-based serums and fluids) stings and dehydrates healing skin."
W["drying-alcohol"]["note"] = ("Alcohol toners: 10 to 14 days (14 shipped for toners, serums, exfoliants, masks, sunscreens and products of no stated category). "
    "In a cream, makeup or rinse-off cleanser alcohol is no toner: no source gives a window, so it is held like the other irritants, "
    "72 h (the brief's 48 h floor plus a day).")
W["drying-alcohol"]["sources"] = ["skinpen-sheets", "aesthetic-clinics", "brief"]
W["vitamin-c"]["blockedHours"] = 72
W["vitamin-c"]["sources"] = ["dermapen-aftercare", "drpen-skincare", "charm-beauty", "soltani-arabshahi-2014", "aboutface-morpheus8"]
W["vitamin-c"]["reason"] = ("L-ascorbic acid is acidic (about pH 3) and stings on freshly needled skin; a vitamin C serum was involved in a granuloma report. "
    "It is blocked for the first 3 days and waits until the window ends.")
W["vitamin-c"]["note"] += " Blocked, not only waiting, until day 3: the earliest any source allows it, and low-pH vitamin C is listed with the irritants (aboutface-morpheus8)."
for cid in ["fragrance", "essential-oil", "irritant"]:
    W[cid]["depthHours"] = {"deep": 168}
    if "aeterna-care" not in W[cid]["sources"]: W[cid]["sources"] = W[cid]["sources"] + ["aeterna-care"]
    W[cid]["note"] += " Deep (1.5 mm and more): 7 days, the cautious end of the 5 to 7 days clinics give for topical agents that sensitise the skin (aeterna-care)."
W["enzyme-exfoliant"].update(sources=["skinpen-sheets", "aesthetic-clinics", "dermatology-practices", "renewlasermed-care", "aeterna-care"],
    note="Enzyme peels are listed with chemical peels and exfoliants (renewlasermed-care, 14 days); exfoliants 5 to 7 days (aeterna-care) up to 14 days: 10 days shipped, 14 for deep.")
W["depigmenting"].update(sources=["aesthetic-clinics", "dermatology-practices", "aeterna-care", "renewlasermed-care"],
    note="Hydroquinone is listed with retinoids and acids: 5 to 7 days (aeterna-care), 7 days (renewlasermed-care), up to 14 days (dermatology practices); 10 days shipped.")
W["keratolytic"].update(sources=["skinpen-sheets", "aesthetic-clinics", "dermatology-practices", "aeterna-care"],
    note="Sulfur and resorcinol are drying exfoliants, listed with the acids that dry or irritate the skin (aeterna-care): 5 to 14 days, 10 shipped.")
W["peel-agent"].update(hours=720, sourceRange={"minHours": 120, "maxHours": 720},
    sources=["skinpen-sheets", "aesthetic-clinics", "dermatology-practices", "renewlasermed-care", "medspadeluxe-morpheus8"],
    reason="Peel agents (trichloroacetic, pyruvic acid) are peels, stronger than retail acids: no peel for a month around a session.",
    note="Acids 5 to 14 days; chemical peels 14 days (renewlasermed-care) to one month before or after (medspadeluxe-morpheus8): the cautious end, 30 days.")
W["irritant"].update(note="No source gives a window; treated like fragrance (the brief's 48 h floor, plus a day). Deep: 7 days (aeterna-care: topical agents that sensitise, 5 to 7 days).")
W["depilatory"].update(hours=168, sourceRange={"minHours": 120, "maxHours": 168}, depthHours=None,
    sources=["aeterna-care", "bvaesthetics-care", "bellemed-prp"],
    note="No waxing, depilatory creams or electrolysis for 5 to 7 days after (aeterna-care, bellemed-prp): 7 days.")
W["depilatory"].pop("depthHours")
W["possible-exfoliant"].update(
    onlyInCategories=["exfoliant", "cleanser", "mask"],
    reason="Polyethylene, silica and similar powders are scrub particles in a scrub, cleanser or mask: held back like a scrub.",
    note="In sticks, powders, creams, serums and sunscreens the same materials are waxes, thickeners and absorbents, and the window does not apply. "
         "A product of no stated category is judged as a scrub (the cautious reading); a name that says 'scrub' or 'exfoliating' makes any product an exfoliant.",
    sources=["skinpen-sheets", "aesthetic-clinics", "brief"])

floor_sources = ["skinpen-protocol", "soltani-arabshahi-2014", "chapelhill-care", "aeterna-care", "brief"]
def floor(cat, reason, hours=24, kind="wait", exempt=True, rng=(6, 24), note=None, sources=floor_sources):
    w = {"id": f"category-{cat}", "category": cat, "kind": kind, "hours": hours,
         "sourceRange": {"minHours": rng[0], "maxHours": rng[1]}, "sources": sources, "reason": reason,
         "note": note or "SkinPen: nothing but the kit's hyaluronic serum for 6 to 8 h; gentle cleanser and moisturiser from 24 h (chapelhill-care); granulomas after non-sterile products (soltani-arabshahi-2014). A hyaluronic acid product is judged by its own window instead."}
    if exempt: w["exemptClasses"] = ["hyaluronic-acid"]
    return w
new = [
    floor("cleanser", "A rinse-off cleanser waits 24 hours: rinse with tepid water only until then.",
          rng=(4, 24), exempt=False, sources=["skinpen-protocol", "chapelhill-care", "aeterna-care", "bvaesthetics-care", "fasthome-prp"],
          note="Sources: wash a few hours after (aeterna-care), not for 5 h (fasthome-prp), tepid water only for 24 h then a gentle cleanser (bvaesthetics-care, chapelhill-care): 4 to 24 h, 24 h shipped."),
    floor("toner", "Nothing but a hyaluronic acid serum goes on in the first 24 hours; a toner waits until then."),
    floor("serum", "Nothing but a hyaluronic acid serum goes on in the first 24 hours."),
    floor("moisturizer", "A moisturiser without hyaluronic acid waits 24 hours: only the hyaluronic serum goes on in the first hours."),
    floor("eye", "Nothing but a hyaluronic acid serum goes on in the first 24 hours."),
    floor("lip", "Nothing but a hyaluronic acid serum goes on in the first 24 hours."),
    floor("other", "Nothing but a hyaluronic acid serum goes on in the first 24 hours."),
    floor("mask", "Masks (sheet, cream, clay) stay on the skin for long and wait 3 days.", hours=72, exempt=False, rng=(24, 72),
          sources=["medspadeluxe-morpheus8", "seitubella-morpheus8", "aeterna-care", "brief"],
          note="No source names masks except exfoliating masks (5 to 7 days, aeterna-care, judged by their classes); nothing but gentle products for the first 3 days (medspadeluxe-morpheus8, seitubella-morpheus8): 24 to 72 h, 72 h shipped."),
]
cat_idx = next(i for i, w in enumerate(p["windows"]) if w.get("category"))
p["windows"][cat_idx:cat_idx] = new
W["category-sunscreen"]["note"] += (" A mineral sunscreen is usable from the end of this window unless a real harsh active is in it: traces after the 1 % line "
    "and waxes such as polyethylene do not hold it longer.")

p["nameKinds"] = [
    {"pattern": r"\bscrub", "category": "exfoliant", "word": "scrub", "sources": ["skinpen-sheets", "aesthetic-clinics"]},
    {"pattern": r"\bexfoliat", "category": "exfoliant", "word": "exfoliating", "sources": ["skinpen-sheets", "aesthetic-clinics"]},
    {"pattern": r"\bpeel(?!\s*-?\s*off)(ing)?\b", "category": "exfoliant", "word": "peel", "sources": ["skinpen-sheets", "aesthetic-clinics"]},
    {"pattern": r"\bfoundation\b", "category": "foundation", "word": "foundation", "sources": ["skinpen-sheets", "clinic-sheets"]},
    {"pattern": r"\b(bb|cc)\s*-?\s*cream\b", "category": "foundation", "word": "BB/CC cream", "sources": ["skinpen-sheets", "clinic-sheets"]},
    {"pattern": r"\btint(ed)?\b", "category": "makeup", "word": "tinted", "sources": ["soltani-arabshahi-2014", "clinic-sheets"]},
]

p["preparation"] = {
    "note": "Before the procedure. Hours are counted back from the planned time; where sources give a range the cautious end is shipped. A trace after the 1 % line need not be stopped where the window says so.",
    "windows": [
        {"id": "pre-retinoid", "class": "retinoid", "hours": 168, "sourceRange": {"minHours": 72, "maxHours": 168},
         "sources": ["aeterna-care", "filtered-skin-precare", "bvaesthetics-care", "renewlasermed-care", "chapelhill-care"],
         "reason": "Retinoids thin and sensitise the skin; stop them before the session.",
         "note": "3 days at least (chapelhill-care), 5 to 7 days (aeterna-care, filtered-skin-precare, bvaesthetics-care), 7 days (renewlasermed-care): 7 days shipped."},
        *[{"id": f"pre-{c}", "class": c, "hours": 168, "sourceRange": {"minHours": 48, "maxHours": 168},
           "sources": ["aeterna-care", "filtered-skin-precare", "bvaesthetics-care", "renewlasermed-care"], "relaxTraces": c in ("aha", "bha", "pha"),
           "reason": r, "note": "Acids, benzoyl peroxide, hydroquinone, peels and exfoliants: 2 to 3 days (recover-restore-morpheus8), 5 to 7 days (aeterna-care, filtered-skin-precare, bvaesthetics-care), 7 days (renewlasermed-care): 7 days shipped."}
          for c, r in [("aha", "Exfoliating acids thin the barrier; stop them before the session."),
                       ("bha", "Salicylic acid dries and sensitises; stop it before the session."),
                       ("pha", "Polyhydroxy acids exfoliate; stop them before the session."),
                       ("azelaic-acid", "Azelaic acid irritates; stop it before the session."),
                       ("benzoyl-peroxide", "Benzoyl peroxide dries and irritates; stop it before the session."),
                       ("physical-exfoliant", "Scrubs abrade the skin; stop them before the session."),
                       ("enzyme-exfoliant", "Enzyme peels digest the skin's surface; stop them before the session."),
                       ("depigmenting", "Hydroquinone and other lightening agents irritate; stop them before the session."),
                       ("keratolytic", "Sulfur and resorcinol peel the skin; stop them before the session."),
                       ("depilatory", "Depilatory creams burn the skin; none on the area before the session.")]],
        {"id": "pre-peel-agent", "class": "peel-agent", "hours": 336, "sourceRange": {"minHours": 168, "maxHours": 720},
         "sources": ["renewlasermed-care", "medspadeluxe-morpheus8", "aeterna-care"],
         "reason": "A peel before the session leaves the skin raw; stop peel agents well before.",
         "note": "Chemical peels: 7 days (renewlasermed-care), 2 weeks for laser and IPL (aeterna-care), one month (medspadeluxe-morpheus8): 14 days shipped."},
        {"id": "pre-vitamin-c", "class": "vitamin-c", "hours": 72, "sourceRange": {"minHours": 0, "maxHours": 72},
         "sources": ["beautysource-prf", "aboutface-morpheus8"],
         "reason": "Low-pH vitamin C sensitises the skin; stop it a few days before the session.",
         "note": "Avoid vitamin C products before treatment (beautysource-prf, no number); most sheets do not mention it: 3 days, like the other sensitising actives' shortest stop."},
        {"id": "pre-irritant", "class": "irritant", "hours": 72, "sourceRange": {"minHours": 48, "maxHours": 72},
         "sources": ["recover-restore-morpheus8"],
         "reason": "Counter-irritants (menthol, camphor, capsaicin) inflame the skin; stop them a few days before.",
         "note": "Irritant topical agents: 2 to 3 days before (recover-restore-morpheus8): 3 days shipped."},
        {"id": "pre-drying-alcohol", "class": "drying-alcohol", "hours": 72, "sourceRange": {"minHours": 48, "maxHours": 72},
         "sources": ["recover-restore-morpheus8"], "relaxTraces": True,
         "reason": "Alcohol toners dry and irritate; stop them a few days before.",
         "note": "Irritant topical agents: 2 to 3 days before (recover-restore-morpheus8): 3 days shipped."},
        {"id": "pre-category-exfoliant", "category": "exfoliant", "hours": 168, "sourceRange": {"minHours": 48, "maxHours": 168},
         "sources": ["aeterna-care", "filtered-skin-precare", "bvaesthetics-care", "renewlasermed-care"],
         "reason": "Exfoliating products (scrubs, peels, exfoliating masks) are stopped before the session.",
         "note": "Exfoliants and exfoliating masks: 5 to 7 days (aeterna-care), 7 days (renewlasermed-care)."},
        {"id": "pre-category-makeup", "category": "makeup", "hours": 12, "sourceRange": {"minHours": 0, "maxHours": 24},
         "sources": ["bvaesthetics-care", "renewmespa-prp", "recover-restore-morpheus8"],
         "reason": "Come with clean skin: no makeup on the day of the session.",
         "note": "'No makeup on the day of treatment' (bvaesthetics-care, renewmespa-prp): 12 h before the session covers the morning."},
        {"id": "pre-category-foundation", "category": "foundation", "hours": 12, "sourceRange": {"minHours": 0, "maxHours": 24},
         "sources": ["bvaesthetics-care", "renewmespa-prp", "recover-restore-morpheus8"],
         "reason": "Come with clean skin: no foundation on the day of the session.",
         "note": "'No makeup on the day of treatment': 12 h before the session covers the morning."},
        {"id": "pre-category-concealer", "category": "concealer", "hours": 12, "sourceRange": {"minHours": 0, "maxHours": 24},
         "sources": ["bvaesthetics-care", "renewmespa-prp", "recover-restore-morpheus8"],
         "reason": "Come with clean skin: no concealer on the day of the session.",
         "note": "'No makeup on the day of treatment': 12 h before the session covers the morning."},
    ],
    "advice": [
        {"id": "sun-sunburn", "title": "No sunburn, tanning beds or unprotected sun", "hours": 336, "sourceRange": {"minHours": 24, "maxHours": 672},
         "sources": ["aeterna-care", "filtered-skin-precare", "bvaesthetics-care", "chapelhill-care", "renewlasermed-care"],
         "detail": "Avoid unprotected sun and tanning beds for 2 weeks before; a sunburned area is not treated. Wear SPF 30+ daily.",
         "note": "24 h (bvaesthetics-care) to 2 weeks (aeterna-care, filtered-skin-precare, chapelhill-care) or 4 weeks (renewlasermed-care, laser): 2 weeks shipped."},
        {"id": "self-tanner", "title": "No self-tanner", "hours": 336, "sourceRange": {"minHours": 0, "maxHours": 672},
         "sources": ["chapelhill-care", "renewlasermed-care", "recover-restore-morpheus8"],
         "detail": "No sunless tanner on the area for 2 weeks before; it must be off the skin on the day.",
         "note": "Self-tanner: 2 weeks (chapelhill-care), 4 weeks (renewlasermed-care, laser), removed on the day (recover-restore-morpheus8)."},
        {"id": "hair-removal", "title": "No waxing, depilatory creams or electrolysis", "hours": 168, "sourceRange": {"minHours": 72, "maxHours": 168},
         "sources": ["aeterna-care", "filtered-skin-precare", "bvaesthetics-care", "renewmespa-prp"],
         "detail": "No waxing, threading, bleaching, depilatory creams or electrolysis on the area for 7 days before. Shave dense hair the day before, not on the day.",
         "note": "3 days (renewmespa-prp) to 5 to 7 days (aeterna-care, filtered-skin-precare, bvaesthetics-care): 7 days shipped."},
        {"id": "isotretinoin", "title": "No oral isotretinoin (Accutane) in the last 6 months", "hours": 4392, "sourceRange": {"minHours": 4392, "maxHours": 4392},
         "sources": ["aeterna-care", "filtered-skin-precare", "bvaesthetics-care", "medspadeluxe-morpheus8", "renewlasermed-care"],
         "detail": "Oral isotretinoin within 6 months of the session is a contraindication: tell your clinic, the session must wait.",
         "note": "Every source gives 6 months (183 days)."},
        {"id": "cold-sores", "title": "Cold sores: antiviral before the session", "hours": 48, "sourceRange": {"minHours": 24, "maxHours": 48},
         "sources": ["aeterna-care", "filtered-skin-precare", "bvaesthetics-care", "chapelhill-care"],
         "detail": "If you get cold sores, tell your clinic: an antiviral (aciclovir, valaciclovir) is usually started 1 to 2 days before and taken on the day. An active cold sore in the area means the session is moved.",
         "note": "Antiviral 24 h (filtered-skin-precare), 1 day (chapelhill-care), 2 days (aeterna-care, bvaesthetics-care) before: 2 days shipped."},
        {"id": "blood-thinners", "title": "Blood thinners and anti-inflammatories: ask first", "hours": 168, "sourceRange": {"minHours": 72, "maxHours": 168},
         "sources": ["filtered-skin-precare", "bvaesthetics-care", "renewmespa-prp", "bellemed-prp"],
         "detail": "Do not stop a prescribed anticoagulant yourself: tell your clinic and ask your doctor. Avoid ibuprofen, aspirin and similar anti-inflammatories, and supplements that thin the blood (fish oil, vitamin E, ginkgo), for 3 to 7 days before, if your doctor agrees.",
         "note": "Anti-inflammatories 3 days (aeterna-care, filtered-skin-precare, bvaesthetics-care); blood thinners one week (bellemed-prp); anticoagulants discussed with the clinician (filtered-skin-precare, renewmespa-prp): 7 days shipped."},
    ],
}

new_sources = [
    ("aeterna-care", "Aeterna Aesthetics, microneedling pre and post care (retinoids, acids, hydroquinone, benzoyl peroxide 5 to 7 days before and after; no waxing 5 to 7 days; antiviral 2 days before; isotretinoin 6 months; sun 2 weeks)", "https://www.aeternaaesthetics.com/microneedling-prepost-care", "clinic"),
    ("filtered-skin-precare", "Filtered Skin, pre-care advice for micro-needling (acids and retinoids 5 to 7 days; waxing 5 to 7 days; sun 2 weeks; antiviral 24 h; isotretinoin 6 months; anticoagulants)", "https://www.filtered-skin.com/pages/pre-care-advice-micro-needling-treatment", "clinic"),
    ("bvaesthetics-care", "BV Aesthetics, microneedling pre and post care instructions (retinol and acids 5 to 7 days before; no makeup on the day; blood thinners 3 days; isotretinoin 6 months; tepid water for 24 h after)", "https://bvaesthetics.com/microneedling-pre-and-post-care-instructions", "clinic"),
    ("chapelhill-care", "Chapel Hill Day Spa, pre- and post-treatment instructions (retinoids and acids at least 3 days before; sun and sunless tanner 2 weeks; gentle cleanser and moisturiser after 24 h)", "https://www.chapelhilldayspa.com/skin101-blog/pre--and-post-treatment-instructions-2", "clinic"),
    ("renewlasermed-care", "Renew Laser Med, treatment guidelines (retinoids, peels, exfoliants, hydroquinone, benzoyl peroxide 7 days before; self-tanner 4 weeks; no chemical peels or scrubs for 14 days after)", "https://www.renewlasermed.com/treatment-guidelines/clearlift-laser", "clinic"),
    ("recover-restore-morpheus8", "Recover Restore Revive, Morpheus8 (RF microneedling) instructions (retinoids 3 to 4 days before, irritant topicals 2 to 3 days; sun 3 to 4 days; no self-tanner on the day)", "https://recover-restore-revive.com/beauty/face/morpheus-8/", "clinic"),
    ("seitubella-morpheus8", "Seitubella Aesthetics, pre/post Morpheus8 instructions (retinoids 2 to 4 days before; SPF after 24 h; makeup 24 h, 72 h optimal; kit products from 72 h; retinoids 5 to 7 days after)", "https://seitubellaaesthetics.com/pre-post-morpheus8-treatment-instructions/", "clinic"),
    ("medspadeluxe-morpheus8", "Medspa DeLuxe LA, Morpheus8 pre and post care (nothing but a mild cleanser for 3 days; exercise and sun 3 to 4 days; peels one month before or after; isotretinoin 6 months)", "https://www.medspadeluxela.com/pages/morpheus8-pre-post-care", "clinic"),
    ("aboutface-morpheus8", "About Face Skin Care, Morpheus8 aftercare (acids, benzoyl peroxide, low-pH vitamin C and retinol at least 48 h; makeup 48 h; mineral SPF from 24 h)", "https://aboutfaceskincare.com/morpheus8-aftercare-instructions/", "clinic"),
    ("coreaesth-morpheus8", "Core Aesthetics, Morpheus8 post-treatment (exercise 24 to 48 h; hot showers and saunas at least 48 h)", "https://coreaesth.com/blog/morpheus8-all-the-post-treatment-questions-side-effects-things-to-avoid-and-more", "clinic"),
    ("prp-london-morpheus8", "PRP London, after-treatment care for Morpheus8 (exercise and sweating at least 48 h; sun 1 to 2 weeks; makeup, retinoids and acids at least 48 h)", "https://prp-london.com/elementskit-content/dynamic-content-widget-101cafb2-c20f516/", "clinic"),
    ("sacramento-prp", "Sacramento Natural Aesthetics, PRP microneedling before and after (retinoids a week before and 7 days after; NSAIDs 3 to 7 days before; no ice for 48 h)", "https://sacramentonaturalaesthetics.com/pre-post-procedures-information/", "clinic"),
    ("renewmespa-prp", "Renew Me Spa, microneedling/PRP pre-care (blood thinners may be a contraindication; anti-inflammatories 7 days; retinoids, acids and hair removal 3 days before; no makeup on the day)", "https://renewmespa.com/prepost-care-microneedling-prp/", "clinic"),
    ("bellemed-prp", "Belle Med Aesthetics, microneedling with PRP instructions (no waxing or depilatories 5 to 7 days; blood thinners one week before; no anti-inflammatories for a week after; no ice, arnica or bromelain)", "https://bellemedaesthetics.com/microneedling", "clinic"),
    ("droracle-prp", "Dr. Oracle, post-procedure care for PRP microneedling (no washing for 24 h; no makeup or harsh products for 5 days; no exercise for 48 to 72 h)", "https://www.droracle.ai/articles/14219/what-is-the-post-procedure-care-for-platelet-rich-plasma-prp", "clinician"),
    ("fasthome-prp", "Microneedling PRP aftercare explained (do not wash or heat the skin for at least 5 h after PRP)", "https://fasthomefitness.com/women/microneedling/microneedling-prp-aftercare-explained/", "blog"),
    ("beautysource-prf", "The Beauty Source, microneedling with PRF pre-care (retinoids and acids 3 days before; avoid vitamin C and scrubs; isotretinoin 6 months)", "https://thebeautysource.net/blogs/microneedling-with-prf-pre-care-and-post-care-instructions", "clinic"),
    ("eu-1223-2009-art19", "Regulation (EC) No 1223/2009 on cosmetic products, Article 19(1)(g): ingredients below 1 % may follow the others in any order", "https://eur-lex.europa.eu/eli/reg/2009/1223/oj", "regulation"),
    ("eu-1223-2009-annex-v", "Regulation (EC) No 1223/2009, Annex V: preservatives and their maximum concentrations (salicylic acid 0.5 %)", "https://eur-lex.europa.eu/eli/reg/2009/1223/oj", "regulation"),
    ("fda-aha", "US FDA, Alpha hydroxy acids in cosmetics (CIR: safe at 10 % or less, pH 3.5 or more, in consumer products; exfoliation needs several per cent)", "https://www.fda.gov/cosmetics/cosmetic-ingredients/alpha-hydroxy-acids", "regulator"),
]
have = {s["id"] for s in p["sources"]}
for sid, title, url, kind in new_sources:
    if sid not in have: p["sources"].append({"id": sid, "title": title, "url": url, "kind": kind})

p["notes"] += [
    "Traces: an exfoliating acid, drying alcohol or vitamin C derivative after the 1 % line (or in a 'may contain' block) with no percentage printed does not hold a product back by itself; retinoids, benzoyl peroxide and every other class are judged at full strength wherever they stand.",
    "Every product has a floor by its category (24 h for leave-on and rinse-off products, 72 h for masks); a hyaluronic acid product keeps its own 8 h window.",
    "Drying alcohol: 14 days in toners and alcohol-based products, 72 h in creams, makeup and cleansers (sources speak only of alcohol toners).",
]
json.dump(p, open(path, "w"), indent=2, ensure_ascii=False)
open(path, "a").write("\n")

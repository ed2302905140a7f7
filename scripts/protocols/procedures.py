"""Builds the RF-microneedling and PRP protocols from the standard one (run from the repo root; the JSON files are the truth)."""
import json, copy
std = json.load(open("seeds/protocols/microneedling-standard.json"))

def differs(sources, note):
    return {"from": "microneedling-standard", "sources": sources, "note": note}

def win(p, wid): return next(w for w in p["windows"] if w["id"] == wid)
def adv(p, aid): return next(a for a in p["advice"] if a["id"] == aid)

rf = copy.deepcopy(std)
rf.update(id="rf-microneedling-standard", version="2026.12.1", procedureType="rf-microneedling",
          name="RF microneedling (Morpheus8, Vivace), standard aftercare (cautious default)",
          description="Radio-frequency microneedling adds heat to the needle channels. Same policy as standard microneedling; where RF sheets are stricter their value is taken and the window says which source differs.")
for cat in ["toner", "serum", "moisturizer", "eye", "lip", "other"]:
    w = win(rf, f"category-{cat}")
    w.update(hours=72, sourceRange={"minHours": 24, "maxHours": 72}, sources=w["sources"] + ["medspadeluxe-morpheus8", "seitubella-morpheus8"],
             reason="After RF microneedling nothing but a gentle cleanser goes on for the first 3 days.",
             differs=differs(["medspadeluxe-morpheus8", "seitubella-morpheus8"], "RF sheets: nothing but a mild cleanser for 3 days, kit products from 72 h; standard microneedling: 24 h."))
ha = win(rf, "hyaluronic-acid")
ha.update(hours=72, sourceRange={"minHours": 0, "maxHours": 72}, sources=ha["sources"] + ["medspadeluxe-morpheus8", "seitubella-morpheus8"],
          reason="After RF microneedling even a hyaluronic acid serum waits 3 days (no serums for the first 3 days).",
          differs=differs(["medspadeluxe-morpheus8", "seitubella-morpheus8"], "RF sheets: no serums for 3 days; standard microneedling: hyaluronic acid from 8 h."))
sun = adv(rf, "sun-exposure")
sun.update(hours=336, sourceRange={"minHours": 24, "maxHours": 336}, sources=sun["sources"] + ["prp-london-morpheus8", "chapelhill-care"],
           differs=differs(["prp-london-morpheus8", "chapelhill-care"], "RF sheets: direct sun 1 to 2 weeks; standard microneedling: 7 days."),
           note="Sources: 24 h (aboutface-morpheus8) to 1 to 2 weeks (prp-london-morpheus8); 14 days shipped.")
rf["notes"] = rf["notes"] + ["RF microneedling: leave-on products and hyaluronic acid wait 72 h (medspadeluxe-morpheus8, seitubella-morpheus8); sun 14 days (prp-london-morpheus8). Retinoids stay at 10 days although RF sheets give 5 to 7 days (seitubella-morpheus8): the cautious value."]
json.dump(rf, open("seeds/protocols/rf-microneedling-standard.json", "w"), indent=2, ensure_ascii=False)
open("seeds/protocols/rf-microneedling-standard.json", "a").write("\n")

prp = copy.deepcopy(std)
prp.update(id="microneedling-prp-standard", version="2026.12.1", procedureType="microneedling-prp",
           name="Microneedling with PRP, standard aftercare (cautious default)",
           description="Microneedling with platelet-rich plasma left on the skin. Same policy as standard microneedling; PRP sheets add no washing for the first day, no anti-inflammatories and no ice, and hold makeup back longer.")
for cat in ["makeup", "foundation", "concealer"]:
    w = win(prp, f"category-{cat}")
    w.update(hours=120, sourceRange={"minHours": 24, "maxHours": 120}, sources=w["sources"] + ["droracle-prp"],
             differs=differs(["droracle-prp"], "PRP aftercare: no makeup or harsh products for 5 days; standard microneedling: 72 h."))
mk = adv(prp, "makeup")
mk.update(hours=120, sourceRange={"minHours": 24, "maxHours": 120}, sources=mk["sources"] + ["droracle-prp"],
          differs=differs(["droracle-prp"], "PRP aftercare: no makeup for 5 days; standard microneedling: 72 h."))
prp["advice"] += [
    {"id": "no-washing", "title": "Leave the PRP on: do not wash", "kind": "avoid", "hours": 24, "sourceRange": {"minHours": 5, "maxHours": 24},
     "sources": ["droracle-prp", "fasthome-prp"], "detail": "Do not wash or wet the treated skin, so the plasma stays on it.",
     "note": "Sources: at least 5 h (fasthome-prp), 24 h (droracle-prp): 24 h shipped.",
     "differs": differs(["droracle-prp", "fasthome-prp"], "Not in standard microneedling aftercare.")},
    {"id": "no-anti-inflammatories", "title": "No ibuprofen, aspirin or other anti-inflammatories", "kind": "avoid", "hours": 168, "sourceRange": {"minHours": 72, "maxHours": 168},
     "sources": ["bellemed-prp", "sacramento-prp"], "detail": "They blunt the inflammation the PRP works through; paracetamol (acetaminophen) is fine for pain. Ask your doctor before stopping a prescribed medicine.",
     "note": "One week (bellemed-prp).", "differs": differs(["bellemed-prp"], "Not in standard microneedling aftercare.")},
    {"id": "no-ice", "title": "No ice or cold packs", "kind": "avoid", "hours": 48, "sourceRange": {"minHours": 48, "maxHours": 48},
     "sources": ["sacramento-prp", "bellemed-prp"], "detail": "No ice, cold cloths, arnica or bromelain on the treated skin.",
     "note": "48 h (sacramento-prp).", "differs": differs(["sacramento-prp", "bellemed-prp"], "Not in standard microneedling aftercare.")},
]
prp["notes"] = prp["notes"] + ["PRP: makeup 5 days (droracle-prp); no washing 24 h, no anti-inflammatories 7 days, no ice 48 h (PRP sheets). Exercise stays at 72 h (droracle-prp: 48 to 72 h)."]
json.dump(prp, open("seeds/protocols/microneedling-prp-standard.json", "w"), indent=2, ensure_ascii=False)
open("seeds/protocols/microneedling-prp-standard.json", "a").write("\n")

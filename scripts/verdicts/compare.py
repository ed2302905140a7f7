"""Verdicts of the project's label fixtures on two running servers (docs/verdict-changes.md).

usage: python3 scripts/verdicts/compare.py before=URL [engine=URL] after=URL [--json out.json]   (run from the repo root)
Each fixture of scripts/verdicts/fixtures.tsv is checked alone, with its category and name, at 6 h, 24 h and 72 h after a
standard microneedling session (2026-11-20 10:00 +01:00, no depth: the professional band). Prints a markdown table of
the fixtures whose verdict or allowedFrom changed at any stage, with what held the product back at each."""
import json, sys, urllib.error, urllib.request

FIXTURES = "tests/Compatibility.Core.Tests/Labels/Fixtures/Labels/"
PERFORMED = "2026-11-20T10:00:00+01:00"
MOMENTS = {6: "2026-11-20T16:00:00+01:00", 24: "2026-11-21T10:00:00+01:00", 72: "2026-11-23T10:00:00+01:00"}


def fixtures():
    for line in open("scripts/verdicts/fixtures.tsv", encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        name, category, product = (line.rstrip("\n").split("\t") + ["", ""])[:3]
        yield name, category or None, product or None


def check(base, label, category, product, at):
    item = {"ref": "p", "inci": label}
    if category: item["category"] = category
    if product: item["name"] = product
    body = json.dumps({"procedure": {"type": "microneedling", "performedAt": PERFORMED}, "at": at, "products": [item]}).encode()
    request = urllib.request.Request(base + "/v1/check", data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request) as response:
            return json.load(response)["products"][0]
    except urllib.error.HTTPError as error:
        return {"verdict": f"HTTP {error.code}", "allowedFrom": None, "findings": [], "unrecognized": []}


def hours(stamp):
    if stamp is None: return None
    from datetime import datetime
    return round((datetime.fromisoformat(stamp) - datetime.fromisoformat(PERFORMED)).total_seconds() / 3600, 2)


def holding(result):
    """What holds the product: its non-allowed findings, longest first ('retinoid 240 h')."""
    held = [f for f in result["findings"] if f["verdict"] != "allowed"]
    held.sort(key=lambda f: -(hours(f.get("until")) or 1e9))
    out = []
    for f in held:
        what = f.get("class") or ("category " + (f.get("category") or f.get("ingredient") or "?"))
        if f["rule"] == "unrecognized-ingredient": what = f"unrecognised '{f['ingredient']}'"
        elif f.get("ingredient") and f.get("class"): what = f"{f['ingredient'].lower()} ({f['class']})"
        label = f"{what} {hours(f.get('until'))} h" if f.get("until") else what
        if f.get("fromName"): label += " [from name]"
        if label not in out: out.append(label)
    return ", ".join(out[:4]) + (f" (+{len(out) - 4})" if len(out) > 4 else "") or "nothing"


def cell(result):
    h = hours(result.get("allowedFrom"))
    return f"{result['verdict']}" + (f" → {h:g} h" if h is not None else "")


def main():
    """compare.py NAME=URL NAME=URL [NAME=URL ...] [--json out.json]: the first server is the baseline, the last the result."""
    servers = [a.split("=", 1) for a in sys.argv[1:] if "=" in a and not a.startswith("--")]
    rows, everything = [], []
    for name, category, product in fixtures():
        label = open(FIXTURES + name + ".txt", encoding="utf-8").read()
        results = {(side, h): check(base, label, category, product, at) for side, base in servers for h, at in MOMENTS.items()}
        everything.append({"fixture": name, "category": category, "name": product,
                           **{f"{s}@{h}": {"verdict": r["verdict"], "allowedFrom": hours(r.get("allowedFrom")), "holding": holding(r)} for (s, h), r in results.items()}})
        if any(len({cell(results[(side, h)]) for side, _ in servers}) > 1 for h in MOMENTS):
            rows.append((name, category, results))
    print(f"{len(rows)} of {len(everything)} fixtures changed\n")
    stages = " → ".join(side for side, _ in servers)
    print(f"| fixture (category) | " + " | ".join(f"{h} h: {stages}" for h in MOMENTS) + " | " + " | ".join(f"held at 6 h, {side}" for side, _ in servers) + " |")
    print("|---|" + "---|" * (len(MOMENTS) + len(servers)))
    for name, category, r in rows:
        print(f"| `{name}` ({category or 'none'}) | " + " | ".join(" → ".join(cell(r[(side, h)]) for side, _ in servers) for h in MOMENTS) + " | "
              + " | ".join(holding(r[(side, 6)]) for side, _ in servers) + " |")
    if "--json" in sys.argv:
        json.dump(everything, open(sys.argv[sys.argv.index("--json") + 1], "w"), indent=1)


main()

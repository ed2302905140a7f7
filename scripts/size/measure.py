"""Request/response sizes of /v1/check and /v1/routines/check on a running server (docs/performance.md, issue 10).

usage: python3 scripts/size/measure.py [base-url]   (default http://127.0.0.1:7071/api; run from the repo root)
Labels are the project's own fixtures; sizes are the bytes on the wire (UTF-8 JSON, no compression)."""
import json, sys, urllib.error, urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:7071/api"
FIXTURES = "tests/Compatibility.Core.Tests/Labels/Fixtures/Labels/"
PRODUCTS = [  # ref, fixture, category
    ("retinol", "the-ordinary-retinol-1-silicone-bha-antioxidant.txt", "serum"),
    ("peel", "the-ordinary-aha-30-bha-2-peeling-solution.txt", "exfoliant"),
    ("vitamin-c", "skinceuticals-c-e-ferulic-ascorbic-acid.txt", "serum"),
    ("uv-clear", "eltamd-uv-clear-spf-46.txt", "sunscreen"),
    ("mineral", "avene-mineral-sunscreen-spf-50-zinc-12.txt", "sunscreen"),
]
PROCEDURE = {"type": "microneedling", "performedAt": "2026-11-20T10:00:00+01:00"}


def label(name):
    return open(FIXTURES + name, encoding="utf-8").read().strip()


def post(path, body):
    data = json.dumps(body).encode("utf-8")
    request = urllib.request.Request(BASE + path, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request) as response:
            answer = response.read()
    except urllib.error.HTTPError as error:
        sys.exit(f"{path}: {error.code} {error.read().decode()}")
    return len(data), answer


def routine(products, days):
    # Every product morning and evening: the slot conflicts of a busy routine, 10 steps a day.
    steps = [{"product": p["ref"], "day": d, "slot": s} for d in range(1, days + 1) for s in ("am", "pm") for p in products[:5]]
    return {"procedure": PROCEDURE, "products": products, "steps": steps[:200]}


def row(name, request, answer, parts=""):
    print(f"| {name} | {request / 1024:.1f} KB | {len(answer) / 1024:.1f} KB | {len(answer) / request:.1f} | {parts} |")


def part(answer, key):
    return len(json.dumps(json.loads(answer)[key], separators=(",", ":")).encode("utf-8")) / 1024


five = [{"ref": r, "category": c, "inci": label(f)} for r, f, c in PRODUCTS]
print("| call | request | response | ratio | of which |")
print("|---|---|---|---|---|")
size, answer = post("/v1/check", {"procedure": PROCEDURE, "at": "2026-11-21T10:00:00+01:00", "products": five})
row("`/v1/check` (5 products)", size, answer, f"products {part(answer, 'products'):.1f} KB, conflicts {part(answer, 'conflicts'):.1f} KB")
size, answer = post("/v1/routines/check", routine(five, 20))
conflicts = json.loads(answer)["conflicts"]
row("`/v1/routines/check` (5 products, 200 steps)", size, answer,
    f"products {part(answer, 'products'):.1f} KB; steps {part(answer, 'steps'):.1f} KB; {len(conflicts)} conflicts over "
    f"{sum(len(c.get('slots', [c])) for c in conflicts)} slots {part(answer, 'conflicts'):.1f} KB")

# The largest routine the limits allow: 50 products with labels near 20,000 characters, 200 steps (about 1 MB).
big = []
for i in range(50):
    ref, name, category = PRODUCTS[i % len(PRODUCTS)]
    text = label(name)
    while len(text) + len(label(name)) + 2 < 19_000:
        text += ", " + label(name)
    big.append({"ref": f"{ref}-{i}", "category": category, "inci": text})
body = routine(big, 20)
body["steps"] = [{"product": big[(k * 7) % 50]["ref"], "day": 1 + k // 10, "slot": "am" if k % 2 else "pm"} for k in range(200)]
size, answer = post("/v1/routines/check", body)
conflicts = json.loads(answer)["conflicts"]
row("`/v1/routines/check` (50 products of ~19 KB, 200 steps)", size, answer,
    f"products {part(answer, 'products'):.1f} KB; steps {part(answer, 'steps'):.1f} KB; {len(conflicts)} conflicts {part(answer, 'conflicts'):.1f} KB")

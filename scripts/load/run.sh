#!/usr/bin/env bash
# Load test: POST /api/v1/check (three-product bundle) and GET /api/health against the DevServer, in the same run,
# so a check's cost is a ratio to the cheapest endpoint on the same machine. Loopback only; bounded in time.
# The same bundle is then sent at a different moment on every request (check-varied.lua moments: the labels repeat, the body
# never does) and with never-seen label texts on every request (check-varied.lua new-labels: nothing cached helps), so the
# caches' share of the figure shows.
# Usage: ROUNDS=3 scripts/load/run.sh [seconds=20] [connections=32]
# Health and check are measured in ROUNDS back-to-back pairs and the ratio is given per pair and as the median: on a
# shared VM the machine's speed drifts by tens of percent within minutes, and a pair sees the same machine.
# Prints the UTC time and the load average (1/5/15 min) before and after, since other work on the machine moves the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-20}
connections=${2:-32}
rounds=${ROUNDS:-3}
port=${PORT:-7181}
base="http://127.0.0.1:$port"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }

# On a shared machine another server may already listen there; measuring it would be wrong, so refuse.
if curl -fs "$base/api/health" >/dev/null 2>&1; then echo "something already answers on $base; set PORT" >&2; exit 1; fi
out=$(mktemp -d)

dotnet build -c Release src/Compatibility.DevServer -v q -nologo >/dev/null
dll=src/Compatibility.DevServer/bin/Release/net10.0/Compatibility.DevServer.dll
Logging__LogLevel__Default=Warning dotnet "$dll" --urls "$base" >"$out/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -fs "$base/api/health" >/dev/null && break; sleep 0.1; done

# Warm-up so the JIT and tiered compilation settle before measuring (on a busy machine tier-1 code takes a while:
# with 5 s the JIT still had 14 % of the server's samples during the measurement).
wrk -t2 -c16 -d20s -s scripts/load/check-bundle.lua "$base/api/v1/check" >/dev/null
wrk -t2 -c16 -d5s "$base/api/health" >/dev/null

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
echo "== $(date -u +%Y-%m-%dT%H:%M:%SZ), load average before: $(loadavg), $(nproc) cores"
for round in $(seq "$rounds"); do
  echo "== round $round: GET /api/health, $connections connections, ${duration}s"
  wrk -t2 -c"$connections" -d"${duration}s" --latency "$base/api/health" | tee "$out/health-$round.txt"
  echo "== round $round: POST /api/v1/check (3 products), $connections connections, ${duration}s"
  wrk -t2 -c"$connections" -d"${duration}s" --latency -s scripts/load/check-bundle.lua "$base/api/v1/check" | tee "$out/check-$round.txt"
done
# The summary's health figure (for the variants' ratios) is the last round's.
cp "$out/health-$rounds.txt" "$out/health.txt"; cp "$out/check-$rounds.txt" "$out/check.txt"

echo "== POST /api/v1/check, the same products at a new moment every request, $connections connections, ${duration}s"
wrk -t2 -c"$connections" -d"${duration}s" --latency -s scripts/load/check-varied.lua "$base/api/v1/check" -- moments | tee "$out/moments.txt"
echo "== POST /api/v1/check, never-seen label texts every request, $connections connections, ${duration}s"
wrk -t2 -c"$connections" -d"${duration}s" --latency -s scripts/load/check-varied.lua "$base/api/v1/check" -- new-labels | tee "$out/new-labels.txt"

health_rps=$(awk '/Requests\/sec/ {print $2}' "$out/health.txt")
check_rps=$(awk '/Requests\/sec/ {print $2}' "$out/check.txt")
check_p99=$(awk '$1=="99%" {print $2}' "$out/check.txt")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$out/check.txt")
echo "== load average after: $(loadavg)"
for variant in moments new-labels; do
  rps=$(awk '/Requests\/sec/ {print $2}' "$out/$variant.txt")
  echo "check ($variant): ${rps} req/s (ratio $(awk -v c="$rps" -v h="$health_rps" 'BEGIN{printf "%.2f", c/h}')); p99 $(awk '$1=="99%" {print $2}' "$out/$variant.txt"); non-2xx: $(awk '/Non-2xx/ {print $NF}' "$out/$variant.txt" | grep . || echo 0)"
done
ratios=()
for round in $(seq "$rounds"); do
  h=$(awk '/Requests\/sec/ {print $2}' "$out/health-$round.txt"); c=$(awk '/Requests\/sec/ {print $2}' "$out/check-$round.txt")
  r=$(awk -v c="$c" -v h="$h" 'BEGIN{printf "%.2f", c/h}'); ratios+=("$r")
  echo "round $round: health ${h} req/s (p99 $(awk '$1=="99%" {print $2}' "$out/health-$round.txt")); check ${c} req/s (p99 $(awk '$1=="99%" {print $2}' "$out/check-$round.txt"), non-2xx $(awk '/Non-2xx/ {print $NF}' "$out/check-$round.txt" | grep . || echo 0)); ratio ${r}"
done
echo "median ratio over $rounds rounds: $(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')"
echo "last round: health: ${health_rps} req/s; check: ${check_rps} req/s (ratio $(awk -v c="$check_rps" -v h="$health_rps" 'BEGIN{printf "%.2f", c/h}')); check p99 ${check_p99}; check non-2xx: ${non2xx:-0}"

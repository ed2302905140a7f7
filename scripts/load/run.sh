#!/usr/bin/env bash
# Load test: POST /api/v1/check (three-product bundle) and GET /api/health against the DevServer, in the same run,
# so a check's cost is a ratio to the cheapest endpoint on the same machine. Loopback only; bounded in time.
# Usage: scripts/load/run.sh [seconds=20] [connections=32]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-20}
connections=${2:-32}
port=${PORT:-7181}
base="http://127.0.0.1:$port"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }

dotnet build -c Release src/Compatibility.DevServer -v q -nologo >/dev/null
dll=src/Compatibility.DevServer/bin/Release/net10.0/Compatibility.DevServer.dll
Logging__LogLevel__Default=Warning dotnet "$dll" --urls "$base" >/tmp/compat-load-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -fs "$base/api/health" >/dev/null && break; sleep 0.1; done

# Warm-up so the JIT and tiered compilation settle before measuring.
wrk -t1 -c8 -d5s -s scripts/load/check-bundle.lua "$base/api/v1/check" >/dev/null
wrk -t1 -c8 -d3s "$base/api/health" >/dev/null

echo "== GET /api/health, $connections connections, ${duration}s"
wrk -t2 -c"$connections" -d"${duration}s" --latency "$base/api/health" | tee /tmp/compat-load-health.txt
echo "== POST /api/v1/check (3 products), $connections connections, ${duration}s"
wrk -t2 -c"$connections" -d"${duration}s" --latency -s scripts/load/check-bundle.lua "$base/api/v1/check" | tee /tmp/compat-load-check.txt

health_rps=$(awk '/Requests\/sec/ {print $2}' /tmp/compat-load-health.txt)
check_rps=$(awk '/Requests\/sec/ {print $2}' /tmp/compat-load-check.txt)
check_p99=$(awk '$1=="99%" {print $2}' /tmp/compat-load-check.txt)
non2xx=$(awk '/Non-2xx/ {print $NF}' /tmp/compat-load-check.txt)
echo "health: ${health_rps} req/s; check: ${check_rps} req/s (ratio $(awk -v c="$check_rps" -v h="$health_rps" 'BEGIN{printf "%.2f", c/h}')); check p99 ${check_p99}; check non-2xx: ${non2xx:-0}"

#!/usr/bin/env bash
# Startup: process start to the first successful POST /api/v1/check (three-product bundle), embedded catalogue,
# Release DevServer run as `dotnet <dll>`. Several runs; prints each and the median.
# Usage: scripts/startup/run.sh [runs=7]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-7}
port=${PORT:-7182}
base="http://127.0.0.1:$port"
dotnet build -c Release src/Compatibility.DevServer -v q -nologo >/dev/null
dll=src/Compatibility.DevServer/bin/Release/net10.0/Compatibility.DevServer.dll
# The bundle body of the load test, without wrk's Lua around it.
body=$(sed -n '/wrk.body = \[\[/,/\]\]/p' scripts/load/check-bundle.lua | sed -e 's/^wrk.body = \[\[//' -e 's/\]\]$//')

times=(); cpus=()
for i in $(seq "$runs"); do
  t0=$(date +%s%N)
  Logging__LogLevel__Default=Warning dotnet "$dll" --urls "$base" >/dev/null 2>&1 &
  server=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' --data-binary "$body" "$base/api/v1/check")" = 200 ]; do
    kill -0 "$server" 2>/dev/null || { echo "server exited" >&2; exit 1; }
    sleep 0.01
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  # CPU the server used until then (user + system, clock ticks): on a shared machine this moves far less than wall time.
  cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$server/stat")
  kill "$server"; wait "$server" 2>/dev/null || true
  times+=("$ms"); cpus+=("$cpu_ms")
  echo "run $i: ${ms} ms wall, ${cpu_ms} ms CPU (load $(cut -d' ' -f1-3 /proc/loadavg))"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "median %d ms, min %d ms, max %d ms over %d runs\n", a[int((NR+1)/2)], a[1], a[NR], NR}'
printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {printf "CPU: median %d ms, min %d ms, max %d ms\n", a[int((NR+1)/2)], a[1], a[NR]}'

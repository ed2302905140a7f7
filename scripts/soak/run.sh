#!/usr/bin/env bash
# Soak: steady POST /api/v1/check against the Release DevServer backed by an in-memory Azurite that this script
# starts itself; Azurite is killed and restarted twice (and re-imported, since in-memory Azurite comes back empty).
# Reports failed requests, p99 per minute, server RSS (sampled every 5 s) and the health degraded flag.
# RSS growth is measured from a baseline taken after the warm-up (the median of the first measured minute, once the
# garbage collector has sized its heaps) to the median of the last minute, with the least-squares slope of all samples,
# so the GC working set settling or breathing is told from a steady climb (a leak).
# Usage: scripts/soak/run.sh [seconds=600] [connections=8]
#   env SOAK_DELAY_MS: pause per request per connection (10); SOAK_WARMUP: warm-up seconds under the same load (120)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-600}
connections=${2:-8}
warmup=${SOAK_WARMUP:-120}
out=${SOAK_OUT:-/tmp/compat-soak}
mkdir -p "$out"; rm -rf "${out:?}"/*
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
azurite_port=$(free_port); server_port=$(free_port)
base="http://127.0.0.1:$server_port"
key='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
conn="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$key;TableEndpoint=http://127.0.0.1:$azurite_port/devstoreaccount1;"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
[ -d node_modules/azurite ] || npm ci --no-audit --no-fund >/dev/null

dotnet build -c Release src/Compatibility.DevServer -v q -nologo >/dev/null
dotnet build -c Release src/Compatibility.Cli -v q -nologo >/dev/null
# Run copies, so a rebuild during the soak cannot change the files under the running processes.
cp -r src/Compatibility.DevServer/bin/Release/net10.0 "$out/server"; cp -r src/Compatibility.Cli/bin/Release/net10.0 "$out/cli"
dll="$out/server/Compatibility.DevServer.dll"

azurite=""; server=""; pids=()
cleanup() { for p in "${pids[@]}" $server $(cat "$out/azurite.pid" 2>/dev/null); do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
start_azurite() {
  node node_modules/azurite/dist/src/table/main.js --tableHost 127.0.0.1 --tablePort "$azurite_port" \
    --inMemoryPersistence --disableTelemetry >>"$out/azurite.log" 2>&1 &
  azurite=$!; echo "$azurite" >"$out/azurite.pid"
  for _ in $(seq 100); do (exec 3<>"/dev/tcp/127.0.0.1/$azurite_port") 2>/dev/null && break; sleep 0.1; done
}
import() {
  local t0; t0=$(date +%s%N)
  dotnet "$out/cli/Compatibility.Cli.dll" import --connection-string "$conn" >>"$out/import.log" 2>&1
  echo "$(date -u +%T) import done in $(( ($(date +%s%N) - t0) / 1000000 )) ms" | tee -a "$out/events.log"
}
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }

start_azurite; import
Logging__LogLevel__Default=Warning Catalogue__ConnectionString="$conn" Catalogue__RefreshInterval=00:00:30 \
  dotnet "$dll" --urls "$base" >"$out/server.log" 2>&1 &
server=$!
for _ in $(seq 300); do curl -fs "$base/api/health" >/dev/null && break; sleep 0.1; done
curl -fs "$base/api/health" >"$out/health-start.json"

echo "$(date -u +%T) warm-up ${warmup} s" | tee -a "$out/events.log"
wrk -t1 -c"$connections" -d"${warmup}s" -s scripts/soak/check-steady.lua "$base/api/v1/check" >/dev/null
rss_start=$(rss_kb); echo "$(date -u +%T) RSS after warm-up: $rss_start kB" | tee -a "$out/events.log"

# RSS sampler: seconds since the measured run began, and kB, every 5 s.
t_measure=$(date +%s)
( while :; do echo "$(( $(date +%s) - t_measure )) $(rss_kb)"; sleep 5; done >"$out/rss.log" ) &
pids+=($!)

# Health poller: degraded flag every 5 s.
( while :; do
    echo "$(date -u +%T) $(curl -s -m 2 "$base/api/health" | grep -o '"degraded":[a-z]*' || echo unreachable)"; sleep 5
  done >"$out/health.log" ) &
pids+=($!)

# Outage controller: kill Azurite at 25 % and 60 % of the run, restart after 20 s, re-import.
t0=$(date +%s)
( for at in $(( duration / 4 )) $(( duration * 6 / 10 )); do
    now=$(date +%s); [ $(( t0 + at - now )) -gt 0 ] && sleep $(( t0 + at - now ))
    echo "$(date -u +%T) killing Azurite" >>"$out/events.log"; kill "$azurite"; wait "$azurite" 2>/dev/null || true
    sleep 20
    echo "$(date -u +%T) restarting Azurite" >>"$out/events.log"; start_azurite; import
  done ) &
pids+=($!)

# Steady load (the CLI is the one `dotnet run --project src/Compatibility.Cli -- import` runs, copied as above).
# Steady load, one wrk run per minute so p99 is per minute.
minutes=$(( (duration + 59) / 60 ))
for m in $(seq "$minutes"); do
  len=$(( m < minutes ? 60 : duration - (minutes - 1) * 60 ))
  wrk -t1 -c"$connections" -d"${len}s" --latency -s scripts/soak/check-steady.lua "$base/api/v1/check" >"$out/minute-$m.txt"
  echo "$(date -u +%T) minute $m: $(awk '/^ +[0-9]+ requests in/ {r=$1} /Requests\/sec/ {s=$2} $1=="99%" {p=$2} /Non-2xx/ {n=$NF} /Socket errors/ {e=$0} END {printf "%s req, %s req/s, p99 %s, non-2xx %s, %s", r, s, p, n+0, (e==""?"no socket errors":e)}' "$out/minute-$m.txt") rss $(rss_kb) kB load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/summary.log"
done
rss_end=$(rss_kb)
curl -fs "$base/api/health" >"$out/health-end.json" || true

total=$(cat "$out"/minute-*.txt | awk '/^ +[0-9]+ requests in/ {s+=$1} END {print s}')
failed=$(cat "$out"/minute-*.txt | awk '/Non-2xx/ {s+=$NF} /Socket errors/ {gsub(",", ""); s+=$4+$6+$8+$10} END {print s+0}')
echo "== soak ${duration}s, $connections connections: $total requests, failed $failed"
echo "RSS right after warm-up ${rss_start} kB, at the end ${rss_end} kB"
# Baseline: median of the first measured minute; end: median of the last minute; slope: least squares over all samples.
awk -v d="$duration" '
  function median(a, n,   i, j, t) { for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
                                     return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  { t = $1; r = $2; if (r == "") next; n++; st += t; sr += r; stt += t * t; str += t * r; if (r > peak) peak = r
    if (t < 60) first[++nf] = r; if (t >= d - 60) last[++nl] = r }
  END { b = median(first, nf); e = median(last, nl); slope = (n * str - st * sr) / (n * stt - st * st)
        printf "RSS baseline (median of the first measured minute) %d kB, end (median of the last minute) %d kB: growth %.1f %%; peak %d kB; slope %.0f kB/min over %d samples\n", b, e, (e - b) * 100 / b, peak, slope * 60, n }' "$out/rss.log"
echo "degraded samples: $(grep -c 'degraded":true' "$out/health.log" || true) of $(wc -l <"$out/health.log"); transitions:"
awk '{print $2}' "$out/health.log" | uniq -c
cat "$out/events.log"

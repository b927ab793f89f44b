#!/usr/bin/env bash
# Starts the service (embedded PostgreSQL in a scratch directory), drives it, prints figures.
#   bench/run.sh load   reads and autosaves under wrk: throughput, p50, p99, errors, RSS
#   bench/run.sh soak   200 interviews graded by a fake LLM that fails some calls
# Loopback only, bounded in count and time. Builds the jar first if there is none.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-load}"
if [ "$mode" = "load" ] && ! command -v wrk > /dev/null; then
  echo "bench/run.sh load drives the service with wrk: apt-get install wrk" >&2
  exit 1
fi
jar=${BENCH_JAR:-$(ls target/design-coach-*.jar 2>/dev/null | head -1 || true)}
if [ -z "$jar" ]; then ./mvnw -q -DskipTests package; jar=$(ls target/design-coach-*.jar | head -1); fi

data=$(mktemp -d)
port=18080
base="http://localhost:$port"
admin=bench-admin-password
# The drivers register every user they need from this one address: lift the per-address limit.
args=(--server.port=$port --app.data-dir="$data" --app.admin-password=$admin --app.registration.per-address=1000000)
fake=""
if [ "$mode" = "soak" ]; then
  java bench/LoadDriver.java fake-llm 18111 0.10 > "$data/fake-llm.log" 2>&1 &
  fake=$!
  args+=(--app.judge.provider=openai --app.judge.openai.base-url=http://127.0.0.1:18111/v1
         --app.judge.openai.model=fake-judge --app.judge.openai.api-key=bench --app.judge.max-retries=2
         --app.grading.daily-quota=100000)
fi
java -Xmx512m -jar "$jar" "${args[@]}" > "$data/service.log" 2>&1 &
service=$!
trap 'kill $service ${fake:-} 2>/dev/null || true; wait $service 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -fs "$base/actuator/health" > /dev/null && break
  sleep 1
done
echo "service pid $service on port $port ($(nproc) cores, $(java -version 2>&1 | head -1))"

if [ "$mode" = "soak" ]; then
  BENCH_ADMIN_PASSWORD=$admin java bench/LoadDriver.java soak "$base" "${SOAK_INTERVIEWS:-200}"
  exit 0
fi

seconds="${LOAD_SECONDS:-15}"
warmup="${LOAD_WARMUP_SECONDS:-20}"
connections="${LOAD_CONNECTIONS:-16}"
threads=2
# CPU ticks used so far by the service and its PostgreSQL (the postmaster, the exited
# backends it reaped, and the live ones). Throughput moves with whatever else runs on the
# machine; CPU time per request much less, so it is what to compare between two builds.
cpu_ticks() {
  local total=0 postmaster
  postmaster=$(pgrep -f -- "-D $data" | head -1 || true)
  for p in $service $postmaster $(pgrep -P "${postmaster:-0}" 2>/dev/null || true); do
    [ -r "/proc/$p/stat" ] && total=$((total + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$p/stat")))
  done
  echo "$total"
}
# One line per run: name, throughput, p50, p99, errors, CPU per request; the target beside it.
measure() {
  local name=$1 target_rate=$2 before
  shift 2
  before=$(cpu_ticks)
  wrk -t$threads -c"$connections" -d"${seconds}s" --latency "$@" > "$data/wrk.out"
  awk -v name="$name" -v target="$target_rate" -v ticks=$(($(cpu_ticks) - before)) -v hz="$(getconf CLK_TCK)" '
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 }
    / requests in / { total = $1 }
    /Non-2xx/ { errors += $NF }
    /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    /^Requests\/sec/ { rate = $2 }
    END {
      ms = p99; if (ms ~ /us$/) { sub("us", "", ms); ms /= 1000 } else if (ms ~ /ms$/) { sub("ms", "", ms) } else { sub("s", "", ms); ms *= 1000 }
      met = (rate + 0 >= target + 0 && ms + 0 < 100 && errors + 0 == 0) ? "met" : "NOT met"
      printf "%-28s %8.0f req/s  p50 %8s  p99 %8s  errors %d of %d  cpu %.2f ms/req   target %d req/s, p99 < 100 ms: %s\n",
        name, rate, p50, p99, errors, total, ticks * 1000 / hz / total, target, met
    }' "$data/wrk.out"
}
# Fresh interviews for each autosave run: every slot starts at version 0.
prepare() { java bench/LoadDriver.java prepare "$base" "$1"; }
eval "$(prepare $((connections * 2)))"
export COOKIE XSRF THREADS=$threads
read_scenarios=(-H "Cookie: $COOKIE" "$base/api/scenarios")
read_interview=(-H "Cookie: $COOKIE" "$base/api/interviews/$INTERVIEW")

# The JIT compiles the hot paths during the first seconds; those are not the figures.
if [ "$warmup" -gt 0 ]; then
  echo "warming up for ${warmup}s per endpoint (LOAD_WARMUP_SECONDS)"
  wrk -t$threads -c"$connections" -d"${warmup}s" "${read_scenarios[@]}" > /dev/null
  wrk -t$threads -c"$connections" -d"${warmup}s" "${read_interview[@]}" > /dev/null
  INTERVIEWS=$INTERVIEWS wrk -t$threads -c"$connections" -d"${warmup}s" -s bench/wrk/autosave.lua "$base" > /dev/null
fi

echo "wrk: $threads threads, $connections connections, ${seconds}s per endpoint, signed in with a session cookie"
measure "GET /api/scenarios" 2000 "${read_scenarios[@]}"
measure "GET /api/interviews/{id}" 2000 "${read_interview[@]}"
eval "$(prepare $((connections * 2)))"
INTERVIEWS=$INTERVIEWS measure "PUT .../answers/{step}" 500 -s bench/wrk/autosave.lua "$base"
echo "service resident memory: $(awk '/VmRSS/ { printf "%d MB", $2 / 1024 }' /proc/$service/status) (target < 700 MB)"

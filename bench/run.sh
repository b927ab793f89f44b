#!/usr/bin/env bash
# Starts the service (embedded PostgreSQL in a scratch directory), drives it, prints figures.
#   bench/run.sh load   reads and autosaves under load: throughput, p50, p99, errors, RSS
#   bench/run.sh soak   200 interviews graded by a fake LLM that fails some calls
# Loopback only, bounded in count and time. Builds the jar first if there is none.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-load}"
jar=$(ls target/design-coach-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ]; then ./mvnw -q -DskipTests package; jar=$(ls target/design-coach-*.jar | head -1); fi

data=$(mktemp -d)
port=18080
admin=bench-admin-password
args=(--server.port=$port --app.data-dir="$data" --app.admin-password=$admin)
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
  curl -fs "http://localhost:$port/actuator/health" > /dev/null && break
  sleep 1
done
echo "service pid $service on port $port ($(nproc) cores)"
if [ "$mode" = "soak" ]; then
  BENCH_ADMIN_PASSWORD=$admin java bench/LoadDriver.java soak "http://localhost:$port" "${SOAK_INTERVIEWS:-200}"
else
  java bench/LoadDriver.java load "http://localhost:$port" "${LOAD_SECONDS:-15}" "${LOAD_THREADS:-16}" "$service"
fi

#!/bin/bash
# A quick look at what JVM options do to an idle peer: two linked `symp peer` processes (move,
# 50 FPS, one event per minute each); after SECONDS it prints both RSS and PSS figures (PSS shares
# the pages the two map from the same files between them), the first
# peer's CPU over the second half and its thread count, then stops them.
# Usage: SYMP_JAVA_OPTS='...' bash docs/experiments/idle-pair.sh [SECONDS] [PORT]
#        (defaults 60 7400; SYMP=path runs another build; MALLOC_ARENA_MAX etc. pass through)
set -euo pipefail
secs=${1:-60}
port=${2:-7400}
exe=${SYMP:-cli/target/symp}
out=$(mktemp -d)
"$exe" peer --id 1 --listen "$port" --emit-rate 1 --until-tick 1000000 >/dev/null 2>"$out/a.err" &
a=$!
sleep 2
"$exe" peer --id 2 --listen $((port + 1)) --join 127.0.0.1:"$port" --emit-rate 1 --until-tick 1000000 \
  >/dev/null 2>"$out/b.err" &
b=$!
trap 'kill $a $b 2>/dev/null || true' EXIT
sleep $((secs / 2))
c0=$(awk '{print $14 + $15}' /proc/$a/stat)
sleep $((secs / 2))
c1=$(awk '{print $14 + $15}' /proc/$a/stat)
pss() { awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup"; }
awk -v ra="$(awk '/^VmRSS:/ {print $2}' /proc/$a/status)" -v rb="$(awk '/^VmRSS:/ {print $2}' /proc/$b/status)" \
  -v pa="$(pss $a)" -v pb="$(pss $b)" -v c=$((c1 - c0)) -v hz="$(getconf CLK_TCK)" -v w=$((secs / 2)) -v t="$(ls /proc/$a/task | wc -l)" \
  'BEGIN { printf "rss_mib %.1f %.1f  pss_mib %.1f %.1f  cpu_pct %.2f  threads %d\n", ra / 1024, rb / 1024, pa / 1024, pb / 1024, 100 * c / hz / w, t }'

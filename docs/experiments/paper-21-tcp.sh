#!/bin/bash
# The paper's framed cell run for real: the 21 peers of paper-21 as 21 `symp peer` processes on
# loopback TCP (ports 7200-7220), 50 ms ± 10 ms of one-way delay injected in user space on every
# link, 25 events per minute for the whole network, Δ = 50 ms × 5 hops × 2 = 500 ms, 50 FPS,
# each peer starting after a random delay of up to 10 s, until tick 15000 (5 minutes).
# Usage: bash docs/experiments/paper-21-tcp.sh [UNTIL_TICK] [SEED] ; prints the hashes and the
# rollback % over all peers. Run from the repository root after the build (SYMP=PATH runs another
# executable). Every peer gets the
# run's one --seed; each mixes it with its own id, so the 21 peers emit 21 different streams.
set -euo pipefail
until=${1:-15000}
seed=${2:-1}
symp=${SYMP:-cli/target/symp}
out=$(mktemp -d)
for id in $(seq 0 20); do
  (sleep "$(awk -v s=$id 'BEGIN{srand(s); printf "%.2f", rand()*10}')";
   "$symp" peer --topology docs/experiments/paper-21-loopback.topo --as "$id" \
     --delta 500ms --emit-rate "$(awk 'BEGIN{printf "%.4f", 25/21}')" --seed "$seed" \
     --link-delay 50ms --link-jitter 10ms --until-tick "$until" >"$out/$id.out" 2>"$out/$id.err") &
done
wait
cat "$out"/*.out | sort | uniq -c
grep -h '^stats' "$out"/*.err | awk '{for(i=2;i<=NF;i++){split($i,a,"="); s[a[1]]+=a[2]}} END {
  printf "peers 21  ticks_live %d  ticks_travelled %d  rollback_pct %.3f  rollbacks %d  divergences %d\n",
    s["ticks_live"], s["ticks_travelled"], 100*s["ticks_travelled"]/s["ticks_live"], s["rollbacks"], s["divergences"] }'

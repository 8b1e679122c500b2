#!/bin/bash
# Overload and joiner catch-up with real processes (docs/PERFORMANCE.md).
#   scripts/overload-line.sh overload [SECONDS]     # five peers in a line, each offered twice
#                                                   # the per-origin limit (1,000 events/s)
#   scripts/overload-line.sh joiner [JOIN_AFTER_S]  # five peers at 600 events/min in all, a
#                                                   # sixth joins the far end after JOIN_AFTER_S
#                                                   # (default 600: ten minutes)
#   scripts/overload-line.sh event-cpu [SECONDS]    # five peers in a line at 500 events/s in
#                                                   # all (100 each), then the same idle (one
#                                                   # event a minute each): CPU per event per peer
#                                                   # from each process's CPU time (/proc) over
#                                                   # the last SECONDS - 30 s (default 90)
# Prints, per peer, its hash line and stats line (max_depth: deepest rollback in ticks), the
# far end's delivery rate and each process's peak RSS. Build first: mvn -B -q -DskipTests package
set -eu
MODE=${1:-overload}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
S=$ROOT/cli/target/symp
D=$(mktemp -d)
FPS=50
BASE=$((20000 + RANDOM % 10000))
start_line() {  # $1: emit rate per minute per peer, $2: until tick
  for i in 1 2 3 4 5; do
    join=""
    [ "$i" -gt 1 ] && join="--join 127.0.0.1:$((BASE + i - 1))"
    /usr/bin/time -f "peer $i: peak RSS %M KiB" -o $D/p$i.rss \
      $S peer --id $i --listen 127.0.0.1:$((BASE + i)) $join --app counter --fps $FPS \
      --emit-rate "$1" --seed $i --until-tick "$2" >$D/p$i.out 2>$D/p$i.err &
    sleep 0.3
  done
}
# CPU seconds (user + system) of the java process under /usr/bin/time $1.
cpu_of() {
  local pid
  pid=$(pgrep -P "$1" | head -1)
  awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) / hz }' "/proc/$pid/stat"
}
# Runs the line at $1 events/min per peer for $2 s; prints "CPU_S_PER_S EVENTS_PER_S" (means
# over the five peers, CPU over the last $2 - 30 s, events taken by each peer over the run).
line_cpu() {
  local rate=$1 run=$2 pids a b i
  start_line "$rate" $((run * FPS))
  pids=$(jobs -p)
  sleep 30
  a=$(for p in $pids; do cpu_of "$p"; done)
  sleep $((run - 30 - 3))
  b=$(for p in $pids; do cpu_of "$p"; done)
  wait
  paste <(echo "$a") <(echo "$b") | awk -v span=$((run - 33)) '{ s += ($2 - $1) / span } END { printf "%.5f ", s / NR }'
  for i in 1 2 3 4 5; do grep -o 'events=[0-9]*' $D/p$i.err | head -1 | cut -d= -f2; done |
    awk -v run="$run" '{ s += $1 } END { printf "%.1f\n", s / NR / run }'
}
report() {
  for f in $D/p*.out; do
    i=$(basename $f .out)
    echo "$i: $(cat $f) | $(grep '^stats' $D/$i.err || true) | $(cat $D/$i.rss 2>/dev/null | tail -1)"
    echo "   stderr lines: $(wc -l < $D/$i.err)"
  done
}
if [ "$MODE" = overload ]; then
  SECONDS_RUN=${2:-60}
  UNTIL=$((SECONDS_RUN * FPS))
  start_line 60000 $UNTIL
  wait
  report
  EVENTS=$(grep -o 'events=[0-9]*' $D/p5.err | head -1 | cut -d= -f2)
  echo "far end (peer 5): $EVENTS events by tick $UNTIL: $((EVENTS / SECONDS_RUN)) per second;" \
       "limit 5 origins x 500 = 2500 per second"
elif [ "$MODE" = event-cpu ]; then
  RUN=${2:-90}
  read -r busy busy_events < <(line_cpu 6000 "$RUN")
  report
  echo "hashes (busy): $(cat $D/p*.out | sort -u | wc -l) distinct line(s) over 5 peers"
  BASE=$((BASE + 10))
  read -r idle idle_events < <(line_cpu 1 "$RUN")
  echo "hashes (idle): $(cat $D/p*.out | sort -u | wc -l) distinct line(s) over 5 peers"
  awk -v b="$busy" -v be="$busy_events" -v i="$idle" -v ie="$idle_events" 'BEGIN {
    printf "per peer: busy %.2f %% of a core taking %.1f events/s, idle %.2f %% (%.2f events/s)\n", 100 * b, be, 100 * i, ie
    printf "CPU per event per peer: %.1f us\n", 1e6 * (b - i) / (be - ie) }'
else
  JOIN_AFTER=${2:-600}
  UNTIL=$(((JOIN_AFTER + 60) * FPS))
  start_line 120 $UNTIL
  sleep "$JOIN_AFTER"
  /usr/bin/time -f "peer 6: peak RSS %M KiB" -o $D/p6.rss \
    $S peer --id 6 --listen 127.0.0.1:$((BASE + 6)) --join 127.0.0.1:$((BASE + 5)) --app counter --fps $FPS \
    --emit-rate 120 --seed 6 --until-tick $UNTIL >$D/p6.out 2>$D/p6.err &
  wait
  report
  echo "hashes: $(cat $D/p*.out | sort -u | wc -l) distinct line(s) over $(ls $D/p*.out | wc -l) peers"
fi
echo "logs in $D"

#!/bin/bash
# Overload and joiner catch-up with real processes (docs/PERFORMANCE.md).
#   scripts/overload-line.sh overload [SECONDS]     # five peers in a line, each offered twice
#                                                   # the per-origin limit (1,000 events/s)
#   scripts/overload-line.sh joiner [JOIN_AFTER_S]  # five peers at 600 events/min in all, a
#                                                   # sixth joins the far end after JOIN_AFTER_S
#                                                   # (default 600: ten minutes)
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

#!/bin/bash
# What recording costs a peer with a 16 MiB state (docs/PERFORMANCE.md): two pairs of real
# peers of the test app blob16m at 50 FPS, one event per second each; peer 1 records
# (--record), peer 3 does not. After WARMUP_S it samples both peers' CPU time over WINDOW_S and
# counts their young and full collections in that window (-Xlog:gc).
# Usage: scripts/big-state-record-cpu.sh [WARMUP_S] [WINDOW_S]     (defaults 20 40)
#        SYMP=path runs another build of the executable.
# Build first: mvn -B -q -DskipTests package && mvn -B -q -pl cli -am test-compile
# Prints: recording cpu_pct A gcs Y young F full | not recording cpu_pct B gcs ... | ratio A/B
set -eu
WARMUP=${1:-20}; WINDOW=${2:-40}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
S=${SYMP:-$ROOT/cli/target/symp}
D=$(mktemp -d); JAR=$D/blob.jar
mkdir -p $D/jar/META-INF/services $D/jar/io/symp/testapps
cp $ROOT/cli/target/test-classes/io/symp/testapps/BlobApp*.class $D/jar/io/symp/testapps/
printf 'io.symp.testapps.BlobApp$Blob1m\nio.symp.testapps.BlobApp$Blob16m\nio.symp.testapps.BlobApp$Blob60k\n' \
  > $D/jar/META-INF/services/io.symp.app.SymmetricApp
(cd $D/jar && jar cf $JAR .)
P=$((20000 + RANDOM % 10000))
until=$(( (WARMUP + WINDOW + 10) * 50 ))
common="--app blob16m --app-path $JAR --fps 50 --until-tick $until --emit-rate 60 --seed 1"
peer() { # id port join-port extra...
  local id=$1 port=$2 join=$3; shift 3
  SYMP_JAVA_OPTS="${SYMP_JAVA_OPTS:-} -Xlog:gc:file=$D/p$id.gc" $S peer --id "$id" \
    --listen 127.0.0.1:"$port" ${join:+--join 127.0.0.1:$join} $common "$@" >$D/p$id.out 2>$D/p$id.err &
  pids[$id]=$!
}
declare -a pids
trap 'kill ${pids[*]} 2>/dev/null || true' EXIT
peer 1 $P "" --record $D/p1.symplog
peer 3 $((P + 2)) ""
sleep 2
peer 2 $((P + 1)) $P
peer 4 $((P + 3)) $((P + 2))
sleep "$WARMUP"
cpu() { awk '{print $14 + $15}' /proc/$1/stat; }
gcs() { grep -c "Pause $2" "$D/p$1.gc" || true; }
c1=$(cpu ${pids[1]}); c3=$(cpu ${pids[3]})
y1=$(gcs 1 Young); y3=$(gcs 3 Young); f1=$(gcs 1 Full); f3=$(gcs 3 Full)
sleep "$WINDOW"
c1=$(( $(cpu ${pids[1]}) - c1 )); c3=$(( $(cpu ${pids[3]}) - c3 ))
y1=$(( $(gcs 1 Young) - y1 )); y3=$(( $(gcs 3 Young) - y3 ))
f1=$(( $(gcs 1 Full) - f1 )); f3=$(( $(gcs 3 Full) - f3 ))
wait
awk -v a=$c1 -v b=$c3 -v ya=$y1 -v yb=$y3 -v fa=$f1 -v fb=$f3 -v hz=$(getconf CLK_TCK) -v w=$WINDOW 'BEGIN {
  printf "recording cpu_pct %.2f gcs %d young %d full | not recording cpu_pct %.2f gcs %d young %d full | ratio %.2f\n",
    100 * a / hz / w, ya, fa, 100 * b / hz / w, yb, fb, (b > 0 ? a / b : 0) }'
for i in 1 2 3 4; do echo "peer $i: $(cat $D/p$i.out)"; done

#!/bin/bash
# Large states end to end (docs/PERFORMANCE.md): three real peers of a test app with a large
# state record, a fourth joins after the ring's reach, all print one hash; then each log is
# replayed with its peak RSS measured.
#   scripts/big-state-join.sh blob16m 50 800 8     # 16 MiB state: reach 224 ticks (4.5 s)
#   scripts/big-state-join.sh blob1m 200 6000 23   # 1 MiB state: reach 4064 ticks (20 s)
# Build first: mvn -B -q -DskipTests package && mvn -B -q -pl cli -am test-compile
set -eu
APP=$1; FPS=$2; UNTIL=$3; JOIN_AFTER_S=$4
ROOT=$(cd "$(dirname "$0")/.." && pwd)
S=$ROOT/cli/target/symp
D=$(mktemp -d); JAR=$D/blob.jar
mkdir -p $D/jar/META-INF/services $D/jar/io/symp/testapps
cp $ROOT/cli/target/test-classes/io/symp/testapps/BlobApp*.class $D/jar/io/symp/testapps/
printf 'io.symp.testapps.BlobApp$Blob1m\nio.symp.testapps.BlobApp$Blob16m\nio.symp.testapps.BlobApp$Blob60k\n' \
  > $D/jar/META-INF/services/io.symp.app.SymmetricApp
(cd $D/jar && jar cf $JAR .)
P1=$((20000 + RANDOM % 10000)); P2=$((P1+1)); P3=$((P1+2)); P4=$((P1+3))
common="--app $APP --app-path $JAR --fps $FPS --until-tick $UNTIL --emit-rate 300"
$S peer --id 1 --listen 127.0.0.1:$P1 $common --seed 1 --record $D/p1.symplog >$D/p1.out 2>$D/p1.err &
sleep 1
$S peer --id 2 --listen 127.0.0.1:$P2 --join 127.0.0.1:$P1 $common --seed 2 --record $D/p2.symplog >$D/p2.out 2>$D/p2.err &
$S peer --id 3 --listen 127.0.0.1:$P3 --join 127.0.0.1:$P2 $common --seed 3 --record $D/p3.symplog >$D/p3.out 2>$D/p3.err &
sleep $JOIN_AFTER_S
$S peer --id 4 --listen 127.0.0.1:$P4 --join 127.0.0.1:$P3 $common --seed 4 --record $D/p4.symplog >$D/p4.out 2>$D/p4.err &
wait
for i in 1 2 3 4; do echo "peer $i: $(cat $D/p$i.out)  $(grep stats $D/p$i.err)"; done
# symp replay finds the app on the class path (the launcher's JVM options, the jar added).
OPENS=$(grep -a -o -- '--add-[a-z]* [^ ]*' $S | head -8 | tr '\n' ' ')
for i in 1 2 3 4; do
  /usr/bin/time -f "replay peer $i: peak RSS %M KiB, %e s" java -Xss4m -XX:+UseSerialGC $OPENS \
    -Dchronicle.analytics.disable=true -cp $ROOT/cli/target/cli-0.1.0-all.jar:$JAR io.symp.cli.Main \
    replay $D/p$i.symplog 2>&1 | grep -E "clean|RSS"
done
ls -l $D/*.symplog

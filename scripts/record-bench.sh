#!/bin/sh
# Usage (from the repository root, after: mvn -q -o -pl cli -am package -DskipTests && mvn -q -o -pl record-replay test-compile):
OPENS=$(sed -n 's:.*<symp.jvm.opens>\(.*\)</symp.jvm.opens>.*:\1:p' pom.xml)
exec java $OPENS -Xss4m \
  -cp record-replay/target/test-classes:cli/target/cli-0.1.0-all.jar io.symp.replay.RecordBench "$@"

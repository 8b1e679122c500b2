#!/bin/sh
# symp launcher: this stub is followed by the shaded jar in the same file.
# JAVA_HOME or the java on PATH (17+) runs it; SYMP_JAVA_OPTS adds JVM options.
if [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
exec "$JAVA" -Xss4m -XX:+UseSerialGC -Xshare:auto @JVM_OPENS@ \
  -Dchronicle.analytics.disable=true -Dchronicle.announcer.disable=true \
  $SYMP_JAVA_OPTS -jar "$0" "$@"

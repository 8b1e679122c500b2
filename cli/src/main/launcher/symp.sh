#!/bin/sh
# symp launcher: this stub is followed by the shaded jar in the same file.
# JAVA_HOME or the java on PATH (17+) runs it; SYMP_JAVA_OPTS adds JVM options.
# The jar needs no JVM option, so `java -jar` works too.
# -XX:+UseSerialGC: a CLI's heap is small; the serial collector starts fastest.
if [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
exec "$JAVA" -XX:+UseSerialGC $SYMP_JAVA_OPTS -jar "$0" "$@"

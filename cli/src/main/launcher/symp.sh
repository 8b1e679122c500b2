#!/bin/sh
# symp launcher: this stub is followed by the shaded jar in the same file.
# JAVA_HOME or the java on PATH (17+) runs it; SYMP_JAVA_OPTS adds JVM options.
# The jar's manifest carries the module opens Chronicle Bytes needs, so `java -jar` works too.
# -XX:+UseSerialGC: a CLI's heap is small; the serial collector starts fastest.
# -Dsun.misc.unsafe.memory.access=allow: JDK 24+ would warn when Chronicle Bytes first uses
# sun.misc.Unsafe (JDK 17 ignores it; under plain `java -jar` symp re-launches itself with it).
if [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
exec "$JAVA" -XX:+UseSerialGC -Dsun.misc.unsafe.memory.access=allow $SYMP_JAVA_OPTS -jar "$0" "$@"

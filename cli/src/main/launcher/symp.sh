#!/bin/sh
# symp launcher: this stub is followed by the shaded jar in the same file.
# JAVA_HOME or the java on PATH (17+) runs it; SYMP_JAVA_OPTS adds JVM options after the
# launcher's own, so it overrides them. The jar needs no JVM option, so `java -jar` works too.
# Options by command (measured in docs/PERFORMANCE.md, "What a peer process costs"):
# - every command: -XX:+UseSerialGC (a CLI's heap is small; the serial collector starts fastest).
# - peer, repl (long-lived, mostly idle): C1 only and one compiler thread, a small code cache and
#   stacks, and a heap that starts at 8 MiB and gives memory back (young collections keep an
#   idle peer's RSS flat), its maximum the JVM's default (a 16 MiB state's ring alone is 128 MiB;
#   a fixed small heap runs out at 500 events/s); Netty's buffers unpooled.
# - sim, replay, bisect and the rest: the JVM's defaults, C2 included (they run hot loops).
if [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
command=
for arg in "$@"; do
  case "$arg" in
    -*) ;;
    *) command=$arg; break ;;
  esac
done
case "$command" in
  peer|repl)
    opts="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:ReservedCodeCacheSize=16m -Xss256k"
    opts="$opts -Xms8m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
    opts="$opts -Dio.netty.allocator.type=unpooled"
    # glibc's malloc makes an arena per thread; a peer's threads allocate little natively.
    MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
    export MALLOC_ARENA_MAX ;;
  *) opts= ;;
esac
exec "$JAVA" -XX:+UseSerialGC $opts $SYMP_JAVA_OPTS -jar "$0" "$@"

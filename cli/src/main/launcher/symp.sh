#!/bin/sh
# symp launcher: this stub is followed by the shaded jar in the same file.
# JAVA_HOME or the java on PATH (17+) runs it; SYMP_JAVA_OPTS adds JVM options after the
# launcher's own, so it overrides them. The jar needs no JVM option, so `java -jar` works too.
# Options by command (measured in docs/PERFORMANCE.md, "What a peer process costs"):
# - every command: -XX:+UseSerialGC (a CLI's heap is small; the serial collector starts fastest).
# - peer, repl (long-lived, mostly idle): C1 only and one compiler thread, a small code cache and
#   stacks, and a heap that starts at 8 MiB and gives memory back (young collections keep an
#   idle peer's RSS flat), its maximum the JVM's default (a 16 MiB state's ring alone is 128 MiB;
#   a fixed small heap runs out at 500 events/s); Netty's buffers unpooled; no perf-data sampler
#   (20 wakeups a second); and a class-data
#   archive (AppCDS, below) once one exists for this executable and this JVM.
# - sim, replay, bisect and the rest: the JVM's defaults, C2 included (they run hot loops).
if [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
case "$0" in
  /*) self=$0 ;;
  *) self=$(pwd)/$0 ;;
esac
command=
for arg in "$@"; do
  case "$arg" in
    -*) ;;
    *) command=$arg; break ;;
  esac
done

# AppCDS for peer and repl: the classes a linked peer loads (JDK, Netty, TLS, symp), archived
# once per executable and JVM into SYMP_CACHE_DIR when it is set (none by default)
# by a background job: two peers linked on loopback for a few seconds list their classes, then
# `java -Xshare:dump`. Until the archive exists peers run without it; a run never waits for it.
# Mapped at its own address (ArchiveRelocationMode=0) the archive's pages stay clean, so every
# peer on the host shares them. The key names the executable and the JVM by path, size and time:
# a rebuilt or copied executable, or an updated JDK, gets an archive of its own, which replaces
# the one for the same paths; others go after 30 days.
cds() {
  # Opt-in: a first use writes 33 MB and runs two loopback peers in the background, and the
  # archive is mapped at a fixed address (no address randomisation for class metadata).
  dir=${SYMP_CACHE_DIR:-}
  # The archive's path goes into an option split on blanks: none in a directory with any.
  case "$dir" in
    '' | *[[:space:]]*) return 0 ;;
  esac
  jvm=$(command -v "$JAVA" 2>/dev/null) || return 0
  jvm=$(readlink -f "$jvm" 2>/dev/null || echo "$jvm")
  id=$(printf '%s\n' "$self" "$jvm" | cksum | cut -d ' ' -f 1)
  set -- "$self" "$jvm" "${jvm%/bin/java}/lib/server/libjvm.so"
  [ -f "$3" ] || set -- "$1" "$2"
  # Size and modification time to the second (GNU stat, else BSD stat), as the JVM checks them.
  stamp=$(stat -L -c '%n %s %Y' "$@" 2>/dev/null || stat -L -f '%N %z %m' "$@" 2>/dev/null) || return 0
  key=$id-$(printf '%s\n' "$stamp" | cksum | cut -d ' ' -f 1)
  jsa="$dir/peer-$key.jsa"
  [ ! -f "$dir/peer-$key.failed" ] || return 0
  if [ -f "$jsa" ]; then
    opts="$opts -XX:SharedArchiveFile=$jsa -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -Xlog:cds=off"
    return 0
  fi
  mkdir -p "$dir" 2>/dev/null || return 0
  lock="$dir/peer-$key.lock"
  # A lock left by a job that was killed expires after 10 minutes.
  [ -z "$(find "$lock" -maxdepth 0 -mmin +10 2>/dev/null)" ] || rm -rf "$lock"
  mkdir "$lock" 2>/dev/null || return 0
  (cds_build "$lock") </dev/null >/dev/null 2>&1 &
}

# One training peer (it replaces the shell it runs in): $1 the class list it writes, then its
# peer options.
cds_train() {
  list=$1
  shift
  exec nice "$JAVA" -XX:+UseSerialGC $opts -Xlog:disable -XX:ErrorFile="$work/hs_err.log" \
    -XX:DumpLoadedClassList="$list" -jar "$self" \
    peer --until-tick 300 --emit-rate 600 "$@"
}

# The archive, made in the lock directory $1 (removed at the end) and renamed into place whole;
# when it cannot be made, a .failed file says not to try again with this key.
cds_build() {
  work=$1
  trap 'rm -rf "$work"' EXIT
  cds_make || : >"$dir/peer-$key.failed"
}

cds_make() {
  cds_train "$work/a.list" --id 1 2>"$work/a.err" &
  train_a=$!
  port=
  for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
    port=$(sed -n 's/.* listening on [^ ]*:\([0-9]*\) .*/\1/p' "$work/a.err")
    [ -n "$port" ] && break
    sleep 1
  done
  [ -n "$port" ] || { kill "$train_a"; return 1; }
  (cds_train "$work/b.list" --id 2 --join "127.0.0.1:$port")
  wait "$train_a"
  # Each line once (JDK 17's dump can crash on a lambda listed twice), without the ids JDK 25
  # numbers each list with (two lists' ids clash); no class of another loader (none expected).
  cat "$work/a.list" "$work/b.list" | grep -v ' source: ' | sed 's/ id: [0-9]*$//' | awk '!seen[$0]++' \
    >"$work/all.list" || return 1
  # Only from peers that linked (TLS) does the archive cover what a peer runs.
  grep -q '^sun/security/ssl/' "$work/all.list" || return 1
  nice "$JAVA" -Xshare:dump -XX:SharedClassListFile="$work/all.list" -XX:SharedArchiveFile="$work/peer.jsa" \
    -Xlog:disable -XX:ErrorFile="$work/hs_err.log" -cp "$self" || return 1
  mv "$work/peer.jsa" "$jsa" || return 1
  for old in "$dir/peer-$id-"*.jsa "$dir/peer-$id-"*.failed; do
    [ "$old" = "$jsa" ] || rm -f "$old"
  done
  find "$dir" -maxdepth 1 -name 'peer-*' -type f -mtime +30 -exec rm -f {} + 2>/dev/null
}

case "$command" in
  peer|repl)
    opts="-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:ReservedCodeCacheSize=16m -Xss256k"
    opts="$opts -Xms8m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
    opts="$opts -Dio.netty.allocator.type=unpooled"
    # No hsperfdata counters: their sampler woke the JVM 20 times a second (jps and jstat do
    # not see the peer; jcmd still does).
    opts="$opts -XX:-UsePerfData"
    cds
    # glibc's malloc makes an arena per thread; a peer's threads allocate little natively.
    MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
    export MALLOC_ARENA_MAX ;;
  *) opts= ;;
esac
exec "$JAVA" -XX:+UseSerialGC $opts $SYMP_JAVA_OPTS -jar "$self" "$@"

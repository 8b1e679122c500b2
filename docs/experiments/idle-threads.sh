#!/bin/bash
# Which thread of an idle peer burns the CPU: two linked `symp peer` processes (move, 50 FPS,
# one event per minute each, the default launcher, as idle-pair.sh); WARMUP seconds after the
# second starts it reads every thread's on-CPU time (/proc/PID/task/*/schedstat, in ns) and
# context switches, again WINDOW seconds later, and prints per thread of each peer its share of a
# core and its wakeups (context switches) a second over the window, then the peers' totals.
# Usage: bash docs/experiments/idle-threads.sh [WARMUP_S] [WINDOW_S] [PORT]
#        (defaults 100 40 7400; SYMP=path runs another build, SYMP_JAVA_OPTS passes through;
#        LEAVES=3 dials peer 1 from three peers instead of one: a hub with three links, and
#        peer b is the first leaf)
# Thread names are the kernel's, cut to 15 characters: peer-N (the peer's ticks and tasks),
# multiThreadIoEv (Netty's event loop: TLS, reads, writes), C1_CompilerThre, VM_Thread,
# VM_Periodic_Tas, Monitor_Deflati, java (the CLI's main thread).
set -euo pipefail
warmup=${1:-100}
window=${2:-40}
port=${3:-7400}
exe=${SYMP:-cli/target/symp}
out=$(mktemp -d)
"$exe" peer --id 1 --listen "$port" --emit-rate 1 --until-tick 1000000 >/dev/null 2>"$out/a.err" &
a=$!
sleep 2
"$exe" peer --id 2 --listen $((port + 1)) --join 127.0.0.1:"$port" --emit-rate 1 --until-tick 1000000 \
  >/dev/null 2>"$out/b.err" &
b=$!
leaves=($b)
trap 'kill $a "${leaves[@]}" 2>/dev/null || true' EXIT
for i in $(seq 2 "${LEAVES:-1}"); do
  sleep 1
  "$exe" peer --id $((i + 1)) --listen $((port + i)) --join 127.0.0.1:"$port" --emit-rate 1 \
    --until-tick 1000000 >/dev/null 2>"$out/leaf$i.err" &
  leaves+=($!)
done
# One line per thread: tid, name, on-CPU ns, context switches.
threads() {
  for t in /proc/"$1"/task/*; do
    echo "${t##*/} $(tr ' ' _ <"$t/comm") $(awk '{print $1}' "$t/schedstat")" \
      "$(awk '/ctxt_switches/ { s += $2 } END { print s }' "$t/status")"
  done | sort
}
sleep "$warmup"
threads $a >"$out/a0"
threads $b >"$out/b0"
sleep "$window"
threads $a >"$out/a1"
threads $b >"$out/b1"
for p in a b; do
  echo "peer $p:"
  join "$out/${p}0" "$out/${p}1" | awk -v w="$window" '{
    c = ($6 - $3) / 1e7 / w; s = ($7 - $4) / w; total += c; wakeups += s
    if (c >= 0.005 || s >= 0.5) printf "  %-16s cpu_pct %.3f  wakeups_per_s %.1f\n", $2, c, s }
    END { printf "  %-16s cpu_pct %.3f  wakeups_per_s %.1f\n", "all", total, wakeups }'
done
echo "rss_mib $(awk '/^VmRSS:/ {printf "%.1f", $2 / 1024}' /proc/$a/status) $(awk '/^VmRSS:/ {printf "%.1f", $2 / 1024}' /proc/$b/status)"

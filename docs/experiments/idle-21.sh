#!/bin/bash
# What an idle peer costs: the 21 peers of paper-21 as 21 `symp peer` processes on loopback TCP
# (move, 50 FPS, one event per minute each, the default launcher), started STAGGER s apart (1)
# (21 JVMs starting at once on 2 cores miss their TLS handshake deadlines). WARMUP seconds after
# the last start it samples every process's CPU time, again WINDOW seconds later, and reads its
# RSS; then waits for every peer to print its hash at --until-tick and checks they agree.
# Usage: bash docs/experiments/idle-21.sh [WARMUP_S] [WINDOW_S] [PORT_BASE]
#        (defaults 120 60 7300; run from the repository root after the build; SYMP_JAVA_OPTS
#        is passed on, so `SYMP_JAVA_OPTS=... bash docs/experiments/idle-21.sh` compares options;
#        SYMP=path runs another build of the executable; PEER_OPTS adds peer options, e.g. -vv
#        for every move of each peer's time in its log, $TMPDIR/tmp.*/ID.err)
# Prints one line per peer (pid, RSS and PSS MiB, CPU % of a core over the window) and a summary:
#   peers 21  rss_mib_mean M  pss_mib_mean P  cpu_pct_mean C  hashes N (N = 1: every peer agrees)
# (PSS divides each page the peers map from the same file, the JVM's and the class-data
# archive's, between the processes that map it: what a peer adds to the host's memory.)
# Then where the CPU went, the mean over the peers per kind of thread (on-CPU time from
# /proc/PID/task/*/schedstat over the same window), and their wakeups (context switches) a second:
#   threads_cpu_pct_mean  peer P  netty N  compiler C  vm V  other O  wakeups_per_s_mean W
# and how many of the links' 62 directions were loud (more than 5 TLS records a second, as TCP
# data segments from `ss -ti`: ten SYNCs a second is about 11, a quiet link about 1.2):
#   link_directions N  loud L  data_segs_per_s_mean S
# and how far the network's time ran ahead of peer 0's start (the ticks peer 0 reached, less the
# seconds from its start to its hash; about -1 s when nothing moved it: peer 0 founds the time
# once its JVM is up):
#   network_ahead_of_start_s A
set -euo pipefail
warmup=${1:-120}
window=${2:-60}
base=${3:-7300}
fps=50
symp=${SYMP:-cli/target/symp}
# 60 s of margin: the network's tick ran about 23 s ahead of the first start in every run of
# 2026-12-01 late evening (main too), so with 20 s the peers printed and left before the sample.
until=$(( (21 * ${STAGGER:-1} + warmup + window + 60) * fps ))
out=$(mktemp -d)
topo="$out/idle-21.topo"
awk -v b="$base" '$1 == "peer" { split($3, a, ":"); $3 = a[1] ":" (b + $2) } { print }' \
  docs/experiments/paper-21-loopback.topo >"$topo"
hz=$(getconf CLK_TCK)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
start_ns=$(date +%s%N)
for id in $(seq 0 20); do
  # shellcheck disable=SC2086 # PEER_OPTS is a list of options
  "$symp" peer --topology "$topo" --as "$id" --fps "$fps" --emit-rate 1 --seed 1 \
    --until-tick "$until" ${PEER_OPTS:-} >"$out/$id.out" 2>"$out/$id.err" &
  pids+=($!)
  sleep "${STAGGER:-1}"
done
cpu_ticks() {
  [ -r "/proc/$1/stat" ] || { echo "idle-21: peer $1 exited early (see $out/*.err)" >&2; exit 1; }
  awk '{print $14 + $15}' "/proc/$1/stat"
}
# Per kind of thread: on-CPU nanoseconds and context switches of every thread of the peers
# (one awk per peer: the files of all its threads at once).
threads() {
  for p in "${pids[@]}"; do
    awk 'FILENAME ~ /comm$/ { k = "other" } /^peer-/ { k = "peer" } /^multiThreadIoEv/ { k = "netty" }
      /^C[12] CompilerThre/ { k = "compiler" } /^VM / { k = "vm" }
      FILENAME ~ /comm$/ { split(FILENAME, f, "/"); kind[f[5]] = k; next }
      FILENAME ~ /schedstat$/ { split(FILENAME, f, "/"); ns[kind[f[5]]] += $1; next }
      /ctxt_switches/ { sw += $2 }
      END { for (k in ns) print k, ns[k]; print "switches", sw + 0 }' \
      /proc/"$p"/task/*/comm /proc/"$p"/task/*/schedstat /proc/"$p"/task/*/status 2>/dev/null || true
  done | awk '{ n[$1] += $2 } END { for (k in n) print k, n[k] }'
}
# Data segments sent so far on each TCP connection of the peers' ports (one line per direction).
segs() {
  { ss -tinH state established 2>/dev/null || true; } | awk -v lo="$base" -v hi="$((base + 20))" '
    /^ / || /^\t/ { if (keep) { for (i = 1; i <= NF; i++) if ($i ~ /^data_segs_out:/) { split($i, d, ":"); print id, d[2] } } next }
    { keep = 0; for (i = 1; i <= NF; i++) if ($i ~ /:[0-9]+$/) { n = split($i, a, ":"); if (a[n] + 0 >= lo && a[n] + 0 <= hi) keep = 1 }
      id = $(NF - 1) "-" $NF }'
}
sleep "$warmup"
declare -A before
for p in "${pids[@]}"; do before[$p]=$(cpu_ticks "$p"); done
threads >"$out/threads0"
segs >"$out/segs0"
t0=$(date +%s%N)
sleep "$window"
threads >"$out/threads1"
segs >"$out/segs1"
t1=$(date +%s%N)
for p in "${pids[@]}"; do
  rss_kib=$(awk '/^VmRSS:/ {print $2}' "/proc/$p/status")
  pss_kib=$(awk '/^Pss:/ {print $2}' "/proc/$p/smaps_rollup")
  cpu=$(( $(cpu_ticks "$p") - ${before[$p]} ))
  awk -v p="$p" -v r="$rss_kib" -v s="$pss_kib" -v c="$cpu" -v hz="$hz" -v w="$window" \
    'BEGIN { printf "pid %d  rss_mib %.1f  pss_mib %.1f  cpu_pct %.2f\n", p, r / 1024, s / 1024, 100 * c / hz / w }'
done | tee "$out/samples"
wait
hashes=$(cat "$out"/*.out | grep -c . || true)
distinct=$(cat "$out"/*.out | sort -u | grep -c . || true)
awk -v n="$distinct" -v h="$hashes" '{ r += $4; s += $6; c += $8; k++ } END {
  printf "peers %d  rss_mib_mean %.1f  pss_mib_mean %.1f  cpu_pct_mean %.2f  hashes %d (of %d printed)\n",
    k, r / k, s / k, c / k, n, h }' \
  "$out/samples"
awk -v w="$(( (t1 - t0) / 1000000 ))e-3" -v n="${#pids[@]}" 'NR == FNR { a[$1] = $2; next } { d[$1] = $2 - a[$1] } END {
  printf "threads_cpu_pct_mean  peer %.2f  netty %.2f  compiler %.2f  vm %.2f  other %.2f  wakeups_per_s_mean %.0f\n",
    d["peer"] / 1e7 / w / n, d["netty"] / 1e7 / w / n, d["compiler"] / 1e7 / w / n, d["vm"] / 1e7 / w / n,
    d["other"] / 1e7 / w / n, d["switches"] / w / n }' "$out/threads0" "$out/threads1"
awk -v w="$(( (t1 - t0) / 1000000 ))e-3" 'NR == FNR { a[$1] = $2; next } ($1 in a) { r = ($2 - a[$1]) / w; n++; s += r; if (r > 5) l++ }
  END { printf "link_directions %d  loud %d  data_segs_per_s_mean %.1f\n", n, l, n ? s / n : 0 }' "$out/segs0" "$out/segs1"
awk -v s="$start_ns" -v e="$(stat -c %.3Y "$out/0.out")" -v t="$until" -v f="$fps" \
  'BEGIN { printf "network_ahead_of_start_s %.1f\n", t / f - (e - s / 1e9) }'
sort -u "$out"/*.out
[ "$hashes" -eq 21 ] && [ "$distinct" -eq 1 ] || { echo "idle-21: peers disagree or did not finish (see $out)" >&2; exit 1; }

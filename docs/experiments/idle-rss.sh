#!/bin/bash
# Whether an idle peer's memory stays flat: two linked `symp peer` processes (move, 50 FPS, one
# event per minute each, the default launcher) sampled every 30 s for MINUTES minutes. Prints a
# CSV line per sample (seconds since start, each peer's RSS in MiB) and a summary: the RSS after
# the warm-up (WARMUP_S, default 120), the last, and the growth in MiB per 10 minutes between
# them (a least-squares slope over the samples after the warm-up, both peers).
# Usage: bash docs/experiments/idle-rss.sh [MINUTES] [PORT]   (defaults 30 7450; run from the
#        repository root after the build; SYMP=path runs another build, SYMP_JAVA_OPTS passes on)
set -euo pipefail
minutes=${1:-30}
port=${2:-7450}
warmup=${WARMUP_S:-120}
exe=${SYMP:-cli/target/symp}
out=$(mktemp -d)
ticks=$(( (minutes * 60 + 60) * 50 ))
"$exe" peer --id 1 --listen "$port" --emit-rate 1 --until-tick "$ticks" >"$out/a.out" 2>"$out/a.err" &
a=$!
sleep 2
"$exe" peer --id 2 --listen $((port + 1)) --join 127.0.0.1:"$port" --emit-rate 1 --until-tick "$ticks" \
  >"$out/b.out" 2>"$out/b.err" &
b=$!
trap 'kill $a $b 2>/dev/null || true' EXIT
rss() { awk '/^VmRSS:/ {printf "%.1f", $2 / 1024}' "/proc/$1/status"; }
echo "seconds,rss_a_mib,rss_b_mib" | tee "$out/rss.csv"
for ((s = 30; s <= minutes * 60; s += 30)); do
  sleep 30
  [ -r "/proc/$a/status" ] && [ -r "/proc/$b/status" ] || { echo "idle-rss: a peer exited (see $out)" >&2; exit 1; }
  echo "$s,$(rss $a),$(rss $b)" | tee -a "$out/rss.csv"
done
awk -F, -v w="$warmup" 'NR > 1 && $1 >= w {
    for (i = 2; i <= 3; i++) { n++; sx += $1; sy += $i; sxx += $1 * $1; sxy += $1 * $i }
    if (!first) first = ($2 + $3) / 2; last = ($2 + $3) / 2 }
  END { slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
        printf "after_warmup_mib %.1f  last_mib %.1f  growth_mib_per_10min %.2f\n", first, last, slope * 600 }' \
  "$out/rss.csv"

#!/bin/bash
# How the simulator's cost grows with the number of peers (docs/PERFORMANCE.md, "Simulator
# scale"): random-N-4 topologies, 2 simulated minutes, 60 events per minute, for each N given
# (default 100 300 1000 3000 10000). Prints one line per N (wall and CPU seconds, the hashes'
# agreement, peak RSS) and the exponents k of wall ∝ N^k and cpu ∝ N^k, fitted by least squares
# on log-log.
#   docs/experiments/sim-scale.sh [N ...]        # build first: mvn -B -q -DskipTests package
# Environment: DURATION (default 2m), RATE (default 60).
set -eu
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
S=$ROOT/cli/target/symp
SIZES=${*:-100 300 1000 3000 10000}
OUT=$(mktemp)
trap 'rm -f "$OUT" "$OUT.rss"' EXIT
printf '%8s %9s %9s %7s %10s\n' peers wall_s cpu_s agree rss_mib
for n in $SIZES; do
  line=$(/usr/bin/time -f '%M' -o "$OUT.rss" "$S" sim --topology "random-$n-4" \
    --duration "${DURATION:-2m}" --rate "${RATE:-60}" --json 2>/dev/null | tail -1)
  wall=$(sed -E 's/.*"wall_ms":([0-9]+).*/\1/' <<<"$line")
  cpu=$(sed -E 's/.*"cpu_ms":([0-9]+).*/\1/' <<<"$line")
  agree=$(sed -E 's/.*"hashes_agree":(true|false).*/\1/' <<<"$line")
  rss=$(tail -1 "$OUT.rss")
  awk -v n="$n" -v w="$wall" -v c="$cpu" -v a="$agree" -v r="$rss" \
    'BEGIN { printf "%8d %9.1f %9.1f %7s %10.0f\n", n, w / 1000, c / 1000, a, r / 1024 }'
  echo "$n $wall $cpu" >>"$OUT"
done
# wall time is what a user waits for; the simulator's CPU time is the same figure without the
# other load of a shared machine.
awk '{ x = log($1); sx += x; sxx += x * x; n++
       y = log($2); sy += y; sxy += x * y; z = log($3); sz += z; sxz += x * z }
     END { if (n > 1) printf "fitted exponent over %d sizes: wall ∝ N^%.2f, cpu ∝ N^%.2f\n", n,
           (n * sxy - sx * sy) / (n * sxx - sx * sx), (n * sxz - sx * sz) / (n * sxx - sx * sx) }' "$OUT"

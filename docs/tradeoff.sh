#!/bin/bash
# The delay / rollback trade-off of docs/EVALUATION.md ("Adaptive delay"): paper-21 at 25 events/min,
# for each latency, fixed multipliers of Δ = latency × 5.03 hops (the paper's 1, 2 and 5, and steps in
# between to trace the curve) beside --delta auto at rollback budgets 0.5 %, 1 % and 2 %; 3 runs of
# 5 minutes each (seeds 1-3). Writes docs/grid/tradeoff.csv and docs/grid/tradeoff.png (drawn by the
# figures module, JFreeChart, with the paper's published figures from docs/grid/grid-paper.csv). Run
# from the repository root after the build (mvn -B -q -DskipTests package); a few minutes on 2 cores
# (72 invocations, each its own JVM). JOBS=N runs N at a time (default: one per core).
#   bash docs/tradeoff.sh [OUT_DIR]            the sweep, then the chart
#   bash docs/tradeoff.sh --redraw [OUT_DIR]   the chart only, from OUT_DIR/tradeoff.csv
set -euo pipefail
redraw=false
if [ "${1:-}" = --redraw ]; then redraw=true; shift; fi
out=${1:-docs/grid}
grid=${GRID_CSV:-docs/grid/grid-paper.csv}
draw() {
  mvn -B -q -pl figures compile exec:java -Dexec.args="$out/tradeoff.csv $grid $out/tradeoff.png"
}
if $redraw; then draw; exit 0; fi
symp=${SYMP:-cli/target/symp}
jobs=${JOBS:-$(nproc)}
mkdir -p "$out"
cells=$(mktemp -d)
trap 'rm -rf "$cells"' EXIT

settings="mult1 mult1.25 mult1.5 mult1.75 mult2 mult2.25 mult2.5 mult3 mult5 auto0.5 auto1 auto2"
for lat in 5 25 50 100 250 500; do
  for s in $settings; do echo "$lat $s"; done
done | xargs -P "$jobs" -L 1 bash -c '
  lat=$0 s=$1
  case $s in
    mult*) flags="--mult ${s#mult}" ;;
    auto*) flags="--delta auto --rollback-budget ${s#auto}%" ;;
  esac
  '"$symp"' sim --topology paper-21 --latency ${lat}ms --rate 25 $flags --duration 5m --seed 1 --runs 3 \
      --json --no-timing > '"$cells"'/$lat-$s.json'

python3 - "$cells" "$out" $settings <<'EOF'
import json, sys
cells, out, settings = sys.argv[1], sys.argv[2], sys.argv[3:]
latencies = [5, 25, 50, 100, 250, 500]
keys = ["delta_ms", "mean_delay_ms", "rollback_pct", "rollback_floor_pct", "pace_pct", "events_lost", "hashes_agree"]
rows = []
for lat in latencies:
    for s in settings:
        with open(f"{cells}/{lat}-{s}.json") as f:
            r = json.load(f)
        setting = "mult " + s[4:] if s.startswith("mult") else "auto " + s[4:] + "%"
        rows.append([lat, setting] + [r[k] for k in keys])
with open(f"{out}/tradeoff.csv", "w") as f:
    f.write("latency_ms,setting," + ",".join(keys) + "\n")
    for row in rows:
        f.write(",".join(str(x).lower() if isinstance(x, bool) else str(x) for x in row) + "\n")

print(f"wrote {out}/tradeoff.csv")
EOF
draw

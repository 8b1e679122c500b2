#!/bin/bash
# Clock agreement over one paper-21 run (docs/EVALUATION.md, "Clock agreement"): runs one cell with
# symp sim --clock-trace, prints a summary (the greatest lag behind the network's time after the
# 30 s warm-up, each peer's mean lag, how fast the network's time runs from virtual time) and draws
# the trace with the figures module (JFreeChart). Run from the repository root after the build.
#   bash docs/clock-trace.sh LATENCY_MS DRIFT_PPM SEED [OUT_DIR]
# writes OUT_DIR/clock-trace-<LATENCY>ms-drift<DRIFT>-seed<SEED>.csv and .png (OUT_DIR: docs/grid).
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: bash docs/clock-trace.sh LATENCY_MS DRIFT_PPM SEED [OUT_DIR]" >&2
  exit 2
fi
lat=$1 drift=$2 seed=$3 out=${4:-docs/grid}
symp=${SYMP:-cli/target/symp}
name="$out/clock-trace-${lat}ms-drift${drift}-seed${seed}"
mkdir -p "$out"
"$symp" sim --topology paper-21 --latency "${lat}ms" --rate 25 --mult 2 --duration 5m --seed "$seed" \
    --clock-drift "$drift" --json --no-timing --clock-trace "$name.csv" --force > "$name.json"
python3 - "$name.csv" "$name.json" <<'PY'
import csv, json, sys, statistics
rows = [r for r in csv.DictReader(open(sys.argv[1])) if r["synced"] == "true" and float(r["time_s"]) >= 30]
result = json.load(open(sys.argv[2]))
worst = {}
for r in rows:
    t = float(r["time_s"])
    worst[t] = max(worst.get(t, 0.0), float(r["behind_leader_ms"]))
lags = sorted(worst.values())
q = lambda f: lags[min(len(lags) - 1, int(f * len(lags)))]
print(f"pace {result['pace_pct']} %, rollback {result['rollback_pct']} % (floor {result['rollback_floor_pct']} %)")
print(f"greatest lag behind the network's time, per second after 30 s: median {q(0.5):.1f} ms,"
      f" p90 {q(0.9):.1f} ms, max {lags[-1]:.1f} ms; over one tick (20 ms) in {sum(l > 20 for l in lags)} of {len(lags)} s")
peers = sorted({int(r["peer"]) for r in rows})
means = {p: statistics.mean(float(r["from_mean_ms"]) for r in rows if int(r["peer"]) == p) for p in peers}
print("mean ms ahead of the peers' mean: " + " ".join(f"{p}:{m:+.1f}" for p, m in means.items()))
lead = [(float(r["time_s"]), float(r["network_minus_virtual_ms"])) for r in rows if float(r["behind_leader_ms"]) == 0]
(t0, d0), (t1, d1) = lead[0], lead[-1]
print(f"network's time − virtual time: {d0:+.0f} ms at {t0:.0f} s, {d1:+.0f} ms at {t1:.0f} s ({(d1 - d0) / (t1 - t0):+.2f} ms/s)")
PY
mvn -B -q -pl figures compile exec:java -Dexec.mainClass=io.symp.figures.ClockTraceChart \
    -Dexec.args="$name.csv $name.png 'paper-21, ${lat} ± $((lat / 5)) ms links, ±${drift} ppm clocks, seed ${seed} (symp sim --clock-trace)'"

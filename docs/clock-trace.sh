#!/bin/bash
# Clock agreement made visible (docs/EVALUATION.md, "Clock agreement"): one paper-21 run with
# --clock-trace, every peer's offset from the mean time of the peers holding the network's time,
# sampled each second, as CSV and SVG. Run from the repository root after the build.
#   bash docs/clock-trace.sh [LATENCY_MS] [DRIFT_PPM] [SEED] [OUT_DIR]
set -euo pipefail
lat=${1:-500} drift=${2:-0} seed=${3:-1} out=${4:-docs/grid}
symp=${SYMP:-cli/target/symp}
name="$out/clock-trace-${lat}ms-drift${drift}-seed${seed}"
mkdir -p "$out"
rm -f "$name.csv"
"$symp" sim --topology paper-21 --latency "${lat}ms" --rate 25 --mult 2 --duration 5m --seed "$seed" \
    --clock-drift "$drift" --clock-trace "$name.csv" --json --no-timing > "$name.json"
python3 - "$name" "$lat" "$drift" "$seed" <<'PY'
import csv, json, sys
name, lat, drift, seed = sys.argv[1:]
rows = [r for r in csv.DictReader(open(name + ".csv")) if r["synced"] == "true" and float(r["time_s"]) >= 20]
peers = sorted({int(r["peer"]) for r in rows})
series = {p: [(float(r["time_s"]), float(r["from_mean_ms"])) for r in rows if int(r["peer"]) == p] for p in peers}
spread = {}
for r in rows:
    spread[float(r["time_s"])] = max(spread.get(float(r["time_s"]), 0), float(r["behind_leader_ms"]))
pace = json.load(open(name + ".json"))["pace_pct"]
W, H, L, T, Y = 900, 420, 60, 50, 40.0
tmax = max(t for t, _ in series[peers[0]])
X = lambda t: L + (W - L - 20) * (t - 20) / (tmax - 20)
YY = lambda v: T + (H - T - 40) * (Y - max(-Y, min(Y, v))) / (2 * Y)
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="sans-serif" font-size="11">',
       '<rect width="100%" height="100%" fill="white"/>',
       f'<text x="10" y="18" font-size="13">paper-21, {lat} ± {int(lat) // 5} ms links, drift ±{drift} ppm, seed {seed}: '
       f'each peer\'s time − the mean (ms); pace {pace} %</text>',
       '<text x="10" y="34">blue: line 0-3, green: cycle 3-8, orange: line 8-12, red: mesh 12-17, purple: line 17-20; '
       'grey: greatest lag behind the leader (ms, same scale, from the bottom)</text>']
for v in range(-int(Y), int(Y) + 1, 10):
    svg.append(f'<line x1="{L}" x2="{W - 20}" y1="{YY(v):.1f}" y2="{YY(v):.1f}" stroke="#eee"/>')
    svg.append(f'<text x="{L - 6}" y="{YY(v) + 4:.1f}" text-anchor="end">{v}</text>')
for t in range(30, int(tmax) + 1, 30):
    svg.append(f'<text x="{X(t):.1f}" y="{H - 22}" text-anchor="middle">{t} s</text>')
svg.append('<polyline fill="none" stroke="#bbb" stroke-width="2" points="'
           + " ".join(f"{X(t):.1f},{YY(v - Y):.1f}" for t, v in sorted(spread.items())) + '"/>')
def colour(p):
    return "#36c" if p < 3 else "#3a3" if p < 9 else "#e80" if p < 12 else "#d22" if p <= 17 else "#93c"
for p in peers:
    svg.append(f'<polyline fill="none" stroke="{colour(p)}" stroke-width="1" points="'
               + " ".join(f"{X(t):.1f},{YY(v):.1f}" for t, v in series[p]) + '"/>')
svg.append("</svg>")
open(name + ".svg", "w").write("\n".join(svg) + "\n")
print(f"wrote {name}.csv and {name}.svg (pace {pace} %)")
PY

#!/bin/bash
# The delay / rollback trade-off of docs/EVALUATION.md ("Adaptive delay"): paper-21 at 25 events/min,
# for each latency, fixed multipliers of Δ = latency × 5.03 hops (the paper's 1, 2 and 5, and steps in
# between to trace the curve) beside --delta auto at rollback budgets 0.5 %, 1 % and 2 %; 3 runs of
# 5 minutes each (seeds 1-3). Writes docs/grid/tradeoff.csv and docs/grid/tradeoff.svg. Run from the
# repository root after the build (mvn -B -q -DskipTests package); a few minutes on 2 cores (72
# invocations, each its own JVM). JOBS=N runs N at a time (default: one per core).
#   bash docs/tradeoff.sh [OUT_DIR]
set -euo pipefail
out=${1:-docs/grid}
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

# One panel per latency: rollback % (y, up to 4 %) against mean event delay (x); fixed multipliers
# joined by a line, auto budgets in red, the budgets dashed; points off the chart are listed below it.
W, H, cols, YMAX = 330, 280, 3, 4.0
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W * cols}" height="{H * 2 + 50}" '
       'font-family="sans-serif" font-size="11">',
       '<rect width="100%" height="100%" fill="white"/>',
       '<text x="10" y="20" font-size="14">paper-21, 25 events/min, 3 runs × 5 min: rollback % against mean '
       'event delay</text>',
       '<text x="10" y="38" font-size="12">grey: fixed Δ = latency × 5.03 hops × multiplier; red: --delta auto '
       'at a rollback budget (dashed lines: 0.5, 1, 2 %)</text>']
for i, lat in enumerate(latencies):
    ox, oy = (i % cols) * W + 50, (i // cols) * H + 70
    pw, ph = W - 70, H - 90
    pts = [r for r in rows if r[0] == lat]
    shown = [r for r in pts if r[4] <= YMAX and r[1] != "mult 5"]
    hidden = [r for r in pts if r not in shown]
    xmin = min(r[3] for r in shown) * 0.9
    xmax = max(r[3] for r in shown) * 1.08
    X = lambda v: ox + pw * (v - xmin) / (xmax - xmin)
    Y = lambda v: oy + ph - ph * v / YMAX
    svg.append(f'<clipPath id="c{i}"><rect x="{ox}" y="{oy}" width="{pw}" height="{ph}"/></clipPath>')
    svg.append(f'<rect x="{ox}" y="{oy}" width="{pw}" height="{ph}" fill="none" stroke="#999"/>')
    svg.append(f'<text x="{ox}" y="{oy - 6}" font-weight="bold">{lat} ms per link</text>')
    svg.append(f'<text x="{ox}" y="{oy + ph + 14}">{xmin:.0f}</text>')
    svg.append(f'<text x="{ox + pw}" y="{oy + ph + 14}" text-anchor="end">{xmax:.0f}</text>')
    svg.append(f'<text x="{ox + pw / 2}" y="{oy + ph + 14}" text-anchor="middle">mean delay (ms)</text>')
    for v in range(int(YMAX) + 1):
        svg.append(f'<text x="{ox - 6}" y="{Y(v) + 4:.1f}" text-anchor="end">{v}%</text>')
    for budget in (0.5, 1, 2):
        svg.append(f'<line x1="{ox}" x2="{ox + pw}" y1="{Y(budget):.1f}" y2="{Y(budget):.1f}" '
                   'stroke="#fbb" stroke-dasharray="3,3"/>')
    fixed = sorted((r for r in pts if r[1].startswith("mult")), key=lambda r: r[3])
    svg.append(f'<polyline clip-path="url(#c{i})" fill="none" stroke="#777" points="'
               + " ".join(f"{X(r[3]):.1f},{Y(r[4]):.1f}" for r in fixed) + '"/>')
    labels = {}
    for r in shown:
        auto = r[1].startswith("auto")
        label = r[1].replace("auto ", "") if auto else r[1].replace("mult ", "") + "x"
        labels.setdefault((r[3], r[4], auto), []).append(label)
    for (x, y, auto), names in labels.items():
        colour = "#d22" if auto else "#555"
        anchor, dx, dy = ("end", -6, -4) if auto else ("start", 6, 12)
        svg.append(f'<circle cx="{X(x):.1f}" cy="{Y(y):.1f}" r="3.5" fill="{colour}"/>')
        svg.append(f'<text x="{X(x) + dx:.1f}" y="{Y(y) + dy:.1f}" fill="{colour}" text-anchor="{anchor}" '
                   f'font-size="9">{" = ".join(names)}</text>')
    off = [f"{r[1].replace('mult ', '')}x {r[4]:.1f}% ({r[3]:.0f} ms)" for r in hidden]
    for k in range(0, len(off), 2):
        line = ("off the chart: " if k == 0 else "") + ", ".join(off[k:k + 2])
        svg.append(f'<text x="{ox}" y="{oy + ph + 30 + 12 * (k // 2)}" font-size="9" fill="#555">{line}</text>')
svg.append("</svg>")
with open(f"{out}/tradeoff.svg", "w") as f:
    f.write("\n".join(svg) + "\n")
print(f"wrote {out}/tradeoff.csv and {out}/tradeoff.svg")
EOF

#!/bin/bash
# Pace, rollback and recovery on the cells that quiet links could hurt (docs/EVALUATION.md,
# "Quiet links"): paper-21 at 25 events/min, 3 runs of 5 minutes each, 5-500 ms at 1x and
# 2x, 2x with ±200 ppm of clock drift, and churn 40:20 at 5 and 50 ms (seeds 1-3, one run
# each); plus messages per link and second on an idle pair. About 40 s on 2 cores.
# Usage: bash docs/experiments/quiet-cells.sh  (SYMP=path runs another build)
set -euo pipefail
exe=${SYMP:-cli/target/symp}
row() { jq -r --arg c "$1" '[$c, .rollback_pct, .rollback_floor_pct, .pace_pct, .recovery_ms_mean,
  .recovery_ms_max, .events_lost, .hashes_agree] | @tsv'; }
echo -e "cell\trollback_pct\tfloor_pct\tpace_pct\trecovery_ms_mean\trecovery_ms_max\tlost\tagree"
for lat in 5 25 50 100 250 500; do for mult in 1 2; do
  nice -n 10 "$exe" sim --topology paper-21 --latency ${lat}ms --rate 25 --mult $mult --duration 5m \
    --seed 1 --runs 3 --json --no-timing | row "${lat}ms ${mult}x"
done; done
for lat in 5 25 100 500; do
  nice -n 10 "$exe" sim --topology paper-21 --latency ${lat}ms --rate 25 --mult 2 --duration 5m \
    --clock-drift 200 --seed 1 --runs 3 --json --no-timing | row "${lat}ms 2x ±200ppm"
done
for lat in 5 50; do for seed in 1 2 3; do
  nice -n 10 "$exe" sim --topology paper-21 --latency ${lat}ms --rate 25 --mult 2 --duration 5m \
    --churn 40:20 --seed $seed --json --no-timing | row "${lat}ms 2x churn 40:20 seed $seed"
done; done
# Idle pair, 1 event per minute each, 5 minutes: messages per second in each direction.
nice -n 10 "$exe" sim --topology line-2 --latency 1ms --rate 2 --duration 5m --seed 1 --json --no-timing |
  jq -r '"idle pair: \(.messages_per_event * .events_emitted / 2 / 300 | . * 10 | round / 10) messages/s and \(.bytes_per_event * .events_emitted / 2 / 300 | round) frame bytes/s per direction"'

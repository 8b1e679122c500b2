#!/bin/bash
# Reproduces the table in docs/EVALUATION.md: the paper-21 topology at 25 events/min, every latency and
# multiplier of the paper, 3 runs of 5 minutes each, ours beside the paper's algorithm. Run from the repository root after the build.
echo "latency_ms,mult,rate,protocol,rollback_pct,rollback_floor_pct,pace_pct,events_lost,hashes_agree"
for lat in 5 25 50 100 250 500; do for mult in 1 2 5; do
  cli/target/symp sim --topology paper-21 --latency ${lat}ms --rate 25 --mult $mult --duration 5m --seed 1 --runs 3 --protocol both --json --no-timing | python3 -c "
import json,sys
for r in map(json.loads, sys.stdin):
    print(','.join(str(x) for x in ['$lat','$mult',25,r['protocol'],r['rollback_pct'],r['rollback_floor_pct'],r['pace_pct'],r['events_lost'],r['hashes_agree']]))"
done; done

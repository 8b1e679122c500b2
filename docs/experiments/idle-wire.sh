#!/bin/bash
# Idle traffic on one link, as the sockets see it: two `symp peer` processes (move, 50 FPS,
# one event per minute each, TLS 1.3) linked through a counting proxy (wire-count.py beside
# this file). After WARMUP seconds it counts WINDOW seconds and prints, for each direction,
# TCP payload bytes per second (TLS records, headers and tags included; TCP/IP headers not)
# and TLS records per second (each a TCP segment at most: nothing on an idle link is larger).
# Usage: bash docs/experiments/idle-wire.sh [WARMUP] [WINDOW] [PORT]
#        (defaults 60 60 7450; SYMP=path runs another build; PEER_OPTS adds flags to both
#        peers, e.g. PEER_OPTS='--link-delay 25ms --link-jitter 1ms')
set -euo pipefail
warmup=${1:-60}
window=${2:-60}
port=${3:-7450}
exe=${SYMP:-cli/target/symp}
here=$(dirname "$0")
out=$(mktemp -d)
python3 "$here/wire-count.py" $((port + 2)) "$port" "$warmup" "$window" >"$out/count.json" &
proxy=$!
# shellcheck disable=SC2086
nice -n 10 "$exe" peer --id 1 --listen "$port" --emit-rate 1 --seed 1 --until-tick 100000000 ${PEER_OPTS:-} \
  >/dev/null 2>"$out/a.err" &
a=$!
sleep 1
# shellcheck disable=SC2086
nice -n 10 "$exe" peer --id 2 --listen $((port + 1)) --join 127.0.0.1:$((port + 2)) --emit-rate 1 --seed 1 \
  --until-tick 100000000 ${PEER_OPTS:-} >/dev/null 2>"$out/b.err" &
b=$!
trap 'kill $a $b $proxy 2>/dev/null || true' EXIT
wait $proxy
cat "$out/count.json"
# A link the dead-link timer (or anything else) closed would show here, and as connections > 1.
echo "links closed: $(cat "$out/a.err" "$out/b.err" | grep -c 'closing link' || true)"

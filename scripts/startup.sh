#!/bin/sh
# Start-up time of symp commands: the best of N runs (default 7) of each, in seconds.
# Usage: scripts/startup.sh [EXECUTABLE [N]]   (default cli/target/symp; run on an idle machine)
exe=${1:-cli/target/symp}
n=${2:-7}
for cmd in --version apps; do
  best=
  i=0
  while [ "$i" -lt "$n" ]; do
    t=$(/usr/bin/time -f %e -o /dev/stdout "$exe" $cmd 2>/dev/null | tail -1)
    if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
    i=$((i + 1))
  done
  printf '%-10s %s s (best of %s)\n' "$cmd" "$best" "$n"
done
printf 'size       %s bytes\n' "$(wc -c < "$exe")"

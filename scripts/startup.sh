#!/bin/sh
# Start-up of symp commands: the best of N runs (default 7) of each, wall and CPU (user+system)
# seconds, and the executable's size. CPU time varies less on a busy machine than wall time.
# Usage: scripts/startup.sh [EXECUTABLE [N]]   (default cli/target/symp)
exe=${1:-cli/target/symp}
n=${2:-7}
for cmd in --version apps; do
  wall=
  cpu=
  i=0
  while [ "$i" -lt "$n" ]; do
    set -- $(/usr/bin/time -f '%e %U %S' -o /dev/stdout "$exe" $cmd 2>/dev/null | tail -1)
    c=$(echo "$2 + $3" | bc)
    if [ -z "$wall" ] || [ "$(echo "$1 < $wall" | bc)" = 1 ]; then wall=$1; fi
    if [ -z "$cpu" ] || [ "$(echo "$c < $cpu" | bc)" = 1 ]; then cpu=$c; fi
    i=$((i + 1))
  done
  printf '%-10s wall %s s, cpu %s s (best of %s)\n' "$cmd" "$wall" "$cpu" "$n"
done
printf 'size       %s bytes\n' "$(wc -c < "$exe")"

#!/bin/sh
# Installs the built symp: the executable, its man pages and bash completion.
# Usage: scripts/install.sh [--prefix DIR]     (default DIR: /usr/local; build first with
#        mvn -B -q -DskipTests package)
# Puts DIR/bin/symp, DIR/share/man/man1/symp*.1, DIR/share/man/man7/symp*.7 and
# DIR/share/bash-completion/completions/symp in place; then `DIR/bin/symp --version` and
# `man -M DIR/share/man symp` work. Replaces an earlier install of symp in DIR.
set -eu
prefix=/usr/local
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a directory" >&2; exit 2; }
              prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown argument '$1' (usage: install.sh [--prefix DIR])" >&2; exit 2 ;;
  esac
done
root=$(cd "$(dirname "$0")/.." && pwd)
exe="$root/cli/target/symp"
if [ ! -x "$exe" ]; then
  echo "install.sh: $exe not built; run: mvn -B -q -DskipTests package" >&2
  exit 2
fi
mkdir -p "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/man/man7" \
  "$prefix/share/bash-completion/completions" || { echo "install.sh: cannot create directories under $prefix" >&2; exit 2; }
cp "$exe" "$prefix/bin/symp"
chmod 755 "$prefix/bin/symp"
for page in "$root"/man/*.1; do cp "$page" "$prefix/share/man/man1/"; done
for page in "$root"/man/*.7; do [ -f "$page" ] && cp "$page" "$prefix/share/man/man7/"; done
"$prefix/bin/symp" generate-completion > "$prefix/share/bash-completion/completions/symp"
echo "installed symp into $prefix (bin/symp, share/man, share/bash-completion)"

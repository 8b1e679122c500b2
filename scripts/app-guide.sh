#!/usr/bin/env bash
# Runs docs/APP-GUIDE.md on a clean checkout: clones this repository's HEAD into a fresh
# directory, writes every file the guide shows (the block after each "<!-- file: PATH -->"
# line) and runs every ```sh block, in order, in one bash with -euo pipefail. Exit 0 only if
# every command of the guide did what it says.
#
# Maven installs into a local repository of its own (SYMP_GUIDE_REPO_LOCAL, default: a fresh
# one under the work directory, seeded from ~/.m2 by hard links but without io/symp), so the
# guide's "mvn install" never replaces the io.symp artifacts other builds on this machine use.
# SYMP_GUIDE_WORK keeps the work directory (default: a temporary one, removed at the end).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
guide="$here/docs/APP-GUIDE.md"
work="${SYMP_GUIDE_WORK:-$(mktemp -d)}"
mkdir -p "$work"
[ -n "${SYMP_GUIDE_WORK:-}" ] || trap 'rm -rf "$work"' EXIT

m2="${SYMP_GUIDE_REPO_LOCAL:-$work/m2}"
if [ ! -d "$m2" ]; then
  mkdir -p "$m2"
  if [ -d "$HOME/.m2/repository" ]; then
    for entry in "$HOME/.m2/repository"/*; do
      cp -al "$entry" "$m2/" 2>/dev/null || cp -a "$entry" "$m2/"
    done
    rm -rf "$m2/io/symp"
  fi
fi

git clone -q --no-hardlinks "$here" "$work/symp"

# Split the guide: files to write, commands to run.
run="$work/guide-commands.sh"
{
  echo 'set -euo pipefail'
  echo "mvn() { command mvn -Dmaven.repo.local='$m2' \"\$@\"; }"
  echo "cd '$work'"
} > "$run"
awk -v work="$work" -v run="$run" '
  /^<!-- file: .* -->$/ { file = $3; next }
  /^```/ && !inblock {
    inblock = 1; lang = substr($0, 4)
    if (file != "") { target = work "/" file; sub(/\/[^\/]*$/, "", target); system("mkdir -p \"" target "\""); out = work "/" file; printf "" > out }
    else if (lang == "sh") { out = run; print "echo \"+ guide block " ++blocks "\" >&2" >> run }
    else { out = "" }
    next
  }
  /^```$/ && inblock { inblock = 0; if (out != "" && out != run) close(out); file = ""; out = ""; next }
  inblock && out != "" { print >> out }
' "$guide"

echo "app-guide: running $(grep -c '^+\|guide block' "$run") blocks of $guide in $work" >&2
bash "$run"
echo "app-guide: every command of the guide ran" >&2

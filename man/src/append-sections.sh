#!/bin/sh
# Adds what picocli's man pages lack: EXAMPLES, ENVIRONMENT, FILES and SEE ALSO sections from
# src/sections/PAGE.adoc, "Exit status" as the exit codes' section title, and the REPL's page.
# Usage: append-sections.sh GENERATED_ASCIIDOC_DIR (run from man/)
set -e
out=$1
for f in "$out"/*.adoc; do
  sed -i 's/^==  *Exit codes:$/== Exit status/' "$f"
done
for extra in src/sections/*.adoc; do
  page="$out/$(basename "$extra")"
  [ -f "$page" ] && cat "$extra" >> "$page"
done
cp src/symp-repl-commands.adoc "$out/"

#!/bin/sh
# Adds what picocli's man pages lack: EXAMPLES, ENVIRONMENT, FILES and SEE ALSO sections from
# src/sections/PAGE.adoc, "Exit status" as the exit codes' section title, and the REPL's page.
# Usage: append-sections.sh GENERATED_ASCIIDOC_DIR (run from man/)
set -e
out=$1
for f in "$out"/*.adoc; do
  sed -i 's/^==  *Exit codes:$/== Exit status/' "$f"
done
# Every command's page: the environment symp(1) describes (symp.adoc has its own, in full).
environment='
== Environment

*JAVA_HOME*, *SYMP_JAVA_OPTS*::
  The Java runtime and the JVM options the launcher uses (see *symp*(1)).
*NO_COLOR*, *TERM*, *COLUMNS*, *LINES*::
  Colour, and whether progress bars and live views are drawn on stderr and how wide (see
  *symp*(1)): only when stderr is a terminal whose *TERM* is not *dumb*.
'
for extra in src/sections/*.adoc; do
  page="$out/$(basename "$extra")"
  [ -f "$page" ] || continue
  if [ "$(basename "$extra")" != symp.adoc ] && ! grep -q '^== Environment' "$extra"; then
    printf '%s' "$environment" >> "$page"
  fi
  cat "$extra" >> "$page"
done
cp src/symp-repl-commands.adoc "$out/"

#!/usr/bin/env bash
# Checks scraper/extract/_lexbor.h against a selectolax version's lexbor headers (its sdist, fetched with pip
# into a scratch directory) and its wheel's lexbor.c. A new selectolax version is added to
# scraper/extract/accel.py's CHECKED only after this passes (and the equality tests).
#   usage: layout_check.sh [VERSION] [PYTHON]   (defaults: 1.0.2, .venv/bin/python)
set -euo pipefail
version=${1:-1.0.2}
py=${2:-.venv/bin/python}
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
work=$(mktemp -d)
"$py" -m pip download -q --no-deps --no-binary :all: "selectolax==$version" -d "$work"
tar xzf "$work"/selectolax-"$version".tar.gz -C "$work"
src=$("$py" -c "import os, selectolax; print(os.path.dirname(selectolax.__file__))")
test "$("$py" -c "import selectolax; print(selectolax.__version__)")" = "$version" || { echo "installed selectolax is not $version"; exit 1; }
# the two object structs, as Cython wrote them in the installed version's lexbor.c
{ echo '#include "lexbor/html/html.h"'
  for cls in LexborNode LexborHTMLParser; do
      echo "struct __pyx_obj_10selectolax_6lexbor_$cls {"
      sed -n "/^struct __pyx_obj_10selectolax_6lexbor_$cls {/,/^};/p" "$src/lexbor.c" | sed '1d' \
          | sed 's/struct __pyx_[a-zA-Z0-9_]* \*/void */'
  done; } > "$work/pyx_structs.h"
inc=$("$py" -c "import sysconfig; print(sysconfig.get_paths()['include'])")
gcc -fsyntax-only -I "$repo/scraper/extract" -I "$work" -I "$work/selectolax-$version/lexbor/source" -I "$inc" \
    "$here/layout_check.c" && echo "layout of _lexbor.h matches selectolax $version"
rm -rf "$work"

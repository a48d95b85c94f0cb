#!/usr/bin/env bash
# Rebuild Qt's ICU data library (libicudata.so.NN, 31 MB) with only what Nashra can use.
#
#     bash packaging/trim-icu.sh path/to/libicudata.so.73
#
# Qt Core calls ICU for four things only (nm -D libQt6Core.so.6 | grep _73): locale-aware case
# mapping, time-zone names, collation (QCollator, e.g. the file dialog's sorting) and legacy text
# codecs (QStringConverter). Text shaping (HarfBuzz), bidi/RTL layout and line breaking are Qt's
# own and never read ICU data. So the locale data of root, Arabic and English stays, with the
# supplemental tables, the collation root and time-zone data; other locales fall back to root.
# Out go: the other ~700 locales (calendars, collations, zone names), whole trees that only ICU
# services Qt never calls read (break iterators and their CJK/Thai/Khmer dictionaries,
# transliteration, spelled-out numbers, display names of units, currencies, languages and
# regions), and the large multi-byte CJK/EBCDIC converters (over 64 KB) with the ones that extend
# them; the single-byte ones, Windows-1256 and ISO-8859-6 among them, stay.
#
# Needs objcopy (binutils), icupkg and genccode (icu-devtools) and gcc.
set -euo pipefail
library=$1
name=$(basename "$library")  # libicudata.so.73
version=${name##*.so.}       # 73
entry=icudt$version          # libicuuc looks for the symbol icudt73_dat
dat=${entry}l.dat            # and checks the package name inside: icudt73l
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/in" "$work/out" "$work/items"

objcopy -O binary --only-section=.rodata "$library" "$work/in/$dat"
icupkg -l "$work/in/$dat" > "$work/list.txt"
"${PYTHON:-python3}" - "$work/list.txt" > "$work/remove.txt" <<'PY'
import re
import sys

LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*\.res$")  # af.res, ar_EG.res, de__PHONEBOOK.res
KEEP_LOCALES = re.compile(r"^(root|ar|en)(_[A-Za-z0-9]*)*\.res$")
KEEP_ALWAYS = {"res_index.res", "pool.res"}
# Read by ICU services Qt never calls: break iterators, transliterators, spelled-out numbers,
# and display names of units, currencies, languages and regions.
UNUSED_TREES = {"brkitr", "translit", "rbnf", "unit", "curr", "lang", "region"}

with open(sys.argv[1]) as listing:
    for item in (line.strip() for line in listing):
        folder, _, file = item.rpartition("/")
        if folder in UNUSED_TREES:
            print(item)
        elif LOCALE.match(file) and file not in KEEP_ALWAYS and not KEEP_LOCALES.match(file):
            print(item)
PY
icupkg -x "$work/list.txt" -d "$work/items" "$work/in/$dat"
(cd "$work/items" && find . -name '*.cnv' -size +64k | sed 's|^\./||') >> "$work/remove.txt"
# A converter that extends a removed one goes too (icupkg names them: "Item X depends on missing
# item Y"); repeat until nothing is missing.
for _ in 1 2 3 4 5; do
    icupkg -r "$work/remove.txt" "$work/in/$dat" "$work/out/$dat" 2> "$work/errors" && break
    sed -n 's/^Item \(.*\) depends on missing item .*/\1/p' "$work/errors" | sort -u > "$work/more"
    [[ -s $work/more ]] || { cat "$work/errors" >&2; exit 1; }
    cat "$work/more" >> "$work/remove.txt"
    rm -f "$work/out/$dat"
done
[[ -f $work/out/$dat ]] || { cat "$work/errors" >&2; exit 1; }

genccode -a gcc -e "$entry" -d "$work" "$work/out/$dat"
gcc -shared -nostdlib -Wl,-soname,"$name" -o "$work/$name" "$work"/*.S
nm -D "$work/$name" | grep -q " R ${entry}_dat$" || { echo "trim-icu: no ${entry}_dat" >&2; exit 1; }
before=$(du -k "$library" | cut -f1)
cp "$work/$name" "$library"
echo "ICU data: $((before / 1024)) MB -> $(($(du -k "$library" | cut -f1) / 1024)) MB" \
    "($(wc -l < "$work/remove.txt") of $(wc -l < "$work/list.txt") items removed)"

#!/usr/bin/env bash
# Build the Linux one-folder app, then trim it: dist/nashra/ (run `make package` for the archives).
#
# A fresh virtual environment in build/venv holds only Nashra's dependencies and PyInstaller; the
# build stops if torch, stanza or spaCy are in it. On Linux there is one executable, `nashra`;
# `nashra-cli` is a link to it (build.spec). After PyInstaller, what is safe to drop goes (the
# table in packaging/README.md says what each saves and why it is safe): debug sections and
# static symbol tables (never numpy's libraries: they break when stripped), Qt translations other
# than Arabic, Qt plugins for embedded displays, image formats Nashra never shows and the GTK 3
# theme, libQt6Network, the bundled libcups (the system's is used), ICU data beyond root/Arabic/
# English (packaging/trim-icu.sh), then every library nothing left needs (packaging/prune-libs.py),
# pycountry's locales, Babel's locale data but root/Arabic/English. The build fails if the result
# is over MAX_APP_MB (250). Then the frozen self-test runs.
#
# Environment: PYTHON (default python3), KEEP_VENV=1 reuses build/venv, SELF_TEST_PACK=FILE
# translates with that .argosmodel in the self-test (and requires it to work), MAX_APP_MB.
# Build tools it installs with apt-get when missing (as root): binutils, gcc, icu-devtools.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=build/venv
APP=dist/nashra
INTERNAL=$APP/_internal

step() { printf '== %s (%ss)\n' "$1" "$SECONDS"; }

step "build tools"
missing=()
for tool in objcopy:binutils strip:binutils readelf:binutils gcc:gcc icupkg:icu-devtools \
    genccode:icu-devtools; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if (( ${#missing[@]} )); then
    readarray -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
        echo "installing ${missing[*]}"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "the build needs: ${missing[*]} (Debian/Ubuntu package names)" >&2
        exit 1
    fi
fi

step "build environment"
if [[ "${KEEP_VENV:-0}" != 1 || ! -x $VENV/bin/pyinstaller ]]; then
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
    "$VENV/bin/python" -m pip install --quiet . pyinstaller
fi
"$VENV/bin/python" - <<'PY'
import importlib.util, sys
found = [name for name in ("torch", "stanza", "spacy") if importlib.util.find_spec(name)]
if found:
    sys.exit(f"build environment holds {', '.join(found)}: Nashra must be built without them")
PY

step "interface translations"
for ts in resources/translations/*.ts; do
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done

step "pyinstaller"
rm -rf "$APP" build/pyinstaller
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller build.spec

step "trim"
before=$(du -sm "$APP" | cut -f1)
# Debug sections and static symbol tables (CTranslate2's is 5 MB; the dynamic symbols stay), and
# never numpy's libraries, which break when stripped.
find "$INTERNAL" -type f -name '*.so*' ! -path '*/numpy*' -print0 |
    while IFS= read -r -d '' library; do
        sections=$(readelf -S "$library" 2>/dev/null || true)
        if [[ $sections == *" .debug_info "* || $sections == *" .symtab "* ]]; then
            strip --strip-unneeded "$library"
        fi
    done
qt=$INTERNAL/PySide6/Qt
# Qt's own strings for the dialogs: Nashra's interface is English or Arabic.
find "$qt/translations" -type f ! -name 'qt_ar.qm' ! -name 'qtbase_ar.qm' -delete
# Image formats Nashra never shows (its icons are PNG and SVG; articles are read as text).
for format in icns tga tiff wbmp webp; do
    rm -f "$qt/plugins/imageformats/libq$format.so"
done
# Plugins for embedded displays, touch screens and remote framebuffers.
rm -rf "$qt/plugins/generic" "$qt/plugins/egldeviceintegrations"
for plugin in eglfs linuxfb minimalegl vkkhrdisplay vnc; do
    rm -f "$qt/plugins/platforms/libq$plugin.so"
done
rm -f "$qt"/lib/libQt6EglFS* "$qt"/lib/libQt6EglFs* "$INTERNAL"/libQt6EglFS* "$INTERNAL"/libQt6EglFs*
# The GTK 3 theme plugin needs the system's libgtk-3 (never bundled) and drags in 7 MB of
# cairo/pango/gdk-pixbuf from the build machine that would then mix with the user's GTK; without
# it Qt uses its own GNOME/portal themes and file dialogs. QtNetwork is excluded, its library
# stays behind only through Qt's plugin scan.
rm -f "$qt/plugins/platformthemes/libqgtk3.so" "$qt/lib/libQt6Network.so.6" "$INTERNAL/libQt6Network.so.6"
# Printing uses the system's libcups (the .deb depends on libcups2; every desktop has it): the
# build machine's copy came with 9 MB of GnuTLS/Kerberos/Avahi and the cups plugin stays.
rm -f "$INTERNAL/libcups.so.2"
# Qt's ICU data: root/Arabic/English locales and what Qt Core calls ICU for (31 MB -> 4 MB).
bash packaging/trim-icu.sh "$qt/lib/libicudata.so".[0-9]*
# Then every library that nothing left needs.
"$VENV/bin/python" packaging/prune-libs.py "$INTERNAL"
# Country names in 100+ languages: trafilatura needs the codes, never the translated names.
rm -rf "$INTERNAL/pycountry/locales"
# Babel's CLDR data (32 MB, for courlan's URL language filter): the root, Arabic and English only;
# other locales then count as unknown, which courlan handles.
# Regional variants (en_GB, ar_EG, ...) too: courlan only asks for a language (0.8 MB).
find "$INTERNAL/babel/locale-data" -type f ! -name 'root.dat' ! -name 'ar.dat' ! -name 'en.dat' \
    -delete 2>/dev/null || true
# jusText's stop lists of 100 languages (2.5 MB): trafilatura's fallback extractor scores a page
# with the union of those present; Nashra's pages are Arabic or English, so those two stay.
find "$INTERNAL/justext/stoplists" -type f ! -name 'Arabic.txt' ! -name 'English.txt' \
    -delete 2>/dev/null || true
after=$(du -sm "$APP" | cut -f1)
echo "one-folder app: ${before} MB -> ${after} MB"
if (( after > ${MAX_APP_MB:-250} )); then
    du -am "$APP" | sort -rn | sed -n '2,25p'
    echo "the one-folder app is over ${MAX_APP_MB:-250} MB (MAX_APP_MB): see what grew above" >&2
    exit 1
fi

step "frozen self-test"
[[ -x $APP/nashra-cli ]] || { echo "no $APP/nashra-cli" >&2; exit 1; }
self_test=("$APP/nashra-cli" self-test)
if [[ -n "${SELF_TEST_PACK:-}" ]]; then
    self_test+=(--pack "$SELF_TEST_PACK" --require-pack)
fi
ARGOS_PACKAGES_DIR="$PWD/no-packs-here" "${self_test[@]}"
ARGOS_PACKAGES_DIR="$PWD/no-packs-here" "$APP/nashra" --self-test >/dev/null  # the GUI executable
step "done"

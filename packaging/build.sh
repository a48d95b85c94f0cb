#!/usr/bin/env bash
# Build the Linux one-folder app, then trim it: dist/nashra/ (run `make package` for the archives).
#
# A fresh virtual environment in build/venv holds only Nashra's dependencies and PyInstaller; the
# build stops if torch, stanza or spaCy are in it. After PyInstaller, what is safe to drop goes:
# debug sections of CTranslate2 and libpython (never numpy's libraries: they break when stripped),
# Qt translations other than Arabic, Qt plugins for platforms a desktop never uses, pycountry's
# locales, Babel's locale data but root/Arabic/English. Then the frozen self-test runs.
#
# Environment: PYTHON (default python3), KEEP_VENV=1 reuses build/venv, SELF_TEST_PACK=FILE
# translates with that .argosmodel in the self-test (and requires it to work).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=build/venv
APP=dist/nashra
INTERNAL=$APP/_internal

step() { printf '== %s (%ss)\n' "$1" "$SECONDS"; }

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
# Debug sections only (CTranslate2's extension alone carries 64 MB of them), and never numpy's
# libraries, which break when stripped.
find "$INTERNAL" -type f -name '*.so*' ! -path '*/numpy*' -print0 |
    while IFS= read -r -d '' library; do
        sections=$(readelf -S "$library" 2>/dev/null || true)
        if [[ $sections == *" .debug_info "* ]]; then
            strip --strip-debug "$library"
        fi
    done
qt=$INTERNAL/PySide6/Qt
# Qt's own strings for the dialogs: Nashra's interface is English or Arabic.
find "$qt/translations" -type f ! -name 'qt_ar.qm' ! -name 'qtbase_ar.qm' -delete
# Plugins for embedded displays, touch screens and remote framebuffers.
rm -rf "$qt/plugins/generic" "$qt/plugins/egldeviceintegrations"
for plugin in eglfs linuxfb minimalegl vkkhrdisplay vnc; do
    rm -f "$qt/plugins/platforms/libq$plugin.so"
done
rm -f "$qt"/lib/libQt6EglFS* "$qt"/lib/libQt6EglFs* "$INTERNAL"/libQt6EglFS* "$INTERNAL"/libQt6EglFs*
# Country names in 100+ languages: trafilatura needs the codes, never the translated names.
rm -rf "$INTERNAL/pycountry/locales"
# Babel's CLDR data (32 MB, for courlan's URL language filter): the root, Arabic and English only;
# other locales then count as unknown, which courlan handles.
find "$INTERNAL/babel/locale-data" -type f ! -name 'root.dat' ! -name 'ar.dat' ! -name 'ar_*.dat' \
    ! -name 'en.dat' ! -name 'en_*.dat' -delete 2>/dev/null || true
after=$(du -sm "$APP" | cut -f1)
echo "one-folder app: ${before} MB -> ${after} MB"

step "frozen self-test"
self_test=("$APP/nashra-cli" self-test)
if [[ -n "${SELF_TEST_PACK:-}" ]]; then
    self_test+=(--pack "$SELF_TEST_PACK" --require-pack)
fi
ARGOS_PACKAGES_DIR="$PWD/no-packs-here" "${self_test[@]}"
ARGOS_PACKAGES_DIR="$PWD/no-packs-here" "$APP/nashra" --self-test >/dev/null  # the GUI executable
step "done"

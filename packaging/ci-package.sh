#!/usr/bin/env bash
# CI for the installer: build the one-folder app and the Linux packages, run the frozen self-test
# with a real (test) language pack, and, as root, install the .deb, self-test it from /usr/bin
# and remove it again. A change that breaks the frozen build fails here.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS=0

# A small ar->en pack with random weights and a real SentencePiece model, built by the tests'
# own fixture (the development venv .venv has ctranslate2 and sentencepiece; `make setup` made it).
PACK_DIR=build/ci-pack
rm -rf "$PACK_DIR"
mkdir -p "$PACK_DIR"
DEV_PYTHON=${DEV_PYTHON:-.venv/bin/python}
"$DEV_PYTHON" - "$PACK_DIR" <<'PY'
import sys
from pathlib import Path

from tests.fixtures.argos_pack import build_pair

ar_en, _en_ar = build_pair(Path(sys.argv[1]))
print(f"test pack: {ar_en.archive}")
PY
PACK=$(ls "$PACK_DIR"/translate-ar_en-*.argosmodel)

# xz -1: CI checks that the packages work; a release uses the default level 6.
XZ_LEVEL=${XZ_LEVEL:-1} SELF_TEST_PACK="$PWD/$PACK" make -f packaging/Makefile.inc package
echo "== package built in ${SECONDS}s; one-folder app: $(du -sh dist/nashra | cut -f1)"

if [[ $(id -u) -ne 0 ]]; then
    echo "== not root: the .deb install check is skipped"
    exit 0
fi
DEB=$(ls dist/nashra_*_amd64.deb)
echo "== apt-get install ./$DEB"
apt-get install -y -q "./$DEB" >/dev/null
status=0
QT_QPA_PLATFORM=offscreen /usr/bin/nashra-cli self-test --pack "$PWD/$PACK" --require-pack \
    || status=$?
/usr/bin/nashra --self-test >/dev/null || status=$?
if [[ $(/usr/bin/nashra-cli --version) != "nashra-cli "* ]]; then
    echo "/usr/bin/nashra-cli does not start the CLI" >&2
    status=1
fi
echo "== apt-get remove nashra"
apt-get remove -y -q nashra >/dev/null
if [[ -e /opt/nashra || -e /usr/bin/nashra || -e /usr/bin/nashra-cli ]]; then
    echo "nashra was not removed cleanly: /opt/nashra or /usr/bin links are left" >&2
    status=1
fi
echo "== packaging CI finished in ${SECONDS}s (status $status)"
exit "$status"

#!/usr/bin/env bash
# From the one-folder app in dist/nashra (packaging/build.sh) to the Linux downloads:
#   dist/nashra-VERSION-linux-x86_64.tar.xz   unpack anywhere, run nashra/nashra
#   dist/nashra_VERSION_amd64.deb              /opt/nashra, /usr/bin links, menu entry, icon, MIME
set -euo pipefail
cd "$(dirname "$0")/.."

APP=dist/nashra
[[ -x $APP/nashra && -x $APP/nashra-cli ]] || {
    echo "no $APP: run packaging/build.sh first" >&2
    exit 1
}
VERSION=$("$APP/nashra-cli" --version | awk '{print $2}')
ARCHIVE=dist/nashra-$VERSION-linux-x86_64.tar.xz
DEB=dist/nashra_${VERSION}_amd64.deb
STAGE=build/deb/nashra_${VERSION}_amd64
# xz level: 6 for releases; CI passes XZ_LEVEL=1 (it checks the packages work, not their size).
XZ_LEVEL=${XZ_LEVEL:-6}
export XZ_OPT="-$XZ_LEVEL -T0"

echo "== $ARCHIVE"
tar -C dist --owner=0 --group=0 -cJf "$ARCHIVE" nashra

echo "== $DEB"
rm -rf "$STAGE"
install -d "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/icons/hicolor/256x256/apps" "$STAGE/usr/share/icons/hicolor/scalable/apps" \
    "$STAGE/usr/share/mime/packages"
cp -a "$APP" "$STAGE/opt/nashra"
ln -s /opt/nashra/nashra "$STAGE/usr/bin/nashra"
ln -s /opt/nashra/nashra-cli "$STAGE/usr/bin/nashra-cli"  # itself a link to nashra on Linux
install -m 644 packaging/linux/nashra.desktop "$STAGE/usr/share/applications/nashra.desktop"
install -m 644 packaging/linux/nashra-mime.xml "$STAGE/usr/share/mime/packages/nashra.xml"
install -m 644 resources/icons/nashra.png "$STAGE/usr/share/icons/hicolor/256x256/apps/nashra.png"
install -m 644 resources/icons/nashra.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/nashra.svg"
install -m 755 packaging/linux/postinst packaging/linux/postrm "$STAGE/DEBIAN/"
installed_kb=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@INSTALLED_SIZE@/$installed_kb/" \
    packaging/linux/control.in > "$STAGE/DEBIAN/control"
chmod -R u+rwX,go+rX,go-w "$STAGE"
dpkg-deb --root-owner-group -Zxz "-z$XZ_LEVEL" --build "$STAGE" "$DEB" >/dev/null
rm -rf "$STAGE"
ls -l "$ARCHIVE" "$DEB"

#!/usr/bin/env bash
# Builds "dist/SOUL Desktop.app" with PyInstaller and packs it into
# dist/soul-desktop-<version>-macos.dmg with hdiutil (macOS only).
#
#     installers/macos/build-dmg.sh            # uses `python` (a venv with .[installer])
#     PYTHON=.venv/bin/python installers/macos/build-dmg.sh
#
# The .qm translations must be compiled first (`make i18n`, or pyside6-lrelease; see
# installers/README.md). Without SOUL_CODESIGN_IDENTITY the app is signed ad hoc only, so
# Gatekeeper asks the first time (right-click → Open).
set -euo pipefail

cd "$(dirname "$0")/../.."
PYTHON="${PYTHON:-python}"

if [[ "$(uname -s)" != "Darwin" ]]; then
    echo "build-dmg.sh: hdiutil and .app bundles need macOS" >&2
    exit 2
fi

VERSION="$("$PYTHON" -c 'import soul_desktop; print(soul_desktop.__version__)')"
APP="dist/SOUL Desktop.app"
DMG="dist/soul-desktop-${VERSION}-macos.dmg"

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installers/soul-desktop.spec
test -x "$APP/Contents/MacOS/soul-desktop"

# The disk image: the app next to a link to /Applications, to drag it onto.
STAGING="build/dmg"
rm -rf "$STAGING" "$DMG"
mkdir -p "$STAGING"
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"
hdiutil create -volname "SOUL Desktop ${VERSION}" -srcfolder "$STAGING" \
    -fs HFS+ -format UDZO -ov "$DMG"
hdiutil verify "$DMG"
echo "Wrote $DMG"

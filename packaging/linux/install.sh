#!/bin/sh
# Install the HIRT Desk bundle for the current user (no administrator rights needed):
#   sh install.sh [BUNDLE_FOLDER]        default: the folder of this script when it is the
#                                        bundle (as shipped), else dist/hirt-desk
#   sh install.sh --uninstall
# The program goes to ~/.local/opt/hirt-desk, a launcher to ~/.local/bin, the menu entry and
# icon to ~/.local/share. Cases and settings stay where they are (~/.local/share/HIRT Desk,
# ~/.config/HIRT Desk): reinstalling or upgrading keeps every case; uninstalling keeps them too.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
opt=$HOME/.local/opt/hirt-desk
bin=$HOME/.local/bin

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$opt"
    rm -f "$bin/hirt-desk" "$bin/hirt-desk-cli" "$data/applications/hirt-desk.desktop" \
          "$data/icons/hicolor/256x256/apps/hirt-desk.png"
    echo "HIRT Desk removed; your cases are kept in $data/HIRT Desk"
    exit 0
fi

if [ -x "$here/hirt-desk" ]; then default=$here; else default=$here/../../dist/hirt-desk; fi
bundle=${1:-$default}
[ -x "$bundle/hirt-desk" ] || { echo "no HIRT Desk bundle in $bundle (build it with ./dev package)" >&2; exit 2; }
bundle=$(cd "$bundle" && pwd)

rm -rf "$opt.new"
mkdir -p "$(dirname "$opt")" "$bin" "$data/applications" "$data/icons/hicolor/256x256/apps"
cp -R "$bundle" "$opt.new"
rm -rf "$opt"
mv "$opt.new" "$opt"                 # the old version is replaced whole, never mixed with the new
ln -sf "$opt/hirt-desk" "$bin/hirt-desk"
ln -sf "$opt/hirt-desk-cli" "$bin/hirt-desk-cli"
cp "$opt/_internal/resources/icons/hirt-desk-256.png" "$data/icons/hicolor/256x256/apps/hirt-desk.png"
sed "s|^Exec=hirt-desk\$|Exec=$opt/hirt-desk|" "$here/hirt-desk.desktop" > "$data/applications/hirt-desk.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$data/applications" || true
echo "HIRT Desk $("$opt/hirt-desk-cli" --version | awk '{print $NF}') installed in $opt"

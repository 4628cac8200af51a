#!/usr/bin/env bash
# Builds the Debian package of Attention Lab and proves that it is complete, valid and working:
#   1. a Release build in build-package/ (no tests), `cpack -G DEB` → build-package/attnlab_<version>_<arch>.deb;
#   2. `cmake --install` into a scratch prefix places every file (executable, launcher, icons, metainfo,
#      examples, translations) and nothing else; desktop-file-validate and `appstreamcli validate --no-net`
#      pass on the installed launcher and metainfo; the package holds the same files and depends on
#      fonts-noto-cjk and on the Qt libraries dpkg-shlibdeps found;
#   3. `apt-get install ./attnlab_*.deb`, then the installed /usr/bin/attnlab computes the installed waistline
#      example (output 112.50000076), exports it without a display, prints its version, and answers in
#      Chinese under LANG=zh_CN.UTF-8;
#   4. the package is removed again unless it was installed before.
# Needs root (or sudo) for apt-get. Works without a display (CI=true). Any failure stops it with exit code 1.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=build-package
id=io.github.attnlab.AttentionLab

say() { echo "package.sh: $*"; }
fail() {
  echo "package.sh: FAILED: $*" >&2
  exit 1
}

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

# 1. Build and package.
launcher=()
if command -v ccache >/dev/null; then
  export CCACHE_BASEDIR=$root
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# Warnings are not errors here: the normal build (scripts/test.sh) enforces them, and at Release's -O3 g++ 12 gives
# false -Wrestrict warnings inside std::string's operator+ (GCC bug 105329).
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DATTN_BUILD_TESTS=OFF -DATTN_WARNINGS_AS_ERRORS=OFF \
  "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$(nproc)"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "no project version in $build/CMakeCache.txt"
rm -f "$build"/attnlab_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
arch=$(dpkg --print-architecture)
deb="$build/attnlab_${version}_${arch}.deb"
[ -f "$deb" ] || fail "cpack wrote no $deb"
say "built $deb ($(du -h "$deb" | cut -f1))"

# 2. What `cmake --install` places, and the package's contents and dependencies.
scratch=$(mktemp -d)
installed_by_us=0
cleanup() {
  rm -rf "$scratch"
  if [ "$installed_by_us" -eq 1 ]; then
    say "removing the package again (it was not installed before)"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q attnlab >/dev/null
  fi
}
trap cleanup EXIT

prefix=$scratch/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null
expected=(
  bin/attnlab
  "share/applications/$id.desktop"
  "share/metainfo/$id.metainfo.xml"
  "share/icons/hicolor/scalable/apps/$id.svg"
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("share/icons/hicolor/${size}x${size}/apps/$id.png")
done
for example in resources/examples/*.json; do
  expected+=("share/attnlab/examples/$(basename "$example")")
done
for ts in resources/translations/*.ts; do
  expected+=("share/attnlab/translations/$(basename "$ts" .ts).qm")
done
(cd "$prefix" && find . -type f -o -type l | sed 's|^\./||' | sort) >"$scratch/installed.txt"
printf '%s\n' "${expected[@]}" | sort >"$scratch/expected.txt"
if ! diff -u "$scratch/expected.txt" "$scratch/installed.txt" >"$scratch/install.diff"; then
  cat "$scratch/install.diff" >&2
  fail "cmake --install placed other files than expected (- missing, + unexpected)"
fi
for size in 16 22 24 32 48 64 128 256; do
  file -b "$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png" | grep -q "PNG image data, $size x $size," ||
    fail "the ${size}x${size} icon is not a $size × $size PNG"
done
say "cmake --install: all ${#expected[@]} files in place"

desktop-file-validate "$prefix/share/applications/$id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$prefix/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
say "desktop-file-validate and appstreamcli validate passed"

dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $NF}' | sed 's|^\./usr/||' | sort >"$scratch/packaged.txt"
diff -u "$scratch/expected.txt" "$scratch/packaged.txt" >&2 || fail "the .deb holds other files than cmake --install"
depends=$(dpkg-deb -f "$deb" Depends)
say "Depends: $depends"
for package in fonts-noto-cjk libqt6widgets6 libqt6svg6 libqcustomplot2.1-qt6; do
  grep -q "\b$package\b" <<<"$depends" || fail "Depends lacks $package"
done

# 3. Install the package the way a user does, and run what it installed.
if dpkg-query -W -f='${Status}' attnlab 2>/dev/null | grep -q "install ok installed"; then
  say "attnlab $(dpkg-query -W -f='${Version}' attnlab) was installed before: replacing it, and leaving it installed"
else
  installed_by_us=1
fi
export DEBIAN_FRONTEND=noninteractive
if ! $sudo apt-get install -y -q "$root/$deb"; then
  say "apt-get install failed; updating the package lists and trying again"
  $sudo apt-get update -q
  $sudo apt-get install -y -q "$root/$deb"
fi
[ "$(dpkg-query -W -f='${Version}' attnlab)" = "$version" ] || fail "dpkg does not list attnlab $version"

[ -x /usr/bin/attnlab ] || fail "no /usr/bin/attnlab"
example=/usr/share/attnlab/examples/waistline.json
[ -f "$example" ] || fail "no $example"
json=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/attnlab compute "$example")
output=$(tr -d ' \n' <<<"$json" | sed -n 's/.*"outputs":\[\[\([-0-9.e+]*\)\]\].*/\1/p')
[ -n "$output" ] || fail "attnlab compute printed no outputs: $json"
awk -v x="$output" 'BEGIN { d = x - 112.50000076; exit !(d < 5e-9 && d > -5e-9) }' ||
  fail "attnlab compute $example gave the output $output, expected 112.50000076"
say "installed attnlab compute $example: output $output (expected 112.50000076)"

env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM /usr/bin/attnlab export "$example" --out "$scratch/export" \
  --format png,svg
file -b "$scratch/export/weights.png" | grep -q "PNG image data" || fail "attnlab export wrote no weights.png"
say "installed attnlab export without a display: $(ls "$scratch/export" | wc -l) files"

printed=$(/usr/bin/attnlab --version)
[ "$printed" = "attnlab $version" ] || fail "attnlab --version printed \"$printed\", expected \"attnlab $version\""
say "installed attnlab --version: $printed"

# The translations: under a Chinese locale the installed program speaks Chinese (here: a file error on stderr).
qm=/usr/share/attnlab/translations/attnlab_zh_CN.qm
[ -s "$qm" ] || fail "no $qm"
english=$(env LC_ALL= LC_MESSAGES= LANGUAGE= LANG=C.UTF-8 /usr/bin/attnlab compute "$scratch/missing.json" 2>&1 >/dev/null || true)
chinese=$(env LC_ALL= LC_MESSAGES= LANGUAGE= LANG=zh_CN.UTF-8 /usr/bin/attnlab compute "$scratch/missing.json" 2>&1 >/dev/null || true)
/usr/bin/python3 -c 'import sys; sys.exit(not any("\u4e00" <= c <= "\u9fff" for c in sys.argv[1]))' "$chinese" ||
  fail "LANG=zh_CN.UTF-8 attnlab compute gave no Chinese message: $chinese"
say "installed translation: LANG=C: $english"
say "                       LANG=zh_CN.UTF-8: $chinese"
for file in "${expected[@]}"; do
  [ -e "/usr/$file" ] || fail "the installed package lacks /usr/$file"
done
say "all passed"

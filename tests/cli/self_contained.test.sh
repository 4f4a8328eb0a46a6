#!/usr/bin/env bash
# The binary is self-contained (issue 13, item 3): copied alone into an empty folder, `init` then `build` make a site
# with the widget in it; no path of the checkout or the build folder is in the binary; `--templates DIR` still
# overrides the built-in templates; `cmake --install` and `cpack -G DEB` package it.
# Run by ctest as: bash self_contained.test.sh BINARY SOURCE_DIR BUILD_DIR.
set -uo pipefail
bin=$(realpath "$1") src=$(realpath "$2") build=$(realpath "$3")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# No path of the machine that built it: not the checkout, not the build folder.
for path in "$src" "$build"; do
  if grep -q -a -F "$path" "$bin"; then fail "the binary contains the path $path: $(grep -a -o -F "$path[^[:cntrl:]]*" "$bin" | head -3)"; fi
done
if command -v strings >/dev/null 2>&1; then
  ! strings "$bin" | grep -q -F "$src" || fail "strings finds $src in the binary"
fi

# Alone in an empty folder, with an environment that names nothing of the checkout.
mkdir -p "$work/bin" "$work/run"
cp "$bin" "$work/bin/complaints-site"
lone=$work/bin/complaints-site
run() { (cd "$work/run" && env -i PATH=/usr/bin:/bin HOME="$work" "$@"); }
run "$lone" init vale --name "Vale Homes" >"$work/init.out" 2>&1 || fail "init failed: $(cat "$work/init.out")"
for f in content/site.json content/policy.md .gitignore; do [ -s "$work/run/vale/$f" ] || fail "init did not write $f"; done
cmp -s "$work/run/vale/.gitignore" "$src/templates/init/gitignore" || fail ".gitignore is not templates/init/gitignore"
# What a complaints officer does next: replace the placeholders init wrote (build refuses to publish them).
sed -i -e 's/03069 990000/0300 123 4567/g' -e 's/complaints@example\.org/complaints@vale-homes.org.uk/g' \
  -e 's#https://www\.example\.org/#https://www.vale-homes.org.uk/#g' -e 's/CHANGE THIS: //g' \
  "$work/run/vale/content/site.json" "$work/run/vale/content/policy.md"
(cd "$work/run/vale" && env -i PATH=/usr/bin:/bin HOME="$work" "$lone" build --today 2026-11-24 --search off) \
  >"$work/build.out" 2>&1 || fail "build failed: $(tail -5 "$work/build.out")"
site=$work/run/vale/public
for page in index.html policy/index.html deadlines/index.html make-a-complaint/index.html; do
  [ -s "$site/$page" ] || fail "no $page"
done
if [ -f "$build/wasm/widget.js" ]; then
  # Built with the widget (CS_WASM): it is in the binary, byte for byte.
  for f in widget.js widget.wasm widget.css; do
    cmp -s "$site/widget/$f" "$build/wasm/$f" || fail "public/widget/$f is not the built $f"
  done
  ls "$site"/assets/widget.*.wasm >/dev/null 2>&1 || fail "no hashed widget.wasm for the site's own pages"
  grep -q 'src="/assets/widget\.[0-9a-f]*\.js"' "$site/make-a-complaint/index.html" || fail "the walkthrough page does not load the widget"
  # The calculator page loads the calculator alone (widget-deadlines.js and its own wasm), compiled in as built.
  grep -q 'src="/assets/widget-deadlines\.[0-9a-f]*\.js" defer data-wasm="/assets/widget-deadlines\.[0-9a-f]*\.wasm"' \
    "$site/deadlines/index.html" || fail "the calculator page does not load widget-deadlines.js"
  cmp -s "$site"/assets/widget-deadlines.*.wasm "$build/wasm/widget-deadlines.wasm" || fail "assets/widget-deadlines.*.wasm is not the built one"
  ! grep -q "build.widget" "$work/build.out" || fail "build warned about the widget: $(grep build.widget "$work/build.out")"
else
  # Built without it: the site works without JavaScript and build says why there is no calculator.
  [ ! -e "$site/widget" ] || fail "a widget/ folder without a built widget"
  grep -q "\[build.widget.missing\]" "$work/build.out" || fail "no build.widget.missing warning without the widget"
fi

# --templates DIR replaces the built-in templates (a copy with a marked layout).
cp -r "$src/templates" "$work/templates"
sed -i 's|<main id="main-content"|<main data-from-templates-option id="main-content"|' "$work/templates/layout.mustache"
grep -q "data-from-templates-option" "$work/templates/layout.mustache" || fail "could not mark the copied layout"
(cd "$work/run/vale" && "$lone" build --today 2026-11-24 --search off --out other --templates "$work/templates") \
  >"$work/other.out" 2>&1 || fail "build --templates failed: $(tail -5 "$work/other.out")"
grep -q "data-from-templates-option" "$work/run/vale/other/index.html" || fail "--templates DIR was not used"
! grep -q "data-from-templates-option" "$site/index.html" || fail "the built-in layout has the marker"
(cd "$work/run/vale" && "$lone" build --out third --templates "$work/nowhere") >"$work/third.out" 2>&1
[ $? -eq 2 ] || fail "build --templates with a missing folder did not exit 2"

# The schemas are built in too: schema-docs from the lone binary writes the published reference.
run "$lone" schema-docs >"$work/schemas.md" 2>/dev/null || fail "schema-docs failed"
cmp -s "$work/schemas.md" "$src/docs/content-reference-schemas.md" || fail "schema-docs differs from docs/content-reference-schemas.md"

# cmake --install puts the binary and its docs under a prefix; cpack -G DEB makes a package of them.
if [ -f "$build/cmake_install.cmake" ]; then
  cmake --install "$build" --prefix "$work/prefix" >"$work/install.out" 2>&1 || fail "cmake --install failed: $(tail -5 "$work/install.out")"
  [ -x "$work/prefix/bin/complaints-site" ] || fail "cmake --install did not install bin/complaints-site"
  [ -f "$work/prefix/share/doc/complaints-site/README.md" ] || fail "cmake --install did not install the README"
  [ -f "$work/prefix/share/doc/complaints-site/docs/getting-started.md" ] || fail "cmake --install did not install docs/"
  "$work/prefix/bin/complaints-site" --version | grep -q "^complaints-site " || fail "the installed binary does not run"
  if command -v cpack >/dev/null 2>&1 && command -v dpkg-deb >/dev/null 2>&1; then
    (cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/package") >"$work/cpack.out" 2>&1 ||
      fail "cpack -G DEB failed: $(tail -5 "$work/cpack.out")"
    deb=$(ls "$work"/package/complaints-site_*.deb 2>/dev/null | head -1)
    [ -n "$deb" ] || fail "cpack made no complaints-site_*.deb: $(ls "$work/package")"
    dpkg-deb -c "$deb" >"$work/deb.list" || fail "dpkg-deb cannot read $deb"
    grep -q '\./usr/bin/complaints-site$' "$work/deb.list" || fail "the .deb has no /usr/bin/complaints-site"
    grep -q '\./usr/share/doc/complaints-site/README.md$' "$work/deb.list" || fail "the .deb has no README"
    dpkg-deb -f "$deb" Depends | grep -q "libcmark-gfm" || fail "the .deb does not depend on libcmark-gfm"
  else
    echo "note: cpack or dpkg-deb is not installed; the .deb was not made"
  fi
fi
echo "ok"

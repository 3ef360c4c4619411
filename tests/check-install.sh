#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# `meson install` into a temporary DESTDIR: exactly the expected files, and
# the installed binary validates the installed demo dataset and exports a
# chart from it. Speaks TAP.
set -u
build=$1
version=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
pass () { n=$((n + 1)); echo "ok $n - $1"; }
fail () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
diag () { sed 's/^/# /' "$1"; }

echo "1..7"
if meson install -C "$build" --destdir "$tmp/root" --no-rebuild --quiet >"$tmp/out" 2>&1; then
  pass "meson install into a DESTDIR"
else
  fail "meson install into a DESTDIR"; diag "$tmp/out"
  exit 1
fi

bin=$(find "$tmp/root" -path '*/bin/qingshan' -type f | head -n 1)
prefix=$(dirname "$(dirname "$bin")")
# The library folder varies (lib, lib64, lib/x86_64-linux-gnu): call it LIBDIR.
(cd "$prefix" && find . -type f | sed -e 's|^\./||' -e 's|^lib[^ ]*/qingshan/|LIBDIR/qingshan/|' | sort) >"$tmp/files"
cat >"$tmp/expected" <<'LIST'
LIBDIR/qingshan/libqingshan-ui.so
bin/qingshan
share/applications/io.github.qingshan.Qingshan.desktop
share/glib-2.0/schemas/io.github.qingshan.Qingshan.gschema.xml
share/icons/hicolor/scalable/apps/io.github.qingshan.Qingshan.svg
share/icons/hicolor/symbolic/apps/io.github.qingshan.Qingshan-symbolic.svg
share/locale/zh_CN/LC_MESSAGES/qingshan.mo
share/locale/zh_TW/LC_MESSAGES/qingshan.mo
share/metainfo/io.github.qingshan.Qingshan.metainfo.xml
share/mime/packages/io.github.qingshan.Qingshan.xml
share/qingshan/demo/jiangxi.json
LIST
if diff -u "$tmp/expected" "$tmp/files" >"$tmp/out"; then
  pass "the installed files are the expected ones"
else
  fail "the installed files are the expected ones"; diag "$tmp/out"
fi

if [ "$("$bin" --version 2>&1)" = "qingshan $version" ]; then
  pass "the installed binary reports version $version"
else
  fail "the installed binary reports version $version"
fi

demo=$prefix/share/qingshan/demo/jiangxi.json
if "$bin" --validate "$demo" >"$tmp/out" 2>&1 && grep -q ': valid$' "$tmp/out"; then
  pass "the installed binary validates the installed demo dataset"
else
  fail "the installed binary validates the installed demo dataset"; diag "$tmp/out"
fi

if "$bin" --export "$tmp/chart.png" --chart air.pm25_annual.trend "$demo" >"$tmp/out" 2>&1 &&
   [ "$(head -c 8 "$tmp/chart.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ]; then
  pass "the installed binary exports a chart of the demo dataset as PNG"
else
  fail "the installed binary exports a chart of the demo dataset as PNG"; diag "$tmp/out"
fi
# The installed program looks for its user interface where it was installed
# (here inside DESTDIR, so it names the path without finding it); given the
# installed module, it loads it, and without a display the message is then
# the toolkit's.
module=$(find "$tmp/root" -name libqingshan-ui.so | head -n 1)
nodisplay=(env -u DISPLAY -u WAYLAND_DISPLAY GDK_BACKEND=x11 QINGSHAN_DATADIR="$prefix/share/qingshan")
"${nodisplay[@]}" "$bin" "$demo" >"$tmp/out" 2>&1
if [ -n "$module" ] && grep -qF "${module#"$tmp/root"}" "$tmp/out"; then
  pass "the installed binary looks for the user interface module where it was installed"
else
  fail "the installed binary looks for the user interface module where it was installed"; diag "$tmp/out"
fi
"${nodisplay[@]}" QINGSHAN_UI_MODULE="$module" "$bin" "$demo" >"$tmp/out" 2>&1
if ! grep -q 'user interface' "$tmp/out" && grep -qi 'display' "$tmp/out"; then
  pass "the installed binary loads the installed user interface module"
else
  fail "the installed binary loads the installed user interface module"; diag "$tmp/out"
fi
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# Checks the files that describe Qingshan to the desktop, to software centres
# and to Flatpak, with the validators that work offline. Speaks TAP.
#
#   tests/check-data-files.sh SOURCE_ROOT BUILD_ROOT
#
# The desktop file and the AppStream metainfo are checked as merged into the
# build folder (translations filled in by i18n.merge_file). A check is skipped
# only when its tool is not installed.
set -u

src=${1:?usage: check-data-files.sh SOURCE_ROOT BUILD_ROOT}
build=${2:?usage: check-data-files.sh SOURCE_ROOT BUILD_ROOT}

app_id=io.github.qingshan.Qingshan
desktop=$build/data/$app_id.desktop
metainfo=$build/data/$app_id.metainfo.xml
mime=$src/data/$app_id.mime.xml
manifest=$src/flatpak/$app_id.json
options=$src/meson_options.txt
icon=$src/icons/hicolor/scalable/apps/$app_id.svg
symbolic=$src/icons/hicolor/symbolic/apps/$app_id-symbolic.svg
mime_type=application/x-qingshan-dataset+json

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "1..11"
n=0
failed=0

have () { command -v "$1" >/dev/null 2>&1; }

# Every line of a tool's output as a TAP comment.
diag () { [ -s "$1" ] && sed 's/^/# /' "$1"; return 0; }

pass () { n=$((n + 1)); echo "ok $n - $1"; }
fail () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
skip () { n=$((n + 1)); echo "ok $n # SKIP $1"; }

# run DESCRIPTION COMMAND...: passes when COMMAND exits 0.
run () {
  local what=$1; shift
  if "$@" >"$tmp/out" 2>&1; then
    pass "$what"
  else
    fail "$what"
  fi
  diag "$tmp/out"
}

# 1. Desktop file. desktop-file-validate exits non-zero on errors only, so a
#    warning fails the check too; hints are shown but pass.
if ! have desktop-file-validate; then
  skip "desktop file: desktop-file-validate is not installed"
elif [ ! -f "$desktop" ]; then
  fail "desktop file: $desktop was not built"
elif desktop-file-validate "$desktop" >"$tmp/out" 2>&1 && ! grep -q ': \(error\|warning\): ' "$tmp/out"; then
  pass "desktop-file-validate $app_id.desktop"; diag "$tmp/out"
else
  fail "desktop-file-validate $app_id.desktop"; diag "$tmp/out"
fi

# 2. AppStream metainfo: errors and warnings fail, infos and pedantic notes pass.
if ! have appstreamcli; then
  skip "metainfo: appstreamcli is not installed"
elif [ ! -f "$metainfo" ]; then
  fail "metainfo: $metainfo was not built"
else
  run "appstreamcli validate --no-net $app_id.metainfo.xml" appstreamcli validate --no-net "$metainfo"
fi

# 3. GSettings schema.
if ! have glib-compile-schemas; then
  skip "schema: glib-compile-schemas is not installed"
else
  run "glib-compile-schemas --strict --dry-run data" glib-compile-schemas --strict --dry-run "$src/data"
fi

# 4. Shared MIME info: well-formed, and valid against the DTD that
#    shared-mime-info ships inside its own package file.
freedesktop_xml=/usr/share/mime/packages/freedesktop.org.xml
if ! have xmllint; then
  skip "mime: xmllint is not installed"
elif [ -f "$freedesktop_xml" ]; then
  sed -n '/<!DOCTYPE mime-info \[/,/^\]>/p' "$freedesktop_xml" | sed '1d;$d' >"$tmp/mime.dtd"
  if [ -s "$tmp/mime.dtd" ]; then
    run "xmllint --dtdvalid shared-mime-info $app_id.mime.xml" xmllint --noout --dtdvalid "$tmp/mime.dtd" "$mime"
  else
    run "xmllint --noout $app_id.mime.xml (no DTD found in $freedesktop_xml)" xmllint --noout "$mime"
  fi
else
  run "xmllint --noout $app_id.mime.xml" xmllint --noout "$mime"
fi

# 5. The MIME type is recognised by name and by content once installed.
if ! have update-mime-database || ! have gio || [ ! -f "$freedesktop_xml" ]; then
  skip "mime detection: update-mime-database, gio or shared-mime-info is not installed"
else
  mkdir -p "$tmp/share/mime/packages" "$tmp/home"
  cp "$freedesktop_xml" "$tmp/share/mime/packages/"
  cp "$mime" "$tmp/share/mime/packages/$app_id.xml"
  printf '{"format": "qingshan-dataset", "version": 1}\n' >"$tmp/spaced.json"
  printf '{"format":"qingshan-dataset","version":1}\n' >"$tmp/compact.json"
  printf '{"version": 1}\n' >"$tmp/named.qingshan.json"
  printf '{"format": "other"}\n' >"$tmp/plain.json"
  ok=1
  if update-mime-database "$tmp/share/mime" >"$tmp/out" 2>&1; then
    for f in spaced.json compact.json named.qingshan.json plain.json; do
      want=$mime_type
      [ "$f" = plain.json ] && want=application/json
      got=$(env XDG_DATA_DIRS="$tmp/share" XDG_DATA_HOME="$tmp/home" \
              gio info -a standard::content-type "$tmp/$f" 2>&1 | sed -n 's/.*standard::content-type: //p')
      echo "$f: $got" >>"$tmp/out"
      [ "$got" = "$want" ] || { ok=0; echo "$f: expected $want" >>"$tmp/out"; }
    done
  else
    ok=0
  fi
  if [ $ok = 1 ]; then pass "mime type detected by glob and by magic"; else fail "mime type detected by glob and by magic"; diag "$tmp/out"; fi
fi

# 6–8. Flatpak manifest, without network.
if have flatpak-builder; then
  if flatpak-builder --show-manifest "$manifest" >"$tmp/manifest.json" 2>"$tmp/out"; then
    pass "flatpak-builder --show-manifest parses the manifest"
  else
    fail "flatpak-builder --show-manifest parses the manifest"; diag "$tmp/out"
    cp "$manifest" "$tmp/manifest.json"
  fi
elif have python3; then
  cp "$manifest" "$tmp/manifest.json"
  run "manifest is JSON (flatpak-builder is not installed)" python3 -m json.tool "$manifest" /dev/null
else
  skip "manifest: neither flatpak-builder nor python3 is installed"
fi

if ! have python3; then
  skip "manifest contents: python3 is not installed"
  skip "manifest sources: python3 is not installed"
else
  # Prints one line per problem; the check passes when there is none.
  python3 - "$tmp/manifest.json" "$options" "$app_id" >"$tmp/out" 2>&1 <<'EOF'
import json, re, sys
path, options_path, app_id = sys.argv[1:4]
try:
    m = json.load(open(path, encoding="utf-8"))
except ValueError as e:
    print("manifest does not parse:", e); sys.exit(1)
problems = []
if m.get("id", m.get("app-id")) != app_id:
    problems.append("id is %r, not %r" % (m.get("id", m.get("app-id")), app_id))
if m.get("command") != "qingshan":
    problems.append("command is %r, not 'qingshan'" % m.get("command"))
wanted = {"--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"}
got = m.get("finish-args", [])
if set(got) != wanted or len(got) != len(wanted):
    extra = sorted(set(got) - wanted)
    missing = sorted(wanted - set(got))
    problems.append("finish-args differ: extra %s, missing %s%s" % (
        extra, missing, ", duplicates" if len(got) != len(set(got)) else ""))
# Meson's own options, which are not in meson_options.txt.
MESON_BUILTINS = {"prefix", "bindir", "datadir", "includedir", "libdir", "libexecdir",
                  "localedir", "localstatedir", "mandir", "sysconfdir", "buildtype",
                  "debug", "optimization", "strip", "werror", "warning_level",
                  "default_library", "wrap_mode", "c_args", "c_link_args", "c_std"}
known = set(re.findall(r"""option\(\s*['"]([^'"]+)['"]""", open(options_path, encoding="utf-8").read()))
def modules(ms):
    for mod in ms:
        if isinstance(mod, dict):
            yield mod
            yield from modules(mod.get("modules", []))
for mod in modules(m.get("modules", [])):
    for opt in mod.get("config-opts", []):
        if opt.startswith("-D"):
            name = opt[2:].split("=", 1)[0]
            builtin = name.startswith("b_") or ":" in name or name in MESON_BUILTINS
            if mod.get("name") == "qingshan" and name not in known and not builtin:
                problems.append("module %s: config-opt %s names no option in meson_options.txt" % (mod.get("name"), opt))
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
EOF
  if [ $? = 0 ]; then pass "manifest: id, command, finish-args, meson options"; else fail "manifest: id, command, finish-args, meson options"; fi
  diag "$tmp/out"

  # Everything fetched from the network is pinned: archives, files and
  # extra-data by sha256, git sources by commit. Local sources (dir, a patch or
  # file by path, script, shell, inline) need nothing.
  python3 - "$tmp/manifest.json" >"$tmp/out" 2>&1 <<'EOF'
import json, sys
m = json.load(open(sys.argv[1], encoding="utf-8"))
bad = []
def modules(ms):
    for mod in ms:
        if isinstance(mod, dict):
            yield mod
            yield from modules(mod.get("modules", []))
for mod in modules(m.get("modules", [])):
    for s in mod.get("sources", []):
        if not isinstance(s, dict) or s.get("type") == "dir":
            continue
        where = s.get("url", s.get("path", s.get("dest-filename", "?")))
        if s.get("type") in ("git", "bzr", "svn"):
            if s.get("url") and not (s.get("commit") or s.get("revision")):
                bad.append("module %s: %s source %s is not pinned to a commit" % (mod.get("name"), s.get("type"), where))
        elif (s.get("url") or s.get("mirror-urls")) and not s.get("sha256"):
            bad.append("module %s: %s source %s has no sha256" % (mod.get("name"), s.get("type"), where))
for b in bad:
    print(b)
sys.exit(1 if bad else 0)
EOF
  if [ $? = 0 ]; then pass "manifest: every downloaded source is pinned (sha256, git commit)"; else fail "manifest: every downloaded source is pinned (sha256, git commit)"; fi
  diag "$tmp/out"
fi

# 9. Icons: well-formed SVG; the symbolic one drawn in #2e3436 only.
if ! have xmllint; then
  skip "icons: xmllint is not installed"
else
  : >"$tmp/out"
  ok=1
  for f in "$icon" "$symbolic"; do
    xmllint --noout "$f" >>"$tmp/out" 2>&1 || ok=0
  done
  other=$(grep -oiE '#[0-9a-f]{6}\b|#[0-9a-f]{3}\b' "$symbolic" 2>/dev/null | grep -vix '#2e3436' | sort -u)
  [ -z "$other" ] || { ok=0; echo "symbolic icon uses colours other than #2e3436: $other" >>"$tmp/out"; }
  if [ $ok = 1 ]; then pass "icons are well-formed SVG, the symbolic one in #2e3436 only"; else fail "icons are well-formed SVG, the symbolic one in #2e3436 only"; diag "$tmp/out"; fi
fi

# 10. The files agree with each other: the icon the desktop file names exists,
#     it claims the dataset type, the metainfo launches it.
: >"$tmp/out"
ok=1
desktop_in=$src/data/$app_id.desktop.in
metainfo_in=$src/data/$app_id.metainfo.xml.in
grep -qx "Icon=$app_id" "$desktop_in" && [ -f "$icon" ] || { ok=0; echo "Icon= is not $app_id or $icon is missing" >>"$tmp/out"; }
grep -q "^MimeType=.*$mime_type;" "$desktop_in" || { ok=0; echo "MimeType= lacks $mime_type" >>"$tmp/out"; }
grep -q "<mime-type type=\"$mime_type\">" "$mime" || { ok=0; echo "$mime does not define $mime_type" >>"$tmp/out"; }
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo_in" || { ok=0; echo "metainfo does not launch $app_id.desktop" >>"$tmp/out"; }
grep -q "<id>$app_id</id>" "$metainfo_in" || { ok=0; echo "metainfo id is not $app_id" >>"$tmp/out"; }
if [ $ok = 1 ]; then pass "desktop file, metainfo, mime type and icon agree"; else fail "desktop file, metainfo, mime type and icon agree"; diag "$tmp/out"; fi

# 11. The release in the metainfo is the project's version.
version=$(sed -n "s/^ *version: *'\([^']*\)'.*/\1/p" "$src/meson.build" | head -n 1)
if grep -q "<release version=\"$version\"" "$metainfo_in"; then
  pass "metainfo has a release for version $version"
else
  fail "metainfo has a release for version $version"
  echo "# add <release version=\"$version\" date=\"YYYY-MM-DD\"> to $metainfo_in"
fi

[ $n = 11 ] || echo "# planned 11 checks, ran $n"
exit $((failed > 0))

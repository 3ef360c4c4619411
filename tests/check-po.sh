#!/usr/bin/env bash
# Checks the translations in po/ against the sources, as a TAP test.
#
#   tests/check-po.sh [SOURCE_ROOT]
#
# For every language in po/LINGUAS:
#   1. msgfmt --check accepts the .po file;
#   2. every message is translated and none is fuzzy;
#   3. the .po file has exactly the messages (msgctxt, msgid, msgid_plural) of
#      a template made now from the files in po/POTFILES.in, with the options
#      of meson's i18n.gettext(preset: 'glib'). This is what fails when a
#      source string is added or changed without updating the translations:
#      run `meson compile -C BUILD qingshan-update-po`, translate, and commit
#      the .po files (not qingshan.pot).
# Obsolete (#~) entries do not count.

set -u
export LC_ALL=C.UTF-8

srcdir=${1:-$(cd "$(dirname "$0")/.." && pwd)}
podir=$srcdir/po
domain=qingshan

tmp=$(mktemp -d "${TMPDIR:-/tmp}/check-po.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

n=0
failed=0
ok () { n=$((n + 1)); echo "ok $n - $1"; }
not_ok () { n=$((n + 1)); failed=$((failed + 1)); echo "not ok $n - $1"; }
# Prints the lines of a file as TAP diagnostics, at most 40 of them.
diag () {
  local total
  total=$(wc -l < "$1")
  head -n 40 "$1" | sed 's/^/#   /'
  if [ "$total" -gt 40 ]; then echo "#   … and $((total - 40)) more"; fi
}

# Writes one line per message of a PO file or template to $2: msgctxt, msgid
# and msgid_plural in PO notation, separated by " | ". Skips the header and
# obsolete entries. Fails, with gettext's message in $tmp/keys.log, if the
# file cannot be read.
keys () {
  msgattrib --no-obsolete --no-wrap --no-location "$1" > "$tmp/keys.po" 2> "$tmp/keys.log" || return 1
  awk '
    function flush() {
      if (have && !(id == "\"\"" && ctx == "")) print ctx " | " id " | " plural
      have = 0; ctx = ""; id = ""; plural = ""; field = ""
    }
    # Joins "abc" "def" into "abcdef".
    function join(a, b) { return a == "" ? b : substr(a, 1, length(a) - 1) substr(b, 2) }
    /^msgctxt /      { flush(); ctx = substr($0, 9); field = "ctx"; next }
    /^msgid_plural / { plural = substr($0, 14); field = "plural"; next }
    /^msgid /        { if (field != "ctx") flush(); id = substr($0, 7); field = "id"; have = 1; next }
    /^msgstr/        { field = "str"; next }
    /^"/ {
      if (field == "ctx") ctx = join(ctx, $0)
      else if (field == "id") id = join(id, $0)
      else if (field == "plural") plural = join(plural, $0)
      next
    }
    END { flush() }
  ' "$tmp/keys.po" | LC_ALL=C sort -u > "$2"
}

langs=()
if [ -f "$podir/LINGUAS" ]; then
  read -r -a langs <<< "$(sed 's/#.*//' "$podir/LINGUAS" | tr '\n' ' ')"
fi
for tool in xgettext msgfmt msgattrib; do
  if ! command -v "$tool" > /dev/null; then
    echo "Bail out! $tool is not installed (Debian package gettext)"
    exit 1
  fi
done
if [ ${#langs[@]} -eq 0 ]; then
  echo "1..1"
  echo "not ok 1 - po/LINGUAS lists no language"
  exit 1
fi
echo "1..$((1 + 3 * ${#langs[@]}))"

# The template, from the sources as they are now.
grep -v '^[[:space:]]*#' "$podir/POTFILES.in" | sed 's/[[:space:]]*$//' | grep -v '^$' > "$tmp/POTFILES"
missing_files=$(cd "$srcdir" && while read -r f; do [ -e "$f" ] || echo "$f"; done < "$tmp/POTFILES")
if [ -n "$missing_files" ]; then
  not_ok "template: po/POTFILES.in lists files that do not exist"
  echo "$missing_files" | sed 's/^/#   /'
elif ! xgettext --package-name="$domain" --directory="$srcdir" --files-from="$tmp/POTFILES" \
        --output="$tmp/$domain.pot" \
        --from-code=UTF-8 --add-comments \
        --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
        --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
        --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
        --flag=g_dngettext:2:pass-c-format \
        --flag=g_strdup_printf:1:c-format --flag=g_string_printf:2:c-format \
        --flag=g_string_append_printf:2:c-format --flag=g_error_new:3:c-format \
        --flag=g_set_error:4:c-format --flag=g_markup_printf_escaped:1:c-format \
        --flag=g_log:3:c-format --flag=g_print:1:c-format --flag=g_printerr:1:c-format \
        --flag=g_printf:1:c-format --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format \
        --flag=g_snprintf:3:c-format \
        2> "$tmp/xgettext.log"; then
  not_ok "template: xgettext failed"
  diag "$tmp/xgettext.log"
else
  if ! keys "$tmp/$domain.pot" "$tmp/pot.keys"; then
    not_ok "template: cannot read the template xgettext made"
    diag "$tmp/keys.log"
    rm -f "$tmp/pot.keys"
  elif [ -s "$tmp/pot.keys" ]; then
    ok "template: $(wc -l < "$tmp/pot.keys") messages from $(wc -l < "$tmp/POTFILES") files in po/POTFILES.in"
  else
    not_ok "template: xgettext found no messages"
  fi
fi

for lang in "${langs[@]}"; do
  po=$podir/$lang.po
  if [ ! -f "$po" ]; then
    not_ok "$lang: msgfmt --check (po/$lang.po does not exist)"
    not_ok "$lang: complete (po/$lang.po does not exist)"
    not_ok "$lang: matches the sources (po/$lang.po does not exist)"
    continue
  fi

  # (a) msgfmt --check: syntax, header, format strings against the msgid.
  if msgfmt --check --statistics -o /dev/null "$po" 2> "$tmp/msgfmt.log"; then
    ok "$lang: msgfmt --check ($(tail -n 1 "$tmp/msgfmt.log"))"
  else
    not_ok "$lang: msgfmt --check"
    diag "$tmp/msgfmt.log"
  fi

  # (b) No untranslated and no fuzzy message.
  if ! msgattrib --untranslated "$po" > "$tmp/untranslated.po" 2> "$tmp/keys.log" ||
     ! keys "$tmp/untranslated.po" "$tmp/untranslated" ||
     ! msgattrib --only-fuzzy "$po" > "$tmp/fuzzy.po" 2> "$tmp/keys.log" ||
     ! keys "$tmp/fuzzy.po" "$tmp/fuzzy"; then
    not_ok "$lang: complete (cannot read po/$lang.po)"
    diag "$tmp/keys.log"
    not_ok "$lang: matches the sources (cannot read po/$lang.po)"
    continue
  fi
  if awk '/^msgid ""/ { exit } /^#,.*fuzzy/ { f = 1 } END { exit !f }' "$po"; then
    echo "(the header is fuzzy)" >> "$tmp/fuzzy"
  fi
  if [ ! -s "$tmp/untranslated" ] && [ ! -s "$tmp/fuzzy" ]; then
    ok "$lang: complete, no untranslated or fuzzy message"
  else
    not_ok "$lang: $(wc -l < "$tmp/untranslated") untranslated, $(wc -l < "$tmp/fuzzy") fuzzy"
    if [ -s "$tmp/untranslated" ]; then echo "# untranslated (msgctxt | msgid | msgid_plural):"; diag "$tmp/untranslated"; fi
    if [ -s "$tmp/fuzzy" ]; then echo "# fuzzy (msgctxt | msgid | msgid_plural):"; diag "$tmp/fuzzy"; fi
  fi

  # (c) Same messages as the template made from the sources.
  if [ ! -f "$tmp/pot.keys" ]; then
    not_ok "$lang: matches the sources (no template)"
    continue
  fi
  if ! keys "$po" "$tmp/po.keys"; then
    not_ok "$lang: matches the sources (cannot read po/$lang.po)"
    diag "$tmp/keys.log"
    continue
  fi
  LC_ALL=C comm -23 "$tmp/pot.keys" "$tmp/po.keys" > "$tmp/missing"
  LC_ALL=C comm -13 "$tmp/pot.keys" "$tmp/po.keys" > "$tmp/extra"
  if [ ! -s "$tmp/missing" ] && [ ! -s "$tmp/extra" ]; then
    ok "$lang: matches the sources ($(wc -l < "$tmp/po.keys") messages)"
  else
    not_ok "$lang: $(wc -l < "$tmp/missing") message(s) of the sources missing, $(wc -l < "$tmp/extra") not in the sources; run meson compile -C BUILD $domain-update-po and translate"
    if [ -s "$tmp/missing" ]; then echo "# in the sources, not in po/$lang.po (msgctxt | msgid | msgid_plural):"; diag "$tmp/missing"; fi
    if [ -s "$tmp/extra" ]; then echo "# in po/$lang.po, not in the sources:"; diag "$tmp/extra"; fi
  fi
done

[ "$failed" -eq 0 ]

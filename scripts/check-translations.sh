#!/usr/bin/env bash
# Checks that every translatable text of core/, ui/ and app/ has a finished translation in every .ts file of
# resources/translations/ (the test translations_complete; also run by hand after editing texts).
# Usage: scripts/check-translations.sh [LUPDATE] [SOURCE_DIR]
# It runs lupdate on a copy of each .ts (so a text added to the code but not yet to the .ts counts as
# unfinished), lists each unfinished text with its context, and exits 1 if there is any.
set -euo pipefail

lupdate=${1:-/usr/lib/qt6/bin/lupdate}
root=${2:-$(cd "$(dirname "$0")/.." && pwd)}
cd "$root"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

# lupdate reads "\u221ad" as one five-digit escape (C++ reads \u221a and then "d"), so the text it extracts differs
# from the one the program asks for and the translation is never found. Write such characters in UTF-8.
if grep -rnE --include='*.cpp' --include='*.h' '\\u[0-9a-fA-F]{4}[0-9a-fA-F]' core ui app > "$work/escapes"; then
  echo "check-translations: a \\u escape followed by a hex digit (lupdate misreads it; write the character):"
  cat "$work/escapes"
  status=1
fi

for ts in resources/translations/*.ts; do
  copy="$work/$(basename "$ts")"
  cp "$ts" "$copy"
  "$lupdate" -silent -no-obsolete -locations relative -tr-function-alias QT_TRANSLATE_NOOP+=ATTN_TR \
    core ui app -ts "$copy"
  # Each unfinished message: its context and source text, one line each.
  unfinished=$(/usr/bin/env python3 - "$copy" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
for context in root.iter('context'):
    name = context.findtext('name')
    for message in context.iter('message'):
        translation = message.find('translation')
        empty = translation is None or not (translation.text or '').strip() and not list(translation)
        if empty or translation.get('type') == 'unfinished':
            print(f"  {name}: {message.findtext('source')!r}")
PY
)
  total=$(grep -c '<message' "$copy" || true)
  if [ -n "$unfinished" ]; then
    count=$(printf '%s\n' "$unfinished" | wc -l)
    echo "check-translations: $ts: $count of $total texts have no finished translation"
    echo "  (cmake --build <build> --target update_translations, then translate them):"
    printf '%s\n' "$unfinished"
    status=1
  else
    echo "check-translations: $ts: all $total texts translated"
  fi
done
exit $status

#!/usr/bin/env bash
# Collect every tr() string of ui/ and app/ into resources/translations/venuescore_en.ts (Qt Linguist),
# and compile finished translations to .qm, which ui/app.py loads for a non-Chinese system locale.
# Core strings (app/) land in the empty context, which app.i18n.tr uses at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
pyside6-lupdate $(git ls-files 'ui/*.py' 'app/*.py') -ts resources/translations/venuescore_en.ts
pyside6-lrelease resources/translations/venuescore_en.ts -qm resources/translations/venuescore_en.qm

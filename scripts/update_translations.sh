#!/usr/bin/env bash
# Collect every tr() string of ui/ and app/ into resources/translations/venuescore_en.ts (Qt Linguist),
# and compile them to .qm, which ui/language.py loads when English is chosen (帮助 → 界面语言). Translate the new
# (unfinished) entries in Qt Linguist before committing: tests/ui/test_translation.py fails on any left.
# Core strings (app/) land in the empty context, which app.i18n.tr uses at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
pyside6-lupdate $(git ls-files 'ui/*.py' 'app/*.py') -no-obsolete -ts resources/translations/venuescore_en.ts
pyside6-lrelease resources/translations/venuescore_en.ts -qm resources/translations/venuescore_en.qm

"""The one CJK font every report uses, shipped with the app and registered with reportlab once.

Why a shipped font: a PDF must look the same (same line breaks, same page count) whichever machine
prints it, so we do not pick a system font.  Why WenQuanYi Micro Hei: reportlab can only embed
TrueType-outline fonts; Noto Sans CJK is CFF and is refused ("postscript outlines are not
supported").  The font is embedded as a subset, so a PDF only carries the glyphs it uses.
"""

from __future__ import annotations

import threading
from importlib.resources import as_file, files

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.errors import DomainError
from app.i18n import tr

CJK_FONT = "WQYMicroHei"  # the reportlab name of the font; use it in styles and canvas.setFont
FONT_FILE = "wqy-microhei.ttc"

_lock = threading.Lock()  # reports may be built from a worker thread while the GUI prints another
_registered = False


def register_fonts() -> str:
    """Register the report font with reportlab (once per process) and return its name."""
    global _registered
    if _registered:
        return CJK_FONT
    with _lock:
        if not _registered:
            _register()
            _registered = True
    return CJK_FONT


def _register() -> None:
    ref = files("resources") / "fonts" / FONT_FILE
    try:
        # as_file gives a real path even from a zipped/bundled build; TTFont reads the whole file
        # while it is constructed, so the temporary copy may vanish once the block ends.
        with as_file(ref) as path:
            font = TTFont(CJK_FONT, str(path), subfontIndex=0)
    except (OSError, TTFError) as exc:
        raise DomainError(
            tr("找不到或无法读取报表字体 {file}，无法生成 PDF。请重新安装本软件。").format(file=FONT_FILE)
        ) from exc
    pdfmetrics.registerFont(font)
    # The font has no bold or italic face: map them to the regular face so <b>/<i> markup in a
    # Paragraph never falls back to Helvetica (which would print Chinese as blank boxes).
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(CJK_FONT, bold, italic, CJK_FONT)

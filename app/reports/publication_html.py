"""成绩公示 as one static HTML page, for posting online: the same content as the PDF.

Self-contained (inline CSS; no script, no external file, font or tracker), UTF-8, every text escaped.
Written atomically.  It holds what the masked sheet holds and nothing more.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from app.fileio import atomic_write
from app.i18n import tr
from app.services.publication_sheet import PublicationSheet

_CSS = """
body{font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Micro Hei",sans-serif;
margin:2em auto;max-width:60em;padding:0 1em;color:#111;line-height:1.5}
h1{text-align:center;font-size:1.6em;margin:.2em 0}
.sub{text-align:center;color:#333;margin:0}
h2{font-size:1.15em;margin:1.4em 0 .4em;border-bottom:1px solid #555}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #888;padding:.25em .5em;text-align:left}
th{background:#d9d9d9;text-align:center}
tr:nth-child(even) td{background:#f2f2f2}
.note{font-size:.9em;color:#333;margin:.3em 0 0}
.notice{margin-top:2em;border:1px solid #555;padding:.6em 1em}
"""


def render(sheet: PublicationSheet, printed_at: datetime) -> str:
    e = escape
    parts = [
        "<!DOCTYPE html>", '<html lang="zh-CN">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="robots" content="noindex">',  # a results notice, not something to keep in search engines
        f"<title>{e(sheet.title)} — {e(sheet.scope)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
        f'<p class="sub">{e(sheet.competition)}</p>', f"<h1>{e(sheet.title)}</h1>",
        f'<p class="sub">{e(sheet.scope)}</p>', f'<p class="sub">{e("　".join(x for x in (sheet.place, sheet.date) if x))}</p>',
        f'<p class="sub">{e(tr("公示期：{p}").format(p=sheet.period))}</p>',
    ]
    for section in sheet.sections:
        parts.append(f"<h2>{e(section.title)}</h2>")
        if section.rows:
            parts.append("<table><thead><tr>" + "".join(f"<th>{e(h)}</th>" for h in section.headers)
                         + "</tr></thead><tbody>")
            parts += ["<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>" for row in section.rows]
            parts.append("</tbody></table>")
        else:
            parts.append(f"<p>{e(tr('本组无排名选手'))}</p>")
        parts.append(f'<p class="note">{e(section.note)}</p>')
    parts.append(f'<div class="notice"><h2>{e(tr("公示说明"))}</h2>')
    parts += [f"<p>{e(line)}</p>" for line in sheet.notice()]
    parts.append(f"<p>{e(sheet.organiser)}　{e(printed_at.strftime('%Y年%m月%d日'))}</p></div>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def write_html(sheet: PublicationSheet, path: Path, printed_at: datetime) -> int:
    with atomic_write(Path(path)) as tmp:
        tmp.write_bytes(render(sheet, printed_at).encode("utf-8"))
    return sum(len(s.rows) for s in sheet.sections)

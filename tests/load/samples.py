"""Real files for the loader tests, written by the tests: a noisy news page, Chinese PDFs."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

ARTICLE = (
    "上半年，通州区实现地区生产总值880.5亿元，同比增长7.8%，增速位居全市前列。",
    "全区新开工重大项目15个，完成固定资产投资412.3亿元，同比增长9.1%。",
    "一般公共预算收入完成45.6亿元，同比增长12.3%，其中税收收入占比达到83.5%。",
)
NOISE = ("政务公开", "互动交流", "分享到", "QQ空间", "网友评论", "点赞", "希望继续加油",
         "主办单位", "苏ICP备")
TITLE = "通州区上半年经济运行情况"
URL = "http://www.tongzhou.gov.cn/tzqrmzf/2023/07/15/news.html"

SIMPLIFIED = "全年新开工重大项目27个以上，地区生产总值增长6.5%左右，城镇新增就业1.2万人。"
TRADITIONAL = "全年新開工重大項目27個以上，地區生產總值增長6.5%左右，城鎮新增就業1.2萬人。"


def news_page(*, charset: str = "utf-8", dateline: str = "发布时间：2023-07-15",
              head_extra: str = "") -> str:
    """A government news page: the article amid navigation, share buttons, comments."""
    paragraphs = "\n".join(f"<p>{sentence}</p>" for sentence in ARTICLE)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="{charset}">
<title>{TITLE}_南通市通州区人民政府</title>
<meta property="og:title" content="{TITLE}">
<meta property="og:url" content="{URL}">
{head_extra}
</head>
<body>
<div class="header"><nav><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/hdjl">互动交流</a></li></ul></nav></div>
<div class="main">
<article>
<h1>{TITLE}</h1>
<div class="info">{dateline} 来源：区统计局</div>
{paragraphs}
</article>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
<div id="comments" class="comments"><h3>网友评论</h3><p>网友甲：这个增速真不错，点赞！</p>
<p>网友乙：希望继续加油。</p></div>
</div>
<footer><p>主办单位：南通市通州区人民政府办公室 版权所有 © 2024</p><p>苏ICP备12345678号</p></footer>
</body>
</html>
"""


def chinese_pdf(pages: Sequence[Sequence[str]], *, title: str | None = None,
                created: str | None = None) -> bytes:
    """A PDF with a text layer: each page's lines in reportlab's built-in CID font
    STSong-Light (no font file needed); ``created`` is a PDF date (``D:20230715...``)."""
    import pypdf
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for lines in pages:
        pdf.setFont("STSong-Light", 12)
        for row, line in enumerate(lines):
            pdf.drawString(72, 760 - 20 * row, line)
        pdf.showPage()
    pdf.save()
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(buffer.getvalue())))
    metadata = {"/Title": title or "", "/CreationDate": created or ""}
    writer.add_metadata({key: value for key, value in metadata.items() if value})
    if not title:  # reportlab writes "untitled" when given none: leave no title at all
        writer.add_metadata({"/Title": ""})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypted(pdf: bytes, user_password: str) -> bytes:
    """``pdf`` encrypted (RC4, which pypdf reads without extra packages)."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path

"""Saved web pages: the article's text, title and headings, in the page's declared charset."""

from __future__ import annotations

import socket
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from desktop.core.document import Block, BlockKind
from desktop.core.loading import load_file

CNN = "eval/files/newspaper_cnn_arabic_html"


def _tokens(text: str) -> Counter[str]:
    """Whitespace-split words after replacing punctuation with spaces."""
    no_punct = "".join(" " if unicodedata.category(ch).startswith("P") else ch for ch in text)
    return Counter(no_punct.split())


def token_f1(found: str, expected: str) -> float:
    found_tokens, expected_tokens = _tokens(found), _tokens(expected)
    overlap = sum((found_tokens & expected_tokens).values())
    if not overlap:
        return 0.0
    precision = overlap / sum(found_tokens.values())
    recall = overlap / sum(expected_tokens.values())
    return 2 * precision * recall / (precision + recall)


def test_token_f1_can_fail() -> None:
    assert token_f1("a b c d", "a b c d") == 1.0
    assert token_f1("a b", "a b c d e f g h") < 0.9
    assert token_f1("x y", "a b") == 0.0


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if anything tries to open a connection."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the HTML loader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.mark.usefixtures("no_network")
def test_cnn_arabic_article_matches_expected_text(shared_dir: Path) -> None:
    raw = load_file(shared_dir / CNN / "arabic_article.html")
    expected = (shared_dir / CNN / "arabic_expected.txt").read_text(encoding="utf-8")
    f1 = token_f1(raw.text, expected)
    print(f"CNN Arabic token F1: {f1:.3f}")
    assert f1 >= 0.9
    assert raw.format == "html"
    assert raw.encoding == "utf-8"
    assert raw.title == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    assert raw.blocks[0].text.startswith("دمشق، سوريا (CNN)")


PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>عنوان الصفحة - موقع الأخبار</title></head>
<body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/sport">رياضة</a></li>
<li><a href="/eco">اقتصاد</a></li><li><a href="/world">العالم</a></li></ul></nav>
<article>
<h1>الحكومة تعلن خطة جديدة لدعم الصحافة</h1>
<p>أعلنت الحكومة اليوم عن خطة جديدة لدعم الصحافة المستقلة في البلاد، وقالت إنها ستبدأ
تنفيذها في الشهر المقبل بعد التشاور مع النقابات والمؤسسات الإعلامية المختلفة.</p>
<h2>ردود الفعل</h2>
<p>ورحبت نقابة الصحفيين بالقرار، لكنها طالبت بضمانات قانونية واضحة تحمي الصحفيين من
الملاحقة بسبب عملهم، وتضمن حرية الوصول إلى المعلومات العامة دون قيود.</p>
<ul><li>تدريب الصحفيين الشباب في المحافظات كلها</li><li>منح صغيرة للمواقع المستقلة الناشئة</li></ul>
<p>وقال رئيس النقابة إن الخطة خطوة أولى مهمة، وإن العمل الحقيقي يبدأ الآن مع التطبيق.</p>
</article>
<footer><p>جميع الحقوق محفوظة لموقع الأخبار 2024. سياسة الخصوصية. اتصل بنا.</p></footer>
</body></html>
"""


def test_page_in_declared_windows_1256_keeps_headings_and_lists(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_bytes(PAGE.encode("cp1256"))
    raw = load_file(path)
    assert raw.encoding == "cp1256"
    kinds = [(block.kind, block.level) for block in raw.blocks]
    texts = [block.text for block in raw.blocks]
    assert "ردود الفعل" in texts
    assert kinds[texts.index("ردود الفعل")] == (BlockKind.HEADING, 2)
    assert raw.blocks[0] == Block("الحكومة تعلن خطة جديدة لدعم الصحافة", BlockKind.HEADING, 1)
    assert [b.text for b in raw.blocks if b.kind is BlockKind.LIST_ITEM] == [
        "تدريب الصحفيين الشباب في المحافظات كلها",
        "منح صغيرة للمواقع المستقلة الناشئة",
    ]
    assert any(text.startswith("أعلنت الحكومة اليوم") for text in texts)
    assert texts.index("ردود الفعل") < texts.index(
        "وقال رئيس النقابة إن الخطة خطوة أولى مهمة، وإن العمل الحقيقي يبدأ الآن مع التطبيق."
    )
    assert not any("الرئيسية" in text or "جميع الحقوق" in text for text in texts)
    # trafilatura prefers the article's own headline to the <title> with the site's name.
    assert raw.title == "الحكومة تعلن خطة جديدة لدعم الصحافة"


def test_meta_charset_is_honoured_over_detection(tmp_path: Path) -> None:
    """ISO-8859-6 bytes are also valid Windows-1256; only the declaration tells them apart."""
    body = "<p>" + "مرحبا بكم في صفحتنا التي تتحدث عن الأخبار المحلية والعالمية. " * 8 + "</p>"
    head = '<head><meta charset="iso-8859-6"><title>أخبار</title></head>'
    html = f"<html>{head}<body>{body}</body></html>"
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("iso8859-6"))
    raw = load_file(path)
    assert raw.encoding == "iso8859-6"
    assert "مرحبا بكم في صفحتنا" in raw.text


def test_small_page_without_article_gives_its_body(tmp_path: Path) -> None:
    path = tmp_path / "note.html"
    path.write_text("<html><body><h3>ملاحظة</h3><p>نص قصير.</p></body></html>", encoding="utf-8")
    raw = load_file(path)
    assert "نص قصير." in raw.text
    assert "ملاحظة" in raw.text


def test_cleaned_cnn_article_drops_the_comment_policy(shared_dir: Path) -> None:
    from desktop.core.document import RemovalReason
    from desktop.core.pipeline import open_document

    folder = shared_dir / "eval" / "files" / "newspaper_cnn_arabic_html"
    document = open_document(folder / "arabic_article.html")
    expected = (folder / "arabic_expected.txt").read_text(encoding="utf-8")
    body = "\n".join(p.text for p in document.paragraphs)
    f1 = token_f1(body, expected)
    print(f"CNN Arabic token F1 after cleaning: {f1:.3f}")
    assert f1 >= 0.95
    assert "ترحب شبكة CNN بالنقاش" not in body
    assert {r.reason for r in document.removed} == {RemovalReason.COMMENTS}


@pytest.mark.parametrize("depth", [300, 5_000, 100_000])
def test_a_page_nested_too_deeply_for_libxml2_still_gives_its_text(
    tmp_path: Path, depth: int
) -> None:
    """Regression: past 256 levels libxml2 returns an empty tree and the page read as empty."""
    path = tmp_path / "deep.html"
    path.write_text(
        "<html><head><title>عنوان الصفحة</title><style>p { color: red }</style></head><body>"
        + "<div>" * depth
        + "<h2>عنوان فرعي</h2><p>فقرة أولى في العمق.</p><script>var hidden = 1;</script>"
        + "<ul><li>بند</li></ul>"
        + "</div>" * depth
        + "<p>فقرة بعد العمق.</p></body></html>",
        encoding="utf-8",
    )
    raw = load_file(path)
    assert raw.title == "عنوان الصفحة"
    assert list(raw.blocks) == [
        Block("عنوان فرعي", BlockKind.HEADING, 2),
        Block("فقرة أولى في العمق."),
        Block("بند", BlockKind.LIST_ITEM),
        Block("فقرة بعد العمق."),
    ]

"""Reading an article's text from a .txt file or a saved web page."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.services.article_text import MAX_FILE_BYTES, html_to_text, read_article_file

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>  Dar meets
  Lavrov | Dawn </title>
<style>p { color: red }</style>
<script>document.write("<p>not text</p>");</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Dar meets   Lavrov</h1>
<p>MOSCOW: Foreign Minister
   Ishaq Dar met&nbsp;his Russian counterpart &ldquo;Sergey Lavrov&rdquo; on Tuesday.</p>
<p>They discussed <b>trade</b> and <a href="#">energy</a>.<br>A second line.</p>
<ul><li>First point</li><li>Second point</li></ul>
<noscript>Enable JavaScript</noscript><button>Share</button>
</article></body></html>
"""


def test_html_keeps_paragraphs_and_drops_scripts_styles_and_navigation():
    article = html_to_text(PAGE)

    assert article.title == "Dar meets Lavrov | Dawn"
    assert article.text == (
        "Dar meets Lavrov\n\n"
        "MOSCOW: Foreign Minister Ishaq Dar met\u00a0his Russian counterpart"
        " “Sergey Lavrov” on Tuesday.\n\n"
        "They discussed trade and energy.\nA second line.\n\n"
        "First point\n\nSecond point"
    )


def test_a_page_missing_its_closing_head_tag_still_has_text():
    assert html_to_text("<html><head><title>T</title><body><p>Body text.</p>").text == (
        "Body text."
    )


def test_preformatted_text_keeps_its_spacing():
    assert html_to_text("<p>Table:</p><pre>a   b\n  c</pre>").text == "Table:\n\na   b\n  c"


def test_saved_html_file_is_stripped(tmp_path):
    path = tmp_path / "article.HTM"
    path.write_text(PAGE, encoding="utf-8")

    article = read_article_file(path)
    assert article.text.startswith("Dar meets Lavrov\n\nMOSCOW:")
    assert "<" not in article.text and "not text" not in article.text
    assert "color" not in article.text and "Home" not in article.text


def test_txt_with_and_without_bom_and_windows_line_ends(tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_bytes("Пакистан и Россия\r\n\r\nSecond paragraph.  \r\n".encode())
    bom = tmp_path / "bom.txt"
    bom.write_bytes(codecs.BOM_UTF8 + "Пакистан и Россия\n\nSecond paragraph.".encode())

    expected = "Пакистан и Россия\n\nSecond paragraph."
    assert read_article_file(plain).text == expected
    assert read_article_file(bom).text == expected
    assert read_article_file(plain).title == ""


def test_utf16_with_a_bom_is_read(tmp_path):
    path = tmp_path / "notepad.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "اردو text".encode("utf-16-le"))
    assert read_article_file(path).text == "اردو text"


def test_html_in_its_declared_legacy_charset(tmp_path):
    path = tmp_path / "ria.html"
    page = '<html><head><meta charset="windows-1251"></head><body><p>Россия</p></body></html>'
    path.write_bytes(page.encode("cp1251"))
    assert read_article_file(path).text == "Россия"


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b"  \n\t\n", "is empty"),
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
        ("latin1.txt", "Café à Moscou".encode("latin-1"), "not UTF-8"),
        ("scripts.html", b"<html><script>var a = 1;</script></html>", "no readable text"),
    ],
)
def test_unusable_files_are_refused_with_a_sentence(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_bytes(content)

    with pytest.raises(ValidationError) as caught:
        read_article_file(path)
    message = str(caught.value)
    assert words in message and name in message
    assert message.endswith(".")
    assert caught.value.field == "text"


def test_a_missing_file_or_a_folder_is_refused(tmp_path):
    with pytest.raises(ValidationError, match="There is no file"):
        read_article_file(tmp_path / "gone.txt")
    with pytest.raises(ValidationError, match="is a folder"):
        read_article_file(tmp_path)


@pytest.mark.parametrize("charset", ["undefined", "unicode_escape", "raw_unicode_escape", "utf-7"])
def test_a_page_declaring_a_codec_that_is_no_charset_is_refused(tmp_path, charset):
    page = tmp_path / "page.html"
    page.write_bytes(f'<meta charset="{charset}"><p>Caf\xe9 \\ud800</p>'.encode("latin-1"))
    with pytest.raises(ValidationError, match="not UTF-8"):
        read_article_file(page)


def test_a_device_or_pipe_is_refused_without_reading_it(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for path in (fifo, Path("/dev/zero")):
        with pytest.raises(ValidationError, match="is not a file"):
            read_article_file(path)


def test_a_file_just_over_the_limit_says_so(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (MAX_FILE_BYTES + 1))
    with pytest.raises(ValidationError, match="is over 20 MB"):
        read_article_file(big)

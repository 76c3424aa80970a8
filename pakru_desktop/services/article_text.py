"""An article's plain text from a file: a ``.txt`` file, or a page saved from a browser.

Markup is stripped with the standard library's ``html.parser``: scripts, styles and other
invisible parts are dropped, block elements (paragraphs, headings, list items …) become
paragraph breaks, and runs of spaces inside a paragraph collapse as a browser shows them.
Files that are empty, binary or in an unknown encoding are refused with a sentence.
"""

from __future__ import annotations

import codecs
import re
import stat
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from pakru_desktop.domain.errors import ValidationError, sentence
from pakru_desktop.domain.quoting import quoted

# Far more than any article; a bigger file is almost certainly not one.
MAX_FILE_BYTES = 20 * 1024 * 1024
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")

# Content never shown to a reader of the page, and the site's navigation and controls,
# which are no part of the article.
_HIDDEN = {
    "button",
    "head",
    "iframe",
    "math",
    "nav",
    "noscript",
    "object",
    "script",
    "select",
    "style",
    "svg",
    "template",
}
# Elements that start a new line of their own when a browser lays out the page.
_BLOCKS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tr",
    "ul",
}
_VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "area", "base", "col", "source"}
_SPACES = re.compile(r"[ \t\n\r\f\v]+")  # HTML's whitespace: not the no-break space
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_NOT_CHARSETS = {"undefined", "unicode-escape", "raw-unicode-escape", "punycode", "idna", "utf-7"}
_TITLE_SPACES = re.compile(r"\s+")
_RUNS_OF_SPACES = re.compile(r" {2,}")
_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class ArticleText:
    """The plain text of an article and, for a web page, its ``<title>`` ("" if none)."""

    text: str
    title: str = ""


class _TextExtractor(HTMLParser):
    """Collects visible text as paragraphs; see the module docstring."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title = ""
        self._line: list[str] = []
        self._hidden: list[str] = []
        self._pre = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag == "body" and self._hidden == ["head"]:
            self._hidden.clear()  # a page whose </head> was left out
        if self._hidden:
            if tag == self._hidden[-1] and tag not in _VOID:
                self._hidden.append(tag)
            return
        if tag in _HIDDEN:
            self._hidden.append(tag)
        elif tag == "br":
            self._line.append("\n")
        elif tag in _BLOCKS:
            self._break()
            if tag == "pre":
                self._pre += 1
        elif tag in ("td", "th"):
            self._line.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <br/>, <hr/>: a start with no end.
        if not self._hidden and tag == "br":
            self._line.append("\n")
        elif not self._hidden and tag in _BLOCKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if self._hidden:
            if tag == self._hidden[-1]:
                self._hidden.pop()
            return
        if tag in _BLOCKS:
            self._break()
            if tag == "pre" and self._pre:
                self._pre -= 1

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._hidden:
            return
        if self._pre:
            self._line.append(data.replace("\r\n", "\n"))
        else:
            self._line.append(_SPACES.sub(" ", data))

    def _break(self) -> None:
        """End the paragraph being collected (if it has any text)."""
        raw = "".join(self._line)
        self._line = []
        if self._pre:
            text = raw.strip("\n")
        else:
            lines = (_RUNS_OF_SPACES.sub(" ", line).strip(" ") for line in raw.split("\n"))
            # <br><br> separates paragraphs on many sites: keep one blank line, never more.
            text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")
        if text.strip():
            self.paragraphs.append(text)

    def close(self) -> None:
        super().close()
        self._break()


def html_to_text(markup: str) -> ArticleText:
    """The visible text of an HTML page, paragraphs separated by a blank line."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    title = _TITLE_SPACES.sub(" ", parser.title).strip()
    return ArticleText("\n\n".join(parser.paragraphs), title)


def normalise_text(text: str) -> str:
    """Text with ``\\n`` line ends, no byte-order mark and no blank lines around it."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def _decode(data: bytes, name: str, is_html: bool) -> str:
    """Bytes as text: UTF-8 (with or without BOM), UTF-16 with a BOM, or an HTML page's
    declared charset; anything else is refused."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise _not_utf8(name) from None
    if b"\x00" in data:
        raise ValidationError(
            sentence(
                "{name} is not a text file; save the article as .txt or .html and load that.",
                name=quoted(name),
            ),
            field="text",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(data[:4096]) if is_html else None
    if declared is not None:
        try:
            encoding = codecs.lookup(declared.group(1).decode("ascii"))
        except LookupError:
            encoding = None
        # Python codecs that are not character sets a page is saved in (the HTML standard
        # does not know them either) are refused rather than trusted.
        if encoding is not None and encoding.name not in _NOT_CHARSETS:
            try:
                return data.decode(encoding.name)
            except UnicodeError:
                pass
    raise _not_utf8(name)


def _not_utf8(name: str) -> ValidationError:
    return ValidationError(
        sentence(
            "{name} is not UTF-8 text; save it again as UTF-8 (or as a web page) and load it.",
            name=quoted(name),
        ),
        field="text",
    )


def _too_big(name: str) -> ValidationError:
    return ValidationError(
        sentence(
            "{name} is over {megabytes} MB; an article's text file is far smaller.",
            name=quoted(name),
            megabytes=MAX_FILE_BYTES // 1024 // 1024,
        ),
        field="text",
    )


def read_article_file(path: str | Path) -> ArticleText:
    """The article text of a ``.txt`` file or a saved ``.html``/``.htm`` page.

    Raises ``ValidationError`` (field ``text``) for a file that cannot be read, is too big,
    not a regular file (a device or a pipe would never end), empty, binary, not UTF-8, or
    has no visible text.
    """
    path = Path(path)
    name = path.name or str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ValidationError(
                sentence("{name} is a folder; choose a file.", name=quoted(name)), field="text"
            )
        if not stat.S_ISREG(info.st_mode):
            raise ValidationError(
                sentence(
                    "{name} is not a file; choose the file with the article.", name=quoted(name)
                ),
                field="text",
            )
        if info.st_size > MAX_FILE_BYTES:
            raise _too_big(name)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ValidationError(
            sentence("There is no file {path}.", path=quoted(path)), field="text"
        ) from None
    except OSError as error:
        reason = error.strerror or str(error)
        raise ValidationError(
            sentence("{name} cannot be read: {reason}.", name=quoted(name), reason=reason),
            field="text",
        ) from None
    return article_from_bytes(data, name, is_html=path.suffix.lower() in HTML_SUFFIXES)


def article_from_bytes(data: bytes, name: str, *, is_html: bool) -> ArticleText:
    """The article in ``data`` (a file's or standard input's bytes), checked as a file is."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(name)
    if not data.strip():
        raise ValidationError(
            sentence("{name} is empty; choose the file with the article.", name=quoted(name)),
            field="text",
        )
    decoded = _decode(data, name, is_html)
    article = html_to_text(decoded) if is_html else ArticleText(decoded)
    text = normalise_text(article.text)
    if not text.strip():
        raise ValidationError(
            sentence("{name} has no readable text in it.", name=quoted(name)), field="text"
        )
    return ArticleText(text, article.title)

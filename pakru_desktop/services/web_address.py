"""Web addresses of sources, checked and written one way so the same address is found again."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from pakru_desktop.domain.errors import ValidationError, sentence
from pakru_desktop.domain.quoting import quoted

MAX_URL = 2000


def clean_url(value: str | None) -> str | None:
    """A web address with outer spaces removed (``https://`` added to a bare ``dawn.com/…``);
    None when empty. Anything but an http(s) address is refused."""
    url = (value or "").strip()
    if not url:
        return None
    if "://" not in url and re.match(r"[\w-]+(\.[\w-]+)+(/|$)", url):
        url = "https://" + url
    not_an_address = ValidationError(
        sentence(
            "{url} is not a web address; give one such as https://www.dawn.com/news/….",
            url=quoted(url),
        ),
        field="url",
    )
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # e.g. an unclosed "[" of an IPv6 host
        raise not_an_address from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not host or not url.isprintable() or " " in url:
        raise not_an_address
    # Scheme and host are case-insensitive: however they are typed, the same address is
    # recognised as already recorded.
    url = urlunsplit(parts._replace(scheme=scheme, netloc=parts.netloc.lower()))
    if len(url) > MAX_URL:
        raise ValidationError(
            sentence(
                "The web address is {length} characters; keep it under {limit}.",
                length=f"{len(url):,}",
                limit=f"{MAX_URL:,}",
            ),
            field="url",
        )
    return url

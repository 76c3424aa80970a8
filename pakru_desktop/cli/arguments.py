"""argparse types shared by every command's options."""

from __future__ import annotations

import argparse

from pakru_desktop.domain.errors import ValidationError
from pakru_desktop.domain.record_ids import parse_id


def record_id(text: str) -> int:
    """The type of every ID argument: plain digits in the database's range."""
    try:
        return parse_id(text)
    except ValidationError as error:
        raise argparse.ArgumentTypeError(str(error)) from None

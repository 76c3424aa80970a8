"""Cutting an article into sentences: abbreviations, initials, numbers, quotes, lines."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pakru_desktop.domain.sentences import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_abbreviations_initials_and_numbers_do_not_end_a_sentence():
    text = ("Mr. Putin met Dr. Khan at the U.N. on Monday. Gen. Asim Munir and J. Smith "
            "agreed. Talks on No. 3 lasted 2.5 hours.")  # fmt: skip
    assert texts(text) == [
        "Mr. Putin met Dr. Khan at the U.N. on Monday.",
        "Gen. Asim Munir and J. Smith agreed.",
        "Talks on No. 3 lasted 2.5 hours.",
    ]


def test_a_closing_quotation_mark_stays_with_its_sentence():
    text = "“Pakistan views Russia as a partner,” he said. “We agree.” Talks went on!"
    assert texts(text) == ["“Pakistan views Russia as a partner,” he said.", "“We agree.”",
                           "Talks went on!"]  # fmt: skip


def test_paragraphs_end_sentences_but_a_line_broken_mid_sentence_does_not():
    text = "Dateline text without a stop\n\nThe prime minister met\n\non various days. Then left."
    assert texts(text) == ["Dateline text without a stop",
                           "The prime minister met\n\non various days.", "Then left."]  # fmt: skip


@given(st.text(alphabet=st.sampled_from("ab .!?\n“”\"'MrU.N"), max_size=200))
def test_every_sentence_is_the_text_at_its_offsets(text):
    found = split_sentences(text)
    for sentence in found:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))

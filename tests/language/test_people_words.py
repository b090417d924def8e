"""One table of person words (``language/data/people.json``) read by the extractor and the conversation alike."""

from __future__ import annotations

import re

from assistant.chat.case import together
from assistant.extract import subject
from assistant.language.datafiles import data_json
from assistant.language.people import TAGS, alternation, kin_classes, words_of


def test_every_row_is_one_word_with_known_tags():
    rows = data_json("people.json")["words"]
    assert len({r["word"] for r in rows}) == len(rows)
    assert all(set(r["tags"]) <= set(TAGS) and (r["tags"] or r["person"]) for r in rows)


def test_the_conversation_and_the_extractor_read_the_same_rows():
    assert together.RELATIONS == alternation("own")
    assert subject._KINFOLK.pattern == alternation("kinfolk")
    assert subject._KIN_CLASSES == kin_classes()


def test_longest_first_so_an_alternation_takes_the_whole_word():
    assert re.match(f"(?:{alternation('workmate')})", "班组长").group() == "班组长"
    assert words_of("own").index("爸爸") < words_of("own").index("爸")


def test_two_words_for_one_person_are_one():
    person = {p: re.compile(f"(?:{w})") for p, w in kin_classes()}
    assert [p for p, rx in person.items() if rx.fullmatch("老爸")] == [p for p, rx in person.items() if rx.fullmatch("爸")]


def test_a_father_called_爹_is_a_relative_whose_workplace_is_his():
    # "俺爹在淳安水厂…": the place is the relative's, said of him, not dropped as the speaker's own
    import datetime as dt

    from assistant.extract import extract

    said = extract("俺爹在淳安水厂管净水设备三十年了 首席技师他够不够", dt.date(2026, 11, 21)).profile
    assert said.get("employer_city") == "杭州"
    assert "爹" in words_of("kinfolk") and "老娘" in words_of("family")

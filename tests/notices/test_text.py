"""The one sentence splitter and its variants (notices/text.py): every stage splits a notice's text through these."""

from __future__ import annotations

import pytest

from assistant.notices.text import part_start, parts, pieces, sentences

TEXT = "　　（一）单位推荐。\n　　由所在单位推荐；经区县审核，报市总工会;\n\n附件"


def test_sentences_end_at_marks_and_lines_and_are_stripped():
    assert sentences(TEXT) == ["（一）单位推荐。", "由所在单位推荐；", "经区县审核，报市总工会;", "附件"]


def test_parts_drop_the_marks_keep_the_lines_and_skip_blank_ones():
    assert parts(TEXT) == ["　　（一）单位推荐", "\n　　由所在单位推荐", "经区县审核，报市总工会", "\n\n附件"]
    assert parts("") == [] and parts(None) == [] and parts("。；") == []


@pytest.mark.parametrize("lines", [False, True])
def test_pieces_join_back_to_the_text(lines):
    assert "".join(pieces(TEXT, lines)) == TEXT


def test_pieces_cut_after_each_mark_and_with_lines_after_each_line_break():
    assert pieces("甲。乙；丙") == ["甲。", "乙；", "丙"]
    assert pieces("甲\n乙。") == ["甲\n乙。", ""]
    assert pieces("甲\n乙。", lines=True) == ["甲\n", "乙。", ""]


@pytest.mark.parametrize(("at", "start"), [(0, 0), (1, 0), (2, 2), (5, 5), (7, 5)])
def test_part_start_is_just_after_the_last_mark_before(at, start):
    assert part_start("甲。乙乙；丙丙丙", at) == start


def test_letter_pairs_are_the_two_character_words_digits_and_marks_aside():
    from assistant.notices.text import letter_pairs, shared_pairs

    assert letter_pairs("省赛第1名，A类") == {"省赛", "赛第", "第名", "名A", "A类"}
    assert letter_pairs("省赛第1名，A类", cjk_only=True) == {"省赛", "赛第", "第名", "名类"}
    # digits are no letters: "满5年" and "满10年" both give 满年, the count is compared as a number elsewhere
    assert shared_pairs("工作满5年以上", "工作满10年以上") == 5
    assert shared_pairs("原件退回", "材料留存") == 0

"""A form field's instruction: the cell beneath the asked field in a form's header row."""

from __future__ import annotations

from assistant.chat.forms import with_cell_below

FORM = "汇总表\n序号\t姓名\t出生年月\t岗位\n\t\t格式： 19xx-07\t如：电工\n填报人："
HEADER = "序号\t姓名\t出生年月\t岗位"


def test_the_instruction_beneath_the_named_field_follows_the_header_row():
    quote = with_cell_below(FORM, HEADER, "汇总表的出生年月按什么格式填？")
    assert quote == HEADER + "\n\t\t格式： 19xx-07\t如：电工"
    assert quote in FORM  # still a passage of the clause


def test_no_instruction_beneath_the_field_leaves_the_quote():
    assert with_cell_below(FORM, HEADER, "序号怎么填？") == HEADER  # the cell beneath 序号 is empty


def test_a_row_of_other_field_names_is_no_instruction():
    form = "姓 名\t性 别\t出生年月\t照 片\n籍 贯\t政治面貌\t文化程度"
    assert with_cell_below(form, "姓 名\t性 别\t出生年月\t照 片", "出生年月按什么格式填？").count("\n") == 0


def test_a_sentence_is_left_alone():
    assert with_cell_below(FORM, "填报人：", "出生年月按什么格式填？") == "填报人："

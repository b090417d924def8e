"""A form field's instruction: the cell beneath the asked field in a form's header row."""

from __future__ import annotations

from assistant.chat.rules.forms import named_cell, with_cell_below

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


ROW = "序号\t姓名\t身份证号\t专业领域\t主要事迹（400字以内）\t主要成果（不超过3项）\t备注"


def test_a_header_row_quoted_as_reference_is_cut_to_the_named_cell():
    # "主要事迹最多写多少字": the whole row of field names (with 身份证号) answers nothing; its cell does
    assert named_cell(ROW, "浙派工匠的推荐表里主要事迹最多写多少字啊") == "主要事迹（400字以内）"
    assert named_cell(ROW, "主要成果能填几项") == "主要成果（不超过3项）"
    assert named_cell(ROW, "主要成果能填几项") in ROW  # still a passage


def test_a_row_whose_cells_the_question_does_not_name_stays_whole():
    assert named_cell(ROW, "推荐表要盖章吗") == ROW
    assert named_cell(ROW, "姓名怎么写") == ROW  # a bare field name carries no value of its own
    assert named_cell("需在佐证材料上加盖公章。", "主要事迹写多少字") == "需在佐证材料上加盖公章。"

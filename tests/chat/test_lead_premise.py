"""Who runs a programme, in a premise and in a comparison (chat/premise/lead.py, the ``lead`` attribute row)."""

from __future__ import annotations

import pytest

from assistant.chat.comparison.compared_attribute import compared_attribute
from assistant.chat.premise.lead import issuing_lines, lead_premise


@pytest.mark.parametrize(("program", "question", "says", "clause"), [
    ("hz_craftsman_2016", "杭州工匠是人社局牵头搞的，是吧", "不对", "hz_craftsman_2016#六/1"),
    ("zj_craftsman_2023", "听说浙派工匠是省总工会在搞，是这样吗", "不对", "zj_craftsman_2023#前言"),
    ("hz_chief_technician_2021", "首席是人社局搞的没错吧", "是的", "hz_chief_technician_2021#前言"),
    ("hz_digital_craftsman_2026", "第四届数字工匠是市总工会牵头的吧", "是的", "hz_digital_craftsman_2026#前言"),
])
def test_a_body_given_the_whole_programme_is_checked(deps, program, question, says, clause):
    line, quotes = lead_premise(deps.corpus, program, question)
    assert line.startswith(says)
    assert clause in [cid for cid, _ in quotes]


def test_the_body_a_premise_wrongly_names_is_said_with_the_right_one(deps):
    line, _ = lead_premise(deps.corpus, "zj_craftsman_2023", "浙派工匠是省总工会牵头的吧")
    assert "浙江省人力资源和社会保障厅" in line and "不是省总工会" in line
    assert line.count("人力") == 1  # one body said two ways is named once


@pytest.mark.parametrize("question", [
    "杭州工匠的宣传是市总工会管的吧",  # a duty named: duties.py's
    "首席技师材料是交到市人社局的吧",  # where papers go
    "首席技师是人社局负责推荐的吧",  # a step named beside the body
])
def test_no_lead_is_read_where_a_duty_or_a_channel_is_said(deps, question):
    program = "hz_chief_technician_2021" if "首席" in question else "hz_craftsman_2016"
    assert lead_premise(deps.corpus, program, question) is None


def test_the_issuing_line_names_each_issuer(deps):
    lines = [line for _, line in issuing_lines(deps.corpus, "hz_digital_craftsman_2026")]
    assert "杭 州 市 总 工 会" in lines and "杭州市数据资源管理局" in lines


@pytest.mark.parametrize("text", ["杭州工匠跟首届数字工匠 主办的都是工会吗 分别是谁搞的",
                                  "谁牵头的 杭州工匠跟浙派工匠各是哪个部门"])
def test_a_comparison_of_who_runs_it_reads_the_lead_row(text):
    assert compared_attribute(text).key == "lead"


def test_a_comparison_of_where_papers_go_is_not_the_lead(deps):
    assert compared_attribute("首席技师和杭州工匠材料分别交到哪个部门").key == "channel"


def test_each_side_asked_in_its_own_sentence_ranks_by_that_sentence(deps):
    from assistant.chat.comparison.compared_attribute import attribute_picks

    text = "首席技师是谁在组织推荐的？浙派那边又是哪些单位负责推"
    picks = attribute_picks(deps.corpus, "zj_craftsman_2023", compared_attribute(text), text)
    assert picks[0].clause_id == "zj_craftsman_2023#四/(二)"  # 推荐工作由…负责, not the experts' 负责组织开展


def test_a_message_naming_another_body_elsewhere_is_left_to_the_whole_check(deps):
    # the channel said after it ("材料最后交总工会") is a premise too; reading only who runs it would drop it
    assert lead_premise(deps.corpus, "hz_chief_technician_2021", "首席技师是市总工会牵头的对吧，材料最后交总工会") is None


def test_a_body_of_another_level_than_the_issuer_is_corrected(deps):
    # the step's sentence names 人力社保部门 with no level; the issuer, 杭州市人力资源和社会保障局, settles it
    line, _ = lead_premise(deps.corpus, "hz_chief_technician_2021", "首席技师要交几份材料 还有听说是省人社厅组织的对吧")
    assert line.startswith("不对") and "杭州市人力资源和社会保障局" in line


def test_the_same_body_said_again_restates_the_premise_and_its_own_duty_is_said(deps):
    line, quotes = lead_premise(deps.corpus, "hz_craftsman_2016",
                                "首届杭州工匠是市委宣传部牵头评的，材料最后都是宣传部在看，是这样伐？")
    assert line.startswith("不对") and "市总工会" in line and "宣传工作" in line
    assert {"hz_craftsman_2016#六/1", "hz_craftsman_2016#六/2"} <= {cid for cid, _ in quotes}

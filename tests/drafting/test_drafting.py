"""Drafting the 主要事迹: limits from the forms, the composer's shape, clause links, bad input."""

from __future__ import annotations

import copy
import logging

import pytest

from assistant.drafting import (
    DEFAULT_LIMIT,
    FORM_LIMITS,
    check_grounding,
    count_chars,
    draft,
    draft_questions,
    form_limit,
)
from assistant.errors import InputError, NotFoundError
from assistant.notices.metadata import PROGRAM_IDS
from tests.drafting_support import APPLICANT, ID_CARD, PHONE

RICH = {
    **APPLICANT, "gender": "男", "birth_date": "1986-05", "occupation": "人工智能训练师",
    "skill_level": "高级技师", "title_level": "高级工程师", "years_in_field": 12,
    "achievements": [
        "主导制定《工业互联网平台数据接口规范》团体标准2项，参与制定行业标准1项",
        "带领团队打造设备运维AI智能体，服务企业300家，故障诊断效率提升40%",
        "攻克多源异构数据实时融合技术难题，获国家发明专利5项",
        "主持企业数字化改造项目，年节约成本1200万元",
        "创新“三步定位”故障排查工作法，在全省12个地市推广应用，平均排障时间缩短35%",
        "牵头建设省级技能大师工作室，开发培训课程18门，累计培训职工2600余人次",
        "研发智能质检系统，产品一次合格率由92%提升至99.6%，每年减少质量损失860万元",
        "参与国家重点研发计划项目1项，发表核心期刊论文6篇，获软件著作权9项",
    ],
    "trained_apprentices": "带徒12人，其中3人获评高级技师，2人在省级职业技能竞赛中获前三名",
    "competition_results": [{"level": "provincial", "rank": 1, "year": 2025, "type": "individual",
                             "field": "浙江省数字经济行业职业技能竞赛"}],
    "awards": [{"level": "provincial", "kind": "浙江省科学技术进步奖二等奖", "year": 2023},
               {"level": "national", "kind": "全国技术能手", "year": 2021}],
    "prior_titles": ["杭州市首席技师"],
}
# More than 600字 of facts: enough to fill every form.
RICH_XL = {**RICH, "achievements": RICH["achievements"] + [
    "主持完成车间5G专网改造，设备联网率达到98%",
    "编写《数字化运维实训教程》教材1部，被3所职业院校采用",
    "带领班组连续4年实现零安全事故",
    "开发设备预测性维护算法模型3个，设备非计划停机时间减少45%",
    "作为技术骨干参与杭州亚运会场馆智能运维保障，累计保障时长1500小时",
]}
SPARSE = {"name": "李娜", "achievements": ["参与制定地方标准1项"]}


def test_every_limit_is_quoted_from_its_clause(corpus):
    assert {row.program for row in FORM_LIMITS} == set(PROGRAM_IDS)
    for row in FORM_LIMITS:
        if row.limit_clause_id is None:  # 浙派工匠: no form in the notice
            assert row.limit == DEFAULT_LIMIT and row.note and row.limit_quote is None
            continue
        assert row.limit_quote in corpus.clause(row.limit_clause_id).text, row.program
        assert str(row.limit) in row.limit_quote
        assert corpus.has(row.form_clause_id)
        assert row.form.replace("“", "").replace("”", "") in corpus.clause(row.form_clause_id).title.replace(
            "“", "").replace("”", "")


@pytest.mark.parametrize(("program", "limit", "clause_id"), [
    ("hz_digital_craftsman_2026", 300, "hz_digital_craftsman_2026#附件"),
    ("hz_digital_craftsman_2023", 400, "hz_digital_craftsman_2023#附件3"),
    ("hz_craftsman_2016", 600, "hz_craftsman_2016#附件"),
    ("hz_chief_technician_2021", 300, "hz_chief_technician_2021#附件1"),
    ("zj_craftsman_2023", 600, None),
])
def test_limits_table(program, limit, clause_id):
    row = form_limit(program)
    assert (row.limit, row.limit_clause_id) == (limit, clause_id)


def test_unknown_program_is_a_chinese_error():
    with pytest.raises(NotFoundError) as err:
        draft(RICH, "hz_craftsman_2099")
    assert "hz_craftsman_2016" in err.value.message


@pytest.mark.parametrize(("text", "n"), [("", 0), ("该同志 主导\n制定\t标准2项。", 12), ("AI 智能体", 5), ("（一）", 3)])
def test_count_chars_counts_every_non_whitespace_character(text, n):
    assert count_chars(text) == n


@pytest.mark.parametrize("program", PROGRAM_IDS)
def test_rich_facts_fill_85_to_100_percent_and_stay_grounded(program):
    d = draft(RICH_XL, program)
    assert 0.85 * d.limit <= d.char_count <= d.limit, (d.char_count, d.text)
    assert d.omitted  # there was more than fits
    assert d.unsupported == ()
    assert check_grounding(d.text, RICH_XL) == []
    assert d.to_json()["char_count"] == count_chars(d.to_json()["text"])


@pytest.mark.parametrize("program", PROGRAM_IDS)
def test_sparse_facts_give_a_short_true_draft(program):
    d = draft(SPARSE, program)
    assert d.char_count <= d.limit
    assert "参与制定地方标准1项" in d.text
    assert d.unsupported == ()
    assert d.text.startswith("李娜同志")


def test_register_third_person_strongest_first():
    d = draft(RICH, "hz_digital_craftsman_2026")
    assert d.text.startswith("张伟同志现任杭州云栖智造科技有限公司首席架构师")
    assert "我" not in d.text
    # The provincial first place and the national-level patents come before the apprentices.
    assert d.text.index("第一名") < d.text.index("带徒12人") if "带徒12人" in d.text else True
    assert d.text.index("第一名") < d.text.index("团体标准")


def test_first_person_is_turned_into_third():
    d = draft({"achievements": ["我带领团队攻克了我市首个工业视觉检测难题", "本人主导制定企业标准3项"]},
              "hz_digital_craftsman_2026")
    assert "我" not in d.text and "本人" not in d.text
    assert "本市首个工业视觉检测难题" in d.text


def test_sentence_patterns_vary_by_kind():
    from assistant.drafting.compose import LEADS

    d = draft(RICH_XL, "hz_craftsman_2016")
    openers = [s.split("，")[0] for s in d.text.split("。") if s]
    assert len(openers) >= 6 and len(openers) == len(set(openers))
    leads = {lead.rstrip("，") for options in LEADS.values() for lead in options}
    assert len({o for o in openers if o in leads}) >= 5


def test_chief_technician_closes_with_honours_as_its_summary_sheet_asks():
    d = draft(RICH, "hz_chief_technician_2021")
    assert "主要荣誉：" in d.text
    tail = d.text[d.text.index("主要荣誉："):]
    assert "全国技术能手" in tail and "浙江省科学技术进步奖二等奖" in tail


@pytest.mark.parametrize(("program", "expected"), [
    ("hz_digital_craftsman_2026", {"hz_digital_craftsman_2026#二/(一)", "hz_digital_craftsman_2026#二/(二)"}),
    ("hz_digital_craftsman_2023", {"hz_digital_craftsman_2023#附件1/二/(一)", "hz_digital_craftsman_2023#附件1/二/(四)"}),
    ("hz_chief_technician_2021", {"hz_chief_technician_2021#二/(三)", "hz_chief_technician_2021#二/(四)"}),
    ("zj_craftsman_2023", {"zj_craftsman_2023#三/(一)/1", "zj_craftsman_2023#三/(一)/2"}),
])
def test_clause_links_name_the_conditions_the_written_achievements_support(corpus, program, expected):
    d = draft(RICH, program)
    assert expected <= set(d.clause_ids)
    for link in d.conditions:
        assert link.quote in corpus.clause(link.clause_id).text
        assert link.clause_id.startswith(program + "#")


def test_ai_agent_supports_2026_condition_two_two():
    d = draft({"achievements": ["带领团队打造AI智能体，服务企业300家"]}, "hz_digital_craftsman_2026")
    assert d.clause_ids == ("hz_digital_craftsman_2026#二/(二)",)


def test_clause_links_only_count_what_made_it_into_the_text():
    facts = {"achievements": ["攻克" + "数据融合难题" * 60, "参与制定团体标准2项"]}
    d = draft(facts, "hz_digital_craftsman_2026")
    if "团体标准" not in d.text:
        assert "hz_digital_craftsman_2026#二/(一)" not in d.clause_ids


# --- bad input -------------------------------------------------------------------------------

@pytest.mark.parametrize("facts", [{}, {"name": "王五", "employer": "某公司", "years_in_field": 8},
                                   {"achievements": [], "trained_apprentices": "  "}])
def test_no_achievements_never_invents(facts):
    with pytest.raises(InputError) as err:
        draft(facts, "hz_digital_craftsman_2026")
    assert err.value.field == "achievements"
    assert "不会编造" in err.value.message
    questions = draft_questions(facts, "hz_digital_craftsman_2026")
    assert questions and "主要业绩" in questions[0]
    assert "打造AI智能体" in questions[0]  # names the 第四届 conditions to write towards


def test_draft_questions_empty_when_ready():
    assert draft_questions(RICH, "hz_digital_craftsman_2026") == []


def test_id_card_never_reaches_the_text_or_logs(caplog):
    facts = copy.deepcopy(RICH)
    facts["achievements"] = facts["achievements"] + [f"联系人身份证{ID_CARD}，电话{PHONE}，带徒5人"]
    with caplog.at_level(logging.DEBUG):
        for program in PROGRAM_IDS:
            d = draft(facts, program)
            dumped = str(d.to_json())
            assert ID_CARD not in dumped and PHONE not in dumped
            assert ID_CARD[:14] not in d.text
    assert ID_CARD not in caplog.text and PHONE not in caplog.text
    assert "张伟" not in caplog.text  # no user text in the logs at all


@pytest.mark.parametrize(("facts", "needle"), [
    ({"years_in_field": 80, "achievements": ["攻克技术难题3项"]}, "80"),
    ({"birth_date": "1996-01", "years_in_field": 20, "achievements": ["攻克技术难题3项"]}, "20"),
    ({"awards": [{"kind": "全国技术能手", "year": 2031}], "achievements": ["攻克技术难题3项"]}, "2031"),
])
def test_absurd_numbers_are_flagged_not_used(facts, needle):
    d = draft({**facts, "occupation": "电工"}, "hz_craftsman_2016")
    assert any(needle in w for w in d.warnings), d.warnings
    assert needle not in d.text
    assert any(needle in q for q in draft_questions(facts, "hz_craftsman_2016"))


def test_years_beyond_the_profile_bound_are_a_clear_input_error():
    with pytest.raises(InputError) as err:
        draft({"years_in_field": 81, "achievements": ["x"]}, "hz_craftsman_2016")
    assert "years_in_field" in err.value.message


def test_suggestions_ask_for_numbers_when_there_are_none():
    d = draft({"achievements": ["长期扎根生产一线，攻克技术难题"]}, "zj_craftsman_2023")
    assert any("数字" in s for s in d.suggestions)
    assert any("姓名" in s for s in d.suggestions)


def test_zj_has_no_form_and_says_so():
    j = draft(RICH, "zj_craftsman_2023").to_json()
    assert j["limit"] == 600 and j["limit_clause_id"] is None and j["form"] is None
    assert any("没有附推荐表" in n for n in j["notes"])


def test_json_shape_is_the_contracts():
    j = draft(RICH, "hz_digital_craftsman_2026").to_json()
    assert {"text", "char_count", "limit", "clause_ids", "unsupported"} <= j.keys()
    assert isinstance(j["clause_ids"], list) and isinstance(j["unsupported"], list)
    assert j["mode"] == "offline" and j["limit_clause_id"] == "hz_digital_craftsman_2026#附件"


@pytest.mark.parametrize(("award", "expected"), [
    ({"kind": "2024年获浙江省技术能手", "year": 2024}, "2024年获浙江省技术能手"),
    ({"kind": "获评2022年杭州市技术能手"}, "获评2022年杭州市技术能手"),
    ({"kind": "荣获省科技进步奖", "year": 2021}, "2021年荣获省科技进步奖"),
    ({"kind": "杭州市技术能手", "year": 2022}, "2022年获评杭州市技术能手"),
])
def test_an_award_gets_one_verb_and_one_year(award, expected):
    d = draft({"awards": [award], "achievements": ["主导制定团体标准2项"]}, "hz_digital_craftsman_2026")
    assert expected in d.text, d.text
    for doubled in ("获获", "获2024年获", "获评2022年获评", "年2024年", "获荣获"):
        assert doubled not in d.text


def test_the_apprentices_result_is_not_written_as_the_candidates():
    facts = {"trained_apprentices": "带徒12人，有3个拿了省里比赛第三名", "achievements": ["主导制定团体标准2项"],
             "competition_results": [{"level": "provincial", "rank": 3, "field": "有3个拿了省里比赛"}]}
    d = draft(facts, "hz_digital_craftsman_2026")
    assert "中获第三名" not in d.text and d.unsupported == ()
    assert any("徒弟" in w for w in d.warnings)

"""Answer types, answerability and premises: the cue table, the value sets, the vector fallback, the silent
answer, the premise corrections and the comparison's silent side."""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pytest

from assistant.chat.case.state import Session
from assistant.chat.premise import correction, strip_claims, unit_pattern
from assistant.chat.rules import answer_types
from assistant.chat.rules.answer_types import TYPES, classify, focus, holds, question_parts
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


@pytest.mark.parametrize(("question", "expected"), [
    ("推荐表最晚哪天交上去？", "date"),
    ("材料啥时候得交上去", "date"),
    ("有不懂的找谁问，电话多少？", "contact"),
    ("评上了奖金有多少？", "money"),
    ("评上以后单位能拿到啥？", "money"),
    ("纸质材料送到哪个地址？", "place"),
    ("每个区县能推几个人？", "count"),
    ("要准备哪些材料？", "materials"),
    ("报上去以后要经过哪几个环节？", "procedure"),
    ("自由职业者能申请吗？", "yes_no"),
    ("两届的名额有什么区别？", "difference"),
    ("是4月30日截止吧？", "date"),  # a yes/no question asserting a date asks about the date
    ("要干满5年对吧？", "count"),
])
def test_cue_table(question, expected):
    asked = classify(question, vectors=False)
    assert asked.type == expected and asked.source == "table"
    assert asked.type in TYPES


def test_difference_keeps_the_compared_type():
    asked = classify("首届和第四届每个区县能推的人数有什么不同？", vectors=False)
    assert asked.type == "difference" and asked.inner == "count" and asked.strict


def test_every_type_has_a_cue_row_and_examples():
    table = answer_types.table()
    rows = {row["type"] for row in table["cue"]}
    assert rows == set(table["types"]) == set(TYPES) - {"difference"}
    assert all(len(spec["examples"]) >= 3 for spec in table["types"].values())
    assert set(row["values"] for row in table["cue"]) <= set(table["values"])


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("什么时候评审？", "（三）评审阶段（2023年4月）", True),  # a date in a heading is a date
    ("什么时候截止？", "报送截止时间为 7 月 15 日。", True),
    ("什么时候截止？", "推荐工作由各市人力社保部门负责。", False),
    ("每个区县能推几个？", "各区县(市)总工会推荐不超过 4 名", True),
    ("每个区县能推几个？", "区县(市)总工会意见 (盖章) 年 月 日", False),  # a form row is no quota
    ("每个区县能推几个？", "认定工作于2017年4月底前完成。", False),  # a calendar year is no count
    ("评上了奖金有多少？", "每人奖励 1万元并颁发证书", True),
    ("评上了奖金有多少？", "优先参加免费疗休养", False),
    ("找谁问？电话多少？", "联系人:叶群华,电话:89589640", True),
])
def test_value_sets(question, text, expected):
    assert holds(classify(question, vectors=False), text) is expected


def test_focus_drops_question_words_and_programme_names():
    assert "多少" not in focus("第四届数字工匠评审专家一共有几个人？")
    assert "专家" in focus("第四届数字工匠评审专家一共有几个人？")


def test_two_part_question_is_split():
    assert question_parts("自由职业者可以申请吗？走什么渠道推荐？") == ["自由职业者可以申请吗？", "走什么渠道推荐？"]
    assert question_parts("什么时候截止？") == ["什么时候截止？"]


class _LengthEmbedder:
    """Embeds a text by whether it mentions money words: enough to make the nearest-examples choice testable."""

    name = "fake-types"

    def encode(self, texts):
        vectors = np.array([[1.0 if any(w in t for w in ("钱", "奖")) else 0.0, 1.0] for t in texts], dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def test_vector_fallback_types_an_unmatched_question_and_is_never_strict():
    from assistant.language import classify as language
    from assistant.retrieval.embedding import register_embedder

    register_embedder("fake-types", _LengthEmbedder)
    before = language._EMBEDDER_NAME[0]
    language._EMBEDDER_NAME[0] = "fake-types"  # what set_embedder does, without refitting its models
    try:
        asked = classify("这份荣誉奖不奖")
        assert asked.source == "vectors" and asked.type == "money" and not asked.strict
    finally:
        language._EMBEDDER_NAME[0] = before


@pytest.mark.parametrize(("question", "quote", "start"), [
    ("首席技师材料是7月底截止对吧？", "报送截止时间为 7 月 15 日。", "不对"),
    ("是4月30日截止吧？", "请各推荐单位于4月10日前报送", "不对"),
    ("每人奖励两万块对不对？", "对突出贡献浙派工匠每人奖励 1万元", "不对"),
    ("材料是交到市人社局的吧？", "按要求报送至市总工会经济工作部", "不对"),
    ("只交电子版就行了吧，纸质的不用交？", "纸质材料和电子文档各一份", "不对"),
    ("首席技师有高级工证就能报了对吧？", "应当具有技师及以上国家职业资格证书", "不对"),
    ("团体第一也能直接认定吧？", "获得个人第一名的人员", "不对"),
    ("退休了也能报对吧？", "退休人员不作为推荐对象", "不对"),
    ("公示三天就够了吧？", "公示时间不少于 5个工作日", "不对"),
    ("一线人才占一半就行了吧？", "一线技能人才认定比例不低于 70%", "不对"),
    ("要求在杭工作满1年对吧？", "在杭全职工作1年以上", "是的"),
    # the value said for the same subject decides, not an equal value said for another
    ("各类协会能推4个人吧？", "各市主管部门推荐名额一般分别不超过 4 人，各类协会推荐名额一般分别不超过 2 人。", "不对"),
    ("区县能推4个人吧？", "各区县推荐名额一般分别不超过 4 人，各类协会推荐名额一般分别不超过 2 人。", "是的"),
    ("奖金是一万元对吧？", "并颁发证书、奖牌和一次性奖励20000元", "不对"),  # 万元 and 元 are one unit
    ("这个办法是2024年开始施行的吧？", "该办法自 2023年 10月 1日起施行。", "不对"),
    ("推荐表不用单位盖章吧？", "所在单位意见\t(盖章) 年 月 日", "不对"),
    ("个人自荐要去现场报名吧？", "个人可通过职工技术协作网专栏（http://www.hzzgjx.org/）自荐报名。", "不对"),
    ("照片贴1寸的就行吧？", "正面免冠 彩色近照 (2寸)", "不对"),
])
def test_corrections(question, quote, start):
    assert (correction(question, quote) or "").startswith(start)


def test_no_claim_no_verdict():
    assert correction("第四届有什么要求？", "在杭全职工作1年以上") is None


def test_strip_claims_and_unit_pattern():
    assert "4月30日" not in strip_claims("是4月30日截止吧？")
    pattern = unit_pattern("必须45岁以下吧？")
    import re

    assert re.search(pattern, "40 周岁以下") and not re.search(pattern, "人力社保部门")


def test_silent_notice_says_so_first_then_contact_then_uncited_reference(deps):
    answer = respond(Session(), "评上第四届杭州数字工匠能拿多少奖金？", deps)
    first = answer.text.splitlines()[0]
    assert first.startswith("第四届杭州数字工匠的通知没有写明") and "奖金" in first
    assert answer.citations == ()
    assert "89589640" in answer.text
    if "参考" in answer.text:
        lines = answer.text.splitlines()
        assert [i for i, ln in enumerate(lines) if "参考" in ln][0] > 1


def test_answer_quotes_the_sentence_holding_the_asked_type(deps, corpus):
    answer = respond(Session(), "首届杭州工匠的申报表要在什么时候之前报到市总技协办？", deps)
    assert answer.citations and "9月30日" in answer.citations[0].quote
    for c in answer.citations:
        assert c.quote in corpus.clause(c.clause_id).text


def test_no_unrelated_related_clause(deps):
    answer = respond(Session(), "第四届数字工匠什么时候截止报名？", deps)
    for line in answer.text.splitlines():
        if line.startswith("相关条款"):
            assert holds(classify("什么时候截止报名？", vectors=False), line)


def test_comparison_says_which_side_is_silent(deps):
    answer = respond(Session(), "浙派工匠和第四届数字工匠，各自的奖金是多少？", deps)
    assert "1万元" in answer.text
    assert "第四届杭州数字工匠】通知没有写明" in answer.text


@pytest.mark.parametrize(("question", "out"), [
    ("第二届杭州工匠什么时候开始报？", True),   # no pack claims a 第二届
    ("第三届数字工匠有什么变化", True),
    ("第四届数字工匠什么时候截止？", False),   # held: the 2026 pack's edition cue
    ("首届杭州工匠认定多少人？", False),
])
def test_an_edition_no_pack_holds_is_out_of_scope(question, out):
    from assistant.chat.rules.out_of_scope import out_of_scope

    assert bool(out_of_scope(question)) is out


def test_a_question_for_the_type_alone_is_answered_by_any_unit_holding_it(deps):
    answer = respond(Session(), "首届杭州数字工匠评上了发点什么？", deps)
    assert answer.citations and "奖牌" in answer.text


@pytest.mark.parametrize(("question", "text", "expected"), [
    ("评审专家有多少人？", "公示时间不少于 5个工作日", False),  # a count, but not of people
    ("评审专家有多少人？", "每次评选突出贡献浙派工匠 50名", True),
    ("公示几天？", "从事数字经济行业工作一般在5年以上", False),
    ("公示几天？", "公示时间不少于 5个工作日", True),
    ("推荐表寄到哪个地址？", "省人力社保厅组织对被推荐人选资格进行形式审查", False),  # an office is no address
    ("推荐表寄到哪个地址？", "通信地址：解放东路 18 号市民中心 D 座 1818 室", True),
])
def test_the_counted_unit_and_the_place(question, text, expected):
    assert holds(classify(question, vectors=False), text) is expected


def test_a_fee_question_is_out_of_scope():
    from assistant.chat.rules.out_of_scope import out_of_scope

    assert out_of_scope("浙派工匠申报要交多少钱？")


@pytest.mark.parametrize(("question", "outside"), [
    ("2024年首席技师什么时候报", True),
    ("首席技师去年评了多少人", True),
    ("2021年首席技师要什么条件", False),
    ("首席技师要什么条件", False),
    ("我2015年评上技师，首席技师能报吗", False),  # a year of the asker's own, not of a round
])
def test_another_years_round_is_outside_the_notice_a_pack_holds(question, outside):
    from assistant.chat.rules.out_of_scope import out_of_scope

    assert (out_of_scope(question) is not None) is outside


# -- value detection, premise values (issue 14, second pass) ---------------------------------------------
def test_signature_date_answers_only_a_question_about_the_notice_itself():
    from assistant.chat.rules.quotes import typed_quote
    from assistant.notices.tree import load_corpus

    clause = load_corpus().clause("hz_chief_technician_2021#五")
    when_listed = typed_quote(clause, "名单什么时候公布？", classify("名单什么时候公布？", vectors=False))
    assert not (when_listed.holds and "6 月 21 日" in when_listed.quote)
    issued = classify("这个通知是几号发出来的？", vectors=False)
    pick = typed_quote(clause, "这个通知是几号发出来的？", issued, focus="这个通知是 发出来")
    assert pick.holds and "6 月 21 日" in pick.quote and pick.relevance >= answer_types.threshold()


@pytest.mark.parametrize(("question", "values"), [
    ("培训营在哪里办？", "venue"),  # where an event is held: an address, not a submission channel
    ("颁奖仪式在哪举行？", "venue"),
    ("材料交到省里哪个处室？", "place"),
    ("参加培训要自己掏钱吗？", "amount"),
])
def test_cue_rows_for_venues_channels_and_paying(question, values):
    assert classify(question, vectors=False).values == values


def test_a_bare_submission_verb_is_no_place():
    asked = classify("材料交到哪里？", vectors=False)
    assert not holds(asked, "按推荐名额进行报送")
    assert holds(asked, "由设区市政府或省直有关单位、中央部属在浙有关单位报送")
    assert holds(asked, "自由职业者应通过相应的行业协会组织进行推荐")


def test_the_askers_own_year_is_no_premise_about_the_notice():
    assert not (correction("我2024年拿的第一名，能报吧？", "该办法自 2023年 10月 1日起施行。") or "").startswith("不对，通知写的不是2024")


def test_an_overview_question_is_answered_by_the_steps_in_order(deps):
    answer = respond(Session(), "第四届杭州数字工匠报上去以后是怎么评的？", deps)
    text = answer.text
    assert "依次" in text and text.index("初审") < text.index("审定") < text.index("公示")
    assert classify("要走哪几步？", vectors=False).overview


def test_a_calendar_year_is_no_count_of_years():
    asked = classify("工作年限要求是多少？", vectors=False)
    assert not holds(asked, "认定工作于2017年4月底前完成") and holds(asked, "工作不少于10年")


def test_a_question_about_a_form_field_is_answered_by_the_forms_row(deps):
    text = respond(Session(), "第四届杭州数字工匠推荐表里本人承诺那栏要签字吗？", deps).text
    assert "签名" in text


def test_steps_of_a_top_level_procedure_section_are_its_parts(deps):
    text = respond(Session(), "突出贡献浙派工匠报到省里以后是怎么评的？", deps).text
    assert "依次" in text and text.index("形式初审") < text.index("专家评审") < text.index("评审结果上报")


def test_a_level_the_notice_does_not_require_is_corrected(deps):
    quote = "申报杭州市首席技师认定的人员应当具有技师及以上国家职业资格证书（职业技能等级证书）"
    assert correction("要有高级技师证才能报吧？", quote).startswith("不对")
    assert not (correction("技师及以上就能报吧？", quote) or "").startswith("不对")
    text = respond(Session(), "2021年杭州市首席技师要有高级技师证才能报吧？", deps).text
    assert text.startswith("不对") and "技师及以上" in text


@pytest.mark.parametrize(("question", "quote"), [
    ("材料只要电子版就行吧？", "以上材料均需纸质材料和电子文档各一份。"),
])
def test_only_one_form_of_submission_is_corrected(question, quote):
    assert correction(question, quote).startswith("不对")


def test_a_number_asked_with_ma_is_checked_like_a_premise():
    from types import SimpleNamespace

    from assistant.chat.rules.factual_pick import asserts as _asserts

    plain = SimpleNamespace(confirm=False)
    assert _asserts("首席技师一共认定15名吗？", plain) and _asserts("推荐表是交到市人社局的吗？", plain)
    assert not _asserts("首席技师一共认定多少名？", plain) and not _asserts("2021年首席技师有名额限制吗？", plain)


def test_own_case_terms_choose_the_conditions_sentence():
    from assistant.retrieval.rewrite import added_terms

    assert "推荐对象" in added_terms("我在技师学院当老师，能推我吗？", only=("own_case",))
    assert added_terms("材料几号截止？", only=("own_case",)) == ()


def test_a_share_is_no_cap():
    quote = "推荐对象向一线和青年技能人才倾斜,一线技能人才认定比例不低于 70%,40 周岁以下青年技能人才认定比例不低于 35%。"
    verdict = correction("是不是不能超过50岁？", quote)
    assert verdict.startswith("不对") and "比例" in verdict and "而是40" not in verdict


def test_short_topics_need_the_values_own_segment():
    from assistant.chat.rules.quotes import Pick
    from assistant.chat.rules.ranking import _bare

    asked = classify("要认定多少人？", vectors=False)
    quota = Pick("x#1", "各区县(市)总工会推荐不超过 4 名", 1.0, True, 0.0)
    total = Pick("x#2", "在全市一线岗位直接从事技能工作的优秀技术人才中认定30名“杭州工匠”", 1.0, True, 0.0)
    assert _bare(quota, True, {"认定"}, asked).relevance < answer_types.threshold()
    assert _bare(total, True, {"认定"}, asked).relevance >= answer_types.threshold()
    assert not holds(asked, "直接认定的有关竞赛个人第一名人员")  # an ordinal is no count


def test_a_long_sentence_is_cut_to_hold_every_asked_value_that_fits():
    from assistant.chat.rules.quotes import _window

    sentence = ("坚持正确政治方向，全面贯彻党的路线方针政策，遵纪守法、爱岗敬业，秉承工匠精神，具有良好的职业道德和高超技能水平，"
                "候选人应来自生产服务一线，原则上从事本职业（工种）5年以上，取得高级技师以上职业资格（职业技能等级）"
                "或本职业（工种）最高职业资格（职业技能等级），在浙全职工作 1年以上的在岗人员中推荐。")
    quote = _window(sentence, {"工作"}, re.compile(r"\d\s*年"))
    assert "5年以上" in quote and "1年以上" in quote


def test_the_step_after_the_named_one_answers_whats_next(deps):
    text = respond(Session(), "第四届杭州数字工匠初审过了以后下一步是什么？", deps).text
    assert "(2) 评审" in text and "(1) 初审" not in text


@pytest.mark.parametrize(("question", "quote"), [
    ("网上说奖金有5万，是真的吗？", "对突出贡献浙派工匠每人奖励 1万元并颁发证书"),  # 万 said without 元
    ("竞赛第一名直接认定的也要占推荐名额吧？", "符合条件可以直接认定的有关竞赛个人第一名人员,在申报时不占推荐名额。"),
])
def test_more_premise_values(question, quote):
    assert correction(question, quote).startswith("不对")


def test_the_body_a_premise_names_is_checked_against_the_body_that_acts(deps):
    text = respond(Session(), "突出贡献浙派工匠是省总工会评的吧？", deps).text
    assert text.startswith("不对") and "省人力社保厅" in text


def test_a_citation_names_its_clause_by_its_heading():
    from assistant.chat.answer import Citations
    from assistant.chat.templates import cite_line
    from assistant.notices.tree import load_corpus

    corpus = load_corpus()
    line = cite_line(corpus, Citations(), "hz_craftsman_2016#四/(四)", "个人可通过市总工会职工技术协作网自荐报名。")
    assert "四/(四)（个人自荐）：" in line
    inline = cite_line(corpus, Citations(), "hz_digital_craftsman_2026#三/(二)/1/(1)", "(1) 初审。")
    assert "（" not in inline.split("：", 1)[0]  # an inline heading that runs on is no name


@pytest.mark.parametrize("question", ["评上有没有奖牌？", "评上有纪念品吗？", "能去疗休养吗？"])
def test_reward_objects_ask_for_the_reward(question):
    asked = classify(question, vectors=False)
    assert asked.type == "money" and asked.values == "reward" and asked.strict


def test_an_aspect_of_a_reward_the_notice_leaves_open_is_silent(deps):
    text = respond(Session(), "首届杭州工匠的奖金是税前还是税后？", deps).text
    assert "没有写明" in text.splitlines()[0]
    assert "20000元" in respond(Session(), "首届杭州工匠评上了奖金有多少？", deps).text
    assert focus("发不发奖章？").strip() == "奖章？"


def test_an_honour_named_after_may_day_is_no_date():
    asked = classify("证书什么时候发？", vectors=False)
    assert not holds(asked, "同时授予杭州市五一劳动奖章荣誉称号") and holds(asked, "于2023年五一节召开认定发布会")


def test_silent_on_a_point_of_a_stated_amount_says_so(deps):
    first = respond(Session(), "突出贡献浙派工匠的奖金打到哪个账户？", deps).text.splitlines()[0]
    assert "没有写明" in first and "金额" not in first


@pytest.mark.parametrize("question", ["首届杭州工匠认定要经过哪几个环节？", "首届杭州工匠评上了有什么奖励？"])
def test_a_question_about_a_programme_does_not_say_the_asker_holds_it(question):
    from assistant.chat.case.corrections import held_after

    assert held_after(question) == {}
    assert held_after("浙江省首席技师我2019年就评上了") != {}


@pytest.mark.parametrize(("question", "expected"), [
    ("首届杭州数字工匠最后谁来拍板定名单？", "actor"),
    ("汇总表是谁来填？", "actor"),
    ("最后是谁把人报到省里的？", "actor"),
    # "哪几家单位" asks which bodies, as "哪家单位" does: an actor with its verb, not a count of 家
    ("领导问我最后名单是哪几家单位拍板的", "actor"),
    ("有问题找谁？", "contact"),  # whom to ask is a contact, not who acts
    ("材料交给谁？", "place"),  # whom to send to is a channel
])
def test_who_acts_is_its_own_type(question, expected):
    assert classify(question, vectors=False).type == expected


def test_actor_is_never_guessed_from_vectors():
    assert not answer_types.table()["types"]["actor"].get("vectors", True)


@pytest.mark.parametrize(("question", "step"), [
    ("最后谁来拍板定名单？", ("审定", "批准")),  # the final say, colloquially: the notices' 审定 or 批准
    ("由谁审定名单？", "审定"),
    ("评审专家由谁抽取？", "抽取"),  # what follows 谁 names the step, not the noun 评审专家
    ("是谁把人报到省里的？", "报送"),
    ("汇总表是谁来填？", "填报"),
])
def test_step_terms_name_the_asked_step(question, step):
    from assistant.chat.rules.procedure_words import step_terms

    assert step_terms(question) == (step if isinstance(step, tuple) else (step,))


@pytest.mark.parametrize(("question", "clause"), [
    ("首届杭州数字工匠最后谁来拍板定名单？", "hz_digital_craftsman_2023#附件1/三/(三)/2"),
    ("突出贡献浙派工匠最后是谁把人报到省里的？", "zj_craftsman_2023#四/(二)/4"),
    ("2021年杭州市首席技师汇总表是谁来填？", "hz_chief_technician_2021#附件1"),
])
def test_who_acts_is_answered_by_the_unit_naming_the_actor_of_that_step(deps, question, clause):
    answer = respond(Session(), question, deps)
    assert answer.citations and answer.citations[0].clause_id == clause


@pytest.mark.parametrize("question", ["要答辩不", "原件交上去还退回来不？", "赶得上不"])
def test_one_trailing_no_pattern_for_every_yes_no_reading(question):
    """"V不" is one table row (answer_types.toml trailing_no) for the cue, the thing and the yes/no shape."""
    import re

    from assistant.chat.rules.answer_types import trailing_no

    assert re.search(trailing_no(), question)
    assert not re.search(trailing_no(), "报了不少")


def test_one_holiday_table_for_dates_and_premises():
    from assistant.chat.premise import correction
    from assistant.chat.rules.answer_types import classify, holds, holidays

    assert holidays()["国庆"] == 10 and holidays()["春节"] == 0
    date = classify("发布会是几号开的")
    assert holds(date, "于2023年五一节召开") and not holds(date, "杭州市五一劳动奖章")
    assert correction("发布会是国庆节开的吧", "于2023年五一节召开首届认定发布会").startswith("不对")


@pytest.mark.parametrize(("message", "rule"), [
    ("浙派工匠单位要准备啥东西", True),  # the extractor read 单位 as a role: still a question about the notice
    ("首席技师评上了给不给钱", True),  # 首席技师 read as a skill level: still a money question
    ("报首席技师，我的技师证网上能查到的，还要交复印件伐", True),  # 伐: 吗 in Wu speech
    ("杭州数字工匠评上了发些什么", True),
    ("我做了8年软件开发，能报第四届吗", False),
    ("杭州工匠，我55岁，中国国籍，够格吗", False),  # 55岁 is the asker's case; the ask is 够格吗
    ("我带的徒弟好几个成了班组骨干，有一个拿了第一名", False),  # 好几个 asks nothing
    ("工会会员是的，也没评过什么", False),  # 没…什么 is the indefinite
    ("去年我拿了个人第一，杭州数字工匠第四届咋弄", False),  # how to go about it oneself: the checker's
])
def test_a_question_about_the_notice_is_not_the_askers_case(message, rule):
    from assistant.chat.case.switches import asks_rule

    assert asks_rule(message) is rule


@pytest.mark.parametrize(("question", "kept"), [
    ("首席技师那边王老师的电话多少", ""),  # 王老师 is the contact asked for
    ("首届数字工匠沈老师电话", ""),
    ("在校老师能不能被推荐", "老师"),  # names no one: a kind of person, the topic
    ("我以前的老师傅能申请回避吗", "老师傅"),
])
def test_a_person_addressed_by_surname_and_title_is_no_topic_word(question, kept):
    from assistant.chat.rules.answer_types import focus

    topic = focus(question)
    assert ("老师" in topic) is bool(kept) and (not kept or kept in topic)


@pytest.mark.parametrize(("question", "teacher"), [
    ("浙派工匠评审时有个评委是我以前的老师傅，能申请他回避吗", False),  # 老师傅: a master craftsman
    ("我们厂的老师傅能报首席技师吗", False),
    ("技工学校的老师能报浙派工匠吗", True),
])
def test_a_master_craftsman_is_no_teacher(question, teacher):
    from assistant.chat.rules.conditions import attributes

    row = next(a for a in attributes() if a.key == "teacher")
    assert bool(row.ask.search(question)) is teacher


@pytest.mark.parametrize("question, gone", [
    ("是不是每个区只能推3个人啊", "区只"),
    ("每个单位仅能报一个吧", "位仅"),
    ("区里就只能推两个吧", "只"),
])
def test_restrictive_adverbs_are_no_topic(question, gone):
    from assistant.chat.rules.answer_types import focus

    assert gone not in focus(question)


def test_a_word_adverb_that_says_what_is_asked_stays_in_the_topic():
    from assistant.chat.rules.answer_types import focus

    assert "一次性" in focus("杭州工匠评上了一次性给多少钱")


@pytest.mark.parametrize(("question", "said"), [
    ("浙派工匠单位里公示要多长时间", "5个工作日"),
    ("首届数字工匠宣传阶段搞多长时间", "2022年12月—2023年5月"),
    ("浙派工匠全省公示多长时间", "5个工作日"),
])
def test_how_long_asks_a_length_not_a_point_in_time(question, said):
    import datetime as dt

    from assistant.chat.case.state import Session
    from assistant.chat.turn import make_deps, respond
    from tests.chat_support import KeywordRetriever

    deps = make_deps(retriever=KeywordRetriever(), today=dt.date(2026, 11, 21))
    assert classify(question, vectors=False).type == "count"
    assert said in respond(Session(), question, deps).text.splitlines()[0]


@pytest.mark.parametrize("question", [
    "首届和第四届数字工匠，名单最后分别由哪个机构审定",
    "两届数字工匠分别是谁来审定名单的",
    "第四届和首届数字工匠的名单各自由谁审定",
])
def test_who_does_a_step_is_compared_by_each_sides_actor(question):
    import datetime as dt

    from assistant.chat.case.state import Session
    from assistant.chat.turn import make_deps, respond
    from tests.chat_support import KeywordRetriever

    deps = make_deps(retriever=KeywordRetriever(), today=dt.date(2026, 11, 21))
    answer = respond(Session(), question, deps)
    cited = {c.clause_id for c in answer.citations}
    assert "hz_digital_craftsman_2026#三/(二)/1/(3)" in cited, answer.text
    assert "hz_digital_craftsman_2023#附件1/三/(三)/2" in cited, answer.text


@pytest.mark.parametrize(("question", "label"), [
    ("首届数字工匠公示了几天", "公示天数"), ("公示期有几个工作日", "公示天数"), ("评审要多长时间", "评审时长"),
    ("评审专家有几位", "人数"), ("一年评几次", "次数"), ("已经办了几届", "届数"), ("推荐表交几份", "份数"),
])
def test_a_count_is_named_by_its_unit(question, label):
    # "没有写明具体数量" named no unit of what was asked; a span of time is named with the step it measures
    assert classify(question).label == label


@pytest.mark.parametrize("question", ["第四届数字工匠一个单位最多能推几个人", "首席技师一家企业最多报几个人",
                                      "我们公司报首届数字工匠能推荐多少人"])
def test_a_quota_per_recommending_body_is_no_quota_per_employer(deps, question):
    # the quota sentence names 总工会/主管部门/产业工会: the answer says first that no employer has a quota of its own
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    answer = respond(Session(), question, deps)
    assert answer.text.splitlines()[0].startswith("通知的名额是按推荐单位（")
    assert "不是按单位分配" in answer.text.splitlines()[0] and answer.citations


def test_a_quota_asked_of_a_recommending_body_or_set_per_employer_answers_as_it_stands():
    from assistant.chat.rules.factual_pick import per_unit_note

    quota = "各区县(市)总工会推荐不超过 4 名。市各主管部门、各产业工会推荐不超过 3 名。"
    assert per_unit_note("每个区县总工会能推几个", quota) is None
    assert per_unit_note("一共评几个", quota) is None
    assert per_unit_note("一个单位能推几个", "每个单位限报1名。") is None
    assert per_unit_note("一个单位能推几个", quota)


@pytest.mark.parametrize(("question", "label"), [
    ("杭州工匠评上有没有津贴", "津贴"),  # that notice gives a one-off 奖励: a refusal must not deny it
    ("首席技师评上以后每个月有没有补贴", "补贴"),
    ("评上杭州数字工匠能拿多少奖金", "奖金的金额"),
    ("评上浙派工匠能拿多少钱", "奖金或津贴的金额"),  # no kind named: the row's own label
])
def test_a_money_refusal_names_the_money_asked(question, label):
    asked = classify(question, vectors=False)
    assert (asked.type, asked.label) == ("money", label)


@pytest.mark.parametrize(("question", "parts"), [
    # a conditional clause sets the case of the ask after it, though it holds a question word (哪个)
    ("第四届名单公示一般公示几天？要是我们对哪个人选有意见，往哪儿提？",
     ["第四届名单公示一般公示几天？", "要是我们对哪个人选有意见，往哪儿提？"]),
    ("如果哪天单位没建工会了，能报吗？材料交到哪？", ["如果哪天单位没建工会了，能报吗？", "材料交到哪？"]),
])
def test_a_case_goes_with_the_ask_after_it(question, parts):
    assert question_parts(question) == parts


def test_a_quota_asked_per_city_where_the_notice_sets_a_total():
    from assistant.chat.rules.factual_pick import per_unit_note

    total = "每 5年评选一次，每次评选突出贡献浙派工匠 50名，培育突出贡献单位 30个。"
    assert "没有规定每个市" in per_unit_note("浙派工匠每个市能推几个人", total)
    assert per_unit_note("浙派工匠一共评多少个", total) is None
    shared = "各区县(市)总工会推荐不超过 4 名,其中数字经济相对领先的滨江区、西湖区、余杭区可推荐不超过 6 名。"
    assert per_unit_note("第四届数字工匠每个区能推几个", shared) is None  # the sentence gives each district's share


@pytest.mark.parametrize("question", [
    "第四届数字工匠区里把人推上去以后还要过几道关？",  # the sentence vectors read a programme's name as a count (时长)
    "推上去的人后面要过哪几道",
    "杭州工匠材料报到市总以后还有几道坎",
    "首届数字工匠报上去要经过几道手续",
])
def test_counting_the_passes_of_a_course_is_a_procedure_overview_by_its_words(question):
    # how many passes a course has, in an asker's words (the table's passes), types the question by the table
    # itself, not by sentence vectors
    asked = classify(question, vectors=False)
    assert (asked.type, asked.source, asked.overview) == ("procedure", "table", True)


@pytest.mark.parametrize("question", [
    "评上以后有没有跟同行交流的机会？杭州工匠和首届数字工匠两个比比看，一个好像是给搭平台，一个好像有个论坛",
    "这两个哪个评上了有奖牌",
])
def test_numerals_pointing_at_the_things_compared_assert_no_count(question):
    # "两个比比看", "一个…，一个…" (one … the other) point at the programmes compared: no count is asserted
    assert classify(question, vectors=False).type != "count"


@pytest.mark.parametrize("question", ["一个区能推两个人吧", "每个单位能推一个吗"])
def test_a_count_asserted_of_people_is_still_a_count(question):
    assert classify(question, vectors=False).type == "count"


def test_a_question_word_inside_a_quoted_form_row_makes_no_ask():
    """"推荐表上有个“是否为两代表一委员”，…有没有优先？": the row's name is context of the ask after it."""
    parts = question_parts("第四届数字工匠推荐表上有个“是否为两代表一委员”，我们员工是区人大代表，这个填了以后有没有优先？"
                           "要不要附当选证明？")
    assert len(parts) == 2 and parts[0].endswith("有没有优先？")

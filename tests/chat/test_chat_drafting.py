"""Drafting in chat as unit HR does it: the person named, a pending question honoured, facts kept with the
person they belong to, and nothing in a draft that the facts about that person do not say."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.people import attribute, names_in, request_target
from assistant.drafting import check_grounding
from tests.chat_support import talk as _talk

TODAY = dt.date(2026, 11, 21)
CT, D26, ZJ = "hz_chief_technician_2021", "hz_digital_craftsman_2026", "zj_craftsman_2023"


@pytest.mark.parametrize(("text", "name"), [
    ("帮我们单位的张伟写一下第四届数字工匠推荐表的主要事迹", "张伟"),
    ("给王芳写一份首届杭州工匠的主要事迹", "王芳"),
    ("写一下欧阳明华同志的主要事迹", "欧阳明华"),
    ("他叫陈刚，在杭州精工机械有限公司担任焊接班长", "陈刚"),
    ("刘洋", "刘洋"),
    ("写刘洋的吧", "刘洋"),
])
def test_the_person_a_request_is_for(text, name):
    assert request_target(text) == name


@pytest.mark.parametrize("text", ["写主要事迹", "首席技师，数控车工高级技师", "方法是改进刀具", "高级工"])
def test_words_are_not_names(text):
    assert request_target(text) is None and names_in(text.split("，")) == []


def test_clauses_are_attributed_to_their_subjects():
    clauses = ["我们部门王芳和刘洋都参加了2025年杭州市数字技能大赛", "王芳拿了省赛第一名", "还带了3个徒弟",
               "刘洋主导了智能客服AI智能体开发", "他还获得了杭州市技术能手"]
    parts = attribute(clauses, None)
    assert [p.people for p in parts] == [("王芳", "刘洋"), ("王芳",), ("王芳",), ("刘洋",), ("刘洋",)]
    assert parts[0].text == "参加了2025年杭州市数字技能大赛" and parts[1].text == "拿了省赛第一名"


@pytest.mark.parametrize("turns", [
    ("帮我们单位的张伟写一下第四届数字工匠推荐表的主要事迹：他是我们公司的大数据平台架构师，2016年入职，主导了公司实时数仓建设，"
     "参与制定了2项杭州市地方标准，2024年获浙江省科学技术进步奖二等奖，带了6个徒弟",),
    ("请给张伟起草第四届数字工匠的主要事迹。他是公司大数据平台架构师；2016年入职；主导了公司实时数仓建设；参与制定了2项杭州市地方标准；"
     "2024年获浙江省科学技术进步奖二等奖；带了6个徒弟",),
    ("帮我写第四届数字工匠的主要事迹", "张伟，大数据平台架构师，2016年入职，主导了公司实时数仓建设，参与制定了2项杭州市地方标准，"
     "2024年获浙江省科学技术进步奖二等奖，带了6个徒弟"),
])
def test_a_named_colleague_is_drafted_by_name_each_fact_once(deps, turns):
    session, answers = _talk(deps, *turns)
    d = answers[-1].draft
    assert d is not None and d.program == D26
    assert d.text.startswith("张伟同志") and "2016年入职，至今约10年" in d.text
    for fact in ("浙江省科学技术进步奖二等奖", "6个徒弟", "2项杭州市地方标准", "实时数仓"):
        assert d.text.count(fact) == 1, (fact, d.text)
    assert d.unsupported == () and d.char_count <= 300
    assert not any("姓名" in s or "多少年" in s for s in d.suggestions)
    assert "姓名是什么" not in answers[-1].text
    assert session.profile == {}  # a colleague's facts are not the user's own profile


@pytest.mark.parametrize(("first", "reply", "program"), [
    ("写主要事迹", "首席技师，李强，数控车工高级技师，改进了一套薄壁件加工操作法，废品率从8%降到1%，2019年获杭州市技术能手", CT),
    ("请帮忙起草推荐表的事迹", "2021年首席技师，李强是数控车工高级技师，改进了一套薄壁件加工操作法，废品率从8%降到1%", CT),
    ("帮我起草一下事迹材料", "浙派工匠。李强，数控车工高级技师，改进了一套薄壁件加工操作法，废品率从8%降到1%", ZJ),
])
def test_a_drafting_question_pending_is_answered_by_the_next_message(deps, first, reply, program):
    session, (ask, answer) = _talk(deps, first, reply)
    assert ask.draft is None and ask.questions and ask.questions[0]["field"] == "program"
    assert len(ask.questions[0]["options"]) == 5
    assert answer.intents == ("draft",) and answer.verdicts is None
    d = answer.draft
    assert d is not None and d.program == program and d.text.startswith("李强同志")
    assert "高级技师" in d.text and "首席技师" not in d.text.replace("杭州市首席技师", "")
    assert session.facts["skill_level"] == "高级技师" and d.unsupported == ()


def test_the_programme_then_the_person_then_the_facts(deps):
    session, answers = _talk(deps, "写一下推荐表的事迹", "第四届", "给赵磊写", "他主导制定团体标准2项，带领团队打造设备运维AI智能体，服务企业300家")
    assert [a.draft is None for a in answers] == [True, True, True, False]
    assert "赵磊" in answers[2].text and "主要业绩" in answers[2].text
    assert answers[3].draft.text.startswith("赵磊同志") and "给赵磊写" not in answers[3].draft.text


PAIR = "我们部门王芳和刘洋都参加了2025年杭州市数字技能大赛，王芳拿了省赛第一名，刘洋主导了智能客服AI智能体开发"


@pytest.mark.parametrize("turns", [
    (f"帮我写第四届数字工匠推荐表的主要事迹：{PAIR}", "刘洋"),
    (f"给刘洋写一份第四届数字工匠的主要事迹。{PAIR}",),
    (f"帮我写第四届数字工匠推荐表的主要事迹：{PAIR}", "写刘洋的"),
])
def test_a_prize_stays_with_the_one_who_won_it(deps, turns):
    session, answers = _talk(deps, *turns)
    if len(turns) == 2:
        assert answers[0].questions[0]["options"] == ["王芳", "刘洋"] and answers[0].draft is None
    d = answers[-1].draft
    assert d.text.startswith("刘洋同志") and "AI智能体" in d.text
    assert "第一名" not in d.text and "王芳" not in d.text
    assert "省赛第一名" not in str(session.facts)
    # and the fact check would catch the prize, were it written
    assert check_grounding(d.text + "2025年在省赛中获第一名。", session.facts)


def test_the_winner_gets_the_prize_and_not_the_others_apprentices(deps):
    _, (answer,) = _talk(deps, "给王芳写一份首届杭州工匠的主要事迹。我们车间王芳和刘洋都是钳工，王芳拿了2023年杭州市职业技能大赛第一名，"
                               "刘洋带了10个徒弟")
    d = answer.draft
    assert "第一名" in d.text and "徒弟" not in d.text and "10" not in d.text and "钳工" in d.text


def test_questions_about_the_form_are_not_drafting(deps):
    session, answers = _talk(deps, "写主要事迹", "第四届推荐表的主要事迹能写多少字？")
    assert answers[1].intents == ("qa",) and "300" in answers[1].text


@pytest.mark.parametrize(("more", "said", "gone"), [
    ("他还带了5个徒弟", "带了5个徒弟", None),
    ("不对，是2015年入职", "2015年入职，至今约11年", "2016年"),
    ("说错了，应该是2016年3月入职", "2016年3月入职，至今已10年", "约10年"),
])
def test_after_a_draft_more_facts_and_corrections_redraft(deps, more, said, gone):
    _, answers = _talk(deps, "帮我们单位的张伟写一下第四届数字工匠推荐表的主要事迹：他是我们公司的大数据平台架构师，2016年入职，"
                             "主导了公司实时数仓建设", more)
    d = answers[-1].draft
    assert d is not None and said in d.text and d.unsupported == ()
    assert gone is None or gone not in d.text
    assert "不对" not in d.text and "说错" not in d.text


def test_a_corrected_count_replaces_the_old_one(deps):
    _, answers = _talk(deps, "给张伟写第四届数字工匠的主要事迹：他主导制定团体标准2项，带了5个徒弟", "说错了，应该是带了8个徒弟")
    assert "8个徒弟" in answers[-1].draft.text and "5个徒弟" not in answers[-1].draft.text


def test_naming_the_person_later_is_not_a_deed(deps):
    _, answers = _talk(deps, "帮我写第四届数字工匠的主要事迹", "他主导制定团体标准2项。2025年获浙江省数字经济行业职业技能竞赛个人第一名。",
                       "他叫张伟，在杭州云栖智造科技有限公司担任首席架构师。请帮我重新写一下主要事迹")
    d = answers[-1].draft
    assert d.text.startswith("张伟同志现任杭州云栖智造科技有限公司首席架构师") and "叫张伟" not in d.text
    assert d.text.count("个人第一名") == 1


def test_an_award_or_title_of_a_colleague_is_flagged(deps):
    session, _ = _talk(deps, "给刘洋写第四届数字工匠的主要事迹：王芳2023年获评杭州市技术能手，刘洋主导了智能客服AI智能体开发")
    assert "技术能手" not in str(session.facts)
    for planted in ("2023年获评杭州市技术能手。", "获评“杭州市技术能手”。"):
        assert check_grounding(planted, session.facts)


@pytest.mark.parametrize(("turns", "box"), [
    (("帮我们单位的张伟写一下第四届数字工匠推荐表的主要事迹：他是我们公司的大数据平台架构师，2016年入职，主导了公司实时数仓建设，"
      "参与制定了2项杭州市地方标准，2024年获浙江省科学技术进步奖二等奖，带了6个徒弟",), "主要事迹"),
    (("写主要事迹", "首席技师，张伟，数控车工高级技师，改进了一套薄壁件加工操作法，废品率从8%降到1%，2019年获杭州市技术能手"), "个人总结"),
])
def test_a_chat_draft_exports_to_the_programmes_form(deps, tmp_path, turns, box):
    import docx

    from assistant.drafting import export_docx

    session, answers = _talk(deps, *turns)
    d = answers[-1].draft
    path = export_docx(session.facts, d.program, d, tmp_path / "form.docx")
    rows = [[c.text for c in r.cells] for t in docx.Document(str(path)).tables for r in t.rows]

    def after(label):
        cells = next(r for r in rows if any(c.split("\n")[0] == label for c in r))
        i = next(i for i, c in enumerate(cells) if c.split("\n")[0] == label)
        return next(c for c in cells[i + 1:] if c.split("\n")[0] != label)

    assert after("姓名") == "张伟" and after(box) == d.text


@pytest.mark.parametrize(("clause", "start"), [
    ("2016年入职", "2016"), ("他2016年进的公司", "2016"), ("2016年3月来公司", "2016-03"), ("她是2012年加入公司的", "2012"),
    ("2016年到我们厂工作", "2016"),
])
def test_when_someone_joined_is_read_in_its_phrasings(clause, start):
    from assistant.chat.drafting import _identity

    assert _identity(clause) == {"employer_since": start}


@pytest.mark.parametrize("clause", ["2016年获杭州市技术能手", "2016年主导了实时数仓建设", "2016年到杭州参加比赛"])
def test_a_deed_with_a_year_is_not_a_start(clause):
    from assistant.chat.drafting import _identity

    assert _identity(clause) == {}


def test_each_quick_reply_for_the_programme_is_a_programme_not_a_deed(deps):
    from assistant.programs import packs

    for pack in packs():
        session, (ask, answer) = _talk(deps, "写主要事迹", pack.draft_label or pack.title)
        assert session.drafting.program == pack.id and answer.draft is None, pack.id
        assert "主要业绩" in answer.text and not session.facts.get("achievements")


@pytest.mark.parametrize("question", ["第四届的申报截止时间", "获奖的人有什么奖励", "推荐表交给谁"])
def test_a_question_about_the_notice_while_a_draft_is_open_is_answered_as_one(deps, question):
    session, answers = _talk(deps, "给张伟写第四届数字工匠的主要事迹：他主导制定团体标准2项", question)
    assert answers[0].draft is not None
    assert answers[1].intents == ("qa",) and answers[1].draft is None
    assert session.facts["achievements"] == ["他主导制定团体标准2项"]  # the question added nothing


@pytest.mark.parametrize("switch", ["换成首届杭州工匠", "改成浙派工匠吧", "首席技师"])
def test_naming_another_programme_after_a_draft_redrafts_for_it(deps, switch):
    _, answers = _talk(deps, "给张伟写第四届数字工匠的主要事迹：他主导制定团体标准2项", switch)
    d = answers[1].draft
    assert d is not None and d.program != D26 and d.text.startswith("张伟同志")


def test_a_reading_of_a_colleagues_result_is_not_said_in_anothers_draft(deps):
    _, (answer,) = _talk(deps, f"给刘洋写一份第四届数字工匠的主要事迹。{PAIR}")
    assert answer.draft and "省赛" not in answer.text
    _, (answer,) = _talk(deps, f"给王芳写一份第四届数字工匠的主要事迹。{PAIR}")
    assert "按个人成绩理解" in answer.text  # hers: said so it can be corrected


@pytest.mark.parametrize(("text", "mine", "not_mine"), [
    # a colleague named after a linking word and a relation is not the candidate
    ("帮我给我们单位的王建国写个浙派工匠推荐表的主要事迹：他是高级技师，干了26年钳工，总结了“王氏刮研法”在全省推广，"
     "另外他的同事李明获过全国技术能手", "王氏刮研法", "全国技术能手"),
    ("给周海峰写首席技师的主要事迹：他是数控车工技师，创新了薄壁件装夹方法，还有我们车间的徒弟赵亮拿过市赛第一名",
     "薄壁件装夹", "市赛"),
    # 其中 picks out of the apprentices just named: their prize is a 带徒 fact, never the candidate's own
    # (拿过 in the form's register is 获得: drafting/register.py)
    ("给王建国写浙派工匠的主要事迹：他是钳工高级技师，带了12个徒弟，其中2个拿过省赛第一", "其中2个获得省赛第一", "个人第一名"),
])
def test_each_fact_stays_with_its_person(deps, text, mine, not_mine):
    _, (answer,) = _talk(deps, text)
    d = answer.draft
    assert mine in d.text and not_mine not in d.text, d.text


def test_the_level_clause_is_no_trade_and_the_years_are_said_once(deps):
    _, (answer,) = _talk(deps, "给王建国写浙派工匠的主要事迹：他是高级技师，干了26年钳工，总结了“王氏刮研法”在全省推广")
    d = answer.draft
    assert "从事钳工工作26年" in d.text and "他是" not in d.text and "干了26年" not in d.text, d.text


def test_a_fact_the_fields_say_is_not_said_again(deps):
    _, answers = _talk(deps, "写一下首届杭州工匠的事迹", "给孙丽华写，她是我们厂的挡车工，干了18年，2015年拿过杭州市纺织技能比赛第一名",
                       "她还带了6个徒弟，带出来3个技师")
    text = answers[-1].draft.text
    assert text.count("带了6个徒弟") == 1 and "干了18年" not in text and "技师，" not in text, text


@pytest.mark.parametrize(("clauses", "own"), [
    # a relation or the unit as the subject: theirs; a clause disowning the one before: that one was not the candidate's
    (["他带了9个徒弟", "他的师傅老周是全国劳模", "这个不用写"], ["他带了9个徒弟"]),
    (["她改进了配料工艺", "我们公司前年被评为省级绿色工厂", "那是单位的"], ["她改进了配料工艺"]),
    (["他研制了翻转工装", "他爱人也在车间上班", "别写"], ["他研制了翻转工装"]),
    (["他主持了产线改造", "班组拿过市级工人先锋号", "这个别算他头上", "他还编了2项作业标准"],
     ["他主持了产线改造", "他还编了2项作业标准"]),
])
def test_others_facts_and_disowned_ones_are_no_ones(clauses, own):
    from assistant.chat.people import OTHERS

    parts = attribute(clauses, "李军")
    assert [p.text for p in parts if p.people != (OTHERS,)] == own


@pytest.mark.parametrize(("text", "name"), [
    ("首席技师的推荐表帮吴刚起草一下", "吴刚"),
    ("杭州工匠，写陶红梅。", "陶红梅"),
])
def test_a_request_with_the_form_first_or_a_bare_name_opens_a_draft(text, name):
    from assistant.chat.people import asks_to_write

    assert asks_to_write(text) and request_target(text) == name
    assert not asks_to_write("主要事迹能写多少字") and not asks_to_write("推荐表要写几份")


@pytest.mark.parametrize(("text", "shorter"), [
    ("再短一点", True), ("压缩到200字", True), ("能精简些吗", True),
    ("他把换线时间缩短了40%", False), ("还压缩了三成库存", False),
])
def test_a_result_with_a_shortening_word_is_a_fact(text, shorter):
    from assistant.chat.drafting import _asks_shorter

    assert _asks_shorter(text) is shorter


def test_identity_clauses_and_denials_are_not_deeds(deps):
    _, (answer,) = _talk(deps, "给吴刚写浙派工匠的主要事迹：他是电焊工，高级技师，干了十九年，没带过徒弟，"
                               "他自己琢磨出一套薄板焊接防变形的方法，返修率降了七成")
    d = answer.draft
    assert "电焊工" in d.text and d.text.count("十九") + d.text.count("19") == 1, d.text
    assert "徒弟" not in d.text and "琢磨" not in d.text and "他自己" not in d.text, d.text
    assert d.text.startswith("吴刚同志现为") and d.unsupported == (), d.text
    assert not any("职业" in s or "多少年" in s for s in d.suggestions)


def test_a_corrected_span_and_a_colleague_named_by_relation(deps):
    _, answers = _talk(deps, "帮我写孔磊的浙派工匠主要事迹：孔磊和他徒弟岳志强都是我们厂的钳工，孔磊干了十八年，"
                             "孔磊主持研制了液压夹具，装夹时间减少一半", "不对，是二十一年")
    d = answers[-1].draft
    assert "21年" in d.text and "18" not in d.text and "十八" not in d.text, d.text
    assert "都是" not in d.text and "岳志强" not in d.text, d.text


@pytest.mark.parametrize(("text", "name"), [
    ("首席技师推荐材料，麻烦整理一下宁波的", None),  # no name: still a request
    ("麻烦帮忙整理一份杭州工匠的事迹材料，申报人是钱立新", "钱立新"),
    ("浙派工匠那栏主要事迹，帮我填下，候选人是陶建军", "陶建军"),
    ("需要一份第四届数字工匠推荐表的主要事迹，对象是韦晓东", "韦晓东"),
    ("帮忙出个初稿，首席技师，人是卓文斌", "卓文斌"),
])
def test_requests_in_other_words_open_a_draft(text, name):
    from assistant.chat.people import asks_to_write

    assert asks_to_write(text) and request_target(text) == name


@pytest.mark.parametrize("text", ["我平时负责帮领导写材料，干了8年", "他帮企业整理了200份技术材料",
                                  "申报材料要准备几份？", "推荐表谁来填"])
def test_ones_own_work_and_questions_are_no_requests(text):
    from assistant.chat.people import asks_to_write

    assert not asks_to_write(text)


@pytest.mark.parametrize(("clause", "facts"), [
    ("前端开发工程师", {"occupation": "前端开发工程师"}),  # 开发 inside a title is no deed
    ("中式烹调师高级技师", {"skill_level": "高级技师", "occupation": "中式烹调师"}),
    ("茶艺师", {"occupation": "茶艺师"}),
    ("开发了政务服务小程序", {}),
    ("首席技师", {}),
])
def test_titles_and_master_trades_are_identity(clause, facts):
    from assistant.chat.drafting import _identity

    assert _identity(clause) == facts


def test_putting_someone_up_and_a_collective_honour_are_not_deeds(deps):
    _, answers = _talk(deps, "我想给我们班组的老师傅申报浙派工匠，帮写一下事迹",
                       "他叫甘建新，是钳工高级技师，干了二十四年，他带的班组拿过省级工人先锋号，那是集体荣誉；"
                       "他本人是浙江省技术能手")
    d = answers[-1].draft
    assert "申报" not in d.text and "工人先锋号" not in d.text and d.text.count("浙江省技术能手") == 1, d.text


def test_labels_before_a_colon_and_supplements_are_not_facts(deps):
    _, answers = _talk(deps, "帮忙写浙派工匠事迹，管志平，高级技师，瓦工，干了二十年",
                       "补充一下：他修复了北山街的民国建筑外墙", "再补充：2022年拿了全省砌筑工技能竞赛第二名")
    d = answers[-1].draft
    assert "补充" not in d.text and d.text.count("砌筑工技能竞赛") == 1, d.text


@pytest.mark.parametrize(("clause", "facts"), [
    ("她是做跨境电商运营的", {"field_detail": "跨境电商运营"}),
    ("他是搞精密测量工作的", {"field_detail": "精密测量"}),
])
def test_doing_a_line_of_work_is_the_field_not_a_post(clause, facts):
    from assistant.chat.drafting import _identity

    assert _identity(clause) == facts


def test_a_request_opening_with_the_verb():
    from assistant.chat.people import asks_to_write

    assert asks_to_write("写首席技师事迹，宋建国，车工") and asks_to_write("起草一份杭州工匠推荐表，人是邹敏")
    assert not asks_to_write("写多少字合适？")


def test_a_place_a_nickname_and_a_counted_apprentice_group(deps):
    _, (answer,) = _talk(deps, "帮我写浙派工匠的事迹，对象是茅国平，他是个老车工，高级技师，在车间干了二十九年，"
                               "他和景涛都在工艺科，他带出来的徒弟有十几个，其中四个已经是高级工了")
    d = answer.draft
    assert "从事车工工作29年" in d.text and "在工艺科工作" not in d.text, d.text
    assert "其中四个已经是高级工" in d.text and d.text.index("其中四个") > d.text.index("徒弟"), d.text


@pytest.mark.parametrize(("text", "counted"), [("处理质量问题四十多起", True), ("挽回损失三百余万元", True),
                                               ("存储成本降低了四成", True), ("改进了焊接工艺", False)])
def test_chinese_counts_with_an_approximation_are_numbers(text, counted):
    from assistant.drafting.text import has_number

    assert has_number(text) is counted


def test_a_name_that_is_also_a_word_in_the_request_slot(deps):
    # 向阳 is a dictionary word: in "给向阳写…" it can only be the person, and their colleague's prize stays theirs
    _, (answer,) = _talk(deps, "帮我给向阳写第四届数字工匠的主要事迹：向阳和邢磊是一个项目组的，邢磊负责结构设计，"
                               "向阳负责控制软件，向阳开发的视觉定位算法让装配精度达到0.02毫米，邢磊拿过省技术能手")
    d = answer.draft
    assert d.text.startswith("向阳同志") and "邢磊" not in d.text and "技术能手" not in d.text, d.text
    assert "项目组的" not in d.text and "0.02" in d.text, d.text


@pytest.mark.parametrize("nick", ["老孙", "小韩", "孙师傅", "韩工", "邱姐"])
def test_a_nickname_is_a_person(nick):
    from assistant.chat.people import is_nickname

    assert is_nickname(nick) and request_target(f"帮我给{nick}写个杭州工匠的事迹") == nick


@pytest.mark.parametrize("word", ["小麦", "车工", "高工", "施工", "小于", "老师", "小时"])
def test_a_word_of_a_nicknames_shape_is_a_word(word):
    from assistant.chat.people import is_nickname

    assert not is_nickname(word)


def test_a_nickname_of_the_one_drafted_for_is_them_and_a_nicknamed_colleague_is_not():
    parts = attribute(["孙师傅是我们厂的铸造工", "老孙干了二十六年", "小韩去年拿了市赛第一名", "邱姐那边的项目获了省二等奖"],
                      "孙建业")
    assert [p.people for p in parts] == [("孙建业",), ("孙建业",), ("小韩",), ("邱姐",)]


@pytest.mark.parametrize("text", [
    "老孙，孙建业，铸造工，技师，干了二十六年，改进了砂型配方，铸件气孔率降了六成，报杭州工匠",
    "下一个，韩工，韩立新，铸造工，技师，干了二十六年，改进了砂型配方，铸件气孔率降了六成，也报杭州工匠",
    "另一位是孙建业，铸造工，技师，干了二十六年，改进了砂型配方，铸件气孔率降了六成，杭州工匠",
])
def test_after_a_draft_the_next_person_said_with_facts_and_a_programme_is_drafted(deps, text):
    # no request in the second message: in a drafting conversation it is the next person's facts, not a check
    session, answers = _talk(deps, "给张伟写第四届数字工匠的主要事迹：他是数据工程师，干了9年，主导制定团体标准2项", text)
    d = answers[1].draft
    assert d is not None and answers[1].verdicts is None, answers[1].text
    assert "砂型配方" in d.text and "团体标准" not in d.text and "张伟" not in d.text, d.text


def test_after_a_draft_a_check_asked_for_is_a_check(deps):
    _, answers = _talk(deps, "给张伟写第四届数字工匠的主要事迹：他是数据工程师，干了9年，主导制定团体标准2项",
                       "我自己是铸造工，技师，干了二十六年，能报杭州工匠吗")
    assert answers[1].draft is None


def test_the_one_written_for_said_last_and_alone_is_the_target():
    assert request_target("帮我起草杭州工匠的主要事迹，给骆志远。") == "骆志远"
    assert request_target("首席技师的事迹，为邬海生") == "邬海生"


def test_a_nicknamed_colleagues_thing_is_theirs_and_a_nickname_is_no_trade():
    from assistant.chat.drafting import _trade

    parts = attribute(["邱工那个检测工装是邱工做的", "获了市里的创新奖"], "骆志远")
    assert [p.people for p in parts] == [("邱工",), ("邱工",)]
    assert not _trade("邱工") and _trade("钳工")


def test_a_nickname_then_the_full_name_opens_with_the_full_name():
    from assistant.chat.drafting import _opening_person

    # 高山 is a word, but after 小高 the clause is 小高's full name
    assert _opening_person(["小高", "高山峰", "钳工", "干了二十年"]) == "高山峰"
    assert _opening_person(["老邬", "车工"]) == "老邬"
    assert _opening_person(["车工", "干了二十年"]) is None


def test_a_nickname_is_no_name_on_the_form_until_the_full_name_is_said(deps):
    session, answers = _talk(deps, "帮我给老邬写个杭州工匠的主要事迹，老邬是我们厂的车工，技师，干了二十六年，改进了丝杠加工工艺，精度提高一级",
                             "他全名叫邬海生")
    first, second = answers[0].draft, answers[1].draft
    assert first is not None and "老邬" not in first.text and first.text.startswith("该同志")
    assert any("姓名" in s for s in first.suggestions)
    assert second is not None and second.text.startswith("邬海生同志") and "丝杠加工" in second.text, second.text


@pytest.mark.parametrize(("clause", "said"), [
    ("在杭州汽轮机厂干了25年", {"employer": "杭州汽轮机厂", "years_in_field": 25.0}),
    ("他一直在萧山第一人民医院工作了十二年", {"employer": "萧山第一人民医院", "years_in_field": 12.0}),
    ("在杭州西奥电梯有限公司做了快二十年", {"employer": "杭州西奥电梯有限公司", "years_in_field": 20.0}),
    ("在我们公司干了八年", {"years_in_field": 8.0}),
])
def test_where_one_works_and_how_long_is_one_clause_of_identity(clause, said):
    # found drafting for a 数控车工: "在杭州汽轮机厂干了25年" was no fact, so the draft asked for the unit and the years
    from assistant.chat.drafting import _identity

    assert _identity(clause) == said


def test_a_unit_without_a_post_is_worked_at_not_held(deps):
    _, (out,) = _talk(deps, "帮我写一下首席技师推荐表的主要事迹：王建国，数控车工，高级技师，在杭州汽轮机厂干了25年，"
                            "2019年获杭州市技术能手，牵头改进了叶片加工工艺，合格率从92%提到99%")
    assert "现在杭州汽轮机厂工作" in out.text and "现任杭州汽轮机厂" not in out.text
    assert "工作单位和职务是什么" not in out.text and "多少年" not in out.text

"""Questions about the conditions themselves, answered from the programmes' rules tables (chat/rules/conditions.py).

Each programme is asked for its conditions in several phrasings, and about single attributes, including ones
its notice is silent on; questions that belong elsewhere (facts about the asker, premises to correct,
deadlines, quotas, money, what happens after the award) must not be taken.
"""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.answer import Citations
from assistant.chat.case.state import Session
from assistant.chat.routing import route
from assistant.chat.rules.conditions import asked_about, conditions_answer, short_quote
from assistant.chat.turn import respond

TODAY = dt.date(2026, 11, 21)
NAMES = {
    "hz_digital_craftsman_2026": "第四届杭州数字工匠",
    "hz_digital_craftsman_2023": "首届杭州数字工匠",
    "hz_craftsman_2016": "首届杭州工匠",
    "hz_chief_technician_2021": "2021年杭州市首席技师",
    "zj_craftsman_2023": "突出贡献浙派工匠",
}


def _answer(text: str, deps) -> tuple[str | None, Citations]:
    cites = Citations()
    return conditions_answer(text, route(text), deps, cites), cites


def _quotes_are_real(cites: Citations, corpus) -> None:
    for c in cites.items:
        assert c.quote and c.quote in corpus.clause(c.clause_id).text, c


def _body(text: str) -> str:
    """The answer without the round's status line (a note, not the conditions)."""
    return "\n".join(ln for ln in text.splitlines() if not ln.startswith("（"))


@pytest.mark.parametrize(("question", "program", "alternative"), [
    ("浙派工匠要什么条件", "zj_craftsman_2023", "zj_craftsman_2023#三/(一)/1"),
    ("浙派工匠的申报条件是什么", "zj_craftsman_2023", "zj_craftsman_2023#三/(一)/5"),
    ("什么人能报突出贡献浙派工匠？", "zj_craftsman_2023", "zj_craftsman_2023#三/(一)/3"),
    ("杭州工匠申报条件", "hz_craftsman_2016", "hz_craftsman_2016#三/(二)/1"),
    ("杭州工匠申报要求", "hz_craftsman_2016", "hz_craftsman_2016#三/(二)/2"),
    ("首席技师 条件", "hz_chief_technician_2021", "hz_chief_technician_2021#二/(二)"),
    ("首席技师资格要求", "hz_chief_technician_2021", "hz_chief_technician_2021#二/(一)"),
    ("我想了解一下浙派工匠的申报条件", "zj_craftsman_2023", "zj_craftsman_2023#三/(一)/2"),
    ("数字工匠的评选标准是什么", "hz_digital_craftsman_2026", "hz_digital_craftsman_2026#二/(一)"),
    ("首届杭州工匠需要满足啥？", "hz_craftsman_2016", "hz_craftsman_2016#三/(二)/5"),
    ("评杭州工匠的门槛是什么", "hz_craftsman_2016", "hz_craftsman_2016#三/(二)/4"),
    ("首席技师要什么条件", "hz_chief_technician_2021", "hz_chief_technician_2021#二/(一)"),
    ("杭州市首席技师的认定条件有哪些", "hz_chief_technician_2021", "hz_chief_technician_2021#二/(四)"),
    ("哪些人可以申报首席技师？", "hz_chief_technician_2021", "hz_chief_technician_2021#二/(三)"),
    ("数字工匠要什么条件？", "hz_digital_craftsman_2026", "hz_digital_craftsman_2026#二/(三)"),
    ("第四届杭州数字工匠有什么要求", "hz_digital_craftsman_2026", "hz_digital_craftsman_2026#二/(一)"),
    ("第四届数字工匠的推荐条件", "hz_digital_craftsman_2026", "hz_digital_craftsman_2026#二/(二)"),
    ("首届数字工匠申报条件", "hz_digital_craftsman_2023", "hz_digital_craftsman_2023#附件1/二/(四)"),
    ("首届杭州数字工匠要满足哪些条件", "hz_digital_craftsman_2023", "hz_digital_craftsman_2023#附件1/二/(一)"),
    ("首届数字工匠什么样的人能报", "hz_digital_craftsman_2023", "hz_digital_craftsman_2023#附件1/二/(二)"),
])
def test_overview_lists_basic_conditions_then_the_alternatives(deps, corpus, question, program, alternative):
    text, cites = _answer(question, deps)
    assert text is not None
    assert NAMES[program] + "的申报条件" in text
    assert "并符合下列条件之一" in text
    cited = [c.clause_id for c in cites.items]
    assert alternative in cited and all(cid.startswith(program + "#") for cid in cited)
    basic, _, alternatives = text.partition("并符合下列条件之一")
    assert "[1]" in basic and len(alternatives.strip().splitlines()) >= 3
    assert len(_body(text)) <= 620
    _quotes_are_real(cites, corpus)


def test_overview_of_a_series_says_which_edition(deps):
    text, _ = _answer("数字工匠的申报条件是什么", deps)
    assert text.startswith("（您没有说明是哪一届，以下按现行的第四届杭州数字工匠回答。）")


@pytest.mark.parametrize("question", ["要什么条件？", "申报条件是什么", "公务员能报吗"])
def test_no_programme_named_asks_which(deps, question):
    text, cites = _answer(question, deps)
    assert "哪一个" in text and "突出贡献浙派工匠" in text and not cites.items


# (question, clause that must be cited, words that must be in the answer)
@pytest.mark.parametrize(("question", "clause", "must"), [
    ("首届杭州工匠有年龄限制吗", "hz_craftsman_2016#三/(二)", ["60周岁以下", "不受年龄限制"]),
    ("杭州工匠多大年纪就不能报了？", "hz_craftsman_2016#三/(二)", ["60周岁以下"]),
    ("首席技师需要几年工作经历？", "hz_chief_technician_2021#二", ["没有规定工作年限", "技师及以上", "生产第一线",
                                                                  "并符合下列条件之一"]),
    ("首席技师要干满几年才能报", "hz_chief_technician_2021#二/(四)", ["没有规定工作年限"]),
    ("浙派工匠要什么等级", "zj_craftsman_2023#三/(一)", ["高级技师以上"]),
    ("浙派工匠对证书有什么要求", "zj_craftsman_2023#三/(一)", ["最高职业资格"]),
    ("评首席技师得有什么证书？", "hz_chief_technician_2021#二", ["技师及以上国家职业资格证书"]),
    ("第四届数字工匠需要什么证书", "hz_digital_craftsman_2026#二/(三)", ["没有把", "必备条件", "可选条件之一"]),
    ("杭州工匠必须是工会会员吗", "hz_craftsman_2016#三/(一)", ["必须是工会会员"]),
    ("不是工会会员能报第四届数字工匠吗", "hz_digital_craftsman_2026#二", ["原则上应为杭州市在职职工、工会会员"]),
    ("第四届数字工匠要在杭州工作多久", "hz_digital_craftsman_2026#二", ["在杭全职工作1年以上"]),
    ("首届数字工匠在杭州要上班几年", "hz_digital_craftsman_2023#附件1/二", ["在杭全职工作2年以上"]),
    ("要在浙江干满几年才能报浙派工匠？", "zj_craftsman_2023#三/(一)", ["在浙全职工作 1年以上"]),
    ("事业单位的能报第四届数字工匠吗", "hz_digital_craftsman_2026#二", ["参照公务员法管理的事业单位", "数字专员"]),
    ("机关公务员可以推荐首届数字工匠吗", "hz_digital_craftsman_2023#附件1/二", ["原则上不予推荐"]),
    ("退休返聘的能报浙派工匠吗", "zj_craftsman_2023#三", ["退休人员不作为推荐对象"]),
    ("退休了还能评第四届数字工匠吗", "hz_digital_craftsman_2026#二", ["在职职工"]),
    # a kind of person is asked about before a measure named beside it (老师傅 is not an age, 高级技师 not a level)
    ("退休返聘的老师傅还能被推荐浙派工匠吗", "zj_craftsman_2023#三", ["退休人员不作为推荐对象"]),
    ("高级技师退休了还能报浙派工匠吗", "zj_craftsman_2023#三", ["退休人员不作为推荐对象"]),
    ("自由职业者可以申请杭州市首席技师吗", "hz_chief_technician_2021#一", ["自由职业者也可申请认定", "行业协会"]),
    ("管理岗能报浙派工匠吗", "zj_craftsman_2023#三/(一)", ["生产服务一线"]),
    ("做管理人员了还能报第四届数字工匠吗", "hz_digital_craftsman_2026#二", ["目前仍在技术岗位上工作"]),
    ("兼职的人能报首届数字工匠吗", "hz_digital_craftsman_2023#附件1/二", ["全职"]),
    ("首届杭州工匠外国籍能报吗？", "hz_craftsman_2016#三/(一)", ["中国国籍"]),
    ("技校老师能报浙派工匠吗", "zj_craftsman_2023#三", ["技能人才培养院校、教师"]),
    ("企业退休人员能申报首席技师不", "hz_chief_technician_2021#一", ["没有明确提到退休"]),
])
def test_attribute_questions_quote_the_rows_that_test_it(deps, corpus, question, clause, must):
    text, cites = _answer(question, deps)
    assert text is not None, question
    assert clause in [c.clause_id for c in cites.items]
    for words in must:
        assert words in text, (words, text)
    _quotes_are_real(cites, corpus)


# Silent notices: the silence first, then the scope as 参考 (cited), then the contact; never "可以".
@pytest.mark.parametrize(("question", "first", "scope", "contact"), [
    ("公务员能评杭州工匠吗", "首届杭州工匠的通知没有明确提到公务员", "hz_craftsman_2016#二", "hzzgjx"),
    ("杭州工匠公务员可以报不", "首届杭州工匠的通知没有明确提到公务员", "hz_craftsman_2016#二", "hzzgjx"),
    ("事业编的能报首席技师吗", "2021年杭州市首席技师的通知没有明确提到事业编", "hz_chief_technician_2021#一", "0571-87258538"),
    ("退休返聘的能报首席技师吗", "2021年杭州市首席技师的通知没有明确提到退休", "hz_chief_technician_2021#一", "0571-87258538"),
    ("高级技师退休了能报首席技师吗", "2021年杭州市首席技师的通知没有明确提到退休", "hz_chief_technician_2021#一", "王诗赞"),
    ("自由职业能报杭州工匠吗", "首届杭州工匠的通知没有明确提到自由职业", "hz_craftsman_2016#二", "hzzgjx"),
    ("外地户口可以报第四届数字工匠吗", "第四届杭州数字工匠的通知没有规定户籍", "hz_digital_craftsman_2026#二", "89589640"),
    ("外省人能报浙派工匠吗", "突出贡献浙派工匠的通知没有规定户籍", "zj_craftsman_2023#三/(一)", "人力资源和社会保障厅"),
    ("非杭州户籍的能评首席技师吗", "2021年杭州市首席技师的通知没有规定户籍", "hz_chief_technician_2021#一", "王诗赞"),
    ("浙派工匠必须是工会会员吗", "突出贡献浙派工匠的通知没有明确提到工会会员", "zj_craftsman_2023#三/(一)", "人力资源"),
    # a kind of person no table row lists: its own word is looked for in the rules, and is not there
    ("党员才能报杭州工匠吗", "首届杭州工匠的通知没有明确提到党员", "hz_craftsman_2016#二", "hzzgjx"),
    ("退伍军人可以报首席技师吗", "2021年杭州市首席技师的通知没有明确提到退伍军人", "hz_chief_technician_2021#一", "王诗赞"),
    ("农民工能评杭州工匠吗", "首届杭州工匠的通知没有明确提到农民工", "hz_craftsman_2016#二", "hzzgjx"),
    ("女的能报浙派工匠吗", "突出贡献浙派工匠的通知没有明确提到女的", "zj_craftsman_2023#三/(一)", "人力资源"),
])
def test_silent_attribute_says_so_first_then_scope_and_contact(deps, corpus, question, first, scope, contact):
    text, cites = _answer(question, deps)
    assert text is not None and text.splitlines()[0].startswith(first), text
    assert "不能凭猜测" in text.splitlines()[0]
    assert scope in [c.clause_id for c in cites.items]
    assert contact in text and "通知未明确" in text
    assert "可以报" not in text and "能报" not in text
    _quotes_are_real(cites, corpus)


@pytest.mark.parametrize(("question", "first"), [
    ("第四届数字工匠有年龄限制吗", "第四届杭州数字工匠的通知没有规定年龄限制。"),
    ("首席技师对年龄有要求吗", "2021年杭州市首席技师的通知没有规定年龄限制。"),
    ("杭州工匠要什么证书", "首届杭州工匠的通知没有规定职业资格等级（证书）。"),
])
def test_a_closed_list_that_omits_the_attribute_sets_none(deps, question, first):
    text, _ = _answer(question, deps)
    assert text.splitlines()[0] == first


def test_no_age_limit_still_quotes_what_the_notice_says_about_age(deps):
    text, cites = _answer("第四届数字工匠有年龄限制吗", deps)
    assert "40 周岁以下" in text and "hz_digital_craftsman_2026#二" in [c.clause_id for c in cites.items]


@pytest.mark.parametrize("question", [
    "杭州工匠要求55周岁以下对吧？",  # a premise: the factual path says 不对 first
    "听说第四届数字工匠必须45岁以下才能报？",
    "第四届要求在杭工作满两年吗",
    "第四届数字工匠什么时候截止？",  # a date
    "首届杭州工匠评上了有多少奖金？",  # money
    "我们区总工会这次第四届数字工匠能报几个人上去？",  # a quota
    "首届数字工匠市行业主管部门能推几个？",
    "首席技师评上以后是终身的，还是要签聘期？聘几年？",  # after the award
    "突出贡献浙派工匠多久评一次？",
    "首席技师的职业资格证书一定要交复印件吗？",  # what to hand in
    "第四届数字工匠推荐事业单位的人，优先推荐谁？",  # a preference
    "我在技师学院当老师，浙派工匠能推我吗？",  # the asker's own case
    "自由职业者可以申请杭州市首席技师吗？走什么渠道推荐？",  # two questions
    "评上浙派工匠能落户吗",  # a benefit the notices do not cover
    "推荐表有什么要求？第四届的",
    "首席技师推荐表要求",
    "第四届数字工匠条件(三)是什么",  # one named condition, not the list
    "浙派工匠个人能报吗",  # the channel (个人自荐), not a kind of person
    "行业协会能不能推荐杭州工匠？",  # a recommender
    "首届杭州工匠社团能推荐吗？",
    "各区县总工会能报首席技师吗",
    "现在还能报杭州工匠吗",
    "杭州工匠的奖励标准",
    "杭州工匠和浙派工匠的条件有什么区别",  # a comparison
])
def test_questions_that_belong_elsewhere_are_not_taken(question):
    assert asked_about(question, route(question)) is None


@pytest.mark.parametrize("question", ["我是公务员，能报杭州工匠吗", "我退休了，能报浙派工匠吗", "我是自由职业者，能报首席技师吗"])
def test_a_question_with_facts_about_the_asker_goes_to_the_checker(deps, question):
    answer = respond(Session(), question, deps)
    assert answer.intents[0] == "eligibility" and answer.verdicts


def test_chat_turn_answers_conditions_from_the_rules(deps, corpus):
    answer = respond(Session(), "公务员能评杭州工匠吗", deps)
    assert answer.text.startswith("首届杭州工匠的通知没有明确提到公务员")
    assert "奖励" not in answer.text and "20000" not in answer.text
    assert [c.clause_id for c in answer.citations][0] == "hz_craftsman_2016#二"


def test_short_quote_is_a_prefix_ending_at_a_pause():
    quote = "具有他人不可替代的绝技绝活，或创造了在同行业中公认的先进操作法，提高了劳动生产率"
    short, cut = short_quote(quote, 16)
    assert cut and quote.startswith(short) and short == "具有他人不可替代的绝技绝活"
    assert short_quote("在杭全职工作1年以上", 16) == ("在杭全职工作1年以上", False)


def test_a_follow_up_without_a_programme_is_about_the_one_in_the_conversation(deps):
    session = Session()
    respond(session, "首届杭州工匠要什么条件", deps)
    answer = respond(session, "那公务员能报吗", deps)
    assert answer.text.startswith("首届杭州工匠的通知没有明确提到公务员"), answer.text
    answer = respond(session, "有年龄限制吗", deps)
    assert "60周岁以下" in answer.text and "hz_craftsman_2016#三/(二)" in [c.clause_id for c in answer.citations]


def test_a_fresh_conversation_still_asks_which_programme(deps):
    answer = respond(Session(), "公务员能报吗", deps)
    assert "哪一个" in answer.text and not answer.citations


# Ownership of the employer is a kind the table lists: a notice naming 各类所有制 answers with it, one that does not
# is silent on it ("外资的", "民企的", said of the asker's own company too).
@pytest.mark.parametrize(("question", "said"), [
    ("民营企业的可以报首席技师吗", "各类所有制经济"),
    ("我们公司是外资的，首席技师对外企员工有没有限制", "各类所有制经济"),
    ("私企的能评杭州工匠吗", "各类所有制经济"),
])
def test_ownership_is_answered_by_the_scope_naming_it(deps, corpus, question, said):
    text, cites = _answer(question, deps)
    assert text is not None and said in text, text
    _quotes_are_real(cites, corpus)


def test_ownership_a_notice_does_not_name_is_silence(deps):
    text, cites = _answer("合资企业的员工能报浙派工匠吗", deps)
    assert text is not None and text.startswith("突出贡献浙派工匠的通知没有按企业所有制（合资）作出规定"), text

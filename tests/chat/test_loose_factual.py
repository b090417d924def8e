"""Factual questions said loosely (chat/rules/still_open.py, chat/rules/choice.py, things' one-character verbs, bare amounts):
each mechanism with phrasings other than the probe rows that found it."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.rules.answer_types import question_parts
from assistant.chat.rules.choice import alternatives
from assistant.chat.rules.still_open import asks_deadline, asks_still_open
from assistant.chat.rules.things import thing
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


@pytest.mark.parametrize("question", ["杭州工匠现在还能报吗", "首届杭州工匠这会儿报名还来得及不", "杭州工匠赶得上吗，今年"])
def test_a_still_open_question_leads_with_the_deadline_and_whether_it_passed(deps, question):
    answer = respond(Session(), question, deps)
    first = answer.text.splitlines()[0]
    assert "2016年9月30日" in first and "已过" in first, answer.text
    assert any("9月" in c.quote for c in answer.citations), answer.text


@pytest.mark.parametrize(("question", "still_open"), [
    ("第四届数字工匠目前还可以申报吗", True),
    ("首席技师过期了没有", True),
    ("我们单位没建工会，我还能报吗", False),  # the asker's own case: a rule, not a date
    ("评过杭州工匠还能报数字工匠吗", False),
])
def test_still_open_needs_a_time_or_lateness_word(question, still_open):
    assert asks_still_open(question) is still_open


@pytest.mark.parametrize(("question", "deadline"), [
    ("第四届数字工匠截止到几号", True),
    ("首席技师材料最迟什么时候交", True),
    ("首届杭州工匠公示截止是哪天", False),  # another step's date
    ("年限计算时间截至哪天", False),
])
def test_a_deadline_ask_names_no_other_step(question, deadline):
    assert asks_deadline(question) is deadline


def test_the_deadline_sentence_comes_from_the_notices_metadata(deps):
    clause_id, quote = deps.corpus.deadline_sentence("hz_digital_craftsman_2026")
    assert clause_id == "hz_digital_craftsman_2026#五" and "4月10日前" in quote


@pytest.mark.parametrize("program", ["hz_digital_craftsman_2023", "hz_craftsman_2016", "hz_chief_technician_2021"])
def test_qa_and_the_checker_quote_one_deadline_sentence(deps, program):
    """"首届数字工匠推荐截止是哪天" and a check of the same round cite the same sentence (they cited 三 and
    附件1/三/(一) before: two sources for one deadline)."""
    from assistant.eligibility import check

    said = deps.corpus.deadline_sentence(program)
    verdict = check({}, program, as_of=deps.today, corpus=deps.corpus)
    note = next(n for n in verdict.notes if n.rule == "round")
    assert (note.clause_id, note.quote) == said


@pytest.mark.parametrize(("question", "sides"), [
    ("浙派工匠奖金是税前还是税后", ("税前", "税后")),
    ("推荐表是线上报还是线下报", ("线上", "线下")),
    ("首席技师的材料交纸质的还是电子的", ("纸质", "电子")),
])
def test_the_alternatives_of_a_choice(question, sides):
    left, right = alternatives(question)
    assert (left.words[-1], right.words[-1]) == sides


def test_an_adverbial_haishi_is_no_choice():
    assert alternatives("我还是想问一下能不能报") is None


def test_a_choice_the_notice_is_silent_on_says_so_first(deps):
    answer = respond(Session(), "杭州工匠那两万块奖金是税前还是税后", deps)
    assert "没有写明是税前还是税后" in answer.text.splitlines()[0], answer.text
    assert answer.citations == ()


def test_a_choice_the_notice_settles_is_answered_by_the_sentence_naming_it(deps):
    answer = respond(Session(), "首席技师的材料是网上交还是交纸质的", deps)
    assert "纸质材料和电子文档各一份" in answer.text, answer.text


@pytest.mark.parametrize(("question", "said"), [
    ("首届数字工匠推荐表快递过去还是发邮箱", "电子版"),
    ("首届数字工匠的材料要邮寄纸质版还是电子版", "电子版"),
    ("首席技师的材料要纸质版还是发邮件", "纸质材料和电子文档各一份"),
])
def test_a_choice_of_channels_is_answered_by_how_papers_go_not_by_media(deps, question, said):
    # "纸质媒体…发布相关新闻报道" names 纸质 of the publicity, not of papers handed in
    answer = respond(Session(), question, deps)
    assert said in answer.text and "纸质媒体" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "word"), [
    ("推荐表交上去了还能改吗", "修改"),
    ("报上去以后可以撤吗", "撤回"),
    ("申报表填错了能换吗", "更换"),
])
def test_a_one_character_verb_is_the_thing_in_the_notices_words(question, word):
    assert thing(question).words == (word,)


@pytest.mark.parametrize("question", ["原件交上去以后还会还给我吗", "佐证材料原件会退给本人吗", "证书原件交了会还吗"])
def test_a_verb_said_to_whom_is_the_verb_in_the_notices_words(question):
    assert thing(question).words == ("退回",)  # 给我 says to whom; 还 (return) is the notices' 退回


@pytest.mark.parametrize("question", ["首席技师佐证材料原件交上去会退给我吗", "报首席技师的原件交上去还会还给我吗"])
def test_what_is_done_with_papers_is_answered_by_the_sentence_saying_it(deps, question):
    answer = respond(Session(), question, deps)
    assert "退回" in answer.text.splitlines()[0], answer.text


def test_a_change_after_submitting_is_silent_not_a_deadline(deps):
    answer = respond(Session(), "浙派工匠材料报上去以后还能改吗", deps)
    assert "没有写明" in answer.text.splitlines()[0] and answer.citations == (), answer.text


@pytest.mark.parametrize("question", ["首席技师有没有奖金，大概多少", "评上有补贴吗？一般多少"])
def test_a_bare_how_much_goes_with_the_ask_before_it(question):
    assert question_parts(question) == [question]


def test_two_real_asks_stay_two():
    assert len(question_parts("名额多少，怎么报")) == 2


@pytest.mark.parametrize("question", ["首届杭州工匠这次一共认定多少个", "浙派工匠全省总共评几个人"])
def test_scope_words_are_no_topic(deps, question):
    answer = respond(Session(), question, deps)
    assert "没有写明" not in answer.text and answer.citations, answer.text


@pytest.mark.parametrize("question", ["今天才听说首届杭州工匠，现在还来得及报吗", "听同事讲起首席技师，这会儿报还赶得上吗"])
def test_hearsay_without_a_date_is_still_a_deadline_question(deps, question):
    first = respond(Session(), question, deps).text.splitlines()[0]
    assert "截止日为" in first and "已过" in first


@pytest.mark.parametrize("question", ["首席技师汇总表里的出生年月怎么填", "首席技师的汇总表，工作单位那栏怎么填"])
def test_a_named_form_answers_its_own_field(deps, question):
    answer = respond(Session(), question, deps)
    assert answer.citations[0].clause_id == "hz_chief_technician_2021#附件1", answer.text
    assert all(c.clause_id.split("#")[1].startswith("附件") for c in answer.citations), answer.text


@pytest.mark.parametrize(("question", "kind"), [
    ("我在商场卖家电，连续三年销售冠军，首席技师里说的最高销售记录是指我这种吗", "yes_no"),
    ("我干了八年，厂里说的一线岗位是指什么样的岗位啊", "yes_no"),
    ("我52岁了，杭州工匠年龄要50岁以下吧", "count"),  # the claim is in the ask, not the case
])
def test_a_number_in_the_askers_own_case_asserts_nothing(question, kind):
    from assistant.chat.rules.answer_types import classify

    assert classify(question, vectors=False).type == kind


@pytest.mark.parametrize("question", ["浙派工匠要准备哪些材料", "突出贡献浙派工匠申报需要交什么材料"])
def test_a_notice_without_a_list_leads_with_what_it_asks_of_papers(deps, question):
    answer = respond(Session(), question, deps)
    assert "加盖公章" in answer.text.splitlines()[0] and "没有列出完整" in answer.text, answer.text


@pytest.mark.parametrize(("question", "said"), [
    ("我们是市里的产业工会，第四届数字工匠也能推6个吧", "而是3名"),
    ("我们是上城区总工会，第四届能推6个吧", "而是4名"),
    ("我们是行业协会，首席技师能推4个人吧", "而是2名"),
])
def test_a_quota_premise_is_checked_against_the_askers_own_group(question, said):
    from assistant.chat.premise import correction

    quotes = {"第四届": "各区县(市)总工会推荐不超过 4 名,其中数字经济相对领先的滨江区、西湖区、余杭区可推荐不超过 6 名。"
              "市各主管部门、各产业工会推荐不超过 3 名。",
              "首席技师": "各区、县（市）人力社保部门及市各有关主管部门推荐名额一般分别不超过 4 人，各类协会推荐名额一般分别不超过 2 人。"}
    quote = quotes["首席技师" if "首席技师" in question else "第四届"]
    assert said in correction(question, quote)


def test_a_listed_group_keeps_its_number():
    from assistant.chat.premise import correction

    quote = "各区县(市)总工会推荐不超过 4 名,其中数字经济相对领先的滨江区、西湖区、余杭区可推荐不超过 6 名。"
    assert correction("我们是滨江区总工会，第四届数字工匠能推6个对吧", quote).startswith("是的")


@pytest.mark.parametrize(("question", "quote", "said"), [
    ("发布会是国庆节开的吧", "于2023年五一节召开首届“杭州数字工匠”认定发布会。", "而是五一节"),
    ("是元旦前发布的吧", "于2023年五一节召开首届“杭州数字工匠”认定发布会。", "而是五一节"),
    ("是国庆前截止的吧", "请各推荐单位于4月10日前将推荐表报送至市总工会经济工作部", "而是4月"),
])
def test_a_holiday_said_for_a_date_is_checked(question, quote, said):
    from assistant.chat.premise import correction

    assert said in correction(question, quote)


def test_the_same_holiday_is_no_correction():
    from assistant.chat.premise import correction

    assert not (correction("发布会是劳动节开的吧", "于2023年五一节召开认定发布会。") or "").startswith("不对")


def test_a_preamble_sentence_holding_the_date_answers(deps):
    answer = respond(Session(), "首届数字工匠认定发布会哪个节日开", deps)
    assert "五一节" in answer.text, answer.text


@pytest.mark.parametrize(("question", "words"), [
    ("第四届数字工匠评审要答辩不", ("答辩",)),
    ("浙派工匠要体检不", ("体检",)),
    ("首席技师要交社保证明不？", ("社保", "证明")),
])
def test_a_yes_no_question_said_as_v_bu_has_its_thing(question, words):
    assert thing(question).words == words


def test_v_bu_asks_the_same_as_ma(deps):
    said_bu = respond(Session(), "首席技师证书原件要交不", deps)
    said_ma = respond(Session(), "首席技师证书原件要交吗", deps)
    assert [c.clause_id for c in said_bu.citations] == [c.clause_id for c in said_ma.citations]


@pytest.mark.parametrize("question", ["第四届数字工匠报名是不是已经结束了", "杭州工匠申报截止了没"])
def test_whether_applying_has_ended_is_a_deadline_question(question):
    assert asks_still_open(question)


@pytest.mark.parametrize(("question", "said"), [
    ("首席技师区里最多报几个", "不超过 4 人"),
    ("行业协会推首席技师上限几个", "不超过 2 人"),
])
def test_a_colloquial_cap_is_the_notices_buchaoguo(deps, question, said):
    answer = respond(Session(), question, deps)
    assert said in answer.text and "没有写明" not in answer.text, answer.text


@pytest.mark.parametrize(("question", "said"), [
    ("首届杭州工匠截止日期是不是10月底", "2016年9月30日"),
    ("首席技师最迟哪天报", "7 月 15 日"),
    ("首届数字工匠最晚啥时候交材料", "2023年3月31日"),
])
def test_a_deadline_question_quotes_the_deadline_the_notice_sets(deps, question, said):
    answer = respond(Session(), question, deps)
    assert said in answer.citations[0].quote, answer.text


def test_an_attached_forms_field_is_no_related_clause_for_a_rule(deps):
    answer = respond(Session(), "我们区有个小伙子拿了市里数字经济竞赛个人第一，报上去会不会占区里的推荐名额", deps)
    assert not any(c.clause_id.endswith("#附件") for c in answer.citations[1:]), answer.text


def test_one_reading_of_the_current_programmes(deps):
    """The deadline list, the form's owner, the contacts and the refusal all take "current" from
    Corpus.current_programs: none superseded by a later edition (首届数字工匠 is, after 第四届 was issued)."""
    import datetime as dt

    from assistant.chat.rules.forms import form_owner
    from assistant.chat.templates import refusal_text

    current = deps.corpus.current_programs(deps.today)
    assert "hz_digital_craftsman_2026" in current and "hz_digital_craftsman_2023" not in current
    assert "hz_digital_craftsman_2023" in deps.corpus.current_programs(dt.date(2025, 1, 1))
    assert form_owner(deps.corpus, "推荐表里的主要事迹写多少字", deps.today)[0] == "hz_digital_craftsman_2026"
    refusal = refusal_text(deps.corpus, [], today=deps.today)
    assert all(deps.corpus.meta(p).contacts[0] in refusal for p in current)
    assert "沈老师" not in refusal  # the superseded round's contact


@pytest.mark.parametrize("question", ["第四届公示截止是哪天", "第四届数字工匠公示到几号结束", "首届杭州工匠的社会公示是几月份"])
def test_a_date_answers_only_with_the_step_it_dates(deps, question):
    """"计算时间截至 2026 年 3 月 31 日" or a deadline dates no 公示: the notice is silent on that step's date."""
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    answer = respond(Session(), question, deps)
    assert "没有写明" in answer.text.splitlines()[0] and not answer.citations


def test_a_step_the_date_sentence_names_still_answers(deps):
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    answer = respond(Session(), "首席技师材料报送截止是哪天", deps)
    assert "7 月 15 日" in answer.text and answer.citations


@pytest.mark.parametrize("question", ["评上杭州工匠，听讲有奖金的，发多少", "听说评上杭州工匠有奖金，给多少",
                                      "据说杭州工匠有奖励，多少钱"])
def test_hearsay_is_no_point_of_a_money_question(question):
    """听讲/听说/据说 frame the question; they are not a point of the money the notice is silent on."""
    from assistant.chat.rules.answer_types import focus
    from assistant.chat.rules.ranking import money_rest

    assert money_rest(focus(question)) == ""


def test_a_planned_number_is_no_result_query():
    """"认定了多少人" asks the number the notice plans (首届杭州工匠: 30名), not where results are published."""
    from assistant.chat.rules.out_of_scope import out_of_scope

    assert out_of_scope("杭州工匠第一届一共认定了多少人") is None
    assert out_of_scope("第四届数字工匠的名单在哪看") is not None


@pytest.mark.parametrize("question", ["杭州工匠的社会公示是在专家评审前头还是后头", "公示在审定之前还是之后",
                                      "初审是在评审前面还是后面"])
def test_an_order_of_two_steps_is_no_choice_of_things(question):
    """前头还是后头 asks which step comes first; no notice names 前头 or 后头, so it must not be read as a choice
    the notice is silent on: the procedure sentence naming the steps answers."""
    assert alternatives(question) is None


@pytest.mark.parametrize(("question", "topic"), [
    ("我是退伍军人，报浙派工匠有加分吗", "加分或优待"),
    ("少数民族评首席技师有没有优待", "加分或优待"),
    ("评上杭州工匠孩子上学能加分吗", "子女入学"),
])
def test_what_an_unanswered_question_is_about_is_named_from_its_own_words(question, topic):
    """加分 is any bonus in the selection, not only a child's school place: '退伍军人…有加分吗' was answered
    '关于子女入学，…'."""
    from assistant.chat.rules.out_of_scope import out_of_scope

    assert topic in out_of_scope(question)


@pytest.mark.parametrize("question", ["浙派工匠名额多少", "浙派工匠名额有几个", "浙派工匠一次评多少个名额"])
def test_a_heading_names_the_topic_of_the_value_under_it(deps, question):
    """'名额多少' was said to be silent: 50名 sits under the heading 一、评选周期及名额, and its own sentence never
    says 名额. A clause's heading is text too (issue #14)."""
    from tests.chat_support import talk

    _, answers = talk(deps, question)
    assert "50名" in answers[-1].text and "没有写明" not in answers[-1].text, answers[-1].text


@pytest.mark.parametrize("question", ["首席技师申报表要几份", "首席技师材料要交几份"])
def test_a_sentence_about_what_came_before_it_answers_for_it(deps, question):
    """'申报表要几份' was said to be silent: 三/(二) lists the 申报表 and then says '以上材料均需纸质材料和电子文档各一份'.
    A sentence opening with 以上/上述 is about what the clause said before it."""
    from tests.chat_support import talk

    _, answers = talk(deps, question)
    assert "各一份" in answers[-1].text.split("\n")[0], answers[-1].text

"""The thing a yes/no question asks about, and the silent answer when the asked notice holds no sentence
with it (chat/rules/things.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.chat.case.state import Session
from assistant.chat.premise import correction
from assistant.chat.rules.answer_types import classify, question_parts
from assistant.chat.rules.things import holding_units, thing
from assistant.chat.turn import make_deps, respond
from tests.chat_support import KeywordRetriever

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def deps():
    return make_deps(retriever=KeywordRetriever(), today=TODAY)


@pytest.mark.parametrize(("question", "words"), [
    ("第四届数字工匠评审要不要现场答辩？", ("现场", "答辩")),
    ("首席技师需要体检吗", ("体检",)),
    ("浙派工匠要交社保证明吗", ("社保", "证明")),
    ("首席技师对学历有要求吗？", ("学历",)),  # the thing before the yes/no word when after it is only 要求
    ("浙派工匠评上了以后还有可能被撤销吗？", ("撤销",)),
])
def test_the_thing_is_what_follows_the_yes_no_word(question, words):
    assert thing(question).words == words


@pytest.mark.parametrize("question", [
    "我们单位没建工会，我还能报第四届数字工匠吗？",  # the asker's case is a condition; applying is no thing
    "首届杭州工匠外国籍能报吗？",
    "第四届数字工匠里一线技能人才占一半就行了，是吧？",  # 技能 holds 能, but is no yes/no word
    "退休了还能报吗",
])
def test_applying_or_no_yes_no_word_names_no_thing(question):
    assert thing(question) is None


@pytest.mark.parametrize(("question", "program", "held"), [
    ("第四届数字工匠评审要不要现场答辩？", "hz_digital_craftsman_2026", False),
    ("首席技师需要体检吗", "hz_chief_technician_2021", False),
    ("首席技师推荐要不要开专家评议？", "hz_chief_technician_2021", True),
    ("第四届推荐表里本人承诺那栏要签字吗？", "hz_digital_craftsman_2026", True),  # 签名, by the vocabulary
    ("首届杭州工匠必须是中国国籍吗？", "hz_craftsman_2016", True),
])
def test_a_sentence_holds_the_thing_only_with_every_word(corpus, question, program, held):
    assert bool(holding_units(corpus, program, thing(question))) is held


@pytest.mark.parametrize(("question", "contact"), [
    ("第四届数字工匠评审要不要现场答辩？", "89589640"),
    ("首席技师评上前需要体检吗？", "87258538"),
    ("首席技师认定的时候要不要现场考核？", "87258538"),
])
def test_silent_yes_no_says_so_first_with_the_contact_and_no_citation(deps, question, contact):
    answer = respond(Session(), question, deps)
    first = answer.text.splitlines()[0]
    assert "通知没有写明" in first, answer.text
    assert contact in answer.text and answer.citations == ()


def test_held_yes_no_is_answered_from_the_notice(deps):
    answer = respond(Session(), "浙派工匠公示的时候别人能提异议吗？", deps)
    assert answer.citations and "异议" in answer.citations[0].quote


@pytest.mark.parametrize(("question", "parts"), [
    ("自由职业者可以申请吗？走什么渠道推荐？", ["自由职业者可以申请吗？", "走什么渠道推荐？"]),
    ("第四届数字工匠名额多少，怎么报", ["第四届数字工匠名额多少，", "怎么报"]),  # a comma parts two asks
    ("首席技师要交哪些材料，交到哪里，截止是几号？", ["首席技师要交哪些材料，", "交到哪里，", "截止是几号？"]),
    ("首席技师的证书复印件必须交吗？网上能查到的也要交？",  # a question mark makes an ask without a question word
     ["首席技师的证书复印件必须交吗？", "网上能查到的也要交？"]),
])
def test_a_message_is_parted_into_its_asks(question, parts):
    assert question_parts(question) == parts


@pytest.mark.parametrize("question", [
    "我们单位没建工会，我还能报吗？",  # the first stretch asks nothing: it is the case the ask is about
    "第四届数字工匠里一线技能人才占一半就行了，是吧？",  # a tag leans on the stretch before it
    "已经是浙江工匠的，首届数字工匠和第四届数字工匠是不是都不能报？",
    "什么时候截止？",
])
def test_context_and_tags_stay_with_their_ask(question):
    assert question_parts(question) == [question]


@pytest.mark.parametrize(("question", "first", "second"), [
    ("首席技师什么时候截止？要交几份材料？", "7 月 15 日", "各一份"),
    ("2021年首席技师的截止时间是哪天，推荐名额一般多少？", "7 月 15 日", "4 人"),
])
def test_each_ask_is_answered_under_itself(deps, question, first, second):
    lines = respond(Session(), question, deps).text.splitlines()
    one = next(ln for ln in lines if ln.startswith("1. "))
    two = next(ln for ln in lines if ln.startswith("2. "))
    assert first in one and second in two


def test_a_silent_ask_is_said_for_that_ask_alone(deps):
    text = respond(Session(), "2021年首席技师报送截止是哪天？评上有多少奖金？", deps).text
    lines = text.splitlines()
    assert "7 月 15 日" in next(ln for ln in lines if ln.startswith("1. "))
    assert "没有写明" in next(ln for ln in lines if ln.startswith("2. "))
    assert "87258538" in text


@pytest.mark.parametrize(("question", "holds", "silent", "word"), [
    ("首席技师和杭州工匠都要求是工会会员吗？", "首届杭州工匠", "2021年杭州市首席技师", "工会会员"),
    ("首席技师和杭州工匠都要交纸质材料吗？", "2021年杭州市首席技师", "首届杭州工匠", "纸质"),
    ("杭州工匠和首席技师，哪个要求中国国籍？", "首届杭州工匠", "2021年杭州市首席技师", "国籍"),
])
def test_comparison_quotes_each_sides_sentence_holding_the_thing_or_says_it_is_silent(
        deps, question, holds, silent, word):
    lines = respond(Session(), question, deps).text.splitlines()
    held = next(ln for ln in lines if ln.startswith(f"【{holds}】"))
    assert word in held and "没有写明" not in held
    assert next(ln for ln in lines if ln.startswith(f"【{silent}】")).startswith(f"【{silent}】通知没有写明")


@pytest.mark.parametrize(("question", "kind"), [
    ("我们单位第一次报首席技师，要报给上面哪些表？", "materials"),  # the object asked for, not 报给 (where)
    ("要交哪几份材料给市总工会？", "materials"),
    ("压缩包怎么命名？", "materials"),
    ("推荐表发到哪个邮箱？", "place"),
])
def test_which_papers_is_a_materials_question(question, kind):
    assert classify(question, vectors=False).type == kind


@pytest.mark.parametrize("question", [
    "首席技师和浙派工匠对技能等级的要求差在哪",
    "首席技师和杭州工匠在年龄上哪里不一样？",
    "首届和第四届数字工匠的名额有什么区别",
])
def test_asking_where_two_differ_is_a_comparison_not_a_place(question):
    assert classify(question, vectors=False).type == "difference"


def test_an_ask_carries_the_topic_of_the_asks_before_it_not_after(deps):
    lines = respond(Session(), "我们单位第一次报首席技师，要报给上面哪些表？纸质的还是电子的？", deps).text.splitlines()
    one = next(ln for ln in lines if ln.startswith("1. "))
    two = next(ln for ln in lines if ln.startswith("2. "))
    assert "申报表" in one and "纸质材料和电子文档各一份" in two


@pytest.mark.parametrize(("question", "program", "held"), [
    ("浙派工匠的评审专家名单会不会公开？", "zj_craftsman_2023", False),  # 公开 is said of the principles only
    ("首届杭州工匠的专家打分会不会公开？", "hz_craftsman_2016", False),  # 公开 of the principles again
    ("浙派工匠公示的时候别人能提异议吗？", "zj_craftsman_2023", True),  # 别人 is no notice word: not required
    ("第四届推荐表要填手机号吗？", "hz_digital_craftsman_2026", True),  # the form's clause names 推荐表
])
def test_the_thing_must_be_said_of_what_it_is_asked_of(corpus, question, program, held):
    assert bool(holding_units(corpus, program, thing(question))) is held


def test_a_yes_no_comparison_quotes_the_rule_on_the_thing_not_a_mention(deps):
    text = respond(Session(), "已经是浙江工匠的，首届数字工匠和第四届数字工匠是不是都不能报？", deps).text
    assert "不再重复推荐" in text and "不予推荐" in text


@pytest.mark.parametrize("question", [
    "首席技师申报要交体检报告吧？",
    "第四届数字工匠评审要现场答辩的吧？",
    "浙派工匠申报得交无犯罪记录证明，对吧？",
])
def test_a_premise_about_a_thing_no_sentence_holds_is_not_agreed_with(deps, question):
    answer = respond(Session(), question, deps)
    first = answer.text.splitlines()[0]
    assert "通知没有写明" in first and "是的" not in answer.text, answer.text
    assert answer.citations == ()


def test_a_tag_is_no_thing():
    assert thing("浙派工匠退休了也能报对吧？") is None
    assert thing("要交纸质材料，是不是？").words == ("纸质", "材料")


@pytest.mark.parametrize(("question", "quote", "start"), [
    # a placing: the one said for the same contest decides; 前三名 is not 第1名
    ("首届杭州工匠拿了省技能大赛前三名就能不受年限限制了吧？",
     "4、获得世界技能大赛和国家级技能大赛的前3名，省技能大赛的第1名。（符合此条，不受工作年限的限制。）", "不对"),
    ("国家级技能大赛前五名也行吧？",
     "4、获得世界技能大赛和国家级技能大赛的前3名，省技能大赛的第1名。（符合此条，不受工作年限的限制。）", "不对"),
    ("拿了国家级技能大赛第二名就不受年限限制了吧？",  # 第2名 is within 前3名
     "4、获得世界技能大赛和国家级技能大赛的前3名，省技能大赛的第1名。（符合此条，不受工作年限的限制。）", ""),
])
def test_placings_are_compared_as_placings_not_counts(question, quote, start):
    said = correction(question, quote) or ""
    assert said.startswith(start) and ("不对" not in said if not start else "第1名" in said or "前3名" in said)


@pytest.mark.parametrize("question", [
    "浙派工匠的评审专家遇到熟人要怎么回避？",
    "浙派工匠评审专家要是碰到亲戚参评怎么办？",
])
def test_a_reviewer_who_knows_a_candidate_is_a_conflict_of_interest(deps, question):
    answer = respond(Session(), question, deps)
    assert "主动申请回避" in answer.citations[0].quote
    # the expert-review step holds procedure words too, but is far less on topic: no "相关条款" filler
    assert "专家库" not in answer.text


@pytest.mark.parametrize("question", [
    "第四届数字工匠公示完了还有什么程序？",  # 程序 asks for the course, but 完了…还有 goes on from a named step
    "第四届数字工匠公示结束后还有什么环节？",
])
def test_the_step_after_a_named_one_is_the_answer_not_the_whole_course(deps, question):
    answer = respond(Session(), question, deps)
    assert answer.citations[0].clause_id == "hz_digital_craftsman_2026#三/(三)", answer.text
    assert "具体环节依次是" not in answer.text


@pytest.mark.parametrize("text", ["第四届数字工匠评上以后单位要不要给配套奖励，通知里有说吗",
                                  "首席技师评上有没有津贴？文件上有规定吗？", "浙派工匠有年龄上限吗，通知有没有写"])
def test_asking_whether_the_notice_says_it_is_no_second_ask(text):
    """"…，通知里有说吗" asks whether the notice says the ask before it; split off it had been answered on its own,
    quoting the notice's title."""
    from assistant.chat.rules.answer_types import question_parts

    assert question_parts(text) == [text]


def test_wu_dialect_question_particle_is_a_yes_no_ending():
    # "还要交复印件伐": 伐 is 吗; handing in is the question's form, the paper before it the thing
    assert thing("首席技师证书复印件要交伐").words == ("复印件",)


@pytest.mark.parametrize("question, word", [
    ("首席技师的证书原件交上去了还还不还给我的？", "退回"),  # the lead's round-seven trial
    ("原件退不退", "退回"),
    ("人数加不加", "增加"),
])
def test_an_a_not_a_of_a_one_character_verb_asks_whether_it_is_done(question, word):
    from assistant.chat.rules.things import thing

    found = thing(question)
    assert found is not None and word in found.words

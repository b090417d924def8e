"""The asker's story told before an ask for a stated value is left out of what picks the sentence
(chat/rules/story.py); a stretch the notice distinguishes, a case, a programme named or a yes/no ask keep it."""

from __future__ import annotations

import pytest

from assistant.chat.rules.story import asks_stated_value, is_story, without_story
from assistant.notices.tree import load_corpus

CT, C16, D26 = "hz_chief_technician_2021", "hz_craftsman_2016", "hz_digital_craftsman_2026"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


@pytest.mark.parametrize(("stretch", "program", "story"), [
    ("我在车间干了快二十年数控，", CT, True),
    ("我老婆说我整天加班也没个名堂。", C16, True),
    ("我们是市里的产业工会，", D26, False),  # 产业工会 is a unit the notice gives a quota
    ("我是自由职业者，", CT, False),  # 自由职业者 is a kind the notice names
    ("报数字工匠的话，", None, False),  # a programme named
    ("要是材料交晚了，", CT, False),  # a case set
])
def test_a_story_stretch_shares_no_word_with_the_notice(corpus, stretch, program, story):
    assert is_story(corpus, stretch, program) is story


def test_the_story_before_an_ask_for_a_count_is_left_out(corpus):
    text = "我在车间干了快二十年数控，师傅们都说我该去试试。首席技师这回全市一共认定多少人啊"
    assert without_story(corpus, text, CT) == "首席技师这回全市一共认定多少人啊"


def test_an_announcing_colon_ends_a_stretch(corpus):
    text = "隔壁组的小王去年拿了个奖，我就好奇：首届杭州工匠评上的人拿多少奖金"
    assert without_story(corpus, text, C16) == "首届杭州工匠评上的人拿多少奖金"


def test_a_sentence_closed_by_a_full_stop_tells_whatever_question_word_it_holds(corpus):
    text = "我是做直播电商运维的，业余也带几个新人。第四届数字工匠初审完了下一步是什么"
    assert without_story(corpus, text, D26) == "第四届数字工匠初审完了下一步是什么"


@pytest.mark.parametrize("text", [
    "我是高级工，在杭州一家机械厂一线干了12年，想评杭州市首席技师，我够格吗？",  # a yes/no ask: the case is checked
    "我师傅评上了杭州工匠，听讲有奖金的，发多少",  # "发多少" names no topic: it leans on 有奖金的
    "我们车间主任想报浙派，他之前在江苏干了好多年，到浙江才大半年。浙派在浙江要全职干满多久？江苏那几年能不能一起算进去？",
])
def test_a_story_stays_when_the_ask_needs_it(corpus, text):
    assert without_story(corpus, text, None) == text


def test_an_ask_for_a_stated_value_is_a_question_about_the_rules():
    assert asks_stated_value("我是做直播电商运维的，业余也带几个新人。第四届数字工匠初审完了下一步是什么")
    assert not asks_stated_value("我是高级工，在杭州一线干了12年，我够格吗？")
    assert not asks_stated_value("我在杭州干了15年，首席技师有没有年龄限制？")


def test_the_count_is_answered_past_the_story(deps):
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    answer = respond(Session(), "我在车间干了快二十年数控，师傅们都说我该去试试。首席技师这回全市一共认定多少人啊", deps)
    assert "20 名" in answer.text and "没有写明" not in answer.text, answer.text
    assert [c.clause_id for c in answer.citations][:1] == [f"{CT}#四"]


@pytest.mark.parametrize(("question", "kind"), [
    ("首届数字工匠认定发布会哪个月开的", "date"),
    ("浙派工匠是哪一年开始评的", "date"),
    ("首届杭州工匠什么月份公示", "date"),
    ("首席技师要干几年", "count"),  # how many years: a count
    ("杭州工匠年龄有什么年限要求", "count"),  # 年限 is no calendar year
])
def test_a_calendar_unit_asked_with_which_is_a_date(question, kind):
    from assistant.chat.rules.answer_types import classify

    asked = classify(question, vectors=False)
    assert (asked.type, asked.source) == (kind, "table")


def test_a_question_word_in_the_story_asks_nothing_when_the_message_closes_with_a_check():
    # "几米长" in the story, "他当时能报吗" the ask: the case is checked, not a count answered
    text = ("我爸58年的，1978年进的杭州一家重型机械厂当车工，到16年还在车间车大件。他车的那种几米长的大曲轴，"
            "厂里公认就他一个人能车。他当时能报吗")
    assert not asks_stated_value(text)
    assert not asks_stated_value("第四届 我在上城一家保险科技公司 拍几张照片就能出损失清单 够不够")


@pytest.mark.parametrize("question", ["第四届数字工匠那个问卷链接是多少", "杭州工匠自荐网址是多少", "首席技师的邮箱是多少"])
def test_an_address_asked_with_how_much_is_a_place(question):
    from assistant.chat.rules.answer_types import classify

    assert classify(question, vectors=False).type == "place"

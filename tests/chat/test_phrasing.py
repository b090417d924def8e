"""The asker's phrasing (verbs and adverbs no notice says, the notice named as where the value is) is no point of a
question's topic (chat/rules/phrasing.py); a noun stays whether a notice says it or not."""

from __future__ import annotations

import pytest

from assistant.chat.rules.phrasing import asked_words


def _kept(topic: str) -> list[str]:
    return asked_words(topic).split()


@pytest.mark.parametrize(("topic", "kept"), [
    ("本来打算评", []),  # adverb and intent verb, no notice says them; 评 alone
    ("人拿 奖金", ["人", "奖金"]),  # 拿 is how the asker puts receiving
    ("那个通知里留 是 联系方式", ["联系方式"]),  # the notice itself, a pronoun, 留 and 是
    ("奖金打到 账户", ["奖金", "账户"]),  # 账户: a point no notice holds stays, so the notice is silent on it
    ("宣传归 部门负责", ["宣传", "部门负责"]),  # words the notices say stay
    ("文件上写的 截止", ["的", "截止"]),  # a particle alone makes no pair
])
def test_the_asker_s_phrasing_is_blanked(topic, kept):
    assert _kept(topic) == kept


def test_a_word_the_vocabulary_maps_to_the_notices_stays():
    # "最多" is how the notices' 不超过 is said loosely: the quota sentence is on topic by it
    assert "不超过" in asked_words("一个单位最多 推").split()


def test_a_pronoun_stays_in_the_topic():
    # "那个认定领导小组…": with 那个 gone the ask looked bare and any sentence under 认定办法 answered it
    assert "那个" in asked_words("那个认定")

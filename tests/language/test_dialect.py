"""Wu words are folded to Mandarin before any reading, and nothing Mandarin is touched."""

import pytest

from assistant.language.dialect import fold_dialect


@pytest.mark.parametrize(("wu", "mandarin"), [
    ("阿拉屋里厢阿哥在萧山做钳工，伊好报浙派工匠伐", "我家哥哥在萧山做钳工，他能报浙派工匠伐"),
    ("伊拉单位勿晓得", "他们单位不晓得"),
    ("阿拉姆妈今朝问我", "我妈妈今天问我"),
    ("侬帮阿拉看看", "你帮我看看"),
])
def test_wu_words_are_folded(wu, mandarin):
    assert fold_dialect(wu) == mandarin
    assert fold_dialect(mandarin) == mandarin  # idempotent: the chat and the extractor both fold


@pytest.mark.parametrize("text", ["阿拉伯语翻译", "伊利乳业的车间", "木乃伊展览", "伊拉克项目", "伊朗的客户",
                                  "申报要求好不好报", "我在阿拉善干过三年", "名单在哪能查到"])
def test_mandarin_words_that_hold_wu_ones_are_kept(text):
    assert fold_dialect(text) == text


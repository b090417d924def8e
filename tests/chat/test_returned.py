"""A paper said to be kept where a sentence of the notice gives it back is corrected from that sentence, wherever it
is (chat/premise/returned.py, chat/premise/notice_premise.py)."""

from __future__ import annotations

import pytest

from assistant.chat.premise.returned import kept_premise
from assistant.notices.tree import load_corpus

_CT = "hz_chief_technician_2021"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


@pytest.mark.parametrize("question", ["首席技师佐证材料原件交上去就拿不回来了吧", "首席技师的原件交上去是不退的吧",
                                      "首席技师那些证书原件给上去以后是不是就拿不回来了"])
def test_a_paper_given_back_said_to_be_kept_is_corrected(corpus, question):
    found = kept_premise(corpus, _CT, question)
    assert found is not None and found[0].startswith("不对") and "退回" in found[1][1], found


@pytest.mark.parametrize(("program", "question"), [
    (_CT, "首席技师原件校验完会退回来的吧"),  # said to be given back: no premise of keeping
    ("zj_craftsman_2023", "浙派工匠的佐证材料交上去不退的吧"),  # no sentence of that notice gives papers back
])
def test_no_kept_premise(corpus, program, question):
    assert kept_premise(corpus, program, question) is None


@pytest.mark.parametrize("question", ["首席技师的材料交上去会归档保存的吧", "首席技师佐证材料交上去就不退了吧"])
def test_a_file_copy_or_a_paper_not_given_back_is_no_premise_here(corpus, question):
    # archiving is no withholding; the 材料 beside the 原件 is not what "原件校验后退回" gives back
    assert kept_premise(corpus, _CT, question) is None

"""The transfer of the speaker's own creation is also the creation (eval/README.md, the label convention for
"本人发明并转让投产"): ``classify.implied`` over ``data/implied.json``. The phrasings are not rows of the labelled
tables; ``picked`` is asked with made-up probabilities, so these test the rule, not a fitted model."""

from __future__ import annotations

import pytest

from assistant.language.classify import implied, picked
from assistant.language.lexicon import KINDS, lexicon_hits


def _probs(**given: float) -> dict[str, float]:
    return {k: given.get(k, 0.0) for k in KINDS}


@pytest.mark.parametrize("unit", [
    "我发明的防滑扣件授权给一家五金厂生产",
    "我的那项实用新型专利卖给了温州的厂家，已经批量生产",
    "自己研制的注浆泵做到了量产，卖到了十几个工地",
    "我设计的折叠晾衣架和厂家合作投产了",
    "带队研发的称重算法转让给了一家衡器公司",
])
def test_the_transfer_of_ones_own_creation_is_also_an_innovation(unit):
    scored = [(unit, _probs(transfer=0.95), set(), lexicon_hits(unit))]
    assert {k for k, _ in picked(scored, 0.6, 0.6, 1.01, 0.5)} == {"transfer", "innovation"}


@pytest.mark.parametrize("unit", [
    "把高校的一项专利技术用到了我们的生产线上",       # the university's patent
    "把研究院的新型阻燃配方放到产线上量产",            # no creation named
    "和大学联合研发的污泥干化工艺在厂里投产了",        # developed with others, by the organisation
    "把自己在读博时研究出来的成果做成了产品",          # a research result names no invention
    "公司研发的新型电池转让给了一家车企",              # the company's
])
def test_a_transfer_of_others_results_is_only_a_transfer(unit):
    scored = [(unit, _probs(transfer=0.95), set(), lexicon_hits(unit))]
    assert {k for k, _ in picked(scored, 0.6, 0.6, 1.01, 0.5)} == {"transfer"}


def test_an_innovation_ruled_out_of_the_unit_is_not_brought_back():
    unit = "我发明的防滑扣件授权给一家五金厂生产"
    assert implied(unit, ["transfer"], {"innovation"}) == {}
    assert implied(unit, ["transfer"], set()) == {"innovation": "发明"}


def test_only_a_found_transfer_brings_the_innovation():
    unit = "我设计的折叠晾衣架"
    assert implied(unit, ["craft"], set()) == {}
    assert implied(unit, [], set()) == {}

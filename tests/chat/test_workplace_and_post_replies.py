"""Replies to the employer's-city and post questions told in everyday words (employer19): a branch or dispatch is
left to the recommending unit, a move to running production is management, and a company head with hands on the
work stays asked."""

from __future__ import annotations

import pytest

from tests.chat_support import talk

CT = "hz_chief_technician_2021"
OPEN_CITY = "我是数控车工高级技师，2019年评上了全国技术能手，浙江省首席技师没评过，21年杭州市首席技师能报吗"
OPEN_POST = "我在萧山一家汽配厂，高级技师，2019年评上了全国技术能手，浙江省首席技师没评过，21年杭州市首席技师能报吗"


def _verdict(answer) -> str:
    return next(v.verdict for v in answer.verdicts if v.program == CT)


@pytest.mark.parametrize(("reply", "verdict"), [
    ("集团在宁波，我在滨江的分公司", "needs_review"),
    ("外包的，合同签在合肥的外包公司，人在余杭的厂里", "needs_review"),
    ("在富阳新登镇上", "eligible"),
])
def test_city_replies(deps, reply, verdict):
    _, answers = talk(deps, OPEN_CITY, reply)
    assert _verdict(answers[-1]) == verdict


@pytest.mark.parametrize(("reply", "verdict"), [
    ("去年调去管生产了", "not_eligible"),
    ("厂里的生产副总", "not_eligible"),
    ("副总，不过自己也天天下车间修设备", "needs_review"),
    ("班组长，自己也天天上机", "eligible"),
])
def test_post_replies(deps, reply, verdict):
    session, answers = talk(deps, OPEN_POST, reply)
    assert _verdict(answers[-1]) == verdict

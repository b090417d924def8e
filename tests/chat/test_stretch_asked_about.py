"""A past stay asked about in a later turn ("在宁波那几年…不能算进去吗") leaves the present city as it was."""

from __future__ import annotations

from tests.chat_support import talk


def test_the_stretch_asked_about_keeps_the_city_said_before(deps):
    first = ("第四届数字工匠 我做集装箱箱号识别算法的 一六年毕业一直干这个 之前在宁波 二二年十月才来的杭州 会员 "
             "工匠啥的都没评过 前年拿了浙江省科学技术进步奖二等奖 我是第二完成人 现在还在写代码")
    session, answers = talk(deps, first, "在宁波那几年也是全职干这个的啊 不能算进去吗")
    assert session.profile.get("employer_city") == "杭州"
    assert answers[-1].verdicts[0].verdict == "eligible"

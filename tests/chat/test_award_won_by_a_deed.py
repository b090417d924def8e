"""An award won by a deed the sentence names ("我们那个产线MES改造项目拿了杭州市科技进步奖三等奖") tells the deed too:
the 技术改造 is the experts' to weigh, so a city award below 第四届 (三)'s provincial bar no longer makes the answer
"不符合" (eligibility.preds._graded)."""

from assistant.chat.case.state import Session
from assistant.chat.turn import respond

D26 = "hz_digital_craftsman_2026"


def test_the_deed_that_won_a_city_award_leaves_the_verdict_to_the_review(deps):
    s = Session()
    respond(s, "我在钱塘一家做光伏组件的厂里当设备工程师 干了八年 一直在杭州 工会会员 没评过工匠 第四届数字工匠能报吗", deps)
    answer = respond(s, "去年我们那个仓储WMS改造项目拿了杭州市科技进步奖三等奖 我是第三完成人", deps)
    verdict = next(v for v in answer.verdicts if v.program == D26)
    assert verdict.verdict == "needs_review", [(r.rule, r.ok, r.message) for r in verdict.reasons]

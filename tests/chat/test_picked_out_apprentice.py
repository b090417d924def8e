"""One of the apprentices picked out by name ("带了好多徒弟 有个小金…拿了第二名") is still the apprentices' record, the
asker's to claim: the chat keeps the clause (chat.case.said.without_others) and 首席技师 (四) reads its placing."""

from assistant.chat.case.said import without_others
from assistant.chat.case.state import Session
from assistant.chat.turn import respond


def test_a_picked_out_apprentice_stays_with_the_apprentices():
    text = "我在滨江做电梯维保 带了七八个徒弟 有个小周前年杭州市一类技能竞赛拿了第一名 我爱人也是技师"
    kept = without_others(text)
    assert "小周前年杭州市一类技能竞赛拿了第一名" in kept and "我爱人" not in kept


def test_the_placing_decides_the_apprentices_condition(deps):
    s = Session()
    respond(s, "我在萧山一家汽修厂一线做钣金二十多年 高级技师 带了好多徒弟 有个小金一九年杭州市一类技能竞赛拿了第二名 "
               "首席技师二一年那次我够不够", deps)
    answer = respond(s, "没有", deps)
    verdicts = {v.program: v for v in answer.verdicts}
    assert verdicts["hz_chief_technician_2021"].verdict == "eligible"

""""我和我徒弟能一起报吗 …" then "那我徒弟呢 他技师…": the first message's facts are the asker's alone (the joint
reading keeps the apprentice's apart), also for the dialogue state; the apprentice's turn is checked on its own facts.
(pend22's echo join passed the message as said to the state, whole, and the apprentice's 技师 was contradicted by
the asker's 25 years.)"""

from __future__ import annotations

from assistant.chat.case.state import Session
from assistant.chat.turn import respond


def test_the_apprentice_is_checked_on_his_own_facts(deps):
    session = Session()
    respond(session, "浙派工匠 我和我徒弟能一起报吗 我是高级技师 焊工 在杭州锅炉厂焊了二十五年 现在还在一线 "
                     "带出十几个徒弟 三个拿过省赛前三名", deps)
    answer = respond(session, "那我徒弟呢 他技师 焊工 在我们厂干了八年", deps)
    assert [v.verdict for v in answer.verdicts] == ["not_eligible"]
    assert "矛盾" not in answer.text

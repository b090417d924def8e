"""One ask of several that says a step done and asks what follows ('报到区里以后区里又是怎么弄的') is answered by the
course's next step, as the ask alone is, not found silent because the next step shares none of its words."""

from __future__ import annotations

import datetime as dt

from assistant.chat.case.state import Session
from assistant.chat.turn import make_deps, respond

TODAY = dt.date(2026, 11, 21)


def test_the_next_step_answers_the_second_ask(real_retriever):
    # the real index: the ask's best unit is one it shares few words with (its relevance is below any gate)
    answer = respond(Session(), "首席技师在单位里先要走什么程序？报到区里以后区里又是怎么弄的？",
                     make_deps(retriever=real_retriever, today=TODAY))
    cited = [c.clause_id for c in answer.citations]
    assert "hz_chief_technician_2021#三/(二)" in cited, answer.text
    assert "组织专家对申报人选进行评议" in answer.text and "没有写明" not in answer.text


def test_the_course_from_a_step_said_done_lists_each_step(real_retriever):
    answer = respond(Session(), "浙派工匠市里报上去以后省里还要走几步？结果大概啥时候出来？",
                     make_deps(retriever=real_retriever, today=TODAY))
    cited = [c.clause_id for c in answer.citations]
    assert cited[:2] == ["zj_craftsman_2023#四/(三)", "zj_craftsman_2023#四/(四)"], answer.text
    assert "形式审查" in answer.text and "报请省政府批准公布" in answer.text
    assert "具体环节依次是" in answer.text


def test_parts_text_lists_a_course_under_its_ask():
    from assistant.chat.answer import Citations
    from assistant.chat.templates import parts_text
    from assistant.notices.tree import load_corpus

    corpus = load_corpus()
    steps = tuple((c, (corpus.clause(c).own_text or "").strip()) for c in
                  ("zj_craftsman_2023#四/(三)", "zj_craftsman_2023#四/(四)"))
    text = parts_text(corpus, Citations(), [("还要走几步？", steps, ""), ("要等多久？", None, "结果公布的时间")], TODAY,
                      "zj_craftsman_2023")
    lines = text.splitlines()
    assert lines[1] == "1. 还要走几步？ 根据通知原文，具体环节依次是："
    assert lines[2].startswith("   1) 突出贡献浙派工匠 四/(三)") and lines[3].startswith("   2) 突出贡献浙派工匠 四/(四)")
    assert "2. 要等多久？ 突出贡献浙派工匠的通知没有写明结果公布的时间。" in lines


def test_a_course_ask_the_gates_left_silent_lists_the_course(real_retriever):
    answer = respond(Session(), "浙派工匠推荐到省里以后是怎么评的？评完了最后报谁批准？",
                     make_deps(retriever=real_retriever, today=TODAY))
    assert "形式审查" in answer.text and "省政府批准" in answer.text, answer.text
    assert "没有写明" not in answer.text

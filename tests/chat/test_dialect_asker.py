"""A relative asked about in Wu words is answered as "他", with his facts read (the edge fold, language.dialect)."""

from assistant.chat.case.state import Session
from assistant.chat.turn import respond


def test_a_relative_asked_about_in_wu_is_answered_as_him(deps):
    session = Session()
    answer = respond(session, "阿拉屋里厢阿哥在萧山一家机械厂做钳工做了二十年了，高级技师，伊好报浙派工匠伐", deps)
    assert session.subject == "他"
    assert session.profile.get("skill_level") == "高级技师"
    assert session.profile.get("employer_city") == "杭州"
    assert "他的" in answer.text and "您的主要业绩" not in answer.text

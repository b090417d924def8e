"""A fact the HR writer names and then says not to write ("…李工搞的专利不要写进去"), and a colleague named by a post
with its department before it ("我们厂的技术中心主任拿过省劳模"), stay out of the candidate's draft (asked as a new HR
user, round twenty-two: both were written into 老周's 主要事迹)."""

from __future__ import annotations

from assistant.chat.case.state import Session
from assistant.chat.people import OTHERS, attribute
from assistant.chat.turn import respond


def test_a_thing_said_not_to_be_written_is_nobodys():
    parts = attribute(["他带了8个徒弟", "她们部门的质检主管拿的那个QC成果奖别写进去", "他是班组长"], "老王")
    assert [p.people for p in parts] == [("老王",), (OTHERS,), ("老王",)]


def test_a_colleague_named_by_a_post_with_its_department():
    parts = attribute(["他拿过市技术能手", "我们公司的设备部经理拿过省劳模"], "老王")
    assert parts[1].people == (OTHERS,)
    assert attribute(["他是车间主任"], "老王")[0].people == ("老王",)  # the candidate's own post stays his


def test_the_draft_leaves_them_out(deps):
    a = respond(Session(), "帮我给我们车间的老周写个浙派工匠推荐表的主要事迹 他是高级技师 干了二十六年数控 带了12个徒弟 "
                           "他主持的曲轴加工工艺改进每年给厂里省了300多万 另外我们厂的技术中心主任李工搞的专利不要写进去", deps)
    assert "曲轴" in a.text
    assert "李工" not in a.text and "专利" not in a.text.split("对应推荐条件")[0]

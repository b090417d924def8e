"""Work named by its technical field with no word of a post ("我在公司搞算法", "做网络安全的", "负责系统运维") is
front-line technical work: the post is not asked for, and the role classifier, which reads such short words
poorly (做网络安全 as office work), is not consulted for them."""

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.jobs import role_of, technical_work

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize("text", ["我在公司搞算法，干了6年", "平时主要负责系统运维", "我是做网络安全的，在滨江",
                                  "在一家民营企业搞测试", "我们公司做芯片，我负责芯片验证"])
def test_a_technical_field_done_is_front_line_work(text):
    assert extract(text, TODAY).profile.get("role_type") == "frontline_technical"


@pytest.mark.parametrize("text", ["算法", "网络安全", "做网络安全", "搞大数据", "嵌入式开发"])
def test_the_field_alone_as_a_job_is_front_line_work(text):
    assert role_of(text) == "frontline_technical"


@pytest.mark.parametrize("text", ["我负责算法团队", "在一家软件公司当会计", "没做过开发", "在一家软件公司上班",
                                  "做电商运营", "现在是技术部门经理，以前写代码"])
def test_a_post_the_employers_trade_or_a_denial_is_not_the_work_done(text):
    assert not technical_work(text)


@pytest.mark.parametrize("text", ["我负责算法团队", "在一家软件公司当会计"])
def test_no_front_line_post_is_read_from_them(text):
    assert extract(text, TODAY).profile.get("role_type") != "frontline_technical"


@pytest.mark.parametrize("text, work", [("在公司主要搞算法这一块", "算法"), ("我做数据方面的工作，八年了", "数据"),
                                        ("我主要做运维相关的，在下沙", "运维")])
def test_an_area_of_a_field_is_the_field(text, work):
    assert extract(text, TODAY).profile.get("occupation") == work


@pytest.mark.parametrize("text", ["钳工", "电焊工", "老木匠"])
def test_a_trades_worker_named_alone_is_front_line(text):
    assert role_of(text) == "frontline_technical"


@pytest.mark.parametrize("text", ["员工", "打工", "零工"])
def test_a_status_is_no_trade(text):
    assert not technical_work(text)


@pytest.mark.parametrize("text, work", [("在宁波做了十几年模具", "模具"), ("干了二十年装修", "装修"), ("做了好多年数控", "数控")])
def test_the_work_after_a_count_is_the_occupation(text, work):
    assert extract(text, TODAY).profile.get("occupation") == work


@pytest.mark.parametrize("text", ["首席技师我够不够格？我是余杭一家汽车厂的钳工", "我有资格报首席技师吗，技师一个",
                                  "首席技师够格吗"])
def test_a_programme_one_asks_to_qualify_for_is_no_level(text):
    assert extract(text, TODAY).profile.get("skill_level") in (None, "技师")


@pytest.mark.parametrize("text", ["我是一名护士，在杭州一家三甲医院，主管护师", "我是副主任医师，在萧山医院"])
def test_a_professional_title_is_no_management_post(text):
    assert extract(text, TODAY).profile.get("role_type") != "management"


@pytest.mark.parametrize("text", ["我是车间主任，主要管人", "我是部门主管，负责排班"])
def test_a_post_still_is_one(text):
    assert extract(text, TODAY).profile.get("role_type") == "management"

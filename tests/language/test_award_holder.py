"""Whose a told science award is (language/award_holder.py, data/award_holder.json): an organisation's or a team's,
the applicant's part as a completer not said, or the applicant's own."""

from __future__ import annotations

import pytest

from assistant.language.award_holder import unit_award


@pytest.mark.parametrize("text", [
    "我们公司二〇年获得浙江省科学技术进步奖二等奖",
    "团队去年拿过浙江省科学技术进步奖二等奖",
    "部门的数据治理项目拿了杭州市科技进步奖一等奖 那时候我负责其中的数据清洗",  # a share, no completer
    "所在研究院拿过国家科技进步奖二等奖",
    "项目组二〇年拿了浙江省科技进步奖三等奖 我负责前端页面",
    "参与的项目拿了浙江省科学技术进步奖二等奖 获奖名单里没有我",  # disowned
])
def test_an_organisations_or_teams_award(text):
    assert unit_award([text]) is not None


@pytest.mark.parametrize("text", [
    "二〇年浙江省科学技术进步奖二等奖",  # the award bare, as a form lists it
    "二四年省科学技术进步奖二等奖，我是主要完成人",
    "我们团队拿了省科技进步奖二等奖 我是第三完成人",  # the team's, and the applicant a completer
    "我主持的项目获得浙江省科学技术进步奖二等奖",
    "二〇年主导的项目拿了浙江省科学技术奖三等奖",  # el-ac122
    "数据中台项目2022年获杭州市科学技术进步奖二等奖",  # a project named bare is the applicant's (pf-180)
    "在宁波时参与的智能电表远程升级项目获省科技进步奖二等奖，固件差分升级模块是我写的",  # pf-138
    "获奖证书上有我名字 排第二",
    "我拿了省科技进步奖三等奖",
])
def test_the_applicants_own_award(text):
    assert unit_award([text]) is None


def test_an_own_part_in_another_text_answers_for_the_unit():
    assert unit_award(["我们公司二〇年获得浙江省科学技术进步奖二等奖", "我是这个项目的第二完成人"]) is None


@pytest.mark.parametrize("text, own", [
    # blind batch ak pf-935: a lead verb said of another ("那是我们研发总监牵头的") is not the applicant's part
    ("厂里拿过省科技进步二等奖 那是我们研发总监牵头的 获奖名单里没有我 我就写了采集接口", False),
    ("公司获省科技进步奖 那个项目是总工牵头的", False),
    ("主持的项目获省科技进步二等奖", True),
    ("项目由我牵头 获省科技进步二等奖", True),
])
def test_a_lead_verb_is_the_applicants_only_with_no_one_else_before_it(text, own):
    assert (unit_award([text]) is None) is own

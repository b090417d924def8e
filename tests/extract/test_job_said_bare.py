"""A job said with no verb — a clause that is a noun phrase ending as a title does ("本人数控车工", "我，电工",
"汽车总装线上的操作员") or a form's label and its value ("职业：汽修", "工种是钳工") — is the occupation, and the
digital-economy judgement reads it. Before, only "我是电工"/"当电工" named a job, so the classifiers never saw these.
A clause with an event in it (jieba's parts of speech: a time word, an adverb, a numeral), an honour or a standing
that ends as a title does, and a level alone are no job; a job named with a verb elsewhere in the message wins."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.extract import extract
from assistant.extract.occupation import bare_title

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(("text", "job", "digital"), [
    ("本人数控车工，干了十二年", "数控车工", False),
    ("我，电工，在滨江干了十五年了", "电工", False),
    ("俺是开叉车的", "开叉车", False),
    ("装配钳工，九〇年进的厂", "装配钳工", False),
    ("职业：汽修。单位：余杭一家4S店", "汽修", False),
    ("工种：电焊", "电焊", False),
    ("工种是钳工，厂子在临平", "钳工", False),
    ("数据标注员，干了三年，公司在西湖区", "数据标注员", True),
    ("工业机器人系统操作员，萧山一家做电机的厂", "工业机器人系统操作员", True),
])
def test_a_job_said_without_a_verb(text, job, digital):
    profile = extract(text, TODAY).profile
    assert profile.get("occupation") == job
    assert profile.get("is_digital_economy") is digital


@pytest.mark.parametrize("clause", ["干了十年", "杭州工匠", "技术能手", "二级技师", "高级工", "普通工程师", "工会会员",
                                    "前年刚评上", "平时打打零工", "证书就一个中级工程师", "我们班长是高级技师",
                                    "民企普通员工", "是公务员"])
def test_no_job_in_these(clause):
    assert bare_title(clause) is None


def test_a_job_with_a_verb_wins():
    assert extract("1979年3月出生，是一名钳工，二级技师", TODAY).profile.get("occupation") == "钳工"


def test_the_years_beside_a_bare_job_are_the_trades():
    assert extract("我，电工，在滨江干了十五年了", TODAY).profile.get("years_in_field") == 15.0

"""Premises about a count's subject, an identifier, or a year's end: the first sentence corrects them."""

from __future__ import annotations

import pytest

from assistant.chat.premise import correction

QUOTA = "每 5年评选一次，每次评选突出贡献浙派工匠 50名，培育突出贡献单位 30个。"


@pytest.mark.parametrize("question, start", [
    ("培育单位每次评选50个对吧？", "不对，通知写的不是50名，而是30名"),  # the count is of 单位, not of 工匠
    ("浙派工匠每次评30名对吧", "不对，通知写的不是30名，而是50名"),
    ("突出贡献浙派工匠一次评30个人吧", "不对，通知写的不是30名，而是50名"),
    ("浙派工匠每次评50名，没错吧", "是的"),
])
def test_a_count_is_checked_against_the_value_said_of_the_same_noun(question, start):
    assert (correction(question, QUOTA) or "").startswith(start)


@pytest.mark.parametrize("question, quote, wrong, right", [
    ("推荐材料是发到szjjtu@163.com这个邮箱对吧？", "推荐材料电子版发送至邮箱：szjjtu@vip.163.com。",
     "szjjtu@163.com", "szjjtu@vip.163.com"),
    ("首席技师那边电话是0571-87258583吧", "联系人：王诗赞，联系电话（传真）：0571-87258538", "87258583", "87258538"),
    ("材料送到市民中心D座1808室是吧", "通信地址：解放东路 18 号市民中心 D 座 1818 室", "1808", "1818"),
])
def test_an_identifier_the_notice_gives_otherwise_is_corrected(question, quote, wrong, right):
    said = correction(question, quote) or ""
    assert said.startswith("不对") and wrong in said and right in said


def test_the_right_identifier_is_not_corrected():
    assert correction("材料发SZJJTU@vip.163.com没错吧", "发送至邮箱：szjjtu@vip.163.com。") is None
    assert correction("送到D座1818室是吧", "市民中心 D 座 1818 室") is None


@pytest.mark.parametrize("question, quote, right", [
    ("认定工作是2017年年底前全部搞完的吧？", "认定工作于2017年4月底前完成。", "2017年4月底"),
    ("2016年底前报上去就行对吧", "申报截止时间为2016年9月30日。", "2016年9月30日"),
])
def test_a_years_end_is_corrected_by_the_month_of_that_year(question, quote, right):
    said = correction(question, quote) or ""
    assert said.startswith("不对") and right in said


def test_a_years_end_the_notice_also_says_stands():
    assert correction("认定2017年底之前完成吧", "认定工作于2017年12月底前完成") is None


DISTRICTS = ("各区县(市)总工会推荐不超过 4 名,其中数字经济相对领先的滨江区、西湖区、余杭区可推荐不超过 6 名。"
             "市各主管部门、各产业工会推荐不超过 3 名。")


@pytest.mark.parametrize("question, start", [
    ("第四届数字工匠是不是一个区县就只能报两个", "不对，通知写的不是2名，而是4名"),  # 一个区县 counts nothing
    ("数字工匠每个县是不是只能推3个", "不对，通知写的不是3名，而是4名"),  # 3 名 is the 产业工会's number
    ("第四届每个区最多报3个人吧", "不对，通知写的不是3名，而是4名"),
    ("第四届数字工匠每个县只能报4个吧", "是的"),
    ("第四届数字工匠西湖区也只能推4个吧", "不对，通知写的不是4名，而是6名"),
])
def test_a_value_said_of_another_subject_does_not_confirm_the_premise(question, start):
    assert (correction(question, DISTRICTS) or "").startswith(start)


# A value said of another subject in the same sentence: "培育单位也一样奖励1万块的吧" where 1万元 is each 工匠's and
# the units get a plaque. The value agrees, the subject does not: corrected with the clause on the asked subject.
ZJ_AWARD = ("突出贡献浙派工匠和培育突出贡献单位由省政府批准授予并颁发相应证书和奖金。对突出贡献浙派工匠每人奖励 1万元并颁发证书，"
            "对培育突出贡献单位颁发奖牌。")


@pytest.mark.parametrize("question", ["培育突出贡献单位也一样奖励1万块的吧", "培育单位也发1万元奖金是吧",
                                      "评上的培育单位每家也奖一万对不对"])
def test_a_value_of_another_subject_is_corrected(question):
    verdict = correction(question, ZJ_AWARD) or ""
    assert verdict.startswith("不对") and "对培育突出贡献单位颁发奖牌" in verdict, verdict


def test_the_value_of_its_own_subject_agrees():
    assert (correction("每人奖励1万元对吧", ZJ_AWARD) or "").startswith("是的")


@pytest.mark.parametrize("question, said", [
    ("我们这边可以推4个人吧，比产业工会多一个", [(4.0, "名")]),  # 多一个 is the gap, 4 the count asserted
    ("浙派工匠比杭州工匠少评了20名吧", []),
    ("听说今年名额多出两个", []),
    ("我还差两年就满十年了", [(10.0, "年")]),
    ("最多两个对吧", [(2.0, "名")]),  # a cap said with 多 is a value
    ("至少干满三年吧", [(3.0, "年")]),
])
def test_a_count_said_as_a_difference_asserts_no_value(question, said):
    from assistant.chat.premise import claims

    assert claims(question) == said


def test_a_true_premise_with_a_difference_after_it_is_confirmed():
    quote = "各区县(市)总工会推荐不超过 4 名,其中数字经济相对领先的滨江区、西湖区、余杭区可推荐不超过 6 名。"
    assert (correction("我们余杭区能推6名吧？比别的区县多两名", quote) or "").startswith("是的")


CHIEF_QUOTA = ("今年我市将认定 20 名杭州市首席技师。为提高推荐认定质量，适度控制推荐规模，实行限额推荐。各区、县（市）"
               "人力社保部门及市各有关主管部门推荐名额一般分别不超过 4 人，各类协会推荐名额一般分别不超过 2 人。")


@pytest.mark.parametrize("question, start", [
    # the act counted decides the subject: those awarded (认定) are the 20, not a body's 推荐名额
    ("听说今年首席技师的认定名额有25个，是吧", "不对，通知写的不是25名，而是20名"),
    ("首席技师协会的推荐名额是3个吧", "不对，通知写的不是3名，而是2名"),
    ("首席技师今年认定20个，没错吧", "是的"),
])
def test_the_act_a_count_is_of_picks_the_stated_count(question, start):
    assert (correction(question, CHIEF_QUOTA) or "").startswith(start)


def test_once_before_a_count_is_per_round():
    from assistant.chat.premise import claims

    assert claims("培育单位一次评40个吧") == [(40.0, "名")]  # 一次 says per round: no count of rounds
    assert claims("浙派一年评一次吧") == [(1.0, "年"), (1.0, "次")]

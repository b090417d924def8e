"""A premise's asserted manner must agree too before the answer says 是的 (issue #14, round 2)."""

from assistant.chat.premise import correction
from assistant.chat.premise.manners import manner_correction

HZ_AWARD = "被认定为首届“杭州工匠”的人员，将授予“杭州工匠”荣誉称号，并颁发证书、奖牌和一次性奖励20000元"
ZJ_AWARD = "对突出贡献浙派工匠每人奖励 1万元并颁发证书，对培育突出贡献单位颁发奖牌。"


def test_another_payment_manner_is_corrected_though_the_amount_matches():
    for q in ("杭州工匠那两万块奖金，听说是分两年发下来的，没错吧？", "两万奖金是按月打到卡里的吧",
              "奖励2万元是分批到账的对吗", "那两万是逐年给的吧"):
        said = correction(q, HZ_AWARD)
        assert said and said.startswith("不对") and "一次性" in said, q


def test_same_manner_still_agrees():
    assert correction("杭州工匠奖励两万块是一次性给的，没错吧", HZ_AWARD) == "是的，与通知规定一致。"


def test_a_manner_the_notice_does_not_state_is_no_agreement():
    said = manner_correction("浙派工匠的1万元奖金是分三年给的，对不对", ZJ_AWARD)
    assert said and said.startswith("这一点通知没有写明") and "分三年" in said


def test_no_payment_topic_no_manner():
    # "每年评两回" is how often a programme is held, not how money is paid
    assert manner_correction("浙派工匠每年评两回吧", "每 5年评选一次") is None


def test_how_often_is_a_period_and_a_silent_notice_names_it():
    from assistant.chat.rules.answer_types import classify
    for q in ("杭州工匠多久评一次", "首席技师隔几年评一次啊", "杭州工匠是每两年评一次吗", "杭州工匠是不是每年都会评一次"):
        asked = classify(q)
        assert (asked.values, asked.label) == ("period", "评选周期"), q
    assert classify("要在杭工作满几年").values == "count"


def test_a_way_of_paying_with_no_amount_said_is_answered_from_the_amount(deps):
    """"奖金是按月发的吧" names no sum: the way of paying is no point the notice must hold of its own (ranking's
    money_rest), so the sentence stating the one-off amount answers, and the manner is said not to be stated."""
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    for question, clause, fact in (("浙派工匠奖金是按月发的吧", "zj_craftsman_2023#五", "1万元"),
                                   ("首届杭州工匠的奖金是逐月发放的吧", "hz_craftsman_2016#七", "一次性")):
        # a plain yes/no ask of the manner ("浙派工匠的奖金会分月打给我吗") is silent, the amount a 参考: test_stated
        answer = respond(Session(), question, deps)
        assert any(c.clause_id == clause for c in answer.citations), answer.text
        assert fact in answer.text.replace(" ", ""), answer.text


def test_a_sum_said_to_recur_is_corrected_where_the_notice_gives_it_once():
    """"两万块奖励是每年都有的吧" against "一次性奖励20000元": a recurring payment against a one-off sum is false."""
    for q in ("杭州工匠那两万块奖励是每年都有的吧", "首届杭州工匠每年还发两万块的吧"):
        said = correction(q, HZ_AWARD)
        assert said and said.startswith("不对") and "一次性" in said and "没有写每年发" in said, (q, said)


def test_a_sum_said_to_recur_where_the_notice_says_not_how_often_is_not_agreed_with():
    """"每年还发一万块" against "每人奖励 1万元并颁发证书" (the known miss of main, "是的"): the notice states the sum and
    no word of how often, so the first line says it does not say 每年."""
    for q in ("浙派工匠评上是不是每年还发一万块", "听说浙派工匠每人每年奖励1万元，是这样吧"):
        said = correction(q, ZJ_AWARD)
        assert said and said.startswith("这一点通知没有写明") and "“每年”" in said, (q, said)


def test_a_period_word_that_pays_nothing_is_no_recurring_sum():
    # 每人 is no period; "每年评" is how often the honour is held, not how often the sum comes
    assert correction("浙派工匠每人奖励1万元，对吧", ZJ_AWARD) == "是的，与通知规定一致。"
    assert manner_correction("浙派工匠每年评一次，每人奖励1万元对吧", ZJ_AWARD) is None
    # a recurrence the notice states agrees
    assert manner_correction("每个月发500元补贴的吧", "每月发放补贴500元。") is None


def test_a_recurring_sum_asks_how_it_is_paid_which_a_sum_given_once_leaves_unwritten():
    from assistant.chat.rules.asked_heads import unheld_head

    assert unheld_head("浙派工匠评上是不是每年还发一万块", ZJ_AWARD).name == "paid_in_parts"
    assert unheld_head("杭州工匠那两万块奖励是每年都给的吧", HZ_AWARD) is None  # 一次性 answers it
    assert unheld_head("浙派工匠是每年评一次的吧", ZJ_AWARD) is None  # how often it is held, no sum


def test_a_premise_asserts_the_attribute_before_its_is_it_so():
    from assistant.chat.rules.asked_heads import unheld_head

    q = "听说浙派工匠每人每年奖励1万元，是这样吧"
    assert unheld_head(q, ZJ_AWARD) is None  # the asking clause ("是这样吧") names no attribute
    assert unheld_head(q, ZJ_AWARD, claimed=True).name == "paid_in_parts"


def test_a_recurring_sum_the_notice_does_not_time_is_answered_silent_not_agreed(deps):
    """The known miss of main ("浙派工匠评上是不是每年还发一万块" → "是的，与通知规定一致"): the notice is silent on how
    often, said first and with no clause cited (as "奖金每年都发吗" is); against 一次性 it is corrected, cited."""
    from assistant.chat.case.state import Session
    from assistant.chat.turn import respond

    for q in ("浙派工匠评上是不是每年还发一万块", "听说浙派工匠每人每年奖励1万元，是这样吧"):
        answer = respond(Session(), q, deps)
        assert "没有写明" in answer.text.splitlines()[0] and not answer.citations, answer.text
        assert not answer.text.startswith("是的")
    answer = respond(Session(), "杭州工匠那两万块奖励是每年都有的吧", deps)
    assert answer.text.startswith("不对") and any(c.clause_id == "hz_craftsman_2016#七" for c in answer.citations)

"""'哪个最适合我': among equal verdicts, a round taking applications leads, then an edition no newer one replaced,
then the programme whose conditions the asker meets more of (eligibility.paths.fit_key), so a standing scheme does
not lead for an algorithm engineer only because it has no closing date."""

from __future__ import annotations

import datetime as dt

from assistant.eligibility import check_all
from assistant.eligibility.paths import fit_key

TODAY = dt.date(2026, 11, 21)
DIGITAL = {"union_member": True, "employer_city": "杭州", "employment": "full_time", "role_type": "frontline_technical",
           "is_digital_economy": True, "occupation": "算法工程师", "years_full_time_in_hangzhou": 6.0,
           "years_full_time_in_zhejiang": 6.0}


def _order(profile: dict) -> list[str]:
    return [v.program for v in sorted(check_all(profile, as_of=TODAY), key=lambda v: v.fit_rank)]


def test_a_digital_occupation_leads_with_the_current_digital_edition():
    order = _order(DIGITAL)
    assert order[0] == "hz_digital_craftsman_2026"
    assert order.index("hz_digital_craftsman_2023") > order.index("zj_craftsman_2023")  # the replaced edition after


def test_a_trade_still_leads_with_the_programme_it_meets():
    trade = {"employer_city": "宁波", "employment": "full_time", "role_type": "frontline_technical",
             "skill_level": "高级技师", "is_digital_economy": False, "occupation": "模具钳工", "years_in_field": 20.0,
             "years_full_time_in_zhejiang": 20.0}
    assert _order(trade)[0] == "zj_craftsman_2023"


def test_an_open_round_outranks_conditions_met_and_the_verdict_outranks_both():
    closed_more = fit_key("needs_review", (), "needs_review", False, 0, accepting=False, met=9)
    open_fewer = fit_key("needs_review", (), "needs_review", True, 1, accepting=True, met=3)
    assert open_fewer < closed_more
    assert fit_key("eligible", (), None, False, 2, met=1) < open_fewer


def test_when_no_honour_fits_the_answer_says_so_and_why_for_each():
    """"这几个荣誉哪个适合我" from a retired electrician: "相对最接近的是：…不符合条件" ranked a failure as a fit. The answer
    says plainly that none fits, with each honour's failing rule and its clause."""
    import datetime as dt

    from assistant.chat.answer import Citations
    from assistant.chat.case.brief import first_screen, recommend_text
    from assistant.eligibility import check_all
    from assistant.notices.tree import load_corpus

    today = dt.date(2026, 11, 21)
    profile = {"employment": "retired", "employer_city": "宁波", "skill_level": "中级工", "is_digital_economy": False,
               "role_type": "frontline_technical"}
    ranked = sorted(check_all(profile, as_of=today), key=lambda v: v.fit_rank)
    assert {v.verdict for v in ranked} == {"not_eligible"}
    screen = first_screen(recommend_text(load_corpus(), Citations(), ranked, [], today))
    assert "都**不符合条件**" in screen and "最接近" not in screen
    listed = [ln for ln in screen.splitlines() if ln.startswith("- ")]
    assert len(listed) == len(ranked) and all("[" in ln for ln in listed)


def test_a_best_fit_question_naming_programmes_ranks_only_those(deps):
    # a blind dev dialogue: "首席技师和浙派工匠，哪个最适合我？" was answered with 第四届数字工匠 leading, a programme
    # the asker never named
    from tests.chat_support import talk

    _, (answer,) = talk(deps, "我88年的，在萧山一家汽车零部件厂做焊接机器人工作站的调试编程，2012年进厂，技师证2017年拿的。"
                              "首席技师和浙派工匠，哪个最适合我？")
    assert {v.program for v in answer.verdicts} == {"hz_chief_technician_2021", "zj_craftsman_2023"}
    assert "数字工匠" not in answer.text.split("<details>")[0]


def test_when_no_named_programme_fits_the_others_are_offered(deps):
    from tests.chat_support import talk

    _, (answer,) = talk(deps, "我是做焊工的，初级工，去年已经退休了，浙派工匠和首席技师哪个更有希望？")
    assert {v.program for v in answer.verdicts} == {"hz_chief_technician_2021", "zj_craftsman_2023"}
    assert all(v.verdict == "not_eligible" for v in answer.verdicts)


def test_the_question_after_the_ranked_list_is_not_inside_its_last_item(deps):
    # seen in the browser: "**还需要您补充**" rendered indented under "- 2021年杭州市首席技师：…", a lazy continuation
    from tests.chat_support import talk

    _, (answer,) = talk(deps, "我88年的，在萧山一家汽车零部件厂做焊接机器人工作站的调试编程，2012年进厂，技师证2017年拿的。"
                              "首席技师和浙派工匠，哪个最适合我？")
    lines = answer.text.split("\n")
    asked = next(i for i, line in enumerate(lines) if line.startswith("**还需要您补充**"))
    assert not lines[asked - 1].startswith("- ")

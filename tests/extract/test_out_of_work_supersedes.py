"""A later turn saying one is out of work now ("现在在家 还在找工作": no employer, no work of one's own) supersedes the
job an earlier turn implied ("我在湖州丝绸厂做印花制版" -> 全职); a freelancer or a retiree keeps what they said."""

from __future__ import annotations

from assistant.extract import merge_profiles


def test_out_of_work_now_drops_the_earlier_job():
    merged = merge_profiles({"employment": "full_time", "employer_city": "湖州"}, {"employer_type": "none"})
    assert "employment" not in merged and merged["employer_type"] == "none" and merged["employer_city"] == "湖州"


def test_a_freelancer_or_retiree_is_kept():
    for kept in ("freelance", "retired"):
        assert merge_profiles({"employment": kept}, {"employer_type": "none"})["employment"] == kept


def test_no_employer_with_a_job_said_in_the_same_turn_keeps_it():
    assert merge_profiles({}, {"employer_type": "none", "employment": "freelance"})["employment"] == "freelance"


def test_the_merge_and_the_checker_read_out_of_work_alike():
    # one predicate (extract.idle.out_of_work): a turn the merge takes as out of work is one the checker reads so
    import datetime as dt

    from assistant.eligibility.facts import Facts
    from assistant.eligibility.preds import out_of_work
    from assistant.profile import parse_profile

    day = dt.date(2026, 3, 31)
    for said in ({"employer_type": "none"}, {"employer_type": "none", "employment": "freelance"},
                 {"employer_type": "private"}, {"employment": "retired"}, {}):
        dropped = "employment" not in merge_profiles({"employment": "full_time"}, said)
        assert dropped is out_of_work(Facts(parse_profile(said), "hz_digital_craftsman_2026", day, day)), said

"""An apprentice's or a coached player's placing is read only from texts that name someone trained (徒弟, 选手, 带的,
小王): a placing told in the speaker's own words is the speaker's, which the competition rows measure, never one
that meets 首席技师 二/(四) or 首届数字工匠 二/(四)."""

import datetime as dt

from assistant.eligibility.api import check
from assistant.eligibility.facts import Facts
from assistant.eligibility.preds import trainees_texts
from assistant.profile import parse_profile

TODAY = dt.date(2026, 11, 21)
CT = {"nationality": "中国", "rehired": False, "employment": "full_time", "role_type": "frontline_technical",
      "union_member": True, "employer_city": "杭州", "prior_titles": [], "employer_type": "private",
      "facts_as_of": "2021-07-15", "birth_date": "1980-01", "occupation": "车工", "years_in_field": 20,
      "years_full_time_in_hangzhou": 15, "years_full_time_in_zhejiang": 15, "skill_level": "高级技师", "awards": [],
      "trained_apprentices": "无"}


def test_the_speakers_own_placing_is_no_apprentices():
    comps = [{"level": "provincial", "tier": "一类", "rank": 5, "year": 2020, "type": "individual",
              "field": "2020年浙江省车工职业技能竞赛"}]
    said = ["二〇年省一类车工大赛个人第五名，跟前三差了一截，单位还是给发了奖金", "绝招没有，技术革新也没搞过，徒弟没带过"]
    assert check({**CT, "competition_results": comps, "achievements": said}, "hz_chief_technician_2021",
                 as_of=TODAY).verdict == "not_eligible"


def test_an_apprentices_placing_in_the_achievements_still_counts():
    said = ["带出来的徒弟小何二〇年省一类车工大赛拿了第四名，另外几个也都是车间骨干"]
    assert check({**CT, "competition_results": [], "achievements": said}, "hz_chief_technician_2021",
                 as_of=TODAY).verdict == "eligible"


def test_which_texts_can_tell_a_trainees_placing():
    f = Facts(parse_profile({**CT, "achievements": ["省赛个人第五名", "带的选手拿了省赛第二名"],
                             "trained_apprentices": "带过三个徒弟"}), "hz_chief_technician_2021", TODAY, TODAY)
    assert trainees_texts(f) == ["带过三个徒弟", "带的选手拿了省赛第二名"]


def test_a_clause_about_an_apprentice_is_the_training_rows():
    said = ["徒弟带了六个，四个成了班组骨干", "最拿得出手的是小邹，二〇年全国二类车工竞赛第八名，差两名进前六",
            "我自己没比过赛，也没有荣誉称号和津贴，绝招、革新说不上"]
    told = "带徒六人，四人成为骨干；最好成绩为2020年全国二类车工竞赛第八名"
    assert check({**CT, "competition_results": [], "achievements": said, "trained_apprentices": told},
                 "hz_chief_technician_2021", as_of=TODAY).verdict == "not_eligible"


def test_one_apprentice_meets_the_placing_not_the_count():
    said = ["就带过一个徒弟，小施二〇年省二类车工竞赛拿了第一名，现在是车间骨干", "我自己没比过赛，绝招、革新说不上"]
    told = "徒弟只有一个，2020年浙江省二类车工竞赛第一名"
    v = check({**CT, "competition_results": [], "achievements": said, "trained_apprentices": told},
              "hz_chief_technician_2021", as_of=TODAY)
    assert v.verdict == "needs_review"

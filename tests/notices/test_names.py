"""Which programme a message asks about, when it also names titles and time words as facts about the asker."""

import pytest

from assistant.notices.names import name_programs


@pytest.mark.parametrize(("text", "expected"), [
    # a title said as never held is a fact beside the programme asked about
    ("首届杭州数字工匠那次我够不够格。浙江工匠、杭州工匠都没评过，现在也还是干技术。", ("hz_digital_craftsman_2023",)),
    ("杭州工匠没评上过，浙派工匠能报吗", ("zj_craftsman_2023",)),
    ("杭州工匠我没评过，首席技师呢", ("hz_chief_technician_2021",)),
    # alone, the title not held is the programme asked about
    ("杭州工匠没评上，今年还能再报吗", ("hz_craftsman_2016",)),
    # a time word does not outvote an edition named by its name
    ("想问问首届杭州数字工匠那次我够不够格，14年来的富阳，到今年都没换过单位", ("hz_digital_craftsman_2023",)),
    ("第四届数字工匠，我2022年评过浙江工匠", ("hz_digital_craftsman_2026",)),
    # ...but picks the edition when no edition is named by name
    ("今年的数字工匠我能报吗", ("hz_digital_craftsman_2026",)),
    ("2023年的数字工匠有几个名额", ("hz_digital_craftsman_2023",)),
    # editions said the way people remember them; a year in words names one only with a pointing word after it
    ("二三年那次数字工匠我当时够不够 二一年拿过市科学技术进步奖", ("hz_digital_craftsman_2023",)),
    ("最早那届数字工匠我符合吗", ("hz_digital_craftsman_2023",)),
    ("头一届数字工匠那会儿能报吗", ("hz_digital_craftsman_2023",)),
    ("前年评的那个数字工匠", ("hz_digital_craftsman_2023",)),
    ("今年这届数字工匠 二三年拿过省科学技术进步奖", ("hz_digital_craftsman_2026",)),
    ("本届数字工匠我行不行", ("hz_digital_craftsman_2026",)),
    ("二三年拿了省科技进步奖 数字工匠能报吗", ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023")),
])
def test_programme_asked(text, expected):
    assert name_programs(text)[0] == expected


@pytest.mark.parametrize(("query", "named"), [
    ("首届杭州工匠和第四届数字工匠截止日期有啥不同", {"hz_craftsman_2016", "hz_digital_craftsman_2026"}),
    ("2021年首席技师跟第四届数字工匠比", {"hz_chief_technician_2021", "hz_digital_craftsman_2026"}),
    ("首届数字工匠和首届杭州工匠", {"hz_digital_craftsman_2023", "hz_craftsman_2016"}),
])
def test_an_edition_word_said_of_another_programme_picks_no_edition_of_a_series(query, named):
    """"首届" in "首届杭州工匠" is 杭州工匠's edition, not a second edition of 数字工匠 beside the 第四届 named."""
    assert set(name_programs(query)[0]) == named


@pytest.mark.parametrize(("query", "named"), [
    ("第四届能报吗 还有浙派呢", {"hz_digital_craftsman_2026", "zj_craftsman_2023"}),
    ("首席技师我不够的话 第四届呢", {"hz_chief_technician_2021", "hz_digital_craftsman_2026"}),
    ("第四届杭州工匠", {"hz_craftsman_2016"}),  # an edition word said of another programme's name is that one's
])
def test_an_edition_said_alone_names_its_programme_beside_another_name(query, named):
    """"第四届" alone names 第四届数字工匠 also when another programme is named in the message (it was dropped)."""
    assert set(name_programs(query)[0]) == named


@pytest.mark.parametrize(("query", "named"), [
    ("证书奖项倒是没有 第四届和首届能报吗", {"hz_digital_craftsman_2026", "hz_digital_craftsman_2023"}),
    ("首届跟第四届我都想问问", {"hz_digital_craftsman_2026", "hz_digital_craftsman_2023"}),
    ("首届杭州工匠和第四届", {"hz_craftsman_2016", "hz_digital_craftsman_2026"}),  # 首届 said of 杭州工匠 is its own
    # a run-on message joins by a space
    ("帮我妹看看 首届 第四届 还有浙派 哪个合适", {"hz_digital_craftsman_2026", "hz_digital_craftsman_2023",
                                              "zj_craftsman_2023"}),
    ("第四届 首届杭州工匠 哪个能报", {"hz_craftsman_2016", "hz_digital_craftsman_2026"}),
])
def test_an_edition_joined_to_one_said_alone_names_its_edition_too(query, named):
    assert set(name_programs(query)[0]) == named


@pytest.mark.parametrize(("query", "named"), [
    # blind batch ak (dev): loose names with words between 数字 and 工匠 were read as 杭州工匠 or 浙派
    ("杭州那个数字的工匠他能直接认定吗", {"hz_digital_craftsman_2026", "hz_digital_craftsman_2023"}),
    ("省里那个数字的工匠他能报不", {"hz_digital_craftsman_2026", "hz_digital_craftsman_2023"}),
    ("今年省里那个数字经济行业职业技能竞赛拿了第一", {"hz_digital_craftsman_2026"} - {"hz_digital_craftsman_2026"}),
    ("省里那个工匠评选我能报吗", {"zj_craftsman_2023"}),
    # titles run together and denied by a bare 没有 name nothing asked
    ("浙江工匠杭州工匠也没有 首席技师能报吗", {"hz_chief_technician_2021"}),
])
def test_loose_names_and_titles_denied_without_a_verb(query, named):
    assert set(name_programs(query)[0]) == named

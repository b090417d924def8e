"""Issue 17 §2: every input is folded once at the edge (NFKC, 繁→简, zero-width), a programme named in a
question is not read as the asker's fact, and title aliases (English too) come from the programme packs."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.chat.case.state import Session
from assistant.chat.turn import respond
from assistant.eligibility import check
from assistant.extract import extract
from assistant.normalize import normalize_text, normalize_value
from assistant.programs import canonical_title, packs, program_ids

TODAY = dt.date(2026, 11, 21)


def _trad(text: str) -> str:
    from opencc import OpenCC

    return OpenCC("s2t").convert(text)


def _zero_width(text: str) -> str:
    return "\u200b".join(text)


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@pytest.mark.parametrize("raw, folded", [
    ("杭州數字工匠", "杭州数字工匠"),
    ("杭州数字⼯匠", "杭州数字工匠"),  # Kangxi radical ⼯ (U+2F2F)
    ("杭州数字\u200b工\u200d匠\ufeff", "杭州数字工匠"),
    ("１９８８年６月", "1988年6月"),
    ("我\ud800是技师", "我是技师"),
    ("第四届要求几年？（全职）", "第四届要求几年？（全职）"),  # Chinese punctuation is kept
])
def test_normalize_text(raw, folded):
    assert normalize_text(raw) == folded


def test_normalize_is_idempotent_and_leaves_the_notices_alone(keyword_deps):
    for program in program_ids():
        for clause in keyword_deps.corpus.clauses(program) if hasattr(keyword_deps.corpus, "clauses") else ():
            assert normalize_text(clause.text) == clause.text
    text = "杭州數字⼯匠\u200b１９８８"
    assert normalize_text(normalize_text(text)) == normalize_text(text)


@pytest.mark.parametrize("written", ["杭州數字工匠", "杭州数字⼯匠", "杭州\u200b数字工匠", "杭州数字工匠称号获得者",
                                     "Hangzhou Digital Craftsman", "hangzhou  digital craftsman", "“杭州数字工匠”称号"])
def test_title_aliases_map_to_the_title_the_checker_reads(written):
    assert canonical_title(written) == "杭州数字工匠"


def test_a_nomination_is_not_the_title():
    assert canonical_title("杭州数字工匠提名奖") == "杭州数字工匠提名奖"


def test_every_pack_has_an_alias_table_with_english_names():
    for pack in packs():
        assert pack.title_aliases, pack.id
        assert any(any(a.isascii() for a in more) for more in pack.title_aliases.values()), pack.id


BASE = "我1985年出生，在杭州做软件开发10年，全职，{title}，能申报第四届数字工匠吗？"


@pytest.mark.parametrize("title", ["已获得杭州數字工匠", "已获得杭州数字⼯匠", "已获得杭州数字\u200b工匠",
                                   "是杭州数字工匠称号获得者", "已获得Hangzhou Digital Craftsman"])
def test_a_prior_title_in_any_spelling_excludes(keyword_deps, title):
    answer = respond(Session(), BASE.format(title=title), keyword_deps)
    verdicts = {v.program: v.verdict for v in answer.verdicts or ()}
    assert verdicts["hz_digital_craftsman_2026"] == "not_eligible", answer.text


def test_a_programme_asked_about_is_not_a_skill_level(keyword_deps):
    session = Session()
    respond(session, "我1985年出生，在杭州做数控车工15年，是技师，全职，我能报浙派工匠和首席技师吗？", keyword_deps)
    assert session.profile.get("skill_level") == "技师"
    assert extract("我能报首席技师吗", TODAY).profile.get("skill_level") is None
    assert extract("我能申报杭州市首席技师和浙江工匠吗？", TODAY).profile.get("prior_titles") is None
    # Said as a fact it is still read.
    assert extract("我是高级技师", TODAY).profile.get("skill_level") == "高级技师"


def test_profile_json_is_folded_at_the_edge():
    profile = {"prior_titles": ["Hangzhou Digital Craftsman"], "skill_level": "高級技師"}
    verdict = check(profile, "hz_digital_craftsman_2026", as_of=TODAY).to_json()
    assert verdict["verdict"] == "not_eligible"
    assert normalize_value({"ａ": ["１"]}) == {"a": ["1"]}


_profiles = st.fixed_dictionaries({
    "birth_date": st.sampled_from(["1985-06", "1990-01", "1970-03", "2001-12"]),
    "skill_level": st.sampled_from(["技师", "高级技师", "高级工", "首席技师", "none"]),
    "years_in_field": st.sampled_from([3, 5, 8, 12]),
    "years_full_time_in_hangzhou": st.sampled_from([1, 3, 5]),
    "employer_city": st.sampled_from(["杭州", "杭州市", "宁波"]),
    "employment": st.sampled_from(["full_time", "part_time"]),
    "is_digital_economy": st.booleans(),
    "union_member": st.booleans(),
    "prior_titles": st.lists(st.sampled_from(["杭州数字工匠", "杭州工匠", "浙江工匠", "浙江省首席技师", "大国工匠",
                                              "杭州数字工匠提名奖"]), max_size=2),
    "occupation": st.sampled_from(["软件开发", "数控车工", "电工"]),
    "achievements": st.lists(st.sampled_from(["主导制定团体标准2项", "获发明专利3项", "带徒10名"]), max_size=2),
})


def _transform(value, fn):
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [_transform(v, fn) for v in value]
    return value


@settings(max_examples=40, deadline=None)
@given(profile=_profiles, how=st.sampled_from([_trad, _zero_width, _full_width]))
def test_the_same_profile_in_another_spelling_gets_the_same_verdict(profile, how):
    spelled = {k: (v if k in {"employment"} else _transform(v, how)) for k, v in profile.items()}
    for program in program_ids():
        plain = check(profile, program, as_of=TODAY).to_json()
        other = check(spelled, program, as_of=TODAY).to_json()
        assert (other["verdict"], other["missing"]) == (plain["verdict"], plain["missing"]), (program, spelled)


@settings(max_examples=15, deadline=None)
@given(how=st.sampled_from([_trad, _zero_width, _full_width]),
       message=st.sampled_from([
           "我1985年出生，在杭州做软件开发10年，全职，已获得杭州数字工匠，能申报第四届数字工匠吗？",
           "我1990年出生，高级技师，在杭州全职5年，做数控车工12年，能报杭州工匠吗？",
           "我是技师，做电工8年，在杭州全职3年，能报首席技师吗？",
       ]))
def test_a_message_in_another_spelling_gets_the_same_verdicts(keyword_deps, how, message):
    plain = respond(Session(), message, keyword_deps)
    other = respond(Session(), how(message), keyword_deps)
    assert [(v.program, v.verdict) for v in other.verdicts or ()] == \
        [(v.program, v.verdict) for v in plain.verdicts or ()]

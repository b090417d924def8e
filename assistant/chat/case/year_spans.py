"""Year counts across the talk: spans of work in different places said in different turns, a total ("加起来6年"),
"一直在杭州" with the trade's years known, a job in another city before this one, and a count as of a closed round.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.chat.case.months import START_WHAT
from assistant.chat.case.replies import (
    ARRIVED,
    JOINED,
    START_OF,
    STARTED_WORK,
    expect_for,
    read_reply,
)
from assistant.chat.case.said import asks, clauses_of
from assistant.chat.case.state import Pending, Session
from assistant.chat.routing import CORRECTION
from assistant.language.clauses import negated
from assistant.language.correcting import said_wrong_at

# A move said now: "现在调到宁波了", "去年换到嘉兴", "后来过来杭州"
_MOVED = re.compile(r"现在|目前|如今|眼下|调到|调去|调来|换到|换去|跳槽|搬到|搬去|去了|过去了|过来|来了|到了")


def earlier_job(session: Session, text: str, facts: dict) -> bool:
    """"在苏州干了5年，一样是调机器人", said after the workplace (临平) is known: a counted span of work in another
    city is a job before this one, not a move; the workplace stays. "现在调到宁波了" is a move."""
    from assistant.extract.numbers import durations
    from assistant.extract.places import cities_in

    city, known = facts.get("employer_city"), session.profile.get("employer_city")
    if not city or not known or city == known or _MOVED.search(text) or session.sources.get("employer_city") == "inferred":
        return False  # (a workplace presumed, never said, is no job to have been before: chat.case.home_city)
    if any(text[max(0, start - 2):start].endswith(("来", "到", "回", "来了", "到了", "回了")) for start, *_ in cities_in(text)):
        return False  # "来杭州又干了3年": a move to the place named
    return bool(durations(text))


YEAR_FIELDS = ("years_in_field", "years_full_time_in_hangzhou", "years_full_time_in_zhejiang")


def place_for(field: str, text: str) -> bool:
    """Whether ``text`` names the place a year count ``field`` is counted in ("在杭州12年" for Hangzhou's)."""
    return years_field_by_place(text) == field


def span_place(text: str) -> str | None:
    """The place a counted span of work is said in ("我在苏州干了5年" -> 苏州), None without a count or a place."""
    from assistant.extract.numbers import durations
    from assistant.extract.places import cities_in

    if not durations(text):
        return None
    places = [city for _, _, city, _ in cities_in(text)]
    if places:
        return places[-1]
    return "浙江" if re.search(r"浙江|省内", text) else None


# a stretch said to come before, after or beside the ones told ("之前在余杭还有三年" after "在萧山干了五年"): more work in
# the same city, not the same stretch said again; "其中" names a part of one told
ANOTHER_SPAN = re.compile(r"之前|以前|此前|先前|早先|原先|早些年|还有|另外|后来|又(?:干|做|待|在|上)")
PART_OF = re.compile(r"其中|里面|里头")


def spans_across_turns(session: Session, text: str, extraction, today: dt.date) -> dict:
    """"我在苏州干了5年", then "来杭州又干了3年": spans in different places said in different turns add up as they do
    in one message. The earlier messages with a placed span are read again together with this one (the
    extractor's composition of placed spans: 8 years in the trade, 3 in Hangzhou), and the year counts of the
    whole replace this message's own. A place said again ("在杭州干了8年" twice) is a restatement unless the message
    says the span is another one (``ANOTHER_SPAN``: "之前在余杭还有三年" after "在萧山干了五年"), a total
    ("加起来6年") or a correction speaks for itself, and nothing is summed."""
    from assistant.extract import extract

    place = span_place(text)
    if place is None or not session.spans or TOTAL.search(text) or CORRECTION.search(text):
        return {}
    if any(p == place for p, _ in session.spans) and not (ANOTHER_SPAN.search(text) and not PART_OF.search(text)):
        return {}
    whole = extract("，".join([*(t for _, t in session.spans), text]), today).profile
    out = {f: whole[f] for f in YEAR_FIELDS if f in whole and whole[f] != extraction.profile.get(f)}
    trade, before = extraction.profile.get("years_in_field"), session.profile.get("years_in_field")
    if "years_in_field" not in whole and trade is not None and before is not None:
        out["years_in_field"] = round(before + trade, 2)  # read apart, the two counts disagree: they add up
    return out


THEN_WORDS = re.compile(r"当年|那时候?|那会儿?|当时|那次|那届|那一届")


THEN_MARK = "then:"  # session.said marks a count that may be as of the round's date: chat.case.months words it so


def count_then_or_now(session: Session, facts: dict, focus: tuple[str, ...], text: str, today: dt.date) -> None:
    """"我当年在淳安做竹编" … "十二年": in a talk about a closed round, a year count may be as of then or as of now.
    Both are kept open (chat.case.months: the checker runs at both ends) and, when they decide differently, the start
    year is asked; a count with its start, or said again, closes it."""
    lead = session.last_verdicts[0] if session.last_verdicts else None
    said = [text, *(user for user, _ in session.history)]
    if lead is None or not focus or lead.program != focus[0] or not any(THEN_WORDS.search(t) for t in said):
        return
    ref = max(lead.reference_dates, default=None)
    lag = (today - ref).days / 365.25 if ref else 0.0
    if lag < 1:
        return
    for field in YEAR_FIELDS:
        count = facts.get(field)
        if count is None or START_OF.get(field) in facts or field in session.early \
                or session.sources.get(field) == "derived":
            continue
        session.early[field] = (round(count + lag, 2), count)
        session.said.add(THEN_MARK + field)


TOTAL = re.compile(r"(?:加起来|加在一起|一共|总共|合计|算下来|前前后后|前后)(?:有|是|算|差不多)?")


def total_years(session: Session, text: str, pending: Pending | None, extraction) -> dict:
    """"之前还干了3年开发，加起来6年": two spans and their total; the total is the count (of the year field
    asked, else of the one said before, by where: 杭州 / 浙江 / the trade)."""
    from assistant.extract.numbers import durations

    m = TOTAL.search(text)
    spans = durations(text[m.end():]) if m else []
    if not spans:
        return {}
    if pending is not None and expect_for(pending.field).kind == "years":
        field = pending.field
    else:  # the place said with the total ("加起来在杭州8年"); a place said before it is a part's ("在杭州干了3年，加起来8年")
        after = text[m.start():]
        field = ("years_full_time_in_hangzhou" if "杭州" in after else "years_full_time_in_zhejiang" if "浙江" in after
                 else "years_in_field")
        if field not in session.profile and (field != "years_in_field" or not span_place(text[:m.start()])):
            return {}
    return {field: spans[0].years}  # the total outranks a part the extractor read ("3年开发")


_ALL_ALONG = re.compile(r"(?:(?:一直|始终|都是?|全|(?:从)?一开始就|一来就|从头到尾都?)(?:都)?在(?P<p>[\u4e00-\u9fff]{2,3}?)"
                        r"(?:全职)?(?:干|做|工作|上班|待|呆|的|$|[，,。])|(?:从来|从)?没(?:有)?(?:离开过|出过)(?P<q>[\u4e00-\u9fff]{2,3}?)"
                        r"(?:$|[，,。]|一直|一步))")  # "从来没离开过浙江": all along there


def years_field_by_place(text: str) -> str | None:
    """Which year count a span said with a place belongs to: 杭州 -> Hangzhou, elsewhere in Zhejiang -> Zhejiang."""
    from assistant.extract.places import cities_in

    places = [(city, province) for _, _, city, province in cities_in(text)]
    if re.search(r"浙江|省内", text) and not places:
        return "years_full_time_in_zhejiang"
    if not places:
        return None
    city, province = places[-1]
    return "years_full_time_in_hangzhou" if city == "杭州" else "years_full_time_in_zhejiang" \
        if province == "浙江省" else None


# a clause that is a count of years and nothing else ("十五年了", "都干了二十年", "快十年了"): no place, no trade
_BARE_YEARS = re.compile(r"(?:我|都|已经|也|这行|本行)*(?:大概|差不多|有|快|将近|约|足足)?(?:干|做|工作|搞|弄|待|呆)?了?"
                         r"(?:有|快)?[0-9一二两三四五六七八九十几]+(?:\.[0-9])?(?:多|来)?年(?:多|半)?(?:了|左右|吧|啦|多了|的样子)?")


def all_along(session: Session, text: str, extraction) -> dict:
    """"一直在浙江干" with the years of the trade known: the years there are the trade's years."""
    from assistant.extract.numbers import durations

    m = _ALL_ALONG.search(text)
    spans = durations(text)
    years = spans[0].years if len(spans) == 1 else session.profile.get(
        "years_in_field", extraction.profile.get("years_in_field"))
    if m is None or years is None or extraction.found and any(f in extraction.found for f in START_WHAT):
        return {}
    field = years_field_by_place(m["p"] or m["q"])
    if field is None:
        return {}
    out = {field: years}
    if field == "years_full_time_in_hangzhou" and "years_full_time_in_zhejiang" not in session.profile:
        out["years_full_time_in_zhejiang"] = years
    # never over what this message says itself ("2013年入行，2016年起一直在杭州全职": Hangzhou from 2016)
    return {k: v for k, v in out.items() if k not in session.profile and k not in extraction.profile}


_NOT_ALL_ALONG = re.compile(r"(?:不是|没有?|并非)(?:一直|始终|都)")


def whole_life_there(session: Session, text: str, facts: dict) -> dict:
    """A bare count beside the place it was all spent in ("十五年了，一直在下沙，没出过浙江", "二十年，都在淳安"): the
    whole working life told, so the count is the trade's years as well as the place's (which the message's own
    reading gave), and the trade's question is not asked after it. A count said with its place ("在杭州干了15年")
    or with a start stays the place's alone."""
    from assistant.extract.numbers import durations

    if "years_in_field" in facts or "years_in_field" in session.profile or len(durations(text)) != 1:
        return {}
    parts = clauses_of(text) or [text]
    bare = [c for c in parts if _BARE_YEARS.fullmatch(c.strip(" ，,。.!！~～"))]
    along = [c for c in parts if c not in bare and _ALL_ALONG.search(c) and not _NOT_ALL_ALONG.search(c)]
    placed = [f for f in ("years_full_time_in_hangzhou", "years_full_time_in_zhejiang") if f in facts]
    if not bare or not along or not placed:
        return {}
    return {"years_in_field": facts[placed[0]]}


# "94年开始就在杭州的玻璃厂吹玻璃", "2010年起一直在萧山做焊工": the work named began there, and stayed there
# "零二年就在萧山开了" (to the Hangzhou years): 就 says the work was under way there by then, as 开始 does
_BEGAN_THERE = re.compile(r"(?:年|月)(?:份|底|初)?(?:(?:开始|起)(?:就|便)?|就|便)(?:一直|都)?(?:就|便)?在(?P<rest>[^，,。]*)")
_PLAIN_WORK = re.compile(r"(?:工作|上班|打工|做事|干活|待|呆)(?:的|了)?$")


def began_there(text: str, facts: dict) -> dict:
    """A start of the work named in the clause, said with where it began and that it stayed there ("94年开始就在杭州
    的玻璃厂吹玻璃"): the trade's years are that place's years. A start of work in general ("2019年开始在杭州上班") or
    one with no 就/一直 ("2019年开始在杭州做开发", maybe after years elsewhere) says only the place's."""
    if "years_in_field" in facts:
        return {}
    for clause in clauses_of(text) or [text]:
        m = _BEGAN_THERE.search(clause)
        if m is None or not re.search(r"就|便|一直|都", m.group()[:m.start("rest") - m.start()]) \
                or _PLAIN_WORK.search(m["rest"]) or not re.search(r"[做干搞当修焊吹烧炒编开]", m["rest"]):
            continue
        for field in ("years_full_time_in_hangzhou", "years_full_time_in_zhejiang"):
            if facts.get(field) is not None:
                return {"years_in_field": facts[field]}
    return {}


def all_along_counted(session: Session, text: str, facts: dict) -> dict:
    """"一直在淳安，没出过浙江" after a bare "二十年" was taken as the years in Zhejiang: the working life was all spent
    there, so that count is the trade's years too, and the trade's question is not asked again. Only a count said
    bare (no start: "19年来的杭州…一直在这家" is all along since then, not the whole career) and a message with no
    count or date of its own."""
    from assistant.extract.numbers import durations

    if "years_in_field" in facts or "years_in_field" in session.profile or durations(text) or _WHEN.search(text):
        return {}
    for clause in clauses_of(text) or [text]:
        m = _ALL_ALONG.search(clause)
        if m is None or _NOT_ALL_ALONG.search(clause):
            continue
        field = years_field_by_place(m["p"] or m["q"])
        if field == "years_full_time_in_hangzhou" and field not in session.profile:
            field = "years_full_time_in_zhejiang"  # all along in 淳安 is all along in Zhejiang, whose count is known
        count = session.profile.get(field) if field else None
        if count is not None and session.sources.get(field) == "reply" and START_OF.get(field) not in session.profile:
            return {"years_in_field": count}
    return {}


# a start said without being asked: into the trade ("十年前入的行", "2016年开始干这行"), or to a place ("19年过来的")
_ENTERED = re.compile(r"入(?:的)?行|入职|参加工作|开始(?:干|做|从事|学)|干这行|做这行|学的?手艺|当学徒|出来干")
# 来的 of coming to a place, not the result of 考出来的, 评下来的, 拿起来 (a level or an award got that year)
_ARRIVED = re.compile(r"(?<![出下起])来的|过来|(?<![出下起])来了|到的|调来|搬来|来杭|来浙")
_WHEN = re.compile(r"(?:[0-9]{2,4}|[去前今]|[〇零一二三四五六七八九]{2,4})年|[0-9一二两三四五六七八九十几]+年(?:多)?前")


def unasked_starts(session: Session, text: str, known: dict, today: dt.date) -> dict:
    """Year counts from starts a message says while another question is pending, which the extraction left unread:
    "十年前入的行" (the trade's years), "19年过来的" (the years where the workplace is, or the place named). Each
    clause is read as the answer to that year question would be (chat.case.replies); a count already read is kept."""
    from assistant.extract.places import cities_in

    out: dict = {}
    for clause in clauses_of(text):
        if not _WHEN.search(clause) or negated(clause) or asks(clause):
            continue
        if _ENTERED.search(clause):
            field = "years_in_field"
        elif _ARRIVED.search(clause):
            named = years_field_by_place(clause) if cities_in(clause) or re.search(r"浙江|省内", clause) else None
            city = session.profile.get("employer_city") or known.get("employer_city")
            field = named or (None if cities_in(clause) else years_field_by_place(city) if city else
                              _here(session, text))
        else:
            continue
        if field is None or field in known or field in out:
            continue
        got = read_reply(field, clause, today)
        if field in got:
            out.update({k: v for k, v in got.items() if k not in known})
    return out


def _here(session: Session, text: str) -> str | None:
    """"这边" with no place known: the place the talk is about, i.e. the year count in a place the lead programme's
    verdict still misses ("2019年来的，一直在这边全职" about a Hangzhou honour: the years in Hangzhou)."""
    if not re.search(r"这边|这里|这儿|本地", text) or not session.last_verdicts:
        return None
    missing = getattr(session.last_verdicts[0], "missing", ())
    return next((f for f in ("years_full_time_in_hangzhou", "years_full_time_in_zhejiang") if f in missing), None)


def start_after_spans(session: Session, facts: dict) -> dict:
    """"之前在南京干了4年", then "22年下半年来的杭州": a start in a new place said after spans in other places adds
    its count to theirs for the years in the trade, as spans said in different places do (``spans_across_turns``);
    only while the trade's years known are those spans' own sum, so a total said before is never added to."""
    from assistant.extract.numbers import durations

    new = [f for f in ("years_full_time_in_hangzhou", "years_full_time_in_zhejiang")
           if f in facts and START_OF.get(f) in facts]
    before = session.profile.get("years_in_field")
    if not new or facts.get("years_in_field", before) != before or not session.spans:
        return {}  # the trade's years said anew in this message speak for themselves
    place = "杭州" if new[0] == "years_full_time_in_hangzhou" else None
    counted = [(p, c) for p, t in session.spans for c in clauses_of(t) if durations(c)]
    if before is None or any(p == place or p not in c for p, c in counted) \
            or abs(sum(d.years for _, c in counted for d in durations(c)) - before) > 0.01:
        return {}  # "干这行8年了，之前在南京": the count is the trade's total, not a span in 南京
    return {"years_in_field": round(before + facts[new[0]], 2)}


_STOPPED = re.compile(r"退(?:休|了|下来|伍)?|离开|离职|辞职|不干|不做|停(?:了|工|产)|歇(?:了|业)")


def stopped_count(text: str) -> bool:
    """Whether every count of years in ``text`` is the time since the work stopped ("退了两年了", "离开杭州三年了"),
    not years of work."""
    from assistant.extract.numbers import durations

    counted = [c for c in clauses_of(text) if durations(c)]
    return bool(counted) and all(_STOPPED.search(c) for c in counted)


def counts_meant(field: str, text: str, open_fields: tuple[str, ...], city: str | None = None) -> tuple[str, ...]:
    """The year counts a reply to the question on ``field`` gives: ``field`` itself, unless its verb says another
    one that is still open (``open_fields``): an arrival answers the place's count, the start of the work the
    trade's; a start at the workplace held, in Hangzhou (``city``), answers both. A place named outside Hangzhou
    is left to the place readers (``years_field_by_place``)."""
    if expect_for(field).kind != "years":
        return (field,)
    from assistant.extract.numbers import durations

    arrived, worked = bool(ARRIVED.search(text)), bool(STARTED_WORK.search(text))
    # the clause the count or start is said in ("做RPA是2022年开始的" before "一直在杭州全职")
    counted = next((c for c in clauses_of(text) if durations(c) or _WHEN.search(c)), text)
    place = years_field_by_place(counted)
    hz, trade = "years_full_time_in_hangzhou", "years_in_field"
    if place not in (None, hz):
        return (field,)
    if field == trade and place is not None and not worked:
        return (place,)  # "在杭州干了十五年，之前在苏州": a count said with its place is that place's
    if field == trade and city == "杭州" and JOINED.search(text) and hz in open_fields:
        return (trade, hz)
    if field == trade and arrived and not worked and hz in open_fields:
        return (hz,)
    if field == trade and arrived and not worked and city not in (None, "杭州") \
            and "years_full_time_in_zhejiang" in open_fields:
        return ("years_full_time_in_zhejiang",)  # "前年过来的" in 宁波, to the trade's question: the arrival in Zhejiang
    if field in (hz, "years_full_time_in_zhejiang") and worked and not arrived and place is None \
            and trade in open_fields:
        return (trade,)
    return (field,)


def joined_here(session: Session, text: str, facts: dict, today: dt.date) -> dict:
    """"2019年毕业就在这家，全职" with the workplace known to be in Hangzhou and its years still open: a start at the
    workplace held is the start of the full-time stay there (dev dlg-m014). A start elsewhere ("之前在苏州") or an
    arrival said with it is left to the readers of places and arrivals."""
    hz = "years_full_time_in_hangzhou"
    city = facts.get("employer_city") or session.profile.get("employer_city")
    if city != "杭州" or hz in facts or hz in session.profile or "hangzhou_full_time_start" in facts:
        return {}
    for clause in clauses_of(text) or [text]:
        if not JOINED.search(clause) or not _WHEN.search(clause) or negated(clause) or asks(clause) \
                or years_field_by_place(clause) not in (None, hz) or ANOTHER_SPAN.search(clause):
            continue
        # "一三年进的厂 不对 记错了 是〇三年": a start taken back in the same message is read from after the correction
        got = read_reply(hz, text if said_wrong_at(text) else clause, today)
        if hz in got:
            return {k: v for k, v in got.items() if k not in facts}
    return {}


def all_along_said_before(session: Session, facts: dict) -> dict:
    """The trade's years given now ("大概2015年开始做的吧"), after an earlier message said the work was all along in
    Hangzhou ("…写电表里的嵌入式程序 一直在杭州", dev dlg-q008): the years in Hangzhou are the trade's, as
    ``all_along`` reads the two said in the other order."""
    hz, trade = "years_full_time_in_hangzhou", "years_in_field"
    if trade not in facts or hz in facts or hz in session.profile:
        return {}
    for user, _ in session.history:
        for clause in clauses_of(user) or [user]:
            m = _ALL_ALONG.search(clause)
            if m is not None and not _NOT_ALL_ALONG.search(clause) \
                    and years_field_by_place(m["p"] or m["q"] or "") == hz:
                return {hz: facts[trade]}
    return {}


def trade_years_at_the_workplace(session: Session, text: str, facts: dict) -> dict:
    """The trade's years given now ("七年") by someone whose only workplace told is in Hangzhou ("我在临平一家无人机公司
    全职做装调检修"), with no other place, arrival or move told in the talk: the years are the Hangzhou workplace's,
    as the extraction reads the two said in one message ("在钱塘一家航空零件厂做编程…干了十五年了"), so Hangzhou's
    count is not asked after it (dev dlg-n001; the test's direct-recognition misses still asking the years)."""
    from assistant.extract.places import cities_in

    hz, trade = "years_full_time_in_hangzhou", "years_in_field"
    if trade in facts and hz not in facts and FROM_TRADE in session.said:
        return {hz: facts[trade]}  # "四年", then "哦不，说错了，是七年": the count taken for both is corrected in both
    if trade not in facts or hz in facts or hz in session.profile or "hangzhou_full_time_start" in facts \
            or session.profile.get("employer_city") != "杭州" or session.sources.get("employer_city") not in (
                "message", "reply"):
        return {}
    told = [user for user, _ in session.history] + [text]
    for said in told:
        if any(city != "杭州" for _, _, city, _ in cities_in(said)) or ARRIVED.search(said) or _MOVED.search(said) \
                or ANOTHER_SPAN.search(said) or re.search(r"在浙江|省内|老家|外地|外省", said):
            return {}
    session.said.add(FROM_TRADE)  # a later correction of the trade's count moves this one with it
    return {hz: facts[trade]}


FROM_TRADE = "hangzhou_years_from_trade"

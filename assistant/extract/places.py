"""Place names -> the city they are in, from jionlp's gazetteer of China (萧山 -> 杭州, 北仑 -> 宁波).

The gazetteer is the library's own data (``jionlp.china_location_loader``), not a table written here: every
prefecture-level city of China and every district or county of Zhejiang, by full name and alias, and below them
the towns and streets of Zhejiang (瓶窑镇, 塘栖, 千岛湖: ``_towns``). jionlp costs
about a second to import, so it is loaded on first use and kept; the gazetteer is also kept as JSON under the
data dir, so a later process reads it without importing jionlp (``jio.china_locations``). Aliases of one
character, and the aliases that are more often not a place in these messages (西湖 is also the lake and the
tea), are left out.
"""

from __future__ import annotations

import functools
import re

__all__ = ["HANGZHOU_LANDMARKS", "city_of", "cities_in", "provinces_in", "ZHEJIANG", "is_origin", "place_before", "place_at", "province_in", "city_now",
           "outside_zhejiang"]

ZHEJIANG = "浙江省"
_NOT_PLACES = frozenset({"西湖", "中国", "江南", "城区", "新区", "开发区", "高新区", "市区", "郊区", "南湖", "普陀"})


# Employers people name instead of a place, whose one main site is in Hangzhou ("大学毕业就进了海康", "在楼外楼掌勺"):
# the only names kept here that are no place. A firm with large sites in several cities (吉利, 网易, 农夫山泉) is left
# out: its name says nothing of where one works.
HANGZHOU_EMPLOYERS = ("阿里巴巴", "阿里云", "蚂蚁集团", "海康威视", "海康", "大华股份", "娃哈哈", "杭钢", "杭氧", "杭汽轮",
                      "杭锅", "西子电梯", "老板电器", "楼外楼", "知味观", "奎元馆", "恒生电子", "同花顺", "士兰微",
                      "中控技术", "传化", "万向集团",
                      # Hangzhou's old brands (老字号) whose workshops are in Hangzhou, named for the craft done there
                      "张小泉", "胡庆余堂", "王星记", "都锦生", "方回春堂")


# Landmarks of Hangzhou people place their work by ("在西溪湿地旁边的园区", "富春江边上的造纸厂"), below any level the
# gazetteer holds: each lies in Hangzhou alone (钱塘江 runs by 海宁 too, 运河 through many cities: left out), and 西湖 is
# kept only with a word of its shore (西湖 alone is as often the tea); a name other places bear too (湖滨 is a district of
# 三门峡, 大明山 a range in 广西, 宋城 a chain of theme parks) is left out
HANGZHOU_LANDMARKS = ("西溪湿地", "西溪园区", "西溪谷", "富春江", "西湖边", "西湖畔", "西湖景区", "武林广场",
                      "河坊街", "灵隐", "梅家坞", "拱宸桥", "良渚古城", "超山", "径山", "奥体博览城")


@functools.lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    """{name: (city short name, province)} and one pattern matching any name, longest first."""
    from assistant.extract.jio import china_locations

    names: dict[str, tuple[str, str]] = {}
    shorts: dict[str, str] = {}  # a Zhejiang city's full name -> the short name it is kept under

    def aliases(node: dict, own: str) -> list[str]:
        alias = node.get("_alias") or []
        alias = [alias] if isinstance(alias, str) else list(alias)
        return [n for n in {own, node.get("_full_name") or own, *alias} if len(n) >= 2 and n not in _NOT_PLACES]

    for province, cities in china_locations().items():
        if province.startswith("_"):
            continue
        for city, node in cities.items():
            if city.startswith("_") or not isinstance(node, dict):
                continue
            short = (node.get("_alias") or [city])
            short = short if isinstance(short, str) else short[0]
            for name in aliases(node, city):
                names.setdefault(name, (short, province))
            if province != ZHEJIANG:
                continue
            shorts[city] = short
            for county, sub in node.items():
                if county.startswith("_") or not isinstance(sub, dict):
                    continue
                for name in aliases(sub, county):
                    names.setdefault(name, (short, province))
    for name, city in _towns(shorts).items():
        if name not in names and not name.endswith(_TOWN_LEVELS):
            _BARE_TOWNS.add(name)
        names.setdefault(name, (city, ZHEJIANG))

    for name in (*HANGZHOU_EMPLOYERS, *HANGZHOU_LANDMARKS):
        names.setdefault(name, ("杭州", ZHEJIANG))
    # Below the district the gazetteer stops: the areas of Hangzhou people name instead (下沙, 未来科技城) come
    # from the one table the checker uses too.
    from assistant.profile import HANGZHOU_DISTRICTS

    for area in HANGZHOU_DISTRICTS:
        names.setdefault(area, ("杭州", ZHEJIANG))
    # the districts merged away in 2021 (江干 into 上城, 下城 into 拱墅) are still said bare ("在江干做厨师", "下城一家
    # 电力公司"); a name
    # that starts inside a province's ("浙江干了三年") is no place (``_places``)
    for area in _FORMER_DISTRICTS:
        names.setdefault(area, ("杭州", ZHEJIANG))
    _BARE_TOWNS.update(_FORMER_AS_WORDS)
    # the gazetteer writes some names with a character the edge fold changes (於潜 is folded to 于潜 like any 於):
    # messages reach the readers folded, so each such name is known by its folded form too
    from assistant.normalize import normalize_text

    for name, place in list(names.items()):
        names.setdefault(normalize_text(name), place)
    pattern = re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))
    return names, pattern


_FORMER_DISTRICTS = ("江干", "下城")
# ... of which 下城 is two characters of other words too ("乡下城里"): it places only where it stands as a place
_FORMER_AS_WORDS = ("下城",)

# A town's name said without its level (干窑, 瓶窑, 塘栖) is two characters that may as well be words of the message
# ("水泥厂干窑操作": 干 the verb, 窑 the kiln): it places only where it stands as a place — opening a clause, after a word
# of being at or coming from, or before a word of place, a unit there or working there. Filled by ``_gazetteer``.
_BARE_TOWNS: set[str] = set()
_TOWN_LEVELS = ("镇", "乡", "街道", "村")
_TOWN_BEFORE = re.compile(r"(?:^|[\s，,。；;：:！!？?、在到来去进的从是于])$")
_TOWN_AFTER = re.compile(r"镇|乡|街道|村|这边|那边|这块|那块|那一?带|一带|附近|片区|这里|那里|一家|的|那个|这个|[厂公]|上班|工作|打工|做|干")

# units named by what they are, not where ("保税区", "滨海工业区", "县直辖行政区划", "红山农场"): no place said
_ZONE = re.compile(r"区$|区划|开发|工业|农场|林场|场区|保护|新城|商业城|世纪城")


def _towns(cities: dict[str, str]) -> dict[str, str]:
    """{town: city} below the county, from jionlp's detailed gazetteer (``jio.china_towns``): every town and street
    of Zhejiang by its full name ("瓶窑镇", "良渚街道"), and by the name people say without its level ("瓶窑",
    "塘栖", "千岛湖") where that name is one place's alone in China (南阳, 东湖 and 城南 are many places) and jieba
    knows it as no other word (留下 is a verb, 太阳 a noun, 分水 in 分水岭). ``cities``: full name -> short name."""
    from assistant.extract.jio import china_towns, short_name
    from assistant.retrieval.segment import tagger

    towns = china_towns()
    shared = set(towns["shared"])
    known = tagger().word_tag_tab
    out: dict[str, str] = {}
    for town, (city, _county) in towns["zhejiang"].items():
        if city not in cities or _ZONE.search(town):
            continue
        out[town] = cities[city]
        said = short_name(town)
        if len(said) >= 2 and said not in shared and said not in _NOT_PLACES and known.get(said, "ns") == "ns":
            out[said] = cities[city]
    return out


# A city's name that goes on into a feature's is the feature's, not the city: 杭州湾 is the bay (its 新区 is in 宁波, its
# 上虞经济开发区 in 绍兴), 杭州湾跨海大桥 and 钱江大桥 bridges. Such a name places nothing unless it is itself an area in
# the table below, or a place is named inside it (杭州湾上虞… -> 上虞).
# A road or lane named after a place (上海路, 莫干山路 in 杭州, 杭州路 in 青岛, 宁波东路, 萧山巷) is the street's name,
# found in any city: it places nothing. Not 路过/路费/路线 …, words of travel after a place ("在杭州路过").
_FEATURE = re.compile(r"湾(?!里)|大道|大街|大桥|跨海|[东西南北中](?:路|巷|弄)|(?:[一二三四五六七八九十]|[0-9]+)路"
                      r"|路(?!过|费|线|子|程|途|人|灯|面|况|由|径|演|透|数|口[^0-9号]|上(?![，,。的]|$))|巷|弄(?!堂)")
# Areas named after a city they are not in, below the level the gazetteer holds (宁波's 杭州湾新区, also 前湾新区)
NAMED_AFTER_ANOTHER = {"杭州湾新区": ("宁波", ZHEJIANG), "前湾新区": ("宁波", ZHEJIANG), "杭州湾经济技术开发区": ("宁波", ZHEJIANG)}
# ... and the bay's name said of a works or a park by it ("吉利的杭州湾基地", "杭州湾工厂"): the works of the 杭州湾 name
# are in 宁波's 新区 (the north shore's are named by their own towns: 海盐, 平湖)
_SITE_ON_THE_BAY = r"杭州湾(?=(?:的|那个|那边的)?(?:生产)?(?:基地|工厂|厂区|园区|分厂|工业园))"
_NAMED_AFTER = re.compile("|".join([*sorted(map(re.escape, NAMED_AFTER_ANOTHER), key=len, reverse=True), _SITE_ON_THE_BAY]))


# Words after a name that say it is a place one is at ("在大关这边", "青山湖一家汽配厂", "仁和那块"): with one of them, a
# town's name that other places in China bear too (大关 is also a county in Yunnan, 青山湖 a lake in many cities) is read
# as the Zhejiang town, where all Zhejiang towns of that name are in one city: these messages are about work in Zhejiang
_LOCATIVE = r"(?=这边|那边|这块|那块|那一?带|一带|附近|片区|街道|镇上|这里|那里|那儿)"
# ... or, right after a word of being at or going to ("在", "进的", "到", "来"), before the unit there ("一家", "的厂");
# not opening a clause, where such a name is as often a word ("新建一家厂")
_AT = r"(?<=[在到来去进的])"
_UNIT_AFTER = r"(?=一家|的一家|的[厂公]|[这那]家|[一这那]个[厂公园])"


_NAME_TAGS = frozenset({"ns", "nr", "nz", "nrt", "nrfg", "s"})
_ANY_TOWN = re.compile(r"[东西南北中新老古大小上下前后][城门街区河]|城[东西南北中厢关]|[东西南北]?[街镇]")


@functools.lru_cache(maxsize=1)
def _shared_towns() -> tuple[dict[str, tuple[str, str]], re.Pattern[str] | None]:
    """{short name: (city, province)} of the Zhejiang towns whose short name other places bear too, kept only where
    every Zhejiang town of that name is in one city, and a pattern matching one said before a locative word."""
    from assistant.extract.jio import china_towns, short_name

    towns = china_towns()
    shared = set(towns["shared"])
    names, _pattern = _gazetteer()
    shorts = {full: short for full, (short, _p) in names.items()}  # 杭州市 -> 杭州
    seen: dict[str, set[str]] = {}
    for town, (city, _county) in towns["zhejiang"].items():
        said = short_name(town)
        if said in shared and len(said) >= 2 and said not in _NOT_PLACES and said not in names \
                and not _ZONE.search(town):
            seen.setdefault(said, set()).add(shorts.get(city, city))
    from assistant.retrieval.segment import tagger

    known = tagger().word_tag_tab
    # a name jieba knows as a common word (新建 a verb, 大地 a noun), or a part of any town (城东, 西门, 新街), is left out
    one = {said: (next(iter(cities)), ZHEJIANG) for said, cities in seen.items()
           if len(cities) == 1 and known.get(said, "ns") in _NAME_TAGS and not _ANY_TOWN.fullmatch(said)}
    if not one:
        return {}, None
    names_said = "(?:" + "|".join(sorted(map(re.escape, one), key=len, reverse=True)) + ")"
    return one, re.compile(f"{names_said}{_LOCATIVE}|{_AT}{names_said}{_UNIT_AFTER}")


@functools.lru_cache(maxsize=1024)
def _inside_words(text: str) -> frozenset[int]:
    """The positions of ``text`` that fall inside a word the shared segmenter cuts (not a word's first character)."""
    from assistant.retrieval.segment import segmenter

    inner, at = set(), 0
    for word in segmenter().cut(text):
        inner.update(range(at + 1, at + len(word)))
        at += len(word)
    return frozenset(inner)


def _stands_as_place(text: str, start: int, end: int) -> bool:
    """Whether a town's bare name at ``start:end`` stands as a place (``_BARE_TOWNS``)."""
    return bool(_TOWN_BEFORE.search(text[max(0, start - 1):start])) or bool(_TOWN_AFTER.match(text, end))


def _places(text: str):
    """(match, (city, province)) of each place named in ``text``, an area named after another city as its own city,
    a town's name other places share said as a place one is at (``_LOCATIVE``), and a city's name inside a
    feature's left out."""
    names, pattern = _gazetteer()
    areas = [(m.start(), m.end(), NAMED_AFTER_ANOTHER.get(m.group(), ("宁波", ZHEJIANG))) for m in _NAMED_AFTER.finditer(text)]
    # a name that begins inside a province's name ("浙江干了": not 江干) is the province's tail, no place of its own
    provinces = [(m.start(), m.end()) for m in _province_pattern().finditer(text)]
    found = [(m.start(), m.end(), names[m.group()]) for m in pattern.finditer(text)
             if not any(a[0] <= m.start() < a[1] for a in areas) and not _FEATURE.match(text, m.end())
             and not any(a < m.start() < b for a, b in provinces)]
    if any(f[2][1] != ZHEJIANG for f in found):
        # a name from elsewhere that begins inside a word ("上城区望江门": 望江|门, not 江门) is that word's tail; only
        # names outside Zhejiang are checked, where a mid-word match is a misreading far more often than a place
        inner = _inside_words(text)
        found = [f for f in found if f[2][1] == ZHEJIANG or f[0] not in inner]
    found = [f for f in found if text[f[0]:f[1]] not in _BARE_TOWNS or _stands_as_place(text, f[0], f[1])]
    towns, shared = _shared_towns()
    if shared is not None:
        found += [(m.start(), m.end(), towns[m.group()]) for m in shared.finditer(text)
                  if not any(f[0] <= m.start() < f[1] or m.start() <= f[0] < m.end() for f in [*areas, *found])]
    return sorted([*areas, *found])


def city_of(name: str) -> tuple[str, str] | None:
    """(city, province) of a place name said on its own ("萧山" -> ("杭州", "浙江省")); None if not a place."""
    name = (name or "").strip().rstrip("。！!，,")
    names, _pattern = _gazetteer()
    if name in names:
        return names[name]
    return next((found for _start, _end, found in _places(name)), None)


def cities_in(text: str) -> list[tuple[int, int, str, str]]:
    """Every place name in ``text`` as (start, end, city, province), in order."""
    return [(start, end, *found) for start, end, found in _places(text or "")]


@functools.lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    """{name or alias: province} of every province-level unit in the gazetteer (江苏 -> 江苏省, 上海 -> 上海市)."""
    from assistant.extract.jio import china_locations

    names: dict[str, str] = {}
    for province, node in china_locations().items():
        if province.startswith("_") or not isinstance(node, dict):
            continue
        alias = node.get("_alias") or []
        for name in {province, *([alias] if isinstance(alias, str) else alias)}:
            if len(name) >= 2:
                names[name] = province
    return names


@functools.lru_cache(maxsize=1)
def _province_pattern() -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, _provinces()), key=len, reverse=True)))


def provinces_in(text: str) -> list[tuple[int, int, str]]:
    """Every province-level name in ``text`` as (start, end, province), in order: "在广东干了十年" -> 广东省. A city
    or district is ``cities_in``'s; a municipality (上海) is both."""
    return [(m.start(), m.end(), _provinces()[m.group()]) for m in _province_pattern().finditer(text or "")]


def place_before(text: str, start: int) -> tuple[str, str | None, str] | None:
    """The place named right before ``start`` as (name, city or None, province): "宁波" in "宁波市技术能手",
    "江苏" in "江苏省技术能手"; None when the words before ``start`` end in no place name."""
    head = (text or "")[max(0, start - 10):start]
    names, pattern = _gazetteer()
    cities = [m for m in pattern.finditer(head) if m.end() == len(head)]
    if cities:
        name = cities[-1].group()
        return name, *names[name]
    for name, province in sorted(_provinces().items(), key=lambda kv: -len(kv[0])):
        if head.endswith(name):
            return name, None, province
    return None


def place_at(text: str, pos: int) -> str | None:
    """The province of the place named starting at ``pos`` ("从安徽过来": 安徽省 at the 安), or None."""
    names, pattern = _gazetteer()
    m = pattern.match(text or "", pos)
    if m:
        return names[m.group()][1]
    return next((province for name, province in sorted(_provinces().items(), key=lambda kv: -len(kv[0]))
                 if (text or "").startswith(name, pos)), None)


@functools.lru_cache(maxsize=256)
def province_in(text: str) -> str | None:
    """The province (or municipality) of the first place ``text`` names, by jionlp's ``parse_location``:
    "之前一直在安徽" -> 安徽省, "在深圳干了5年" -> 广东省, "原来在萧山" -> 浙江省, "在厂里" -> None."""
    from assistant.extract.jio import jionlp

    if not re.search(r"[\u4e00-\u9fff]{2}", text or ""):
        return None
    try:
        return jionlp().parse_location(text).get("province") or None
    except Exception:  # noqa: BLE001 - the parser raises on odd input; a place not read is a fact not used
        return None


_ORIGIN = re.compile(r"从(?:[\u4e00-\u9fff]{2,3}?(?:省|市))?$|从[\u4e00-\u9fff]{2}$")


def is_origin(text: str, start: int) -> bool:
    """True when the place at ``start`` is where one came from ("从江苏常州过来", "从苏州调来杭州"): not the
    workplace."""
    return bool(_ORIGIN.search(text[max(0, start - 6):start]))


_NOW_WORDS = re.compile(r"现在|目前|如今|眼下|这会儿?|现如今")


def city_now(text: str) -> str | None:
    """The city a reply names as where one works now: the last place named that is not denied ("不在杭州，在嘉兴"
    -> 嘉兴, by the language layer's negation) and not said of the past ("以前是杭州动车段的" -> None; "之前在上海现在
    在杭州" -> 杭州, the place after 现在 in a clause that speaks of the past). One reader for the extractor's clause
    guards (``text.segments``: past, hypothetical, another's) and the conversation's answer to "您的工作单位在哪个城市"."""
    from assistant.extract import judge
    from assistant.extract.text import normalize, segments

    found = None
    for seg in segments(normalize(text or "")):
        if seg.other or seg.hypothetical:
            continue
        now = _NOW_WORDS.search(seg.text)
        after = (now.end() if now else len(seg.text)) if seg.past else 0
        for start, _, city, _ in cities_in(seg.text):
            if start >= after and not judge.denied_before(seg.text, start, 2):
                found = city
    return found


def outside_zhejiang(place: str | None) -> bool:
    """True when ``place`` (a city, county or province as said: 苏州, 昆山, 合肥, 安徽) is in a province other than
    Zhejiang, by the gazetteer or jionlp's ``parse_location``; False for a Zhejiang place and for no place read."""
    if not place:
        return False
    found = city_of(place)
    province = found[1] if found else province_in(place)
    return bool(province) and province != ZHEJIANG

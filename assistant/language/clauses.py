"""Clauses of an applicant's words and the scope of negation in them (没有参与过标准制定 supports nothing).

A text is cut at punctuation and at connectives (但是, 不过, 而且 …); a clause is negated when a negation word
(没/没有/无/未/从未/不是/非/并非/尚未/没能/不曾 …) stands as a word of its own in it. Words that merely begin with
such a character (未来工厂, 无损检测, 非常, 无人机, 不断, 毫无疑问, 非遗 …) are guarded: a list of guard words
(``data/negation.json``) is masked first, then jieba segments the clause (the process's one segmenter,
``assistant.retrieval.segment``, which also knows the guard words). Items of a 、 list inherit the negation of
the item before them: 没有专利、标准 negates both.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

from assistant.language.datafiles import data_json
from assistant.language.denials import denies_back, empty, rhetorical
from assistant.retrieval.segment import segmenter, tags

__all__ = ["Clause", "clauses", "spaced_lists", "split_clauses", "negated", "unnegated", "affirmed", "says_none", "says_unknown", "subject_only", "names_title",
           "first_scope", "scopes", "denied_parts", "is_topic"]

_DATA = Path(__file__).parent / "data"

# Major breaks: sentence and clause punctuation, then connectives that open a new clause.
# A space between Chinese words is a comma: phone-typed replies and forms run clauses on with spaces ("有的 我主导搞了
#一套测量工装 现在全站都在用 没退休"), and a negation in one of them must not reach the others.
_PUNCT = re.compile(r"[，,。．；;！!？?\n\r：:…]+|(?<!\d)\.(?!\d)|(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")
_CONNECTIVE = re.compile(r"(?:但是|不过|然而|可是|而且|并且|另外|此外|(?<!的)同时|其次|再者|但(?!凡)|(?<!再)也(?=[没未无不有曾参带获拿做搞主牵负编写研攻培教创总推]))")
_LIST = re.compile(r"[、/／]+|以及")


@dataclass(frozen=True)
class Clause:
    """One clause of a text: its words and whether they are said not to be so."""

    text: str
    negated: bool
    # negated by the verb phrase of the list item before it (没有稻草编的蓑衣、草鞋…): whatever its own words say
    shared: bool = False


@functools.cache
def _lexicon() -> dict:
    return json.loads((_DATA / "negation.json").read_text(encoding="utf-8"))


@functools.cache
def _guard_pattern() -> re.Pattern:
    guards = sorted(_lexicon()["guards"] + _lexicon()["phrase_guards"], key=len, reverse=True)
    unless = _lexicon().get("not_guarded", [])  # "无数字化": the guard 无数 is cut by 数字
    # A guard inside a longer negation word is part of that word: 不到 (不到五年) guards, 轮不到 denies.
    return re.compile("|".join("".join(f"(?<!{re.escape(pre)})" for pre in _before_in_cues(g)) + re.escape(g)
                               + "".join(f"(?!{re.escape(u[len(g):])})" for u in unless
                                         if u.startswith(g) and len(u) > len(g))
                               for g in guards))


def _before_in_cues(guard: str) -> list[str]:
    """What stands before ``guard`` in each negation cue that holds it (轮 in 轮不到): a guard so preceded is no
    guard."""
    return [c[:c.index(guard)] for c in _lexicon()["cues"] if guard in c and c.index(guard) > 0]


@functools.cache
def _substitutes() -> re.Pattern:
    return re.compile(_lexicon()["substitute_denials"])


@functools.cache
def _adverbs() -> re.Pattern:
    return re.compile("^(?:" + "|".join(map(re.escape, sorted(_lexicon()["adverbs"], key=len, reverse=True))) + ")+")


@functools.cache
def _cues() -> tuple[frozenset[str], tuple[str, ...]]:
    return frozenset(_lexicon()["cues"]), tuple(_lexicon()["cue_prefixes"])


def _is_cue(token: str) -> bool:
    """A negation word, or one the segmenter glued to adverbs before it (并未, 根本没, 一直未, 至今未), or 不 glued to
    the verb after it (``_glued_not``)."""
    cues, prefixes = _cues()
    return any(t in cues or t.startswith(prefixes) or _glued_not(t) for t in (token, _adverbs().sub("", token)) if t)


_VERB_TAGS = frozenset({"v", "vn", "p"})


@functools.lru_cache(maxsize=4096)
def _glued_not(token: str) -> bool:
    """不 that the segmenter glued to the verb after it: 不写 (代码了), 不干 (了), 不碰 (数控), 不搞 (维修). Such a token
    is no word of jieba's dictionary (its HMM made it); the rest, tagged alone, is a verb. A dictionary word that
    begins with 不 is read as the dictionary has it (不满 五年, 不够, 不行, 不好: not a denial of something done);
    those that are 不 + a verb of being or doing are cues of their own (不在, 不当, 不再, in ``cues``)."""
    if len(token) < 2 or token[0] != "不" or segmenter().FREQ.get(token):
        return False
    rest = tags(token[1:])
    # 上 alone is tagged a locality (f); after 不 it is the verb (不上夜班了)
    return len(rest) == 1 and (rest[0][1] in _VERB_TAGS or (rest[0][1] == "f" and len(token) == 2))


def unnegated(clause: str) -> str:
    """``clause`` without its negation words, the verb a negation was glued to kept: "不参公了" -> "参公了",
    "不写代码了" -> "写代码了"."""
    lex = _lexicon()
    out = []
    for word in segmenter().lcut(clause):
        if _glued_not(word) or word in lex["object_cues"]:
            out.append(word[1:])
        elif not negated(word):
            out.append(word)
    return "".join(out)


# "能评首届杭州工匠不", "可以申请不": a modal verb, then 不 closing the clause, asks (V-不 question); it denies nothing
_V_NOT_QUESTION = re.compile(r"(?:能|可以|可|会|行|够|要|是|符合).*不[呢啊呀吗嘛]?$")


def negated(clause: str) -> bool:
    """Whether ``clause`` (one clause, no punctuation) is in the scope of a negation word, or denies by a rhetorical
    'where would there be' (哪有什么成果: ``denials.rhetorical``) or an idiom of having nothing (交白卷: ``denials.empty``)."""
    if rhetorical(clause) or empty(clause) or _zero_predicate().search(clause):
        return True
    if _V_NOT_QUESTION.search(clause):
        clause = re.sub(r"不[呢啊呀吗嘛]?$", "", clause)
    masked = _guard_pattern().sub(lambda m: _masked(m, clause), clause)
    masked = _exclusive().sub(lambda m: "，" * len(m.group()), masked)  # 没几个人会: others can't, a boast
    masked = _substitutes().sub(lambda m: "，" * len(m.group()), masked)  # 从不用机器代替手工: by hand, no denial
    if not masked.strip("， "):
        return False
    lex = _lexicon()
    for part in (p for p in masked.split("，") if p):
        if _guarded_cues().search(part):
            return True
        tokens = segmenter().lcut(part)
        for i, token in enumerate(tokens):
            if _potential_not(tokens, i):
                return True
            if _is_cue(token) and not _a_not_a(tokens, i) and not (
                    token in lex["modal_cues"] and tokens[i + 1:i + 2] == ["的"]):  # 别人都不会的绝活: names a thing
                return True
            # 不当班长了 denies a post; 操作不当 (导致…) says a fault: such a word denies only with an object after it
            if token in lex["object_cues"] and i + 1 < len(tokens) and not re.match(lex["no_object"], tokens[i + 1]):
                return True
    return False


@functools.cache
def _exclusive() -> re.Pattern:
    return re.compile(_lexicon()["exclusive"])


@functools.cache
def _zero_predicate() -> re.Pattern:
    return re.compile(_lexicon()["zero_predicate"].replace("{kinds}", _lexicon()["kind_topic_nouns"]))


def _potential_not(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is a verb of making or getting with a negated potential complement (拿不出, 评不上), one
    word or cut after the verb (搞|不出): the speaker cannot produce its object (``potential_not`` in the data)."""
    token = tokens[i]
    word = tokens[i - 1] + token if i > 0 and token.startswith("不") and len(token) == 2 else token
    return bool(re.match(_lexicon()["potential_not"], word))


@functools.cache
def _guarded_cues() -> re.Pattern:
    """Negation words that hold a guard word (轮不到 holds 不到). The segmenter knows the guard as a word of its own
    and cuts around it (事轮|不到), so these are found in the text, not among the tokens."""
    guards = _lexicon()["guards"]
    held = [c for c in _lexicon()["cues"] if any(g in c and g != c for g in guards)]
    return re.compile("|".join(map(re.escape, held)) or r"(?!)")


def _a_not_a(tokens: list[str], i: int) -> bool:
    """Whether ``tokens[i]`` is the 不/没 half of an A-not-A question the segmenter cut in two (能|不能, 会|不会,
    算|不算): it asks, it does not deny."""
    token = tokens[i]
    return i > 0 and len(token) > 1 and token[0] in "不没" and tokens[i - 1].endswith(token[1:])  # 我能|不能


def _masked(guard: re.Match, clause: str) -> str:
    """A guard word masked, unless it is a concessive (不管) with no correlate after it: 不管刮风下雨都在岗 concedes,
    现在不管设备了 denies (不 + 管)."""
    correlate = _lexicon()["concessive"].get(guard.group())
    if correlate and not re.search(correlate, clause[guard.end():]):
        return guard.group()
    return "，" * len(guard.group())


def _bare(item: str) -> bool:
    """A list item that takes the negation of the item before it: a short one with no verb of its own (标准,
    专利), or the tail of a noun phrase the negated verb still governs (没有做过能查日志、定位故障的智能体)."""
    return (len(item) <= 8 and not re.search(_lexicon()["verbs"], item)) or bool(re.search(r"的[^的]{1,8}$", item))


def _after_ye(chunk: str, start: int) -> bool:
    """Whether the piece of ``chunk`` that begins at ``start`` was cut at 也 (一个徒弟|也|没带过), not at 但是 or 而且.
    By position, not by finding its words again: a piece whose words come twice in the chunk (没带过，徒弟也没带过)
    is the one at ``start``."""
    return chunk[:start].rstrip().endswith("也")


def _pieces(chunk: str) -> list[tuple[int, str]]:
    """(start, piece) of ``chunk`` cut at connectives (但是, 而且, 也 before a verb …), pieces stripped."""
    out, at = [], 0
    for m in [*_CONNECTIVE.finditer(chunk), None]:
        end = m.start() if m else len(chunk)
        piece = chunk[at:end]
        if piece.strip():
            out.append((at + len(piece) - len(piece.lstrip()), piece.strip()))
        at = m.end() if m else end
    return out


def _no_verb(clause: str) -> bool:
    """Whether ``clause`` is a noun phrase, no word of it a verb by jieba's tags (一个徒弟, 啥技改; not 主持了技改)."""
    return all(flag != "v" for _, flag in tags(clause))


def _listed_noun(item: str) -> bool:
    """Whether a list item is a noun the predicate after the list can take as its subject: no verb by jieba's tags,
    or a word of two or three characters with no aspect (带徒, 技改, 创新: jieba tags them verbs; 改进了工装 is none)."""
    return _bare(item) and (_no_verb(item) or (len(item) <= 3 and not re.search(r"[了过着]", item)))


def _opens_negated(clause: str) -> bool:
    """Whether ``clause``'s first word (after 都/也/还) is a negation word: 没带过, 都没搞过, 还没有."""
    words = [w for w in segmenter().lcut(clause) if w not in ("都", "也", "还", "再", "就")]
    return bool(words) and _is_cue(words[0])


def _shared_verb(item: str) -> bool:
    """Whether a negated list item negates a verb phrase (没有带过徒弟, 从未主导过改造) whose negation the verb phrases
    listed after it share, rather than a noun (没有专利) or a fault (没出过差错, ``benign_negation`` in
    ``data/lexicon.json``: the fault denied, what follows said)."""
    cue = re.search(r"没有|没|从未|从没|未曾|未|不曾|尚未|无", item)
    if not cue or re.search(data_json("lexicon.json")["benign_negation"]["pattern"], item):
        return False
    rest = item[cue.end():]
    return bool(re.search(_lexicon()["verbs"], rest)) or _governs(rest)


def _benign_partner(before: str, item: str) -> bool:
    """Whether ``item`` opens with a noun listed after the noun that a head negation in ``before`` denies (没有竹编的
    鱼篓、蟹笼现在没人会编了) and claims only by a negation that alone denies no achievement (没人会了: ``benign_negation``
    in ``data/lexicon.json``): the list is one topic under the head's 没有, so the claim is not said either. A
    partner with a claim of its own (没有专利、徒弟带了五个) keeps it."""
    cue = re.match(r"(?:没有|从来没有?|从没有?|从未|未曾|不曾|没)", before)
    if not cue or not negated(item):
        return False
    pattern = data_json("lexicon.json")["benign_negation"]["pattern"]
    if negated(re.sub(pattern, lambda m: "，" * len(m.group()), item)):
        return False  # its own negation denies something: it stands as it is
    head, lead = tags(before)[-1:], tags(item)[:1]
    return bool(head and lead) and head[0][1].startswith("n") and lead[0][1].startswith("n")


def _governs(phrase: str) -> bool:
    """Whether ``phrase`` is a verb with what it governs after it, by jieba's tags: 主持研究所的新型催化剂 (主持 is no
    row of the verbs table). A verb said alone after the negation is used as a noun (没有创新、带过徒弟)."""
    words = tags(phrase)
    return any(flag == "v" for _, flag in words[:-1])


_EXCEPT_WORDS = ("除", "除了", "除开", "除去", "除掉")
_EXCEPT_END = re.compile(r"[以之]外|外(?=$|[其别另啥什任都一再全没无未不就])")
_OTHERS = re.compile(r"其他|其它|其余|别的|另外|啥|什么|任何|都|一概|再也|再没")


def _excepted(chunk: str, rest_follows: bool = False) -> tuple[str, str] | None:
    """An exception frame's two parts, (the thing excepted, the rest): 除参加比赛外，没有别的成果 -> (参加比赛, "");
    除了带徒弟外没什么成果 -> (带徒弟, 没什么成果); 除了会焊接啥也不会 -> (会焊接, 啥也不会). The 除 must be a word of
    its own (排除了故障, 清除 are no frame) within a few characters of the start (我除了…); without 以外/之外/外 the
    frame ends where the rest begins with 其他/别的/啥/都 …, or at the chunk's end (除了带过两个徒弟，其他没啥). None for
    no frame, or one whose end cannot be told (除了标准没参与). With ``rest_follows`` (the next chunk begins with
    其余/别的 …) the frame ends at the chunk's end, whatever 都 it holds (除了别人都修不了的设备我能修，其余都没有)."""
    at = 0
    for word in segmenter().lcut(chunk[:8]):
        if word in _EXCEPT_WORDS:
            break
        at += len(word)
    else:
        return None
    if at > 4:
        return None
    body = chunk[at + len(word):]
    end = _EXCEPT_END.search(body)
    if end:
        return body[:end.start()], body[end.end():]
    if rest_follows:
        return body, ""
    other = _OTHERS.search(body)
    if other:
        return body[:other.start()], body[other.start():]
    return (body, "") if not negated(body) else None


# a space-typed run of achievement nouns closed by a denial that refers back (the lexicon's ``distributive``: 也/都 + a
# negation): "绝活 革新 带徒
# 这些也说不上", "技术攻关 智能体也没搞过" — the space stands for 、, so the run is one list the denial covers. Only
# nouns of an achievement kind join ("会员 工匠也没评过" stays two answers: 会员 is a yes).
_SPACE = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z])[ \t\u3000]+(?=[\u4e00-\u9fffA-Za-z])")


def _kind_noun(item: str) -> bool:
    from assistant.language.lexicon import lexicon_hits  # the lexicon alone: classify reads clauses

    # 技术攻关, 成果转化: jieba tags their second word a verb, but with no aspect or object they name a kind
    if len(item) > 6 or re.search(r"[了过着我他她]", item):
        return False
    if _bare(item) and lexicon_hits(item):
        return True
    # 数字化改造, 技术攻关: the item is one lexicon term whole (jieba tags its last word a verb), a kind's name
    if any(len(words) >= len(item) - 1 for words in lexicon_hits(item).values()):
        return True
    # 标准, 证书, 数字化, 带徒: a thing an alternative or its record names, though alone it names no deed
    return bool(re.search(_lexicon()["kind_topic_nouns"], item)) and (_bare(item) or len(item) <= 3)


def _title_noun(item: str) -> bool:
    """A title said bare (浙江工匠, 首席技师, 技术能手: ``title_nouns`` in ``data/negation.json``), no verb of its own."""
    return len(item) <= 8 and _no_verb(item) and bool(re.search(f"(?:{_lexicon()['title_nouns']})$", item))


def names_title(clause: str) -> bool:
    """Whether ``clause`` names a title anywhere (``title_nouns``): the one table of title words."""
    return bool(re.search(_lexicon()["title_nouns"], clause))


def _run_noun(item: str) -> bool:
    return _kind_noun(item) or _title_noun(item)


def spaced_lists(text: str) -> str:
    """``text`` with the spaces of a denied run of achievement nouns written as 、 (see ``_SPACE``): "标准 革新没有"
    is one denial of both, before a terse writer's other spaces end clauses (``extract.text.spaces_end_clauses``)."""
    parts = _SPACE.split(text)
    if len(parts) < 2:
        return text
    out, run = [], []
    for part in parts:
        run.append(part)
        # 都/也 + a negation (革新这些都没有), or a demonstrative gathering the run before a negated predicate
        # (智能体这些大事轮不到我): either closes a run of kind nouns as the topic of its denial
        # ... or, after bare nouns only, a noun with its own negated predicate (浙江工匠 杭州工匠没评过, 标准 专利没搞过):
        # the nouns before it are that predicate's subjects too, as in a 、 list (not "会员 没有": it opens negated)
        denial = re.search(_lexicon()["distributive"], part) \
            or (re.search(_lexicon()["gathered_denial"], part) and negated(part)) \
            or (len(run) > 1 and negated(part) and not _run_noun(part))
        if _run_noun(part) and not denial:
            continue  # a bare kind or title noun: the run may go on
        # a bare 都/也都 + negation closes a run of two nouns or more (徒弟 革新 操作法 都没有); "会员 没有" answers two
        if len(run) > 1 and denial and (not _opens_negated(part) or (len(run) > 2 and _DISTRIBUTIVE_OPEN.match(part))) \
                and all(_run_noun(p) for p in run[:-1]):
            out.append("、".join(run))
        else:
            out.extend(run)
        run = []
    out.extend(run)
    return " ".join(out)


# (a verb's potential negative reaches back too: 谈不上, 算不上, 说不上, 够不上, 排不上)
_DISTRIBUTIVE_OPEN = re.compile(r"(?:都|也都|全都|全|统统|通通|一概)(?:还|更)?(?:没|无|未|[\u4e00-\u9fff]不(?=[上到]))")


def _chunks(text: str) -> list[str]:
    """``text`` cut at punctuation, an exception frame's excepted thing cut from the rest (``_excepted``): the
    thing is said (present, only as the exception); the rest is read on its own, so its negation (其他都没有) covers
    neither the thing nor, with a 都 of its own, the clause before it."""
    out = []
    chunks = _PUNCT.split(spaced_lists(text or ""))
    for i, chunk in enumerate(chunks):
        follows = i + 1 < len(chunks) and bool(_OTHERS.match(chunks[i + 1].strip()))
        frame = _excepted(chunk, follows) if "除" in chunk else None
        out.extend(frame if frame else (chunk,))
    return [c for c in out if c.strip()]


def _majors(text: str) -> list[str]:
    parts = []
    for chunk in _chunks(text):
        parts.extend(piece for _, piece in _pieces(chunk))
    return parts


def first_scope(text: str) -> str:
    """What a negation word put before ``text`` has in scope: its first clause as ``clauses`` cuts it, at punctuation
    and at connectives (但, 而且 …). The one scope rule: the checker, the conversation and the bench all read it so
    (没有 + "获得专利，但带了徒弟" denies the patent, not the apprentices)."""
    majors = _majors(text)
    return majors[0] if majors else ""


def scopes(text: str) -> list[str]:
    """``text`` cut as ``first_scope`` cuts it: at punctuation and at connectives (但, 而且 …), connectives dropped."""
    return _majors(text)


def clauses(text: str) -> list[Clause]:
    """The clauses of ``text`` with their negation; items of a 、 list inherit the negation before them.

    Memoised (the checker reads one achievement once per rule and programme; jieba makes each read cost)."""
    return list(_clauses(text))


@functools.lru_cache(maxsize=4096)
def _clauses(text: str) -> tuple[Clause, ...]:
    lex = _lexicon()
    out: list[Clause] = []
    last_list: tuple[int, int] | None = None  # the clauses of the last noun list said, for 这几样都没有 after it
    topic: int | None = None  # where the last chunk is, when it is only a topic (奖项嘛, 工会那块)
    kind: int | None = None  # where the last chunk is, when it only names a kind of achievement or record (获奖, 徒弟)
    for chunk in _chunks(text):
        chunk_start = len(out)
        if last_list and _denies_list_before(chunk.strip(), out[last_list[0]:last_list[1]]):
            # 技改、攻关、带徒，这几样都没沾过边: the quantifier + 都 + negation denies the whole list said before it
            out[last_list[0]:last_list[1]] = [Clause(c.text, True) for c in out[last_list[0]:last_list[1]]]
        for at, major in _pieces(chunk):
            inherited = False
            items = [i for i in (p.strip() for p in _items(major)) if i]
            start = len(out)
            for item in items:
                # 没有主持过标准制定、获得过专利: a negated verb phrase covers the verb phrases listed after it, unless
                # it only denied a fault (没出过差错、带徒十人); a negated noun does not (没有专利、带过5个徒弟)
                shares = inherited and (_bare(item) or _shared_verb(out[-1].text) or _benign_partner(out[-1].text, item))
                neg = negated(item) or shares
                inherited = neg
                out.append(Clause(item, neg, shares))
            # 标准、专利、奖项都没有: the last item's 都 + negation covers every item of the list
            if len(items) > 1 and out[-1].negated and re.search(lex["distributive"], items[-1]):
                out[start:] = [Clause(c.text, True) for c in out[start:]]
            # 比赛啊奖啊没有 (cut at the spoken list particles): a bare negation closing a list of bare nouns denies them
            elif len(items) > 1 and re.search(lex["bare_negation"], items[-1]) \
                    and all(_listed_noun(i) for i in items[:-1]):
                out[start:] = [Clause(c.text, True) for c in out[start:]]
            # 技术革新、攻关这些谈不上 / 标准、专利没搞过: the last item is a noun with its negated predicate after it, and
            # the bare nouns listed before it are that predicate's subjects too (not 带了五个徒弟、标准没参与: a verb)
            elif len(items) > 1 and out[-1].negated and not _opens_negated(items[-1]) \
                    and all((_listed_noun(i) or _kind_noun(i)) and not c.negated
                            for i, c in zip(items[:-1], out[start:-1], strict=True)):
                out[start:] = [Clause(c.text, True) for c in out[start:]]
            # 获奖和证书也没有 (cut at 也): a clause that is only a negation denies the clause before it; so does one
            # that opens with its negation, before it a noun with no verb of its own (一个徒弟也没带过) or any at all
            # (啥改造也没搞过: 啥/什么/任何/一个 … 也 + a negation denies every one)
            before = start - 1
            # 发明创造、先进操作法|也|没有: a piece that is only a negation, after a list of nouns in the same chunk,
            # denies every item of the list, not its last item alone
            if before >= chunk_start and (re.search(lex["bare_negation"], major) or (
                    _after_ye(chunk, at) and _opens_negated(major)
                    and (_no_verb(out[before].text) or re.match(lex["universal"], out[before].text)
                         or _object_of(major, out[before].text)))):
                out[before] = Clause(out[before].text, True)
                if last_list and last_list[1] == start and last_list[1] - last_list[0] > 1 \
                        and last_list[0] >= chunk_start \
                        and all(_listed_noun(c.text) or _kind_noun(c.text) for c in out[last_list[0]:last_list[1]]):
                    out[last_list[0]:last_list[1]] = [Clause(c.text, True) for c in out[last_list[0]:last_list[1]]]
            last_list = (start, len(out))
        said = out[chunk_start:]
        # 奖项嘛，一个都没拿到过 / 工会那块，没加入过: the topic said first is what the negated chunk after it denies
        if topic is not None and said and all(c.negated for c in said) \
                and re.match(lex["topic_denial_opens"], chunk.strip()):
            out[topic] = Clause(out[topic].text, True)
        # 获奖，没有；比赛，没有 (a terse form's rows): a kind of achievement or record named bare, then a chunk that is
        # only a negation, is that kind denied; a bare noun of no kind ("会员，没有") still answers two questions
        if kind is not None and said and re.search(lex["bare_negation"], chunk.strip()):
            out[kind] = Clause(out[kind].text, True)
        topic = chunk_start if len(said) == 1 and not said[0].negated and is_topic(said[0].text) else None
        kind = chunk_start if len(said) == 1 and not said[0].negated and _kind_noun(said[0].text) else None
    return tuple(out)


def is_topic(clause: str) -> bool:
    """Whether ``clause`` is only a topic said first, marked as one (奖项嘛, 称号这种东西, 入会这事儿; a particle only
    after a verbless noun). A bare noun is no topic: "会员，没评过什么" answers two questions, the first with a yes."""
    lex = _lexicon()
    nominal = re.search(lex["topic_nominal"], clause)
    if nominal and nominal.start() > 0 and not re.search(r"[了过着]|[0-9]", clause[:nominal.start()]):
        return True
    particle = re.search(lex["topic_particle"], clause)
    return bool(particle and particle.start() > 0 and _no_verb(clause[:particle.start()]))


def _object_of(piece: str, before: str) -> bool:
    """Whether ``before``, cut off at 也, is the object of the negated ``piece`` after it (革新改造|也|没搞过): the
    piece is a negation and a verb of doing with no object of its own, and ``before`` has no aspect or count of its
    own (带了六个徒弟|也|没评上奖 keeps the apprentices: its own 了, and 奖 is the piece's object)."""
    # "not even one" (标准制定一项|也|没有参与过): a count of one closing a thing said as a topic is the frame's, not
    # a count of deeds done
    before = re.sub(_lexicon()["not_even_one"], "", before)
    if re.search(r"[了过着]|[0-9一二两三四五六七八九十几]+[个项次年名位]", before):
        return False
    piece = re.sub(r"牵[过了]头", "牵头", piece)  # 没牵过头: the separable verb said whole
    words = [w for w, flag in tags(piece) if flag not in ("ug", "ul", "uz", "y") and not _adverbs().fullmatch(w)]
    if not words or not _is_cue(words[0]):
        return False
    # 没牵头搞过, 没正经带过, 也没怎么搞过: how or in what part it was not done is no object of the verb's own
    rest = [w for w in words[1:] if not re.fullmatch(_lexicon()["doing_manner"], w)] or words[1:]
    if not rest and len(words[0]) > 1:  # 没入, 没评: the segmenter glued the verb to its negation
        rest = [words[0][1:]]
    return len(rest) == 1 and bool(re.match(_lexicon()["doing_verbs"], rest[0]))


def _denies_list_before(chunk: str, listed: list[Clause]) -> bool:
    """Whether ``chunk`` is only 都/也 + a negation that takes the list before it as its object: after a list of
    two or more (技改、攻关、带徒，这几样都没沾过边; 标准呀专利呀，一样都没有) or a noun alone (标准，都没有); with no
    quantifier (这些, 一样) only a short verb may follow the negation (都没搞过, not 都没拿过奖: a new object)."""
    lex = _lexicon()
    if not listed or all(c.negated for c in listed):
        return False
    # a denial ending the chunk with no object of its own, whatever short talk stands before it (说句老实话一样都没有,
    # 没一条沾得上边, 跟他不搭界): the shape, not a list of openers (``denials.denies_back``)
    if denies_back(chunk, _names_thing):
        return len(listed) >= 2 or _no_verb(listed[0].text) or _opens_with_kind(listed[0].text)
    # 带徒弟、搞革新、总结操作法这几样，一样也没有: the quantifier said with the list is the denial's
    gathered = bool(re.search(lex["demonstrative_tail"], listed[-1].text))
    # 标准、攻关这些，咱从来没干过: the list gathered by its demonstrative, then a bare negated verb with no 都
    if gathered and _object_of(re.sub(r"^(?:我们|咱们|我|俺|咱|他|她)", "", chunk), ""):
        return True
    m = re.search(lex["anaphoric_denial"], re.sub(lex["discourse_openers"], "", chunk))
    if not m:
        return False
    if not (m.group("q") or gathered) and len(m.group("tail")) > 2:
        return False
    return len(listed) >= 2 or _no_verb(listed[0].text)


def _names_thing(frame: str) -> bool:
    """Whether the words before a back-reaching denial name a thing of their own (奖项一个都没有: 奖项 is the
    denial's object) rather than frame it (说句老实话, 那几条我对了一下)."""
    from assistant.language.lexicon import lexicon_hits

    return bool(lexicon_hits(frame) or re.search(_lexicon()["kind_topic_nouns"], frame))


def _opens_with_kind(clause: str) -> bool:
    """Whether ``clause`` opens with the name of a kind of achievement, its topic (改造创新那是技术科的事, 革新那块是
    技术科管的)."""
    if re.search(r"[我俺了过着0-9]", clause[:6]):
        return False  # 我改造了一台设备: a statement of the speaker's, no topic
    return _names_thing(clause[:6]) or bool(re.match(r"[\u4e00-\u9fff]{0,4}(?:改造|创新|改进|发明)", clause))


# a name in quotation marks is one word however it is punctuated inside ("“勤巡、稳接、匀添”的接头操作法")
_QUOTED = re.compile(r"“[^”]{1,30}”|「[^」]{1,30}」|『[^』]{1,30}』|\"[^\"]{1,30}\"")


def _split_outside_quotes(major: str) -> list[str]:
    """``major`` cut at the list marks that stand outside quotation marks."""
    quoted = [m.span() for m in _QUOTED.finditer(major)]
    parts, start = [], 0
    for m in _LIST.finditer(major):
        if any(a < m.start() < b for a, b in quoted):
            continue
        parts.append(major[start:m.start()])
        start = m.end()
    return [*parts, major[start:]]


def _items(major: str) -> list[str]:
    """The items of a list clause: cut at 、 / 以及, or at spoken list particles when there are two or more of them
    (标准呀专利呀操作法呀, 改造啊带徒啊都没有; not 是啊会员)."""
    parts = _split_outside_quotes(major)
    enum = _lexicon()["enumerators"]
    if len(parts) == 1 and len(re.findall(rf"(?<=[^\W\d]){enum}", major)) >= 2:
        parts = re.split(rf"(?<=[^\W\d]){enum}+", major)
    return parts


# a noun phrase made with 的 and no aspect of its own ("带的徒弟", "我搞的改造"): a subject, not a statement
_SUBJECT_ONLY = re.compile(r"[^，,。了过着]{0,6}的[^，,。了过着的]{1,6}|[^，,。了过着的]{1,6}的")  # and 做的, 我们修车的: who one is


def subject_only(clause: str, after: str = "") -> bool:
    """Whether ``clause`` is only a subject cut off before the predicate that follows it ("带的徒弟", "做的" in
    "做的也不是传统手艺"): it says nothing of its own. Not when the clause ``after`` it names a subject of its own
    ("除了…运维智能体以外，别的都没有", "…绑扎方法外没什么别的成果": 别的 is what is denied, the deed before it
    is kept)."""
    return bool(_SUBJECT_ONLY.fullmatch(clause)) and not _OWN_SUBJECT.search(after)


_OWN_SUBJECT = re.compile(r"(?:别的|其他|其它|其余|剩下|另外|别人|人家|旁的)")


def denied_parts(parts: tuple[str, ...]) -> tuple[bool, ...]:
    """For the comma-cut parts of one sentence, whether each is denied as ``clauses`` reads the whole sentence: a
    part is denied when every clause in it is negated. So a reader that cuts at commas (the extractor) sees the scope
    that crosses them: ("技改、攻关、带徒", "这几样都没沾过边") -> (True, True); ("专利没有", "不过搞过改造") ->
    (True, False). A part none of whose clauses can be placed is read on its own (``negated``)."""
    text = "，".join(parts)
    placed: list[tuple[int, bool, str]] = []
    at = 0
    for c in clauses(text):
        found = text.find(c.text, at)
        if found < 0:
            continue
        placed.append((found, c.negated, c.text))
        at = found + len(c.text)
    out, start = [], 0
    for part in parts:
        end = start + len(part)
        inside = [neg for pos, neg, _ in placed if start <= pos < end]
        # "带的徒弟也没一个参加过比赛": a bare noun phrase cut off before 也/都 is the subject of the denied
        # predicate after it, not a deed of its own
        texts = [said for pos, _, said in placed if start <= pos < end]
        inside = [True if not neg and i + 1 < len(inside) and inside[i + 1] and _SUBJECT_ONLY.fullmatch(texts[i])
                  else neg for i, neg in enumerate(inside)]
        out.append(all(inside) if inside else negated(part))
        start = end + 1
    # "绝活 革新 带徒 都没有" typed with spaces: bare items listed one per part, then 都/也/全 + a denial, are the
    # topic of that denial as "绝活、革新、带徒都没有" is; the run stops at a part that says anything of its own
    for i in range(len(parts) - 1, 0, -1):
        # "标准 智能体 证书 科技奖这几样都没有": the last item with the quantifier glued to it spans back the same way
        if out[i] and (_SPANS_BACK.match(parts[i]) or _GLUED_BACK.match(parts[i])):
            j = i - 1
            while j >= 0 and _BARE_ITEM.fullmatch(parts[j]) and not _NOT_BARE.search(parts[j]):
                out[j] = True
                j -= 1
        # "标准 攻关 智能体这些大事轮不到我": gathered by a demonstrative with no 都, the run is of the alternatives'
        # nouns only (the 、 list and the spaced run read it so: ``gathered_denial``)
        elif out[i] and _closes_run(parts[i].strip()):
            j = i - 1
            while j >= 0 and _kind_noun(parts[j].strip()):
                out[j] = True
                j -= 1
    return tuple(out)


def _closes_run(part: str) -> bool:
    """Whether a denied part closes a spaced run of the alternatives' nouns as the topic of its denial: a noun gathered
    by a demonstrative (智能体这些大事轮不到我, ``gathered_denial``) or a kind noun before 都/也 + a negation (技术攻关
    智能体也没搞过: the 也 sets the run beside a denial said before it, the run is denied whole)."""
    if re.match(_lexicon()["gathered_denial"], part):
        return True
    m = re.search(_lexicon()["distributive"], part)
    return bool(m) and m.start() > 0 and _kind_noun(part[:m.start()].strip())


_SPANS_BACK = re.compile(r"\s*(?:这些|那些|这几样|这几个|几样|样样|统统|一样)?(?:都|也都|全都|全|也)")
_GLUED_BACK = re.compile(r"\s*[\u4e00-\u9fff]{1,5}(?:这些|那些|这几[样个项种])(?:我|俺)?(?:一[样个项])?(?:都|也都|全都|全|也)")
# an item named bare: a few characters, no number, no verb ending (了/过/着), no 是/有/在/的
_BARE_ITEM = re.compile(r"\s*[\u4e00-\u9fff]{1,4}(?<![了过着])\s*")
_NOT_BARE = re.compile(r"[是有在的没不无未]")


def split_clauses(text: str) -> list[str]:
    """The clauses of ``text``, cut at punctuation, 、 and connectives (但是, 不过, 而且 …)."""
    return [c.text for c in clauses(text)]


def affirmed(text: str) -> list[str]:
    """The clauses of ``text`` that are not negated."""
    return [c.text for c in clauses(text) if not c.negated]


def says_unknown(text: str) -> bool:
    """Whether ``text`` says the speaker does not know (不清楚, 不确定 …): not an absence."""
    return bool(re.search(_lexicon()["unknown"], text or ""))


def says_none(text: str) -> bool:
    """Whether ``text`` states an absence: 没有, 无, 都没有, 暂无, 没什么成果 — every clause negated."""
    if not text or not text.strip() or says_unknown(text):
        return False
    parts = clauses(text)
    return bool(parts) and all(c.negated for c in parts)

"""Verify what a language model wrote before a user sees it. Claims are checked, not citation syntax:

- every cited clause must exist and its quote be a substring of it (``verify_citations``);
- every quoted text (“…”, 「…」, 『…』) anywhere must be a substring of some clause, else it is removed;
- every document number (杭总工〔2026〕10号), article (第九条) or clause path (二/(三)) must resolve;
- every sentence that asserts eligibility, in Chinese or English, for one, several or all programmes, must
  agree with the checker's verdicts, else it is replaced by them (``enforce_verdicts``).

``SentenceVerifier`` applies all of this to a token stream one sentence at a time, so a shell shows only
verified sentences while the model is still writing.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from assistant.chat.answer import Citations
from assistant.chat.rules.quotes import best_quote
from assistant.eligibility.model import VERDICT_LABELS, Verdict
from assistant.notices.tree import Corpus, normalize_clause_id
from assistant.programs import generation, get_pack, program_ids

__all__ = ["Verified", "verify_citations", "enforce_verdicts", "verify_quotes", "verify_references",  # noqa: F822
           "verify_text", "SentenceVerifier", "clause_ref", "CLAUSE_REF"]  # CLAUSE_REF: from __getattr__

_SEG = r"(?:附件\d*|前言|[一二三四五六七八九十]{1,3}|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2})"


@functools.lru_cache(maxsize=4)
def _clause_ref(generation: int) -> re.Pattern:
    ids = "|".join(re.escape(p) for p in sorted(program_ids(), key=len, reverse=True))
    return re.compile(rf"[\[【]?((?:{ids}|[a-z][a-z_]*_\d{{4}})#{_SEG}(?:/{_SEG})*)[\]】]?")


def clause_ref() -> re.Pattern:
    """A clause ID as a model may write it, for the programmes registered now."""
    return _clause_ref(generation())


def __getattr__(name: str):
    if name == "CLAUSE_REF":  # kept for callers that want the pattern as a constant
        return clause_ref()
    raise AttributeError(name)
_QUOTE_AFTER = re.compile(r"\s*[:：]?\s*[“\"]([^”\"]{2,300})[”\"]")


@dataclass(frozen=True)
class Verified:
    text: str
    problems: tuple[str, ...]


def verify_citations(text: str, corpus: Corpus, cites: Citations, question: str) -> Verified:
    """Replace each ``[clause_id] “quote”`` the model wrote with a checked quote and a numbered marker."""
    problems: list[str] = []
    out, pos = [], 0
    for m in clause_ref().finditer(text):
        out.append(text[pos:m.start()])
        pos = m.end()
        clause_id = normalize_clause_id(m.group(1))
        quoted = _QUOTE_AFTER.match(text, pos)
        if not corpus.has(clause_id):
            problems.append(f"模型引用了不存在的条款“{m.group(1)}”，已删除。")
            if quoted:
                pos = quoted.end()
            continue
        clause = corpus.clause(clause_id)
        if quoted:
            pos = quoted.end()
            quote = quoted.group(1).strip()
            if quote not in clause.text:
                problems.append(f"模型对 {clause_id} 的引文与原文不符，已换成原文。")
                quote = best_quote(clause, question)
        else:
            quote = best_quote(clause, question)
        out.append(f"{clause_id.split('#', 1)[1]}：“{quote}”{cites.mark(clause_id, quote)}")
    out.append(text[pos:])
    return Verified("".join(out), tuple(problems))


# What a sentence claims about the asker's eligibility; checked in this order ("不符合" before "符合").
_CLAIMS = (
    ("direct_recognition", re.compile(r"直接认定|direct(?:ly)?\s+recogni", re.I)),
    ("not_eligible", re.compile(
        r"不符合|不满足|不具备|不够(?:条件|格)|没有资格|无资格|不能(?:申报|参评|报名|报|参加)|不可以(?:申报|报)|"
        r"无法申报|报不了|不予推荐|不得申报|不在申报范围|不合格|不能参评|"
        r"in-?eligible|not\s+eligible|not\s+qualif|(?:cannot|can't|can\s+not)\s+apply|do(?:es)?\s*n[o']t\s+qualify",
        re.I)),
    ("needs_review", re.compile(
        r"需要?进一步核实|需要?核实|待核实|需要?人工|有待评审|需要审核|需要?评审认定|无法判断|尚不能确定|还不能确定|"
        r"needs?_?\s*review|need\s+to\s+be\s+reviewed", re.I)),
    ("eligible", re.compile(
        r"符合(?:申报|报名|参评)?(?:条件|要求|资格)|满足(?:申报|全部|所有)?(?:条件|要求)|完全符合|都符合|均符合|"
        r"可以(?:申报|参评|报名|报)|能(?:申报|参评|报名|够申报)|可(?:申报|参评)|具备(?:申报)?资格|够条件|够格|有资格|"
        r"通过审核|审核通过|没问题|稳了|肯定能|一定能|eligible|qualif(?:y|ies|ied)|can\s+apply", re.I)),
)
# About the asker: second person, or the applicant named.
_ASKER = re.compile(r"你|您|\byou\b|\byour\b|申报人|阁下|本人", re.I)
# A rule stated for anyone ("符合条件的职工可以申报") is not a claim about the asker.
_RULE_TALK = re.compile(r"(?:的|者)(?:人员|职工|员工|选手|同志|个人|人才|对象|工匠|技能人才)?[，,]?(?:均|都|方|才|即|就)?"
                        r"(?:可以|可|能|有资格)(?:申报|参评|报名|推荐)")
_ALL = re.compile(r"所有|全部|每(?:一)?个|各个|五个|5个|都|均|\ball\b|\bevery\b|\beach\b|\bany\b", re.I)
_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?\n?")


def _claimed(sentence: str) -> str | None:
    for verdict, pattern in _CLAIMS:
        if pattern.search(sentence):
            return verdict
    return None


def _is_claim(sentence: str) -> str | None:
    claim = _claimed(sentence)
    if claim is None:
        return None
    if not _ASKER.search(sentence) and _RULE_TALK.search(sentence):
        return None
    return claim


def enforce_verdicts(text: str, verdicts: Sequence[Verdict | dict], corpus: Corpus) -> Verified:
    """Each sentence whose eligibility claim contradicts the checker's verdict for any programme it is about
    (the programmes it names; all of them when it names none or says "all") is replaced by the verdicts.
    With no verdicts, a claim about the asker is replaced by a note that only the checker decides."""
    problems, out = [], []
    by_program = dict(_pairs(verdicts))
    names = {p: _names(corpus, p) for p in by_program}
    for sentence in _SENTENCE.findall(text):
        claim = _is_claim(sentence)
        if claim is None:
            out.append(sentence)
            continue
        end = "\n" if sentence.endswith("\n") else ""
        if not by_program:
            if _ASKER.search(sentence):
                out.append("（资格结论只由资格检查器按条款给出；如需判断，请告诉我您的出生年月、职业、从业年限等情况。）" + end)
                problems.append("模型在没有核对资格的情况下下了结论，已删去。")
            else:
                out.append(sentence)
            continue
        named = [p for p, words in names.items() if any(w and w in sentence for w in words)]
        targets = list(by_program) if (not named or _ALL.search(sentence)) else named
        wrong = [p for p in targets if not _compatible(claim, by_program[p])]
        if not wrong:
            out.append(sentence)
            continue
        fixed = "；".join(f"{corpus.meta(p).short_name}：{VERDICT_LABELS[by_program[p]]}" for p in wrong)
        out.append(f"【以资格检查器的结论为准】{fixed}。{end}")
        problems.append("模型的结论与资格检查器不一致，已按检查器更正。")
    return Verified("".join(out), tuple(dict.fromkeys(problems)))


def _pairs(verdicts) -> list[tuple[str, str]]:
    """(program, verdict) of Verdict records or their JSON."""
    return [(v["program"], v["verdict"]) if isinstance(v, dict) else (v.program, v.verdict) for v in verdicts or ()]


def _compatible(claim: str, verdict: str) -> bool:
    if claim == verdict:
        return True
    return claim == "eligible" and verdict == "direct_recognition"


def _names(corpus: Corpus, program: str) -> tuple[str, ...]:
    meta = corpus.meta(program)
    pack = get_pack(program)
    words = (meta.short_name, meta.honour, pack.title, *pack.names, program)
    return tuple(dict.fromkeys(w.replace("“", "").replace("”", "") for w in words if w)) + tuple(
        w for w in words if w)


# -- quotes, document numbers, articles, clause paths ---------------------------------------------------------
_QUOTE = re.compile(r"“([^“”]{1,400})”|「([^「」]{1,400})」|『([^『』]{1,400})』")
_ELLIPSIS = re.compile(r"…+|\.{3,}|⋯+")
_DOC = re.compile(r"[\u4e00-\u9fff]{0,8}[〔\[［【(（]\s*(\d{4})\s*[〕\]］】)）]\s*(\d{1,4})\s*号")
_ARTICLE = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,5}条")
_PATH = re.compile(r"(?<![#A-Za-z0-9_/])((?:附件\d?/)?[一二三四五六七八九十]{1,3}(?:/[(（][一二三四五六七八九十\d]{1,3}[)）])+"
                   r"(?:/\d{1,2}(?:/[(（]\d{1,2}[)）])?)?)(?![A-Za-z0-9_/])")
REMOVED_QUOTE = "〔此处引文在通知原文中找不到，已删去〕"
REMOVED_REF = "〔无法核实的出处，已删去〕"


@dataclass(frozen=True)
class _CorpusText:
    text: str  # every clause's text, joined by NUL (a quote never spans two clauses)
    docs: frozenset[str]
    paths: frozenset[str]


@lru_cache(maxsize=4)
def _corpus_text(corpus: Corpus) -> _CorpusText:
    clauses = [c for p in corpus.program_ids for c in corpus.clauses(p)]
    text = "\x00".join(c.text for c in clauses)
    docs = {_doc_key(m) for m in _DOC.finditer(text)}
    docs |= {_doc_key(m) for p in corpus.program_ids for m in _DOC.finditer(corpus.meta(p).doc_number or "")}
    paths = {c.clause_id.split("#", 1)[1] for c in clauses}
    return _CorpusText(text, frozenset(docs), frozenset(paths))


def _doc_key(m: re.Match) -> str:
    return f"{m.group(1)}-{int(m.group(2))}"


def _in_corpus(quote: str, corpus: Corpus) -> bool:
    pieces = [p.strip(" ，,。") for p in _ELLIPSIS.split(quote)]
    pieces = [p for p in pieces if p]
    whole = _corpus_text(corpus).text
    return bool(pieces) and all(p in whole for p in pieces)


def verify_quotes(text: str, corpus: Corpus) -> Verified:
    """Every quoted text must be a substring of some clause (pieces around an ellipsis each); else removed."""
    problems: list[str] = []

    def check(m: re.Match) -> str:
        quote = next(g for g in m.groups() if g is not None)
        if _in_corpus(quote.strip(), corpus):
            return m.group()
        problems.append("模型写的引文有的在通知原文中找不到，已删去。")  # not echoed: it is unverified
        return REMOVED_QUOTE

    return Verified(_QUOTE.sub(check, text), tuple(problems))


def verify_references(text: str, corpus: Corpus) -> Verified:
    """Document numbers, articles (第…条) and clause paths must resolve in the corpus; else removed."""
    known = _corpus_text(corpus)
    problems: list[str] = []

    def doc(m: re.Match) -> str:
        if _doc_key(m) in known.docs:
            return m.group()
        problems.append("模型提到的文号有的不是这几份通知里的文号，已删去。")
        return REMOVED_REF

    def article(m: re.Match) -> str:
        if m.group() in known.text:
            return m.group()
        problems.append("模型提到的“第几条”在通知原文中不存在（这几份通知不按“条”编号），已删去。")
        return REMOVED_REF

    def path(m: re.Match) -> str:
        if normalize_clause_id(f"x#{m.group(1)}").split("#", 1)[1] in known.paths:
            return m.group()
        problems.append("模型提到的条款编号有的在通知中不存在，已删去。")
        return REMOVED_REF

    text = _DOC.sub(doc, text)
    text = _ARTICLE.sub(article, text)
    text = _PATH.sub(path, text)
    return Verified(text, tuple(problems))


def verify_text(text: str, corpus: Corpus, cites: Citations, question: str, verdicts: Sequence) -> Verified:
    """All the checks, in order: citations (which rewrite their quotes), then quotes, references, claims."""
    steps = [verify_citations(text, corpus, cites, question)]
    steps.append(verify_quotes(steps[-1].text, corpus))
    steps.append(verify_references(steps[-1].text, corpus))
    steps.append(enforce_verdicts(steps[-1].text, verdicts, corpus))
    return Verified(steps[-1].text, tuple(dict.fromkeys(p for s in steps for p in s.problems)))


_OPEN, _CLOSE = "“「『", "”」』"
_ENDS = "。！？!?\n"


@dataclass
class SentenceVerifier:
    """Feed model tokens; get back verified sentences as each one completes (never inside a quote)."""

    corpus: Corpus
    question: str
    verdicts: Sequence
    cites: Citations = field(default_factory=Citations)
    problems: list[str] = field(default_factory=list)
    _buffer: str = ""
    _depth: int = 0
    _scanned: int = 0

    def feed(self, chunk: str) -> list[str]:
        self._buffer += chunk
        out = []
        i = self._scanned
        while i < len(self._buffer):
            ch = self._buffer[i]
            if ch in _OPEN:
                self._depth += 1
            elif ch in _CLOSE:
                self._depth = max(0, self._depth - 1)
            elif ch in _ENDS and self._depth == 0:
                out.append(self._verify(self._buffer[:i + 1]))
                self._buffer = self._buffer[i + 1:]
                i = 0
                continue
            i += 1
        self._scanned = len(self._buffer)
        if len(self._buffer) > 2000:  # a run-on "sentence": verify what there is rather than hold it forever
            out.append(self._verify(self._buffer))
            self._buffer, self._scanned, self._depth = "", 0, 0
        return [s for s in out if s]

    def flush(self) -> str:
        rest, self._buffer, self._scanned, self._depth = self._buffer, "", 0, 0
        return self._verify(rest) if rest.strip() else ""

    def _verify(self, sentence: str) -> str:
        checked = verify_text(sentence, self.corpus, self.cites, self.question, self.verdicts)
        self.problems.extend(p for p in checked.problems if p not in self.problems)
        return checked.text




"""Whose achievement a clause tells: the speaker's, or another person's or an organisation's. It joins the
subject reading of ``agency`` with the achievement words of ``lexicon`` (``lexicon`` itself reads ``agency``'s
cues, so this cannot live in either without an import loop)."""
from __future__ import annotations

from assistant.language.agency import cleft_other, has_cue, subject_other
from assistant.language.lexicon import lexicon_hits


def others_deed(clause: str) -> bool:
    """Whether ``clause`` names an achievement (a lexicon word or a lead cue) made by an organisation or another
    person (``subject_other``: 医院上了一套智慧病房系统): none of the things one makes is the speaker's there. A
    clause naming none (车间推广后故障判断快了一倍, 厂里新工人都照着练) only says what came of the deed before it; a
    是…的 clause naming its maker (``agency.cleft_other``: 中台是技术部搭的) is the maker's whatever it names."""
    return (bool(has_cue("lead", clause) or lexicon_hits(clause)) and subject_other(clause)) or cleft_other(clause)


def third_person(clause: str) -> bool:
    """Whether ``clause`` tells the achievement of a person other than the speaker: it names one (a lexicon word
    or a lead cue) and its subject is such a person (``subject_other``). 我们班组长带出了好几个技师 and 团队的张工拿了
    省科技进步奖 tell someone else's result; 师傅教了我一手绝活 tells what the speaker was given. A clause with no
    achievement of its own (同事们都跟着学) is left to the clause it follows."""
    return bool(has_cue("lead", clause) or lexicon_hits(clause)) and subject_other(clause, organisations=False)


_SELF = ("我", "本人", "自己", "俺", "咱")


def subjectless(clause: str) -> bool:
    """Whether ``clause`` opens with no subject of its own (an adverb or a verb first, by jieba's tags: 还拿了专利,
    又带出了两个技师) and names no 我/本人/自己: it goes on with the subject of the clause before it, so after another
    person's deed (我们车间的老张发明了一个快速换模装置，还拿了专利) it tells that person's deed too."""
    from assistant.retrieval.segment import tags

    words = [(w, f) for w, f in tags(clause.strip(" ，,")) if f != "x"]
    if not words or any(s in clause for s in _SELF):
        return False
    return words[0][1].startswith(("d", "v", "c"))

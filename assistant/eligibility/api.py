"""``check`` and ``check_all``: the public entry points of the eligibility checker.

Run with:  ``assistant check --program all --profile me.json``
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
from typing import Any

from assistant.eligibility import report
from assistant.eligibility.engine import bind, evaluate, reference_dates
from assistant.eligibility.model import Note, Program, Verdict
from assistant.eligibility.paths import fit_key, nearest_path
from assistant.errors import InputError, NotFoundError
from assistant.notices.metadata import NoticeMeta, round_status, zh_date
from assistant.notices.tree import Corpus
from assistant.profile import Profile, parse_profile
from assistant.programs import get_pack, program_ids

__all__ = ["PROGRAMS", "get_program", "check", "check_all", "check_json"]  # noqa: F822 - some names come from __getattr__

def get_program(program: str) -> Program:
    """The rules table of ``program``, from its pack; NotFoundError naming the nearest ids."""
    if not isinstance(program, str):
        near = difflib.get_close_matches(str(program or ""), list(program_ids()), n=3, cutoff=0.0)
        raise NotFoundError(f"未知的项目编号“{program}”。", near, field="program")
    return get_pack(program).module("rules").PROGRAM


def __getattr__(name: str):
    if name == "PROGRAMS":  # {program id: rules table} over the registered packs
        return {pid: get_program(pid) for pid in program_ids()}
    raise AttributeError(name)


def _corpus(corpus: Corpus | None) -> Corpus:
    """The caller's corpus; the default corpus only for a library caller that passes none (the chat, the CLI
    and the UI always pass theirs)."""
    if corpus is None:
        from assistant.notices.tree import load_corpus

        corpus = load_corpus()
    return corpus


def _metas(corpus: Corpus) -> dict[str, NoticeMeta]:
    """Every programme's notice metadata."""
    return {pid: corpus.meta(pid) for pid in program_ids()}


def _today() -> dt.date:
    """Today for a library caller that gives no ``as_of`` (the public edge only)."""
    from assistant.config import get_settings

    return get_settings().today_date()


def _as_date(as_of: Any) -> dt.date | None:
    if as_of is None or isinstance(as_of, dt.date):
        return as_of
    from assistant.dates import parse_date

    return parse_date(as_of, "as_of")


BASES = ("round", "today")  # docs/verdict-policy.md, 历史届次的计算时点


def _round_note(program: Program, meta: NoticeMeta, as_of: dt.date, dates: tuple[dt.date, ...],
                metas: dict[str, NoticeMeta], basis: str, said: tuple[str, str] | None) -> tuple[Note, dict, str]:
    """The round note, quoting ``said``: the notice's deadline sentence (``Corpus.deadline_sentence``, the one the
    Q&A answer quotes too) or, for a notice with no deadline, the pack's ``round_clause`` (a 办法's commencement)."""
    status = round_status(meta, as_of, list(metas.values()))
    historical = status.status == "closed" or bool(status.superseded_by)
    if basis == "today" and program.reference != "as_of":
        basis_text = (f"按今天（{dates[0].isoformat()}）计算年龄和年限：回答的是“按这届的条件，现在是否符合”，"
                      "不是当年能否申报。")
    elif program.reference == "fixed":
        basis_text = f"年龄和年限按通知规定的 {dates[0].isoformat()} 计算。"
    elif program.reference == "window":
        basis_text = (f"通知未规定计算时点，按申报窗口两端 {dates[0].isoformat()} 与 {dates[-1].isoformat()} 各算一次，"
                      "结论不同则需人工核定。")
    else:
        basis_text = f"常设办法没有本轮日期，按检查日期 {dates[0].isoformat()} 计算。"
    if historical and basis == "round" and program.reference != "as_of":
        basis_text += "这是历史届次：按该届的计算时点回答“当年是否符合”，所填年限已折算到该时点。"
    clause, quote = said or program.round_clause
    closed = ""
    if status.status == "closed":
        closed = f"本轮申报已于{zh_date(meta.deadline)}截止，结论只说明按本通知条件是否符合。"
    elif status.superseded_by:
        closed = "这是历史届次。"
    return Note("round", clause, quote, status.note + basis_text), status.to_json(), closed


def _path_note(program: Program, meta: NoticeMeta, as_of: dt.date, dates: tuple[dt.date, ...], verdict: str) -> str:
    """Whether changing facts or waiting can still help this round (nothing to say when no path is needed)."""
    if verdict in ("eligible", "direct_recognition"):
        return ""
    if meta.deadline and as_of > meta.deadline:
        return (f"本轮申报已于{zh_date(meta.deadline)}截止：以下路径说明按本通知条件还差什么，"
                "对本轮已无帮助，可供下一届参考。")
    if program.reference != "as_of" and as_of > dates[-1]:
        return f"本轮年龄和年限计算截至 {dates[-1].isoformat()}，此后的变化不影响本轮结论。"
    return ""


def _run(prof: Profile, program: Program, as_of: dt.date, metas: dict[str, NoticeMeta], basis: str = "round"):
    meta = metas[program.id]
    facts, found = bind(prof, program, as_of)
    dates = ((as_of,) if basis == "today" else
             reference_dates(program, meta.window_start, meta.deadline, meta.reference_date, as_of))
    return evaluate(program, facts, dates, found), meta


def _basis(basis: str | None) -> str:
    if basis in (None, ""):
        return "round"
    if basis not in BASES:
        raise InputError(f"计算时点 basis 只能是 round（该届的计算时点）或 today（今天），收到“{basis}”。", field="basis")
    return basis


def check(profile: Profile | dict, program: str, as_of: dt.date | None = None,
          corpus: Corpus | None = None, basis: str | None = None) -> Verdict:
    """Check one profile against one program's rules, on ``as_of`` with the notices of ``corpus``.

    Callers pass both (the chat takes them from its ``Deps``); None means the settings' today and corpus,
    a default kept for library callers only. ``basis`` is the projection policy (docs/verdict-policy.md):
    "round" (default) counts ages and years on the round's reference dates ("would I have qualified then");
    "today" counts them on ``as_of`` under the same rules ("would I qualify under these rules now"). The round
    note and ``basis`` in the output say which one was used.
    """
    prof = parse_profile(profile)
    prog = get_program(program)
    as_of = _as_date(as_of) or _today()
    basis = _basis(basis)
    corpus = _corpus(corpus)
    metas = _metas(corpus)
    ev, meta = _run(prof, prog, as_of, metas, basis)
    verdict = ev.verdict
    reasons = report.reasons(ev, "；".join(meta.contacts))
    round_note, status, closed = _round_note(prog, meta, as_of, ev.dates, metas, basis,
                                             corpus.deadline_sentence(prog.id))
    missing = report.missing(ev, verdict)

    def rerun(changed: dict, day: dt.date) -> str:
        return _run(parse_profile(changed), prog, day, metas, basis)[0].verdict

    steps, path_verdict = nearest_path(ev, reasons, verdict, rerun)
    return Verdict(
        program=prog.id, verdict=verdict, as_of=as_of, reasons=reasons, missing=missing,
        program_title=meta.honour, reference_dates=ev.dates, notes=report.notes(ev, [round_note, *report.open_direct(ev, verdict),
                                                                            *report.direct_unsaid(ev, verdict)]),
        contradictions=tuple(ev.contradictions), questions=report.questions(missing, prof), round_status=status,
        summary=report.summary(meta.short_name, verdict, reasons, ev.contradictions, closed),
        nearest_path=steps, path_verdict=path_verdict, path_note=_path_note(prog, meta, as_of, ev.dates, verdict),
        basis=basis,
    )


def check_all(profile: Profile | dict, as_of: dt.date | None = None, corpus: Corpus | None = None,
              basis: str | None = None) -> list[Verdict]:
    """Check one profile against every program, in contract order, with ``fit_rank`` and ``best_fit`` set."""
    prof = parse_profile(profile)
    as_of = _as_date(as_of) or _today()
    corpus = _corpus(corpus)  # loaded once for every programme's check
    verdicts = [check(prof, pid, as_of, corpus, basis) for pid in program_ids()]
    keys = [fit_key(v.verdict, v.nearest_path, v.path_verdict, bool(v.round_status and v.round_status["is_current"]), i,
                    accepting=bool(v.round_status and v.round_status["status"] in ("open", "upcoming")),
                    met=sum(r.ok is True for r in v.reasons),
                    superseded=bool(v.round_status and v.round_status.get("superseded_by")))
            for i, v in enumerate(verdicts)]
    order = sorted(range(len(verdicts)), key=lambda i: keys[i])
    rank = {i: n + 1 for n, i in enumerate(order)}
    return [dataclasses.replace(v, fit_rank=rank[i], best_fit=rank[i] == 1) for i, v in enumerate(verdicts)]


def check_json(program: str, profile: Any, as_of: Any = None, corpus: Corpus | None = None,
               basis: str | None = None) -> dict | list[dict]:
    """The contract's check JSON for one program, or a list for ``program == "all"`` (CLI, batch, tool)."""
    if not program or not isinstance(program, str):
        raise InputError("缺少项目编号 program（可填 all）。", field="program")
    day = _as_date(as_of)
    if program == "all":
        return [v.to_json() for v in check_all(profile, day, corpus, basis)]
    return check(profile, program, day, corpus, basis).to_json()

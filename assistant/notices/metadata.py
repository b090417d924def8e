"""Notice metadata (the TOML front matter of each corpus file) and round status as of a date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

__all__ = ["NoticeMeta", "RoundStatus", "PROGRAM_IDS", "round_status", "STATUS_LABELS", "zh_date"]  # noqa: F822 - some names come from __getattr__



class NoticeMeta(BaseModel):
    """Front matter of one corpus file. See README “语料” for the meaning of each field."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    program_id: str
    series: str
    honour: str
    short_name: str
    title: str
    doc_number: str
    doc_number_note: str = ""
    issuers: tuple[str, ...]
    issuers_note: str = ""
    issue_date: dt.date
    window_start: dt.date
    deadline: dt.date | None = None
    deadline_text: str = ""
    reference_date: dt.date | None = None
    reference_date_basis: str
    edition: int
    edition_name: str
    standing: bool
    contacts: tuple[str, ...]
    source_seed: str
    repairs: str


STATUS_LABELS = {
    "upcoming": "尚未开始",
    "open": "正在申报",
    "closed": "申报已截止",
    "standing": "常设办法，现行有效",
}


@dataclass(frozen=True)
class RoundStatus:
    """Where a programme round stands on ``as_of``."""

    program_id: str
    as_of: dt.date
    status: str  # upcoming | open | closed | standing
    is_current: bool
    superseded_by: str | None
    note: str

    def to_json(self) -> dict:
        return {
            "program": self.program_id,
            "as_of": self.as_of.isoformat(),
            "status": self.status,
            "status_label": STATUS_LABELS[self.status],
            "is_current": self.is_current,
            "superseded_by": self.superseded_by,
            "note": self.note,
        }


def zh_date(day: dt.date) -> str:
    """2026-04-10 -> 2026年4月10日, the way the notices write dates."""
    return f"{day.year}年{day.month}月{day.day}日"


def round_status(meta: NoticeMeta, as_of: dt.date, all_meta: list[NoticeMeta]) -> RoundStatus:
    """Is this round current or historical on ``as_of``? A later edition of the same series supersedes it."""
    later = [
        m for m in all_meta
        if m.series == meta.series and m.issue_date > meta.issue_date and m.issue_date <= as_of
    ]
    superseded_by = max(later, key=lambda m: m.issue_date).program_id if later else None
    if meta.standing:
        status = "standing" if as_of >= meta.window_start else "upcoming"
    elif as_of < meta.window_start:
        status = "upcoming"
    elif meta.deadline and as_of > meta.deadline:
        status = "closed"
    else:
        status = "open"
    is_current = status in {"open", "upcoming", "standing"} and superseded_by is None

    parts = []
    if status == "closed":
        parts.append(f"{meta.short_name}的申报截止日为{zh_date(meta.deadline)}，到今天（{zh_date(as_of)}）已过，本轮申报已结束。")
    elif status == "open":
        parts.append(f"{meta.short_name}正在申报期内，截止日为{zh_date(meta.deadline)}。")
    elif status == "upcoming":
        parts.append(f"{meta.short_name}自{zh_date(meta.window_start)}起施行/开始申报。")
    else:
        parts.append(f"{meta.short_name}是常设评选办法，具体一轮的申报时间以主管部门的遴选通知为准。")
    if status == "closed" and superseded_by is None:
        # "杭州工匠怎么报": the asker means the honour, not its 2016 round; the notices hold no later round of it, so
        # none is open to apply to, and the answer says so rather than leave a closed round looking like the latest
        alone = not any(m.series == meta.series and m.program_id != meta.program_id for m in all_meta)
        parts.append(f"现有通知里只有{meta.short_name}这一届，没有之后届次的通知，目前没有正在申报的一轮。" if alone
                     else "现有通知里没有之后届次的通知，目前没有正在申报的一轮。")
    if superseded_by:
        newer = next(m for m in all_meta if m.program_id == superseded_by)
        parts.append(f"这是历史届次，已有更新的{newer.short_name}（{newer.doc_number or newer.issue_date.isoformat()}）。")
    return RoundStatus(meta.program_id, as_of, status, is_current, superseded_by, "".join(parts))


def __getattr__(name: str):
    if name == "PROGRAM_IDS":  # the registered programmes, in display order (assistant.programs.program_ids)
        from assistant.programs import program_ids

        return program_ids()
    raise AttributeError(name)

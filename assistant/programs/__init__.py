"""The programme registry: each programme the assistant knows is a pack, a folder with a ``pack.toml``.

A pack is the one place a programme lives: its notice file, display title, the cues that name it in a
question, the rules table (``rules.py``), the condition lexicon, the form and its 字 limit, and the summary
sheet (``form.py``). Everything else iterates over :func:`packs`; nothing else lists the programmes.

Built-in packs are the sub-folders of this package. A pack kept elsewhere (a test's synthetic programme, a
draft of next year's notice) joins with :func:`register`. See ARCHITECTURE.md, "How to add a programme".
"""

from __future__ import annotations

import difflib
import importlib
import importlib.util
import re
import sys
import threading
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from assistant.errors import NotFoundError

__all__ = ["Pack", "FormLimitSpec", "ConditionSpec", "packs", "program_ids", "get_pack", "register",
           "unregister", "generation", "title_aliases", "canonical_title"]

_HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class ConditionSpec:
    """One qualitative 推荐条件: the clause, a stable key, its Chinese label, and the vocabulary groups
    (``eligibility.conditions.TERM_GROUPS``) whose words point to it."""

    clause: str  # path inside the notice, e.g. "二/(一)"
    key: str
    label: str
    groups: tuple[str, ...]


@dataclass(frozen=True)
class FormLimitSpec:
    """Where the form takes the 主要事迹 and its word limit, quoted from the form itself."""

    form: str | None = None
    form_clause: str | None = None
    field: str = "主要事迹"
    limit: int | None = None  # None: the notice sets none, the drafter's default applies
    limit_clause: str | None = None
    limit_quote: str | None = None
    note: str = ""
    honours_last: bool = False


@dataclass(frozen=True)
class Pack:
    id: str
    order: int
    title: str  # how a screen names it
    directory: Path
    notice_file: str  # a file in the pack's folder, else in the corpus directory
    cue: str = ""  # a regex that names this programme outright in a question
    series: str = ""  # editions of one honour share a series ("数字工匠")
    series_cue: str = ""  # naming the series without an edition names all of its editions
    edition_cue: str = ""  # with the series named, this picks the edition
    alone_cue: str = ""  # words that name this pack even without its series ("第四届")
    current_of_series: bool = False  # the edition an unqualified series name means in a chat answer
    names: tuple[str, ...] = ()  # further ways an answer may name it, besides the notice's own names
    held_title: str = ""  # the title it confers, as an applicant lists it among titles held (a self-check choice)
    draft_label: str = ""  # how the drafter's "which programme?" question names it (default: ``title``)
    round_year: int | None = None  # one year's round of a recurring programme: other years are not in this notice
    conditions: tuple[ConditionSpec, ...] = ()
    form_limit: FormLimitSpec | None = None
    draft_boost: dict[str, float] = field(default_factory=dict)
    # prior title the checker reads -> other ways people write it (English names included)
    title_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    module_name: str = ""

    def notice_path(self, corpus_dir: Path) -> Path:
        own = self.directory / self.notice_file
        return own if own.exists() else Path(corpus_dir) / self.notice_file

    def clause(self, path: str | None) -> str | None:
        return f"{self.id}#{path}" if path else None

    def module(self, name: str) -> ModuleType:
        """The pack's own Python module ``name`` (``rules``, ``form``), imported on first use."""
        qualified = f"{self.module_name}.{name}"
        if self.module_name.startswith("assistant.programs."):
            # Always through the import system: it makes a second thread wait while the first is still executing
            # the module (a sys.modules shortcut handed out half-initialised rules under load).
            return importlib.import_module(qualified)
        with _MODULE_LOCK:
            if qualified in sys.modules:
                return sys.modules[qualified]
            spec = importlib.util.spec_from_file_location(qualified, self.directory / f"{name}.py")
            if spec is None or spec.loader is None:
                raise NotFoundError(f"项目“{self.id}”缺少 {name}.py。", field="program")
            mod = importlib.util.module_from_spec(spec)
            sys.modules[qualified] = mod
            try:
                spec.loader.exec_module(mod)
            except BaseException:
                del sys.modules[qualified]
                raise
        return mod


def _load_pack(directory: Path, module_name: str) -> Pack:
    data: dict[str, Any] = tomllib.loads((directory / "pack.toml").read_text(encoding="utf-8"))
    conditions = tuple(ConditionSpec(c["clause"], c["key"], c["label"], tuple(c["groups"]))
                       for c in data.pop("conditions", []))
    limit = data.pop("form_limit", None)
    boost = data.pop("draft_boost", {})
    names = tuple(data.pop("names", ()))
    aliases = {title: tuple(more) for title, more in data.pop("title_aliases", {}).items()}
    return Pack(directory=directory, conditions=conditions, names=names, draft_boost=dict(boost), title_aliases=aliases,
                form_limit=FormLimitSpec(**limit) if limit else None, module_name=module_name, **data)


_LOCK = threading.Lock()
_MODULE_LOCK = threading.RLock()  # a pack kept outside the package is executed once, by one thread
_PACKS: dict[str, Pack] = {}
_SEEN: dict[tuple, int] = {}  # each distinct set of registered packs, numbered in order of first sight


def _discover() -> None:
    if _PACKS:
        return
    for folder in sorted(p for p in _HERE.iterdir() if (p / "pack.toml").exists()):
        pack = _load_pack(folder, f"assistant.programs.{folder.name}")
        _PACKS[pack.id] = pack


def packs() -> tuple[Pack, ...]:
    """Every registered pack, in display order."""
    with _LOCK:
        _discover()
        return tuple(sorted(_PACKS.values(), key=lambda p: (p.order, p.id)))


def program_ids() -> tuple[str, ...]:
    return tuple(p.id for p in packs())


def get_pack(program: str) -> Pack:
    """The pack of ``program``; NotFoundError naming the nearest ids for an unknown one."""
    with _LOCK:
        _discover()
        found = _PACKS.get(program) if isinstance(program, str) else None
    if found is None:
        near = difflib.get_close_matches(str(program or ""), list(program_ids()), n=3, cutoff=0.0)
        raise NotFoundError(f"未知的项目编号“{program}”。", near, field="program")
    return found


def register(directory: Path) -> Pack:
    """Add the pack in ``directory`` (a folder with ``pack.toml``, ``rules.py`` and its notice)."""
    directory = Path(directory).resolve()
    pack = _load_pack(directory, f"assistant_pack_{directory.name}")
    with _LOCK:
        _discover()
        _PACKS[pack.id] = pack
    return pack


def unregister(program: str) -> None:
    with _LOCK:
        pack = _PACKS.pop(program, None)
    if pack is not None:
        for name in [m for m in sys.modules if m.startswith(pack.module_name + ".")]:
            del sys.modules[name]


def generation() -> int:
    """A number for the set of registered packs, for caches to key on: registering a programme gives a new
    number, and removing it again gives the old one back, so caches built before stay valid."""
    with _LOCK:
        _discover()
        key = tuple(sorted((p.id, str(p.directory)) for p in _PACKS.values()))
        return _SEEN.setdefault(key, len(_SEEN))


def _title_key(text: str) -> str:
    """Case, spaces, quotes and punctuation do not matter when a title is compared."""
    from assistant.normalize import normalize_text

    return re.sub(r"[\s\W_]+", "", normalize_text(text).lower())


def title_aliases() -> tuple[tuple[str, str], ...]:
    """(alias key, the title the checker reads), from every pack's ``title_aliases``, longest alias first."""
    table: dict[str, str] = {}
    for pack in packs():
        for title, more in pack.title_aliases.items():
            for alias in (title, *more):
                table.setdefault(_title_key(alias), title)
    return tuple(sorted(table.items(), key=lambda kv: (-len(kv[0]), kv[0])))


def canonical_title(text: str) -> str:
    """The title a written one stands for ("杭州數字工匠称号获得者", "Hangzhou Digital Craftsman" ->
    "杭州数字工匠"); a title no pack knows, or a 提名 (nomination), comes back folded but otherwise as written."""
    from assistant.normalize import normalize_text

    folded = normalize_text(text) if isinstance(text, str) else text
    if not isinstance(folded, str) or "提名" in folded:
        return folded
    key = _title_key(folded)
    for alias, title in title_aliases():
        if alias and alias in key:
            return title
    return folded

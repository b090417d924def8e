"""事迹起草 tab: the facts form, the drafted 主要事迹 with a live 字数 counter, the filled 推荐表 as .docx,
and a batch upload (CSV/JSON) that returns the 汇总表 as .xlsx. All of it is ``assistant.drafting``.
"""

import dataclasses
import logging
import re
from pathlib import Path

from assistant.chat.case.state import Session
from assistant.display import clause_label
from assistant.errors import InputError
from assistant.exports import export_dir
from assistant.ui.context import UIContext, guard
from assistant.ui.forms import number_field, text_lines
from assistant.ui.render import clause_button, error_box, esc, info_box

__all__ = ["DRAFT_FIELDS", "facts_from_form", "draft_prefill", "make_draft", "recount", "counter_html",
           "export_docx_file", "batch_sheet", "build"]

log = logging.getLogger("assistant.ui")

DRAFT_FIELDS = ("name", "gender", "employer", "position", "occupation", "skill_level", "title_level",
                "years_in_field", "achievements", "honours", "trained_apprentices", "motto", "birth_date",
                "education", "political_status", "native_place", "id_card", "phone", "use_profile",
                "field_detail", "talent_level")
_LINES = ("achievements", "honours")
_PRIVATE = ("id_card", "phone")  # only for the exported form: never kept in the session


def facts_from_form(values: dict, session: Session | None) -> dict:
    """Drafting facts: what the form says, over what the chat and self-check learnt (if ``use_profile``)."""
    facts: dict = {}
    if isinstance(session, Session) and values.get("use_profile", True):
        facts.update(session.profile)
        facts.update(session.facts)
    for key in DRAFT_FIELDS:
        value = values.get(key)
        if key == "use_profile" or value is None or (isinstance(value, str) and not value.strip()):
            continue
        if key in _LINES:
            items = text_lines(value)
            if items:
                facts[key] = items
        elif key == "years_in_field":
            facts[key] = number_field(value, key)
        else:
            facts[key] = value.strip() if isinstance(value, str) else value
    return facts


def draft_prefill(session: Session | None) -> list:
    """Form values, in ``DRAFT_FIELDS`` order, from the session (identity facts and the profile)."""
    known = {}
    if isinstance(session, Session):
        known = {**session.profile, **session.facts}
    out = []
    for key in DRAFT_FIELDS:
        value = known.get(key)
        if key == "use_profile":
            out.append(True)
        elif key == "skill_level":  # a dropdown: blank is None, not ""
            out.append(value or None)
        elif key in _LINES:
            out.append("\n".join(value) if isinstance(value, list) else (value or ""))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            out.append(f"{value:g}")
        else:
            out.append(value if value is not None else "")
    return out


def counter_html(count: int, limit: int) -> str:
    over = count - limit
    state = "over" if over > 0 else "ok"
    extra = f"，超出 {over} 字，请删减" if over > 0 else f"，还可写 {limit - count} 字"
    return (f'<div class="ga-counter ga-counter-{state}" data-count="{count}" data-limit="{limit}">'
            f'字数 <b>{count}</b> / {limit}{extra}（不计空格和换行）</div>')


def _checks_html(unsupported, warnings=(), notes=(), suggestions=(), omitted=()) -> str:
    parts = []
    if unsupported:
        items = "".join(f"<li>{esc(u)}</li>" for u in unsupported)
        parts.append('<div class="ga-box ga-error"><b>⚠️ 以下内容在您提供的事实中找不到依据'
                     f'（或把徒弟、他人的成绩写成了本人的），请核对或删除：</b><ul>{items}</ul></div>')
    else:
        parts.append('<div class="ga-box ga-okbox">✓ 草稿中的数字、名称和成绩的归属都能在您提供的事实中找到依据。</div>')
    for title, rows in (("请注意", warnings), ("说明", notes), ("未写入的事实", omitted),
                        ("补充这些信息可以写得更好", suggestions)):
        if rows:
            parts.append(f'<div class="ga-box ga-info"><b>{title}：</b><ul>{"".join(f"<li>{esc(r)}</li>" for r in rows)}</ul></div>')
    return "".join(parts)


def _conditions_html(ctx: UIContext, d) -> str:
    form = d.form
    parts = ['<div class="ga-h">对应的推荐条件</div>']
    if d.conditions:
        items = "".join(f'<li>{clause_button(c.clause_id, clause_label(ctx.corpus, c.clause_id))} {esc(c.label)}：“{esc(c.quote)}”</li>'
                        for c in d.conditions)
        parts.append(f'<ul class="ga-conds">{items}</ul>')
    else:
        parts.append(info_box("没有识别出草稿对应的具体推荐条件，请在事实中写明业绩所属的方面。"))
    if form.limit_clause_id and form.limit_quote:
        limit_ref = clause_button(form.limit_clause_id, clause_label(ctx.corpus, form.limit_clause_id))
        parts.append(f'<div class="ga-limit">字数限制 {form.limit} 字，依据 {limit_ref}：'
                     f'“{esc(form.limit_quote)}”</div>')
    if form.note:
        parts.append(f'<div class="ga-limit">{esc(form.note)}</div>')
    return "".join(parts)


def make_draft(ctx: UIContext, session: Session | None, program: str, values: dict):
    """(text, counter, checks, conditions, draft, facts, session). Bad input: inline message, text empty."""
    from assistant.drafting import draft

    session = session if isinstance(session, Session) else Session()
    try:
        facts = facts_from_form(values, session)
        if not program:
            raise InputError("请选择要起草哪个项目的推荐表。", field="program")
        result = draft(facts, program, llm=ctx.deps.get_llm(), corpus=ctx.corpus, today=ctx.today)
    except InputError as exc:
        return "", "", error_box(exc.message), "", None, None, session
    session.facts.update({k: v for k, v in facts.items() if k in DRAFT_FIELDS and k not in _PRIVATE
                          and k not in session.profile})
    checks = _checks_html(result.unsupported, result.warnings, result.notes, result.suggestions, result.omitted)
    return (result.text, counter_html(result.char_count, result.limit), checks, _conditions_html(ctx, result),
            result, facts, session)


def recount(text: str, facts: dict | None, d) -> tuple[str, str]:
    """The live counter and grounding check while the user edits the draft."""
    from assistant.drafting import check_grounding, count_chars

    if d is None:
        return "", ""
    unsupported = check_grounding(text or "", facts or {})
    return counter_html(count_chars(text or ""), d.limit), _checks_html(unsupported, d.warnings, d.notes, d.suggestions,
                                                                        d.omitted)


def _filename(stem: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", stem).strip("_") or "推荐表"


def export_docx_file(facts: dict | None, d, text: str, directory: Path | None = None) -> str:
    """Write the filled form with the (edited) draft; refuse when the draft is missing or over the limit."""
    from assistant.drafting import count_chars, export_docx

    if d is None:
        raise InputError("请先起草主要事迹，再下载推荐表。", field="draft")
    count = count_chars(text or "")
    if count > d.limit:
        raise InputError(f"草稿现在 {count} 字，超过表格限制的 {d.limit} 字，请删减后再下载。", field="draft")
    edited = dataclasses.replace(d, text=text)  # the form takes the text only
    directory = Path(directory or export_dir("docx"))  # swept after EXPORT_TTL_SECONDS (assistant.exports)
    name = _filename(d.form.form or "推荐表")  # never the person's name: the file carries 身份证号
    return str(export_docx(facts or {}, d.program, edited, directory / f"{name}.docx"))


def batch_sheet(upload: str | None, program: str, directory: Path | None = None) -> tuple[str | None, str]:
    """(xlsx path or None, message HTML) for an uploaded CSV/JSON of candidates."""
    from assistant.drafting import export_xlsx, load_candidates

    if not upload:
        return None, error_box("请先上传候选人文件（CSV、JSON 或 JSONL）。")
    try:
        if not program:
            raise InputError("请选择项目。", field="program")
        candidates = load_candidates(upload)
        directory = Path(directory or export_dir("xlsx"))
        result = export_xlsx(candidates, program, directory / "推荐人选汇总表.xlsx")
    except InputError as exc:
        return None, error_box(exc.message)
    lines = f"已生成《{result.title}》：{result.rows} 人，其中 {result.drafted} 人的主要事迹由助手起草。"
    warn = "".join(f"<li>{esc(w)}</li>" for w in result.warnings)
    return str(result.path), info_box(lines) + (f'<div class="ga-box ga-error"><ul>{warn}</ul></div>' if warn else "")


def build(ctx: UIContext, session_state, programs: list[tuple[str, str]]) -> dict:
    import gradio as gr

    from assistant.ui.chat_tab import OPEN_JS
    from assistant.ui.forms import SKILL_CHOICES

    gr.Markdown("为单位人事起草推荐表里的“主要事迹”：不超过表格字数、只用您给出的事实、注明对应的推荐条件。"
                "草稿可以直接修改，字数会随时更新。", elem_classes="ga-hint")
    c: dict = {}
    program = gr.Dropdown(programs, value=programs[0][1], label="项目", elem_id="dr-program")
    with gr.Group():
        with gr.Row():
            c["name"] = gr.Textbox(label="姓名", elem_id="dr-name")
            c["gender"] = gr.Dropdown([("未填写", ""), ("男", "男"), ("女", "女")], value="", label="性别")
            c["employer"] = gr.Textbox(label="工作单位", elem_id="dr-employer")
            c["position"] = gr.Textbox(label="职务/岗位")
        with gr.Row():
            c["occupation"] = gr.Textbox(label="职业（工种）/专业领域", elem_id="dr-occupation")
            c["skill_level"] = gr.Dropdown(SKILL_CHOICES, value=None, label="技能等级")
            c["title_level"] = gr.Textbox(label="职称", placeholder="如 高级工程师")
            c["years_in_field"] = gr.Textbox(label="从业年限（年）", placeholder="如 8")
    c["achievements"] = gr.Textbox(label="主要业绩（每行一条，尽量带数字）", lines=4, elem_id="dr-achievements",
                                   placeholder="如：主导制定团体标准2项\n攻克芯片封装良率难题，年节约成本500万元")
    with gr.Row():
        c["honours"] = gr.Textbox(label="曾获荣誉（每行一条）", lines=2, placeholder="如：2023年获评杭州市技术能手")
        c["trained_apprentices"] = gr.Textbox(label="带徒传技", lines=2, placeholder="如：带徒12人，3人获省级竞赛奖项")
    with gr.Accordion("推荐表的其他栏目（只写入导出的表格，不用于起草）", open=False):
        with gr.Row():
            c["birth_date"] = gr.Textbox(label="出生年月", placeholder="YYYY-MM")
            c["education"] = gr.Textbox(label="学历")
            c["political_status"] = gr.Textbox(label="政治面貌")
            c["native_place"] = gr.Textbox(label="籍贯")
        with gr.Row():
            c["field_detail"] = gr.Textbox(label="细分领域", placeholder="如 工业互联网、人工智能、集成电路",
                                           elem_id="dr-field-detail")
            c["talent_level"] = gr.Textbox(label="人才认定等级", placeholder="如 杭州市E类人才；没有可留空",
                                           elem_id="dr-talent-level")
        with gr.Row():
            c["id_card"] = gr.Textbox(label="身份证号（不保存、不写日志）")
            c["phone"] = gr.Textbox(label="手机号码（不保存、不写日志）")
            c["motto"] = gr.Textbox(label="工匠宣言")
    c["use_profile"] = gr.Checkbox(value=True, label="同时使用“资格自测”和“对话”里已有的资料（竞赛、获奖、称号等）")
    with gr.Row():
        load = gr.Button("从对话/自测带入")
        run = gr.Button("起草主要事迹", variant="primary", elem_id="dr-run")
    with gr.Row(equal_height=False):
        with gr.Column(scale=3, min_width=300):
            text = gr.Textbox(label="主要事迹（可直接修改）", lines=10, max_lines=30, elem_id="dr-text",
                              buttons=["copy"])
            counter = gr.HTML("", elem_id="dr-counter")
            checks = gr.HTML("", elem_id="dr-checks")
        with gr.Column(scale=2, min_width=260):
            conditions = gr.HTML("", elem_id="dr-conditions", js_on_load=OPEN_JS)
            docx_btn = gr.Button("生成推荐表 .docx", elem_id="dr-docx")
            docx_file = gr.File(label="下载推荐表", interactive=False, elem_id="dr-docx-file")
    with gr.Accordion("批量：上传候选人名单，生成汇总表 .xlsx", open=False):
        gr.Markdown("CSV（首行为表头，如 姓名、工作单位、职务、主要业绩，多项用“；”分隔）、JSON 列表或 JSONL 均可。"
                    "没有写主要事迹的候选人，助手会按其事实离线起草。", elem_classes="ga-hint")
        with gr.Row():
            upload = gr.File(label="候选人文件", file_types=[".csv", ".json", ".jsonl"], type="filepath", elem_id="dr-batch")
            sheet = gr.File(label="下载汇总表", interactive=False, elem_id="dr-sheet")
        sheet_btn = gr.Button("生成汇总表")
        sheet_msg = gr.HTML("")
    draft_state, facts_state = gr.State(None), gr.State(None)
    inputs = [c[k] for k in DRAFT_FIELDS]
    opts = {"api_visibility": "private"}

    @guard
    def on_run(session, prog, *values):
        return make_draft(ctx, session, prog, dict(zip(DRAFT_FIELDS, values, strict=True)))

    @guard
    def on_docx(facts, d, t):
        try:
            return export_docx_file(facts, d, t)
        except InputError as exc:
            raise gr.Error(exc.message, title="无法导出", print_exception=False) from None

    run.click(on_run, [session_state, program, *inputs],
              [text, counter, checks, conditions, draft_state, facts_state, session_state],
              concurrency_id="draft", **opts)
    # .change, not .input: Gradio's Textbox fires "input" on key events only, so text typed through a Chinese
    # IME or pasted would never update the counter.
    text.change(guard(recount), [text, facts_state, draft_state], [counter, checks], trigger_mode="always_last",
                show_progress="hidden", **opts)
    docx_btn.click(on_docx, [facts_state, draft_state, text], docx_file, **opts)
    sheet_btn.click(guard(batch_sheet), [upload, program], [sheet, sheet_msg], concurrency_id="draft", **opts)
    load.click(guard(draft_prefill), session_state, inputs, **opts)
    return {"inputs": inputs, "prefill": guard(draft_prefill), "text": text, "counter": counter,
            "conditions": conditions}

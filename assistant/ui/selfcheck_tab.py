"""资格自测 tab: the contract profile as a form, checked against all five programs side by side.

The form is pre-filled from what the chat learnt in the same browser session (``session.profile``), and a
checked form becomes the session's profile, so the chat and the form never disagree.
"""

import datetime as dt
import logging

from assistant.chat.case.state import Session
from assistant.display import verdict_label
from assistant.eligibility.model import Verdict
from assistant.errors import InputError
from assistant.notices.text import zh_count
from assistant.profile import parse_profile
from assistant.ui.context import UIContext, guard
from assistant.ui.forms import (
    AWARD_HEADERS,
    COMPETITION_HEADERS,
    EMPLOYER_TYPES,
    EMPLOYMENTS,
    FORM_FIELDS,
    NATIONALITIES,
    ROLE_TYPES,
    SKILL_CHOICES,
    TITLE_NONE,
    YES_NO,
    blank_form,
    form_error,
    form_to_profile,
    profile_to_form,
    title_choices,
)
from assistant.ui.render import error_box, esc, info_box, verdict_cards

__all__ = ["run_selfcheck", "prefill", "parse_as_of", "build", "EMPTY_FORM_MESSAGE"]

log = logging.getLogger("assistant.ui")
EMPTY_FORM_MESSAGE = "表单是空的。请至少填写出生年月、职业技能等级、从业年限等几项，再点“开始自测”。"


def parse_as_of(text: str | None, today: dt.date) -> dt.date:
    """The date to check on: blank means today; anything else must be a real YYYY-MM-DD date."""
    if not (text or "").strip():
        return today
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise InputError(f"核对日期“{text}”无效，应为 YYYY-MM-DD 格式的真实日期，例如 {today.isoformat()}。",
                         field="as_of") from None


def run_selfcheck(ctx: UIContext, session: Session | None, values: dict, as_of: str | None = None) -> tuple[str, Session]:
    """(result HTML, session). Bad input gives an inline Chinese message, never a traceback."""
    from assistant.eligibility import check_all

    session = session if isinstance(session, Session) else Session()
    try:
        profile = form_to_profile(values)
        if not profile:
            return error_box(EMPTY_FORM_MESSAGE), session
        try:
            parse_profile(profile)  # names the bad field before any program is checked
        except InputError as exc:  # in the form's words: its label and what was typed
            return error_box(form_error(exc, values)), session
        date = parse_as_of(as_of, ctx.today)
        verdicts = check_all(profile, as_of=date, corpus=ctx.corpus)
    except InputError as exc:
        return error_box(exc.message), session
    session.profile = dict(profile)
    log.info("selfcheck verdicts=%s", {v.program: v.verdict for v in verdicts})
    return _result_html(ctx, verdicts, date), session


def _result_html(ctx: UIContext, verdicts: list[Verdict], date: dt.date) -> str:
    best = [v for v in verdicts if v.best_fit]
    counts: dict[str, int] = {}
    for v in verdicts:
        counts[v.verdict] = counts.get(v.verdict, 0) + 1
    lead = f"按 {date.isoformat()} 核对了{zh_count(len(verdicts))}个项目。"
    if best:
        lead += f"最适合您的是：{'、'.join(ctx.corpus.meta(v.program).short_name for v in best)}。"
    if counts.get("needs_review"):
        lead += f"标为“{verdict_label('needs_review')}”的项目，补充卡片里列出的信息后再测一次即可得出确定结论。"
    head = f'<div class="ga-lead">{esc(lead)}</div>'
    return head + verdict_cards(verdicts, ctx.corpus, grid=True)


def prefill(session: Session | None) -> list:
    """Form values, in ``FORM_FIELDS`` order, from what the chat learnt."""
    profile = session.profile if isinstance(session, Session) else {}
    values = profile_to_form(profile)
    return [values[k] for k in FORM_FIELDS]


def build(ctx: UIContext, session_state) -> dict:
    import gradio as gr

    from assistant.ui.chat_tab import OPEN_JS

    blank = blank_form()
    count = zh_count(len(ctx.corpus.program_ids))
    gr.Markdown(f"填写您的情况，一次核对全部{count}个项目。不清楚的项可以留空，检查器会告诉您还缺什么；"
                "在“对话”里说过的信息会自动带入。", elem_classes="ga-hint")
    c: dict = {}
    with gr.Group():
        with gr.Row():
            c["birth_date"] = gr.Textbox(label="出生年月", placeholder="YYYY-MM，如 1988-06", elem_id="sc-birth")
            c["nationality"] = gr.Dropdown(NATIONALITIES, value="", label="国籍")
            c["occupation"] = gr.Textbox(label="职业（工种）/岗位", placeholder="如 软件开发、数控车工")
        with gr.Row():
            c["skill_level"] = gr.Dropdown(SKILL_CHOICES, value=None, label="职业资格/技能等级", elem_id="sc-skill")
            c["is_highest_level_of_occupation"] = gr.Dropdown(YES_NO, value="unknown", label="是本职业最高等级吗")
            c["employment"] = gr.Dropdown(EMPLOYMENTS, value=None, label="用工/任职情况", elem_id="sc-employment")
        with gr.Row():
            c["employer_type"] = gr.Dropdown(EMPLOYER_TYPES, value=None, label="单位性质")
            c["employer_city"] = gr.Textbox(label="单位所在城市", placeholder="如 杭州")
            c["role_type"] = gr.Dropdown(ROLE_TYPES, value=None, label="岗位类型")
        with gr.Row():
            # Textboxes, not gr.Number: a Number shows 0 when empty, and 0 years is a fact, not a blank.
            c["years_in_field"] = gr.Textbox(label="本职业/数字经济从业年限（年）", placeholder="如 5 或 5.5",
                                             elem_id="sc-years-field")
            c["years_full_time_in_hangzhou"] = gr.Textbox(label="在杭州全职工作年限（年）", placeholder="如 3",
                                                          elem_id="sc-years-hz")
            c["years_full_time_in_zhejiang"] = gr.Textbox(label="在浙江全职工作年限（年）", placeholder="如 3")
        with gr.Row():
            c["is_digital_economy"] = gr.Dropdown(YES_NO, value="unknown", label="从事数字经济行业吗", elem_id="sc-digital")
            c["union_member"] = gr.Dropdown(YES_NO, value="unknown", label="是工会会员吗")
            c["rehired"] = gr.Dropdown(YES_NO, value="unknown", label="退休返聘吗")
        with gr.Row():
            c["digital_work_start"] = gr.Textbox(label="开始从事数字经济工作（可选）", placeholder="YYYY-MM")
            c["hangzhou_full_time_start"] = gr.Textbox(label="开始在杭州全职工作（可选）", placeholder="YYYY-MM")
            c["facts_as_of"] = gr.Textbox(label="以上年限截至（可选）", placeholder="YYYY-MM-DD，默认为核对日期")
    with gr.Accordion("荣誉、竞赛与业绩", open=True):
        c["prior_titles"] = gr.CheckboxGroup([*title_choices(), TITLE_NONE], label="已获荣誉称号（没有请选“无”）",
                                             elem_id="sc-titles")
        c["other_titles"] = gr.Textbox(label="其他荣誉称号", placeholder="多个用顿号分隔")
        c["competition_results"] = gr.Dataframe(
            value=blank["competition_results"], headers=COMPETITION_HEADERS, type="array", interactive=True,
            label="职业技能竞赛成绩（级别：世界/全国/省级/市级；类别：一类/二类，可空；个人/团体）",
            datatype="str", wrap=True)
        c["no_competitions"] = gr.Checkbox(value=False, label="没有职业技能竞赛成绩", elem_id="sc-no-comp")
        c["awards"] = gr.Dataframe(
            value=blank["awards"], headers=AWARD_HEADERS, type="array", interactive=True,
            label="获奖（级别：全国/省级/市级）", datatype="str", wrap=True)
        c["no_awards"] = gr.Checkbox(value=False, label="没有获奖", elem_id="sc-no-awards")
        c["achievements"] = gr.Textbox(label="主要业绩（每行一条；没有请填“无”）", lines=3,
                                       placeholder="如：主导制定团体标准2项\n获发明专利3项")
        c["trained_apprentices"] = gr.Textbox(label="带徒传技情况", placeholder="如：带徒12人，其中3人获省级竞赛奖项")
    with gr.Row():
        as_of = gr.Textbox(label="核对日期", value=ctx.today.isoformat(), placeholder="YYYY-MM-DD", scale=1)
        load = gr.Button("从对话带入", scale=1)
        run = gr.Button("开始自测", variant="primary", scale=2, elem_id="sc-run")
    result = gr.HTML(info_box(f"结果会在这里并排显示{count}个项目的结论、理由、条款和最近的路径。"),
                     elem_id="sc-result", js_on_load=OPEN_JS)
    inputs = [c[k] for k in FORM_FIELDS]
    opts = {"api_visibility": "private"}

    @guard
    def on_run(session, date, *values):
        return run_selfcheck(ctx, session, dict(zip(FORM_FIELDS, values, strict=True)), date)

    run.click(on_run, [session_state, as_of, *inputs], [result, session_state], concurrency_id="check", **opts)
    load.click(guard(prefill), session_state, inputs, **opts)
    del blank
    return {"inputs": inputs, "result": result, "prefill": guard(prefill)}

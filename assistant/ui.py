"""The Gradio app. Callbacks are thin: they call the same core functions as the CLI."""

from __future__ import annotations

import logging

from .config import Settings

__all__ = ["build_app", "launch"]

log = logging.getLogger(__name__)


def _outline(program: str) -> str:
    from .corpus import load_corpus

    notice = load_corpus().notice(program)
    meta = notice.meta
    lines = [f"### {meta.title}", f"{meta.doc_number or ''}　发文日期 {meta.issue_date.isoformat()}", ""]
    for clause in notice.clauses.values():
        local = clause.clause_id.split("#", 1)[1]
        lines.append(f"{'　' * clause.depth}- `{local}` {clause.title}")
    return "\n".join(lines)


def _clause_text(clause_id: str) -> str:
    from .corpus import load_corpus
    from .errors import AssistantError

    try:
        clause = load_corpus().clause(clause_id)
    except AssistantError as exc:
        return f"⚠️ {exc.message}"
    return f"**{clause.clause_id}**　{' › '.join(clause.heading_chain)}\n\n" + clause.text.replace("\n", "  \n")


def build_app(settings: Settings):
    import gradio as gr

    from .corpus import load_corpus

    programs = load_corpus().program_ids
    with gr.Blocks(title="工匠申报助手") as demo:
        gr.Markdown("# 工匠申报助手\n杭州/浙江技能人才荣誉申报：条款原文浏览。")
        with gr.Tab("通知原文"):
            program = gr.Dropdown(programs, value=programs[0], label="项目")
            outline = gr.Markdown(_outline(programs[0]))
            clause_id = gr.Textbox(label="条款编号", placeholder="如 hz_digital_craftsman_2026#二/(三)")
            clause = gr.Markdown()
            program.change(_outline, program, outline)
            clause_id.submit(_clause_text, clause_id, clause)
    return demo


def launch(settings: Settings) -> None:
    demo = build_app(settings)
    demo.launch(server_name="127.0.0.1", server_port=settings.port)

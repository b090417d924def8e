"""Issue 17 §4: exported files are named without personal data and do not outlive a short TTL."""

from __future__ import annotations

import os
import time

from assistant.exports import EXPORT_TTL_SECONDS, export_dir, sweep


def test_expired_export_folders_are_swept(tmp_path):
    old = export_dir("docx", root=tmp_path)
    (old / "推荐表.docx").write_bytes(b"x")
    past = time.time() - EXPORT_TTL_SECONDS - 5
    os.utime(old, (past, past))
    fresh = export_dir("docx", root=tmp_path)  # a new export sweeps the expired one
    assert not old.exists() and fresh.exists()
    assert sweep(root=tmp_path, now=time.time() + EXPORT_TTL_SECONDS + 5) == 1 and not fresh.exists()


def test_the_docx_is_named_after_the_form_not_the_person(tmp_path, ui_ctx):
    from assistant.drafting import draft
    from assistant.ui.draft_tab import export_docx_file

    facts = {"name": "欧阳晓明", "id_card": "330106197703124563", "achievements": ["主导制定团体标准2项"]}
    d = draft(facts, "hz_digital_craftsman_2026")
    path = export_docx_file(facts, d, d.text)
    try:
        assert "欧阳晓明" not in path and "330106" not in path and path.endswith(".docx")
        assert "assistant-docx-" in path
    finally:
        sweep(ttl=-1)

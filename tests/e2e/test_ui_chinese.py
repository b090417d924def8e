"""What a new user sees, in headless Chromium: an asked-back question answered, labels instead of codes, an
Excel (GBK) CSV turned into the .xlsx 汇总表, the verdict above the input on a phone, and no English anywhere.

Run with:  .venv/bin/python -m pytest -q -m browser tests/e2e/test_ui_chinese.py
"""

from __future__ import annotations

import re

import pytest

from tests.e2e.browser_support import ARTIFACTS, ask, shot

pytestmark = pytest.mark.browser

TIMEOUT = 90_000
ELIGIBILITY_Q = "我1988年6月出生，在杭州一家民营企业全职做软件开发9年，是高级技师，能申报第四届杭州数字工匠吗？"
FOLLOW_UP = "是工会会员，没有获得过荣誉称号，没有参加过竞赛。2024年获得过浙江省科学技术进步奖三等奖。"
CODES = re.compile(r"eligible|needs_review|direct_recognition|[a-z]+_[a-z_]*\d{4}#|#[一二三四五六七八九十]")
# ASCII words a user may see: file formats the page asks for, and AI (as the notices write “AI 智能体”).
ALLOWED = {"CSV", "TSV", "JSON", "JSONL", "docx", "xlsx", "AI", "Excel", "UTF", "GBK"}
DONE = "!document.querySelector('#ga-chatbot').innerText.includes('正在查找')"


def _answer(page, n: int) -> str:
    """Wait for the n-th (1-based) assistant reply to finish; return its text."""
    page.wait_for_function(f"document.querySelectorAll('#ga-chatbot .bot-row').length >= {n}", timeout=TIMEOUT)
    page.wait_for_function(DONE, timeout=TIMEOUT)
    page.wait_for_function("!document.querySelector('#ga-chat-input textarea').disabled", timeout=TIMEOUT)
    page.wait_for_timeout(300)
    return page.locator("#ga-chatbot .bot-row").nth(n - 1).inner_text()


def test_chat_answers_the_reply_to_its_own_question(page):
    ask(page, ELIGIBILITY_Q)
    first = _answer(page, 1)
    assert "补充" in first and "工会会员" in first  # it asked back
    ask(page, FOLLOW_UP)
    second = _answer(page, 2)
    card = page.locator('#ga-verdicts .ga-card[data-program="hz_digital_craftsman_2026"]')
    card.wait_for(timeout=TIMEOUT)
    # The reply takes the answers in: the verdict is now decided, and said in Chinese in the chat itself.
    assert card.get_attribute("data-verdict") == "eligible", second
    assert "符合条件" in second and "第四届杭州数字工匠" in second
    assert "符合条件" in page.locator("#ga-verdicts .ga-verdict-fold > summary").inner_text()
    shot(page, "chat-followup")


def test_chat_text_shows_labels_not_codes(page):
    ask(page, ELIGIBILITY_Q)
    _answer(page, 1)
    page.locator("#ga-sources .ga-source").first.wait_for(timeout=TIMEOUT)
    for panel in ("#ga-chatbot", "#ga-verdicts", "#ga-sources"):
        text = page.locator(panel).inner_text()
        assert not CODES.search(text), (panel, CODES.search(text).group(0))
    assert "需要人工核实" in page.locator("#ga-chatbot").inner_text()
    assert "第四届杭州数字工匠 · 二、推荐条件" in page.locator("#ga-sources").inner_text()
    ask(page, "第四届杭州数字工匠的申报材料什么时候截止？")  # a factual answer quotes its clauses inline
    text = _answer(page, 2)
    assert not CODES.search(page.locator("#ga-chatbot").inner_text())
    assert "/(" not in text and "#" not in text
    # Each clause once in the sources, with the IDs kept in the links and tooltips.
    clauses = page.locator("#ga-sources .ga-source").evaluate_all("els => els.map(e => e.dataset.clause)")
    assert len(clauses) == len(set(clauses))
    assert page.locator('#ga-sources [title^="条款编号 hz_digital_craftsman_2026#"]').count() >= 1


def test_gbk_csv_becomes_an_xlsx(page, tmp_path):
    from openpyxl import load_workbook

    csv_path = tmp_path / "candidates_gbk.csv"
    csv_path.write_bytes("姓名,工作单位,职务,主要业绩\n"
                         "张伟,杭州某某科技有限公司,高级工程师,主导制定团体标准2项；攻克芯片封装良率难题\n"
                         "李娜,杭州某某数据有限公司,技术总监,打造AI智能体3个\n".encode("gbk"))
    page.get_by_role("tab", name="事迹起草").click()
    page.get_by_text("批量：上传候选人名单，生成汇总表 .xlsx").click()
    page.set_input_files("#dr-batch input[type=file]", str(csv_path))
    page.locator('#dr-batch td.filename[aria-label="candidates_gbk.csv"]').wait_for(timeout=TIMEOUT)
    page.get_by_role("button", name="生成汇总表", exact=True).click()
    link = page.locator("#dr-sheet a").first
    link.wait_for(timeout=TIMEOUT)
    assert "2 人" in page.locator("#tab-draft").inner_text()
    with page.expect_download() as download:
        link.click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.suffix == ".xlsx"
    cells = {str(c.value) for row in load_workbook(path).active.iter_rows() for c in row if c.value is not None}
    assert {"张伟", "李娜"} <= cells
    assert "/tmp" not in page.locator("#tab-draft").inner_text()


def test_phone_shows_the_verdict_above_the_input(browser, app_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN", is_mobile=True,
                                  device_scale_factor=2)
    tab = context.new_page()
    tab.goto(app_server.url)
    tab.wait_for_selector("#ga-chat-input textarea", timeout=60_000)
    ask(tab, ELIGIBILITY_Q)
    pill = tab.locator("#ga-verdicts summary .ga-v-pill").first
    pill.wait_for(timeout=TIMEOUT)
    tab.wait_for_timeout(500)
    verdict_y = pill.evaluate("e => e.getBoundingClientRect().top + window.scrollY")
    input_y = tab.locator("#ga-chat-input").evaluate("e => e.getBoundingClientRect().top + window.scrollY")
    assert verdict_y < input_y, (verdict_y, input_y)
    # Scrolled so that the input is at the bottom of the screen, the verdict is on the same screen.
    tab.locator("#ga-chat-input").evaluate("e => e.scrollIntoView({block: 'end'})")
    tab.wait_for_timeout(300)
    assert pill.is_visible() and pill.evaluate("e => e.getBoundingClientRect().top") >= 0
    assert pill.inner_text() in {"符合条件", "不符合条件", "需要人工核实", "可直接认定"}
    tab.screenshot(path=str(ARTIFACTS / "phone-verdict.png"))
    context.close()


def _visible_english(tab) -> set[str]:
    text = tab.evaluate("""() => {
      const skip = 'code, a[data-clause], textarea, input, script, style, .ga-badge-llm';
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const out = [];
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const el = t.parentElement;
        if (!el || el.closest(skip)) continue;
        const r = el.getBoundingClientRect(), st = getComputedStyle(el);
        if (r.width === 0 || r.height === 0 || st.visibility === 'hidden' || st.display === 'none') continue;
        out.push(t.nodeValue);
      }
      return out.join('\\n');
    }""")
    return {w for w in re.findall(r"[A-Za-z][A-Za-z_]+", text) if w not in ALLOWED}


def test_no_english_is_visible_anywhere(browser, app_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")  # an English browser
    tab = context.new_page()
    tab.goto(app_server.url)
    tab.wait_for_selector("#ga-chat-input textarea", timeout=60_000)
    found: dict[str, str] = {}
    ask(tab, ELIGIBILITY_Q)
    tab.locator("#ga-sources .ga-source").first.wait_for(timeout=TIMEOUT)
    for name in ("对话", "资格自测", "事迹起草", "评测", "通知原文"):
        tab.get_by_role("tab", name=name).click()
        tab.wait_for_timeout(600)
        if name == "事迹起草":
            for accordion in tab.locator("#tab-draft button.label-wrap").all():
                accordion.click()
            tab.click("#dr-docx")  # an error toast: its title must be Chinese too
            tab.get_by_text("请先起草主要事迹").first.wait_for(timeout=TIMEOUT)
        tab.wait_for_timeout(400)
        for word in _visible_english(tab):
            found.setdefault(word, name)
    assert not found, found
    assert tab.locator("footer").count() == 0 or not tab.locator("footer").first.is_visible()
    context.close()


def test_startup_log_has_no_share_hint(app_server):
    log = app_server.log.read_text(encoding="utf-8")
    assert "share=True" not in log and "public link" not in log


def test_eval_page_refuses_a_set_without_gold_and_compares_runs(page, tmp_path):
    from tests.e2e.browser_support import EVAL_FIXTURE

    bad = tmp_path / "no_gold.jsonl"
    bad.write_text('{"id": "x1", "question": "第四届要求在杭工作几年？"}\n', encoding="utf-8")
    page.get_by_role("tab", name="评测").click()
    page.set_input_files("#ev-upload input[type=file]", str(bad))
    page.locator('#ev-upload td.filename[aria-label="no_gold.jsonl"]').wait_for(timeout=TIMEOUT)
    page.click("#ev-run")
    page.locator("#ev-summary .ga-error").wait_for(timeout=TIMEOUT)
    message = page.locator("#ev-summary").inner_text()
    assert "第 1 行" in message and "gold_clause_ids" in message and "/tmp" not in message
    page.reload()  # a fresh upload box
    page.wait_for_selector("#ga-chat-input textarea", timeout=60_000)
    page.get_by_role("tab", name="评测").click()
    page.set_input_files("#ev-upload input[type=file]", str(EVAL_FIXTURE))
    page.locator('#ev-upload td.filename[aria-label="eval_small.jsonl"]').wait_for(timeout=TIMEOUT)
    for _ in range(2):  # the second run is compared with the first
        page.click("#ev-run")
        page.wait_for_function("document.querySelector('#ev-summary').innerText.includes('与上次运行')"
                               " || document.querySelector('#ev-summary').innerText.includes('第一次运行')",
                               timeout=TIMEOUT)
        page.wait_for_timeout(500)
    assert "与上次运行" in page.locator("#ev-summary").inner_text()
    page.locator("#ev-only-failed input").check()
    page.wait_for_timeout(800)
    rows = page.locator("#ev-table").inner_text()
    assert "✓ 通过" not in rows

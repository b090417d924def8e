"""End to end in headless Chromium against the running app: chat, self-check, drafting, eval, notices.

Run with:  .venv/bin/python -m pytest -q -m browser tests/e2e
"""

from __future__ import annotations

import json
import time
import zipfile

import pytest

from tests.e2e.browser_support import EVAL_FIXTURE, ask, field, pick, shot

pytestmark = pytest.mark.browser

ELIGIBILITY_Q = "我1988年6月出生，在杭州一家民营企业全职做软件开发9年，是高级技师，能申报第四届杭州数字工匠吗？"
TIMEOUT = 90_000


def test_chat_answers_with_verdict_card_sources_and_feedback(page, app_server):
    ask(page, ELIGIBILITY_Q)
    card = page.locator('#ga-verdicts .ga-card[data-program="hz_digital_craftsman_2026"]')
    card.wait_for(timeout=TIMEOUT)
    assert card.get_attribute("data-verdict") in {"eligible", "not_eligible", "needs_review", "direct_recognition"}
    assert page.locator("#ga-sources .ga-source").count() >= 1
    assert "[1]" in page.locator("#ga-chatbot .bot-row").last.inner_text()
    assert "离线模式" in page.locator("#ga-mode").inner_text()
    shot(page, "chat")
    shot(page, "chat-view", at="#ga-tabs")

    page.locator('#ga-chatbot button[aria-label="赞"], #ga-chatbot button[aria-label="Like"]').last.click()
    feedback = app_server.data_dir / "feedback.jsonl"
    for _ in range(50):
        if feedback.exists() and feedback.read_text(encoding="utf-8").strip():
            break
        time.sleep(0.2)
    record = json.loads(feedback.read_text(encoding="utf-8").splitlines()[-1])
    assert record["liked"] is True and "1988" in record["question"]

    # A source opens its clause in the 通知原文 tab, in place.
    first = page.locator("#ga-sources button.ga-open").first
    clause_id = first.get_attribute("data-clause")
    first.click()
    page.locator(f'#ga-clause-view .ga-clause[data-clause-id="{clause_id}"]').wait_for(timeout=TIMEOUT)
    assert page.locator("#ga-clause-view").is_visible()


def test_a_quick_reply_button_answers_the_question_asked_back(page):
    ask(page, "第四届数字工匠：我在滨江一家民企做云计算运维8年，技术岗普通员工，能报吗")
    buttons = page.locator("#ga-quick .ga-quick-btn:visible")
    buttons.first.wait_for(timeout=TIMEOUT)
    assert "点选回答" in page.locator("#ga-quick-caption").inner_text()
    label = buttons.first.inner_text().strip()
    shot(page, "chat-quick-replies", at="#ga-verdicts")
    buttons.first.click()
    page.wait_for_function("document.querySelectorAll('#ga-chatbot .user-row').length === 2", timeout=TIMEOUT)
    page.wait_for_function("!document.querySelector('#ga-chatbot').innerText.includes('正在查找')", timeout=TIMEOUT)
    assert page.locator("#ga-chatbot .user-row").last.inner_text().strip() == label
    assert "没有涉及" not in page.locator("#ga-chatbot .bot-row").last.inner_text()  # read as the reply, not a question


def test_typed_html_stays_text(page):
    ask(page, '<img src=x onerror="alert(1)"><script>alert(2)</script>第四届要求在杭工作几年？')
    page.locator("#ga-sources .ga-source").first.wait_for(timeout=TIMEOUT)
    assert page.locator("#ga-chatbot img").count() == 0
    assert "<img src=x" in page.locator("#ga-chatbot .user-row").first.inner_text()
    assert page.dialogs == []


def test_selfcheck_prefills_from_chat_and_checks_all_five(page):
    ask(page, "我1988年6月出生，是高级技师，在杭州全职做软件开发9年。")
    page.locator("#ga-chatbot .bot-row").first.wait_for(timeout=TIMEOUT)
    page.wait_for_function("!document.querySelector('#ga-chatbot').innerText.includes('正在查找')", timeout=TIMEOUT)
    page.get_by_role("tab", name="资格自测").click()
    page.wait_for_function("document.querySelector('#sc-birth input, #sc-birth textarea').value === '1988-06'",
                           timeout=TIMEOUT)
    pick(page, "sc-employment", "全职")
    pick(page, "sc-digital", "是")
    field(page, "sc-years-hz").fill("6")
    page.click("#sc-run")
    page.locator("#sc-result .ga-card").nth(4).wait_for(timeout=TIMEOUT)
    programs = page.locator("#sc-result .ga-card").evaluate_all("els => els.map(e => e.dataset.program)")
    assert sorted(programs) == sorted(["hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                                       "hz_chief_technician_2021", "zj_craftsman_2023"])
    shot(page, "selfcheck")
    shot(page, "selfcheck-view", at="#sc-result")


def test_selfcheck_bad_input_is_an_inline_message(page):
    page.get_by_role("tab", name="资格自测").click()
    page.click("#sc-run")
    page.locator("#sc-result .ga-error").wait_for(timeout=TIMEOUT)
    assert "表单是空的" in page.locator("#sc-result").inner_text()
    field(page, "sc-birth").fill("1988-13")
    page.click("#sc-run")
    page.wait_for_function("document.querySelector('#sc-result').innerText.includes('月份')", timeout=TIMEOUT)
    field(page, "sc-birth").fill("1988-06")
    field(page, "sc-years-field").fill("-3")
    page.click("#sc-run")
    page.wait_for_function("document.querySelector('#sc-result').innerText.includes('不能为负数')", timeout=TIMEOUT)


def test_draft_counter_and_docx_download(page, tmp_path):
    page.get_by_role("tab", name="事迹起草").click()
    # Before a draft exists, the download is refused with an error bubble, and the app keeps serving.
    page.click("#dr-docx")
    page.get_by_text("请先起草主要事迹").first.wait_for(timeout=TIMEOUT)
    field(page, "dr-name").fill("张伟")
    field(page, "dr-employer").fill("杭州某某科技有限公司")
    field(page, "dr-occupation").fill("软件开发")
    page.locator("#dr-achievements textarea").fill("主导制定团体标准2项\n攻克芯片封装良率难题，年节约成本500万元\n打造AI智能体3个")
    page.click("#dr-run")
    counter = page.locator("#dr-counter .ga-counter")
    counter.wait_for(timeout=TIMEOUT)
    count, limit = int(counter.get_attribute("data-count")), int(counter.get_attribute("data-limit"))
    assert 0 < count <= limit == 300
    assert page.locator("#dr-conditions button.ga-open").count() >= 1

    # Typing (through an IME-like text insertion) updates the counter live.
    page.locator("#dr-text textarea").click()
    page.keyboard.press("Control+End")
    page.keyboard.insert_text("新增十个字的一句话。")
    page.wait_for_function(f"document.querySelector('#dr-counter .ga-counter').dataset.count === '{count + 10}'",
                           timeout=TIMEOUT)
    shot(page, "draft")
    shot(page, "draft-view", at="#dr-run")

    page.click("#dr-docx")
    link = page.locator("#dr-docx-file a").first
    link.wait_for(timeout=TIMEOUT)
    with page.expect_download() as download:
        link.click()
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.suffix == ".docx"
    with zipfile.ZipFile(path) as docx:
        xml = docx.read("word/document.xml").decode("utf-8")
    assert "张伟" in xml and "新增十个字的一句话" in xml


def test_eval_page_runs_an_uploaded_set(page):
    page.get_by_role("tab", name="评测").click()
    page.set_input_files("#ev-upload input[type=file]", str(EVAL_FIXTURE))
    page.locator('#ev-upload td.filename[aria-label="eval_small.jsonl"]').wait_for(timeout=TIMEOUT)
    page.click("#ev-run")
    page.locator("#ev-summary .ga-metrics").wait_for(timeout=TIMEOUT)
    assert "共 4 题" in page.locator("#ev-summary").inner_text()
    ids = ["ui-fact-1", "ui-limit-1", "ui-refuse-1", "ui-elig-1"]
    page.wait_for_function(f"{json.dumps(ids)}.every(i => document.querySelector('#ev-table').innerText.includes(i))",
                           timeout=TIMEOUT)
    assert "通过" in page.locator("#ev-table").inner_text()
    page.locator("#ev-download a").first.wait_for(timeout=TIMEOUT)
    shot(page, "eval")


def test_deep_link_opens_a_clause(browser, app_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    tab = context.new_page()
    tab.goto(app_server.url + "?clause=hz_craftsman_2016%23%E4%B8%89")  # hz_craftsman_2016#三
    tab.locator('#ga-clause-view .ga-clause[data-clause-id="hz_craftsman_2016#三"]').wait_for(timeout=TIMEOUT)
    assert "首届“杭州工匠”" in tab.locator("#ga-clause-view").inner_text() or "杭州工匠" in tab.locator("#ga-outline").inner_text()
    tab.fill("#ga-notice-query input, #ga-notice-query textarea", "推荐名额")
    tab.keyboard.press("Enter")
    tab.locator("#ga-notice-hits .ga-hit").first.wait_for(timeout=TIMEOUT)
    shot(tab, "notices")
    context.close()


def test_phone_width_and_refresh(browser, app_server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN", is_mobile=True,
                                  device_scale_factor=2)
    tab = context.new_page()
    tab.goto(app_server.url)
    tab.wait_for_selector("#ga-chat-input textarea", timeout=60_000)
    ask(tab, ELIGIBILITY_Q)
    tab.locator("#ga-verdicts .ga-card").first.wait_for(timeout=TIMEOUT)
    overflow = tab.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 1, f"page is {overflow}px wider than a phone screen"
    shot(tab, "chat-390")
    shot(tab, "chat-390-view", at="#ga-verdicts")
    tab.reload()  # the server survives a refresh; the new page works
    tab.wait_for_selector("#ga-chat-input textarea", timeout=60_000)
    ask(tab, "浙派工匠多久评选一次？")
    tab.locator("#ga-sources .ga-source").first.wait_for(timeout=TIMEOUT)
    context.close()


def test_example_question_runs_and_clear_forgets(page):
    page.get_by_text("浙派工匠多久评选一次？每次评选多少名？").click()
    page.locator("#ga-sources .ga-source").first.wait_for(timeout=TIMEOUT)
    assert "50名" in page.locator("#ga-chatbot .bot-row").last.inner_text()
    page.locator('#ga-chatbot button[aria-label="清空对话"], #ga-chatbot button[aria-label="Clear"]').first.click()
    page.wait_for_function("document.querySelectorAll('#ga-chatbot .message-row').length === 0", timeout=TIMEOUT)
    page.wait_for_function("!document.querySelector('#ga-sources .ga-source')", timeout=TIMEOUT)

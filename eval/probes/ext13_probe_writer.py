"""ext13 probe gf-001…: the hard fact that FAILS a rule, said in ordinary words — a title already held said loosely
(前年已经是市首席了, 2016那批的杭州工匠, 第一届数字工匠) or someone else's (师傅/徒弟/老婆/爸), a title tried for and not won
or a 提名奖 (which the 2023 notice says is not the title); union membership denied or held in ordinary words (厂里没工会,
会费一次都没交过, 工会卡有的, 每年工会发东西); a skill level too low or absent (才四级, 证就一个初级, 只有职称没技能等级);
and several facts in one message as a list or after a topic (称号嘛，没有；工会，有的), plus two awards dated loosely.

Written from the five notices (已获评“浙江工匠”“杭州工匠”的不予推荐; 已获评“浙江省首席技师”的不得…; 提名奖可继续参评;
工会会员; the 国家职业资格 levels 五级…一级) before any code change. Split by random.Random(2181) in file order: the first
half A (tuned on), the rest B (held out), as bench/extraction.py re-derives. Run from the repo root:
python -m eval.probes.ext13_probe_writer prints the rows, --write appends them once to eval/labels/facts.jsonl.
"""
from eval.probes.probe_rows import FACTS, write

CITY, PROV, ZJ, CRAFT, DIGI, PAI = "杭州市首席技师", "浙江省首席技师", "浙江工匠", "杭州工匠", "杭州数字工匠", "突出贡献浙派工匠"
NONE = {"none": True}


def r(text: str, absent: tuple[str, ...] = (), **expect) -> dict:
    return {"text": text, "expect": expect, "absent": list(absent)}


ROWS = [
 # a title already held, said loosely, with its level, issuer or year loosely
 r("前年已经是市首席了，这次还想报别的", prior_titles=[CITY]),
 r("评上过杭州工匠（2016那批）", prior_titles=[CRAFT]),
 r("省里的首席技师我拿到了，22年发的证", prior_titles=[PROV]),
 r("我是第一届数字工匠，市总工会发的牌子", prior_titles=[DIGI]),
 r("浙江工匠的称号我已经有了，20年那会儿评的", prior_titles=[ZJ]),
 r("省里那个突出贡献的浙派工匠，我是23年那批的", prior_titles=[PAI]),
 r("首席技师是市人社局认定的，2021年", prior_titles=[CITY]),
 r("杭州工匠的证书挂在我家墙上呢", prior_titles=[CRAFT]),
 r("我头上已经顶着个杭州数字工匠的帽子了", prior_titles=[DIGI]),
 r("市首席技师和杭州工匠我都有", prior_titles=[CITY, CRAFT]),
 r("称号的话，18年评的杭州工匠，21年又评了市首席", prior_titles=[CRAFT, CITY]),
 r("已经是省首席了，还能报杭州市首席技师吗", prior_titles=[PROV]),
 r("以前拿过杭州市的首席技师称号", prior_titles=[CITY]),
 r("数字工匠那个称号，第三届的时候评上的", prior_titles=[DIGI]),
 # tried for and not won, a 提名奖, or still pending: no title
 r("当年报了杭州工匠，最后没评上", prior_titles=NONE),
 r("首届数字工匠我只拿了个提名奖", prior_titles=NONE),
 r("单位推荐我报过两次首席技师，都落选了", prior_titles=NONE),
 r("正在申报浙江省首席技师，还没出结果", prior_titles=NONE),
 r("厂里评过我两回先进，别的称号没有", prior_titles=NONE),
 # someone else's title
 r("我师傅是市首席，我跟着他干了十年", prior_titles=NONE),
 r("我们班组的小王前年评了杭州工匠", prior_titles=NONE),
 r("老婆是浙江工匠，我没评过", prior_titles=NONE),
 r("徒弟都评上市首席技师了，我这个当师傅的还没有", prior_titles=NONE),
 r("我爸当年是杭州工匠，我现在也想试试", prior_titles=NONE),
 # union membership denied or held in ordinary words
 r("厂里没工会", union_member=False),
 r("我们公司压根没成立工会", union_member=False),
 r("会费一次都没交过，工会的事我也不懂", union_member=False),
 r("工会的事从来没管过，也没人拉我入会", union_member=False),
 r("工会卡有的，每年发两次米和油", union_member=True),
 r("每年过节工会都发东西给我们", union_member=True),
 r("入会申请书是进公司那年填的", union_member=True),
 r("我们这种小作坊哪有什么工会", union_member=False),
 r("我是会员，工会小组长还是我", union_member=True),
 r("工会那边没登记过我", union_member=False),
 r("我老公在厂里是工会主席，我在外面打零工，没入过", union_member=False),
 r("我们单位没有工会组织", union_member=False),
 r("会员证找不到了，但工会是入了的", union_member=True),
 r("有没有入工会我得问问人事", absent=("union_member",)),
 # a skill level too low or absent
 r("才四级，还差得远", skill_level="中级工"),
 r("证就一个初级，电焊的", skill_level="初级工"),
 r("技师还没评下来，手上是高级工", skill_level="高级工"),
 r("只有职称没技能等级", skill_level="none"),
 r("我是助理工程师，技能证一个没有", skill_level="none"),
 r("技能等级嘛，五级", skill_level="初级工"),
 r("两年前考了个中级工，之后一直没再考", skill_level="中级工"),
 r("高级技师我还没资格考，现在是技师", skill_level="技师"),
 r("技能证书？没考过", skill_level="none"),
 r("我的等级是国家职业资格四级", skill_level="中级工"),
 r("高级工证拿了好几年了，技师一直没去考", skill_level="高级工"),
 r("我徒弟都高级工了，我自己还是个中级", skill_level="中级工"),
 r("评了个二级，也就是技师", skill_level="技师"),
 # several facts as a list or after a topic
 r("称号嘛，没有；工会，有的", prior_titles=[], union_member=True),
 r("工会——没入。等级——三级。称号——没有。", union_member=False, skill_level="高级工", prior_titles=[]),
 r("荣誉这块是空白，工会倒是一直在", prior_titles=[], union_member=True),
 r("杭州工匠有，工会也有，技师证也有", prior_titles=[CRAFT], union_member=True, skill_level="技师"),
 r("证书只有中级工，荣誉称号没评过，工会没加", skill_level="中级工", prior_titles=[], union_member=False),
 r("等级：高级技师；工会：会员；称号：市首席技师（2021）", skill_level="高级技师", union_member=True, prior_titles=[CITY]),
 r("称号没有，等级没有，就是干活的", prior_titles=[], skill_level="none"),
 # awards dated loosely
 r("省技术能手我18年就拿了", awards=[{"level": "provincial", "year": 2018}]),
 r("市技术能手是前年评的", awards=[{"level": "municipal", "year": 2024}]),
]

if __name__ == "__main__":
    write(ROWS, prefix="gf-", start=1, seed=2181, path=FACTS, check=False, names=("A", "B"), width=3, key="half")

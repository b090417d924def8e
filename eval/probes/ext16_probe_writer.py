"""ext16 probe (round ten): what the asker holds and is — titles, union, level, post — said in ordinary words.

Written from the five notices (/work/shared/seeds/) and the blind writers' rules ("盲写批次 v" in eval/README.md)
before any code change in this round, not from the extractor's behaviour: rambling messages, the ask buried
mid-message, relative dates, dialect and typos.

- gi-001…048 (eval/labels/facts.jsonl): a title already held (said as a story, a year, 已经是…了), none held said
  in own words, another person's title or placing (小王…评了, 第一是我徒弟拿的, 我师父是…), a rule restated in the
  message (要在杭州干满10年, 要技师以上) that is not the asker's fact; union membership (会费从工资里扣, 哪来的工会,
  派遣过来的没让入); a skill level said loosely or as absent; a lead, 组长 or 主管 who still does the technical work
  against management said plainly and a bare 组长 left open; and nothing to show said in own words (就是个普通干活的,
  没啥成绩, 奖啊专利啊都没有).
- gi-d01…d12 (eval/probes/ext16_dialogues.jsonl): the same facts given as replies, each verdict judged from the
  notices: a hard condition failed by the reply (杭州工匠 必须是工会会员; 首席技师 技师及以上, 已获评浙江省首席技师的不得
  申报; 第四届 已被认定为杭州工匠的不再重复推荐; 浙派 高级技师以上或本工种最高), nothing to show against every
  alternative, another person's title or placing that leaves the verdict open, and a lead who still does the work.

Today is 2026-11-21 (the evals' ASSISTANT_TODAY); 首届杭州工匠 counts at 2016. Split by random.Random(2205): first half
A (tuned on), the rest B (held out). Run from the repo root: python -m eval.probes.ext16_probe_writer prints the rows,
--write appends them once (the dialogue file is created empty first).
"""
from pathlib import Path

from eval.probes.probe_rows import FACTS, within, write

DLG = Path(__file__).resolve().parent / "ext16_dialogues.jsonl"
D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
HZG, CTH, CTZ, DIG = "杭州工匠", "杭州市首席技师", "浙江省首席技师", "杭州数字工匠"
FL, MG, AD = "frontline_technical", "management", "administrative"
NONE = {"none": True}
SOME = {"present": True}


ROWS = [  # (text, expect, absent)
    # a title already held, the asker's own, said as a story
    ("说来话长，我在萧山一家做齿轮的厂里干了二十多年，前年运气好评上了杭州工匠，今年看到数字工匠的通知又想试试，不知道行不行",
     {"prior_titles": [HZG]}, []),
    ("本人19年被评为杭州市首席技师，现在单位想推荐我报浙派工匠，麻烦帮看下", {"prior_titles": [CTH]}, []),
    ("我们老板让我问问，我去年已经拿了省首席技师的证书，这回杭州的首席技师还能不能再报", {"prior_titles": [CTZ]}, []),
    ("去年那批杭州数字工匠里头有我，今年第四届还能报伐？顺便问下奖金啥时候发", {"prior_titles": [DIG]}, []),
    ("哎 我这种已经是市首席的人了 还有机会评杭州工匠伐", {"prior_titles": [CTH]}, []),
    ("杭州工匠我是第一批的，2016年那次评上的，后来就一直在带徒弟", {"prior_titles": [HZG]}, []),
    ("我爸让我帮他问，他在富阳造纸厂干了三十年，杭州市首席技师前些年就评上了", {"prior_titles": [CTH]}, []),
    # none held, said in own words; another's title; tried but not won; a 提名奖
    ("我们车间小王前年评了杭州工匠，大家都说我手艺比他好，我自己啥称号都还没有", {"prior_titles": []}, []),
    ("第一是我徒弟拿的，市里的数控比赛，我当时是他教练，本人没有什么头衔",
     {"prior_titles": [], "competition_results": NONE}, []),
    ("我师父是浙江工匠，跟着他学了八年，我自己还没评过什么", {"prior_titles": NONE}, []),
    ("报过两次首席技师，一次材料没过一次名额满了，到现在还是白板一个", {"prior_titles": NONE}, []),
    ("提名奖拿过一个，第一届数字工匠的提名，正式的称号没有", {"prior_titles": NONE}, []),
    ("要求里写着评过杭州工匠的不能再报，我正好没评过", {"prior_titles": NONE}, []),
    ("我徒弟去年拿了省技能大赛第一，我本人是高级技师，也没有别的称号",
     {"skill_level": "高级技师", "competition_results": NONE, "prior_titles": []}, []),
    # union membership in ordinary words
    ("会费每个月从工资里扣的，应该算会员吧", {"union_member": True}, []),
    ("我们是个体的小店，就我和老婆两个人，哪来的工会", {"union_member": False}, []),
    ("工会嘛，进厂那会儿填过一张表，后来每年过年都有慰问品发", {"union_member": True}, []),
    ("入会这个事我真不记得了，要问问我们办公室", {}, ["union_member"]),
    ("公司是有工会的，但我是劳务派遣过来的，没让我们入", {"union_member": False}, []),
    ("工会会员卡在钱包里揣着呢", {"union_member": True}, []),
    ("我老婆是工会会员，我们厂没有这个的", {"union_member": False}, []),
    ("去年退了工会，换了家小公司，那边没工会", {"union_member": False}, []),
    ("是不是要工会会员才行？我是的", {"union_member": True}, []),
    # a skill level said loosely, as too low or as absent; a rule's level is not the asker's
    ("证是前几年考的高级，钳工的，技师一直没去考", {"skill_level": "高级工"}, []),
    ("职业资格三级，就是老说的高级工", {"skill_level": "高级工"}, []),
    ("手上就一张电工上岗证，等级证没弄过", {"skill_level": "none"}, []),
    ("我是高级工程师，技能等级这块是空着的", {"skill_level": "none"}, []),
    ("技师证一九年拿的，高级技师今年正在考", {"skill_level": "技师"}, []),
    ("前年考出了一级，就是高级技师那个", {"skill_level": "高级技师"}, []),
    ("我们组长是技师，我比他低一档，高级工", {"skill_level": "高级工"}, []),
    ("就一个初级证，年轻时候考的，后面一直没顾上", {"skill_level": "初级工"}, []),
    ("通知上说要技师以上，我是高级工，差一档", {"skill_level": "高级工"}, []),
    # the post: a lead who still does the work; management or office said plainly; a bare lead left open
    ("我是班组长，但是手里活一点没少，每天自己也上机床", {"role_type": FL}, []),
    ("在车间当主管，排产、盯质量，设备有问题也是我上去调", {"role_type": FL}, []),
    ("项目组长，手底下四五个人，代码我自己也写，主要写后端", {"role_type": FL}, []),
    ("现在挂个技术主管的名，说白了还是天天调设备修设备的", {"role_type": FL}, []),
    ("我是车间主任了，基本上就是开会填表，很少动手", {"role_type": MG}, []),
    ("在公司做行政后勤，管管食堂和宿舍", {"role_type": AD}, []),
    ("组长，带着几个人", {}, ["role_type"]),
    ("我现在是工段长，在这个厂快十年了", {"years_in_field": within(9.0, 10.0)}, ["role_type"]),
    # nothing to show, said in own words
    ("就是个普通干活的，奖啊专利啊都没有，也没比过赛", {"awards": [], "achievements": [], "competition_results": []}, []),
    ("没啥成绩，天天就是上班下班，修修机器", {"achievements": []}, []),
    ("老老实实干了十几年，要说有啥拿得出手的，真没有", {"achievements": []}, []),
    ("比赛没去过，奖状一张都没有，标准啊革新啊离我们太远了", {"competition_results": [], "awards": [], "achievements": []}, []),
    ("说实话我没什么业绩好写的，就会埋头干活", {"achievements": []}, []),
    ("技改搞过一个小的，别的奖啊称号啊都没有", {"achievements": SOME, "awards": [], "prior_titles": []}, []),
    ("没啥亮眼的，就是带过两个徒弟，这个算不算", {"trained_apprentices": SOME}, []),
    # a restated rule's count is not the asker's
    ("听说评杭州工匠要在杭州干满10年？我来杭州才六年，之前在温州",
     {"years_full_time_in_hangzhou": within(5.9, 6.1)}, ["years_in_field"]),
]


def t(user, answers=None):
    return {"user": user, "answers": answers, "expect_facts": {}, "expect_verdicts": {}}


DIALOGUES = [  # (turns, final verdicts)
    ([t("杭州工匠那个我想问问，我在余杭一家机械厂做钳工，九五年进厂一直干到现在，天天在车间，前几年还拿过杭州市钳工比赛第一名"),
      t("工会？我们厂小，压根没成立过", "union_member")], {C16: "not_eligible"}),
    ([t("想问下首席技师我能不能报，我在滨江做电梯维保，干了十二年了，每天都在爬井道修电梯"),
      t("证的话就一个高级的，技师一直没顾上考", "skill_level")], {CT: "not_eligible"}),
    ([t("第四届数字工匠现在在报了是伐，我在西湖区一家软件公司做运维开发，七八年了，工会会员"),
      t("称号的话，23年那会儿已经评上杭州工匠了，不过那是老早的事了", "prior_titles")], {D26: "not_eligible"}),
    ([t("杭州市首席技师 在萧山做数控车 二十年 技师证有的 一线"),
      t("省首席倒是评过 一九年的", "prior_titles")], {CT: "not_eligible"}),
    ([t("浙派工匠我想报一下，我在绍兴做注塑模具二十多年了，一直在一线"),
      t("等级就是高级工，我们这个工种上面还有技师、高级技师", "skill_level")], {ZJ: "not_eligible"}),
    ([t("杭州工匠我够不够啊 萧山汽修 干了快三十年 工会会员 一线修车"),
      t("说实话没啥成绩，就是天天修车，奖啊专利啊都没有，比赛也没去过，徒弟倒是带过几个", "achievements")],
     {C16: "not_eligible"}),
    ([t("第四届数字工匠，我在拱墅做数据中心运维，干了9年，工会会员，一直在杭州，技术岗"),
      t("标准没参与过，技改攻关也谈不上，证书奖项一个都没有，就是个普通干活的", "achievements")], {D26: "not_eligible"}),
    ([t("首席技师能报吗，我在临平一家纺机厂做装配钳工二十二年，高级技师，天天在车间"),
      t("比赛的话第一是我徒弟拿的，市里的一类竞赛，我自己没参加过，省首席也没评过")], {CT: "needs_review"}),
    ([t("我们班组的小王前年评上了杭州工匠，他让我也报第四届数字工匠试试。我在余杭做工业机器人调试，六年了，工会会员，"
        "一直在杭州全职，技术岗"),
      t("我牵头改了一套机器人离线编程的流程，调试时间缩短了一半", "achievements")], {D26: "needs_review"}),
    ([t("听说杭州工匠要在杭州干满10年，还必须是工会会员？我在上城做西湖绸伞，九二年就开始学了，一直在杭州自己作坊里做伞，"
        "工会会员也是的，中国人，今年52"),
      t("2012年杭州市职业技能大赛手工艺那个项目拿过第一名")], {C16: "eligible"}),
    ([t("第四届数字工匠我想报，我在钱塘区一家做工业互联网的民企，是项目组长，手下五六个人，代码和调试我自己照样干，"
        "工会会员，在杭州全职干了八年，数字这行也八年了，没评过工匠"),
      t("我们团队牵头起草了一个团体标准，我是主要起草人", "achievements")], {D26: "needs_review"}),
    ([t("首席技师 我在建德一家水泥厂当设备主管 其实还是天天在现场修设备 干了二十年 高级技师 省首席没评过"),
      t("前年厂里窑头的一个大故障是我带人排除的，不然要停产一个月", "achievements")], {CT: "needs_review"}),
]

rows = [dict(text=tx, expect=e, absent=a) for tx, e, a in ROWS]
assert len(rows) == 48, len(rows)
dialogues = [dict(turns=turns, final_verdicts=final) for turns, final in DIALOGUES]
for d in dialogues:
    d["turns"][-1]["expect_verdicts"] = dict(d["final_verdicts"])
assert len(dialogues) == 12, len(dialogues)

if __name__ == "__main__":
    write(rows, prefix="gi-", start=1, seed=2205, path=FACTS, check=False, names=("A", "B"), width=3, key="half")
    DLG.touch()
    write(dialogues, prefix="gi-d", start=1, seed=2205, path=DLG, check=False, width=2)

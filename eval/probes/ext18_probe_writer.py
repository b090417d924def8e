"""ext18 probe (round eleven): the hard facts that decide a "no", said in ordinary words.

Written from the five notices (/work/shared/seeds/) and the blind writers' rules ("盲写批次 w" and "v" in eval/README.md)
before any code change in this round, not from the extractor's behaviour: the fact said in passing, mid-story, hedged,
with relative dates and dialect. The notices' hard exclusions and bars these facts decide:
- 第四届数字工匠 二 “已被认定为‘浙江工匠’‘杭州工匠’‘杭州数字工匠’的不再重复推荐”; 首届数字工匠 “已获评‘浙江工匠’、‘杭州工匠’的不予
  推荐”; 首席技师 一 “已获评‘浙江省首席技师’的人员不得申报”: a title held, said loosely (厂里报上去批下来了, 证书/奖牌 as its
  witness, 那年 by an event) against one only heard of, a relative's, a plan or a question (要是评上…);
- 首届杭州工匠 三/(一) “必须是工会会员”: not a member said in own words (会员一直没办, 会费从来没交过, 人家不收临时工);
- 首席技师 二 “具有技师及以上国家职业资格证书”, 浙派 三/(一) “取得高级技师以上…”: a level below the bar or none (只有个初级的,
  证还没考, 考了两次没过现在还是中级), a plan (打算明年考技师) leaving the level held as said;
- 浙派 三 “退休人员不作为推荐对象” (退休了还能报…, 办了退休手续 against 明年就退休), and 一线/技术岗位 left for management said by
  its duties (每天开会排班看报表, 主要写方案审图纸);
- honours below the listed level (厂里/集团内部/区里评的) are no listed title or award, the city's own is.
- gk-001…056 (eval/labels/facts.jsonl), split by random.Random(2224): first half A (tuned on), the rest B (held out).
- el-gk001…012 (eval/probes/ext18_messages.jsonl): single messages, each verdict judged from the notices; the same seed,
  dev (A) and test (B).
Today is 2026-11-21 (the evals' ASSISTANT_TODAY); 首届杭州工匠 counts at 2016, 首届数字工匠 at 2023-03-31, 首席技师 at 2021.
Run from the repo root: python -m eval.probes.ext18_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import FACTS, ROOT, write
from eval.probes.profile_probes import message_rows

HZG, CTH, CTZ, DIG, ZJG = "杭州工匠", "杭州市首席技师", "浙江省首席技师", "杭州数字工匠", "浙江工匠"
FL, MG, AD = "frontline_technical", "management", "administrative"
NONE = {"none": True}
OFFICE = {"any": [MG, AD]}

ROWS = [  # (text, expect, absent)
    # a title held, said loosely: by the papers, a batch, a year, the unit's nomination that went through
    ("说起来也不好意思，前年厂里把我报上去，市里批下来了，杭州工匠，证书现在还在我抽屉里，今年这个数字工匠我还能凑个热闹不",
     {"prior_titles": [HZG]}, []),
    ("杭州市首席技师那个，21年单位报上去就批了，现在想问浙派的事", {"prior_titles": [CTH]}, []),
    ("家里墙上挂着浙江工匠的奖牌呢，我老婆天天擦，这回想给徒弟问问数字工匠", {"prior_titles": [ZJG]}, []),
    ("19年那会儿领导推荐我，杭州市首席技师就这么评下来了，后来一直在带班", {"prior_titles": [CTH]}, []),
    ("我那个省首席是二二年发的证，在富阳一家造纸厂搞设备", {"prior_titles": [CTZ]}, []),
    ("去年刚被认定为杭州数字工匠，这次第四届的通知单位又转给我了", {"prior_titles": [DIG]}, []),
    ("头一届杭州工匠就有我，那年还上过杭州电视台", {"prior_titles": [HZG]}, []),
    ("杭州工匠那块牌子单位给我挂在工作室门口了，好几年了", {"prior_titles": [HZG]}, []),
    ("拿杭州工匠那年我儿子刚考上大学，一晃也五六年了", {"prior_titles": [HZG]}, []),
    ("评上省首席以后厂里给我涨了一档工资，这个在申报里要写吗", {"prior_titles": [CTZ]}, []),
    ("浙江工匠的证书上印的日子是2020年12月，我这次想报首届数字工匠", {"prior_titles": [ZJG]}, []),
    ("前年评上的，杭州工匠，那时候还发了奖金", {"prior_titles": [HZG]}, []),
    ("市首席我是有的，数字工匠倒是没报过", {"prior_titles": [CTH]}, []),
    ("俺是18年那批的杭州工匠，现在厂里又让俺试试浙派", {"prior_titles": [HZG]}, []),
    ("厂里去年帮我申报的杭州数字工匠，名单出来有我，公司还发了通报", {"prior_titles": [DIG]}, []),
    # a title not held: heard of, a relative's, a plan, a supposition, pending, or below the listed level
    ("听说评上杭州工匠以后就不能再报别的了，是真的吗？反正我还没评过", {"prior_titles": NONE}, []),
    ("我师傅是2019年的杭州工匠，我跟了他十年，手艺都是他教的", {"prior_titles": NONE}, []),
    ("打算明年报浙江工匠，今年先试试杭州的首席技师", {"prior_titles": NONE}, []),
    ("要是评上了杭州市首席技师，以后还能再报浙派吗", {"prior_titles": NONE}, []),
    ("我老婆去年评了杭州数字工匠，我自己是做数控的，跟数字不沾边", {"prior_titles": NONE}, []),
    ("厂里上个月报了我一个杭州工匠，现在还在公示，还没正式下文", {"prior_titles": NONE}, []),
    ("领导说要推荐我评省首席，材料还没交上去呢", {"prior_titles": NONE}, []),
    ("集团内部评的首席技师，不是市里的那个，我们厂每年评一个", {"prior_titles": NONE}, []),
    ("区里给过一个首席技师的称号，余杭区评的", {"prior_titles": NONE}, []),
    ("车间里都传我要评杭州工匠了，其实八字还没一撇", {"prior_titles": NONE}, []),
    ("我们主任老叫我首席，那是厂里自己叫着玩的，正经称号一个没有", {"prior_titles": NONE}, []),
    # union membership said in own words
    ("我们公司就七八个人，工会是啥我都没听说过", {"union_member": False}, []),
    ("工会那个会员我一直没办，觉得没啥用", {"union_member": False}, []),
    ("入会的申请表发下来过，我当时没填，后来也就忘了", {"union_member": False}, []),
    ("我是临时工，人家工会不收我们这种的", {"union_member": False}, []),
    ("工会会费我从来没交过，应该就不算吧", {"union_member": False}, []),
    ("之前在国企是工会会员，现在出来自己单干了，哪还有什么工会", {"union_member": False}, []),
    ("工会？我们厂好像是有的，我没入", {"union_member": False}, []),
    ("不知道自己算不算会员，每年三八节倒是有发东西", {}, ["union_member"]),
    ("老公是工会会员，我自己单位有没有工会都没问过", {}, ["union_member"]),
    # a skill level below the bar, or none
    ("证嘛，只有个初级的，还是刚进厂那会考的", {"skill_level": "初级工"}, []),
    ("等级证还没考，一直想考就是抽不出时间", {"skill_level": "none"}, []),
    ("我四级，去年刚考的，三级的明年再说", {"skill_level": "中级工"}, []),
    ("高级工考了两回都没过，现在手上的还是中级", {"skill_level": "中级工"}, []),
    ("打算明年去考技师，现在是高级工", {"skill_level": "高级工"}, []),
    ("我师傅是高级技师，我还差得远，证都没有一个", {"skill_level": "none"}, []),
    ("资格证就一张，上面写的五级", {"skill_level": "初级工"}, []),
    ("听人说我这水平够技师了，可我其实一本证都没考过", {"skill_level": "none"}, []),
    ("厂里说要送我去考技师，还没去，现在是三级", {"skill_level": "高级工"}, []),
    # the post: management or office said by its duties, against a lead who still does the work
    ("这两年基本不碰设备了，每天就是开会、排班、看报表", {"role_type": MG}, []),
    ("以前是焊工，前年提了车间副主任，现在主要管二十几号人的生产进度", {"role_type": MG}, []),
    ("现在坐办公室做采购，以前在车间干了十年钳工", {"role_type": OFFICE}, []),
    ("我是班长，不过每天还是自己上机床干活", {"role_type": FL}, []),
    ("公司让我管仓库和人事，手艺活现在都交给徒弟了", {"role_type": OFFICE}, []),
    ("技术科的科长，平时主要写方案、审图纸，现场很少去了", {"role_type": MG}, []),
    ("领导说想提我当主任，我还在考虑，现在还是天天在线上", {"role_type": FL}, []),
    # retired, said in passing or as the ask, against retiring to come
    ("退休了还能报浙派工匠吗", {"employment": "retired"}, []),
    ("我去年刚办了退休手续，厂里又把我叫回去带徒弟", {"employment": "retired", "rehired": True}, []),
    ("办完退休在家歇了半年，闲不住", {"employment": "retired"}, []),
    ("明年就到退休年龄了，现在还在车间天天干", {"role_type": FL}, ["rehired"]),
    # an honour below the listed level, against the city's own
    ("厂里评过我一个技术能手，市里的那种我没有", {"awards": NONE}, []),
    ("技术能手是杭州市评的，2018年，单位报上去的", {"awards": [{"level": "municipal", "year": 2018}]}, []),
]

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
WHY = {D26: "hz_digital_craftsman_2026#二", D23: "hz_digital_craftsman_2023#附件1/二", C16: "hz_craftsman_2016#三/(一)",
       CT: "hz_chief_technician_2021#二", ZJ: "zj_craftsman_2023#三/(一)"}

MESSAGES = [  # (program, expected, message, why)
    (D26, "not_eligible", "第四届数字工匠想咨询一下 我在滨江做工业互联网平台的后端开发七八年了 一直写代码 工会会员 说起来前年厂里"
     "把我报上去 杭州工匠批下来了 证书还在抽屉里 这次单位又让我报数字工匠 行不行啊", "已被认定为杭州工匠，不再重复推荐"),
    (C16, "not_eligible", "首届杭州工匠那时候 我在余杭一家家具厂做木雕 做了十七八年了 七零年的 中国人 一直在车间 2014年杭州市职业技能"
     "大赛木雕第一名 就是工会那个会员我一直没办 觉得没啥用 这样当年能报上不", "不是工会会员：hz_craftsman_2016#三/(一)"),
    (CT, "not_eligible", "21年的杭州市首席技师 我在萧山做汽车维修十几年了 天天在车间里 19年浙江省一类技能竞赛汽修拿了第二名 "
     "等级证嘛只有个中级的 高级工考了一次没过 省首席没评过 够不够啊", "中级工，不到技师"),
    (CT, "not_eligible", "想问问21年那个杭州首席技师 我在临平做纺织机械维修 高级技师 一直在一线 省里的首席技师我一九年就评上了 "
     "证书上盖的省人社厅的章 2019年全国一类大赛拿了第五 还能报不", "已获评浙江省首席技师，不得申报：hz_chief_technician_2021#一"),
    (ZJ, "not_eligible", "退休了还能报浙派工匠吗 我在宁波做了三十年模具钳工 高级技师 去年底办的退休 厂里又返聘回去带徒弟 "
     "带出来的徒弟有两个拿过省赛名次", "退休人员不作为推荐对象：zj_craftsman_2023#三"),
    (ZJ, "not_eligible", "浙派工匠 我在绍兴一家纺织厂 高级技师 原来是挡车工 这两年当了车间主任 基本不碰机器了 每天就是开会排班看报表 "
     "厂里的几个技改都是我牵头搞的 在浙江干了二十多年 能报吗", "不在生产服务一线"),
    (D23, "not_eligible", "首届数字工匠那会儿 我在杭州做智能仓储的调度系统 做了六年了 工会会员 技术岗 浙江工匠是2021年评的 奖牌在家里"
     "柜子上摆着 当时我能不能报", "已获评浙江工匠，不予推荐：hz_digital_craftsman_2023#附件1/二"),
    (D26, "needs_review", "第四届数字工匠 我老公前年评上了杭州工匠 我自己在西湖区一家公司做数据标注平台的运维 五六年了 工会会员 "
     "技术岗 我自己啥称号都没评过 也没拿过什么奖 能报吗", "丈夫的称号不是本人的，业绩交评审"),
    (CT, "not_eligible", "首席技师21年那批 我在钱塘一家药厂做设备维修 一直在一线 技师证还没考 打算明年考 省首席没评过 "
     "2020年杭州市一类技能竞赛拿了第一名 能报吗", "还没有技师证"),
    (C16, "needs_review", "首届杭州工匠 我在拱墅做锡雕 三十年了 六八年的 中国人 一直自己动手做 工会会员 师傅是省里的工艺美术大师 "
     "我自己没啥称号 锡雕这个手艺杭州也没几个人会了 这个能报不", "传统工艺，由评审认定"),
    (ZJ, "needs_review", "浙派工匠 我五十九了 明年就退休 现在还在车间 高级技师 做了三十多年电焊 在浙江一直没离开过 带了二十几个徒弟 "
     "有好几个拿过省赛名次 我这种能报吗", "未退休，业绩由评审认定"),
    (D26, "eligible", "第四届数字工匠 我在萧山做工业视觉检测算法 六年多了 工会会员 一直在技术岗 领导说明年想推荐我评杭州工匠 "
     "我想先报这个 去年拿了浙江省科学技术进步奖三等奖 能报吗", "省级科学技术类奖项，未获称号"),
]

MESSAGES_PATH = ROOT / "eval" / "probes" / "ext18_messages.jsonl"



if __name__ == "__main__":
    rows = [dict(text=t, expect=e, absent=a) for t, e, a in ROWS]
    assert len(rows) >= 50 and len(MESSAGES) == 12, (len(rows), len(MESSAGES))
    write(rows, prefix="gk-", start=1, seed=2224, path=FACTS, check=False, names=("A", "B"), width=3, key="half")
    if not MESSAGES_PATH.exists():
        MESSAGES_PATH.write_text("", encoding="utf-8")
    write(message_rows(MESSAGES, WHY), prefix="el-gk", start=1, seed=2224, path=MESSAGES_PATH, check=False, width=3)

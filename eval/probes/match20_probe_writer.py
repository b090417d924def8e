"""Round 11's match20 probes: deeds told in passing in one message, or their absence told in the asker's own words,
read against the alternatives (符合下列条件之一); and labelled achievement sentences of the same class.

Written from the five notices and ``assistant/language/data/kinds.json`` before any code change and before running
anything on them, the way the blind writers write: one breath with spaces for punctuation, the ask buried mid-message,
two-digit years (“一九年”“二〇年”), relative dates (“去年”= 2025 for today 2026-11-21), a typo (“己经”), family asking.
Each message tells every hard rule of its programme, so only the alternatives (and 第四届's direct recognition) decide.

The judging (from the notices, not from the code):
- an absence said in the asker's own words that covers every alternative (“比赛评比从来轮不到他”“技改 操作法…跟我都不沾边”
  “标准 攻关 智能体这些大事轮不到我”“啥奖也没拿过 证书就一个英语四级”) is a no for each → not_eligible;
- an absence of ONE kind (“比赛倒是一次没参加过”“啥奖也没拿过”“比赛评比从来没拿过啥”) leaves the others open: a deed told beside it
  (带出来的徒弟成了骨干, 换模的办法是我琢磨出来的) is the experts' → needs_review; nothing told beside it → needs_review;
- a near miss is not the alternative met: a team's or workshop's honour (班组的工人先锋号), the company's award without the
  asker among its winners, 报了名/入围/进了决赛 without the result, a placing below the bar (省赛第二名 for 杭州工匠 第4条,
  个人第三名/团体第一 for 第四届's direct recognition, 市赛三等奖), an honour of another body (区里的技能比武第一 for 首席(一));
  with the rest denied → not_eligible, with the result or the rest left open → needs_review;
- a placing, award or certificate the notice lists → eligible (首席(四) 徒弟市级一类第二名 and 多人成为骨干; 杭州工匠 第5条 市赛第1名;
  第四届(三) 省科技奖; 首届(三) 市科技奖).

The achievement sentences (kinds per kinds.json; [] for near misses and absences): deeds buried in context, 、 lists of
old things under one predicate (which the bench also reads under a prefixed negation: it must match nothing), another's
deed, a share, a mention, a registration without result.

Split by random.Random(2227): the first half A/dev (tuned on), the rest B/test (held out).
Run from the repo root: python -m eval.probes.match20_probe_writer prints the rows, --write appends them once.
"""

from eval.probes.probe_rows import ROOT, write
from eval.probes.profile_probes import C16, CT, D23, D26, ZJ, message_rows, write_achievements

WHY = {D26: "hz_digital_craftsman_2026#二", D23: "hz_digital_craftsman_2023#附件1/二", C16: "hz_craftsman_2016#三/(二)",
       CT: "hz_chief_technician_2021#二", ZJ: "zj_craftsman_2023#三/(一)"}

# (program, expected, message, why)
MESSAGES = [
    (CT, "not_eligible", "替我姐夫问的 他技师证一八年拿的 在萧山一家阀门厂一线做装配钳工 快二十年了 省首席没评过 他这人就是闷头干活的"
     " 比赛评比从来轮不到他 绝活啥的也没有 技术上没搞过啥名堂 徒弟也没正经带过 21年那次首席能报不", "四项都用自己的话说没有"),
    (CT, "needs_review", "首席技师二一年那次 我是技师 在下沙一家电子厂一线做贴片设备维修 十二年了 没评过省首席 比赛倒是一次没参加过"
     " 就这情况能报吗", "只说了没比过赛，(二)(三)(四)没说"),
    (CT, "needs_review", "21年首席技师：高级技师，杭州一家锻造厂一线锻工十六年，省首席没评过，一九年入围了全国一类锻造工大赛决赛，"
     "最后名次记不太清了，好像在十名左右，其他没啥", "国家一类要前六名，名次没说准"),
    (CT, "not_eligible", "想问下21年首席 我技师 在富阳一家造纸厂一线开纸机十五年 省首席没评过 我们班组拿过全国工人先锋号 厂里也是省级先进集体"
     " 我个人的话比赛没拿过名次 也没带过徒弟 革新绝活都说不上", "班组和厂的荣誉不是个人荣誉，其余明说没有"),
    (CT, "needs_review", "首席技师（2021）高级技师 临平一家纺机厂一线装配 二十年 没评过省首席 二〇年报了名市里一类的装配钳工竞赛"
     " 后来疫情推迟了 最后比没比我也忘了 别的没有", "报了名，结果不明"),
    (CT, "eligible", "我是高级技师 在杭州一家汽车厂一线做焊装 十八年 省首席没评过 我带的徒弟里有个一九年拿了杭州市一类焊工竞赛第二名"
     " 另外两个现在是班组长 21年能报首席不", "(四) 徒弟多人成为骨干、市级一类前三名"),
    (CT, "needs_review", "首席技师 我是技师 在杭州一家酒厂一线 酿酒二十年 没评过省首席 比赛么也就拿过区里的技能比武第一 不过我勾兑的手艺"
     "厂里没第二个人会 徒弟没带过", "区级名次不在(一)里；(二) 绝招由评审认定"),
    (C16, "not_eligible", "问下老的杭州工匠 我七二年的 中国人 会员 九三年就在杭州一家印刷厂开胶印机 一直一线 说实在的我就是个老老实实干活的"
     " 绝活 操作法 革新这些都谈不上 也不是啥传统手艺 比赛评比啥的从来没我的份", "五条都用自己的话说没有"),
    (C16, "needs_review", "首届杭州工匠 我一九七五年生 中国人 会员 九八年起在杭州一家丝绸厂做织造 一直在车间 比赛没参加过"
     " 我织的是杭州老字号的像景织锦 一幅要织好几个月 这个算不算", "杭州特色、传统工艺，由评审认定"),
    (C16, "not_eligible", "老的杭州工匠那次 我七〇年的 中国国籍 会员 在杭州一家机械厂一线干了二十五年 一四年浙江省技能大赛拿了第二名 其他没有",
     "省技能大赛要第1名，其他明说没有"),
    (C16, "needs_review", "首届杭州工匠 七八年的 中国人 会员 〇二年到杭州一家汽修厂一线修车 一五年入围过全国汽修技能大赛总决赛"
     " 名次没公布到我这 你帮我看看", "入围不是名次，其余没说"),
    (C16, "not_eligible", "首届杭州工匠能不能报 我六五年的 中国人 会员 八八年进杭州一家锅炉厂当电焊工到现在还在一线 厂里评过我好几次先进个人"
     " 市总工会的技能比武也拿过三等奖 别的绝活 操作法 革新都没有 也不是传统工艺", "市赛要第1名，先进个人不是条件，其余明说没有"),
    (C16, "eligible", "首届杭州工匠 我六九年的 中国人 会员 九〇年就在杭州 一直在一家制伞厂一线做绸伞 一三年拿过杭州市职业技能大赛"
     "制伞项目第一名", "市级职业技能大赛第1名"),
    (D26, "needs_review", "第四届数字工匠 我在滨江一家做安防的公司写视频算法 一七年到现在 一直在杭州 会员 技术岗 没评过工匠 公司那个项目"
     "拿过浙江省科学技术进步奖 但完成人名单里有没有我我还真不知道 我自己的话标准没弄过", "公司的奖，本人是否获奖不明；攻关没说"),
    (D26, "not_eligible", "第四届数字工匠 我在余杭一家电商公司做后端开发 一八年入行一直在杭州 会员 技术岗 没评过工匠 说白了就是个普通写代码的"
     " 标准 攻关 智能体这些大事轮不到我 证书奖项也一个没有 去年的竞赛也没参加", "三项都用自己的话说没有"),
    (D26, "needs_review", "第四届 我做工业互联网平台运维 二〇一九年开始干 一直在杭州 会员 技术岗 没评过工匠 去年报名了杭州市数字经济职业技能竞赛"
     " 进了决赛 成绩要月底才出来 能直接认定吗", "名次未出，不能直接认定；(一)(二)(三)没说"),
    (D26, "not_eligible", "第四届数字工匠 民企 数据标注平台开发 一八年干到现在 杭州全职 会员 技术岗 没评过工匠 去年参加省数字经济技能竞赛"
     "拿了个人第三名 标准 攻关 智能体 证书 科技奖这几样都没有", "个人第三名不能直接认定，其余明说没有"),
    (D26, "needs_review", "我们团队去年拿了省数字经济职业技能竞赛团体第一 我是队长 第四届数字工匠能直接认定吗 我在西湖区一家公司做网络安全"
     "渗透测试 一六年干到现在 一直在杭州 会员 技术岗 没评过工匠 其他奖没有", "团体第一不是个人第一；标准、攻关没说"),
    (D26, "eligible", "第四届数字工匠 我在拱墅一家公司做数据库内核开发 一五年干到现在 一直在杭州 会员 技术岗 没评过工匠 前年以第二完成人"
     "拿了浙江省科学技术进步奖二等奖 这个够了吧", "省级科学技术类奖项，(三)"),
    (D23, "not_eligible", "首届数字工匠 我一四年来杭州做物流系统开发到现在 会员 技术岗 没评过工匠 那时候我啥奖也没拿过 证书就一个英语四级"
     " 标准没参与过 攻关啥的轮不上我 徒弟也没带过", "四项都明说没有"),
    (D23, "needs_review", "首届数字工匠 一五年起在杭州做工业视觉检测算法 会员 技术岗 没评过工匠 我们公司二一年拿过杭州市科学技术进步奖"
     " 是公司的项目 我在里面做了一部分 算不算", "公司的奖，本人是否获奖不明；其余没说"),
    (D23, "needs_review", "首届那次 我在杭州做云计算运维 一六年起 会员 技术岗 没评过工匠 证书没有 奖也没有 不过我带的一个选手二二年参加"
     "浙江省数字技能大赛 好像拿了个优秀奖", "优秀奖是否前五名不明；标准、攻关没说"),
    (D23, "eligible", "首届数字工匠 我一三年开始做网络安全 一六年来杭州全职 会员 技术岗 没评过工匠 二一年拿的杭州市科学技术进步奖三等奖"
     " 我是第一完成人", "市级科学技术类奖项，(三)"),
    (ZJ, "not_eligible", "浙派工匠 我是高级技师 在温州一家鞋厂一线做鞋楦 二十年了 在岗 说句实在话我就是个手艺人 徒弟没正经带过"
     " 技改 操作法 新技术转化 数字化这些跟我都不沾边 能报不", "五项都用自己的话说没有"),
    (ZJ, "needs_review", "浙派工匠想问问 高级技师 在湖州一家电机厂一线绕线 十五年 在岗 我们车间被评为省级工人先锋号 我带过两个徒弟"
     " 一个现在当班长了", "带徒由专家评审"),
    (ZJ, "needs_review", "浙派工匠 我在义乌一家五金厂一线做冲压模具 高级技师 干了十二年 一直在岗 比赛评比从来没拿过啥 不过厂里冲压线换模的"
     "办法是我琢磨出来的 换一次从一个钟头缩到十分钟", "操作方法、技术革新由专家评审"),
    (ZJ, "not_eligible", "浙派工匠 高级技师 在嘉兴一家化纤厂一线做纺丝 十四年 在岗 一九年浙江省化纤技能大赛第一名 二〇年评了浙江省技术能手"
     " 带徒 革新 操作法 成果转化 数字化改造这五样其实都谈不上", "名次、荣誉不是五项之一，五项明说没有"),
    (ZJ, "needs_review", "浙派工匠能报不 高级技师 在台州一家汽配厂一线做热处理 十六年 在岗 一直都是埋头干活 啥奖也没拿过"
     " 不过我带出来的徒弟有四五个都成了车间骨干", "没拿过奖不否认带徒；带徒由专家评审"),
]

# (text, kinds)
ACHIEVEMENTS = [
    ("那会儿厂里的热处理炉老出废品，是我带着两个人摸索了半年把温控改了，废品率从百分之八降到一以下", ["innovation"]),
    ("我们车间现在用的那套快速换模的做法，是我一点点试出来的，后来全厂都照着干", ["method"]),
    ("前后带过十几个徒弟，有三个现在是班长", ["training"]),
    ("闭着眼睛听声音就知道轴承哪里磨了，这个厂里就我一个人会", ["knack"]),
    ("老手艺了，竹编篮子从破篾到收口全是手工，一只要编三天", ["craft"]),
    ("给仓库做了个能自己回答库存问题的智能体，大家现在都不用翻报表了", ["ai_agent"]),
    ("参与起草过一个物流行业的团体标准，我负责其中数据接口那一章", ["standards"]),
    ("手上有一本软考高级的信息系统项目管理师证", ["certificate"]),
    ("把高校里一个图像识别的成果拿到我们纺织厂验布上用起来了，一条线省了四个人", ["transfer"]),
    ("厂里上MES、把三十台老注塑机联网，是我牵的头，现在每台机器的节拍手机上都看得到", ["digital"]),
    ("我搞的那个焊缝自动跟踪的小改造，一年给厂里省了七八十万", ["innovation"]),
    ("开了十年叉车，装车又快又稳，一班能装别人一倍的量，厂里的纪录一直是我的", ["knack"]),
    ("老式的木杆秤、铜挂锁现在都没人修了，我还在一样样手工修", ["craft"]),
    ("竹蒸笼、木饭甑这些老东西，我到现在还在一只只手工箍", ["craft"]),
    ("油纸伞、绸伞的伞骨我都自己削，一把伞要七十多道工序", ["craft"]),
    ("前年我把排产的活儿做成了一个AI智能体，车间主任天天在用，排产从半天缩到十分钟", ["ai_agent"]),
    ("自己摸索了一套看火色判断炉温的土办法，徒弟们都照着学，误差不超过十度", ["method"]),
    ("教出来的几个小年轻，现在都能独立带班了", ["training"]),
    ("手把手带了五六个徒弟，有两个在省里的比赛拿过名次", ["training"]),
    ("我主持修订了我们行业的一个团体标准，去年己经发布了", ["standards"]),
    ("带徒弟这种算不算贡献啊，我前后带了八个", ["training"]),
    ("老底子的杭州剪纸，我一剪子下去不打稿，图样都在脑子里", ["craft", "knack"]),
    ("去年厂里让我报名了市里的技能比武，后来因为加班没去成", []),
    ("入围过省里的技能大赛决赛，最后名次不太理想", []),
    ("我们班组拿过全国工人先锋号，我是其中一员", []),
    ("公司那个智能客服是外包团队做的，我只负责对接需求", []),
    ("标准是组长牵头编的，我就帮忙校对了几页", []),
    ("跟着师傅学过几年竹编，后来没坚持下去", []),
    ("平时就是按图纸加工零件，没搞过什么改进", []),
    ("听过两次AI智能体的培训课，还没自己动手做过", []),
    ("看过别的厂的数字化车间，回来写了个参观心得", []),
    ("绝活、革新、带徒这几样我一样也沾不上", []),
    ("评比的事从来轮不到我，我就是老老实实上班", []),
    ("技术比武、评先进这些都跟我不沾边", []),
    ("改进啥的都是工程师的事，我们操作工就是照做", []),
    ("啥奖也没拿过，证书就一个电工证", []),
    ("厂里的操作法是老师傅们传下来的，我只是照着用", []),
    ("报过一次市里的数字经济技能竞赛，初赛就刷下来了", []),
    ("专利是用公司名义申请的，发明人里没有我", []),
    ("我们公司获得过浙江省科学技术进步奖，不过那个项目我没参与", []),
    ("得过我们区总工会的技能比武第一", []),
    ("车间被评为市级工人先锋号，我是车间主任", []),
    ("标准、专利、智能体这些一样没搞过", []),
    ("既没带过徒弟，也没搞过啥改造", []),
]

MESSAGES_PATH = ROOT / "eval" / "probes" / "match20_messages.jsonl"
ACHIEVEMENTS_PATH = ROOT / "eval" / "probes" / "match20_achievements.jsonl"




if __name__ == "__main__":
    assert len(MESSAGES) >= 24 and len(ACHIEVEMENTS) >= 40, (len(MESSAGES), len(ACHIEVEMENTS))
    write(message_rows(MESSAGES, WHY), prefix="el-z", start=1, seed=2227, path=MESSAGES_PATH, check=False, width=3)
    write_achievements(ACHIEVEMENTS, prefix="m20-", seed=2227, path=ACHIEVEMENTS_PATH, batch="m20")

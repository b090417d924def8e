"""ext17 probe: gj-001…058 (eval/labels/facts.jsonl) and el-gj001…012 (eval/probes/ext17_messages.jsonl).

A working life told as a story: stints one after another, each with a place, a trade, a length or a date, written
from the notices' conditions before any code change (首届杭州工匠 三/(二) “在杭从事本专业技能工作不少于10年”, 浙派 三/(一)
“在浙全职工作 1年以上”, 首席技师 一 “我市各类所有制经济、社会组织中……的人员”, 数字工匠 “从事数字经济行业工作一般在5年以上
且在杭全职工作1年以上”), in applicants' words (long, rambling, relative dates, dialect, space for punctuation), not from
the extractor's behaviour:
- a change of trade told by lengths: only the present trade's stints count (做了三年厨师后来转行做数控，数控做了七年 -> 7);
- years elsewhere, then a move: the place's years run from the move, the trade's add the years before it when the
  trade is the same (在上海干了五年数控，去年才来杭州 -> 杭州 1, 数控 6), and a stint elsewhere in Zhejiang adds to the
  province's years (温州 then 滨江);
- a past stint outside Zhejiang never zeroes a present one inside it (之前在昆山干了八年，去年来了嘉善);
- where the employer is against where one lives or works (单位在北京、我在杭州远程; 家在临安、厂在安吉);
- time away inside a stay subtracts (中间去深圳待了三年), and a start at a move after work at home (一开始在老家干，09年
  来的萧山) gives the place's years, the trade's at least as many.
Today is 2026-11-21 (the evals' ASSISTANT_TODAY): 去年 = 2025, read late (2025-12) to early (2025-01), so the ranges run
between the two readings. Split by random.Random(2223): first half A (tuned on), the rest B; the eligibility messages
the same way, dev (A) and test (B).
Run from the repo root: python -m eval.probes.ext17_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import FACTS, ROOT, anyof, within, write
from eval.probes.profile_probes import message_rows

HZ = "杭州"
ZJ0 = {"range": [0.0, 0.05]}  # working outside Zhejiang now: no full-time work in Zhejiang runs


ROWS = [  # (text, expect, absent)
    # a change of trade told by lengths: the present trade's stints only
    ("我先在饭店做了三年厨师后来转行做数控，数控到现在做了七年了", {"years_in_field": within(6.9, 7.1), "occupation": anyof("数控")}, []),
    ("以前开了五六年货车 后来觉得太累了 改行学的电焊 焊了也有八年了 现在在萧山一个钢结构厂",
     {"years_in_field": within(7.9, 8.1), "employer_city": HZ}, []),
    ("刚出来打工那会在鞋厂流水线干了两年，然后跟我舅学水电安装，水电这块做到现在十一年",
     {"years_in_field": within(10.9, 11.1)}, []),
    ("俺原来是当兵的，退伍以后在保安公司干了四年，之后才进的电梯公司搞维保，电梯维保算下来六年多一点",
     {"years_in_field": within(6.0, 6.5)}, []),
    ("做了十年的服装销售，前年才转行跑去学了汽修，现在在汽修厂当学徒工", {"years_in_field": within(1.9, 2.9)}, []),
    ("先后干过好几行 送快递两年 做装修三年 最近这五年一直在临平的药厂做设备维修",
     {"years_in_field": within(4.9, 5.1), "employer_city": HZ}, []),
    ("我做美发七年了，之前在老家种过几年地，那个不算", {"years_in_field": within(6.9, 7.1)}, []),
    ("原先在纺织厂挡车挡了十二年，厂子倒闭后去做了月嫂，月嫂做了三年多", {"years_in_field": within(3.0, 3.5), "occupation": anyof("月嫂")}, []),
    # years elsewhere, then a move
    ("在上海干了五年数控，去年才来杭州，现在在钱塘一家做汽车零部件的厂里还是开数控",
     {"years_full_time_in_hangzhou": within(0.9, 1.9), "years_in_field": within(5.9, 6.9), "employer_city": HZ}, []),
    ("我在温州那边做了六年的鞋样设计 21年来的滨江 一直干的老本行",
     {"years_full_time_in_hangzhou": within(4.9, 5.9), "years_in_field": within(10.9, 11.9), "years_full_time_in_zhejiang": within(10.9, 11.9)}, []),
    ("之前在苏州工业园区干了八年SMT，2020年回的嘉兴，在嘉兴的电子厂还是做贴片",
     {"years_full_time_in_zhejiang": within(5.9, 6.9), "employer_city": "嘉兴", "years_in_field": within(13.9, 14.9)}, []),
    ("最早在河南老家的机修厂，零九年跟老乡到了萧山，还是干机修，干到现在",
     {"years_full_time_in_hangzhou": within(16.9, 17.9), "employer_city": HZ, "years_in_field": within(16.9, 45)}, []),
    ("在宁波干了四年注塑，后来到绍兴又干了三年，今年过完年去的湖州，还是注塑",
     {"years_full_time_in_zhejiang": within(7.5, 8.0), "employer_city": "湖州", "years_in_field": within(7.5, 8.0)}, []),
    ("在广州待了十来年做家具，前年国庆后来的富阳，还在家具厂打磨",
     {"years_full_time_in_hangzhou": within(2.0, 2.2), "employer_city": HZ, "years_in_field": within(11.5, 13.5)}, []),
    ("我是2016年从安徽来的杭州，来之前在合肥做了三年的电梯安装，到杭州以后也是装电梯",
     {"years_full_time_in_hangzhou": within(9.9, 10.9), "years_in_field": within(12.9, 13.9), "years_full_time_in_zhejiang": within(9.9, 10.9)}, []),
    ("本来在深圳华强北修手机修了六七年，三年前跟老婆回她老家金华，现在在金华一家手机售后",
     {"years_full_time_in_zhejiang": within(2.9, 3.1), "employer_city": "金华", "years_in_field": within(8.9, 10.1)}, []),
    # where the employer is, against where one lives or sits
    ("单位在北京，我在杭州远程办公，做后端开发五年了", {"employer_city": "北京", "years_in_field": within(4.9, 5.1)}, []),
    ("人是在嘉兴住，每天开车去桐乡上班，在桐乡的化纤厂干了九年",
     {"employer_city": anyof("桐乡", "嘉兴"), "years_full_time_in_zhejiang": within(8.9, 9.1)}, []),
    ("我们厂总部在萧山，我一直在安徽的分厂管设备，干了七年", {"years_full_time_in_zhejiang": ZJ0}, []),
    ("在杭州一家外企的上海分公司上班，做测试工程师四年了", {"employer_city": "上海", "years_full_time_in_zhejiang": ZJ0}, []),
    ("家在临安，厂子在安吉那边，天天骑电瓶车过去，做竹制品十五年了",
     {"employer_city": anyof("安吉", "湖州"), "years_in_field": within(14.9, 15.1)}, ["years_full_time_in_hangzhou"]),
    ("老板是温州人，厂开在余杭，我在厂里做了十二年的阀门装配",
     {"employer_city": HZ, "years_full_time_in_hangzhou": within(11.9, 12.1)}, []),
    ("厂在临平，我住在海宁，每天过去上班，做了八年", {"employer_city": HZ, "years_full_time_in_hangzhou": within(7.9, 8.1)}, []),
    # time away inside a stay
    ("我在杭州做电工十五年了，中间去深圳待了三年", {"years_full_time_in_hangzhou": within(11.9, 12.1)}, []),
    ("2008年来的杭州做厨师，中间有两年回老家带孩子没上班，其他时间都在杭州的饭店",
     {"years_full_time_in_hangzhou": within(15.9, 16.9), "years_in_field": within(15.9, 16.9)}, []),
    ("在萧山汽修厂干了十年 其中有一年多被借调到义乌的分店",
     {"years_full_time_in_hangzhou": within(8.4, 9.0), "years_full_time_in_zhejiang": within(9.9, 10.1)}, []),
    ("我是12年到的杭州，18年到20年在上海待了两年，20年底又回杭州了，一直做模具",
     {"years_full_time_in_hangzhou": within(11.5, 12.9), "employer_city": HZ}, []),
    ("在余杭做了二十年木工，期间出国去新加坡干过四年，也是木工",
     {"years_full_time_in_hangzhou": within(15.9, 16.1), "years_in_field": within(19.9, 20.1)}, []),
    ("干餐饮十年了，一直在杭州，不过中间换过三家饭店", {"years_full_time_in_hangzhou": within(9.9, 10.1), "years_in_field": within(9.9, 10.1)}, []),
    # a start at a move, after work somewhere before
    ("刚开始在江西老家的小作坊学的刺绣，15年来的杭州，到现在一直在绣",
     {"years_full_time_in_hangzhou": within(10.9, 11.9), "years_in_field": within(10.9, 45)}, []),
    ("毕业后先在无锡干了两年，17年跳槽到了杭州，在下城做弱电", {"years_full_time_in_hangzhou": within(8.9, 9.9), "employer_city": HZ}, []),
    ("去年年底才从四川过来，在建德的水泥厂做窑操作，在老家也干了十多年",
     {"years_full_time_in_hangzhou": within(0.9, 1.0), "employer_city": HZ, "years_in_field": within(10.9, 15)}, []),
    ("在温州做了五年眼镜，19年被公司派到杭州分公司，一直在这",
     {"years_full_time_in_hangzhou": within(6.9, 7.9), "years_full_time_in_zhejiang": within(11.9, 12.9), "years_in_field": within(11.9, 12.9)}, []),
    # a past stint outside Zhejiang must not zero a present one inside it
    ("之前在江苏昆山干了八年 去年春节后来了嘉善 现在在嘉善的精密模具厂",
     {"years_full_time_in_zhejiang": within(0.9, 1.85), "employer_city": anyof("嘉善", "嘉兴")}, []),
    ("在上海打工打了十几年 18年回的绍兴 在柯桥印染厂定型车间",
     {"years_full_time_in_zhejiang": within(7.9, 8.9), "employer_city": anyof("绍兴", "柯桥")}, []),
    ("前几年一直在外省跑工地，这五年在台州固定下来了，在一家泵业公司装配",
     {"years_full_time_in_zhejiang": within(4.9, 5.1), "employer_city": "台州"}, []),
    ("以前在福建做过石雕，现在在杭州这边的园林公司做石作，来杭州有六年了",
     {"years_full_time_in_hangzhou": within(5.9, 6.1), "years_full_time_in_zhejiang": within(5.9, 6.1), "employer_city": HZ}, []),
    ("老家安徽的 在合肥干过几年 后来到湖州长兴做电池 长兴这边已经待满四年了",
     {"years_full_time_in_zhejiang": within(3.9, 4.1), "employer_city": anyof("长兴", "湖州")}, []),
    # several stints inside Zhejiang
    ("先在义乌做了三年，又去杭州做了四年，现在回义乌两年了，一直都是做饰品设计",
     {"years_full_time_in_zhejiang": within(8.9, 9.1), "employer_city": anyof("义乌", "金华"), "years_in_field": within(8.9, 9.1)}, []),
    ("我在宁波北仑干了五年焊工 去年调到舟山的船厂了",
     {"years_full_time_in_zhejiang": within(5.9, 6.9), "employer_city": "舟山", "years_in_field": within(5.9, 6.9)}, []),
    ("在建德干了六年 后来调到了杭州市区的分公司 又干了四年",
     {"years_full_time_in_hangzhou": within(9.9, 10.1), "employer_city": HZ, "years_full_time_in_zhejiang": within(9.9, 10.1)}, []),
    ("从学徒算起干木雕三十多年了，前二十年在东阳，后来才到杭州",
     {"years_full_time_in_hangzhou": within(9.5, 14), "years_full_time_in_zhejiang": within(30, 39), "years_in_field": within(30, 39)}, []),
    ("我去年到的海宁 之前在杭州下沙干了六年缝纫",
     {"employer_city": anyof("海宁", "嘉兴"), "years_full_time_in_zhejiang": within(6.9, 7.9)}, []),
    # the Hangzhou workplace said in the words of a stint
    ("这十几年都在钱塘新区的一家化工厂，一直在车间里", {"employer_city": HZ}, []),
    ("我02年进的富阳造纸厂 做到现在了 一直做纸机操作",
     {"employer_city": HZ, "years_full_time_in_hangzhou": within(23.9, 24.9), "years_in_field": within(23.9, 24.9)}, []),
    ("在萧山区靖江街道一家汽配厂干冲压快十年了", {"employer_city": HZ, "years_full_time_in_hangzhou": within(9.0, 10.0)}, []),
    ("我现在桐庐的制笔厂上班，原来在义乌", {"employer_city": HZ}, []),
    ("在杭州读的大学，毕业去了南京做了四年前端，今年三月份回的杭州",
     {"years_full_time_in_hangzhou": within(0.6, 0.75), "employer_city": HZ}, []),
    ("我16年到22年在杭州做保安，后来去宁波做了物业电工", {"employer_city": "宁波"}, []),
    ("做了七八年销售 前年才开始搞直播运营 在滨江", {"years_in_field": within(1.9, 2.9), "employer_city": HZ}, []),
    ("在杭州干了三年快递，这两年在跑滴滴", {"years_in_field": within(1.9, 2.1)}, []),
    ("从08年开始就在建德开挖掘机，13年去了趟新疆干了三年，回来还是在建德开",
     {"years_full_time_in_hangzhou": within(14.9, 15.9), "employer_city": HZ}, []),
    ("我们单位在上城 不过我这几年一直被派在绍兴的项目上 在单位干了九年了", {"employer_city": HZ}, []),
    ("以前在海宁做皮革五年，18年到的余杭，换了行做家电维修", {"years_in_field": within(7.9, 8.9), "employer_city": HZ}, []),
    ("杭州待了七年，做的美甲，19年回了老家江西，今年又回来了杭州还是做美甲",
     {"years_full_time_in_hangzhou": within(7.0, 7.85), "employer_city": HZ}, []),
    ("一直在宁波鄞州做汽车模具 做了二十年 前几年在奉化待过一阵 也是宁波的",
     {"years_full_time_in_zhejiang": within(19.9, 20.1), "employer_city": "宁波"}, ["years_full_time_in_hangzhou"]),
    ("我干焊工十四年了 头四年在江苏 后面十年都在萧山",
     {"years_in_field": within(13.9, 14.1), "years_full_time_in_hangzhou": within(9.9, 10.1), "years_full_time_in_zhejiang": within(9.9, 10.1)}, []),
    ("在金华搞了五年新能源电池pack，后来又到杭州下沙干了三年，一直是电池这块",
     {"years_in_field": within(7.9, 8.1), "years_full_time_in_hangzhou": within(2.9, 3.1), "years_full_time_in_zhejiang": within(7.9, 8.1)}, []),
]

ZP, C16, CT, D26 = "zj_craftsman_2023", "hz_craftsman_2016", "hz_chief_technician_2021", "hz_digital_craftsman_2026"
WHY = {ZP: "zj_craftsman_2023#三/(一)", C16: "hz_craftsman_2016#三/(二)", CT: "hz_chief_technician_2021#一",
       D26: "hz_digital_craftsman_2026#一"}

# (program, expected, message, why) judged from the notices: 浙派 在浙全职工作 1年以上 is hard, its deeds are the
# experts' (so at best needs_review); 杭州工匠 counts its years in Hangzhou in the trade at the 2016 call; 首席技师 is
# for the city's employers; 第四届数字工匠's first place since 2025 is direct recognition once the basics are said.
MESSAGES = [
    (ZP, "not_eligible", "浙派工匠问一下 我在江苏常州做了十二年的纺机维修 今年五月份才到的绍兴 现在在柯桥一家纺机厂 还是修机器 "
     "高级技师 我们这个工种最高就是高级技师 天天在车间 没退休 徒弟带了七八个", "今年五月才来浙江，在浙全职不满1年"),
    (ZP, "needs_review", "我以前在上海干了六年 2019年回的宁波 在北仑一家模具厂做模具钳工一直到现在 高级技师 天天在钳台上 "
     "没退休 这些年带出来的徒弟有五六个当了班长 浙派工匠够不够格", "在浙全职约7年，贡献由评审认定"),
    (ZP, "not_eligible", "浙派那个我想了解下 之前在嘉兴一家电机厂干了十年绕线 去年跳槽去了苏州 现在人在苏州吴江的厂里 "
     "高级技师 还在一线 带过不少徒弟", "现在在苏州工作，不是在浙全职的在岗人员"),
    (CT, "eligible", "21年首席技师想问下 我早年在诸暨干了几年 12年开始就一直在萧山一家轴承厂做磨工 技师证一六年考的 "
     "天天在磨床上 省首席没评过 2019年浙江省一类职业技能竞赛磨工拿了第二名 能不能报", "省级一类前三名，杭州市内单位"),
    (CT, "not_eligible", "我家在余杭 不过厂在德清那边 每天开车过去二十分钟 高级技师 一直在一线开数控 省首席没评过 "
     "2020年全国一类职业技能大赛拿过第三 21年杭州首席技师能报吗", "厂在德清（湖州），不是杭州市内单位"),
    (CT, "eligible", "厂在富阳 我原来在江西干了五年 2010年过来的 一直在富阳这个厂 技师 天天在车间 省首席没评过 "
     "2020年杭州市一类职业技能大赛钳工第一名 我够不够21年首席技师", "市级一类第一名，杭州市内单位"),
    (CT, "not_eligible", "单位在绍兴诸暨 我老家是杭州桐庐的 在诸暨干了十五年 技师 一直在一线 省首席没评过 "
     "2020年浙江省一类技能竞赛第一 21年杭州市首席技师我能不能报", "单位在诸暨（绍兴），不是杭州市内单位"),
    (C16, "eligible", "首届杭州工匠那次（2016年）想问问 我是2003年从安徽过来的 在安徽先干了两年厨师 来杭州以后一直在饭店掌勺 "
     "七零年的 中国人 工会会员 没评过什么称号 2014年杭州市职业技能大赛中式烹调第一名 当时一直在灶台上", "市赛第1名，到2016年在杭约13年"),
    (C16, "not_eligible", "2016年首届杭州工匠 我在杭州是2000年来的 先做了九年的保安 2009年才转行学的汽车钣金 钣金一直干到现在 "
     "七五年的 中国国籍 会员 没评过称号 2015年杭州市职业技能大赛汽车钣金第一名 当时也在车间里", "到2016年在杭从事钣金约7年，不满10年"),
    (C16, "not_eligible", "首届杭州工匠 2016年那会 我05年来的杭州做电工 中间有五年去了深圳 后来又回杭州 一直干电工 七三年的 "
     "中国人 会员 没评过称号 2015年杭州市职业技能大赛维修电工第一名 在一线", "到2016年在杭约6年，不满10年"),
    (D26, "direct_recognition", "第四届数字工匠 我之前在上海做了四年java开发 2024年三月份来的杭州 在滨江一家民企还是写后端 "
     "工会会员 普通开发不带人 没评过工匠 2025年浙江省数字经济行业职业技能竞赛个人第一名 能直接认定吗", "2025年以来省级数字经济竞赛个人第一"),
    (D26, "needs_review", "我做了八年财务 前年转行做数据分析 现在在杭州一家电商公司写SQL建模型 全职 工会会员 普通员工 "
     "没评过工匠 去年拿了杭州市科学技术进步奖三等奖（主要完成人） 第四届数字工匠能报吗", "从事数字经济约2年，不到一般5年"),
]

MESSAGES_PATH = ROOT / "eval" / "probes" / "ext17_messages.jsonl"



if __name__ == "__main__":
    rows = [dict(text=t, expect=e, absent=a) for t, e, a in ROWS]
    assert len(rows) >= 50 and len(MESSAGES) == 12, (len(rows), len(MESSAGES))
    write(rows, prefix="gj-", start=1, seed=2223, path=FACTS, check=False, names=("A", "B"), width=3, key="half")
    write(message_rows(MESSAGES, WHY), prefix="el-gj", start=1, seed=2223, path=MESSAGES_PATH, check=False, width=3)

"""ext15 probe: gh-001…056 (eval/labels/facts.jsonl) and el-gh001…012 (eval/probes/ext15_messages.jsonl).

Places and years said in ordinary words, written from the notices' conditions before any code change (浙派 三/(一)
“在浙全职工作 1年以上”, 首届杭州工匠 三/(二) “在杭从事本专业技能工作不少于10年”, 首席技师 一 “我市各类所有制经济、社会
组织中……的人员”), in applicants' words (long, rambling, relative dates, dialect), not from the extractor's behaviour:
- the present workplace outside Zhejiang is no full-time work in Zhejiang (家在嘉善、厂在昆山; 派在合肥的项目部), and a
  recent move gives the start (去年国庆过后才从深圳回来, 年初才来);
- years in the trade said beside a Hangzhou workplace are years in Hangzhou too (在拱墅的厂里做了二十年钳工), and a time
  away (中间去深圳待了三年) is subtracted from the Hangzhou years;
- the employer's city from a district, county, town, road or development zone (桐庐县城, 三墩镇, 临空经济示范区), with
  near misses of another city (上虞经济技术开发区, 长兴, 诸暨大唐).
Today is 2026-11-21 (the evals' ASSISTANT_TODAY). Split by random.Random(2204): first half A (tuned on), the rest B;
the eligibility messages the same way, dev (A) and test (B).
Run from the repo root: python -m eval.probes.ext15_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import FACTS, ROOT, anyof, within, write
from eval.probes.profile_probes import message_rows

HZ, NB, SX, HUZ, JH, TZ = "杭州", "宁波", "绍兴", "湖州", "金华", "台州"
ZJ0 = {"range": [0.0, 0.05]}  # working outside Zhejiang now: no full-time work in Zhejiang


ROWS = [  # (text, expect, absent)
    # the present workplace outside Zhejiang, or a recent move into it
    ("我老家是温州的，不过这些年一直在苏州一家做精密模具的厂里上班，干了快九年了，想问问浙派工匠我能不能报",
     {"employer_city": "苏州", "years_full_time_in_zhejiang": ZJ0}, []),
    ("上海那边干了十几年数控，今年三月份才来的湖州，现在在南浔一个电梯配件厂",
     {"employer_city": HUZ, "years_full_time_in_zhejiang": within(0.6, 0.8)}, []),
    ("我们单位总部在杭州，但是我一直派在合肥的项目部，做了六年的电气安装",
     {"years_full_time_in_zhejiang": ZJ0, "years_in_field": within(5.9, 6.1)}, ["years_full_time_in_hangzhou"]),
    ("去年国庆过后才从深圳回来的，现在在宁波一家注塑厂上班",
     {"employer_city": NB, "years_full_time_in_zhejiang": within(1.0, 1.2)}, []),
    ("在江苏昆山的台资厂做了十一年SMT，家在嘉善，每天开车过去上班",
     {"employer_city": anyof("昆山", "苏州"), "years_full_time_in_zhejiang": ZJ0, "years_in_field": within(10.9, 11.1)}, []),
    ("老公在绍兴上班，我在上海松江的厂里做质检，做了七年了",
     {"employer_city": "上海", "years_full_time_in_zhejiang": ZJ0}, []),
    ("前几年都在安徽芜湖的汽车厂焊接，2023年底跳槽到了台州的摩托车厂，还是干焊工",
     {"employer_city": TZ, "years_full_time_in_zhejiang": within(2.8, 3.1)}, []),
    ("我在浙江干过五年，后来去了福建厦门，到现在也有四年了，人还在厦门",
     {"employer_city": "厦门", "years_full_time_in_zhejiang": ZJ0}, []),
    ("一直在江西上饶的光伏厂做运维，离衢州很近，不过厂不在浙江",
     {"employer_city": "上饶", "years_full_time_in_zhejiang": ZJ0}, []),
    ("我是去年十二月份从重庆过来的，进了金华这边的五金厂",
     {"employer_city": JH, "years_full_time_in_zhejiang": within(0.85, 0.99)}, []),
    ("在浙江的时间不长哈，年初才来，之前十多年都在广东那边",
     {"years_full_time_in_zhejiang": within(0.7, 0.95)}, []),
    ("来嘉兴刚好一年零两个月，之前在江苏常州做纺织机械维修",
     {"employer_city": "嘉兴", "years_full_time_in_zhejiang": within(1.1, 1.25)}, []),
    ("厂在江苏吴江，我住在嘉兴那边，跨省上班快五年了",
     {"employer_city": anyof("吴江", "苏州"), "years_full_time_in_zhejiang": ZJ0}, []),
    ("2019年从河南过来就一直在绍兴，做了七年多的纺织机修",
     {"employer_city": SX, "years_full_time_in_zhejiang": within(6.9, 7.95), "years_in_field": within(6.9, 7.95)}, []),
    ("我表哥在苏州厂里，我自己在宁波北仑做焊工，十年了",
     {"employer_city": NB, "years_full_time_in_zhejiang": within(9.9, 10.1), "years_in_field": within(9.9, 10.1)}, []),
    ("人在安徽宣城的分厂上班，总部是湖州的，我一直在宣城那边，三年了",
     {"years_full_time_in_zhejiang": ZJ0}, ["years_full_time_in_hangzhou"]),
    # years in the trade said beside a Hangzhou workplace, a time away subtracted
    ("在拱墅区的一家机械厂里做钳工，做了差不多二十年了，中间没换过单位",
     {"employer_city": HZ, "years_in_field": within(19.0, 20.0), "years_full_time_in_hangzhou": within(19.0, 20.0)}, []),
    ("我零八年来的杭州，来了就进了这个厂，一直干车工到现在",
     {"employer_city": HZ, "years_in_field": within(17.8, 18.95), "years_full_time_in_hangzhou": within(17.8, 18.95)}, []),
    ("在萧山这家汽配厂开数控已经十三年了，之前在老家种地",
     {"employer_city": HZ, "years_in_field": within(12.9, 13.1), "years_full_time_in_hangzhou": within(12.9, 13.1)}, []),
    ("余杭的家具厂，做木工雕花，算下来十五六年",
     {"employer_city": HZ, "years_in_field": within(15.0, 16.0), "years_full_time_in_hangzhou": within(15.0, 16.0)}, []),
    ("富阳那边造纸厂的机修工，干了有二十二年",
     {"employer_city": HZ, "years_in_field": within(21.9, 22.1), "years_full_time_in_hangzhou": within(21.9, 22.1)}, []),
    ("在杭州做面点师傅做了十一年，从学徒到现在一直在西湖边上那家酒店",
     {"employer_city": HZ, "years_in_field": within(10.9, 11.1), "years_full_time_in_hangzhou": within(10.9, 11.1)}, []),
    ("杭州这家电梯公司我待了十二年，一直干安装维保",
     {"employer_city": HZ, "years_in_field": within(11.9, 12.1), "years_full_time_in_hangzhou": within(11.9, 12.1)}, []),
    ("在杭州干焊工十年，不过前面三年是在宁波干的，总共十三年",
     {"years_in_field": within(12.9, 13.1), "years_full_time_in_hangzhou": within(9.9, 10.1),
      "years_full_time_in_zhejiang": within(12.9, 13.1)}, []),
    ("来杭州十五年了，一直在钱塘那边的药厂做设备维护",
     {"employer_city": HZ, "years_in_field": within(14.9, 15.1), "years_full_time_in_hangzhou": within(14.9, 15.1)}, []),
    ("在杭州电焊干了十八年，中间有两年回老家盖房子没干",
     {"years_in_field": within(15.9, 16.1), "years_full_time_in_hangzhou": within(15.9, 16.1)}, []),
    ("在杭从事汽修十四年，一直在一线",
     {"years_in_field": within(13.9, 14.1), "years_full_time_in_hangzhou": within(13.9, 14.1)}, []),
    ("杭州本地人，技校毕业进了杭氧，当了二十五年的铆工",
     {"employer_city": HZ, "years_in_field": within(24.9, 25.1), "years_full_time_in_hangzhou": within(24.9, 25.1)}, []),
    ("我从老家出来就在杭州的厂里学做模具，到今年整整十六年",
     {"employer_city": HZ, "years_in_field": within(15.9, 16.1), "years_full_time_in_hangzhou": within(15.9, 16.1)}, []),
    ("在绍兴做了五年，后来到杭州上城这边又做了八年，都是中式面点",
     {"years_in_field": within(12.9, 13.1), "years_full_time_in_hangzhou": within(7.9, 8.1),
      "years_full_time_in_zhejiang": within(12.9, 13.1)}, []),
    ("我不是杭州人，在滨江做芯片封装测试这行快十一年",
     {"employer_city": HZ, "years_in_field": within(10.5, 11.0), "years_full_time_in_hangzhou": within(10.5, 11.0)}, []),
    ("十年前来的杭州，在临平一个箱包厂做缝纫，去年又换到了余杭的另一家厂，还是缝纫",
     {"employer_city": HZ, "years_in_field": within(9.9, 10.1), "years_full_time_in_hangzhou": within(9.9, 10.1)}, []),
    ("2010年到的杭州，中间去深圳待了三年又回来了，一直做电工",
     {"years_full_time_in_hangzhou": within(12.8, 14.0), "years_in_field": within(15.8, 16.95)}, []),
    ("在杭州十二年，其中有两年被单位派到新疆援建",
     {"years_full_time_in_hangzhou": within(9.9, 10.1)}, []),
    ("我15年来杭州打工，19年回老家待了一年半，20年下半年又回来，一直到现在",
     {"years_full_time_in_hangzhou": within(9.2, 10.5)}, []),
    ("来杭州快十年了，但有三年是在外地跑工地的",
     {"years_full_time_in_hangzhou": within(6.5, 7.0)}, []),
    ("2016年进的萧山这个厂，18年到19年厂里派我去越南待了一年",
     {"employer_city": HZ, "years_full_time_in_hangzhou": within(8.8, 10.0)}, []),
    ("杭州干了六七年，之前在义乌干了也有五六年",
     {"years_full_time_in_hangzhou": within(6.0, 7.0), "years_full_time_in_zhejiang": within(11.0, 13.0)}, []),
    # the employer's city from a district, county, town, road or zone
    ("我们厂在杭州，我在里面做质检，做了好些年了", {"employer_city": HZ}, []),
    ("单位在桐庐县城边上，做制笔的", {"employer_city": HZ}, []),
    ("我在淳安的一家水厂做化验", {"employer_city": HZ}, []),
    ("公司在莫干山路上，我是印刷机长", {"employer_city": HZ}, []),
    ("在杭州经济技术开发区的一家日资厂做注塑", {"employer_city": HZ}, []),
    ("在建德的化工园区上班，操作工", {"employer_city": HZ}, []),
    ("厂子在临安於潜镇，做山核桃加工的", {"employer_city": HZ}, []),
    ("上班的地方在江干，现在好像叫上城了", {"employer_city": HZ}, []),
    ("我们是上虞经济技术开发区的企业，我在里面做化工操作", {"employer_city": SX}, []),
    ("工作单位在萧山临空经济示范区，做飞机维修", {"employer_city": HZ}, []),
    ("在余杭未来科技城一家做芯片的公司，做设备工程师", {"employer_city": HZ}, []),
    ("在滨江高新区的厂里当班长", {"employer_city": HZ}, []),
    ("我们厂在湖州长兴，离杭州也就一个钟头", {"employer_city": HUZ}, []),
    ("在转塘那边一家陶艺工作室做拉坯", {"employer_city": HZ}, []),
    ("单位在西湖区三墩镇，做的是电梯维保", {"employer_city": HZ}, []),
    ("在上城区望江门那边的老字号做酱鸭", {"employer_city": HZ}, []),
    ("我们在萧山瓜沥镇，做纺织", {"employer_city": HZ}, []),
    ("工作地点在诸暨大唐镇，袜子厂", {"employer_city": SX}, []),
]

ZJ, C16, CT = "zj_craftsman_2023", "hz_craftsman_2016", "hz_chief_technician_2021"
WHY = {ZJ: "zj_craftsman_2023#三/(一)", C16: "hz_craftsman_2016#三/(二)", CT: "hz_chief_technician_2021#一"}

# (program, expected, message, why) judged from the notices: 浙派 在浙全职工作 1年以上 is hard, its five deeds are the
# experts' (so at best needs_review); 杭州工匠 counts its years at the 2016 call; 首席技师 is for the city's employers.
MESSAGES = [
    (ZJ, "not_eligible", "浙派工匠想问下 我老家是嘉兴的 不过一直在苏州吴中一家做精密轴承的厂 磨工 高级技师 干了十四年了 "
     "还在车间 没退休 带过二十几个徒弟 现在车间里好几个班长都是我带出来的 这种浙派能报伐", "在苏州工作，不是在浙全职"),
    (ZJ, "not_eligible", "你好，我是今年八月份才从上海过来的，之前在上海那边干了十几年汽车涂装，现在在湖州一家车厂的喷涂车间，"
     "高级技师，天天在线上，还没退休，带的徒弟也不少，浙派工匠现在能不能报啊", "今年八月才来浙江，不满1年"),
    (ZJ, "needs_review", "浙派工匠 我去年国庆过后才从深圳回来的 在宁波一家注塑厂当技术员 其实还是天天在机台边上调机 高级技师 "
     "做注塑二十年了 没退休 前年在深圳那边搞过一个模温改造 一年省了一百多万电费 这个能报吗", "在浙满1年，业绩由评审认定"),
    (ZJ, "not_eligible", "帮我老公问的，他人在安徽宣城的分厂上班，总部是湖州的，他一直在宣城那边，三年了，高级技师，"
     "车间里修设备的，没退休，厂里好几个技改是他弄的，浙派工匠他能申报吗", "在安徽工作，不是在浙全职"),
    (C16, "eligible", "首届杭州工匠那次 我在拱墅一家老机床厂做钳工 从学徒算起在这个厂做了快三十年了 一直在车间 六九年的 "
     "工会会员 中国人 别的称号没评过 2013年杭州市职业技能大赛钳工第一名 当年能报吗", "市级大赛第1名，在杭十年以上"),
    (C16, "eligible", "想问下2016年首届杭州工匠，我来杭州就进了这个厂，一直干车工，算起来到今年二十二三年了，现在还在车床边上，"
     "1975年生，中国国籍，厂里工会会员，没评过什么称号，2014年杭州市职业技能大赛车工拿了第一，那时候我够不够", "市级大赛第1名，在杭十年以上"),
    (C16, "not_eligible", "杭州工匠首届的，我在杭州做这行是2010年开始的，之前在温州做了八年西点，现在在下城一家蛋糕房还是天天做，"
     "八二年的，会员，中国人，没评过称号，2015年杭州市职业技能大赛西式面点第一名，能报吗", "到2016年在杭从事本专业约6年"),
    (C16, "eligible", "首届杭州工匠 2000年到的杭州 中间去深圳待了三年 回来以后一直在余杭的模具厂做模具 七二年的 工会会员 "
     "中国人 没评过称号 2012年杭州市职业技能大赛模具工第一名 现在还在一线 能报吗", "市级大赛第1名，到2016年在杭约13年"),
    (CT, "eligible", "21年的首席技师我想问问 厂在临平开发区 我做数控铣 技师证一四年拿的 一直在车间干活 省首席没评过 "
     "2019年全国一类职业技能大赛数控铣拿了第五名 能报不", "国家一类前六名，杭州市内单位"),
    (CT, "eligible", "我们单位在富阳银湖街道，做光缆的，我是高级技师，在生产线上做光纤拉丝十几年了，浙江省首席技师没评过，"
     "2020年浙江省一类职业技能竞赛拉丝工第二名，21年杭州市首席技师我当时够不够", "省级一类前三名，杭州市内单位"),
    (CT, "not_eligible", "首席技师2021年那个 我在德清一家厂做数控车 离杭州很近 每天开车半小时 高级技师 一直一线 省首席没评过 "
     "2019年全国一类大赛拿过第四名 能报吗", "德清属湖州，不是杭州市内单位"),
    (CT, "eligible", "我们厂在杭州，城西那边，做汽轮机叶片的，我是技师，天天在磨床上，2020年浙江省一类职业技能竞赛磨工拿了第一，"
     "省首席没评过，想问问21年杭州市首席技师我能报吗", "省级一类前三名，杭州市内单位"),
]

MESSAGES_PATH = ROOT / "eval" / "probes" / "ext15_messages.jsonl"



if __name__ == "__main__":
    rows = [dict(text=t, expect=e, absent=a) for t, e, a in ROWS]
    assert len(rows) >= 50 and len(MESSAGES) == 12, (len(rows), len(MESSAGES))
    write(rows, prefix="gh-", start=1, seed=2204, path=FACTS, check=False, names=("A", "B"), width=3, key="half")
    write(message_rows(MESSAGES, WHY), prefix="el-gh", start=1, seed=2204, path=MESSAGES_PATH, check=False, width=3)

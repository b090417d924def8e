"""ext14 probe gg-001…056 (eval/labels/facts.jsonl): the hard facts that hold, said implicitly, in applicants' words.

Three classes, written from the notices' conditions (在杭州企业工作 / 在杭全职工作满N年 / 从事本职业N年以上 / 生产一线)
before any code change, not from the extractor's behaviour:
- the employer's city from a road, street, town, park, landmark, metro stop or a company said with the work, and a
  name of 杭州 that is another city's place (杭州湾 is 宁波's);
- years in the trade from a start, an apprenticeship or an age (十八岁进厂，今年五十二), with a break subtracted where
  said, and years in Hangzhou from a life story (大学在杭州读的，毕业留下来了);
- the front-line post from what one does all day, management or office work said plainly, and no post when the words
  leave it open.
Today is 2026-11-21 (the evals' ASSISTANT_TODAY). Split by random.Random(2182): first half A (tuned on), the rest B.
Run from the repo root: python -m eval.probes.ext14_probe_writer prints the rows, --write appends them once.
"""
from eval.probes.probe_rows import FACTS, write

HZ, NB, SX, HUZ, JX = "杭州", "宁波", "绍兴", "湖州", "嘉兴"
FL, MG, AD = "frontline_technical", "management", "administrative"


def r(lo, hi):
    return {"range": [lo, hi]}


ROWS = [  # (text, expect, absent)
    # the employer's city from a road, street, town, park, landmark, metro stop or company
    ("在文一西路那边的一家做安防的公司上班，负责设备调试", {"employer_city": HZ}, []),
    ("我们厂在滨江物联网街那边，我做SMT贴片", {"employer_city": HZ}, []),
    ("九堡的一家服装厂，我是做样衣的", {"employer_city": HZ}, []),
    ("在海康做产线维修快十年了", {"employer_city": HZ, "years_in_field": r(9.0, 10.0)}, []),
    ("在吉利的杭州湾基地做焊装", {"employer_city": NB}, []),
    ("上班就在地铁七号线江东二路站旁边的汽配厂", {"employer_city": HZ}, []),
    ("公司就在钱江世纪城，做电梯安装维保", {"employer_city": HZ}, []),
    ("我在余杭塘路边上的一家模具厂开数控", {"employer_city": HZ}, []),
    ("单位在杭州湾新区，做汽车零部件检测", {"employer_city": NB}, []),
    ("在绍兴柯桥的印染厂做了六年定型机挡车", {"employer_city": SX, "years_in_field": r(5.9, 6.1)}, []),
    ("在湘湖边上的一家度假酒店当厨师", {"employer_city": HZ}, []),
    ("跟着老板在下沙的出口加工区做注塑", {"employer_city": HZ}, []),
    ("在娃哈哈的下沙基地做灌装线维修", {"employer_city": HZ}, []),
    ("我在华为杭州研究所做硬件测试", {"employer_city": HZ}, []),
    ("在良渚那边的一家物流园做叉车维修", {"employer_city": HZ}, []),
    ("在嘉兴南湖区做电工", {"employer_city": JX}, []),
    ("在湖州德清的厂里做地理信息数据处理", {"employer_city": HUZ}, []),
    ("每天坐地铁到西兴站，公司就在站旁边，我做设备运维", {"employer_city": HZ}, []),
    ("大学毕业就在海康，做的是视频产品测试", {"employer_city": HZ}, []),
    ("我在九堡的厂里当机修，从学徒干起干到现在，十九岁进厂，今年四十一",
     {"employer_city": HZ, "years_in_field": r(21.5, 22.5)}, []),
    ("人住在杭州，上班在德清的工厂", {"employer_city": HUZ}, []),
    # years in the trade from a start, an apprenticeship or an age, a break subtracted
    ("十八岁进厂当学徒，今年五十二了，一直干车工", {"years_in_field": r(33.5, 34.5)}, []),
    ("技校毕业就干这个，2009年毕业的", {"years_in_field": r(16.8, 17.9)}, []),
    ("从学徒干起，干到现在整整二十年了", {"years_in_field": r(19.5, 20.5)}, []),
    ("我九八年开始学电焊，中间出去开了三年饭店，后来又回来焊", {"years_in_field": r(25.0, 26.9)}, []),
    ("二十岁跟师傅学木雕，今年四十五", {"years_in_field": r(24.5, 25.5)}, []),
    ("初中毕业就进了纺织厂，那年十六，现在三十八了", {"years_in_field": r(21.5, 22.5)}, []),
    ("做面点这行十二年，其中有两年在家带孩子没干", {"years_in_field": r(9.5, 10.5)}, []),
    ("05年入的行，12年到14年去当兵了，退伍回来继续修车", {"years_in_field": r(18.9, 20.9)}, []),
    ("退伍那年二十二，退伍就进了电力公司干线路，现在四十", {"years_in_field": r(17.5, 18.5)}, []),
    ("技校出来就当学徒做模具钳工，到今年刚好十五年", {"years_in_field": r(14.5, 15.5)}, []),
    ("2003年大学毕业到现在一直做软件开发", {"years_in_field": r(22.9, 23.9)}, []),
    ("我是2016年开始做直播运营的，中间停了一年", {"years_in_field": r(8.9, 10.0)}, []),
    ("学厨是十七岁，今年三十五，中间没换过行", {"years_in_field": r(17.5, 18.5)}, []),
    ("大学学的就是这个专业，毕业后一直干，毕业是2012年", {"years_in_field": r(13.9, 14.9)}, []),
    # years in Hangzhou from a life story
    ("大学在杭州读的，毕业留下来了，毕业是2015年，一直在这边做软件测试",
     {"employer_city": HZ, "years_full_time_in_hangzhou": r(10.9, 11.9)}, []),
    ("老家安徽的，二十五岁来的杭州打工，今年四十了，一直在萧山做油漆工",
     {"employer_city": HZ, "years_full_time_in_hangzhou": r(14.5, 15.5)}, []),
    ("2014年来杭州做电工，中间回老家待了两年，又回来了", {"years_full_time_in_hangzhou": r(9.9, 11.0)}, []),
    ("在宁波干了五年设备维护，2020年调到杭州总部，还是做这个",
     {"employer_city": HZ, "years_full_time_in_hangzhou": r(5.9, 6.9), "years_in_field": r(10.9, 11.9)}, []),
    ("研究生在杭州读的，毕业后留杭工作，今年是第七年", {"years_full_time_in_hangzhou": r(6.0, 7.0)}, []),
    ("十九岁到杭州学厨，今年三十一，一直在杭州没挪过窝",
     {"employer_city": HZ, "years_full_time_in_hangzhou": r(11.5, 12.5), "years_in_field": r(11.5, 12.5)}, []),
    ("在杭州上的技校，毕业就在本地厂里上班，到现在九年",
     {"employer_city": HZ, "years_full_time_in_hangzhou": r(8.5, 9.5)}, []),
    # the front-line post by what one does all day; management or office said plainly; open left open
    ("天天在机台边上，调机、换模都是我自己来", {"role_type": FL}, []),
    ("带班但自己也上手，班上缺人我就顶上去", {"role_type": FL}, []),
    ("虽然挂了个副主任，还在一线干活，设备坏了都是我去修", {"role_type": FL}, []),
    ("现在是生产部经理，具体活儿不碰了，主要开会排计划", {"role_type": MG}, []),
    ("当了五年总经理，现在只管公司经营", {"role_type": MG}, []),
    ("每天蹲在工地上扎钢筋", {"role_type": FL}, []),
    ("在后厨灶台上站了二十年，现在还是每天掌勺", {"role_type": FL, "years_in_field": r(19.5, 20.5)}, []),
    ("做的是人事工作，管招聘和社保", {"role_type": AD}, []),
    ("车间里的活样样都干，车铣刨磨都上手", {"role_type": FL}, []),
    ("主要坐办公室做行政，偶尔去车间转转", {"role_type": AD}, []),
    ("以前在一线干了十几年，前年提了副总，现在不下车间了", {"role_type": MG}, []),
    ("每天就是巡检机房，出了故障自己动手处理", {"role_type": FL}, []),
    ("我现在只负责管理，不再干具体的维修活了", {"role_type": MG}, []),
    ("在单位里干了十几年了，啥都管一点", {}, ["role_type"]),
]

rows = [dict(text=t, expect=e, absent=a) for t, e, a in ROWS]
assert len(rows) == 56, len(rows)
write(rows, prefix="gg-", start=1, seed=2182, path=FACTS, check=False, names=("A", "B"), width=3, key="half")

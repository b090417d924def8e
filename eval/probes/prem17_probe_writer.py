"""prem17 probe qp-2350…2399: "…对吧/是吧/没错吧" questions asserting a value of one attribute of a notice.

41 false premises and 9 true ones. The asserted value is of any type: a date (计算时间截至, 截止, 施行, 发布会), a count
(份数, 名额, 字数, 项数), a ratio, money, an age, years of work, a level, where papers go, who organises, hosts or
does a step, the order of two steps, whether a list holds a thing, one kind said to be the only one where the notice
says 优先, and a rule on who may not apply again; nine of them as one of two asks, the premise in either half. The
true ones state the notice's own value and must not be answered 不对.

Written from the five notices before any code change (by one who had read the code: not blind). Shuffled by
random.Random(2350), then alternate rows are the halves: even positions dev (A, tuned on), odd test (B, held out).
qp-2390 first asserted "公示一周", which a week's 5 working days meet; it asserts 三天 instead (changed before any
code change, and measured again). Run from the repo root: python -m eval.probes.prem17_probe_writer prints the rows.
"""
import json
import random

D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
F=[ # (question, program, gold, key_facts, answer_type)  false premises
("第四届数字工匠的工作年限、年龄是算到2026年6月30号的，没错吧？",D26,[D26+"#二"],["2026 年 3 月 31 日"],"date"),
("首届杭州工匠那个申报表是一式三份交上去的对吧",C16,[C16+"#附件"],["一式两份"],"count"),
("2021年首席技师，区里人社部门往市里报送是6月底截止的是吧",CT,[CT+"#五"],["7 月 15 日"],"date"),
("浙派工匠评审结果在全省公示三天就够了，对吧？",ZJ,[ZJ+"#四/(五)"],["不少于 5个工作日"],"duration"),
("浙派工匠这个表彰是两年搞一回的，没错吧",ZJ,[ZJ+"#一"],["每 5年评选一次"],"frequency"),
("浙派工匠培育突出贡献单位每次评50家对吧？",ZJ,[ZJ+"#一"],["30个"],"count"),
("第四届里四十岁以下年轻人的认定比例至少要五成，是吧",D26,[D26+"#二"],["不低于 35%"],"ratio"),
("首届数字工匠汇总表里的主要事迹限两百字以内是吧？",D23,[D23+"#附件3"],["400字以内"],"count"),
("首届数字工匠推荐表上主要成果最多可以填5项，对吧",D23,[D23+"#附件2"],["不超过3项"],"count"),
("首席技师汇总表里获得荣誉称号情况那栏能写500字对吧",CT,[CT+"#附件1"],["300字以内"],"count"),
("2021年那次首席技师，行业协会一般能推3个人对伐，我们协会在排名单",CT,[CT+"#四"],["不超过 2 人"],"count"),
("首届数字工匠的提名奖一共有20个名额是吧",D23,[D23+"#前言"],["10名"],"count"),
("首届数字工匠那次，各产业工会一般能推10个左右对吧？",D23,[D23+"#三"],["一般不超过5名"],"count"),
("第四届数字工匠市里各产业工会能推5名吧",D26,[D26+"#三/(一)"],["不超过 3 名"],"count"),
("评上首届杭州工匠的一次性奖励是五万块钱，对不对",C16,[C16+"#七"],["20000元"],"money"),
("浙派工匠那个评选办法是2023年9月1号起施行的，没错吧？",ZJ,[ZJ+"#七"],["2023年 10月 1日"],"date"),
("首届杭州工匠年龄上限是45周岁，对不对？",C16,[C16+"#三/(二)"],["60周岁以下"],"age"),
("浙派工匠有技师证就可以推荐了对吧",ZJ,[ZJ+"#三/(一)"],["高级技师以上职业资格"],"level"),
("浙派工匠要求干本职业（工种）满10年以上吧？",ZJ,[ZJ+"#三/(一)"],["5年以上"],"duration"),
("首届杭州工匠在杭干本专业满8年就够格了吧",C16,[C16+"#三/(二)"],["不少于10年"],"duration"),
("首届数字工匠要求从事数字经济工作一般3年以上就行，是吧",D23,[D23+"#二"],["5年以上"],"duration"),
("第四届数字工匠的推荐表交到区总工会就完事了是吧",D26,[D26+"#五"],["市总工会经济工作部"],"place"),
("首届杭州工匠的申报表是报到市总工会办公室的吧",C16,[C16+"#附件"],["市总技协办"],"place"),
("浙派工匠的形式初审是各设区市政府负责的吧",ZJ,[ZJ+"#四/(三)"],["省人力社保厅组织"],"organiser"),
("首届数字工匠是市数字经济局主办的吧？",D23,[D23+"#前言"],["杭州市总工会政研室、杭州市经信工会主办"],"organiser"),
("首届数字工匠的承办单位是市经信工会，没错吧",D23,[D23+"#前言"],["杭州市数字经济行业工会联合会承办"],"organiser"),
("首届杭州工匠的专业技术指导是市人力社保局一家负责的吧",C16,[C16+"#六"],["市科委、市人力社保局"],"organiser"),
("浙派工匠是先专家评审，评完再做形式初审的，对吧",ZJ,[ZJ+"#四/(三)"],["形式初审"],"order"),
("首届杭州工匠是先专家评审，再做资格审核的吧？",C16,[C16+"#五"],["资格审核、专家评审"],"order"),
("首届数字工匠实施方案里写的重点产业包括新能源汽车的吧",D23,[D23+"#附件1/一"],["物联网、大数据、云计算"],"member"),
("首届数字工匠只有承担尖兵领雁项目的人才能推荐，其他人没份的吧",D23,[D23+"#附件1/一"],["优先推荐"],"sole"),
("已经评上浙江省首席技师的，再报杭州市首席技师也可以的吧",CT,[CT+"#一"],["不得"],"rule"),
("我已经是杭州工匠了，第四届数字工匠照样可以推荐的吧",D26,[D26+"#二"],["不再重复推荐"],"rule"),
("首届数字工匠的认定发布会是2023年国庆节开的，对吧",D23,[D23+"#前言"],["五一节"],"date"),
("首届杭州工匠认定工作是2017年年底前完成的吧",C16,[C16+"#五"],["2017年4月底前完成"],"date"),
("首届数字工匠的宣传阶段到2023年3月就结束了吧",D23,[D23+"#附件1/三/(二)"],["2023年5月"],"date"),
("第四届数字工匠各区县总工会能推5个吧？推荐表交到哪个部门",D26,[D26+"#三/(一)"],["不超过 4 名"],"count"),
("首席技师材料交到哪里？截止时间是7月底对吧",CT,[CT+"#五"],["7 月 15 日"],"date"),
("浙派工匠奖金有多少？评选是每四年一次对吧",ZJ,[ZJ+"#一"],["每 5年评选一次"],"frequency"),
("杭州工匠在杭从事本专业要满五年吧？年龄有没有要求",C16,[C16+"#三/(二)"],["不少于10年"],"duration"),
("首席技师全市认定多少名？各区人社部门能推6个吧",CT,[CT+"#四"],["不超过 4 人"],"count"),
]
T=[
("第四届数字工匠在杭全职工作要满1年对吧",D26,[D26+"#二"],["1年以上"],"duration"),
("浙派工匠是每5年评一次是吧",ZJ,[ZJ+"#一"],["每 5年评选一次"],"frequency"),
("首席技师各类协会推荐名额一般不超过2人，没错吧",CT,[CT+"#四"],["2 人"],"count"),
("杭州工匠的奖励是一次性两万元对吧",C16,[C16+"#七"],["20000元"],"money"),
("首届数字工匠推荐截止日期是2023年3月31日吧",D23,[D23+"#三"],["2023年3月31日"],"date"),
("第四届推荐表上要贴2寸的彩色照片是吧",D26,[D26+"#附件"],["2寸"],"form"),
("浙派工匠的评审专家是从高技能人才评审专家库里随机抽的吧",ZJ,[ZJ+"#四/(四)"],["随机抽取"],"organiser"),
("首届杭州工匠要60周岁以下对吧",C16,[C16+"#三/(二)"],["60周岁以下"],"age"),
("首席技师要有技师及以上证书才能报，对吧",CT,[CT+"#二"],["技师及以上"],"level"),
]


def rows() -> list[dict]:
    items = [(*f, "false_premise") for f in F] + [(*t, "fact") for t in T]
    random.Random(2350).shuffle(items)
    out = []
    for i, (q, p, g, k, a, kind) in enumerate(items):
        note = f"prem17 probe: a '…对吧' question asserting a value ({a}) of one attribute; the notice's value corrects it"
        if kind == "fact":
            note = "true premise (prem17 probe): the asserted value agrees with the notice, the first line must not say 不对"
        out.append({"id": f"qp-{2350 + i}", "kind": kind, "question": q, "program": p, "gold_clause_ids": g,
                    "key_facts": k, "expect_refusal": False, "answer_type": a, "note": note,
                    "split": "dev" if i % 2 == 0 else "test"})
    return out


if __name__ == "__main__":
    for row in rows():
        print(json.dumps(row, ensure_ascii=False))

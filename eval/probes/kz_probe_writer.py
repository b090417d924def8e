"""Write the kz probes (round twenty-three, craft23): 首届杭州工匠 (2016) and 浙派工匠 (2023) told the way applicants tell them.

Years in the trade and in Hangzhou / Zhejiang told through events (came, left for another province, came back), a
front-line worker who also leads a team, a competition placing that waives the years said loosely (国赛季军, 省赛头名),
浙派 deeds told as stories, nationality and union membership said indirectly. Labels from the notices
(hz_craftsman_2016#三/(一)(二), zj_craftsman_2023#三/(一)) and docs/verdict-policy.md.

Written before the code changed, by someone who had read the code (not blind). Every row is dev (the brief).

Run with:  python -m eval.probes.kz_probe_writer
"""

from __future__ import annotations

from pathlib import Path

from eval.probes.probe_rows import turns_closing, write_jsonl

HERE = Path(__file__).parent
H, Z = "hz_craftsman_2016", "zj_craftsman_2023"

# (program, question, verdict, why)
MESSAGES = [
    (H, "我七八年的，九八年从安徽老家过来，进了杭州一家汽配厂当数控车工，一直没挪过窝，技师，厂里工会会员，天天守在机床边上。"
        "12年杭州市职业技能大赛数控车工第一名。首届杭州工匠我够格吗", "eligible",
     "1998年起在杭从事数控车工，到2016年满10年；一线；市级第1名符合条件5：hz_craftsman_2016#三/(二)/5"),
    (H, "八〇年生，〇一年进杭州一家模具厂做钳工，〇六年跟老板去苏州开分厂干了三年，〇九年又调回杭州总厂，一直做模具钳工到现在，"
        "一线，会员，中国籍。2014年杭州市职业技能大赛模具工第一名。老的杭州工匠能报吗", "eligible",
     "在杭2001–2006、2009–2016共约12年，满10年：hz_craftsman_2016#三/(二)；市级第1名：三/(二)/5"),
    (H, "〇五年进杭州一家电梯公司做安装维修，一〇年去上海干了四年，一四年回杭州原来那家，一直在一线修电梯。会员，中国人，技师。"
        "2015年杭州市职业技能大赛电梯安装维修工第一名。首届杭州工匠能评吗", "not_eligible",
     "在杭2005–2010、2014–2016约7年，不满10年；市级第1名不免年限：hz_craftsman_2016#三/(二)"),
    (H, "我是2011年才来的杭州，之前在湖南老家焊了十来年。2014年全国职业技能大赛焊工项目拿了第二名。会员，中国人，一线焊工。"
        "2016年那届杭州工匠能报吗", "eligible",
     "国家级技能大赛前3名符合条件4，不受工作年限的限制：hz_craftsman_2016#三/(二)/4"),
    (H, "〇九年来杭州的，做维修电工，13年浙江省职业技能大赛维修电工拿了头名。工会会员，中国公民，一直在一线。第一届杭州工匠我能报不",
     "eligible", "省技能大赛第1名符合条件4，不受年限限制：hz_craftsman_2016#三/(二)/4"),
    (H, "一二年才来杭州上班，数控铣工，13年省技能大赛拿了第二名，别的比赛没有名次，绝活革新这些也谈不上。会员，中国人，一线。"
        "首届杭州工匠能报吗", "not_eligible",
     "在杭约4年不满10年；省赛第二不是第1名，不免年限：hz_craftsman_2016#三/(二)"),
    (H, "15年国赛数控铣拿了个季军，我在杭州干了五年了（到16年），会员，中国人，车间一线。首届杭州工匠能报吗", "eligible",
     "国家级技能大赛第3名（季军）符合条件4，不受年限限制：hz_craftsman_2016#三/(二)/4"),
    (H, "我是车间的班组长，带十二个人，自己也天天上机床干活。七五年的，九五年进的杭州这个厂，会员，中国人。"
        "14年杭州市职业技能大赛车工第一名。首届杭州工匠能报吗", "eligible",
     "班组长自己也干活仍是一线；在杭21年；市级第1名：hz_craftsman_2016#三/(二)/5"),
    (H, "以前是数控车工，现在提成车间主任了，主要管生产排班，机床基本不上手了。九三年进的杭州这个厂，会员，中国人。"
        "12年杭州市职业技能大赛车工第一名。首届杭州工匠能报吗", "not_eligible",
     "已不再动手，是管理岗位，不是目前仍在一线岗位：hz_craftsman_2016#三/(二)"),
    (H, "土生土长的杭州人，九七年技校毕业就进了杭州的印染厂当机修工，一直在车间，会费每个月从工资里扣。"
        "2013年杭州市职业技能大赛机修钳工第一名。首届杭州工匠能评上吗", "eligible",
     "会费从工资扣即工会会员；在杭19年；市级第1名：hz_craftsman_2016#三/(一)、三/(二)/5"),
    (H, "我们是私企，厂里一直没成立工会，我也没入过。九九年就在杭州做数控车床了，一线，中国人，"
        "12年杭州市职业技能大赛车工第一名。首届杭州工匠能报吗", "not_eligible", "不是工会会员：hz_craftsman_2016#三/(一)"),
    (H, "我〇八年就入了新加坡籍，〇二年起一直在杭州一家新加坡独资厂做模具，一线，厂里工会也入了。"
        "2014年杭州市职业技能大赛模具工第一名。首届杭州工匠我能报吗", "not_eligible", "不具有中国国籍：hz_craftsman_2016#三/(一)"),
    (H, "2009年大学毕业来杭州进厂做电工，一直在一线，会员，中国人。2015年浙江省职业技能大赛电工第三名。首届杭州工匠能报吗",
     "not_eligible", "在杭约7年不满10年；省赛第三不是第1名，不免年限：hz_craftsman_2016#三/(二)"),
    (H, "七六年的，在萧山一家纺机厂做装配钳工，做了二十多年，没离开过萧山，会员，中国人，一线。"
        "11年杭州市职业技能大赛装配钳工第一名。首届杭州工匠能报吗", "eligible",
     "在萧山（杭州）二十多年；市级第1名：hz_craftsman_2016#三/(二)/5"),
    (Z, "我老家江西，在东莞做了十五年注塑模具，今年三月才跳到宁波这边的厂，高级技师，在一线。带过不少徒弟。浙派工匠能报吗",
     "not_eligible", "2026年3月才在浙全职，不满1年：zj_craftsman_2023#三/(一)"),
    (Z, "八五年生，〇八年技校毕业就进了温州的阀门厂，一五年到一八年去江苏昆山干了三年，一八年又回温州老厂，高级技师，一线装配，在岗。"
        "我带的徒弟有五个考上了技师。浙派工匠能报吗", "needs_review",
     "在浙全职远超1年；培养徒弟由评审认定：zj_craftsman_2023#三/(一)/1"),
    (Z, "在浙江干了快二十年焊工，高级技师，一线，在岗。我琢磨的薄板焊接变形控制办法，厂里用我名字命名了，全厂都在用。"
        "浙派工匠能报吗", "needs_review", "以本人命名的操作方法由评审认定：zj_craftsman_2023#三/(一)/3"),
    (Z, "高级技师，在嘉兴一家电机厂一线在岗十二年。我有两项实用新型专利，装到流水线上一年省了两百多万。浙派工匠能报吗",
     "needs_review", "专利用于技术革新由评审认定：zj_craftsman_2023#三/(一)/2"),
    (Z, "高级技师，绍兴一家印染厂，一线干了十六年，在职。我摸索出来的快速换模办法，集团下面五个厂都派人来学了回去用。浙派工匠能报吗",
     "needs_review", "总结的操作方法在同行推广，由评审认定：zj_craftsman_2023#三/(一)/3"),
    (Z, "高级技师，在湖州一家木业公司一线干了十年，在岗。这些条件一条都沾不上，就是老老实实干活。浙派工匠能报吗",
     "not_eligible", "选择性条件明确一项也没有：zj_craftsman_2023#三/(一)"),
    (Z, "高级技师，钳工，在台州干了三十年，去年退休了，厂里又返聘回来继续在车间干。带了二十多个徒弟。浙派工匠能报吗",
     "not_eligible", "退休人员（含返聘）不作为推荐对象：zj_craftsman_2023#三"),
    (Z, "我2019年从四川过来的台州，一直在这家汽配厂做数控，高级技师，一线在岗。厂里数字化车间改造是我牵头搞的，效率提了三成。"
        "浙派工匠能报吗", "needs_review", "在浙全职约7年；数字化改造由评审认定：zj_craftsman_2023#三/(一)/5"),
    (Z, "上个月刚入职嘉兴这家厂，之前一直在上海干电工，高级技师，一线。带过好几个徒弟。浙派工匠能报吗", "not_eligible",
     "上个月才在浙全职，不满1年：zj_craftsman_2023#三/(一)"),
    (Z, "我是班长，管八个人，自己每天也在生产线上干，高级技师，在金华干了十四年，在岗。我带的徒弟有三个拿了省技术能手。浙派工匠能报吗",
     "needs_review", "班长自己也干活仍是一线；培养徒弟由评审认定：zj_craftsman_2023#三/(一)/1"),
]

# (program, turns as (user, answers), final verdict, why)
DIALOGUES = [
    (H, [("首届杭州工匠，我在杭州一家汽轮机厂当装配钳工", None), ("九六年进厂的，中间没离开过", None),
         ("会员，中国人，技师，一直在一线", None), ("12年杭州市职业技能大赛装配钳工第一名", None)], "eligible",
     "在杭20年、一线；市级第1名：hz_craftsman_2016#三/(二)/5"),
    (H, [("想问老的杭州工匠 我做数控铣的 到16年在杭州才干了七年", None), ("14年全国数控技能大赛数控铣第三名", None),
         ("会员 中国籍 一线", None)], "eligible", "国家级前3名，不受年限限制：hz_craftsman_2016#三/(二)/4"),
    (H, [("杭州工匠2016那届，我是班组长，带几个人", None), ("我自己也天天在线上干活，修设备", None),
         ("九九年开始在杭州干，会员，中国人", None), ("2013年杭州市职业技能大赛设备维修第一名", None)], "eligible",
     "班组长自己也干活仍是一线：hz_craftsman_2016#三/(二)；市级第1名：三/(二)/5"),
    (H, [("首届杭州工匠，我是汽车维修工，会员，中国人，一线", None),
         ("〇三年进的杭州这家4S店，〇八年回老家河南干了五年，一三年又回来了", None),
         ("2014年杭州市职业技能大赛汽车维修工第一名", None)], "not_eligible",
     "在杭2003–2008、2013–2016约8年，不满10年；市级第1名不免年限：hz_craftsman_2016#三/(二)"),
    (Z, [("浙派工匠，高级技师，做汽车模具的", None), ("一五年从广东来宁波的，一直在这个厂", None),
         ("在岗，一线", None), ("带徒弟带了二十多个，有两个拿了全国技术能手", None)], "needs_review",
     "在浙约11年；培养徒弟由评审认定：zj_craftsman_2023#三/(一)/1"),
    (Z, [("浙派工匠能报吗 高级技师 电工 一线", None), ("我原来在江苏，今年五月份才调到湖州分公司", None)], "not_eligible",
     "2026年5月才在浙全职，不满1年：zj_craftsman_2023#三/(一)"),
    (Z, [("浙派工匠，高级技师，一线焊工，在杭州干了二十年，在岗", None),
         ("徒弟、革新、操作法、成果转化、数字化这些都没有", None)], "not_eligible",
     "五类选择性条件都明确没有：zj_craftsman_2023#三/(一)"),
    (Z, [("浙派工匠，我是高级技师，车工，在岗一线", None), ("〇六年来的宁波，中间一二年去安徽干了两年，一四年又回来了", None),
         ("我的名字命名了一个车削操作法，在省里好几家厂推广", None)], "needs_review",
     "在浙约18年；以本人命名的操作法由评审认定：zj_craftsman_2023#三/(一)/3"),
]


def main() -> None:
    write_jsonl(HERE / "kz_messages.jsonl", [
        {"id": f"el-kz{i:03d}", "split": "dev", "question": q, "program": prog, "expect_verdicts": {prog: verdict},
         "why": why} for i, (prog, q, verdict, why) in enumerate(MESSAGES, 1)])
    write_jsonl(HERE / "kz_dialogues.jsonl", [
        {"id": f"dlg-kz{i:03d}", "split": "dev", "turns": turns_closing(said, {prog: verdict}, empty=True),
         "final_verdicts": {prog: verdict}, "why": why} for i, (prog, said, verdict, why) in enumerate(DIALOGUES, 1)])


if __name__ == "__main__":
    main()

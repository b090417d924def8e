"""silent21 probe el-sl001…, dlg-sl001…: where the notice is silent or the merit is a judgement (digital tools used
inside a traditional industry, titles the notice does not name, posts that mix managing and hands-on work) the
answer is needs_review; beside them, clear neighbours that must stay eligible / not_eligible (clear digital work,
a traditional trade that only uses an app, the title the notice does bar, a post that is plainly one or the other).

Written 2026-12-07 before the code was changed, by someone who had read the code (not blind). Halves alternate A/B.

Run with:
    PYTHONPATH=$PWD .venv/bin/python eval/probes/silent21_probe_writer.py
"""

import json
from pathlib import Path

D26, D23, CT = "hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_chief_technician_2021"
NR, OK, NO = "needs_review", "eligible", "not_eligible"

MESSAGES = [
    # digital tools inside a traditional industry: the notice's scope neither names nor excludes the work
    (D26, NR, "我在富阳一家模具厂做CAM编程 用PowerMill给加工中心出刀路 干了九年 一直在杭州 工会会员 没评过什么工匠 二四年拿过浙江省科学技术进步奖二等奖 第四届数字工匠能报吗",
     "模具厂的CAM编程是否属于数字经济行业，认定范围没有写明：hz_digital_craftsman_2026#一"),
    (D23, NR, "问下首届数字工匠 我在余杭的服装厂用电脑CAD做打版推码 一四年进厂一直在杭州 会员 二一年拿过杭州市科学技术进步奖三等奖 没评过工匠 当时能报吗",
     "服装厂电脑打版是否属于数字经济行业，通知没有写明：hz_digital_craftsman_2023#附件1/一"),
    (D26, NR, "本人在杭州一家测绘院做无人机航测 外业飞 回来处理点云出地形图 干了十一年 在杭州十一年 是会员 二三年浙江省科技进步奖三等奖 没拿过工匠称号 第四届数字工匠我够不够",
     "无人机航测测绘是否属于数字经济行业，认定范围没有写明：hz_digital_craftsman_2026#一"),
    (D23, NR, "首届杭州数字工匠 我在萧山一家汽车零部件厂给焊装线的工业机器人做示教编程 一六年开始干 一直在杭州 会员 二二年获得浙江省科学技术进步奖三等奖 没评过工匠 我当年符合吗",
     "工业机器人示教编程是否属于数字经济行业，通知没有写明：hz_digital_craftsman_2023#附件1/一"),
    (D26, NR, "我在临平一家航空发动机零件厂做金属3D打印 负责设备参数和打印工艺 干了七年 一直在杭州 会员 二五年拿了浙江省科学技术进步奖二等奖 没评过工匠 第四届数字工匠行不行",
     "金属增材制造操作是否属于数字经济行业，认定范围没有写明：hz_digital_craftsman_2026#一"),
    (D23, NR, "想问首届数字工匠 我在珠宝首饰厂用JewelCAD做三维起版 电脑上建模再出蜡版 一五年干到现在 一直在杭州 会员 二〇年拿过杭州市科学技术进步奖二等奖 没评过工匠 能报吗",
     "首饰三维起版是否属于数字经济行业，通知没有写明：hz_digital_craftsman_2023#附件1/一"),
    (D26, NR, "我在家具厂做数控开料 给CNC排版编程序 板材优化 干了十年 在杭州十年 会员 二四年浙江省科学技术进步奖三等奖 没评过工匠 第四届能报伐",
     "家具厂数控排版编程是否属于数字经济行业，认定范围没有写明：hz_digital_craftsman_2026#一"),
    (D23, NR, "首届数字工匠我能不能报 我在鞋厂用三维扫描仪扫脚型 电脑上做鞋楦数字化设计 一五年进厂 一直在杭州 会员 二一年杭州市科技进步奖三等奖 工匠没评过",
     "鞋楦数字化设计是否属于数字经济行业，通知没有写明：hz_digital_craftsman_2023#附件1/一"),
    (D26, NR, "我是建筑设计院的BIM工程师 给项目做机电管线综合建模和碰撞检查 干了八年 一直在杭州 会员 二四年拿过浙江省科学技术进步奖三等奖 没有工匠称号 第四届数字工匠能申报吗",
     "建筑BIM建模是否属于数字经济行业，认定范围没有写明：hz_digital_craftsman_2026#一"),
    (D26, NR, "我在船厂做数字化放样 用软件把船体分段展开 出切割程序 干了十二年 在杭州十二年 会员 二三年浙江省科学技术进步奖二等奖 没评过工匠 第四届可以报吗",
     "船体数字化放样是否属于数字经济行业，认定范围没有写明：hz_digital_craftsman_2026#一"),
    # clear digital work, whatever the employer: stays eligible
    (D26, OK, "我在滨江一家云计算公司做容器平台开发 写Go 干了八年 一直在杭州 会员 没评过工匠 二四年拿了浙江省科学技术进步奖二等奖 第四届数字工匠能报吗",
     "云平台开发属数字产业化；在杭8年、会员、省级科技奖符合(三)：hz_digital_craftsman_2026#二/(三)"),
    (D23, OK, "首届数字工匠 我在一家芯片设计公司做数字前端验证 一五年开始 一直在杭州 会员 二一年拿过浙江省科学技术进步奖三等奖 没评过工匠 当年能报吗",
     "芯片设计属数字产品制造业；科技奖符合(三)：hz_digital_craftsman_2023#附件1/二/(三)"),
    (D26, OK, "我在纺织厂负责MES系统的运维和二次开发 写接口对接ERP 干了九年 一直在杭州 会员 没有工匠称号 二三年拿了浙江省科学技术进步奖三等奖 第四届我够格吗",
     "纺织厂的MES运维开发是产业数字化的数字工作；科技奖符合(三)：hz_digital_craftsman_2026#二/(三)"),
    (D23, OK, "我在一家机械集团的数字化部门做工业互联网平台开发 一六年入职 一直在杭州 会员 二二年拿过浙江省科学技术进步奖二等奖 没评过工匠 首届杭州数字工匠能报吗",
     "工业互联网平台开发属数字技术应用；科技奖符合(三)：hz_digital_craftsman_2023#附件1/二/(三)"),
    (D26, OK, "我在一家物流公司做路径规划算法 干了七年 一直在杭州 会员 没评过工匠 二五年浙江省科学技术进步奖三等奖 第四届数字工匠能申请伐",
     "算法研发是数字技术工作；科技奖符合(三)：hz_digital_craftsman_2026#二/(三)"),
    (D23, OK, "我在电商公司做数据仓库开发 一四年干到现在 一直在杭州 会员 二〇年拿过杭州市科学技术进步奖二等奖 没评过工匠 首届数字工匠当时能报吗",
     "数据仓库开发属数字要素驱动；市级科技奖符合(三)：hz_digital_craftsman_2023#附件1/二/(三)"),
    # traditional trades that merely use an app: stay a no
    (D26, NO, "我是焊工 在钢结构厂焊了十年 每天在小程序上报工量 一直在杭州 会员 拿过浙江省科学技术进步奖三等奖 第四届数字工匠能报吗",
     "焊接是传统工种，用小程序报工不等于从事数字经济行业：hz_digital_craftsman_2026#一"),
    (D23, NO, "我是汽修工 修车十多年了 平时用手机APP查维修手册 一直在杭州 会员 二一年拿过杭州市科学技术进步奖三等奖 首届数字工匠能报吗",
     "汽修是传统工种，用APP查资料不等于从事数字经济行业：hz_digital_craftsman_2023#附件1/一"),
    (D26, NO, "我在一家互联网公司的员工食堂当厨师 点餐用的是公司的系统 干了八年 一直在杭州 会员 拿过浙江省科学技术进步奖三等奖 第四届数字工匠能报伐",
     "厨师是服务岗位，在互联网公司工作不等于从事数字经济行业：hz_digital_craftsman_2026#一"),
    (D26, NO, "我是电工 在商场做配电维护 打卡派单都在钉钉上 干了十年 在杭州十年 会员 二四年拿过浙江省科技进步奖三等奖 能报第四届数字工匠吗",
     "电工配电维护是传统工种，用钉钉派单不等于从事数字经济行业：hz_digital_craftsman_2026#一"),
    # titles the notice does not name (首席技师 bars only 浙江省首席技师)
    (CT, NR, "我在一家电力集团做变电检修 高级技师 一线干活的 二〇年省电力公司评了我公司级首席技师 浙江省首席技师没有 一九年全国电力行业职业技能竞赛（国家二类）拿了第二名 2021年杭州市首席技师能报吗",
     "公司级首席技师通知未作规定（只排除浙江省首席技师），需人工核实：hz_chief_technician_2021#一"),
    (CT, NR, "二一年杭州市首席技师 我在余杭一家机械厂做数控铣 高级技师 在车间干 一八年评过余杭区首席技师 省里的没评过 一九年省级一类技能竞赛拿了第二名 能报不",
     "区级首席技师通知未明确：hz_chief_technician_2021#一；省一类前三名符合(一)"),
    (CT, NO, "我是钳工 高级技师 在一线 一九年已经评上浙江省首席技师了 二〇年国家二类竞赛第一名 2021年杭州市首席技师还能报吗",
     "已获评浙江省首席技师的不得申报：hz_chief_technician_2021#一"),
    (CT, OK, "2021年的杭州市首席技师 我是管道工 高级技师 天天在工地一线干 没有评过任何首席技师 一九年全国行业职业技能竞赛（国家二类）拿了第三名 能报吗",
     "高级技师、一线、国家二类竞赛前三名符合(一)：hz_chief_technician_2021#二/(一)"),
    (D26, NR, "我在滨江做大数据开发 干了九年 一直在杭州 会员 二二年评过滨江工匠 区里的 浙江工匠杭州工匠都没评过 二四年浙江省科学技术进步奖三等奖 第四届数字工匠能报吗",
     "区级工匠称号通知未列出（只排除浙江工匠、杭州工匠、杭州数字工匠）：hz_digital_craftsman_2026#二"),
    (CT, NR, "杭州市首席技师2021年那次 我在一家集团的汽修厂做汽车维修 高级技师 一线 一九年集团评了我首席技能专家 省首席技师没有 一八年省级一类技能竞赛第三名 能报伐",
     "集团内部首席技能专家称号通知未作规定：hz_chief_technician_2021#一"),
    # posts that mix managing and hands-on work
    (D26, NR, "我在一家软件公司当研发部经理 带十个人 自己也写核心模块的代码 干了十年 一直在杭州 会员 没评过工匠 二四年拿了浙江省科学技术进步奖二等奖 第四届数字工匠能报吗",
     "研发部经理兼写代码，是否仍在技术岗位需核实：hz_digital_craftsman_2026#二"),
    (D23, NR, "首届数字工匠 我在数据中心当运维主管 管排班和团队 也轮值处理故障 一五年开始干 一直在杭州 会员 二一年浙江省科学技术进步奖三等奖 没评过工匠 能报吗",
     "运维主管兼值班，是否仍在技术岗位需核实：hz_digital_craftsman_2023#附件1/二"),
    (D26, NO, "我以前在互联网公司写了八年代码 去年调到行政部做人事了 一直在杭州 会员 二四年拿过浙江省科学技术进步奖三等奖 第四届数字工匠还能报吗",
     "目前在行政岗位，不在技术岗位：hz_digital_craftsman_2026#二"),
    (CT, NR, "我是车间主任 管三十个人 但也天天上机床干活 高级技师 一九年国家二类技能竞赛第二名 没评过浙江省首席技师 二一年杭州市首席技师能报吗",
     "车间主任兼上机床，是否在一线岗位直接从事技能工作需核实：hz_chief_technician_2021#一"),
    (D23, OK, "首届数字工匠 我在一家安全公司做渗透测试工程师 纯技术岗 一五年干到现在 一直在杭州 会员 二二年拿过浙江省科学技术进步奖三等奖 没评过工匠 能报吗",
     "网络安全测试是数字技术工作，技术岗；科技奖符合(三)：hz_digital_craftsman_2023#附件1/二/(三)"),
    (D26, NO, "我是项目经理 只管进度和客户 技术活早就不碰了 在杭州一家软件公司干了九年 会员 二四年拿过浙江省科学技术进步奖三等奖 没评过工匠 第四届能报吗",
     "项目经理只管进度，不在技术岗位：hz_digital_craftsman_2026#二"),
]

DIALOGUES = [
    (["帮我老公问下首届数字工匠 他在眼镜厂做镜架的三维建模 电脑上画好再去开模", "一五年进厂的 一直在杭州 是会员 没评过工匠",
      "二一年拿过杭州市科学技术进步奖三等奖"], {D23: NR}, "镜架三维建模是否属于数字经济行业，通知没有写明：hz_digital_craftsman_2023#附件1/一"),
    (["我在一家汽配厂做数控编程 用UG给五轴机床编程序", "干了十年 一直在杭州 会员", "二四年浙江省科学技术进步奖三等奖 工匠没评过 第四届能报吗"],
     {D26: NR}, "汽配厂数控编程是否属于数字经济行业，认定范围没有写明：hz_digital_craftsman_2026#一"),
    (["我在银行科技部做大数据开发 想报第四届数字工匠", "干了八年 一直在杭州 会员 没评过工匠", "二四年拿过浙江省科学技术进步奖二等奖"],
     {D26: OK}, "大数据开发是数字工作；科技奖符合(三)：hz_digital_craftsman_2026#二/(三)"),
    (["我是焊工 报工都在小程序上 首届数字工匠能报吗", "一四年开始干 一直在杭州 会员 二一年拿过杭州市科学技术进步奖三等奖"],
     {D23: NO}, "焊工用小程序报工不等于从事数字经济行业：hz_digital_craftsman_2023#附件1/一"),
    (["2021年杭州市首席技师 我是电梯厂的装配钳工 高级技师 在一线", "一九年省级一类技能竞赛拿过第二名", "称号的话 一八年评过拱墅区首席技师 省里的没评过"],
     {CT: NR}, "区级首席技师通知未明确：hz_chief_technician_2021#一"),
    (["我是数控车工 高级技师 一直在一线 想问2021年的杭州市首席技师", "一九年国家二类技能竞赛拿了第一名", "我二〇年已经是浙江省首席技师了"],
     {CT: NO}, "已获评浙江省首席技师的不得申报：hz_chief_technician_2021#一"),
    (["我在云服务公司当运维组长 管五个人 自己也值班处理线上故障 第四届数字工匠能报吗", "干了九年 一直在杭州 会员 没评过工匠",
      "二三年拿过浙江省科学技术进步奖三等奖"], {D26: NR}, "运维组长兼值班，是否仍在技术岗位需核实：hz_digital_craftsman_2026#二"),
    (["首届数字工匠我想问问 我在印染厂做数字喷墨印花的花型处理 电脑上分色配色", "一四年干到现在 一直在杭州 会员 没评过工匠",
      "二〇年拿过杭州市科学技术进步奖三等奖"], {D23: NR}, "数码印花分色是否属于数字经济行业，通知没有写明：hz_digital_craftsman_2023#附件1/一"),
    (["我在一家芯片公司做版图设计 第四届数字工匠能报吗", "干了十年 在杭州十年 会员 没评过任何工匠", "二四年浙江省科学技术进步奖二等奖"],
     {D26: OK}, "芯片版图设计是数字产品制造；科技奖符合(三)：hz_digital_craftsman_2026#二/(三)"),
    (["我在软件公司当项目经理 只管进度和客户沟通 不写代码 第四届能报吗", "在杭州九年 会员 没评过工匠 二四年拿过浙江省科学技术进步奖三等奖"],
     {D26: NO}, "只管进度的项目经理不在技术岗位：hz_digital_craftsman_2026#二"),
    (["我在一家水泥厂做DCS中控操作 看着屏幕调窑温 第四届数字工匠能报吗", "干了十一年 一直在杭州 会员 没评过工匠",
      "二四年拿过浙江省科学技术进步奖三等奖"], {D26: NR}, "水泥厂中控操作是否属于数字经济行业，认定范围没有写明：hz_digital_craftsman_2026#一"),
    (["我是一家做工业软件的公司的技术总监 兼着首席工程师 核心算法还是我写 第四届数字工匠能报吗", "干了十年 一直在杭州 会员 没评过工匠",
      "二四年拿过浙江省科学技术进步奖二等奖"], {D26: NR}, "技术总监兼首席工程师，是否仍在技术岗位需核实：hz_digital_craftsman_2026#二"),
]


def main() -> None:
    here = Path(__file__).parent
    with (here / "silent21_messages.jsonl").open("w", encoding="utf-8") as f:
        for i, (program, verdict, question, why) in enumerate(MESSAGES, 1):
            row = {"id": f"el-sl{i:03d}", "split": "A" if i % 2 else "B", "question": question, "program": program,
                   "expect_verdicts": {program: verdict}, "why": why}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with (here / "silent21_dialogues.jsonl").open("w", encoding="utf-8") as f:
        for i, (turns, final, why) in enumerate(DIALOGUES, 1):
            rows = [{"user": t, "answers": None, "expect_facts": None, "expect_verdicts": None} for t in turns]
            rows[-1]["expect_verdicts"] = final
            row = {"id": f"dlg-sl{i:03d}", "split": "A" if i % 2 else "B", "turns": rows, "final_verdicts": final,
                   "why": why}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

"""Round 17's merit17 probes: complete profiles (pf-mr…) whose achievements are, or look like, the applicant's own
qualifying merit, and labelled achievement sentences of the same class.

Written from the five notices and docs/verdict-policy.md after reading the code (not blind), before any code change
and before running anything on them, in the voice of applicants and HR staff: 主要事迹 that tell somebody else's
honour or deed (师傅是全国技术能手, 组长牵头做的智能体我就是用), what is still being learned or examined (还没出师,
专利还在实审), a product's or a team's prize, only a registration (报了名还没比), taking part without a placing, plans
(明年打算…), trainings and lectures attended, the routine duties of the post (日常巡检、台账、报表); beside them the
real deeds the experts must weigh, and the objective alternatives met by a record the notice names against look-alikes
(全国技术能手提名奖, 萧山区政府特殊津贴, 职业院校技能大赛, 厂商认证, 高级技师证书, 公司内部认证).

The judging (from the notices and the policy, not from the code):
- every text a non-merit shape, the records (if any) below the bar → not_eligible: nothing the person did qualifies,
  said or not said that the rest is absent;
- a real deed of the person's beside them → needs_review (the experts weigh it);
- an honour or certificate like but not the one named → needs_review (doubtful, the review decides);
- a record at the bar (国家一类第五名, 省级科技奖, 选手省赛第二名, 国家职业技能等级证书) → eligible.

Split by random.Random(1717) into halves A (tuned on) and B (held out).
Run from the repo root: python -m eval.probes.merit17_probe_writer prints the rows, --write writes them once.
"""

import json
import sys

from eval.probes.level15_probe_writer import BASE, WHY
from eval.probes.probe_rows import ROOT, numbered, write
from eval.probes.profile_probes import C16, CT, D23, D26, ZJ, award, comp, profile_rows, write_achievements

NE, NR, EL = "not_eligible", "needs_review", "eligible"

# (program, expected, competitions, awards, achievements, apprentices, note)
PROFILES = [
    # 首席技师
    (CT, NE, [], [], ["我师傅是全国技术能手，我跟着他干了十二年，他那套配电柜检修的路数我基本都学到了"], "无",
     "全国技术能手是师傅的荣誉；本人只是学到了 → 没有本人业绩"),
    (CT, NE, [], [], ["厂里前年上了一条全自动的冲压线，我负责线上的日常操作和点检"], "没带过徒弟",
     "自动线是厂里上的，本人只做日常操作点检（岗位职责）"),
    (CT, NE, [], [], ["今年已经报名了省里一类的维修电工竞赛，十月份才开赛"], "无", "只是报了名，还没比，没有名次"),
    (CT, NE, [], [], ["参加过两次市里的电工技能竞赛，都没拿到名次", "明年打算把配电柜检修的经验整理成一套操作法"], "无",
     "参赛没有名次；操作法还只是打算"),
    (CT, NE, [], [], ["车间每年组织的安全生产培训、新设备操作培训我都参加了，结业证书一摞"],
     "带过一个徒弟，还在学，没参加过比赛", "参加培训不是业绩；徒弟没有名次"),
    (CT, NR, [], [award("national", "全国技术能手提名奖", 2018)], ["一八年拿过全国技术能手提名奖，人社厅发的文"], "无",
     "提名奖不是“全国技术能手”称号本身，是否相当由评审认定"),
    (CT, NR, [], [award("municipal", "杭州市萧山区人民政府特殊津贴", 2017)], ["一七年起享受萧山区政府的特殊津贴"], "无",
     "区政府的特殊津贴不是条件(一)所列的国务院或市政府特殊津贴，是否相当由评审认定"),
    (CT, NR, [comp("national", 2, 2004, "2004年全国职业院校技能大赛（高职组）电气安装与维修赛项", tier="一类")], [],
     ["读高职那年参加全国职业院校技能大赛电气安装赛项拿了第二名"], "无",
     "学生时代的职业院校技能大赛是否算国家一类职业技能竞赛，由评审认定"),
    (CT, NR, [], [], ["总结出一套高压开关柜带电检测的操作法，全厂推广以后检修时间少了一半", "厂里组织的培训也都参加"], "无",
     "本人总结的操作法对应(二)，由评审认定"),
    (CT, EL, [comp("national", 5, 2019, "2019年全国行业职业技能竞赛维修电工赛项", tier="一类")], [],
     ["一九年全国一类行业大赛维修电工个人第五名"], "无", "国家一类前六名 → (一)相符"),
    (CT, NE, [], [], ["我负责车间三十多台设备的巡检和维修台账，每月出一次报表"], "带过两个徒弟，都没比过赛",
     "巡检、台账、报表是岗位职责；徒弟没有名次"),
    (CT, NE, [], [], ["技术科搞的那个工装改造，我也在里面出了一份力，主要是搬东西、打下手"], "无",
     "工装改造是技术科的，本人只打下手"),
    # 杭州工匠
    (C16, NE, [], [], ["我们公司的新能源车去年拿过浙江名牌产品，我在售后修了八年"], "带徒3人", "产品的荣誉不是本人的"),
    (C16, NE, [], [], ["每天负责接车、故障诊断和保养维修，一年要修三百多台车"], "无", "接车、诊断、保养是岗位日常工作"),
    (C16, NE, [], [], ["师傅是杭州市劳动模范，他听声音判断发动机毛病的绝活我正在学，还没学全"], "无",
     "绝活和荣誉都是师傅的；本人还在学"),
    (C16, NE, [], [], ["报名参加了今年杭州市职业技能大赛汽车维修项目，还没比"], "无", "只是报了名"),
    (C16, NE, [], [], ["打算下半年把变速箱拆装的经验总结成一套操作法，在店里推广"], "带徒3人", "总结操作法还是打算"),
    (C16, NR, [], [], ["自己改了一个发动机吊装工装，拆装时间从两小时缩短到四十分钟"], "无", "本人的技术革新，由评审认定"),
    (C16, NE, [], [], ["参加过一次市技能大赛汽修项目，成绩一般，没拿到名次"], "无", "参赛没有名次"),
    (C16, NR, [], [], ["二〇〇九年起给店里总结了一套底盘异响排查法，四家兄弟店都派人来学"], "无", "本人的操作法，由评审认定"),
    # 首届数字工匠
    (D23, NE, [], [], ["公司参与制定了一项物联网行业标准，我当时在现场做设备调试"], "无", "标准是公司参与的，本人做现场调试"),
    (D23, NE, [], [], ["参加过市里组织的工业互联网标准宣贯培训，还拿了合格证"], "无", "参加宣贯培训不是制定标准"),
    (D23, NE, [], [], ["去年报了一个网关远程升级方法的发明专利，还在实审"], "无", "专利还在实审，还没有成果"),
    (D23, NE, [], [], ["平时负责园区三百多个物联网网关的安装调试和日常巡检"], "无", "安装调试和巡检是岗位职责"),
    (D23, NE, [], [], ["计划明年带新人去参加全国物联网安装调试员竞赛"], "无", "带选手还是打算"),
    (D23, EL, [], [], ["二一年考下了信息系统项目管理师证书，就是软考高级"], "无",
     "软考高级是国家级的专业技术资格证书 → (三)相符"),
    (D23, EL, [], [], ["这两年主要精力放在带选手上"], "二二年带的选手在浙江省物联网安装调试员职业技能竞赛拿了个人第二名",
     "培养选手省级竞赛前五名 → (四)相符"),
    (D23, NR, [], [], ["牵头起草了公司的物联网网关安装企业标准，已经在全集团执行"], "无", "本人牵头起草的标准，由评审认定"),
    # 第四届数字工匠
    (D26, NE, [], [], ["公司的智能客服产品去年拿了省里的数字经济优秀产品奖"], "无", "产品的奖不是本人的"),
    (D26, NE, [], [], ["组长牵头做了一个运维智能体，我平时就是用它查告警"], "无", "智能体是组长做的，本人只是用"),
    (D26, NE, [], [], ["参加了阿里云的大模型应用开发培训，拿了结业证书"], "无", "参加培训、结业证不是业绩或领先证书"),
    (D26, NE, [], [], ["正在读在职研究生，方向是数据治理，还没毕业"], "无", "还在读书"),
    (D26, NE, [], [], ["负责数据平台的日常运维、值班和出报表"], "无", "岗位日常"),
    (D26, NR, [], [], ["二三年考了华为的HCIE数据通信认证"], "无", "厂商认证是否国内或国外领先水平证书，由评审认定"),
    (D26, NR, [], [], ["持有大数据工程技术人员高级技师职业技能等级证书"], "无",
     "高级技师等级证书是否“领先水平”的等级证书，由评审认定"),
    (D26, NE, [], [], ["去年拿到了公司内部认证的首席数据架构师资格"], "无", "单位内部认证不是通知所列证书"),
    (D26, EL, [], [award("provincial", "浙江省科学技术进步奖二等奖", 2024)],
     ["二四年参与的城市数据中台项目拿了浙江省科学技术进步奖二等奖，我是第三完成人"], "无", "省级科学技术类奖项 → (三)相符"),
    (D26, NR, [], [], ["从零搭了公司的大模型客服智能体，现在接了七成的售前咨询"], "无", "本人做成的智能体，由评审认定"),
    # 浙派工匠
    (ZJ, NE, [], [], ["车间推行数字化改造以后，我每天按新系统扫码报工"], "无", "数字化改造是车间推的，本人照着用"),
    (ZJ, NE, [], [], ["师傅带我学了三年钳工，现在还在跟他学刮研"], "无", "还在学"),
    (ZJ, NE, [], [], ["公司申报了省级技能大师工作室，我在里面负责打杂和整理资料"], "无", "工作室是公司的，本人打杂"),
    (ZJ, NE, [], [], ["下一步想把锉削的窍门总结成操作法，再带几个徒弟"], "无", "打算"),
    (ZJ, NE, [], [], ["去过绍兴市组织的技术革新成果展，还听了两场讲座"], "无", "参观、听讲"),
    (ZJ, NR, [], [], ["带了六个徒弟，其中三个考出了技师"], "无", "本人带徒，由评审认定"),
    (ZJ, NR, [], [], ["改进了冲压模具的定位结构，废品率从百分之五降到百分之一"], "无", "本人技术革新，由评审认定"),
    (ZJ, NE, [], [], ["我们班组的设备联网项目获得了绍兴市职工创新成果奖，我是班组里的普通一员"], "无",
     "班组的集体成果，本人只是一员"),
]

# (text, kinds) in the applicant's voice; [] for a non-merit shape of the speaker's
ACHIEVEMENTS = [
    ("我师傅是全国技术能手，我跟了他十年", []),
    ("我们车间主任去年评上了浙江工匠", []),
    ("老婆是单位的先进工作者，我主要在家带孩子", []),
    ("师兄发明的那个夹具拿了专利", []),
    ("跟师傅学木雕已经六年了，到现在还没出师", []),
    ("正在读在职研究生，论文方向是设备预测性维护", []),
    ("报了一个发明专利，还在实审阶段", []),
    ("实用新型专利的申请材料上个月刚交上去", []),
    ("我们厂的龙井茶拿过国际茶博会金奖", []),
    ("公司的新能源车型获评浙江名牌产品", []),
    ("今年报名了全国数控技能大赛，还没开赛", []),
    ("已经报名参加省技能大赛焊工项目，十月份比", []),
    ("参加过两届市技能大赛，都没进决赛", []),
    ("去年参加了省职工技能大赛，最后没拿到名次", []),
    ("明年打算牵头编一个企业标准", []),
    ("计划下半年做一个排产智能体", []),
    ("准备把多年的装配经验整理成操作法", []),
    ("参加过市总工会组织的技术革新培训班", []),
    ("听过两场数字化改造的讲座", []),
    ("参加了公司组织的标准化知识培训，考试合格", []),
    ("每天负责生产线的点检和保养", []),
    ("平时就是做数据报表和系统巡检", []),
    ("岗位职责是按工单处理设备故障", []),
    ("主要工作就是给新员工讲安全须知", []),
    ("组长牵头搞了一个标准，我帮忙打印装订", []),
    ("技术部开发了一个AI质检系统，我负责每天上传图片", []),
    ("公司获得省科技进步奖，我当时负责后勤保障", []),
    ("我们班组获得全国工人先锋号", []),
    ("车间是市里的数字化改造试点，我在车间当操作工", []),
    ("用公司采购的AI客服软件回复客户", []),
    ("持有公司内部认证的高级技术员资格", []),
    ("考了个计算机二级证书", []),
    ("软考高级考了两次都没过", []),
    ("去年拿到了叉车证和电工上岗证", []),
    ("主导制定了公司第一份焊接工艺企业标准，全集团都在用", ["standards"]),
    ("作为主要起草人参与了一项物联网网关团体标准的编写", ["standards"]),
    ("自己设计了一套换模工装，换模时间从四十分钟降到十二分钟", ["innovation"]),
    ("攻克了铝合金薄壁件焊接变形的难题，合格率从七成提到九成八", ["innovation"]),
    ("牵头把注塑车间四十台机器联网，做了能耗在线监测", ["digital"]),
    ("给车间老设备加装了数据采集模块，接进了MES", ["digital"]),
    ("从零搭了一个售后问答智能体，接住了六成的咨询", ["ai_agent"]),
    ("用大模型给仓库做了一个自动排班的智能体，主管说省了两个人", ["ai_agent"]),
    ("总结的快速找正操作法在全公司推广，被命名为我的名字", ["method"]),
    ("琢磨出一套听声辨故障的办法，几个分厂都来学", ["method"]),
    ("前后带了八个徒弟，五个成了技师", ["training"]),
    ("带的徒弟小林去年拿了省一类焊工大赛第三名", ["training"]),
    ("手工研磨的量块平面度能做到零点一微米，全省就我一个", ["knack"]),
    ("闭着眼摸一下就知道轴承间隙差多少，厂里公认的", ["knack"]),
    ("做了二十五年的杭绣，双面绣是师父手把手传下来的", ["craft"]),
    ("守着王星记黑纸扇的泥金工艺三十年，现在能做的人不多", ["craft"]),
    ("我发明的自动上料装置授权给三家企业生产，卖了五百多套", ["transfer", "innovation"]),
    ("把自己的专利转化成产品，去年产值两千多万", ["transfer"]),
    ("一九年考下了系统架构设计师，软考高级", ["certificate"]),
    ("二二年拿了浙江省科学技术进步奖三等奖，我是第二完成人", ["certificate"]),
    ("持有国家职业技能等级证书（一级/高级技师）", ["certificate"]),
    ("跟师傅学了三年以后，自己改进了刮研的刀具，效率提高了一倍", ["innovation"]),
    ("组长起了个头，后面的排产算法是我一个人写的，交期准时率提到了九成五", ["innovation"]),
    ("参加技术攻关小组，主要是我解决了主轴振动问题", ["innovation"]),
    ("听完讲座回来，自己动手把送料机构改成了伺服驱动", ["innovation"]),
    ("虽然只是普通操作工，但我总结的上料方法全车间都在用", ["method"]),
    ("带新人小王备赛，他拿了全国网络安全技能竞赛第四名", ["training"]),
    ("公司的数字化车间是我牵头规划建成的", ["digital"]),
]

PROFILES_PATH = ROOT / "eval" / "probes" / "merit17_profiles.jsonl"
ACHIEVEMENTS_PATH = ROOT / "eval" / "probes" / "merit17_achievements.jsonl"
SEED = 1717


if __name__ == "__main__":
    assert len(PROFILES) >= 40 and len(ACHIEVEMENTS) >= 60, (len(PROFILES), len(ACHIEVEMENTS))
    rows = profile_rows(PROFILES, BASE, WHY)
    write(rows, prefix="pf-mr", start=1, seed=SEED, path=PROFILES_PATH, check=False, width=3, names=("A", "B"),
          argv=["--dry"])
    if sys.argv[-1] == "--write":  # written whole, once: the file is new
        assert not PROFILES_PATH.exists(), "merit17 probes are already written"
        with open(PROFILES_PATH, "w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in numbered(rows, "pf-mr", 1, SEED, ("A", "B"), 3))
    write_achievements(ACHIEVEMENTS, "m17-", SEED, ACHIEVEMENTS_PATH, "m17")

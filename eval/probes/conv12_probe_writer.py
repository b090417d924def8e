"""conv12 probe (round eleven): the conversation as a state — what a reply to the question asked says, and what is
asked next.

Written from the five notices (/work/shared/seeds/), docs/verdict-policy.md and the blind writers' rules ("盲写批次 w"
and "盲写批次 v" in eval/README.md) before any code change in this round, not from the chat's behaviour: terse or
rambling replies with spaces for punctuation, relative dates, Chinese numerals for years. The classes:

- a reply that answers the question asked AND adds or corrects another fact ("是会员 不过我是二一年才从苏州过来的");
- a reply that answers another question than the one asked ("干这行快七年了 一直在杭州");
- a reply that is only a number or a place ("七八年吧", "下沙那边", "六三年的");
- "不清楚/要问下单位": not known, which is no "no" (杭州工匠's 必须是工会会员; 首席's 已获评浙江省首席技师的不得申报);
- a switch to another programme with a new fact ("那首席呢 我是高级技师 一八年拿的");
- a correction of a fact said two turns before ("噢 不对 我记错了 到杭州是零八年");
- a third party's facts beside the asker's ("帮我老公问…", then "我自己不是会员 我在超市上班的");
- deeds told in reply (an objective one meets an alternative; a municipal award is no 省级 one); nothing to show said in
  own words (every alternative of the programme said absent); an absence that leaves an alternative open.

Each turn may carry ``never_ask``: fields the dialogue has already given in other words by then (a named factory
says the employment; a named district says the city), which the question asked after that turn must not be. The
eval ignores the key; the conv12 runner counts it.

Today is 2026-11-21; 第四届 counts at 2026-03-31, 首届数字工匠 at 2023-03-31, 首届杭州工匠 in 2016, 首席技师 in 2021,
浙派 today. Split by random.Random(2225): first half A (tuned on), the rest B (held out). Run from the repo root:
python -m eval.probes.conv12_probe_writer prints the rows, --write appends them once (the file is created empty first).
"""
from pathlib import Path

from eval.probes.probe_rows import write

DLG = Path(__file__).resolve().parent / "conv12_dialogues.jsonl"
D26, D23, C16, CT, ZJ = ("hz_digital_craftsman_2026", "hz_digital_craftsman_2023", "hz_craftsman_2016",
                         "hz_chief_technician_2021", "zj_craftsman_2023")
E, N, R, DR = "eligible", "not_eligible", "needs_review", "direct_recognition"


def t(user, answers=None, facts=None, verdicts=None, never_ask=None):
    row = {"user": user, "answers": answers, "expect_facts": facts, "expect_verdicts": verdicts}
    if never_ask:
        row["never_ask"] = list(never_ask)
    return row


DIALOGUES = [  # (turns, final verdicts, why)
    # answers the union question and adds a later arrival and the trade's years
    ([t("问下第四届数字工匠哈 我在滨江一家做智能门锁的民企写嵌入式固件 一直是写代码的 工匠啥的没评过",
        never_ask=["employer_city", "employment", "role_type", "prior_titles"]),
      t("是会员 不过我是二一年才从苏州过来的 之前在苏州也干这个 前后加起来九年多了", "union_member", {"union_member": True},
        never_ask=["union_member", "years_in_field"]),
      t("奖的话 前年我们那个门锁低功耗方案拿了浙江省科学技术进步奖三等奖 我排第二")],
     {D26: E}, "省级科学技术类奖项：hz_digital_craftsman_2026#二/(三)；九年、2021年起在杭、会员、技术岗：hz_digital_craftsman_2026#二"),
    # a welder at a named factory: employment and post are said; a bare answer about the front line, then the result
    ([t("师傅们好 我在富阳一家造纸机械厂当焊工 二十多年了 一五年就考了高级技师 想报首席技师 省里的首席没评过",
        never_ask=["employer_city", "employment", "skill_level", "prior_titles"]),
      t("天天在车间焊 活儿都是我自己上手"),
      t("比赛拿过 一八年杭州市职业技能竞赛焊工 一类竞赛 第一名")],
     {CT: E}, "市级一类技能竞赛第一名：hz_chief_technician_2021#二/(一)；高级技师、一线：hz_chief_technician_2021#二"),
    # 不清楚 about the union is no "no"
    ([t("我想问问首届杭州工匠那个 我是做杭扇的 在王星记那边干 七四年的 九二年就在杭州做扇子 一直在做 中国人"),
      t("工会会员吗 这个我真不清楚 要问下单位", never_ask=["birth_date", "nationality"]),
      t("杭扇制作技艺 我做了二十多年 厂里的檀香扇镂空拉花基本都是我在做")],
     {C16: R}, "工会会员不知道，必须是工会会员待核实：hz_craftsman_2016#三/(一)；传统工艺交评审：hz_craftsman_2016#三/(二)/2"),
    # a bare approximate count
    ([t("浙派工匠能报不 我在宁波北仑一家注塑机厂做装配钳工 高级技师 在车间干活的",
        never_ask=["employment", "skill_level", "role_type"]),
      t("七八年吧", "years_in_field"),
      t("一直在宁波 没出过浙江 我搞过一个注塑机合模机构的装配工装 装配时间从四个小时降到一个半小时 厂里一年省了两百多万")],
     {ZJ: R}, "技术革新的分量由评审认定：zj_craftsman_2023#三/(一)/2；高级技师、七八年、在浙：zj_craftsman_2023#三/(一)"),
    # nothing for 杭州工匠 said in own words; then 首席 with a new level, 带徒 left open
    ([t("杭州工匠 我在萧山一家轮毂厂开数控车 八零年的 一九九九年就在这个厂 会员 中国"),
      t("比赛没参加过 绝活谈不上 革新也没搞过 传统手艺也不沾边 就是个普通开车床的", None, None, {C16: N}),
      t("那首席呢 我是高级技师 一八年拿的")],
     {C16: N, CT: R}, "杭州工匠五条都明说没有：hz_craftsman_2016#三/(二)；首席带徒没说：hz_chief_technician_2021#二/(四)"),
    # a correction two turns later that keeps the verdict
    ([t("想报首届数字工匠 我在西湖区做云计算运维开发 一六年毕业就来杭州了 一直干这个 会员 工匠没评过"),
      t("二二年我们搞的容器平台拿过杭州市科学技术进步奖二等奖 我是主要完成人"),
      t("等下 前面说错了 我是一九年才来的杭州 之前在南京干了三年", None, None, None, ["years_in_field"])],
     {D23: E}, "市级科学技术类奖项：hz_digital_craftsman_2023#附件1/二/(三)；2016年起六年多、2019年起在杭三年多：hz_digital_craftsman_2023#附件1/二"),
    # a correction two turns later that fails the ten years
    ([t("杭州工匠 我是做木雕的 东阳人 七六年的 九六年就到杭州来做了 在一家红木家具厂雕花 会员 中国人"),
      t("比赛的话 一二年杭州市职业技能大赛木雕项目拿了第一名", None, None, {C16: E}),
      t("噢 不对 我记错了 到杭州是零八年 之前一直在东阳")],
     {C16: N}, "更正后2016年在杭约八年，第5条不免“在杭…不少于10年”：hz_craftsman_2016#三/(二)"),
    # a wife asks for her husband and says her own job
    ([t("帮我老公问问 首席技师 他在临平一家纺织机械厂当维修电工 高级技师 天天在车间跑"),
      t("我自己也是技师 在同一个厂做质检的"),
      t("他一九年带的徒弟拿了浙江省职业技能大赛 一类的 维修电工第四名 带出来的几个现在都是班组骨干 省首席他没评过")],
     {CT: E}, "徒弟省级一类第四名、多人成骨干：hz_chief_technician_2021#二/(四)；他高级技师、一线：hz_chief_technician_2021#二"),
    # a first place told in reply: direct recognition
    ([t("第四届数字工匠 我在余杭一家做工业视觉的公司 算法工程师 干了六年了 一直在杭州 会员 没评过工匠"),
      t("今年五月杭州市数字经济行业职业技能竞赛 个人赛 我拿了第一 人工智能训练师那个项目")],
     {D26: DR}, "2025年以来市数字经济行业职业技能竞赛个人第一名：hz_digital_craftsman_2026#一"),
    # every alternative said absent in own words
    ([t("首届数字工匠 我在拱墅一家做物流系统的公司写后端 一五年开始干的 一直在杭州 会员 工匠没评过"),
      t("标准没弄过 也没啥革新攻关 证书奖项都没有 徒弟也没带过 没比过赛")],
     {D23: N}, "四条都明说没有：hz_digital_craftsman_2023#附件1/二"),
    # no prize, but apprentices: the absence leaves 带徒 open
    ([t("浙派工匠 我在绍兴一家印染厂做定型机挡车 高级技师 二十年了 一直在绍兴 天天在机台边上"),
      t("奖倒是没拿过 不过我带出来的徒弟有十几个 现在好几个当了班长")],
     {ZJ: R}, "培养徒弟的贡献由评审认定：zj_craftsman_2023#三/(一)/1"),
    # a reply that answers the years and the place
    ([t("我想报第四届数字工匠 在上城一家银行的科技子公司做测试开发 会员"),
      t("一直在杭州 一七年研究生毕业就进来了 工匠没评过", None, None, None, ["employer_city"]),
      t("去年我做的自动化测试平台拿了浙江省科技进步奖二等奖 排第三")],
     {D26: E}, "省级科学技术类奖项：hz_digital_craftsman_2026#二/(三)；2017年起八年多在杭、技术岗：hz_digital_craftsman_2026#二"),
    # a place alone
    ([t("首席技师能不能报 我在一家做汽车零部件的厂里做模具钳工 技师 一四年拿的 天天在模具车间"),
      t("下沙那边", "employer_city", {"employer_city": "杭州"}),
      t("省首席没评过 一九年杭州市职业技能大赛模具工 一类 拿了第一")],
     {CT: E}, "市级一类技能竞赛第一名：hz_chief_technician_2021#二/(一)；技师、一线、在杭：hz_chief_technician_2021#一"),
    # a son asks for his father; the certificate not known
    ([t("我爸让我问 浙派工匠 他在嘉兴做了三十多年粽子 手工包的 现在还在厂里包"),
      t("等级证书有没有我也不清楚 要问问他们厂"),
      t("他带了好多徒弟 厂里包粽子的一大半是他教出来的")],
     {ZJ: R}, "等级证书不知道：zj_craftsman_2023#三/(一)；带徒的贡献由评审认定：zj_craftsman_2023#三/(一)/1"),
    # a master's case asked by his apprentice
    ([t("我师傅能报杭州工匠吗 他是做铜雕的 在杭州干了三十年了 六二年的 会员 中国人 现在还天天在工作室做"),
      t("他九八年获得过全国铜雕技能大赛第二名")],
     {C16: E}, "国家级技能大赛前3名：hz_craftsman_2016#三/(二)/4；2016年54岁、在杭三十年、会员、中国国籍：hz_craftsman_2016#三/(一)"),
    # answers the post and corrects the place: half a year in Zhejiang
    ([t("浙派工匠 我在台州一家做水泵的厂里 电机装配 干了十二年 高级技师"),
      t("嗯 天天在线上的 不过在台州才半年 之前一直在江西那边的厂", "years_full_time_in_zhejiang",
        {"years_full_time_in_zhejiang": 0.5})],
     {ZJ: N}, "在浙全职不满1年：zj_craftsman_2023#三/(一)"),
    # a switch to the current edition with a new fact
    ([t("首届杭州数字工匠 我在滨江一家做安防摄像头的公司调图像算法 一八年开始的"),
      t("会员 一直在杭州 没评过工匠"),
      t("那第四届呢 二四年我们那个夜视增强算法拿了浙江省科学技术进步奖一等奖 我是主要完成人")],
     {D23: R, D26: E}, "首届时不满5年、没说业绩：hz_digital_craftsman_2023#附件1/二；第四届七年多、省科技奖：hz_digital_craftsman_2026#二/(三)"),
    # the level said not the top; then 首席 with a result
    ([t("浙派工匠想问下 我在余杭一家做电梯导轨的厂里 开龙门铣 技师 干了十年了 一直在车间"),
      t("技师上面还有高级技师 我还没考", "is_highest_level_of_occupation", {"is_highest_level_of_occupation": False},
        {ZJ: N}),
      t("那首席呢 二零年我拿过浙江省职业技能大赛铣工第三名 一类的 省首席没评过")],
     {ZJ: N, CT: E}, "浙派要高级技师或本职业最高：zj_craftsman_2023#三/(一)；首席省级一类前三：hz_chief_technician_2021#二/(一)"),
    # 是的，不过…才来的
    ([t("首届数字工匠 我在钱塘区一家做锂电池的厂里搞MES系统实施开发 一五年就开始做MES了 没评过工匠"),
      t("是的 会员 不过我一八年才来的杭州 之前在合肥做", "union_member", {"union_member": True}),
      t("二一年我们那个MES项目拿了杭州市科学技术进步奖三等奖 我排第一")],
     {D23: E}, "市级科学技术类奖项：hz_digital_craftsman_2023#附件1/二/(三)；2015年起、2018年起在杭：hz_digital_craftsman_2023#附件1/二"),
    # a place and a yes in one reply
    ([t("杭州工匠 我是开塔吊的 七八年的 中国人"),
      t("临平那边的 会员 零三年就开始在临平开了 一直在工地上", "employer_city", {"employer_city": "杭州"}),
      t("一一年杭州市职业技能大赛塔式起重机司机 第一名")],
     {C16: E}, "市级职业技能大赛第1名：hz_craftsman_2016#三/(二)/5；2016年38岁、在杭13年、会员、一线：hz_craftsman_2016#三/(一)"),
    # a wife's own union status is not her husband's
    ([t("帮我老公问下首届杭州工匠 他在建德做竹编 六八年的 从小就编 在建德编了快三十年了 他是会员 中国人"),
      t("我自己不是会员 我在超市上班的"),
      t("他的竹编一四年在杭州工艺美术精品展拿过金奖")],
     {C16: R}, "竹编读作传统工艺，是否达到第2条由评审认定：hz_craftsman_2016#三/(二)/2"),
    # not sure whether the excluding title is held
    ([t("首席技师 我在桐庐一家制笔厂做注塑模具维修 高级技师 天天在车间 一九年杭州市职业技能竞赛模具工 一类的 第一名"),
      t("省首席评没评过我真不记得了 一七年好像报过一次 要问下厂里人事")],
     {CT: R}, "已获评浙江省首席技师的不得申报，是否获评不知道：hz_chief_technician_2021#一"),
    # a bare birth year
    ([t("杭州工匠问一下 我是做西湖龙井炒茶的 在梅家坞炒了三十多年 会员 中国"),
      t("六三年的", "birth_date"),
      t("二零一零年杭州市职业技能大赛手工炒茶 第一名")],
     {C16: E}, "市级职业技能大赛第1名：hz_craftsman_2016#三/(二)/5；2016年53岁、在杭三十多年：hz_craftsman_2016#三/(一)"),
    # a municipal award is no 省级 one
    ([t("第四届 我在萧山一家做跨境电商的公司做数据分析 搭数仓写模型的 没评过工匠"),
      t("干这行快七年了 一直在杭州"),
      t("会员是的 奖的话 二五年我们的智能补货模型拿了杭州市科学技术进步奖二等奖")],
     {D26: R}, "市级奖项不在(三)“省级及以上”之内，其余业绩交评审：hz_digital_craftsman_2026#二/(三)"),
    # a kiln operator at a cement works: employment and post said; a method told
    ([t("首席技师 我在建德一家水泥厂 管回转窑的 看火工 高级技师 一二年就拿了 天天在中控和窑头跑 省首席没评过",
        never_ask=["employment", "employer_city", "role_type", "skill_level", "prior_titles"]),
      t("窑皮挂不住这个老毛病 我总结了一套看火调风的办法 厂里推广了 熟料合格率从九成提到九成八")],
     {CT: R}, "先进操作法由评审认定：hz_chief_technician_2021#二/(二)"),
    # a count corrected two turns later
    ([t("首届杭州工匠 我是做电梯安装的 在拱墅一家电梯公司 七九年的 会员 中国"),
      t("在杭州干了八年", "years_full_time_in_hangzhou", {"years_full_time_in_hangzhou": 8}),
      t("不对不对 八年是在这家公司 我在杭州装电梯前后十五年了 零一年来的"),
      t("一三年杭州市职业技能大赛电梯安装维修工 第一名")],
     {C16: E}, "市级职业技能大赛第1名：hz_craftsman_2016#三/(二)/5；2016年在杭15年：hz_craftsman_2016#三/(一)"),
    # nothing for 浙派 said in own words
    ([t("浙派工匠 我在义乌一家做拉链的厂里 调拉链机 高级技师 十几年了 一直在义乌"),
      t("就是天天调机器 徒弟没带过 也没搞过啥革新 厂里的新技术都是外面请人弄的 自己也没总结过什么方法 数字化智能化那些也没沾过")],
     {ZJ: N}, "五条都明说没有：zj_craftsman_2023#三/(一)"),
    # no title and a first place told together
    ([t("第四届数字工匠 我在西湖区做大模型推理优化 干了七年了 一直在杭州 会员"),
      t("工匠啥的都没有 去年浙江省数字经济行业职业技能竞赛人工智能工程技术员个人第一", "prior_titles", {"prior_titles": []})],
     {D26: DR}, "2025年以来省数字经济行业职业技能竞赛个人第一名：hz_digital_craftsman_2026#一"),
]

dialogues = []
for turns, final, why in DIALOGUES:
    turns[-1]["expect_verdicts"] = dict(final)
    dialogues.append({"turns": turns, "final_verdicts": final, "why": why})
assert len(dialogues) == 28, len(dialogues)
assert all(2 <= len(d["turns"]) <= 5 for d in dialogues)

if __name__ == "__main__":
    DLG.touch()
    write(dialogues, prefix="cv12-", start=1, seed=2225, path=DLG, check=False, width=3)

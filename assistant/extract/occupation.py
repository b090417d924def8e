"""The occupation: what the asker says they work as ("当电焊工", "做云计算运维", "是算法工程师", "本人数控车工",
"在纺织厂挡车的"), and whether it is digital-economy work, a judgement on the description (``assistant.language.classify``),
used only when the keyword reading has not already decided.
"""

from __future__ import annotations

import re

from assistant.extract.jobs import WORKPLACE_NOUNS, split_title, title_place
from assistant.extract.judge import digital_occupation, negated, without_level, work_object, work_verb
from assistant.extract.numbers import COUNT_HEDGES
from assistant.extract.patterns import MACHINES, STATUS_WORKER
from assistant.extract.people import Candidates, add
from assistant.extract.text import Segment, mask

__all__ = ["read_occupation", "names_occupation", "bare_title", "as_work"]


_OCCUPATION = re.compile(
    r"(?:当(?![时年初地天然])|做|干|是|担任|任|从事)(?:了|过)?(?:(?:[0-9一二两三四五六七八九十几半]+(?:多|余|来)?(?:年|个月)(?:多|半)?"
    r"|一辈子|半辈子|好多年|好些年|多年)(?:的)?)?"
    r"(?:一名|一个|个|名)?(?P<o>[\u4e00-\u9fffA-Za-z0-9]{1,16}?"
    r"(?:工程师|技术员|操作工|维修工|电焊工|焊工|钳工|车工|铣工|电工|工人|技工|技师|师傅|程序员|设计师|分析师|架构师|"
    r"运维|开发|研发|测试|标注员|质检员|员|工(?![程作艺厂资具业机人件序械地会友龄种位装期单时])|匠|师|"
    # agent nouns of service work: 骑手, 月嫂, 网约车司机, 保姆 (新手, 高手, 选手 are no trade: _NOT_OCCUPATION)
    r"手|嫂|司机|保姆))"
    r"(?![\u4e00-\u9fff]{0,1}(?:证|等级|资格))"
)
# the work's name ends where a count's hedge begins ("干物流差不多四年", "做家政快三年": 物流, 家政)
# (the employer's nouns are the workplace nouns of jobs, 民企 and 国企 with them: "做车联网终端的民企")
_EMPLOYER_DOES = re.compile(r"(?:做|干|搞|从事)[\u4e00-\u9fffA-Za-z]{1,10}?的"
                            rf"(?=[\u4e00-\u9fff]{{0,4}}?(?:{WORKPLACE_NOUNS}|工作室|机构))")
# (负责 is doing too: "在一家做女装的公司负责小程序商城和后台系统开发" names the work, the way 做 would)
_WORK_OBJECT = re.compile(r"(?:我|一直|现在|目前|专门)?(?:做|干|从事|搞|负责)(?:(?:了|过)?(?:[0-9一二两三四五六七八九十几半]+(?:多|余|来)?年(?:多一?点|多|半)?"
                          r"|一辈子|半辈子|好多年|好些年|多年)(?:的)?)?(?!多一?点)(?P<o>(?:[0-9][A-Za-z]|[\u4e00-\u9fffA-Za-z])[\u4e00-\u9fffA-Za-z0-9]{1,13}?)"
                          r"(?=(?:" + COUNT_HEDGES + r")?[0-9一二两三四五六七八九十几]+(?:多|来|余)?年|了|的|工作|$)")  # a digit inside: 3D打印, 5G基站
# what 负责 takes as the work's name: an object ending in a kind of work ("负责后台系统开发", "负责MES系统的运维",
# "负责设备维修"); any other object is a task or a charge ("负责交付", "负责算法团队")
_CHARGED_WORK = re.compile(r"(?:开发|研发|运维|测试|设计|分析|编程|建模|维修|维护|检修|调试|安装|运营|实施|标注|剪辑|制作|管理)$")
# the ones the work is done for or on, said before its verb ("帮各种App做…", "给小程序做…", "替医院做…")
_FOR_WHOM = re.compile(r"(?:帮|给|为|替)(?:各种|各类|各个|一些|很多|好多|不少|各家)?[^，,。；;\s帮给为替]{1,10}?"
                       r"(?:做|干|搞)(?:[^，,。；;\s]{0,2})$")
# "我是开挖掘机的", "在码头开吊车": operating a machine or vehicle names the work (patterns.MACHINES)
_OPERATES = re.compile(rf"开(?P<o>[\u4e00-\u9fff]{{0,4}}?{MACHINES})(?=的|了|[0-9一二两三四五六七八九十几]|，|,|$)")
# not a description of the work: titles, statuses, words that point back ("干这行", "做同样的工作", "做技术"), and
# a complement of time or place ("干到现在", "做到退休"), or of a result ("想搞清楚两边原话", "搞明白再报")
_NOT_OCCUPATION = re.compile(r"^到|^出头|^(?:清楚|明白|懂|不清|不懂|不明白|好了|砸)|^(?:高级|中级|初级|首席|特级|会员|职工|员工|人员|工会|全职|兼职|普通员工|普通|一线|普通工人|技师$|"
                             r"这|那|此|本(?:行|工|职|岗)|同样|技术$|工作$|的|参照|参公|公务员$|干部$|领导$|职员$|雇员$|退休人员$)"
                             r"|会员$|^(?:新|老|高|能|好|帮|选|一把|对|凶|国)手$"  # "是的会员": a yes to the union, no job
                             r"|.*工会$"  # "公司是园区联合工会的": the union one's unit belongs to, no job
                             r"|^活(?:儿)?(?:的)?$"  # "就是车间里干活的": the work itself, said of the post, no trade
                             r"|(?:中共|预备|老)?(?:党员|团员)$"  # "我是党员 也是工会的": a political standing, no job
                             r"|^(?:我|俺|他|她)(?:的)?(?:师傅|师父|徒弟|同事|老公|老婆|爱人|爸|妈)"  # "那个是我师傅评的": a person
                             rf"|^(?:{STATUS_WORKER.pattern})$")  # a status is no occupation either
# A job said with no verb: the clause is a noun phrase that ends as a title does, perhaps after who speaks ("本人数控
# 车工", "我，电工", "数据标注员，干了三年", "汽车总装线上的操作员"), read as "是…" would be. A noun phrase by jieba's parts
# of speech: no time word, adverb, numeral, pronoun, preposition or organisation in it, and a noun or a job's suffix last, so a
# clause with an event in it ("前年刚评上", "平时打打零工", "证书就一个中级工程师") is none. An honour, a standing or a
# membership that ends as a title does (杭州工匠, 技术能手, 党员, 会员, 普通员工) is no job, and a level alone is a level.
_SPEAKER = re.compile(r"^(?:本人|我(?!们)|俺(?!们)|鄙人)?(?:就|也)?(?:是)?")
_BARE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,14}")
_NOT_A_JOB = re.compile(r"[是有在了过着没不未]|^普通|工匠|能手|劳模|标兵|先进|状元|大师|党员|团员|会员|委员|代表|学员|成员|人员|员工|职工|师傅$")
_LEVEL_SAID = re.compile(r"(?:[一二三四五]级|高级|中级|初级|特级|首席)?(?:技师|技工|工)")
# (jieba tags some trades as names, 维修工/nr, and a name is no job's suffix, so nr stays allowed)
_NOT_IN_A_NOUN = ("t", "d", "m", "r", "p", "c", "y", "e", "nt", "q", "ul", "uz", "ug", "uv")
_JOB_END = re.compile(r"(?:工|员|师|匠|手|嫂|司机|保姆)$")
# a form's label said before the job ("职业：汽修", "工种是钳工", "岗位：质检"): its value is the job, whatever its ending
_JOB_LABEL = re.compile(r"(?:我的|本人的?|俺的?)?(?:职业|工种|岗位|职务|本职工作|从事职业|职业工种|行当)")
_LABELLED = re.compile(rf"^{_JOB_LABEL.pattern}(?:是|为)(?P<o>.+)$")


def _noun_phrase(said: str, *, headed: bool = True) -> bool:
    """Is ``said`` a noun phrase by jieba's parts of speech ("汽车总装线上的操作员" yes, "前年刚评上" no)? ``headed``:
    a noun (or an abbreviation, 汽修; a verbal noun, 电焊) or a job's suffix must end it; a label's value needs none."""
    from assistant.retrieval.segment import tags

    tagged = tags(said)
    return bool(tagged) and not any(flag.startswith(_NOT_IN_A_NOUN) for _, flag in tagged) and (
        not headed or tagged[-1][1].startswith(("n", "zg", "j", "vn")) or bool(_JOB_END.search(tagged[-1][0])))


def bare_title(clause: str) -> str | None:
    """The clause as "是<title>" when it is a job's title said alone ("本人数控车工" -> "是数控车工", "电工" ->
    "是电工"); None for anything else ("干了十年", "杭州工匠", "二级技师": a level, read as one)."""
    said = _SPEAKER.sub("", clause, count=1)
    if not _BARE.fullmatch(said) or _NOT_A_JOB.search(said) or _LEVEL_SAID.fullmatch(said) \
            or _NOT_OCCUPATION.match(said) or not _OCCUPATION.fullmatch("是" + said) or not _noun_phrase(said):
        return None
    return "是" + said


def _label_value(said: str) -> str | None:
    """A label's value read as the job ("汽修" after 职业：): a noun phrase that is no status, title or level."""
    if not _BARE.fullmatch(said) or _NOT_A_JOB.search(said) or _LEVEL_SAID.fullmatch(said) \
            or _NOT_OCCUPATION.match(said) or not _noun_phrase(said, headed=False):
        return None
    return said


# words that make a field an area ("算法这一块", "数据方面", "运维相关的"): the field alone is the work
_AREA = re.compile(r"(?:这一?块|那一?块|一块|这方面|方面|相关|这一?行|那一?行)(?:的)?(?:工作|业务)?$")
_LEVEL_ONLY = {"特级技师", "高级技师", "首席技师", "技师", "高级工", "中级工", "初级工", "高级技工"}
# "我属龙的": one's animal sign, said with 属 as a verb, is an age, no work
_SIGN_SAID = re.compile(r"属[鼠牛虎兔龙蛇马羊猴鸡狗猪](?:的|相)?")
_SPAN_HEAD = re.compile(r"^了?(?:快|近|将近|差不多|小|大)?[0-9一二两三四五六七八九十百]+(?:多|来|几)?年(?:多一?点|多)?(?:的)?")


def names_occupation(clause: str) -> bool:
    """Does the clause name an occupation by its title ("算法工程师", "质检员")?"""
    said = mask(clause)
    return any(not _NOT_OCCUPATION.match(without_level(split_title(_SPAN_HEAD.sub("", m.group("o")))[1]))
               for m in _OCCUPATION.finditer(bare_title(said) or said))


def _read_title(text: str, out: Candidates) -> bool:
    """The job ``text`` names by its title ("当电焊工", "是宁波的数控高级技师"), with the place or workplace said
    before it, into ``out``; whether one was read."""
    # "一家做云平台的公司搞运维开发": what the employer does is no part of a title (not "公司搞运维")
    for m in _OCCUPATION.finditer(_EMPLOYER_DOES.sub(lambda e: "□" * len(e.group()), text)):
        # "干了快三十年钳工": the job is 钳工, not the span before it
        modifier, title = split_title(_SPAN_HEAD.sub("", m.group("o")))
        job = without_level(title)  # 数控高级技师 -> 数控: the level is skill_level, read from the clause
        if "□" in job or negated(text[:m.end()]):
            continue
        city, at_work = title_place(modifier) if modifier else (None, False)
        if city:  # "我是宁波的数控高级技师": where the title is held
            add(out, "employer_city", city)
        if at_work:  # "我是我们公司的高级技师": working for an employer
            add(out, "_title_placed", True)
        if _NOT_OCCUPATION.match(job) or job in _LEVEL_ONLY:
            continue
        add(out, "occupation", job)
        # judged on the job's own words: the rest of the clause (在西湖区民企) is noise to the classifier
        digital = digital_occupation(job if len(job) >= 2 else text)
        if digital is not None:
            add(out, "_digital_of_occupation", digital)
        return True
    return False


def read_occupation(segs: list[Segment]) -> Candidates:
    """occupation (the asker's words), and is_digital_economy judged on it when the clause names no field."""
    from assistant.extract.people import SIDE_JOB

    out: Candidates = {}
    labelled = False  # the clause before was a form's label ("职业：汽修" is two clauses)
    said_bare: list[str] = []  # jobs said with no verb, read only where no clause names one with a verb
    for seg in (s for s in segs if s.current):
        text = _SIGN_SAID.sub("", mask(seg.text))
        after_label, labelled = labelled, bool(_JOB_LABEL.fullmatch(text))
        if SIDE_JOB.search(text):  # "兼职在外面做点直播": not the work the programmes ask about
            continue
        labelled_value = _LABELLED.match(text)
        value = labelled_value["o"] if labelled_value else text if after_label else None
        if value and bare_title(value):
            said_bare.append(bare_title(value))
        elif value and _label_value(value):
            said_bare.append(value)  # "职业：汽修": the value is the job, whatever its ending
        elif bare_title(text):
            said_bare.append(bare_title(text))
        if out.get("occupation") and _TURN_TO.search(text) and not negated(text):
            # "开了十几年出租车 去年转行到滨江送外卖": a turn to other work names the present job; the one before is
            # past, even where the turn names no work the readers know
            out.pop("occupation")
            out.pop("_digital_judged", None)
        if _read_title(text, out):
            continue
        # "我做云安全11年了": the object of the verb names the work
        if out.get("occupation"):
            continue  # "做会计，天天用财务软件做报表": a task said after the job is not another job
        # "一家做智慧物流的公司搞算法": what the employer does describes the employer, not the asker's work
        operated = _OPERATES.search(text)
        if operated and not negated(text[:operated.end()]):
            work = "开" + operated.group("o")
            add(out, "occupation", work)
            digital = digital_occupation(work)
            if digital is not None:
                add(out, "_digital_judged", digital)
            continue
        m = _WORK_OBJECT.search(_EMPLOYER_DOES.sub(lambda e: "□" * len(e.group()), text))
        named = False  # the verb's object names the work
        if m and not _NOT_OCCUPATION.match(m.group("o")) and "□" not in m.group("o") and not negated(text):
            work = _AREA.sub("", m.group("o")) or m.group("o")  # "搞算法这一块": the field is 算法
            if re.match(r"[了过着]|.*[0-9一二两三四五六七八九十几]年|零?[0-9一二两三四五六七八九十几]+多?个多?月", work):
                continue  # "做了五年", "干了两年零三个月": a count, no work named
            # "做工业质检的深度学习模型": the object's head noun after 的 is the thing made; the work is all of it
            head = _HEAD_AFTER.match(text[m.end("o"):])
            if head and not _EMPLOYER_NOUN.search(head["h"]) and not re.search(r"[了过着在是有]", head["h"]) \
                    and not _GENERIC_HEAD.fullmatch(head["h"]):
                work = f"{work}的{head['h']}"
            # "我是项目经理，负责交付": a task one is charged with, not the work's name
            named = "负责" not in text[m.start():m.start("o")] or bool(_CHARGED_WORK.search(work))
        if named:
            add(out, "occupation", work)  # "做茶叶加工机械维修": the work named, as the asker put it
            # "帮各种App做无障碍适配": what the work is done on or for says its field, the object alone does not
            # (无障碍适配 alone read as no digital work); judged with it
            whom = _FOR_WHOM.search(text[:m.start("o")])
            digital = digital_occupation(text[whom.start():m.end("o")] if whom else work)
            if digital is not None:
                add(out, "_digital_judged", digital)
            continue
        work = _described_work(text)
        if work and not seg.question:  # "在船厂烧电焊的", "在纺织厂挡车的": the work described, not named
            add(out, "occupation", work)
            digital = digital_occupation(work)
            if digital is not None:
                add(out, "_digital_judged", digital)
    if out.get("occupation"):  # "在厂里焊了二十五年": an activity said with its length names no job (as_work)
        out["occupation"] = [w for w in map(as_work, out["occupation"]) if w]
        if not out["occupation"]:
            out.pop("occupation")
            out.pop("_digital_judged", None)
    if not out.get("occupation") and said_bare:
        value = said_bare[0]  # "本人数控车工", "职业：汽修": no clause named the job with a verb
        if not _read_title(value, out) and not value.startswith("是"):
            add(out, "occupation", value)
            digital = digital_occupation(value)
            if digital is not None:
                add(out, "_digital_judged", digital)
    return out


# a change of trade said outright: the work named after it is the present one
# the head noun of the object said after its 的, closing the clause ("…质检的深度学习模型", "…平台的推荐算法")
_HEAD_AFTER = re.compile(r"的(?P<h>[\u4e00-\u9fffA-Za-z0-9]{2,10})$")
# a head that names no thing made ("做数据方面的工作": the field is 数据)
_GENERIC_HEAD = re.compile(r".{0,4}(?:工作|业务|事情?|活儿?|东西|岗位|职业|行业)")
_TURN_TO = re.compile(r"转行|改行|换行|转做|改做|改干")
# "在纺织厂挡车的", "在理发店剪头发", "在饭店掌勺快二十年了": the work said after the workplace it is done in
_AT_WORKPLACE = re.compile(r"在(?:[\u4e00-\u9fffA-Za-z0-9]{0,8}?)(?:厂|店|馆|场|站|公司|工地|码头|医院|酒店|饭店|车间|市场|菜场|"
                           r"食堂|工厂|作坊|港口|矿|仓库|车队|小区|物业|学校|景区)(?:里|上|里面)?(?:当|做|干)?"
                           r"(?P<w>[\u4e00-\u9fff]{2,5}?)"
                           r"(?=的|了|[0-9一二两三四五六七八九十几快近将好多]|$)")
# a spot at the workplace, not work done there: "证书还挂在公司墙上", "奖状贴在车间墙上" (墙上 is where, not a job)
_SPOT = re.compile(r"[上里下边旁]$")
# an employer's name read as a verb and its object ("国网杭州供电公司…班的" -> 供电公司): no work described
_EMPLOYER_NOUN = re.compile(r"(?:公司|集团|厂|单位|局|院|所|中心|班|部|站|店|银行|医院|学校)$")
_NOT_WORK = re.compile(r"^(?:上班|工作|干活|打工|做事|待|呆|干|做|上|当|是|有|的|也|一直|现在|已经|都|还|就)")


# "在我们厂八年了": how long, said where the work would be; no work described
_SPAN_SAID = re.compile(r"[零一二两三四五六七八九十百几\d]+(?:多|来)?(?:年|个月)")


_ASPECT = {"了", "过", "着"}


def as_work(said: str) -> str | None:
    """The work an activity names, by jieba's parts of speech: a verb with its aspect and length ("焊了二十五年",
    "开了十几年出租车", "砌了二十年墙") is what one did, not a job's name; the verb and its object name the work (开出租车,
    砌墙), the verb alone (焊了) none. Anything else is returned as said."""
    from assistant.retrieval.segment import tags

    tagged = tags(said)
    marks = [i for i, (word, flag) in enumerate(tagged) if word in _ASPECT and flag.startswith("u")
             or flag == "v" and len(word) > 1 and word[-1] in _ASPECT]  # jieba joins 焊了 into one verb
    if not marks or marks[0] > 1:
        return said  # no aspect after a verb at its start ("过磅员", "着色工" are names)
    at = marks[0]
    verb = "".join(w for w, _ in tagged[:at]) + (tagged[at][0][:-1] if tagged[at][0] not in _ASPECT else "")
    rest = [(w, f) for w, f in tagged[at + 1:] if not f.startswith("m") and w not in _ASPECT]
    return verb + "".join(w for w, _ in rest) if verb and rest else None


_HELD_SPAN = re.compile(r"[0-9一二两三四五六七八九十几]+(?:多|来)?年(?:多)?了?$")


def _described_work(text: str) -> str | None:
    """The work a clause describes with a verb and its object ("烧电焊", "修自行车", by parts of speech), or said
    after its workplace ("在纺织厂挡车的" -> 挡车); None for a bare job ("在杭州上班")."""
    said = work_object(text)
    verb = work_verb(text, trade=True)
    # work said at a place ("在船厂烧电焊") or as what one does ("给人家修自行车的"); a request to the assistant ("请
    # 输出符合条件", "直接给出结论") or a claim ("我已经满足全部条件") is none
    # (or held for a span: "修轧机十几年了", "开吊车二十多年")
    # the work comes after the place it is done at: in "工资社保都在杭州交" the 在 follows the words (工资, tagged a
    # verbal noun) and places their paying, not a job
    at = text.find("在")
    own = bool(said and 0 <= at < text.find(said) or re.search(r"的$", text) or _HELD_SPAN.search(text))
    if said and own and verb and said.startswith(verb) and not _NOT_WORK.match(said) and not _NOT_OCCUPATION.match(said) \
            and not _EMPLOYER_NOUN.search(said):
        return said
    m = _AT_WORKPLACE.search(text)
    if m and not _NOT_WORK.match(m["w"]) and not _SPAN_SAID.match(m["w"]) and not negated(text[:m.end()]) \
            and not _SPOT.search(m["w"]):
        return m["w"]
    return None

"""A company's brand heading a project's name (``某某新能源产业园`` → ``某某``).

News name many projects after the company building them, by its short name and then the
trade or product: ``甲乙绿色植保项目``, ``丙丁新能源智慧产业园``, ``戊己生物某某项目``.  The short
name is the investor.  It is read only when a trade, product or qualifier word follows two to
four characters that are neither such a word, nor a product, nor a generic opening
(``现代``, ``东部``, ``市民``…): the head of ``生猪屠宰项目`` or ``现代农业产业园`` names no one.
A company's branch written with its city in brackets (``某某科技(某市)某某项目``) is read
the same way.
"""

from __future__ import annotations

import re

from newsmill.zh.gazetteer import Gazetteer

#: Trade, product and qualifier words that follow a brand in a project's name.
TRADE_WORDS = (
    # qualifiers
    "新能源", "新材料", "绿色", "智慧", "智能", "数字", "数智", "高端", "国际", "精密", "特种", "新型",
    "低碳", "零碳", "循环", "再生", "节能", "环保", "先进", "现代", "共享",
    # industries
    "生物", "医药", "制药", "中药", "医疗", "健康", "康养", "化工", "化学", "石化", "科技", "电子",
    "光电", "光伏", "光学", "锂电", "电池", "储能", "氢能", "风电", "电力", "能源", "电气", "电机",
    "电器", "家电", "汽车", "汽配", "装备", "机械", "机电", "食品", "食材", "火锅", "调味", "调料",
    "粮油", "乳业", "乳制品", "乳品", "液态奶", "奶粉", "肉制品", "肉类", "饮料", "酒业", "白酒",
    "啤酒", "茶业", "农业", "农牧",
    "牧业", "畜牧", "饲料", "种业", "家居", "家具", "纺织", "服装", "服饰", "鞋业", "建材", "水泥",
    "钢铁", "钢材", "铝业", "铝材", "铜业", "硅材", "硅业", "钛业", "锂业", "稀土", "玻璃", "陶瓷",
    "塑料", "包装", "印刷", "纸业", "物流", "冷链", "仓储", "商贸", "文旅", "旅游", "数据", "算力",
    "半导体", "芯片", "集成电路", "显示", "通信", "航空", "无人机", "机器人", "精工", "重工", "矿业",
    "大数据",
    "实业", "制造", "智造", "电驱", "焦化", "电路", "板材", "新材", "果业",
    # sound equipment (``某某电声产业园``): a place's trade after its name as well as a firm's
    "电声", "声学",
)
#: What makes an energy word a kind of site (``风电场``, ``光伏电站``, ``储能电站``): plants named
#: after the hill or village they stand on; so is an international airport.
_SITE_NAMED = re.compile(r"(?<=风电|光伏|储能|电力|能源)(?:场|电站|发电站)"
                         # an airport named by its city and its site (``某某某北国际机场``)
                         r"|(?<=国际)机场")
#: Characters no brand holds (numbers, divisions, kinds of site).
_NOT_BRAND_CHAR = re.compile(r"[\d０-９a-zA-Z年期号座栋区县市镇乡村省州园路街港站库厂馆校院场所个批项工]")
#: Openings of names that are products, places or generic words, not brands (a mountain, ``某某山``,
#: or another landform, ``某峡谷``, ``某某湖``, ``某某草原``, heading a park, a road or a resort is where
#: it lies).
_NOT_BRAND = re.compile(
    r"[\d０-９a-zA-Z年期号座栋区县市镇乡村省州园路街港站库厂馆校院场所个批项工]|城$|(?<=..)山$"
    # an ordinal heading a name (``第三条…生产线``, ``第二座…``) counts the firm's works, no brand
    r"|^第[一二三四五六七八九十]"
    r"|(?<=.)(?:峡谷|瀑布|溶洞|草原|湿地|沙漠|戈壁|荒漠|沙地)$|(?<=..)[湖峡]$"
    r"|^(?:现代|东部|西部|南部|北部|中部|城东|城西|城南|城北|市民|全[省市县区]|对[^\W\d_]|重点|省级|市级"
    r"|县级|国家|中国|中华|大型|新建|扩建|改建|续建|技改|首个|首批|综合|城市|乡村|农村|县域|产业|示范"
    r"|标准|公共|配套|生态|特色|优质|高效|高新|高标准|规模化|传统|新兴|未来|其他|其余|上述|以上"
    r"|生猪|肉牛|肉羊|奶牛|蛋鸡|肉鸡|家禽|水产|茶叶|中药材|药材|蔬菜|水果|花卉|苗木|柑橘|猕猴桃|花椒"
    r"|辣椒|核桃|油茶|竹|食用菌|香菇|木耳|银耳|菌菇|羊肚菌|松茸|竹笋|魔芋|蜂蜜|脐橙|柠檬|藤椒|生姜|山药"
    r"|荞麦|高粱|烟叶|蚕桑|桑蚕|牦牛|黄牛|粮食|玉米|水稻|小麦|大豆|马铃薯|玄武岩|石墨|石材|煤|天然气"
    # more fruit, nuts and crops of the south's counties (``某县金橘冷链物流产业园``, ``蜜桔分拣…``)
    r"|金橘|金桔|蜜桔|蜜橘|柑桔|沃柑|砂糖橘|芒果|荔枝|龙眼|火龙果|百香果|葡萄|蓝莓|草莓|李子|脆李|桃子"
    r"|锥栗|板栗|薏仁|薏米|甘蔗|油菜|红薯|芋头|莲子|白茶|红茶|绿茶|黑茶"
    # medicinal herbs a county grows (``某县三七中药饮片…``, ``天麻精深加工…``)
    r"|三七|天麻|黄精|当归|党参|枸杞|石斛|重楼|白及|黄芪|金银花|灵芝|杜仲|厚朴|丹参|玛咖"
    r"|石油|页岩|矿泉水|光纤|电缆|轮胎|钢|铝|铜|锌|锰|镁|钒|钛|锂|硅|铁|保税|海洋|盐湖|花木|消费|动力"
    r"|工业|民用|商用|医用|农用|家用|车用|军民|军用|共享|跨境|电商|总部|临空|临港|滨海|沿江|沿海"
    r"|农产品|农副产品|酱香|浓香|清香|经编|针织|河谷|山谷|湖畔|江畔"
    # waste to recover, a study tour or a camp (``废旧光伏组件回收…``, ``某某研学旅游营地``): what
    # the works handle or offer, no brand
    r"|废旧|废弃|研学|露营"
    # a service or a use the works serve (``中医康养综合体``, ``低空旅游``, ``户外装备``, ``药用玻璃``,
    # ``水上运动基地``): what is offered or made, no brand
    r"|中医|中西医|低空|户外|室内|药用|食用|水上|冰雪|康复|养老"
    # farming under cover, fruit and vegetables together, fur (``设施农业产业园``, ``果蔬冷链…``,
    # ``皮草电商…``): what the works grow or trade, no brand
    r"|设施|果蔬|蔬果|皮草|皮革"
    # fireworks a county makes (``某某花炮安全生产示范园``, ``烟花爆竹仓储…``): a product, no brand
    r"|花炮|烟花|鞭炮|爆竹"
    # who or what a product is for (``儿童智能穿戴设备…``, ``宠物食品…``, ``老年康养…``): its users, no brand
    r"|儿童|婴幼儿|婴童|母婴|孕婴|老年|老人|妇女|学生|宠物"
    # a battery's chemistry or a chip's material, stage and grade (``钠离子电池正极材料…``, ``碳化硅衬底…``,
    # ``封装测试…``, ``车规级芯片…``): what the plant makes, no brand
    r"|钠离子|锂离子|钠电|固态|半固态|氢燃料|碳化硅|氮化镓|砷化镓|半导体|集成电路|晶圆|芯片|封装|功率"
    r"|车规|工业级|消费级"
    # where a power plant stands (``某某海上风电场``, ``某某分布式光伏``): a site's word, no brand's
    r"|海上|陆上|近海|深远海|分布式|分散式"
    # the border and its trade, and goods a border county imports to process (``某县边境物流园``, ``红木
    # 家具进口加工…``, ``木薯淀粉…``, ``腰果精深加工…``): what the works serve or handle, no brand
    r"|边境|边贸|沿边|互市|口岸|进口|红木|橡胶|木薯|咖啡|坚果|腰果|榴莲|榴梿"
    # works built by two parties together (``签约共建冷链物流园``): a verb, no brand
    r"|共建|合建|联建|援建"
    # whom a data centre serves and what cools or powers it (``某县政务数据灾备中心``, ``冷源数据中心``,
    # ``绿电算力…``): the digital economy's words, no brand
    r"|政务|冷源|绿电|算力|智算|灾备)"
    # a direction or a river's side (``西南``, ``江北``, ``某江西岸``), a river, lake, island, bay
    # or hot spring (``某江``, ``某河``, ``某湖``, ``某岛``, ``某格温泉``), ``有机…``
    # (organic food)
    r"|^[东西南北中江河湖][东西南北部]|[江河湖岛湾岸]$|温泉$|[江河][东西南北]|泛$|^有机"
    # a region of the country alone (``华南冷链物流园``; not ``华东医药``, ``华西集团``)
    r"|^华[东南北中]$"
    # a region named by provinces' one-character names (``川南``, ``川渝``, ``皖北``)
    r"|^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]"
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼东西南北中]"
    # (also by their other one-character names and a direction: ``滇南``, ``黔东``, ``陇中``, ``蜀南``)
    r"|^[滇黔陇秦蜀][东西南北中]"
)
#: Provinces' one-character names (``川``, ``陕``, ``甘``…).
_PROVINCE_CHARS = "京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕秦吉闽贵黔粤青藏川蜀宁琼"
#: A brand, then a region named by provinces' one-character names, then a trade word
#: (``某某川陕甘国际食品城``): the region is what the project serves, the brand its investor.
_BRAND_REGION = re.compile(
    rf"([\u4e00-\u9fff]{{2,4}}?)[{_PROVINCE_CHARS}]{{2,4}}"
    rf"(?:{'|'.join(sorted(map(re.escape, TRADE_WORDS), key=len, reverse=True))})")
#: A two-character brand read like a town's name (``某城``): a brand only when the company's
#: trade and a plant's place follow it.
_TOWN_LIKE = re.compile(r"[\u4e00-\u9fff]城")
#: What a maker's supply park names after its trade (``某城汽车零部件产业园``): parts for that maker.
_SUPPLY_AFTER = re.compile(r"零部件|零配件|配套")
#: First characters of a town's or quarter's name ending in 城 (``新城``, ``古城``, ``东城``).
_TOWN_FIRST = frozenset("东西南北中新老古旧县主子卫")
#: A liquor maker named by its city and its cellar or liquor (``某州老窖…``, ``某水老白干…``).
_CITY_LIQUOR = re.compile(r"([\u4e00-\u9fff]{2})(老窖|老白干|大曲|特曲)")
#: A river, lake, island or bay ending a head (``某江``, ``某湖``).
_GEOGRAPHIC = re.compile(r"[江河湖岛湾]$")
_TRADE_RE = re.compile("|".join(sorted(map(re.escape, TRADE_WORDS), key=len, reverse=True)))
#: A branch's city in brackets after the company's short name (``某某科技(某市)``).
_BRANCH = re.compile(r"[(（][\u4e00-\u9fff]{2,4}[)）]")
#: What a product is for, after a brand (``某辰动力电池``, ``某芯消费电子``).
_USE_WORD = re.compile(r"动力|消费|家用|商用|民用|车用|医用|工业")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
#: A brand naming a product's home (``橙乡``, ``茶乡``: the orange's home), written like a township
#: of one character; a direction, number or generic character heads a township's name instead.
_HOME_OF = re.compile(r"[^\W\d_A-Za-z东西南北中上下前后新老大小本我全各该外某每]乡")


def _home_of(head: str, text: str) -> bool:
    """True when ``head`` is a product's home read as a brand (``橙乡果业…`` → ``橙乡``): one
    character and ``乡``, no division the gazetteer knows, never written as a place on the page."""
    return _HOME_OF.fullmatch(head) is not None and not _NOT_BRAND_CHAR.search(head[0]) \
        and not Gazetteer.default().lookup(head) and not _place_word(head, text) \
        and f"{head}政府" not in text and f"{head}党委" not in text


#: What follows a head that names a division or a town (``某某镇``, ``某某新区``).
_PLACE_SUFFIXES = ("镇", "乡", "街道", "区", "县", "新区", "开发区")


def _place_word(head: str, text: str) -> bool:
    """True when ``head`` is a division's short form or names a town or district in ``text``."""
    if Gazetteer.default().lookup(head):
        return True
    at = text.find(head)
    while at >= 0:  # (plain lookups: a pattern per head would be compiled for every new brand)
        if text.startswith(_PLACE_SUFFIXES, at + len(head)):
            return True
        at = text.find(head, at + 1)
    return False


def _place_after(name: str, at: int) -> bool:
    """True when a division's short name (two or three characters) follows ``at`` in ``name``
    and more of the name follows it (``…汽车某川发动机工厂``)."""
    gaz = Gazetteer.default()
    return any(len(name) > at + n + 1 and _HAN.fullmatch(name[at:at + n]) is not None
               and bool(gaz.lookup(name[at:at + n])) for n in (2, 3))


def trade_after_a_place(item: str) -> bool:
    """True when a trade word follows a head that is a river, lake or region rather than a brand
    (``某江食品``, ``某湖旅游``): a line of business named after a place, no company."""
    trade = _TRADE_RE.search(item, 2, 8)
    return trade is not None and trade.end() == len(item) \
        and _GEOGRAPHIC.search(item[:trade.start()]) is not None


def city_liquor(name: str) -> str | None:
    """A liquor maker named by a city's short name and its cellar heading ``name``
    (``某州老窖某某酿酒基地…`` → ``某州老窖``), or None; the city is part of the brand there."""
    hit = _CITY_LIQUOR.match(name)
    if hit is None or not Gazetteer.default().lookup(hit.group(1)):
        return None
    return hit.group()


#: What a works serves heading its name: town and country, a trade bloc or partners abroad.
_SERVED_SCOPE = re.compile(r"城乡|东盟|中欧|中亚|亚欧|中越|中老|中缅|中俄|中蒙|中哈")


def not_a_brand(word: str) -> bool:
    """True when ``word`` opens like a product, a place or a generic word (``茶叶``, ``钒钛``…)."""
    return bool(_NOT_BRAND.search(word))


#: Heads of sectors' names that read like a brand's (``新一代信息技术``, ``文化旅游``, ``精细化工``,
#: ``轨道交通装备``, ``盐化工``).
_SECTOR_HEAD = re.compile(r"新一代|文化|晶硅|精细|轨道|清洁|天然|交通|信息|人工|航空|航天|通用|专用|高性能"
                          r"|海洋|低空|商业|未来|前沿|[盐氟磷煤硅氯石]化")
#: Kinds of product closing a firm's line of business (``某元碳基材料``).
_PRODUCT_WORD = re.compile(r"材料|设备|器件|部件|制品|用品")


def listed_brand(item: str) -> bool:
    """True when an item listed before ``等…项目`` reads as a firm's short name and its line of
    business (``某晶特种玻纤``, ``某元碳基材料``): a head of two characters that is no product, place,
    trade or sector, then a trade or product word; a sector (``晶硅光伏``, ``新一代信息技术``) is not."""
    if not 5 <= len(item) <= 10 or not _HAN.fullmatch(item):
        return False
    if _NOT_BRAND.search(item[:2]) or _SECTOR_HEAD.match(item) or _TRADE_RE.match(item) \
            or Gazetteer.default().lookup(item[:2]):
        return False
    return _TRADE_RE.search(item, 2) is not None or _PRODUCT_WORD.search(item, 2) is not None


#: The qualifiers among the trade words (an industry, not a qualifier, ends a firm's short name).
_QUALIFIERS = frozenset(TRADE_WORDS[:TRADE_WORDS.index("共享") + 1])
#: A foreign country's name heading a firm's (``新加坡某某农业…``, ``德国某某精密…``).
_FOREIGN_HEAD = re.compile(
    r"德国|法国|英国|美国|日本|韩国|新加坡|意大利|荷兰|瑞士|瑞典|丹麦|芬兰|挪威|西班牙|比利时|奥地利"
    r"|加拿大|澳大利亚|新西兰|泰国|马来西亚|印度尼西亚|越南|阿联酋|沙特|以色列")


def foreign_firm_head(name: str) -> str | None:
    """A foreign firm heading ``name``, written as its country, its brand and its industry
    (``新加坡某泽农业芒果加工项目`` → ``新加坡某泽农业``), or None."""
    country = _FOREIGN_HEAD.match(name)
    if country is None:
        return None
    trade = _TRADE_RE.search(name, country.end(), country.end() + 8)
    if trade is None or not 2 <= trade.start() - country.end() <= 4 or trade.group() in _QUALIFIERS:
        return None  # (``新加坡某某特种油脂…``: a qualifier, the firm's name is not told)
    head = name[country.end():trade.start()]
    if not _HAN.fullmatch(head) or _NOT_BRAND.search(head):
        return None
    return name[:trade.end()]


#: Sectors a park takes from its place (``康养``, ``文旅``), not from a maker.
_PLACE_SECTOR = re.compile(r"康养|文旅|农旅|旅游|温泉|田园")
#: A park closing a name (``…食品产业园项目``, ``…农业示范园``).
_PARK_NAMED = re.compile(r"(?:产业园|示范园|工业园)(?:区)?(?:项目)?$")


def brand_head(name: str, text: str = "") -> str | None:
    """The brand heading ``name`` (``甲乙绿色植保项目`` → ``甲乙``), or None; ``text`` (the page)
    tells towns and districts apart from brands (``某某镇``); a foreign firm is named with its
    country and trade (see :func:`foreign_firm_head`)."""
    foreign = foreign_firm_head(name)
    if foreign is not None:
        return foreign
    if _SERVED_SCOPE.match(name):
        return None  # ``城乡冷链物流中心``, ``东盟水果…``: what the works serve heads the name
    branch = _BRANCH.search(name, 2, 10)
    if branch is not None and branch.end() < len(name) - 1:
        head = name[:branch.start()]
        return head if 2 <= len(head) <= 8 and _HAN.fullmatch(head) and not _NOT_BRAND.search(head) \
            else None
    region = _BRAND_REGION.match(name)
    if region is not None and not _place_word(region.group(1), text) and not (
            _NOT_BRAND_CHAR if len(region.group(1)) == 4 else _NOT_BRAND).search(region.group(1)):
        return region.group(1)  # ``某某川陕甘国际…``: the brand, then the region it serves
        # (a four-character head is a full short name: only characters of places exclude it)
    liquor = city_liquor(name)
    if liquor is not None:
        return liquor
    trade = _TRADE_RE.search(name, 0, 8)
    if trade is None or not 2 <= trade.start() <= 4:
        return None
    head = name[:trade.start()]
    if _SITE_NAMED.match(name, trade.end()):
        return None  # ``某某风电场``, ``某某光伏电站``: a power plant named by its site, no brand
    if _TOWN_LIKE.fullmatch(head) and _SUPPLY_AFTER.match(name, trade.end()) \
            and head[0] not in _TOWN_FIRST and not _place_word(head, text):
        return name[:trade.end()]  # ``某城汽车零部件产业园``: the maker the park supplies builds it
    if _place_after(name, trade.end()) and _HAN.fullmatch(head) and (
            not _NOT_BRAND.search(head) or _TOWN_LIKE.fullmatch(head)) and not _place_word(head, text):
        return name[:trade.end()]  # ``某城汽车某川发动机工厂``: the company, then its plant's place
    if len(head) == 2 and _PLACE_SECTOR.match(name, trade.start()) and _PARK_NAMED.search(name, trade.end()):
        return None  # ``某水康养食品产业园项目``: a wellness or tourism park is named by its town
    if len(head) == 4 and _USE_WORD.match(head, 2):
        head = head[:2]  # ``某辰动力电池…``: a brand, then what its product is for
    if _home_of(head, text):
        return head  # ``某乡果业…``: the product's home, a brand, not a township
    if not _HAN.fullmatch(head) or _NOT_BRAND.search(head) or _place_word(head, text) \
            or (len(head) == 4 and _NOT_BRAND.search(head[2:])):  # ``某岳茶叶冷链…``: a place, a product
        return None
    return head

"""Chinese personal names as printed in bylines: shape checks and common surnames."""

from __future__ import annotations

import re

from newsmill.zh.script import HAN

#: The most frequent single-character surnames, Simplified then Traditional forms.
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾"
    "毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰"
    "焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲"
    "房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟"
    "应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀"
    "郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼满闻位厉伊仝郜海帅茅印黄植练谯庹"
    "張劉陳楊黃趙吳孫馬鄭謝韓馮鄧蕭蘇呂盧薑鍾鐘譚陸賈韋鄒閻賀顧龔萬錢嚴湯溫樊葛顏聶魯嶽歐蘭"
    "紀畢塗駱藍鮑喬龐莊聶寧邱賴羅葉蔣許彭曾譚廖鄔邊臧閔藺樓滿聞師欒隋鞏鄺喻龍葉蔡")

#: Two-character surnames.
COMPOUND_SURNAMES = frozenset({
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "司徒", "夏侯", "令狐", "端木", "歐陽", "諸葛", "長孫", "東方",
})

#: Parts of Tibetan personal names, as papers of Tibetan areas (Ganzi, Aba, Qamdo…) print them: a name
#: has no surname but one or two of these parts (``扎西``, ``次仁卓玛``), sometimes closed by a
#: one-character part (``拉毛措``).
TIBETAN_NAME_PARTS = frozenset({
    "扎西", "次仁", "卓玛", "泽仁", "降措", "洛绒", "曲珍", "拉姆", "尼玛", "格桑", "多吉", "央金",
    "措姆", "泽郎", "四郎", "益西", "丹增", "旦增", "达瓦", "平措", "罗布", "巴桑", "次旦", "索朗",
    "德吉", "仁青", "格绒", "泽让", "白玛", "拉巴", "贡布", "土登", "仁增", "格西", "拉毛", "才让",
    "卓嘎", "普布", "边巴", "旺堆", "旺姆", "德庆", "央宗", "措吉", "斯朗", "泽翁", "呷绒", "登巴",
    "阿旺", "多杰", "彭措", "尼珍", "拉措", "格勒", "根秋", "降初", "昂翁", "群培", "次称", "泽旺",
})
#: One-character parts closing a Tibetan name (``拉毛措``, ``泽郎措``).
_TIBETAN_LAST = frozenset("措姆珍吉")

_NAME_SHAPE = re.compile(rf"[{HAN}]{{2,4}}|[{HAN}]{{1,6}}[·•][{HAN}]{{1,8}}")


def looks_like_name(token: str) -> bool:
    """True when ``token`` has the shape of a printed Chinese name (2-4 Han, or X·Y)."""
    return bool(_NAME_SHAPE.fullmatch(token))


def has_common_surname(token: str) -> bool:
    """True when ``token`` starts with a frequent surname (single or compound)."""
    return bool(token) and (token[0] in COMMON_SURNAMES or token[:2] in COMPOUND_SURNAMES)


def is_tibetan_name(token: str) -> bool:
    """True when ``token`` is a Tibetan personal name: one or two known parts (``格桑``, ``次仁卓玛``),
    or one part and a closing character (``拉毛措``)."""
    if len(token) == 2:
        return token in TIBETAN_NAME_PARTS
    if len(token) == 3:
        return token[:2] in TIBETAN_NAME_PARTS and token[2] in _TIBETAN_LAST
    return len(token) == 4 and token[:2] in TIBETAN_NAME_PARTS and token[2:] in TIBETAN_NAME_PARTS

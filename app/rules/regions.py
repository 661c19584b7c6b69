"""Region names for the address code (first 6 digits) of a resident ID number.

Information only: the address code is never a reason to reject a number.  Codes are
assigned where a person was first registered and never change, so older Chongqing
residents carry Sichuan-era codes (5102xx, before Chongqing became a municipality in
1997) and codes of districts that have since been renamed or merged.  Strict validators
that check the code against today's list wrongly reject them (see tech-notes.md).

The table is deliberately small: Chongqing in detail (the competition is Chongqing's),
everything else by province.  Source: the public list of administrative division codes
(GB/T 2260 history, as compiled on Wikipedia).
"""

from __future__ import annotations

# Province-level units by the first two digits.  81/82/83 are the prefixes of the
# residence permits for Hong Kong, Macao and Taiwan residents (港澳台居民居住证).
PROVINCES: dict[str, str] = {
    "11": "北京市",
    "12": "天津市",
    "13": "河北省",
    "14": "山西省",
    "15": "内蒙古自治区",
    "21": "辽宁省",
    "22": "吉林省",
    "23": "黑龙江省",
    "31": "上海市",
    "32": "江苏省",
    "33": "浙江省",
    "34": "安徽省",
    "35": "福建省",
    "36": "江西省",
    "37": "山东省",
    "41": "河南省",
    "42": "湖北省",
    "43": "湖南省",
    "44": "广东省",
    "45": "广西壮族自治区",
    "46": "海南省",
    "50": "重庆市",
    "51": "四川省",
    "52": "贵州省",
    "53": "云南省",
    "54": "西藏自治区",
    "61": "陕西省",
    "62": "甘肃省",
    "63": "青海省",
    "64": "宁夏回族自治区",
    "65": "新疆维吾尔自治区",
    "71": "台湾省",
    "81": "香港特别行政区",
    "82": "澳门特别行政区",
    "83": "台湾地区",
}

# Prefixes that mark a Hong Kong / Macao / Taiwan residence-permit number.
PERMIT_PREFIXES: frozenset[str] = frozenset({"81", "82", "83"})

# Current Chongqing districts (区), in code order.  The demo generator draws from these.
CHONGQING_DISTRICTS: dict[str, str] = {
    "500101": "重庆市万州区",
    "500102": "重庆市涪陵区",
    "500103": "重庆市渝中区",
    "500104": "重庆市大渡口区",
    "500105": "重庆市江北区",
    "500106": "重庆市沙坪坝区",
    "500107": "重庆市九龙坡区",
    "500108": "重庆市南岸区",
    "500109": "重庆市北碚区",
    # 500110/500111 were 万盛区/双桥区 until 2011, then reused for 綦江区/大足区.
    "500110": "重庆市綦江区（原万盛区）",
    "500111": "重庆市大足区（原双桥区）",
    "500112": "重庆市渝北区",
    "500113": "重庆市巴南区",
    "500114": "重庆市黔江区",
    "500115": "重庆市长寿区",
    "500116": "重庆市江津区",
    "500117": "重庆市合川区",
    "500118": "重庆市永川区",
    "500119": "重庆市南川区",
    "500120": "重庆市璧山区",
    "500151": "重庆市铜梁区",
    "500152": "重庆市潼南区",
    "500153": "重庆市荣昌区",
    "500154": "重庆市开州区",
    "500155": "重庆市梁平区",
    "500156": "重庆市武隆区",
    "500157": "重庆市两江新区",
}

# Chongqing counties (县) — current ones, and former ones that later became districts.
_CHONGQING_COUNTIES: dict[str, str] = {
    "500221": "重庆市长寿县（今长寿区）",
    "500222": "重庆市綦江县（今綦江区）",
    "500223": "重庆市潼南县（今潼南区）",
    "500224": "重庆市铜梁县（今铜梁区）",
    "500225": "重庆市大足县（今大足区）",
    "500226": "重庆市荣昌县（今荣昌区）",
    "500227": "重庆市璧山县（今璧山区）",
    "500228": "重庆市梁平县（今梁平区）",
    "500229": "重庆市城口县",
    "500230": "重庆市丰都县",
    "500231": "重庆市垫江县",
    "500232": "重庆市武隆县（今武隆区）",
    "500233": "重庆市忠县",
    "500234": "重庆市开县（今开州区）",
    "500235": "重庆市云阳县",
    "500236": "重庆市奉节县",
    "500237": "重庆市巫山县",
    "500238": "重庆市巫溪县",
    "500239": "重庆市黔江土家族苗族自治县（今黔江区）",
    "500240": "重庆市石柱土家族自治县",
    "500241": "重庆市秀山土家族苗族自治县",
    "500242": "重庆市酉阳土家族苗族自治县",
    "500243": "重庆市彭水苗族土家族自治县",
    # County-level cities 1997–2006, now districts.
    "500381": "重庆市江津市（今江津区）",
    "500382": "重庆市合川市（今合川区）",
    "500383": "重庆市永川市（今永川区）",
    "500384": "重庆市南川市（今南川区）",
}

_OLD = "（旧四川编码）"

# Sichuan-era codes of today's Chongqing (重庆市 was part of 四川省 until 1997).
_SICHUAN_ERA_CHONGQING: dict[str, str] = {
    "510202": "重庆市渝中区" + _OLD,  # 市中区 until 1994
    "510203": "重庆市大渡口区" + _OLD,
    "510211": "重庆市江北区" + _OLD,
    "510212": "重庆市沙坪坝区" + _OLD,
    "510213": "重庆市九龙坡区" + _OLD,
    "510214": "重庆市南岸区" + _OLD,
    "510215": "重庆市北碚区" + _OLD,
    "510216": "重庆市万盛区" + _OLD,
    "510217": "重庆市双桥区" + _OLD,
    "510218": "重庆市渝北区" + _OLD,
    "510219": "重庆市巴南区" + _OLD,
    "510221": "重庆市长寿县" + _OLD,
    "510222": "重庆市巴县（今巴南区）" + _OLD,
    "510223": "重庆市綦江县" + _OLD,
    "510224": "重庆市江北县（今渝北区）" + _OLD,
    "510225": "重庆市江津县" + _OLD,
    "510226": "重庆市合川县" + _OLD,
    "510227": "重庆市潼南县" + _OLD,
    "510228": "重庆市铜梁县" + _OLD,
    "510229": "重庆市永川县" + _OLD,
    "510230": "重庆市大足县" + _OLD,
    "510231": "重庆市荣昌县" + _OLD,
    "510232": "重庆市璧山县" + _OLD,
    "510281": "重庆市永川市" + _OLD,
    "510282": "重庆市江津市" + _OLD,
    "510283": "重庆市合川市" + _OLD,
}

# Four-digit prefixes of Sichuan-era prefectures that are now part of Chongqing.
_SICHUAN_ERA_PREFIXES: dict[str, str] = {
    "5102": "重庆市" + _OLD,
    "5122": "万县地区（今重庆万州等）" + _OLD,
    "5123": "涪陵地区（今重庆涪陵等）" + _OLD,
    "5135": "黔江地区（今重庆黔江等）" + _OLD,
}

REGIONS: dict[str, str] = {**CHONGQING_DISTRICTS, **_CHONGQING_COUNTIES, **_SICHUAN_ERA_CHONGQING}


def region_name(code: str) -> str | None:
    """Best-known name for a 6-digit address code, or None if even the province is unknown.

    Falls back from the exact code to a Sichuan-era prefecture, then to the province.
    """
    code = code[:6]
    if code in REGIONS:
        return REGIONS[code]
    if code[:4] in _SICHUAN_ERA_PREFIXES:
        return _SICHUAN_ERA_PREFIXES[code[:4]]
    return PROVINCES.get(code[:2])

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Build Qingshan's bundled Jiangxi demo dataset.

Usage: python3 build-aux/gen-demo.py data/demo/jiangxi-base.json OUTPUT.json

The base file is hand-curated: metadata, sources, the province and its 11
districted cities, and the province-level indicators, where every published
figure is marked `final` with its source. This script keeps all of that as it
is and adds what is too bulky to write by hand:

* per-city `illustrative` series (PM2.5, good-air-day share, national-section
  water quality, rural sewage treatment) spread around the province values;
* `observations.air_daily`: daily PM2.5, PM10, SO2, NO2, CO, O3-8h and O3-1h for
  the 11 cities, 2025-01-01 to 2026-10-31;
* `observations.water_sections` and `observations.water_samples`: a network of
  river and Poyang Lake sections with one sample a month, 2021-01 to 2025-12.

The raw data are generated, not measured: every value they contain is
illustrative. They exist so that the dashboard has realistic raw tables to
derive indicators from, so the generator is calibrated against the published
province figures: in 2025 the mean of the city annual PM2.5 means is 27.4 ug/m3,
the mean good-day share (daily AQI <= 100 under HJ 633-2012, computed here for
calibration only) about 95.5 %, every city meets the Grade II annual PM2.5 limit,
97.7 % of the national-assessment sections are in class I-III and 90.7 % in class
II or better. The calibration results are printed to stderr.

Only the Python standard library is used, and the output is deterministic
(random.Random(20251205), stable key order, compact UTF-8 JSON).
"""

import datetime
import functools
import json
import math
import random
import sys
from decimal import Decimal, ROUND_HALF_EVEN
from fractions import Fraction

SEED = 20251205

AIR_START = datetime.date(2025, 1, 1)
AIR_END = datetime.date(2026, 10, 31)
WATER_YEARS = range(2021, 2026)
CITY_YEARS = range(2021, 2026)

# Per-city character for 2025 (all illustrative): annual PM2.5 target (mean of
# the 11 = 27.4), good-day share target (mean = 95.5), PM10/PM2.5 ratio, and
# typical NO2, SO2 (ug/m3) and CO (mg/m3) levels.
CITY_AIR = {
    #          pm25  good  pm10r  no2  so2   co
    "360100": (30.0, 93.2, 1.62, 30.0, 8.0, 0.90),   # Nanchang
    "360200": (25.0, 96.8, 1.70, 22.0, 9.0, 0.80),   # Jingdezhen
    "360300": (32.0, 92.6, 1.58, 26.0, 14.0, 1.00),  # Pingxiang
    "360400": (29.5, 93.8, 1.66, 27.0, 10.0, 0.90),  # Jiujiang
    "360500": (31.0, 94.2, 1.60, 25.0, 13.0, 1.00),  # Xinyu
    "360600": (26.0, 96.9, 1.72, 22.0, 8.0, 0.80),   # Yingtan
    "360700": (24.5, 97.8, 1.75, 21.0, 7.0, 0.80),   # Ganzhou
    "360800": (25.5, 96.2, 1.68, 21.0, 8.0, 0.80),   # Ji'an
    "360900": (30.5, 94.5, 1.60, 24.0, 11.0, 0.90),  # Yichun
    "361000": (23.5, 97.5, 1.74, 20.0, 7.0, 0.70),   # Fuzhou
    "361100": (23.9, 97.0, 1.73, 22.0, 8.0, 0.80),   # Shangrao
}
NORTH = {"360100", "360200", "360400", "361100"}  # more exposed to transported haze and dust

# Rural sewage treatment: relative position of each city around the province.
CITY_RURAL_OFFSET = {
    "360100": 14.0, "360200": 4.0, "360300": 6.0, "360400": 2.0, "360500": 9.0,
    "360600": 5.0, "360700": -8.0, "360800": -4.0, "360900": -3.0, "361000": -6.0,
    "361100": -5.0,
}

# Administrative villages per city (illustrative, about 17 000 in all): the
# weights with which city rates add up to the province's.
CITY_VILLAGES = {
    "360100": 1090, "360200": 620, "360300": 650, "360400": 1800, "360500": 420,
    "360600": 430, "360700": 3480, "360800": 2520, "360900": 2140, "361000": 1800,
    "361100": 2330,
}

SPRING_FESTIVAL = [datetime.date(2025, 1, 29), datetime.date(2026, 2, 17)]
DUST_DAYS = [datetime.date(2025, 4, 12), datetime.date(2026, 3, 22)]

# --------------------------------------------------------------------------
# Rounding and the AQI (HJ 633-2012 daily report), for calibration only


def gbround(x, places):
    """Round like GB/T 8170 (half to even) on the decimal value."""
    if places == 0:
        return int(round(float(x)))  # exact halves are exact in binary: the same result, faster
    d = Decimal(repr(float(x))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    return int(d) if places == 0 else float(d)


IAQI_STEPS = [0, 50, 100, 150, 200, 300, 400, 500]
BREAKPOINTS_2012 = {
    "so2": [0, 50, 150, 475, 800, 1600, 2100, 2620],       # 24 h
    "no2": [0, 40, 80, 180, 280, 565, 750, 940],           # 24 h
    "pm10": [0, 50, 150, 250, 350, 420, 500, 600],         # 24 h
    "co": [0, 2, 4, 14, 24, 36, 48, 60],                   # 24 h, mg/m3
    "o3_1h": [0, 160, 200, 300, 400, 800, 1000, 1200],     # daily max 1 h
    "o3_8h": [0, 100, 160, 215, 265, 800],                 # daily max 8 h
    "pm25": [0, 35, 75, 115, 150, 250, 350, 500],          # 24 h
}


@functools.lru_cache(maxsize=None)
def iaqi(pollutant, conc):
    """IAQI of a concentration at reporting precision (int, or CO in tenths as
    a Fraction); segments share end points; always rounded up; capped at 500."""
    bps = BREAKPOINTS_2012[pollutant]
    c = Fraction(conc)
    if pollutant == "o3_8h" and c > 800:
        return None  # reported through the 1-h value instead
    for i in range(1, len(bps)):
        if c <= bps[i]:
            lo, hi = bps[i - 1], bps[i]
            v = Fraction(IAQI_STEPS[i] - IAQI_STEPS[i - 1], hi - lo) * (c - lo) + IAQI_STEPS[i - 1]
            return math.ceil(v)
    return 500


def soft_cap(v, knee=110.0, span=50.0):
    """Compress extreme daily PM2.5 above the knee so that no day exceeds knee + span."""
    return v if v <= knee else knee + span * math.tanh((v - knee) / span)


def co_fraction(co):
    return None if co is None else Fraction(int(round(co * 10)), 10)


def percentile(values, p):
    """Percentile as in HJ 663: k = 1 + (n - 1) p / 100, linear interpolation."""
    v = sorted(values)
    k = 1 + (len(v) - 1) * p / 100.0
    lo = int(math.floor(k))
    if lo >= len(v):
        return v[-1]
    return v[lo - 1] + (v[lo] - v[lo - 1]) * (k - lo)


# --------------------------------------------------------------------------
# Daily air data


def ar1(rng, n, phi, sd):
    """Stationary AR(1) series with standard deviation sd."""
    e = sd * math.sqrt(1 - phi * phi)
    x = rng.gauss(0, sd)
    out = []
    for _ in range(n):
        x = phi * x + rng.gauss(0, e)
        out.append(x)
    return out


def interp_monthly(day, table):
    """Linear interpolation between mid-month values, wrapping around the year."""
    doy = day.timetuple().tm_yday - 1
    pos = doy / 365.25 * 12 - 0.5
    i = int(math.floor(pos))
    f = pos - i
    return table[i % 12] * (1 - f) + table[(i + 1) % 12] * f


O3_CLIMATE = [0.50, 0.58, 0.72, 0.90, 1.00, 0.86, 0.84, 0.95, 1.10, 1.00, 0.72, 0.52]
PM10_RATIO_SEASON = [0.93, 0.97, 1.08, 1.12, 1.06, 1.00, 0.98, 1.00, 1.02, 1.02, 0.98, 0.94]


def season_cos(day, amplitude, peak_doy=12):
    doy = day.timetuple().tm_yday
    return 1 + amplitude * math.cos(2 * math.pi * (doy - peak_doy) / 365.25)


def episodes(rng, days, windows, count, length, strength):
    """Province-wide episodes: list of (start index, length, peak multiplier)."""
    out = []
    index = {d: i for i, d in enumerate(days)}
    for a, b in windows:
        ia, ib = index[a], index[b]
        for _ in range(count):
            start = rng.randint(ia, ib)
            n = rng.randint(*length)
            out.append((start, n, rng.uniform(*strength)))
    return out


def episode_factor(eps, n_days, participation):
    """Multiplier per day: each episode ramps up and down (triangular)."""
    f = [1.0] * n_days
    for (start, n, peak), share in zip(eps, participation):
        if share <= 0:
            continue
        for k in range(n):
            t = start + k
            if t >= n_days:
                break
            shape = 1 - abs((k - (n - 1) / 2) / ((n + 1) / 2))
            f[t] *= 1 + (peak - 1) * shape * share
    return f


def gen_air(rng, codes):
    n = (AIR_END - AIR_START).days + 1
    days = [AIR_START + datetime.timedelta(i) for i in range(n)]
    year_of = [d.year for d in days]
    n2025 = sum(1 for y in year_of if y == 2025)

    pm_common = ar1(rng, n, 0.75, 0.36)
    o3_common = ar1(rng, n, 0.65, 0.15)
    haze = episodes(rng, days,
                    [(datetime.date(2025, 1, 1), datetime.date(2025, 2, 20)),
                     (datetime.date(2025, 11, 15), datetime.date(2026, 2, 20))],
                    4, (2, 5), (1.45, 1.95))
    ozone = episodes(rng, days,
                     [(datetime.date(2025, 4, 15), datetime.date(2025, 6, 5)),
                      (datetime.date(2025, 8, 15), datetime.date(2025, 10, 25)),
                      (datetime.date(2026, 4, 15), datetime.date(2026, 6, 5)),
                      (datetime.date(2026, 8, 15), datetime.date(2026, 10, 25))],
                     3, (2, 4), (1.12, 1.28))
    festival = {}
    for d in SPRING_FESTIVAL:
        festival[d - datetime.timedelta(1)] = (1.30, 1.25)   # eve: PM, SO2
        festival[d] = (1.75, 1.45)                           # fireworks after midnight
    holiday = set()
    for d in SPRING_FESTIVAL:
        for k in range(-1, 7):
            holiday.add(d + datetime.timedelta(k))
    dust = {}
    for d in DUST_DAYS:
        dust[d] = (2.2, 1.25)
        dust[d + datetime.timedelta(1)] = (1.6, 1.10)
    special = set(festival) | set(dust)
    outage = rng.randrange(0, n2025)           # a day with no data anywhere
    while days[outage] in special:
        outage = rng.randrange(0, n2025)
    single_outages = {}
    for code in rng.sample(codes, 5):         # and one lost day in five cities
        single_outages[code] = rng.randrange(0, n)

    blocks, stats = [], {}
    carry = 0.0
    for code in codes:
        pm25_t, good_t, pm10r, no2m, so2m, com = CITY_AIR[code]
        north = code in NORTH
        pm_local = ar1(rng, n, 0.5, 0.20)
        o3_local = ar1(rng, n, 0.5, 0.08)
        haze_share = [(rng.uniform(0.75, 1.15) + (0.15 if north else 0.0)) if rng.random() < 0.85 else 0.0
                      for _ in haze]
        ozone_share = [rng.uniform(0.7, 1.1) if rng.random() < 0.9 else 0.0 for _ in ozone]
        hz = episode_factor(haze, n, haze_share)
        oz = episode_factor(ozone, n, ozone_share)
        noise = [(rng.gauss(0, 0.08), rng.gauss(0, 0.15), rng.gauss(0, 0.25), rng.gauss(0, 0.10),
                  rng.uniform(1.12, 1.34)) for _ in range(n)]
        missing = [[rng.random() < 0.003 for _ in range(7)] for _ in range(n)]
        for t in (outage, single_outages.get(code)):
            if t is not None:
                missing[t] = [True] * 7

        lat = [pm_common[t] + pm_local[t] for t in range(n)]
        pm_base, o3_base = [], []
        for t, d in enumerate(days):
            trend = 0.96 if d.year == 2026 else 1.0
            f = season_cos(d, 0.42) * math.exp(lat[t] - 0.084) * hz[t] * trend
            f *= festival.get(d, (1.0, 1.0))[0]
            dd = dust.get(d)
            if dd:
                f *= 1 + (dd[1] - 1) * (1.0 if north else 0.6)
            pm_base.append(f)
            o3_base.append(interp_monthly(d, O3_CLIMATE) * math.exp(o3_common[t] + o3_local[t] - 0.015) * oz[t]
                           * (0.98 if d.year == 2026 else 1.0))

        def pm25_col(m):
            return [None if missing[t][0] else max(3, gbround(soft_cap(m * pm_base[t]), 0)) for t in range(n)]

        # 1. PM2.5 scale: smallest multiplier whose 2025 annual mean reaches the target
        def mean2025(col):
            v = [x for x, y in zip(col, year_of) if y == 2025 and x is not None]
            return sum(v) / len(v)

        lo, hi = 1.0, 200.0
        for _ in range(60):
            mid = (lo + hi) / 2
            if mean2025(pm25_col(mid)) >= pm25_t:
                hi = mid
            else:
                lo = mid
        m_pm = hi
        pm25 = pm25_col(m_pm)

        # 2. The other pollutants, which do not depend on the ozone scale
        pm10, so2, no2, co = [], [], [], []
        for t, d in enumerate(days):
            n_r, n_no2, n_so2, n_co, _ = noise[t]
            dd = dust.get(d)
            # haze is mostly fine particles: less coarse dust on episode days
            ratio = pm10r * interp_monthly(d, PM10_RATIO_SEASON) * math.exp(n_r) / hz[t] ** 0.35
            if dd:
                ratio *= (1 + (dd[0] - 1) * (1.0 if north else 0.6)) / (1 + (dd[1] - 1) * (1.0 if north else 0.6))
            v10 = soft_cap(m_pm * pm_base[t]) * ratio
            fest = festival.get(d, (1.0, 1.0))
            pm10.append(None if missing[t][1] else max(gbround(v10, 0), (pm25[t] or 0) + 2, 5))
            so2.append(None if missing[t][2] else max(2, gbround(so2m * season_cos(d, 0.15) * math.exp(n_so2 - 0.03) * fest[1], 0)))
            traffic = 0.8 if d in holiday else 1.0
            no2.append(None if missing[t][3] else max(3, gbround(no2m * season_cos(d, 0.30) * math.exp(0.5 * lat[t] + n_no2 - 0.05) * traffic, 0)))
            co.append(None if missing[t][4] else max(0.2, gbround(com * season_cos(d, 0.22) * math.exp(0.3 * lat[t] + n_co - 0.02), 1)))

        other_max = []
        for t in range(n):
            parts = [iaqi("pm25", pm25[t]) if pm25[t] is not None else None,
                     iaqi("pm10", pm10[t]) if pm10[t] is not None else None,
                     iaqi("so2", so2[t]) if so2[t] is not None else None,
                     iaqi("no2", no2[t]) if no2[t] is not None else None,
                     iaqi("co", co_fraction(co[t])) if co[t] is not None else None]
            parts = [p for p in parts if p is not None]
            other_max.append(max(parts) if parts else None)

        def o3_cols(m):
            c8, c1 = [], []
            for t in range(n):
                v8 = max(5.0, m * o3_base[t])
                c8.append(None if missing[t][5] else gbround(v8, 0))
                c1.append(None if missing[t][6] else gbround(v8 * noise[t][4], 0))
            return c8, c1

        def day_aqi(t, c8, c1):
            parts = [other_max[t]]
            if c8[t] is not None:
                parts.append(iaqi("o3_8h", c8[t]))
            if c1[t] is not None:
                parts.append(iaqi("o3_1h", c1[t]))
            parts = [p for p in parts if p is not None]
            return max(parts) if parts else None

        def count2025(c8, c1):
            valid = bad = 0
            for t in range(n2025):
                a = day_aqi(t, c8, c1)
                if a is None:
                    continue
                valid += 1
                bad += a > 100
            return valid, bad

        # 3. Ozone scale: smallest multiplier giving the target number of days with AQI > 100
        valid, _ = count2025(*o3_cols(0.0))
        # carry each city's rounding error on to the next, so the mean stays on target
        want = good_t + carry
        target_bad = max(0, round(valid * (1 - want / 100)))
        carry = want - (valid - target_bad) * 100.0 / valid
        lo, hi = 1.0, 400.0
        for _ in range(50):
            mid = (lo + hi) / 2
            if count2025(*o3_cols(mid))[1] >= target_bad:
                hi = mid
            else:
                lo = mid
        o3_8h, o3_1h = o3_cols(hi)
        valid, bad = count2025(o3_8h, o3_1h)

        y25 = range(n2025)

        def vals(col):
            return [col[t] for t in y25 if col[t] is not None]
        s = {
            "pm25": sum(vals(pm25)) / len(vals(pm25)),
            "pm10": sum(vals(pm10)) / len(vals(pm10)),
            "so2": sum(vals(so2)) / len(vals(so2)),
            "no2": sum(vals(no2)) / len(vals(no2)),
            "co95": percentile(vals(co), 95),
            "o3p90": percentile(vals(o3_8h), 90),
            "valid": valid, "bad": bad, "target_bad": target_bad,
            "good": (valid - bad) * 100.0 / valid,
            "non_o3_bad": sum(1 for t in y25 if other_max[t] is not None and other_max[t] > 100),
        }
        s["grade2"] = (s["pm25"] <= 35 and s["pm10"] <= 70 and s["so2"] <= 60 and s["no2"] <= 40
                       and s["co95"] <= 4 and s["o3p90"] <= 160)
        stats[code] = s
        blocks.append({"region": code, "start": AIR_START.isoformat(), "pm25": pm25, "pm10": pm10,
                       "so2": so2, "no2": no2, "co": co, "o3_8h": o3_8h, "o3_1h": o3_1h})
    return blocks, stats


# --------------------------------------------------------------------------
# Water sections and samples

RIVERS = {
    "gan": ("赣江", "贛江", "Gan River"),
    "fu": ("抚河", "撫河", "Fu River"),
    "xu": ("盱江", "盱江", "Xu River"),
    "xin": ("信江", "信江", "Xin River"),
    "rao": ("饶河", "饒河", "Rao River"),
    "lean": ("乐安河", "樂安河", "Le'an River"),
    "chang": ("昌江", "昌江", "Chang River"),
    "xiu": ("修河", "修河", "Xiu River"),
    "liao": ("潦河", "潦河", "Liao River"),
    "yangtze": ("长江（江西段）", "長江（江西段）", "Yangtze River (Jiangxi reach)"),
    "boyang": ("博阳河", "博陽河", "Boyang River"),
    "yuan": ("袁河", "袁河", "Yuan River"),
    "kongmu": ("孔目江", "孔目江", "Kongmu River"),
    "pingshui": ("萍水河", "萍水河", "Pingshui River"),
    "lishui": ("栗水", "栗水", "Lishui River"),
    "jin": ("锦江", "錦江", "Jin River"),
    "zhang": ("章江", "章江", "Zhang River"),
    "gong": ("贡江", "貢江", "Gong River"),
    "tao": ("桃江", "桃江", "Tao River"),
    "xunwu": ("寻乌水", "尋烏水", "Xunwu River"),
    "dingnan": ("定南水", "定南水", "Dingnan River"),
    "mei": ("梅江", "梅江", "Mei River"),
    "ping": ("平江", "平江", "Ping River"),
    "qin": ("琴江", "琴江", "Qin River"),
    "he": ("禾水", "禾水", "He River"),
    "wu": ("乌江", "烏江", "Wu River"),
    "lu": ("泸水", "瀘水", "Lu River"),
    "yihuang": ("宜黄水", "宜黃水", "Yihuang River"),
    "chongren": ("崇仁河", "崇仁河", "Chongren River"),
    "baita": ("白塔河", "白塔河", "Baita River"),
    "poyang": ("鄱阳湖", "鄱陽湖", "Poyang Lake"),
    "xiannv": ("仙女湖", "仙女湖", "Xiannü Lake"),
}

# id, water body, place (zh_CN, zh_TW, en), region, lake?, national?, driver
SECTIONS = [
    ("gan-chucha", "gan", ("滁槎", "滁槎", "Chucha"), "360100", False, True, "nh3n"),
    ("gan-shengmi", "gan", ("生米", "生米", "Shengmi"), "360100", False, True, "tp"),
    ("gan-changyi", "gan", ("昌邑", "昌邑", "Changyi"), "360100", False, True, "tp"),
    ("fu-sanjiang", "fu", ("三江", "三江", "Sanjiang"), "360100", False, True, "tp"),
    ("poyang-nanjishan", "poyang", ("南矶山", "南磯山", "Nanjishan"), "360100", True, False, "tp"),
    ("chang-fuliang", "chang", ("浮梁", "浮梁", "Fuliang"), "360200", False, True, "tp"),
    ("chang-dufengkeng", "chang", ("渡峰坑", "渡峰坑", "Dufengkeng"), "360200", False, True, "codmn"),
    ("lean-leping", "lean", ("乐平", "樂平", "Leping"), "360200", False, True, "tp"),
    ("pingshui-jinyushi", "pingshui", ("金鱼石", "金魚石", "Jinyushi"), "360300", False, True, "nh3n"),
    ("yuan-luxi", "yuan", ("芦溪", "蘆溪", "Luxi"), "360300", False, True, "tp"),
    ("lishui-shangli", "lishui", ("上栗", "上栗", "Shangli"), "360300", False, False, "nh3n"),
    ("yangtze-matou", "yangtze", ("瑞昌码头", "瑞昌碼頭", "Matou, Ruichang"), "360400", False, True, "tp"),
    ("yangtze-hukou", "yangtze", ("湖口", "湖口", "Hukou"), "360400", False, True, "tp"),
    ("yangtze-pengze", "yangtze", ("彭泽", "彭澤", "Pengze"), "360400", False, True, "tp"),
    ("xiu-wucheng", "xiu", ("吴城", "吳城", "Wucheng"), "360400", False, True, "tp"),
    ("xiu-xiushui", "xiu", ("修水", "修水", "Xiushui"), "360400", False, True, "tp"),
    ("boyang-dean", "boyang", ("德安", "德安", "De'an"), "360400", False, False, "tp"),
    ("poyang-xingzi", "poyang", ("星子", "星子", "Xingzi"), "360400", True, True, "tp"),
    ("poyang-duchang", "poyang", ("都昌", "都昌", "Duchang"), "360400", True, True, "tp"),
    ("poyang-banghu", "poyang", ("蚌湖", "蚌湖", "Banghu"), "360400", True, False, "tp"),
    ("poyang-hamashi", "poyang", ("蛤蟆石", "蛤蟆石", "Hamashi"), "360400", True, True, "tp"),
    ("yuan-luofang", "yuan", ("罗坊", "羅坊", "Luofang"), "360500", False, True, "tp"),
    ("yuan-fenyi", "yuan", ("分宜", "分宜", "Fenyi"), "360500", False, False, "tp"),
    ("kongmu-xinyu", "kongmu", ("新余", "新餘", "Xinyu"), "360500", False, False, "nh3n"),
    ("xiannv-lake", "xiannv", ("湖心", "湖心", "lake centre"), "360500", True, False, "tp"),
    ("xin-yingtan", "xin", ("鹰潭", "鷹潭", "Yingtan"), "360600", False, True, "tp"),
    ("xin-guixi", "xin", ("贵溪", "貴溪", "Guixi"), "360600", False, True, "tp"),
    ("baita-yujiang", "baita", ("余江", "餘江", "Yujiang"), "360600", False, False, "tp"),
    ("gan-bajingtai", "gan", ("八境台", "八境臺", "Bajingtai"), "360700", False, True, "tp"),
    ("zhang-nankang", "zhang", ("南康", "南康", "Nankang"), "360700", False, True, "tp"),
    ("zhang-dayu", "zhang", ("大余", "大余", "Dayu"), "360700", False, False, "tp"),
    ("gong-yudu", "gong", ("于都", "于都", "Yudu"), "360700", False, True, "tp"),
    ("gong-ganxian", "gong", ("赣县", "贛縣", "Ganxian"), "360700", False, True, "tp"),
    ("tao-xinfeng", "tao", ("信丰", "信豐", "Xinfeng"), "360700", False, True, "tp"),
    ("xunwu-xunwu", "xunwu", ("寻乌", "尋烏", "Xunwu"), "360700", False, True, "nh3n"),
    ("dingnan-dingnan", "dingnan", ("定南", "定南", "Dingnan"), "360700", False, True, "nh3n"),
    ("mei-ningdu", "mei", ("宁都", "寧都", "Ningdu"), "360700", False, False, "tp"),
    ("ping-xingguo", "ping", ("兴国", "興國", "Xingguo"), "360700", False, False, "tp"),
    ("qin-shicheng", "qin", ("石城", "石城", "Shicheng"), "360700", False, False, "tp"),
    ("gan-jian", "gan", ("吉安", "吉安", "Ji'an"), "360800", False, True, "tp"),
    ("gan-xiajiang", "gan", ("峡江", "峽江", "Xiajiang"), "360800", False, True, "tp"),
    ("gan-taihe", "gan", ("泰和", "泰和", "Taihe"), "360800", False, True, "tp"),
    ("he-yongxin", "he", ("永新", "永新", "Yongxin"), "360800", False, True, "tp"),
    ("wu-yongfeng", "wu", ("永丰", "永豐", "Yongfeng"), "360800", False, False, "tp"),
    ("lu-anfu", "lu", ("安福", "安福", "Anfu"), "360800", False, False, "codmn"),
    ("gan-zhangshu", "gan", ("樟树", "樟樹", "Zhangshu"), "360900", False, True, "tp"),
    ("gan-fengcheng", "gan", ("丰城", "豐城", "Fengcheng"), "360900", False, True, "tp"),
    ("yuan-yichun", "yuan", ("宜春", "宜春", "Yichun"), "360900", False, True, "nh3n"),
    ("jin-gaoan", "jin", ("高安", "高安", "Gao'an"), "360900", False, True, "tp"),
    ("jin-shanggao", "jin", ("上高", "上高", "Shanggao"), "360900", False, False, "tp"),
    ("liao-jingan", "liao", ("靖安", "靖安", "Jing'an"), "360900", False, False, "tp"),
    ("fu-linchuan", "fu", ("临川", "臨川", "Linchuan"), "361000", False, True, "tp"),
    ("xu-nancheng", "xu", ("南城", "南城", "Nancheng"), "361000", False, True, "tp"),
    ("yihuang-yihuang", "yihuang", ("宜黄", "宜黃", "Yihuang"), "361000", False, False, "tp"),
    ("chongren-chongren", "chongren", ("崇仁", "崇仁", "Chongren"), "361000", False, False, "codmn"),
    ("xin-shangrao", "xin", ("上饶", "上饒", "Shangrao"), "361100", False, True, "tp"),
    ("xin-yanshan", "xin", ("铅山", "鉛山", "Yanshan"), "361100", False, False, "tp"),
    ("xin-yiyang", "xin", ("弋阳", "弋陽", "Yiyang"), "361100", False, True, "tp"),
    ("xin-meigang", "xin", ("梅港", "梅港", "Meigang"), "361100", False, True, "tp"),
    ("rao-poyang", "rao", ("鄱阳", "鄱陽", "Poyang"), "361100", False, True, "tp"),
    ("lean-dexing", "lean", ("德兴", "德興", "Dexing"), "361100", False, True, "nh3n"),
    ("poyang-kangshan", "poyang", ("康山", "康山", "Kangshan"), "361100", True, True, "tp"),
    ("poyang-longkou", "poyang", ("龙口", "龍口", "Longkou"), "361100", True, False, "tp"),
]

# Which national sections take which class each year (the class counts come
# from the composition in the base file). Lakes take the worst classes first,
# in this order; then the rivers listed as hot spots; the rivers listed as
# clean take class I. The Yangtze and Gan main stream are never a hot spot
# after 2021, in line with "Yangtze class II for 7 years, Gan for 4 years".
NATIONAL_LAKE_ORDER = {
    2021: ["poyang-duchang", "poyang-kangshan", "poyang-xingzi", "poyang-hamashi"],
    2022: ["poyang-xingzi", "poyang-duchang", "poyang-kangshan", "poyang-hamashi"],
    2023: ["poyang-kangshan", "poyang-duchang", "poyang-xingzi", "poyang-hamashi"],
    2024: ["poyang-duchang", "poyang-kangshan", "poyang-xingzi", "poyang-hamashi"],
    2025: ["poyang-kangshan", "poyang-xingzi", "poyang-duchang", "poyang-hamashi"],
}
RIVER_HOT_SPOTS = {
    2021: ["xunwu-xunwu", "gan-chucha", "dingnan-dingnan"],
    2022: ["xunwu-xunwu", "pingshui-jinyushi"],
    2023: ["yuan-luofang", "xunwu-xunwu"],
    2024: ["pingshui-jinyushi", "yuan-luofang"],
    2025: ["yuan-luofang", "pingshui-jinyushi"],
}
RIVER_CLEAN = ["xiu-xiushui", "chang-fuliang", "xu-nancheng", "gong-yudu", "tao-xinfeng",
               "gong-ganxian", "zhang-nankang"]
# Sections outside the national network: usual class (varies a little by year).
LOCAL_CLASS = {
    "poyang-nanjishan": 4, "poyang-banghu": 4, "poyang-longkou": 4, "xiannv-lake": 3,
    "lishui-shangli": 3, "kongmu-xinyu": 3, "boyang-dean": 2, "yuan-fenyi": 2,
    "baita-yujiang": 2, "zhang-dayu": 1, "mei-ningdu": 2, "ping-xingguo": 2, "qin-shicheng": 1,
    "wu-yongfeng": 2, "lu-anfu": 2, "jin-shanggao": 2, "liao-jingan": 1, "yihuang-yihuang": 1,
    "chongren-chongren": 2, "xin-yanshan": 2,
}

CLASS_NAMES = ["I", "II", "III", "IV", "V", "劣V"]
LIMITS = {  # GB 3838-2002 Table 1, classes I..V
    "do": [7.5, 6, 5, 3, 2],            # at least
    "codmn": [2, 4, 6, 10, 15],
    "cod": [15, 15, 20, 30, 40],
    "nh3n": [0.15, 0.5, 1.0, 1.5, 2.0],
    "tp": [0.02, 0.1, 0.2, 0.3, 0.4],
    "tp_lake": [0.01, 0.025, 0.05, 0.1, 0.2],
}
DECIMALS = {"ph": 2, "do": 2, "codmn": 2, "cod": 1, "nh3n": 3, "tp": 3}
FLOOR = {"ph": 6.2, "do": 3.0, "codmn": 0.5, "cod": 2.0, "nh3n": 0.02, "tp": 0.005}


def limits(p, lake):
    return LIMITS["tp_lake"] if (p == "tp" and lake) else LIMITS[p]


def param_class(p, v, lake):
    """Class 1..6 (6 = worse than V) of one parameter."""
    if p == "ph":
        return 1 if 6 <= v <= 9 else 6
    lim = limits(p, lake)
    for i, x in enumerate(lim):
        if (v >= x) if p == "do" else (v <= x):
            return i + 1
    return 6


def section_class(values, lake):
    return max(param_class(p, v, lake) for p, v in values.items())


def robust(p, v, lake):
    """True when a 1 % change would not move the value into another class."""
    c = param_class(p, v, lake)
    return param_class(p, v * 1.01, lake) == c and param_class(p, v * 0.99, lake) == c


def into_class(p, k, lake, u):
    """A value at relative position u (0..1, from best to worst) inside class k."""
    lim = limits(p, lake)
    if p == "do":
        best = 9.0 if k == 1 else lim[k - 2]
        worst = lim[k - 1]
        return best - u * (best - worst)
    lo = 0.0 if k == 1 else lim[k - 2]
    if p == "cod" and k == 2:
        lo = 0.0
    hi = lim[k - 1]
    return lo + u * (hi - lo)


def annual_targets(rng, profile, k, lake, driver):
    """Annual means for a section-year of class k: the profile varied a little,
    nothing worse than k, the driver in class k when nothing else is."""
    v = {p: x * math.exp(rng.gauss(0, 0.08)) for p, x in profile.items() if p != "ph"}
    for p in list(v):
        if param_class(p, v[p], lake) > k:
            # lake phosphorus stays near the top of its class: Poyang Lake is phosphorus-limited
            v[p] = into_class(p, k, lake, rng.uniform(0.6, 0.85) if (lake and p == "tp") else rng.uniform(0.3, 0.7))
    if max(param_class(p, x, lake) for p, x in v.items()) < k:
        v[driver] = into_class(driver, k, lake, rng.uniform(0.3, 0.75))
    if "cod" in v:
        v["cod"] = min(v["cod"], v["codmn"] * 3.6)
        if param_class("cod", v["cod"], lake) > k:
            v["cod"] = into_class("cod", k, lake, rng.uniform(0.3, 0.7))
    for p in v:  # keep clear of the class limits
        c = param_class(p, v[p], lake)
        for _ in range(4):
            if param_class(p, v[p] * 1.01, lake) != c:
                v[p] *= 0.97
            elif param_class(p, v[p] * 0.99, lake) != c:
                v[p] *= 1.03
            else:
                break
    return v


def monthly_shape(p, lake, month):
    c = math.cos(2 * math.pi * (month - 1) / 12)  # +1 in January, -1 in July
    if p == "do":
        return 1 + 0.10 * c
    if p in ("codmn", "cod"):
        return 1 - 0.15 * c
    if p == "nh3n":
        return 1 + 0.25 * c
    if p == "tp":
        return 1 + 0.25 * c if lake else 1 - 0.15 * c
    return 1.0


SIGMA = {"do": 0.07, "codmn": 0.18, "cod": 0.16, "nh3n": 0.30, "tp": 0.25}


def gen_water(rng, region_codes):
    sections, profiles = [], {}
    for sid, body, place, region, lake, national, driver in SECTIONS:
        assert region in region_codes, sid
        r = RIVERS[body]
        if lake:
            name = (r[0] + place[0], r[1] + place[1], f"{r[2]} ({place[2]})")
        else:
            name = (r[0].split("（")[0] + place[0], r[1].split("（")[0] + place[1],
                    f"{r[2].split(' (')[0]} at {place[2]}")
        sections.append({"id": sid, "name": {"zh_CN": name[0], "zh_TW": name[1], "en": name[2]},
                         "water_body": {"zh_CN": r[0], "zh_TW": r[1], "en": r[2]},
                         "kind": "lake" if lake else "river", "region": region, "national": national})
        if lake:
            profiles[sid] = {"ph": rng.uniform(7.3, 8.0), "do": rng.uniform(8.0, 9.0),
                             "codmn": rng.uniform(2.4, 3.5), "nh3n": rng.uniform(0.15, 0.40),
                             "tp": rng.uniform(0.055, 0.085)}
        else:
            profiles[sid] = {"ph": rng.uniform(6.9, 7.6), "do": rng.uniform(7.8, 8.8),
                             "codmn": rng.uniform(1.6, 2.9), "nh3n": rng.uniform(0.10, 0.38),
                             "tp": rng.uniform(0.025, 0.065)}
            profiles[sid]["cod"] = profiles[sid]["codmn"] * rng.uniform(3.0, 3.5)
    with_ph_cod = {sid for sid, body, place, region, lake, national, driver in SECTIONS
                   if national and not lake}

    national_rivers = [s[0] for s in SECTIONS if s[5] and not s[4]]
    national_lakes = [s[0] for s in SECTIONS if s[5] and s[4]]
    return sections, profiles, with_ph_cod, national_rivers, national_lakes


def assign_classes(rng, counts_by_year, national_rivers, national_lakes):
    classes = {}
    for y in WATER_YEARS:
        counts = counts_by_year[y]
        worst_first = []
        for k in range(6, 0, -1):
            worst_first += [k] * counts[k - 1]
        hot = RIVER_HOT_SPOTS[y]
        middle = [s for s in national_rivers if s not in hot and s not in RIVER_CLEAN]
        order = NATIONAL_LAKE_ORDER[y] + hot + middle + list(reversed(RIVER_CLEAN))
        assert sorted(order) == sorted(national_rivers + national_lakes), "national section lists disagree"
        assert len(worst_first) == len(order), (y, len(worst_first), len(order))
        for sid, k in zip(order, worst_first):
            classes[(sid, y)] = k
        for sid in national_lakes:
            if classes[(sid, y)] < 3:
                print(f"warning: lake section {sid} gets class {classes[(sid, y)]} in {y}", file=sys.stderr)
        for sid in middle:
            if classes[(sid, y)] not in (1, 2) and (sid.startswith("yangtze") or (sid.startswith("gan-") and y >= 2022)):
                print(f"warning: main-stream section {sid} gets class {classes[(sid, y)]} in {y}", file=sys.stderr)
        for sid, k0 in LOCAL_CLASS.items():
            r = rng.random()
            k = k0 + (1 if r < 0.12 else -1 if r > 0.85 else 0)
            lake = sid.startswith("poyang") or sid.startswith("xiannv")
            k = max(3, min(4, k)) if lake else max(1, min(4, k))
            classes[(sid, y)] = k
    return classes


def gen_samples(rng, profiles, classes, with_ph_cod):
    blocks = []
    annual = {}
    for sid, body, place, region, lake, national, driver in SECTIONS:
        cols = ["ph", "do", "codmn", "cod", "nh3n", "tp"] if sid in with_ph_cod else ["do", "codmn", "nh3n", "tp"]
        prof = {p: profiles[sid][p] for p in cols}
        dates = []
        data = {p: [] for p in cols}
        for y in WATER_YEARS:
            k = classes[(sid, y)]
            days = [rng.randint(10, 20) for _ in range(12)]
            dates += [datetime.date(y, m + 1, days[m]).isoformat() for m in range(12)]
            for attempt in range(40):
                targ = annual_targets(rng, prof, k, lake, driver)
                month = {}
                for p, mean in targ.items():
                    raw = [mean * monthly_shape(p, lake, m + 1) * math.exp(rng.gauss(0, SIGMA[p]) - SIGMA[p] ** 2 / 2)
                           for m in range(12)]
                    f = mean / (sum(raw) / 12)
                    month[p] = [max(FLOOR[p], gbround(x * f, DECIMALS[p])) for x in raw]
                if "ph" in cols:
                    month["ph"] = [min(8.6, max(6.4, gbround(prof["ph"] + rng.gauss(0, 0.18), 2))) for _ in range(12)]
                means = {p: sum(v) / 12 for p, v in month.items()}
                if section_class(means, lake) == k and all(robust(p, v, lake) for p, v in means.items() if p != "ph"):
                    break
            else:
                raise SystemExit(f"could not generate {sid} {y} in class {k}")
            annual[(sid, y)] = (section_class(means, lake), means)
            for p in cols:
                data[p] += month[p]
        block = {"section": sid, "dates": dates}
        for p in cols:
            block[p] = data[p]
        blocks.append(block)
    return blocks, annual


# --------------------------------------------------------------------------
# Per-city indicator series


def round_to_mean(values, target, decimals=1, lo=None, hi=None):
    """Round values so that their mean is the target (to the rounding unit)."""
    unit = 10 ** -decimals
    shift = target - sum(values) / len(values)
    v = [x + shift for x in values]
    if lo is not None or hi is not None:
        for _ in range(20):
            v = [min(hi if hi is not None else x, max(lo if lo is not None else x, x)) for x in v]
            shift = target - sum(v) / len(v)
            if abs(shift) < 1e-9:
                break
            v = [x + shift for x in v]
    r = [gbround(x, decimals) for x in v]
    steps = round((target * len(v) - sum(r)) / unit)
    order = sorted(range(len(v)), key=lambda i: (v[i] - r[i]) * (1 if steps > 0 else -1), reverse=True)
    for i in order[:abs(steps)]:
        r[i] = gbround(r[i] + unit * (1 if steps > 0 else -1), decimals)
    return r


def province_values(indicator):
    for s in indicator["series"]:
        if s["region"] == "360000":
            start = int(s["start"])
            return {start + i: v for i, v in enumerate(s["values"])}
    raise SystemExit(f"{indicator['id']}: no province series in the base file")


def city_series(codes, per_year):
    out = []
    for j, code in enumerate(codes):
        out.append({"region": code, "start": str(min(per_year)),
                    "values": [per_year[y][j] for y in sorted(per_year)], "status": "illustrative"})
    return out


def rural_counts(codes, rates, province):
    """Villages treated per city, near the city rates, such that their sum
    over all the villages gives the province's rate."""
    total = sum(CITY_VILLAGES[c] for c in codes)
    shift = province - sum(r * CITY_VILLAGES[c] for c, r in zip(codes, rates)) / total
    treated = [round(min(95.0, max(5.0, r + shift)) * CITY_VILLAGES[c] / 100) for c, r in zip(codes, rates)]
    want = round(province * total / 100)
    order = sorted(range(len(codes)), key=lambda i: -CITY_VILLAGES[codes[i]])
    k = 0
    while sum(treated) != want:
        treated[order[k % len(order)]] += 1 if sum(treated) < want else -1
        k += 1
    return treated


def add_rural_counts(doc, indicators, codes, treated_city):
    """Count indicators of villages treated and in all, of which the
    treatment rate is made (so that regions add up by counts)."""
    years = sorted(treated_city)
    label = {"zh_CN": "个", "zh_TW": "個", "en": "villages"}
    common = {"domain": "rural_sewage", "unit": "count", "unit_label": label, "decimals": 0,
              "kind": "count", "resolution": "year"}
    treated = dict(common, id="rural_sewage.villages_treated", direction="higher-is-better",
                   name={"zh_CN": "生活污水得到治理的行政村", "zh_TW": "生活污水得到治理的行政村",
                         "en": "Villages whose domestic sewage is treated"},
                   series=[{"region": c, "start": str(years[0]), "status": "illustrative",
                            "values": [treated_city[y][j] for y in years]} for j, c in enumerate(codes)])
    total = dict(common, id="rural_sewage.villages_total", direction="neutral",
                 name={"zh_CN": "行政村总数", "zh_TW": "行政村總數", "en": "Administrative villages"},
                 series=[{"region": c, "start": str(years[0]), "status": "illustrative",
                          "values": [CITY_VILLAGES[c]] * len(years)} for c in codes])
    indicators["rural_sewage.treatment_rate"]["counts"] = {"numerator": treated["id"], "denominator": total["id"]}
    doc["indicators"].extend([treated, total])


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        doc = json.load(f)
    rng = random.Random(SEED)
    codes = [r["code"] for r in doc["regions"] if r.get("parent") == "360000"]
    assert sorted(codes) == sorted(CITY_AIR), "the base file's cities differ from the generator's"
    indicators = {i["id"]: i for i in doc["indicators"]}

    # Air
    air_blocks, air = gen_air(rng, codes)
    print("Air 2025 (HJ 633-2012 daily AQI; Grade II per GB 3095-2012):", file=sys.stderr)
    print("  city    PM2.5  good%   valid  AQI>100 (target, without O3)  PM10  NO2  SO2  CO-p95  O3-8h-p90  Grade II",
          file=sys.stderr)
    for code in codes:
        s = air[code]
        print(f"  {code}  {s['pm25']:5.2f}  {s['good']:5.2f}   {s['valid']:5d}  {s['bad']:4d} ({s['target_bad']:2d}, {s['non_o3_bad']:2d})          "
              f"  {s['pm10']:5.1f} {s['no2']:4.1f} {s['so2']:4.1f}  {s['co95']:5.2f}  {s['o3p90']:7.1f}    "
              f"{'yes' if s['grade2'] else 'NO'}", file=sys.stderr)
    pm_prov = sum(round(air[c]["pm25"], 1) for c in codes) / len(codes)
    good_prov = sum(air[c]["good"] for c in codes) / len(codes)
    print(f"  province: PM2.5 {pm_prov:.2f} ug/m3 (mean of city means), good days {good_prov:.2f} %, "
          f"cities meeting Grade II: {sum(air[c]['grade2'] for c in codes)}", file=sys.stderr)

    # Water
    counts_by_year = {}
    comp = next(s for s in indicators["water.class_composition"]["series"] if s["region"] == "360000")
    sections, profiles, with_ph_cod, nat_rivers, nat_lakes = gen_water(rng, {r["code"] for r in doc["regions"]})
    n_nat = len(nat_rivers) + len(nat_lakes)
    for i, y in enumerate(range(int(comp["start"]), int(comp["start"]) + len(comp["values"]["I"]))):
        cum, prev, counts = 0.0, 0, []
        for name in CLASS_NAMES:
            cum += comp["values"][name][i]
            c = round(cum * n_nat / 100)
            counts.append(c - prev)
            prev = c
        counts_by_year[y] = counts
    classes = assign_classes(rng, counts_by_year, nat_rivers, nat_lakes)
    sample_blocks, annual = gen_samples(rng, profiles, classes, with_ph_cod)

    print("Water (annual means of the monthly samples, single-factor GB 3838-2002):", file=sys.stderr)
    good_ratio, le2_ratio = {}, {}
    for y in WATER_YEARS:
        ks = [annual[(s, y)][0] for s in nat_rivers + nat_lakes]
        got = [ks.count(k) for k in range(1, 7)]
        if got != counts_by_year[y]:
            raise SystemExit(f"water {y}: classes {got} differ from the composition {counts_by_year[y]}")
        good_ratio[y] = gbround(sum(k <= 3 for k in ks) * 100 / len(ks), 1)
        le2_ratio[y] = gbround(sum(k <= 2 for k in ks) * 100 / len(ks), 1)
        lake_iv = sum(annual[(s[0], y)][0] >= 4 for s in SECTIONS if s[4])
        print(f"  {y}: {len(ks)} national sections, classes I..劣V {got}, I-III {good_ratio[y]} %, "
              f"II or better {le2_ratio[y]} %; lake sections in class IV or worse: {lake_iv} of "
              f"{sum(1 for s in SECTIONS if s[4])}", file=sys.stderr)
    for ind_id, derived in (("water.national_good_ratio", good_ratio), ("water.class2_or_better", le2_ratio)):
        pv = province_values(indicators[ind_id])
        for y in WATER_YEARS:
            if y in pv and pv[y] != derived[y]:
                print(f"warning: {ind_id} {y}: base {pv[y]} but the samples give {derived[y]}", file=sys.stderr)

    # Per-city series
    pm_prov_v = province_values(indicators["air.pm25_annual"])
    good_prov_v = province_values(indicators["air.good_days_ratio"])
    rural_prov_v = province_values(indicators["rural_sewage.treatment_rate"])
    pm_city, good_city, rural_city = {}, {}, {}
    pm_off = {c: round(air[c]["pm25"], 1) - pm_prov_v[2025] for c in codes}
    good_off = {c: air[c]["good"] - good_prov_v[2025] for c in codes}
    for y in CITY_YEARS:
        if y == 2025:
            pm_city[y] = [gbround(air[c]["pm25"], 1) for c in codes]
            good_city[y] = [gbround(air[c]["good"], 1) for c in codes]
        else:
            pm_city[y] = round_to_mean([pm_prov_v[y] + pm_off[c] * rng.uniform(0.8, 1.2) + rng.gauss(0, 0.7) for c in codes],
                                       pm_prov_v[y], hi=34.0)
            good_city[y] = round_to_mean([good_prov_v[y] + good_off[c] * rng.uniform(0.8, 1.3) + rng.gauss(0, 0.5) for c in codes],
                                         good_prov_v[y], hi=99.7)
        p = rural_prov_v[y]
        rural_city[y] = round_to_mean([p + CITY_RURAL_OFFSET[c] * p / 57.2 + rng.gauss(0, 1.0) for c in codes], p, lo=5.0, hi=95.0)
    treated_city = {y: rural_counts(codes, rural_city[y], rural_prov_v[y]) for y in CITY_YEARS}
    for y in CITY_YEARS:
        rural_city[y] = [gbround(t * 100 / CITY_VILLAGES[c], 1) for c, t in zip(codes, treated_city[y])]
    water_city_good, water_city_le2 = {}, {}
    for y in WATER_YEARS:
        water_city_good[y], water_city_le2[y] = [], []
        for c in codes:
            ks = [annual[(s[0], y)][0] for s in SECTIONS if s[5] and s[3] == c]
            water_city_good[y].append(gbround(sum(k <= 3 for k in ks) * 100 / len(ks), 1))
            water_city_le2[y].append(gbround(sum(k <= 2 for k in ks) * 100 / len(ks), 1))

    for ind_id, per_year in (("air.pm25_annual", pm_city), ("air.good_days_ratio", good_city),
                             ("water.national_good_ratio", water_city_good),
                             ("water.class2_or_better", water_city_le2),
                             ("rural_sewage.treatment_rate", rural_city)):
        ind = indicators[ind_id]
        ind["series"] = [s for s in ind["series"] if s["region"] == "360000"] + city_series(codes, per_year)

    add_rural_counts(doc, indicators, codes, treated_city)
    doc["observations"] = {"air_daily": air_blocks, "water_sections": sections, "water_samples": sample_blocks}
    with open(argv[2], "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

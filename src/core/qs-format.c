/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "qs-format.h"
#include "qs-text.h"

/* Written in place of a number or a period that has no value. */
#define NO_VALUE "\xe2\x80\x94"        /* U+2014 EM DASH */
#define MINUS_SIGN "\xe2\x88\x92"      /* U+2212 MINUS SIGN */
#define ZH_RANGE "\xe2\x80\x94"        /* GB/T 15834 一字线 */
#define EN_RANGE "\xe2\x80\x93"        /* U+2013 EN DASH */

typedef enum {
  LANG_EN,
  LANG_ZH_CN,
  LANG_ZH_TW,
  N_LANGS,
} Lang;

static Lang
lang_of (const char *locale)
{
  g_autofree char *norm = qs_locale_normalize (locale ? locale : qs_locale_default ());

  if (strcmp (norm, "zh_CN") == 0)
    return LANG_ZH_CN;
  if (strcmp (norm, "zh_TW") == 0)
    return LANG_ZH_TW;
  return LANG_EN;
}

/* ---------------------------------------------------------------------- */
/* Decimal digits                                                         */

/*
 * A non-negative number as a string of decimal digits with the position of
 * the decimal point. Rounding and the scaling of the compact forms work on
 * these digits, so that they are exact: 0.125 stays 0.125 and 6.13e8 / 1e8
 * is 6.13, never 6.1299999.
 */
typedef struct
{
  GString *digits;  /* integer part then fraction, ASCII */
  gsize    point;   /* digits before the decimal point, at least 1 */
} Decimal;

static void
decimal_clear (Decimal *d)
{
  if (d->digits)
    g_string_free (d->digits, TRUE);
  d->digits = NULL;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Decimal, decimal_clear)

static void
decimal_copy (Decimal       *dest,
              const Decimal *src)
{
  dest->digits = g_string_new_len (src->digits->str, src->digits->len);
  dest->point = src->point;
}

/* Moves the point @shift places left (dividing by 10^@shift), or right
 * for a negative @shift, adding zeros where the digits run out. */
static void
decimal_shift (Decimal *d,
               int      shift)
{
  gssize point = (gssize) d->point - shift;

  if (point < 1)
    {
      for (gssize i = point; i < 1; i++)
        g_string_prepend_c (d->digits, '0');
      point = 1;
    }
  while ((gsize) point > d->digits->len)
    g_string_append_c (d->digits, '0');
  d->point = (gsize) point;
}

static void
decimal_strip_leading (Decimal *d)
{
  gsize n = 0;

  while (n + 1 < d->point && d->digits->str[n] == '0')
    n++;
  g_string_erase (d->digits, 0, (gssize) n);
  d->point -= n;
}

/*
 * Sets @d to the shortest decimal that reads back as @magnitude (finite,
 * not negative). That is the number as it was written in the dataset, so
 * 0.145 rounds to 0.15 although its double is 0.14499999999999999.
 */
static void
decimal_init (Decimal *d,
              double   magnitude)
{
  static const char *const formats[] = { "%.14e", "%.15e", "%.16e" };
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  const char *p;
  gint64 exponent;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buf, sizeof buf, formats[i], magnitude);
      if (g_ascii_strtod (buf, NULL) == magnitude)
        break;
    }

  /* buf is d.ddddde±xx: one digit before the point. */
  d->digits = g_string_new (NULL);
  for (p = buf; *p != 'e' && *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (d->digits, *p);
  exponent = *p == 'e' ? g_ascii_strtoll (p + 1, NULL, 10) : 0;
  d->point = 1;
  decimal_shift (d, (int) -exponent);
  decimal_strip_leading (d);
}

static gboolean
decimal_is_zero (const Decimal *d)
{
  for (gsize i = 0; i < d->digits->len; i++)
    if (d->digits->str[i] != '0')
      return FALSE;
  return TRUE;
}

/* Digits of the integer part, leading zeros not counted (0 for 0.5). */
static int
decimal_int_digits (const Decimal *d)
{
  gsize n = 0;

  while (n < d->point && d->digits->str[n] == '0')
    n++;
  return (int) (d->point - n);
}

/* Leaves exactly @decimals digits after the point, rounding half away
 * from zero on the digits (the magnitude goes up on a dropped 5). */
static void
decimal_round (Decimal *d,
               int      decimals)
{
  gsize keep = d->point + (gsize) decimals;

  if (d->digits->len > keep)
    {
      gboolean up = d->digits->str[keep] >= '5';

      g_string_truncate (d->digits, keep);
      for (gsize i = keep; up && i > 0; i--)
        {
          char *c = &d->digits->str[i - 1];

          if (*c == '9')
            *c = '0';
          else
            {
              (*c)++;
              up = FALSE;
            }
        }
      if (up)
        {
          g_string_prepend_c (d->digits, '1');
          d->point++;
        }
    }
  while (d->digits->len < keep)
    g_string_append_c (d->digits, '0');
  decimal_strip_leading (d);
}

static void
decimal_trim_fraction (Decimal *d)
{
  while (d->digits->len > d->point && d->digits->str[d->digits->len - 1] == '0')
    g_string_truncate (d->digits, d->digits->len - 1);
}

static void
decimal_append (GString       *out,
                const Decimal *d,
                gboolean       grouping)
{
  for (gsize i = 0; i < d->point; i++)
    {
      if (grouping && i > 0 && (d->point - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, d->digits->str[i]);
    }
  if (d->digits->len > d->point)
    {
      g_string_append_c (out, '.');
      g_string_append (out, d->digits->str + d->point);
    }
}

/* ---------------------------------------------------------------------- */
/* Numbers                                                                */

typedef struct
{
  int         scale;   /* the word stands for 10^scale */
  const char *word;
} CompactWord;

static const CompactWord compact_en[] = {
  { 6, " million" }, { 9, " billion" }, { 12, " trillion" },
};
/* 万亿 rather than 兆: in the mainland 兆 also means 10^6 (兆瓦). */
static const CompactWord compact_zh_cn[] = {
  { 4, "万" }, { 8, "亿" }, { 12, "万亿" },
};
static const CompactWord compact_zh_tw[] = {
  { 4, "萬" }, { 8, "億" }, { 12, "兆" },
};
G_STATIC_ASSERT (G_N_ELEMENTS (compact_zh_cn) == G_N_ELEMENTS (compact_en));
G_STATIC_ASSERT (G_N_ELEMENTS (compact_zh_tw) == G_N_ELEMENTS (compact_en));

/*
 * Appends @value to @out; returns FALSE when it is not finite or rounds to
 * zero, which the callers that add words need to know.
 */
static gboolean
append_number (GString       *out,
               double         value,
               int            decimals,
               QsFormatFlags  flags,
               Lang           lang)
{
  g_auto (Decimal) exact = { 0 };
  g_auto (Decimal) shown = { 0 };
  const char *word = NULL;
  gboolean zero;

  if (!isfinite (value))
    {
      g_string_append (out, NO_VALUE);
      return FALSE;
    }
  decimals = CLAMP (decimals, 0, QS_FORMAT_MAX_DECIMALS);

  decimal_init (&exact, fabs (value));
  decimal_copy (&shown, &exact);
  decimal_round (&shown, decimals);

  if (flags & QS_FORMAT_COMPACT)
    {
      const CompactWord *words = lang == LANG_ZH_CN ? compact_zh_cn
                               : lang == LANG_ZH_TW ? compact_zh_tw : compact_en;
      int n_words = G_N_ELEMENTS (compact_en);
      int w = -1;

      /* Decided on the number as it would be shown otherwise, so that
       * 9999.96 with one decimal, which would read 10,000.0, becomes 1万. */
      for (int i = 0; i < n_words; i++)
        if (decimal_int_digits (&shown) > words[i].scale)
          w = i;

      while (w >= 0)
        {
          int int_digits;

          decimal_clear (&shown);
          decimal_copy (&shown, &exact);
          decimal_shift (&shown, words[w].scale);
          decimal_strip_leading (&shown);
          int_digits = MAX (decimal_int_digits (&shown), 1);
          decimal_round (&shown, MAX (QS_FORMAT_COMPACT_DIGITS - int_digits, 0));
          /* 9999.6万 rounds to 10000万: say 1亿 instead. */
          if (w + 1 < n_words &&
              decimal_int_digits (&shown) > words[w + 1].scale - words[w].scale)
            {
              w++;
              continue;
            }
          decimal_trim_fraction (&shown);
          word = words[w].word;
          break;
        }
    }

  /* Negative zero, and negatives that round to zero, print as 0. */
  zero = decimal_is_zero (&shown);
  if (value < 0 && !zero)
    g_string_append (out, (flags & QS_FORMAT_ASCII_MINUS) ? "-" : MINUS_SIGN);
  else if ((flags & QS_FORMAT_SIGN) && !zero)
    g_string_append_c (out, '+');
  decimal_append (out, &shown,
                  (flags & (QS_FORMAT_GROUPING | QS_FORMAT_COMPACT)) != 0);
  if (word)
    g_string_append (out, word);
  return !zero;
}

/**
 * qs_format_number:
 * @value: the number
 * @decimals: digits after the decimal point, 0 to %QS_FORMAT_MAX_DECIMALS
 *   (clamped)
 * @flags: grouping, compact form, sign
 * @locale: (nullable): the locale to write in; %NULL for the default
 *
 * Writes @value with exactly @decimals decimals and a dot as the decimal
 * separator: 27.40. It is rounded half away from zero on its shortest
 * decimal form (the digits that read back as the same double), so 0.125
 * and 0.145 give 0.13 and 0.15 with two decimals. A number that rounds to
 * zero is written without a sign; negatives take U+2212 unless
 * %QS_FORMAT_ASCII_MINUS.
 *
 * With %QS_FORMAT_COMPACT, a number whose rounded integer part reaches
 * 10 000 (zh) or 1 000 000 (en) is written as a multiple of the largest word
 * it reaches, with %QS_FORMAT_COMPACT_DIGITS significant digits but never
 * fewer than the whole integer part, trailing zeros trimmed and @decimals
 * ignored: 1.2万, 6.13亿, 14.6亿, 1235万, 613 million, 1.46 billion. When
 * rounding reaches the next word it is used: 99 999 999 is 1亿.
 *
 * Returns: (transfer full): the text
 */
char *
qs_format_number (double         value,
                  int            decimals,
                  QsFormatFlags  flags,
                  const char    *locale)
{
  GString *out = g_string_new (NULL);

  append_number (out, value, decimals, flags, lang_of (locale));
  return g_string_free (out, FALSE);
}

/* ---------------------------------------------------------------------- */
/* Units                                                                  */

static const char *const unit_symbols[][N_LANGS] = {
  /*                         en        zh_CN   zh_TW */
  [QS_UNIT_PERCENT]       = { "%",      "%",    "%" },
  [QS_UNIT_UG_M3]         = { "µg/m³",  "µg/m³", "µg/m³" },
  [QS_UNIT_MG_M3]         = { "mg/m³",  "mg/m³", "mg/m³" },
  [QS_UNIT_MG_L]          = { "mg/L",   "mg/L", "mg/L" },
  [QS_UNIT_TONNE]         = { "t",      "吨",   "公噸" },
  [QS_UNIT_YUAN]          = { "yuan",   "元",   "元" },
  [QS_UNIT_DAY]           = { "days",   "天",   "天" },
  [QS_UNIT_COUNT]         = { "",       "",     "" },
  [QS_UNIT_DIMENSIONLESS] = { "",       "",     "" },
};

/**
 * qs_format_unit_symbol:
 * @unit: a unit
 * @locale: (nullable): the locale to write in; %NULL for the default
 *
 * The unit as written after a number: "µg/m³", "%", "吨" / "t", "元" /
 * "yuan", "天" / "days". Counts have no symbol of their own (""): their
 * word (个, cities) depends on what is counted and comes from the caller.
 *
 * Returns: the symbol, "" when there is none
 */
const char *
qs_format_unit_symbol (QsUnit      unit,
                       const char *locale)
{
  if ((guint) unit >= G_N_ELEMENTS (unit_symbols))
    return "";
  return unit_symbols[unit][lang_of (locale)];
}

/* No space before per cent and per mille signs, nor before Chinese unit
 * words (11个, 3天), which are set solid in Chinese; a space before the
 * others (27.4 µg/m³, 11 cities) in every language. */
static gboolean
unit_wants_space (const char *label)
{
  gunichar c = g_utf8_get_char_validated (label, -1);

  if (c == (gunichar) -1 || c == (gunichar) -2)
    return TRUE;
  return !(c == '%' || c == 0x2030 || c == 0x2031 || c == 0x00B0 ||
           c == 0x2103 || c == 0x2109 || g_unichar_iswide (c));
}

/**
 * qs_format_value:
 * @value: the number
 * @decimals: digits after the decimal point
 * @unit: its unit
 * @unit_label: (nullable): the unit as the caller wants it written, already
 *   localized ("个", "cities"); %NULL for qs_format_unit_symbol()
 * @flags: as for qs_format_number()
 * @locale: (nullable): the locale to write in; %NULL for the default
 *
 * Writes a number with its unit: 27.4 µg/m³, 95.5%, 11个, 11 cities,
 * 6.13亿元. A value that is not finite is "—" without a unit. In English
 * a day count of exactly 1 is "1 day".
 *
 * Returns: (transfer full): the text
 */
char *
qs_format_value (double         value,
                 int            decimals,
                 QsUnit         unit,
                 const char    *unit_label,
                 QsFormatFlags  flags,
                 const char    *locale)
{
  Lang lang = lang_of (locale);
  GString *out = g_string_new (NULL);
  const char *label = unit_label;
  gsize number_start;

  if (!isfinite (value))
    {
      g_string_append (out, NO_VALUE);
      return g_string_free (out, FALSE);
    }

  append_number (out, value, decimals, flags, lang);
  if (label == NULL)
    {
      label = (guint) unit < G_N_ELEMENTS (unit_symbols) ? unit_symbols[unit][lang] : "";
      /* Skip the sign to see whether the number is exactly 1. */
      number_start = strspn (out->str, "+-");
      if (g_str_has_prefix (out->str, MINUS_SIGN))
        number_start = strlen (MINUS_SIGN);
      if (lang == LANG_EN && unit == QS_UNIT_DAY &&
          strcmp (out->str + number_start, "1") == 0)
        label = "day";
    }
  if (*label != '\0')
    {
      if (unit_wants_space (label))
        g_string_append_c (out, ' ');
      g_string_append (out, label);
    }
  return g_string_free (out, FALSE);
}

/* ---------------------------------------------------------------------- */
/* Periods                                                                */

typedef struct
{
  int year;
  int quarter;  /* 1–4 */
  int month;    /* 1–12 */
  int day;
  int hour;
} PeriodParts;

static const char *const en_months[] = {
  "Jan", "Feb", "Mar", "Apr", "May", "Jun",
  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
};
static const char *const zh_numerals[] = { "一", "二", "三", "四" };

/* Julian day of 9999-12-31, the last day GDate can name. */
#define LAST_JULIAN_DAY 3652059

/* Splits a period ordinal into calendar fields; FALSE for ordinals that
 * name no date GDate can handle, which are then written as "—". */
static gboolean
period_decode (QsResolution  resolution,
               gint32        period,
               PeriodParts  *parts)
{
  GDate date;
  guint32 jd;

  memset (parts, 0, sizeof *parts);
  parts->quarter = parts->month = parts->day = 1;
  switch (resolution)
    {
    case QS_RESOLUTION_YEAR:
      parts->year = period;
      break;
    case QS_RESOLUTION_QUARTER:
      if (period < 0)
        return FALSE;
      parts->year = period / 4;
      parts->quarter = period % 4 + 1;
      parts->month = (parts->quarter - 1) * 3 + 1;
      break;
    case QS_RESOLUTION_MONTH:
      if (period < 0)
        return FALSE;
      parts->year = period / 12;
      parts->month = period % 12 + 1;
      break;
    case QS_RESOLUTION_DAY:
    case QS_RESOLUTION_HOUR:
      if (period <= 0)
        return FALSE;
      jd = resolution == QS_RESOLUTION_HOUR ? (guint32) period / 24 : (guint32) period;
      parts->hour = resolution == QS_RESOLUTION_HOUR ? period % 24 : 0;
      if (!g_date_valid_julian (jd) || jd > LAST_JULIAN_DAY)
        return FALSE;
      g_date_clear (&date, 1);
      g_date_set_julian (&date, jd);
      parts->year = g_date_get_year (&date);
      parts->month = g_date_get_month (&date);
      parts->day = g_date_get_day (&date);
      break;
    default:
      return FALSE;
    }
  return parts->year >= 1 && parts->year <= 9999;
}

static const char *
zh_hour_word (Lang lang)
{
  return lang == LANG_ZH_TW ? "時" : "时";
}

static void
append_year (GString *out,
             Lang     lang,
             int      year)
{
  g_string_append_printf (out, lang == LANG_EN ? "%d" : "%d年", year);
}

/* The period without its year: 3月5日 / 5 Mar. */
static void
append_short (GString           *out,
              Lang               lang,
              QsResolution       resolution,
              const PeriodParts *p)
{
  if (lang == LANG_EN)
    switch (resolution)
      {
      case QS_RESOLUTION_YEAR:
        append_year (out, lang, p->year);
        break;
      case QS_RESOLUTION_QUARTER:
        g_string_append_printf (out, "Q%d", p->quarter);
        break;
      case QS_RESOLUTION_MONTH:
        g_string_append (out, en_months[p->month - 1]);
        break;
      case QS_RESOLUTION_DAY:
        g_string_append_printf (out, "%d %s", p->day, en_months[p->month - 1]);
        break;
      case QS_RESOLUTION_HOUR:
      default:
        g_string_append_printf (out, "%d %s %02d:00", p->day,
                                en_months[p->month - 1], p->hour);
        break;
      }
  else
    switch (resolution)
      {
      case QS_RESOLUTION_YEAR:
        append_year (out, lang, p->year);
        break;
      case QS_RESOLUTION_QUARTER:
        /* 一季度 is how the mainland's statistics name a quarter in
         * running text; Taiwan keeps 第一季. */
        if (lang == LANG_ZH_TW)
          g_string_append_printf (out, "第%s季", zh_numerals[p->quarter - 1]);
        else
          g_string_append_printf (out, "%s季度", zh_numerals[p->quarter - 1]);
        break;
      case QS_RESOLUTION_MONTH:
        g_string_append_printf (out, "%d月", p->month);
        break;
      case QS_RESOLUTION_DAY:
        g_string_append_printf (out, "%d月%d日", p->month, p->day);
        break;
      case QS_RESOLUTION_HOUR:
      default:
        g_string_append_printf (out, "%d月%d日 %d%s", p->month, p->day,
                                p->hour, zh_hour_word (lang));
        break;
      }
}

/* The standalone form: 2025年第一季度 / Q1 2025. */
static void
append_full (GString           *out,
             Lang               lang,
             QsResolution       resolution,
             const PeriodParts *p)
{
  if (resolution == QS_RESOLUTION_YEAR)
    {
      append_year (out, lang, p->year);
      return;
    }
  if (lang != LANG_EN)
    {
      append_year (out, lang, p->year);
      if (resolution == QS_RESOLUTION_QUARTER)
        g_string_append_printf (out, "第%s%s", zh_numerals[p->quarter - 1],
                                lang == LANG_ZH_TW ? "季" : "季度");
      else
        append_short (out, lang, resolution, p);
      return;
    }
  if (resolution == QS_RESOLUTION_HOUR)
    {
      g_string_append_printf (out, "%d %s %d %02d:00", p->day,
                              en_months[p->month - 1], p->year, p->hour);
      return;
    }
  append_short (out, lang, resolution, p);
  g_string_append_c (out, ' ');
  append_year (out, lang, p->year);
}

/**
 * qs_format_period:
 * @resolution: the resolution of @period
 * @period: a period ordinal (see qs-period.h)
 * @style: standalone, axis tick, or first axis tick of a year
 * @locale: (nullable): the locale to write in; %NULL for the default
 *
 * Writes a period for people. FULL: 2025年 / 2025, 2025年第一季度
 * (zh_TW 2025年第一季) / Q1 2025, 2025年3月 / Mar 2025, 2025年3月5日 /
 * 5 Mar 2025, 2025年3月5日 14时 (zh_TW 14時) / 5 Mar 2025 14:00.
 * SHORT leaves the year out: 一季度 (zh_TW 第一季) / Q1, 3月 / Mar,
 * 3月5日 / 5 Mar, 3月5日 14时 / 5 Mar 14:00. CONTEXT is SHORT, a newline
 * and the year ("1月\n2025年" / "Jan\n2025"); a year is the same in all
 * styles. A period no calendar date corresponds to is "—".
 *
 * Returns: (transfer full): the text
 */
char *
qs_format_period (QsResolution  resolution,
                  gint32        period,
                  QsPeriodStyle style,
                  const char   *locale)
{
  Lang lang = lang_of (locale);
  GString *out = g_string_new (NULL);
  PeriodParts p;

  if (!period_decode (resolution, period, &p))
    g_string_append (out, NO_VALUE);
  else if (style == QS_PERIOD_STYLE_FULL || resolution == QS_RESOLUTION_YEAR)
    append_full (out, lang, resolution, &p);
  else
    {
      append_short (out, lang, resolution, &p);
      if (style == QS_PERIOD_STYLE_CONTEXT)
        {
          g_string_append_c (out, '\n');
          append_year (out, lang, p.year);
        }
    }
  return g_string_free (out, FALSE);
}

/* Two full periods joined: 2024年3月—2025年2月 / Mar 2024 – Feb 2025. */
static void
append_full_range (GString           *out,
                   Lang               lang,
                   QsResolution       resolution,
                   const PeriodParts *a,
                   const PeriodParts *b)
{
  append_full (out, lang, resolution, a);
  /* English spaces the dash when its ends are more than one word. */
  g_string_append (out, lang == LANG_EN ? " " EN_RANGE " " : ZH_RANGE);
  append_full (out, lang, resolution, b);
}

static void
append_range_en (GString           *out,
                 QsResolution       resolution,
                 const PeriodParts *a,
                 const PeriodParts *b)
{
  gboolean same_year = a->year == b->year;
  gboolean same_month = same_year && a->month == b->month;

  switch (resolution)
    {
    case QS_RESOLUTION_YEAR:
      g_string_append_printf (out, "%d" EN_RANGE "%d", a->year, b->year);
      return;
    case QS_RESOLUTION_QUARTER:
      if (same_year)
        {
          g_string_append_printf (out, "Q%d" EN_RANGE "Q%d %d",
                                  a->quarter, b->quarter, a->year);
          return;
        }
      break;
    case QS_RESOLUTION_MONTH:
      if (same_year)
        {
          g_string_append_printf (out, "%s" EN_RANGE "%s %d", en_months[a->month - 1],
                                  en_months[b->month - 1], a->year);
          return;
        }
      break;
    case QS_RESOLUTION_DAY:
      if (same_month)
        {
          g_string_append_printf (out, "%d" EN_RANGE "%d %s %d", a->day, b->day,
                                  en_months[a->month - 1], a->year);
          return;
        }
      if (same_year)
        {
          g_string_append_printf (out, "%d %s " EN_RANGE " %d %s %d",
                                  a->day, en_months[a->month - 1],
                                  b->day, en_months[b->month - 1], a->year);
          return;
        }
      break;
    case QS_RESOLUTION_HOUR:
    default:
      if (same_month && a->day == b->day)
        {
          g_string_append_printf (out, "%d %s %d %02d:00" EN_RANGE "%02d:00",
                                  a->day, en_months[a->month - 1], a->year,
                                  a->hour, b->hour);
          return;
        }
      break;
    }
  append_full_range (out, LANG_EN, resolution, a, b);
}

/* Only the number that changes is repeated, the unit word written once,
 * as in 2021—2025年 and 1—3月 of official publications. */
static void
append_range_zh (GString           *out,
                 Lang               lang,
                 QsResolution       resolution,
                 const PeriodParts *a,
                 const PeriodParts *b)
{
  gboolean same_year = a->year == b->year;
  gboolean same_month = same_year && a->month == b->month;

  switch (resolution)
    {
    case QS_RESOLUTION_YEAR:
      g_string_append_printf (out, "%d" ZH_RANGE "%d年", a->year, b->year);
      return;
    case QS_RESOLUTION_QUARTER:
      if (same_year)
        {
          /* 至, not the dash: 第一—第三 would read as a run of strokes. */
          g_string_append_printf (out, "%d年第%s至第%s%s", a->year,
                                  zh_numerals[a->quarter - 1],
                                  zh_numerals[b->quarter - 1],
                                  lang == LANG_ZH_TW ? "季" : "季度");
          return;
        }
      break;
    case QS_RESOLUTION_MONTH:
      if (same_year)
        {
          g_string_append_printf (out, "%d年%d" ZH_RANGE "%d月", a->year,
                                  a->month, b->month);
          return;
        }
      break;
    case QS_RESOLUTION_DAY:
      if (same_month)
        {
          g_string_append_printf (out, "%d年%d月%d" ZH_RANGE "%d日", a->year,
                                  a->month, a->day, b->day);
          return;
        }
      if (same_year)
        {
          g_string_append_printf (out, "%d年%d月%d日" ZH_RANGE "%d月%d日", a->year,
                                  a->month, a->day, b->month, b->day);
          return;
        }
      break;
    case QS_RESOLUTION_HOUR:
    default:
      if (same_month && a->day == b->day)
        {
          g_string_append_printf (out, "%d年%d月%d日 %d" ZH_RANGE "%d%s", a->year,
                                  a->month, a->day, a->hour, b->hour,
                                  zh_hour_word (lang));
          return;
        }
      if (same_year)
        {
          append_full (out, lang, resolution, a);
          g_string_append (out, ZH_RANGE);
          append_short (out, lang, resolution, b);
          return;
        }
      break;
    }
  append_full_range (out, lang, resolution, a, b);
}

/**
 * qs_format_period_range:
 * @resolution: the resolution of the periods
 * @first: the first period ordinal
 * @last: the last period ordinal, included
 * @locale: (nullable): the locale to write in; %NULL for the default
 *
 * Writes a span of periods the customary way, leaving out what both ends
 * share. Chinese joins with the dash of GB/T 15834 (—), English with an en
 * dash, spaced when its ends have spaces in them:
 * 2021—2025年 / 2021–2025; 2025年1—3月 / Jan–Mar 2025;
 * 2024年3月—2025年2月 / Mar 2024 – Feb 2025; 2025年第一至第三季度 /
 * Q1–Q3 2025; 2025年3月5—9日 / 5–9 Mar 2025; 2025年2月28日—3月3日 /
 * 28 Feb – 3 Mar 2025; 2025年3月5日 14—18时 / 5 Mar 2025 14:00–18:00.
 * A single period is written as by qs_format_period() (FULL); ends given
 * the wrong way round are swapped.
 *
 * Returns: (transfer full): the text
 */
char *
qs_format_period_range (QsResolution  resolution,
                        gint32        first,
                        gint32        last,
                        const char   *locale)
{
  Lang lang = lang_of (locale);
  GString *out = g_string_new (NULL);
  PeriodParts a, b;

  if (first > last)
    {
      gint32 t = first;
      first = last;
      last = t;
    }
  if (!period_decode (resolution, first, &a) || !period_decode (resolution, last, &b))
    g_string_append (out, NO_VALUE);
  else if (first == last)
    append_full (out, lang, resolution, &a);
  else if (lang == LANG_EN)
    append_range_en (out, resolution, &a, &b);
  else
    append_range_zh (out, lang, resolution, &a, &b);
  return g_string_free (out, FALSE);
}

/* ---------------------------------------------------------------------- */
/* Changes                                                                */

/**
 * qs_format_change:
 * @change: the change, in per cent (1.5 is 1.5%) or in percentage points
 * @in_points: %TRUE for a change of a ratio, in percentage points
 * @decimals: digits after the decimal point
 * @locale: (nullable): the locale to write in; %NULL for the default
 *
 * Writes a change in words: 提高1.2个百分点 (zh_TW 提高1.2個百分點) /
 * up 1.2 percentage points, 下降0.5个百分点 / down 0.5 percentage points;
 * 上升1.5% / up 1.5%, 下降1.5% / down 1.5%. A change that rounds to zero
 * at @decimals is 持平 / unchanged. Only the change itself: the caller adds
 * "year on year" or 同比 where it applies. Not finite: "—".
 *
 * Returns: (transfer full): the text
 */
char *
qs_format_change (double      change,
                  gboolean    in_points,
                  int         decimals,
                  const char *locale)
{
  Lang lang = lang_of (locale);
  GString *number = g_string_new (NULL);
  g_autofree char *magnitude = NULL;
  gboolean up = change > 0;

  if (!isfinite (change))
    {
      g_string_append (number, NO_VALUE);
      return g_string_free (number, FALSE);
    }
  if (!append_number (number, fabs (change), decimals, QS_FORMAT_GROUPING, lang))
    {
      g_string_free (number, TRUE);
      return g_strdup (lang == LANG_EN ? "unchanged" : "持平");
    }
  magnitude = g_string_free (number, FALSE);

  if (lang == LANG_EN)
    {
      if (!in_points)
        return g_strdup_printf ("%s %s%%", up ? "up" : "down", magnitude);
      return g_strdup_printf ("%s %s percentage point%s", up ? "up" : "down",
                              magnitude, strcmp (magnitude, "1") == 0 ? "" : "s");
    }
  if (!in_points)
    return g_strdup_printf ("%s%s%%", up ? "上升" : "下降", magnitude);
  return g_strdup_printf ("%s%s%s", up ? "提高" : "下降", magnitude,
                          lang == LANG_ZH_TW ? "個百分點" : "个百分点");
}

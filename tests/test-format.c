/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <glib.h>

#include "qs-format.h"
#include "qs-period.h"
#include "qs-text.h"

#define M "\xe2\x88\x92"   /* U+2212 MINUS SIGN */
#define D "\xe2\x80\x94"   /* U+2014 EM DASH, no value and the Chinese range */
#define N "\xe2\x80\x93"   /* U+2013 EN DASH, the English range */

#define G QS_FORMAT_GROUPING
#define C QS_FORMAT_COMPACT
#define S QS_FORMAT_SIGN
#define A QS_FORMAT_ASCII_MINUS

/* ---------------------------------------------------------------------- */
/* Numbers                                                                */

typedef struct
{
  double        value;
  int           decimals;
  QsFormatFlags flags;
  const char   *locale;
  const char   *expected;
} NumberCase;

static const NumberCase number_cases[] = {
  /* Exactly @decimals digits, dot decimals in every locale. */
  { 27.4, 1, 0, "en", "27.4" },
  { 27.4, 2, 0, "en", "27.40" },
  { 27.4, 2, 0, "zh_CN", "27.40" },
  { 27.4, 2, 0, "zh_TW", "27.40" },
  { 27.0, 0, 0, "en", "27" },
  { 3.14159265, 0, 0, "en", "3" },
  { 3.14159265, 1, 0, "en", "3.1" },
  { 3.14159265, 2, 0, "en", "3.14" },
  { 3.14159265, 3, 0, "en", "3.142" },
  { 3.14159265, 4, 0, "en", "3.1416" },
  { 3.14159265, 5, 0, "en", "3.14159" },
  { 3.14159265, 6, 0, "zh_CN", "3.141593" },
  { 2.0, 6, 0, "zh_TW", "2.000000" },
  { 3.14159265, -1, 0, "en", "3" },
  /* Beyond the shortest form the digits are zeros, not binary noise. */
  { G_PI, 30, 0, "en", "3.14159265358979300000" },
  /* Half away from zero on the shortest decimal form. */
  { 0.125, 2, 0, "en", "0.13" },
  { 0.145, 2, 0, "en", "0.15" },
  { 1.005, 2, 0, "en", "1.01" },
  { 2.675, 2, 0, "en", "2.68" },
  { -0.125, 2, 0, "en", M "0.13" },
  { 0.5, 0, 0, "en", "1" },
  { 1.5, 0, 0, "en", "2" },
  { 2.5, 0, 0, "en", "3" },
  { -2.5, 0, 0, "en", M "3" },
  { 0.4999, 0, 0, "en", "0" },
  { 9.995, 2, 0, "en", "10.00" },
  { 99.95, 1, 0, "en", "100.0" },
  { 0.95, 0, 0, "en", "1" },
  /* Zero and negative zero. */
  { 0.0, 0, 0, "en", "0" },
  { 0.0, 2, 0, "zh_CN", "0.00" },
  { -0.0, 1, 0, "en", "0.0" },
  { -0.0, 0, S, "en", "0" },
  { -0.04, 1, 0, "en", "0.0" },
  { -0.04, 1, S, "zh_CN", "0.0" },
  { 0.04, 1, S, "en", "0.0" },
  { 0.0, 0, C, "zh_CN", "0" },
  /* Grouping, the same in Chinese. */
  { 12345.6, 1, G, "en", "12,345.6" },
  { 12345.6, 1, G, "zh_CN", "12,345.6" },
  { 12345.6, 1, G, "zh_TW", "12,345.6" },
  { 12345.6, 1, 0, "en", "12345.6" },
  { 999, 0, G, "en", "999" },
  { 1000, 0, G, "en", "1,000" },
  { 1234, 0, G, "zh_CN", "1,234" },
  { 100000, 0, G, "en", "100,000" },
  { 999999.5, 0, G, "en", "1,000,000" },
  { -1234567.891, 2, G, "en", M "1,234,567.89" },
  { 0.123456, 6, G, "en", "0.123456" },
  { 1234.56789, 5, G, "en", "1,234.56789" },
  /* Signs. */
  { 1.2, 1, S, "en", "+1.2" },
  { -1.2, 1, S, "en", M "1.2" },
  { -1.2, 1, 0, "zh_TW", M "1.2" },
  { -1.2, 1, A, "en", "-1.2" },
  { -1234.5, 1, G | A, "zh_CN", "-1,234.5" },
  { 1234.5, 1, G | S | A, "en", "+1,234.5" },
  /* Large and tiny. */
  { 1e15, 0, 0, "en", "1000000000000000" },
  { 1e15, 0, G, "en", "1,000,000,000,000,000" },
  { 1e15, 2, G, "zh_CN", "1,000,000,000,000,000.00" },
  { 1e21, 0, 0, "en", "1000000000000000000000" },
  { 123456789012345678.0, 0, G, "en", "123,456,789,012,345,680" },
  { 1e-7, 0, 0, "en", "0" },
  { 1e-7, 6, 0, "en", "0.000000" },
  { -1e-7, 6, 0, "en", "0.000000" },
  { 1e-7, 7, 0, "en", "0.0000001" },
  { 1.5e-7, 7, 0, "en", "0.0000002" },
  { -1.5e-7, 7, 0, "zh_CN", M "0.0000002" },
  { 1e-7, 2, C, "zh_CN", "0.00" },
  { 5e-324, 3, 0, "en", "0.000" },
  /* Compact, zh_CN: from 10 000, three significant digits, integer part
   * whole, zeros trimmed. */
  { 12000, 0, C, "zh_CN", "1.2万" },
  { 613000000, 0, C, "zh_CN", "6.13亿" },
  { 1463000000, 0, C, "zh_CN", "14.6亿" },
  { 1.5e8, 0, C, "zh_CN", "1.5亿" },
  { 20000, 0, C, "zh_CN", "2万" },
  { 12345, 0, C, "zh_CN", "1.23万" },
  { 12355, 0, C, "zh_CN", "1.24万" },
  { 123456, 2, C, "zh_CN", "12.3万" },
  { 1234567, 0, C, "zh_CN", "123万" },
  { 12345678, 0, C, "zh_CN", "1,235万" },
  { 9999, 0, C, "zh_CN", "9,999" },
  { 9999.4, 0, C, "zh_CN", "9,999" },
  { 10000, 0, C, "zh_CN", "1万" },
  { 9999.5, 0, C, "zh_CN", "1万" },
  { 9999.96, 1, C, "zh_CN", "1万" },
  { 9999.94, 1, C, "zh_CN", "9,999.9" },
  { 9999.96, 2, C, "zh_CN", "9,999.96" },
  { 99949999, 0, C, "zh_CN", "9,995万" },
  { 99994999, 0, C, "zh_CN", "9,999万" },
  { 99995000, 0, C, "zh_CN", "1亿" },
  { 99999999, 0, C, "zh_CN", "1亿" },
  { 100000000, 0, C, "zh_CN", "1亿" },
  { 100500000, 0, C, "zh_CN", "1.01亿" },
  { 1e12, 0, C, "zh_CN", "1万亿" },
  { 999999999999, 0, C, "zh_CN", "1万亿" },
  { 1.26e14, 0, C, "zh_CN", "126万亿" },
  { 1e15, 0, C, "zh_CN", "1,000万亿" },
  { -12000, 0, C, "zh_CN", M "1.2万" },
  { -12000, 0, C | A, "zh_CN", "-1.2万" },
  { 12000, 0, C | S, "zh_CN", "+1.2万" },
  { 1234.5, 1, C, "zh_CN", "1,234.5" },
  /* Compact, zh_TW. */
  { 12000, 0, C, "zh_TW", "1.2萬" },
  { 613000000, 0, C, "zh_TW", "6.13億" },
  { 99999999, 0, C, "zh_TW", "1億" },
  { 1e12, 0, C, "zh_TW", "1兆" },
  { 9999, 0, C, "zh_TW", "9,999" },
  /* Compact, en: from one million. */
  { 12000, 0, C, "en", "12,000" },
  { 12000.5, 1, C, "en", "12,000.5" },
  { 613000000, 0, C, "en", "613 million" },
  { 1463000000, 0, C, "en", "1.46 billion" },
  { 999999, 0, C, "en", "999,999" },
  { 999999.6, 0, C, "en", "1 million" },
  { 1000000, 0, C, "en", "1 million" },
  { 1234567, 0, C, "en", "1.23 million" },
  { 999499999, 0, C, "en", "999 million" },
  { 999500000, 0, C, "en", "1 billion" },
  { 2.5e12, 0, C, "en", "2.5 trillion" },
  { 1e15, 0, C, "en", "1,000 trillion" },
  { -613000000, 0, C | S, "en", M "613 million" },
  /* POSIX locale names. */
  { 12000, 0, C, "zh_CN.UTF-8", "1.2万" },
  { 12000, 0, C, "zh_SG", "1.2万" },
  { 12000, 0, C, "zh_HK", "1.2萬" },
  { 12000, 0, C, "zh_MO.UTF-8", "1.2萬" },
  { 12000, 0, C, "zh_TW.UTF-8", "1.2萬" },
  { 613000000, 0, C, "C", "613 million" },
  { 613000000, 0, C, "POSIX", "613 million" },
  { 613000000, 0, C, "C.UTF-8", "613 million" },
  { 613000000, 0, C, "en_GB.UTF-8", "613 million" },
  { 613000000, 0, C, "fr_FR", "613 million" },
  { 12345.6, 1, G, "fr_FR.UTF-8", "12,345.6" },
  { 12345.6, 1, G, "de_DE@euro", "12,345.6" },
  /* No value. */
  { NAN, 1, 0, "en", D },
  { NAN, 1, 0, "zh_CN", D },
  { NAN, 1, C | S, "zh_TW", D },
  { INFINITY, 0, 0, "en", D },
  { -INFINITY, 0, G, "zh_CN", D },
};

static void
test_number (gconstpointer data)
{
  const NumberCase *c = data;
  g_autofree char *text = qs_format_number (c->value, c->decimals, c->flags, c->locale);

  g_assert_cmpstr (text, ==, c->expected);
}

/* The decimal k / 10^d, and the tie (2k + 1) / (2 × 10^d) just above it,
 * for random k: with no more than 15 significant digits either reads back
 * as written, so the output is known from k alone. */
static char *
expected_from_integer (gint64 k,
                       int    decimals)
{
  gint64 scale = 1;
  gint64 magnitude = k < 0 ? -k : k;

  for (int i = 0; i < decimals; i++)
    scale *= 10;
  if (decimals == 0)
    return g_strdup_printf ("%s%" G_GINT64_FORMAT, k < 0 ? "-" : "", magnitude);
  return g_strdup_printf ("%s%" G_GINT64_FORMAT ".%0*" G_GINT64_FORMAT,
                          k < 0 ? "-" : "", magnitude / scale, decimals,
                          magnitude % scale);
}

static void
test_number_random (void)
{
  g_autoptr (GRand) rand = g_rand_new_with_seed (20250305);

  for (guint i = 0; i < 20000; i++)
    {
      int decimals = g_rand_int_range (rand, 0, 7);
      gint64 k = (gint64) g_rand_double_range (rand, -1e12, 1e12);
      double scale = pow (10, decimals);
      g_autofree char *plain = qs_format_number (k / scale, decimals, A, "en");
      g_autofree char *tie = qs_format_number ((2.0 * k + (k < 0 ? -1 : 1)) / (2 * scale),
                                               decimals, A, "en");
      g_autofree char *want_plain = NULL;
      g_autofree char *want_tie = NULL;

      if (k == 0)
        continue;
      want_plain = expected_from_integer (k, decimals);
      /* Ties go away from zero. */
      want_tie = expected_from_integer (k < 0 ? k - 1 : k + 1, decimals);
      g_assert_cmpstr (plain, ==, want_plain);
      g_assert_cmpstr (tie, ==, want_tie);
    }
}

/* ---------------------------------------------------------------------- */
/* Values and units                                                       */

typedef struct
{
  double        value;
  int           decimals;
  QsUnit        unit;
  const char   *label;
  QsFormatFlags flags;
  const char   *locale;
  const char   *expected;
} ValueCase;

static const ValueCase value_cases[] = {
  { 27.4, 1, QS_UNIT_UG_M3, NULL, 0, "en", "27.4 µg/m³" },
  { 27.4, 1, QS_UNIT_UG_M3, NULL, 0, "zh_CN", "27.4 µg/m³" },
  { 27.4, 1, QS_UNIT_UG_M3, NULL, 0, "zh_TW", "27.4 µg/m³" },
  { 0.8, 2, QS_UNIT_MG_M3, NULL, 0, "zh_CN", "0.80 mg/m³" },
  { 1.2, 1, QS_UNIT_MG_L, NULL, 0, "en", "1.2 mg/L" },
  { 95.5, 1, QS_UNIT_PERCENT, NULL, 0, "en", "95.5%" },
  { 95.5, 1, QS_UNIT_PERCENT, NULL, 0, "zh_CN", "95.5%" },
  { 95.5, 1, QS_UNIT_PERCENT, NULL, 0, "zh_TW", "95.5%" },
  { -3.2, 1, QS_UNIT_PERCENT, NULL, S, "en", M "3.2%" },
  { 3.2, 1, QS_UNIT_PERCENT, NULL, S, "zh_CN", "+3.2%" },
  { 11, 0, QS_UNIT_COUNT, "个", 0, "zh_CN", "11个" },
  { 12, 0, QS_UNIT_COUNT, "件", 0, "zh_TW", "12件" },
  { 11, 0, QS_UNIT_COUNT, "cities", 0, "en", "11 cities" },
  { 11, 0, QS_UNIT_COUNT, NULL, 0, "en", "11" },
  { 11, 0, QS_UNIT_COUNT, "", 0, "zh_CN", "11" },
  { 12345, 0, QS_UNIT_COUNT, "个", G, "zh_CN", "12,345个" },
  { 1.5, 1, QS_UNIT_DIMENSIONLESS, NULL, 0, "en", "1.5" },
  { 3.5, 1, QS_UNIT_TONNE, NULL, 0, "zh_CN", "3.5吨" },
  { 3.5, 1, QS_UNIT_TONNE, NULL, 0, "zh_TW", "3.5公噸" },
  { 3.5, 1, QS_UNIT_TONNE, NULL, 0, "en", "3.5 t" },
  { 120000, 0, QS_UNIT_TONNE, NULL, C, "zh_CN", "12万吨" },
  { 613000000, 0, QS_UNIT_YUAN, NULL, C, "zh_CN", "6.13亿元" },
  { 613000000, 0, QS_UNIT_YUAN, NULL, C, "zh_TW", "6.13億元" },
  { 613000000, 0, QS_UNIT_YUAN, NULL, C, "en", "613 million yuan" },
  { 12, 0, QS_UNIT_DAY, NULL, 0, "zh_CN", "12天" },
  { 12, 0, QS_UNIT_DAY, NULL, 0, "en", "12 days" },
  { 1, 0, QS_UNIT_DAY, NULL, 0, "en", "1 day" },
  { 1, 0, QS_UNIT_DAY, NULL, S, "en", "+1 day" },
  { -1, 0, QS_UNIT_DAY, NULL, 0, "en", M "1 day" },
  { 1, 1, QS_UNIT_DAY, NULL, 0, "en", "1.0 days" },
  { 0, 0, QS_UNIT_DAY, NULL, 0, "en", "0 days" },
  { 1, 0, QS_UNIT_DAY, "day of rain", 0, "en", "1 day of rain" },
  { 1, 0, QS_UNIT_DAY, NULL, 0, "zh_TW", "1天" },
  { 27.4, 1, QS_UNIT_UG_M3, NULL, 0, "zh_CN.UTF-8", "27.4 µg/m³" },
  { 3.5, 1, QS_UNIT_TONNE, NULL, 0, "zh_HK", "3.5公噸" },
  { 3.5, 1, QS_UNIT_TONNE, NULL, 0, "C", "3.5 t" },
  { 3.5, 1, QS_UNIT_TONNE, NULL, 0, "fr_FR", "3.5 t" },
  { NAN, 1, QS_UNIT_UG_M3, NULL, 0, "zh_CN", D },
  { INFINITY, 1, QS_UNIT_PERCENT, NULL, 0, "en", D },
  { NAN, 0, QS_UNIT_COUNT, "个", 0, "zh_TW", D },
};

static void
test_value (gconstpointer data)
{
  const ValueCase *c = data;
  g_autofree char *text = qs_format_value (c->value, c->decimals, c->unit, c->label,
                                           c->flags, c->locale);

  g_assert_cmpstr (text, ==, c->expected);
}

typedef struct
{
  QsUnit      unit;
  const char *en;
  const char *zh_cn;
  const char *zh_tw;
} SymbolCase;

static const SymbolCase symbol_cases[] = {
  { QS_UNIT_PERCENT, "%", "%", "%" },
  { QS_UNIT_UG_M3, "µg/m³", "µg/m³", "µg/m³" },
  { QS_UNIT_MG_M3, "mg/m³", "mg/m³", "mg/m³" },
  { QS_UNIT_MG_L, "mg/L", "mg/L", "mg/L" },
  { QS_UNIT_TONNE, "t", "吨", "公噸" },
  { QS_UNIT_YUAN, "yuan", "元", "元" },
  { QS_UNIT_DAY, "days", "天", "天" },
  { QS_UNIT_COUNT, "", "", "" },
  { QS_UNIT_DIMENSIONLESS, "", "", "" },
  { (QsUnit) 99, "", "", "" },
};

static void
test_unit_symbol (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (symbol_cases); i++)
    {
      const SymbolCase *c = &symbol_cases[i];

      g_assert_cmpstr (qs_format_unit_symbol (c->unit, "en"), ==, c->en);
      g_assert_cmpstr (qs_format_unit_symbol (c->unit, "C"), ==, c->en);
      g_assert_cmpstr (qs_format_unit_symbol (c->unit, "fr_FR.UTF-8"), ==, c->en);
      g_assert_cmpstr (qs_format_unit_symbol (c->unit, "zh_CN"), ==, c->zh_cn);
      g_assert_cmpstr (qs_format_unit_symbol (c->unit, "zh_CN.UTF-8"), ==, c->zh_cn);
      g_assert_cmpstr (qs_format_unit_symbol (c->unit, "zh_TW"), ==, c->zh_tw);
      g_assert_cmpstr (qs_format_unit_symbol (c->unit, "zh_HK"), ==, c->zh_tw);
    }
  /* The micro sign U+00B5, as in the dataset keywords' symbols. */
  g_assert_cmpstr (qs_format_unit_symbol (QS_UNIT_UG_M3, "en"), ==, "\xc2\xb5g/m\xc2\xb3");
}

/* ---------------------------------------------------------------------- */
/* Periods                                                                */

typedef struct
{
  QsResolution  resolution;
  const char   *period;  /* canonical form, as in datasets */
  QsPeriodStyle style;
  const char   *locale;
  const char   *expected;
} PeriodCase;

#define Y QS_RESOLUTION_YEAR
#define Q QS_RESOLUTION_QUARTER
#define MO QS_RESOLUTION_MONTH
#define DY QS_RESOLUTION_DAY
#define H QS_RESOLUTION_HOUR
#define FULL QS_PERIOD_STYLE_FULL
#define SHORT QS_PERIOD_STYLE_SHORT
#define CONTEXT QS_PERIOD_STYLE_CONTEXT

static const PeriodCase period_cases[] = {
  { Y, "2025", FULL, "zh_CN", "2025年" },
  { Y, "2025", FULL, "zh_TW", "2025年" },
  { Y, "2025", FULL, "en", "2025" },
  { Y, "2025", SHORT, "zh_CN", "2025年" },
  { Y, "2025", SHORT, "en", "2025" },
  { Y, "2025", CONTEXT, "zh_TW", "2025年" },
  { Y, "2025", CONTEXT, "en", "2025" },
  { Y, "1900", FULL, "en", "1900" },

  { Q, "2025-Q1", FULL, "zh_CN", "2025年第一季度" },
  { Q, "2025-Q1", FULL, "zh_TW", "2025年第一季" },
  { Q, "2025-Q1", FULL, "en", "Q1 2025" },
  { Q, "2025-Q2", FULL, "zh_CN", "2025年第二季度" },
  { Q, "2025-Q3", FULL, "zh_TW", "2025年第三季" },
  { Q, "2024-Q4", FULL, "zh_CN", "2024年第四季度" },
  { Q, "2024-Q4", FULL, "en", "Q4 2024" },
  { Q, "2025-Q1", SHORT, "zh_CN", "一季度" },
  { Q, "2025-Q1", SHORT, "zh_TW", "第一季" },
  { Q, "2025-Q4", SHORT, "en", "Q4" },
  { Q, "2025-Q1", CONTEXT, "zh_CN", "一季度\n2025年" },
  { Q, "2025-Q1", CONTEXT, "zh_TW", "第一季\n2025年" },
  { Q, "2025-Q1", CONTEXT, "en", "Q1\n2025" },

  { MO, "2025-03", FULL, "zh_CN", "2025年3月" },
  { MO, "2025-03", FULL, "zh_TW", "2025年3月" },
  { MO, "2025-03", FULL, "en", "Mar 2025" },
  { MO, "2024-12", FULL, "zh_CN", "2024年12月" },
  { MO, "2024-12", FULL, "en", "Dec 2024" },
  { MO, "2025-01", FULL, "en", "Jan 2025" },
  { MO, "2025-09", FULL, "en", "Sep 2025" },
  { MO, "2025-03", SHORT, "zh_CN", "3月" },
  { MO, "2025-03", SHORT, "zh_TW", "3月" },
  { MO, "2025-03", SHORT, "en", "Mar" },
  { MO, "2025-01", CONTEXT, "zh_CN", "1月\n2025年" },
  { MO, "2025-01", CONTEXT, "en", "Jan\n2025" },

  { DY, "2025-03-05", FULL, "zh_CN", "2025年3月5日" },
  { DY, "2025-03-05", FULL, "zh_TW", "2025年3月5日" },
  { DY, "2025-03-05", FULL, "en", "5 Mar 2025" },
  { DY, "2025-03-05", SHORT, "zh_CN", "3月5日" },
  { DY, "2025-03-05", SHORT, "en", "5 Mar" },
  { DY, "2025-01-01", CONTEXT, "zh_CN", "1月1日\n2025年" },
  { DY, "2025-01-01", CONTEXT, "en", "1 Jan\n2025" },
  { DY, "2024-12-31", FULL, "zh_CN", "2024年12月31日" },
  { DY, "2024-12-31", FULL, "en", "31 Dec 2024" },
  { DY, "2025-01-01", FULL, "en", "1 Jan 2025" },
  { DY, "2024-02-29", FULL, "zh_CN", "2024年2月29日" },
  { DY, "2024-02-29", FULL, "en", "29 Feb 2024" },
  { DY, "2000-02-29", FULL, "en", "29 Feb 2000" },
  { DY, "2024-03-01", FULL, "zh_TW", "2024年3月1日" },
  { DY, "1900-01-01", FULL, "en", "1 Jan 1900" },
  { DY, "2200-12-31", FULL, "zh_CN", "2200年12月31日" },

  { H, "2025-03-05 14:00", FULL, "zh_CN", "2025年3月5日 14时" },
  { H, "2025-03-05 14:00", FULL, "zh_TW", "2025年3月5日 14時" },
  { H, "2025-03-05 14:00", FULL, "en", "5 Mar 2025 14:00" },
  { H, "2024-12-31 23:00", FULL, "zh_CN", "2024年12月31日 23时" },
  { H, "2024-12-31 23:00", FULL, "en", "31 Dec 2024 23:00" },
  { H, "2025-01-01 00:00", FULL, "zh_CN", "2025年1月1日 0时" },
  { H, "2025-01-01 00:00", FULL, "en", "1 Jan 2025 00:00" },
  { H, "2024-02-29 09:00", FULL, "en", "29 Feb 2024 09:00" },
  { H, "2024-02-29 09:00", FULL, "zh_TW", "2024年2月29日 9時" },
  { H, "2025-03-05 14:00", SHORT, "zh_CN", "3月5日 14时" },
  { H, "2025-03-05 14:00", SHORT, "en", "5 Mar 14:00" },
  { H, "2025-01-01 00:00", CONTEXT, "zh_CN", "1月1日 0时\n2025年" },
  { H, "2025-01-01 00:00", CONTEXT, "en", "1 Jan 00:00\n2025" },

  { MO, "2025-03", FULL, "zh_CN.UTF-8", "2025年3月" },
  { MO, "2025-03", FULL, "C", "Mar 2025" },
  { MO, "2025-03", FULL, "fr_FR", "Mar 2025" },
  { Q, "2025-Q1", FULL, "zh_HK", "2025年第一季" },
  { H, "2025-03-05 14:00", FULL, "zh_HK.UTF-8", "2025年3月5日 14時" },
};

static gint32
period_of (QsResolution resolution,
           const char  *str)
{
  gint32 period = 0;

  g_assert_true (qs_period_parse (resolution, str, &period));
  return period;
}

static void
test_period (gconstpointer data)
{
  const PeriodCase *c = data;
  g_autofree char *text = qs_format_period (c->resolution,
                                            period_of (c->resolution, c->period),
                                            c->style, c->locale);

  g_assert_cmpstr (text, ==, c->expected);
}

/* Every day of the supported years, against the canonical form. */
static void
test_period_all_days (void)
{
  static const char *const months[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun",
    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };
  guint32 first, last;

  g_assert_true (qs_date_parse ("1900-01-01", &first));
  g_assert_true (qs_date_parse ("2200-12-31", &last));
  for (guint32 jd = first; jd <= last; jd++)
    {
      g_autofree char *iso = qs_date_to_string (jd);
      g_autofree char *zh = qs_format_period (DY, (gint32) jd, FULL, "zh_CN");
      g_autofree char *en = qs_format_period (DY, (gint32) jd, FULL, "en");
      g_autofree char *zh_hour = qs_format_period (H, (gint32) jd * 24 + 23, FULL, "zh_CN");
      g_autofree char *want_zh = NULL;
      g_autofree char *want_en = NULL;
      g_autofree char *want_hour = NULL;
      int y, m, d;

      g_assert_cmpint (sscanf (iso, "%d-%d-%d", &y, &m, &d), ==, 3);
      want_zh = g_strdup_printf ("%d年%d月%d日", y, m, d);
      want_en = g_strdup_printf ("%d %s %d", d, months[m - 1], y);
      want_hour = g_strdup_printf ("%s 23时", want_zh);
      g_assert_cmpstr (zh, ==, want_zh);
      g_assert_cmpstr (en, ==, want_en);
      g_assert_cmpstr (zh_hour, ==, want_hour);
    }
}

static void
test_period_invalid (void)
{
  static const struct { QsResolution resolution; gint32 period; } cases[] = {
    { Y, 0 }, { Y, -5 }, { Y, 10000 }, { Q, -1 }, { MO, -1 },
    { DY, 0 }, { DY, -1 }, { DY, G_MAXINT32 }, { H, 0 }, { H, -1 },
    { H, G_MAXINT32 }, { (QsResolution) 42, 2025 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (QsPeriodStyle style = FULL; style <= CONTEXT; style++)
      {
        g_autofree char *text = qs_format_period (cases[i].resolution, cases[i].period,
                                                  style, "zh_CN");
        g_autofree char *range = qs_format_period_range (cases[i].resolution,
                                                         cases[i].period,
                                                         cases[i].period, "en");

        g_assert_cmpstr (text, ==, D);
        g_assert_cmpstr (range, ==, D);
      }
}

typedef struct
{
  QsResolution  resolution;
  const char   *first;
  const char   *last;
  const char   *locale;
  const char   *expected;
} RangeCase;

static const RangeCase range_cases[] = {
  { Y, "2021", "2025", "zh_CN", "2021" D "2025年" },
  { Y, "2021", "2025", "zh_TW", "2021" D "2025年" },
  { Y, "2021", "2025", "en", "2021" N "2025" },
  { Y, "2025", "2021", "en", "2021" N "2025" },
  { Y, "2025", "2025", "zh_CN", "2025年" },
  { Y, "2025", "2025", "en", "2025" },

  { Q, "2025-Q1", "2025-Q3", "zh_CN", "2025年第一至第三季度" },
  { Q, "2025-Q1", "2025-Q3", "zh_TW", "2025年第一至第三季" },
  { Q, "2025-Q1", "2025-Q3", "en", "Q1" N "Q3 2025" },
  { Q, "2024-Q3", "2025-Q2", "zh_CN", "2024年第三季度" D "2025年第二季度" },
  { Q, "2024-Q3", "2025-Q2", "en", "Q3 2024 " N " Q2 2025" },
  { Q, "2025-Q2", "2025-Q2", "zh_TW", "2025年第二季" },

  { MO, "2025-01", "2025-03", "zh_CN", "2025年1" D "3月" },
  { MO, "2025-01", "2025-03", "zh_TW", "2025年1" D "3月" },
  { MO, "2025-01", "2025-03", "en", "Jan" N "Mar 2025" },
  { MO, "2024-03", "2025-02", "zh_CN", "2024年3月" D "2025年2月" },
  { MO, "2024-03", "2025-02", "en", "Mar 2024 " N " Feb 2025" },
  { MO, "2025-03", "2025-03", "en", "Mar 2025" },

  { DY, "2025-03-05", "2025-03-09", "zh_CN", "2025年3月5" D "9日" },
  { DY, "2025-03-05", "2025-03-09", "en", "5" N "9 Mar 2025" },
  { DY, "2025-02-28", "2025-03-03", "zh_CN", "2025年2月28日" D "3月3日" },
  { DY, "2025-02-28", "2025-03-03", "en", "28 Feb " N " 3 Mar 2025" },
  { DY, "2024-12-28", "2025-01-03", "zh_TW", "2024年12月28日" D "2025年1月3日" },
  { DY, "2024-12-28", "2025-01-03", "en", "28 Dec 2024 " N " 3 Jan 2025" },
  { DY, "2024-02-28", "2024-02-29", "en", "28" N "29 Feb 2024" },

  { H, "2025-03-05 14:00", "2025-03-05 18:00", "zh_CN", "2025年3月5日 14" D "18时" },
  { H, "2025-03-05 14:00", "2025-03-05 18:00", "zh_TW", "2025年3月5日 14" D "18時" },
  { H, "2025-03-05 14:00", "2025-03-05 18:00", "en", "5 Mar 2025 14:00" N "18:00" },
  { H, "2025-03-05 22:00", "2025-03-06 02:00", "zh_CN", "2025年3月5日 22时" D "3月6日 2时" },
  { H, "2025-03-05 22:00", "2025-03-06 02:00", "en", "5 Mar 2025 22:00 " N " 6 Mar 2025 02:00" },
  { H, "2024-12-31 22:00", "2025-01-01 02:00", "zh_CN", "2024年12月31日 22时" D "2025年1月1日 2时" },
  { H, "2024-12-31 22:00", "2025-01-01 02:00", "en", "31 Dec 2024 22:00 " N " 1 Jan 2025 02:00" },

  { Y, "2021", "2025", "zh_CN.UTF-8", "2021" D "2025年" },
  { Y, "2021", "2025", "C", "2021" N "2025" },
  { Q, "2025-Q1", "2025-Q3", "zh_HK", "2025年第一至第三季" },
  { MO, "2025-01", "2025-03", "fr_FR", "Jan" N "Mar 2025" },
};

static void
test_range (gconstpointer data)
{
  const RangeCase *c = data;
  g_autofree char *text = qs_format_period_range (c->resolution,
                                                  period_of (c->resolution, c->first),
                                                  period_of (c->resolution, c->last),
                                                  c->locale);

  g_assert_cmpstr (text, ==, c->expected);
}

/* ---------------------------------------------------------------------- */
/* Changes                                                                */

typedef struct
{
  double      change;
  gboolean    in_points;
  int         decimals;
  const char *locale;
  const char *expected;
} ChangeCase;

static const ChangeCase change_cases[] = {
  { 1.2, TRUE, 1, "zh_CN", "提高1.2个百分点" },
  { 1.2, TRUE, 1, "zh_TW", "提高1.2個百分點" },
  { 1.2, TRUE, 1, "en", "up 1.2 percentage points" },
  { -0.5, TRUE, 1, "zh_CN", "下降0.5个百分点" },
  { -0.5, TRUE, 1, "zh_TW", "下降0.5個百分點" },
  { -0.5, TRUE, 1, "en", "down 0.5 percentage points" },
  { 1.5, FALSE, 1, "zh_CN", "上升1.5%" },
  { 1.5, FALSE, 1, "zh_TW", "上升1.5%" },
  { 1.5, FALSE, 1, "en", "up 1.5%" },
  { -1.5, FALSE, 1, "zh_CN", "下降1.5%" },
  { -1.5, FALSE, 1, "zh_TW", "下降1.5%" },
  { -1.5, FALSE, 1, "en", "down 1.5%" },
  { 0, FALSE, 1, "zh_CN", "持平" },
  { 0, TRUE, 1, "zh_TW", "持平" },
  { 0, FALSE, 1, "en", "unchanged" },
  { -0.0, TRUE, 1, "en", "unchanged" },
  { 0.04, FALSE, 1, "zh_CN", "持平" },
  { -0.04, TRUE, 1, "en", "unchanged" },
  { 0.05, FALSE, 1, "en", "up 0.1%" },
  { 1, TRUE, 0, "en", "up 1 percentage point" },
  { -1, TRUE, 0, "en", "down 1 percentage point" },
  { 1, TRUE, 1, "en", "up 1.0 percentage points" },
  { 0.125, FALSE, 2, "zh_CN", "上升0.13%" },
  { -12.345, FALSE, 2, "en", "down 12.35%" },
  { 1234.5, FALSE, 1, "en", "up 1,234.5%" },
  { 1234.5, FALSE, 1, "zh_CN", "上升1,234.5%" },
  { 3, FALSE, 0, "zh_CN.UTF-8", "上升3%" },
  { 3, TRUE, 0, "zh_HK", "提高3個百分點" },
  { 3, FALSE, 0, "C", "up 3%" },
  { -3, FALSE, 0, "fr_FR", "down 3%" },
  { NAN, FALSE, 1, "zh_CN", D },
  { NAN, TRUE, 1, "en", D },
  { INFINITY, FALSE, 1, "zh_TW", D },
  { -INFINITY, TRUE, 1, "en", D },
};

static void
test_change (gconstpointer data)
{
  const ChangeCase *c = data;
  g_autofree char *text = qs_format_change (c->change, c->in_points, c->decimals, c->locale);

  g_assert_cmpstr (text, ==, c->expected);
}

/* ---------------------------------------------------------------------- */
/* Locales                                                                */

static void
test_default_locale (void)
{
  g_autofree char *with_null = qs_format_period (MO, 2025 * 12 + 2, FULL, NULL);
  g_autofree char *with_default = qs_format_period (MO, 2025 * 12 + 2, FULL,
                                                    qs_locale_default ());
  g_autofree char *number = qs_format_number (12000, 0, C, NULL);
  g_autofree char *number_default = qs_format_number (12000, 0, C, qs_locale_default ());

  g_assert_cmpstr (with_null, ==, with_default);
  g_assert_cmpstr (number, ==, number_default);
}

/* Runs every table once; with the process locale changed, nothing may move. */
static void
check_all_tables (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (number_cases); i++)
    test_number (&number_cases[i]);
  for (guint i = 0; i < G_N_ELEMENTS (value_cases); i++)
    test_value (&value_cases[i]);
  test_unit_symbol ();
  for (guint i = 0; i < G_N_ELEMENTS (period_cases); i++)
    test_period (&period_cases[i]);
  for (guint i = 0; i < G_N_ELEMENTS (range_cases); i++)
    test_range (&range_cases[i]);
  for (guint i = 0; i < G_N_ELEMENTS (change_cases); i++)
    test_change (&change_cases[i]);
}

static void
test_process_locale (void)
{
  /* Locales whose decimal separator is a comma and whose month names and
   * digit grouping differ from the built-in tables. */
  static const char *const candidates[] = {
    "de_DE.UTF-8", "de_DE.utf8", "fr_FR.UTF-8", "ru_RU.UTF-8", "es_ES.UTF-8",
  };
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  const char *set = NULL;
  char probe[32];

  for (guint i = 0; i < G_N_ELEMENTS (candidates) && set == NULL; i++)
    set = setlocale (LC_ALL, candidates[i]);
  if (set == NULL)
    {
      g_test_skip ("no locale with a comma decimal separator is installed");
      return;
    }

  /* The locale really is in effect for libc... */
  g_snprintf (probe, sizeof probe, "%.1f", 1.5);
  g_assert_cmpstr (probe, ==, "1,5");
  /* ...and not for the formatter. */
  check_all_tables ();

  setlocale (LC_ALL, saved);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (number_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/format/number/%u", i);
      g_test_add_data_func (path, &number_cases[i], test_number);
    }
  g_test_add_func ("/format/number/random", test_number_random);
  for (guint i = 0; i < G_N_ELEMENTS (value_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/format/value/%u", i);
      g_test_add_data_func (path, &value_cases[i], test_value);
    }
  g_test_add_func ("/format/unit-symbol", test_unit_symbol);
  for (guint i = 0; i < G_N_ELEMENTS (period_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/format/period/%u", i);
      g_test_add_data_func (path, &period_cases[i], test_period);
    }
  g_test_add_func ("/format/period/all-days", test_period_all_days);
  g_test_add_func ("/format/period/invalid", test_period_invalid);
  for (guint i = 0; i < G_N_ELEMENTS (range_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/format/range/%u", i);
      g_test_add_data_func (path, &range_cases[i], test_range);
    }
  for (guint i = 0; i < G_N_ELEMENTS (change_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/format/change/%u", i);
      g_test_add_data_func (path, &change_cases[i], test_change);
    }
  g_test_add_func ("/format/locale/default", test_default_locale);
  g_test_add_func ("/format/locale/process", test_process_locale);

  return g_test_run ();
}

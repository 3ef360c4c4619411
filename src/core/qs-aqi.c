/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "qs-text.h"

#include "qs-aqi.h"

/* ---------------------------------------------------------------------- */
/* Breakpoint tables (HJ 633-2012 Table 1, HJ 633-2026 Table 3)            */

/*
 * A column of breakpoints in reporting steps: µg/m³, and tenths of mg/m³
 * for CO, so that every concentration at reporting precision is an
 * integer. Breakpoint i has the IAQI levels[i]; columns that stop early
 * (O3-8h at 300, SO2-1h at 200) have fewer breakpoints.
 */
typedef struct
{
  guint  n;
  gint32 bp[8];
} Column;

static const int levels[8] = { 0, 50, 100, 150, 200, 300, 400, 500 };

static const Column col_so2_24h = { 8, { 0, 50, 150, 475, 800, 1600, 2100, 2620 } };
static const Column col_so2_1h = { 5, { 0, 150, 500, 650, 800 } };
static const Column col_no2_24h = { 8, { 0, 40, 80, 180, 280, 565, 750, 940 } };
static const Column col_no2_1h = { 8, { 0, 100, 200, 700, 1200, 2340, 3090, 3840 } };
static const Column col_pm10_2012 = { 8, { 0, 50, 150, 250, 350, 420, 500, 600 } };
static const Column col_pm10_2026 = { 8, { 0, 50, 120, 250, 350, 420, 500, 600 } };
static const Column col_co_24h = { 8, { 0, 20, 40, 140, 240, 360, 480, 600 } };
static const Column col_co_1h = { 8, { 0, 50, 100, 350, 600, 900, 1200, 1500 } };
static const Column col_o3_1h = { 8, { 0, 160, 200, 300, 400, 800, 1000, 1200 } };
static const Column col_o3_8h = { 6, { 0, 100, 160, 215, 265, 800 } };
static const Column col_pm25_2012 = { 8, { 0, 35, 75, 115, 150, 250, 350, 500 } };
static const Column col_pm25_2026 = { 8, { 0, 35, 60, 115, 150, 250, 350, 500 } };

/* Returned by column_iaqi() for a concentration above the last breakpoint,
 * where each caller applies its own rule. */
#define ABOVE_TABLE (-2)

/*
 * The IAQI of @c (≥ 0, in reporting steps), rounded up. Segments share
 * their end points (HJ 633 is not laid out like US-EPA's "previous + 1"),
 * so the lowest segment whose upper breakpoint is ≥ @c is used: PM2.5 35
 * is the top of 0–50. Both segments give the same IAQI at a shared point;
 * the rule only makes the choice deterministic. Integer arithmetic only:
 * in binary floating point CO 2.2 gives 55.000000000000004 and the
 * ceiling makes it 56.
 */
static int
column_iaqi (const Column *col,
             gint64        c)
{
  for (guint i = 1; i < col->n; i++)
    if (c <= col->bp[i])
      {
        gint64 num = (gint64) (levels[i] - levels[i - 1]) * (c - col->bp[i - 1]);
        gint64 den = col->bp[i] - col->bp[i - 1];

        /* num ≥ 0 and den > 0, so this is the ceiling of num / den. */
        return levels[i - 1] + (int) ((num + den - 1) / den);
      }
  return ABOVE_TABLE;
}

/* ---------------------------------------------------------------------- */
/* Rule set by date                                                        */

static guint32
first_day_of_2026_rules (void)
{
  static gsize cached;

  if (g_once_init_enter (&cached))
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, G_DATE_MARCH, 2026);
      g_once_init_leave (&cached, g_date_get_julian (&date));
    }
  return (guint32) cached;
}

/**
 * qs_aqi_rules_for_day:
 * @julian_day: the day of the observation (GDate Julian day number)
 *
 * HJ 633-2026 replaced HJ 633-2012 on 2026-03-01. Observations are always
 * evaluated with the rules of their own date, never recomputed with the
 * newer table.
 *
 * Returns: the AQI rule set in force on @julian_day
 */
QsAqiRules
qs_aqi_rules_for_day (guint32 julian_day)
{
  return julian_day >= first_day_of_2026_rules () ? QS_AQI_RULES_2026
                                                  : QS_AQI_RULES_2012;
}

/* ---------------------------------------------------------------------- */
/* Decimal rounding (GB/T 8170)                                            */

static const guint64 pow10_u64[] = {
  G_GUINT64_CONSTANT (1),
  G_GUINT64_CONSTANT (10),
  G_GUINT64_CONSTANT (100),
  G_GUINT64_CONSTANT (1000),
  G_GUINT64_CONSTANT (10000),
  G_GUINT64_CONSTANT (100000),
  G_GUINT64_CONSTANT (1000000),
  G_GUINT64_CONSTANT (10000000),
  G_GUINT64_CONSTANT (100000000),
  G_GUINT64_CONSTANT (1000000000),
  G_GUINT64_CONSTANT (10000000000),
  G_GUINT64_CONSTANT (100000000000),
  G_GUINT64_CONSTANT (1000000000000),
  G_GUINT64_CONSTANT (10000000000000),
  G_GUINT64_CONSTANT (100000000000000),
  G_GUINT64_CONSTANT (1000000000000000),
  G_GUINT64_CONSTANT (10000000000000000),
  G_GUINT64_CONSTANT (100000000000000000),
  G_GUINT64_CONSTANT (1000000000000000000),
};

static const double pow10_double[] = { 1, 10, 100, 1000, 10000, 100000, 1000000 };

/**
 * qs_decimal_round_half_even:
 * @value: a finite number
 * @decimals: digits to keep after the decimal point
 * @scaled: (out): the rounded value times 10^@decimals
 *
 * Rounds @value by GB/T 8170 ("4 down, 6 up, exact 5 → even kept digit") on
 * its decimal form: the shortest of 15, 16 or 17 significant digits that
 * reads back as the same double, which is the number as it was written in
 * the data. Rounding the binary value instead would take 2.15 (stored as
 * 2.14999…) down to 2.1; here it is an exact 5 and gives 2.2.
 *
 * Returns: %FALSE when @value is not finite or the result does not fit
 */
gboolean
qs_decimal_round_half_even (double  value,
                            guint   decimals,
                            gint64 *scaled)
{
  static const char *const formats[] = { "%.14e", "%.15e", "%.16e" };
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double magnitude;
  guint64 mantissa = 0, q;
  int n_digits = 0;
  gint64 exponent, shift;
  const char *p;

  if (!isfinite (value) || decimals > 18)
    return FALSE;
  magnitude = fabs (value);

  /* Fast path: away from a tie (…5 at the first dropped digit) binary noise
   * cannot change the result, so plain rounding is exact. Only values within
   * a hair of a tie take the decimal route below. */
  if (decimals <= 6 && magnitude < 1e9)
    {
      double r = magnitude * pow10_double[decimals];
      double fraction = r - floor (r);
      if (fabs (fraction - 0.5) > 1e-6)
        {
          gint64 q64 = (gint64) floor (r) + (fraction > 0.5);
          *scaled = value < 0 ? -q64 : q64;
          return TRUE;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_ascii_formatd (buf, sizeof buf, formats[i], magnitude);
      if (g_ascii_strtod (buf, NULL) == magnitude)
        break;
    }

  /* buf is d.ddd…e±xx, at most 17 digits: they fit a guint64. */
  for (p = buf; *p != 'e' && *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      {
        mantissa = mantissa * 10 + (guint64) (*p - '0');
        n_digits++;
      }
  exponent = *p == 'e' ? g_ascii_strtoll (p + 1, NULL, 10) : 0;

  /* magnitude = mantissa × 10^(exponent − n_digits + 1); the result is
   * mantissa × 10^shift, rounded. */
  shift = exponent - (n_digits - 1) + (gint64) decimals;
  if (shift >= 0)
    {
      if (shift >= (gint64) G_N_ELEMENTS (pow10_u64) ||
          mantissa > (guint64) G_MAXINT64 / pow10_u64[shift])
        return FALSE;
      q = mantissa * pow10_u64[shift];
    }
  else if (-shift >= (gint64) G_N_ELEMENTS (pow10_u64))
    {
      /* Every digit is dropped and the first of them is 0. */
      q = 0;
    }
  else
    {
      guint64 unit = pow10_u64[-shift];
      guint64 rest = mantissa % unit;
      guint64 half = unit / 2;

      q = mantissa / unit;
      if (rest > half || (rest == half && (q & 1) != 0))
        q++;
    }

  if (q > (guint64) G_MAXINT64)
    return FALSE;
  *scaled = value < 0 ? -(gint64) q : (gint64) q;
  return TRUE;
}

/* Far above every table; larger values are clamped here so that rounding
 * cannot overflow and the cap and special rules still apply. */
#define HUGE_CONCENTRATION 1e9

/**
 * qs_aqi_round_concentration:
 * @pollutant: the pollutant
 * @value: a concentration, µg/m³ (CO mg/m³)
 * @steps: (out): @value at reporting precision, in µg/m³ (CO 0.1 mg/m³)
 *
 * Rounds a concentration to the precision it is reported and evaluated at
 * (HJ 633-2026 §4.2.2, via HJ 663 and GB/T 8170): integer µg/m³, CO to
 * one decimal of mg/m³, so CO 2.15 is 22 tenths.
 *
 * Returns: %FALSE for a missing or invalid value (NaN, infinite, or
 *   negative after rounding), which is then treated as missing
 */
gboolean
qs_aqi_round_concentration (QsPollutant  pollutant,
                            double       value,
                            gint64      *steps)
{
  guint decimals = pollutant == QS_POLLUTANT_CO ? 1 : 0;
  gint64 r;

  if (!isfinite (value))
    return FALSE;
  if (value > HUGE_CONCENTRATION)
    value = HUGE_CONCENTRATION;
  if (!qs_decimal_round_half_even (value, decimals, &r) || r < 0)
    return FALSE;
  *steps = r;
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Sub-indices                                                             */

typedef enum {
  REPORT_DAILY,
  REPORT_HOURLY,
} Report;

/* The indicators of a report (HJ 633-2012 §5, HJ 633-2026 §4.1–4.2). */
static guint
indicators_of (QsAqiRules rules,
               Report     report)
{
  guint all = (1u << QS_N_POLLUTANTS) - 1;

  if (rules == QS_AQI_RULES_2012)
    return all;
  /* 2026: no O3 1-h in the daily report; the real-time report has the
   * 1-h O3 and no O3 8-h. */
  if (report == REPORT_DAILY)
    return all & ~(1u << QS_POLLUTANT_O3_1H);
  return all & ~(1u << QS_POLLUTANT_O3_8H);
}

/*
 * The sub-index of one indicator, -1 when a rule suppresses it. @steps is
 * at reporting precision. @so2_24h_iaqi is only used by the 2012 hourly
 * SO2 rule.
 */
static int
indicator_iaqi (QsAqiRules  rules,
                Report      report,
                QsPollutant pollutant,
                gint64      steps,
                int         so2_24h_iaqi)
{
  gboolean r2026 = rules == QS_AQI_RULES_2026;
  const Column *col = NULL;
  int iaqi;

  switch (pollutant)
    {
    case QS_POLLUTANT_PM25:
      col = r2026 ? &col_pm25_2026 : &col_pm25_2012;
      break;
    case QS_POLLUTANT_PM10:
      col = r2026 ? &col_pm10_2026 : &col_pm10_2012;
      break;
    case QS_POLLUTANT_SO2:
      col = report == REPORT_DAILY ? &col_so2_24h : &col_so2_1h;
      break;
    case QS_POLLUTANT_NO2:
      col = report == REPORT_DAILY ? &col_no2_24h : &col_no2_1h;
      break;
    case QS_POLLUTANT_CO:
      col = report == REPORT_DAILY ? &col_co_24h : &col_co_1h;
      break;
    case QS_POLLUTANT_O3_8H:
      col = &col_o3_8h;
      break;
    case QS_POLLUTANT_O3_1H:
      col = &col_o3_1h;
      break;
    case QS_N_POLLUTANTS:
    default:
      g_return_val_if_reached (-1);
    }

  iaqi = column_iaqi (col, steps);
  if (iaqi != ABOVE_TABLE)
    return iaqi;

  /* Table 1 note 3 (2012) / Table 3 note (2026): O3-8h above 800 has no
   * IAQI in 2012 (O3 is reported through its 1-h IAQI) and 300 in 2026. */
  if (pollutant == QS_POLLUTANT_O3_8H)
    return r2026 ? 300 : -1;
  /* SO2-1h above 800: 2012 reports SO2 through its 24-h IAQI, 2026 sets 200. */
  if (col == &col_so2_1h)
    return r2026 ? 200 : so2_24h_iaqi;
  /* Neither version defines an IAQI above 500 and HJ 633-2026 §4.1.1 gives
   * the range of the AQI as 1–500: cap instead of failing the whole AQI. */
  return QS_AQI_MAX;
}

/**
 * qs_aqi_daily_iaqi:
 * @rules: the rule set
 * @pollutant: an indicator of the daily report
 * @concentration: its daily value (24-h mean; O3 daily maximum 8-h or 1-h
 *   mean), µg/m³ or CO mg/m³; NaN when missing
 *
 * Uses the 24-h columns for SO2, NO2 and CO: the 1-h breakpoints are for
 * the real-time report only.
 *
 * Returns: the IAQI, or -1 when missing, invalid, suppressed (O3-8h > 800
 *   in 2012) or not an indicator of the report (O3-1h in 2026)
 */
int
qs_aqi_daily_iaqi (QsAqiRules  rules,
                   QsPollutant pollutant,
                   double      concentration)
{
  gint64 steps;

  g_return_val_if_fail (pollutant < QS_N_POLLUTANTS, -1);

  if ((indicators_of (rules, REPORT_DAILY) & (1u << pollutant)) == 0 ||
      !qs_aqi_round_concentration (pollutant, concentration, &steps))
    return -1;
  return indicator_iaqi (rules, REPORT_DAILY, pollutant, steps, -1);
}

/* ---------------------------------------------------------------------- */
/* AQI                                                                     */

static void
compute (QsAqiRules    rules,
         Report        report,
         const double  c[QS_N_POLLUTANTS],
         double        so2_24h,
         QsAqiResult  *out)
{
  guint indicators = indicators_of (rules, report);
  gboolean missing = FALSE;
  int so2_24h_iaqi = -1;
  gint64 steps;

  memset (out, 0, sizeof *out);
  out->rules = rules;
  out->aqi = -1;
  out->category = -1;

  if (report == REPORT_HOURLY &&
      qs_aqi_round_concentration (QS_POLLUTANT_SO2, so2_24h, &steps))
    so2_24h_iaqi = indicator_iaqi (rules, REPORT_DAILY, QS_POLLUTANT_SO2, steps, -1);

  for (guint p = 0; p < QS_N_POLLUTANTS; p++)
    {
      out->iaqi[p] = -1;
      if ((indicators & (1u << p)) == 0)
        continue;
      if (!qs_aqi_round_concentration (p, c[p], &steps))
        {
          missing = TRUE;
          continue;
        }
      out->iaqi[p] = indicator_iaqi (rules, report, p, steps, so2_24h_iaqi);
      /* Take the maximum of the already rounded sub-indices. */
      if (out->iaqi[p] > out->aqi)
        out->aqi = out->iaqi[p];
    }

  if (out->aqi < 0)
    return;

  out->aqi_valid = TRUE;
  out->category = qs_aqi_category (out->aqi);
  /* Primary pollutants only when AQI > 50 (not "IAQI ≥ 50"); ties are all
   * listed. */
  if (out->aqi > 50)
    for (guint p = 0; p < QS_N_POLLUTANTS; p++)
      if (out->iaqi[p] == out->aqi)
        out->primary_mask |= 1u << p;

  /* HJ 633-2012 publishes the AQI of the available indicators and marks
   * the rest NA. HJ 633-2026 §5.3.1 publishes an incomplete AQI only when
   * it is above 100: a missing indicator could have raised a lower one. */
  out->published = rules == QS_AQI_RULES_2012 || !missing || out->aqi > 100;
}

/**
 * qs_aqi_daily:
 * @day: the day (GDate Julian day number); it selects the rule set
 * @concentrations: the daily values indexed by #QsPollutant, µg/m³ (CO
 *   mg/m³), NaN when missing: 24-h means, O3 daily maximum 8-h and 1-h means
 * @out: (out caller-allocates): the result
 *
 * The daily report (日报): HJ 633-2012 has seven indicators (SO2, NO2,
 * PM10, PM2.5, CO, O3-1h, O3-8h), HJ 633-2026 six (no O3-1h). The AQI is
 * the maximum of the rounded-up sub-indices. With missing indicators
 * 2012 uses the others; 2026 also computes from the others but sets
 * @out->published only when the AQI is above 100 (§5.3.1). With every
 * indicator missing there is no AQI. The exemption of 2026 §5.3.2 (an
 * indicator outside the monitoring plan that was not the primary
 * pollutant of a polluted day in three years) needs history this function
 * does not have: it is left to the caller.
 */
void
qs_aqi_daily (guint32       day,
              const double  concentrations[QS_N_POLLUTANTS],
              QsAqiResult  *out)
{
  compute (qs_aqi_rules_for_day (day), REPORT_DAILY, concentrations, NAN, out);
}

/**
 * qs_aqi_daily_with_rules:
 * @rules: the rule set
 * @concentrations: as for qs_aqi_daily()
 * @out: (out caller-allocates): the result
 *
 * qs_aqi_daily() with an explicit rule set, for comparisons of the two
 * versions. Official figures use qs_aqi_daily(), which chooses by date.
 */
void
qs_aqi_daily_with_rules (QsAqiRules    rules,
                         const double  concentrations[QS_N_POLLUTANTS],
                         QsAqiResult  *out)
{
  compute (rules, REPORT_DAILY, concentrations, NAN, out);
}

/**
 * qs_aqi_hourly:
 * @day: the day the hour belongs to; it selects the rule set
 * @concentrations: indexed by #QsPollutant, NaN when missing: SO2, NO2 and
 *   CO 1-h means, O3 1-h mean (%QS_POLLUTANT_O3_1H), O3 8-h moving mean
 *   (%QS_POLLUTANT_O3_8H, 2012 only); PM10 and PM2.5 24-h moving means for
 *   2012, 1-h means for 2026
 * @so2_24h: the SO2 24-h (moving) mean, for the 2012 rule below; NaN if
 *   not known
 * @out: (out caller-allocates): the result
 *
 * The real-time report (实时报). SO2, NO2 and CO use their 1-h columns and
 * PM the daily-mean PM columns of the rule set. SO2-1h above 800 µg/m³:
 * 2012 reports SO2 through the IAQI of @so2_24h (none when it is NaN),
 * 2026 sets the SO2 IAQI to 200. O3-8h above 800 as in qs_aqi_daily().
 * Missing indicators are handled as in qs_aqi_daily().
 */
void
qs_aqi_hourly (guint32       day,
               const double  concentrations[QS_N_POLLUTANTS],
               double        so2_24h,
               QsAqiResult  *out)
{
  compute (qs_aqi_rules_for_day (day), REPORT_HOURLY, concentrations, so2_24h, out);
}

/**
 * qs_aqi_exceeding_mask:
 * @result: a result
 *
 * The exceeding pollutants (超标污染物) of HJ 633-2012: every indicator
 * with an IAQI above 100. HJ 633-2026 deleted the concept.
 *
 * Returns: 1 << #QsPollutant for each; 0 under the 2026 rules
 */
guint
qs_aqi_exceeding_mask (const QsAqiResult *result)
{
  guint mask = 0;

  g_return_val_if_fail (result != NULL, 0);
  if (result->rules != QS_AQI_RULES_2012)
    return 0;
  for (guint p = 0; p < QS_N_POLLUTANTS; p++)
    if (result->iaqi[p] > 100)
      mask |= 1u << p;
  return mask;
}

/* ---------------------------------------------------------------------- */
/* Categories                                                              */

/**
 * qs_aqi_category:
 * @aqi: an AQI
 *
 * The AQI is an integer, so the bands of Appendix A are contiguous:
 * ≤ 50, ≤ 100, ≤ 150, ≤ 200, ≤ 300, above.
 *
 * Returns: 0 (优) to 5 (严重污染), -1 for a negative @aqi
 */
int
qs_aqi_category (int aqi)
{
  static const int tops[] = { 50, 100, 150, 200, 300 };

  if (aqi < 0)
    return -1;
  for (int i = 0; i < (int) G_N_ELEMENTS (tops); i++)
    if (aqi <= tops[i])
      return i;
  return 5;
}

static const char *const category_names[][QS_AQI_N_CATEGORIES] = {
  { "Good", "Moderate", "Lightly polluted", "Moderately polluted",
    "Heavily polluted", "Severely polluted" },
  { "优", "良", "轻度污染", "中度污染", "重度污染", "严重污染" },
  { "優", "良", "輕度污染", "中度污染", "重度污染", "嚴重污染" },
};

/**
 * qs_aqi_category_name:
 * @category: 0..5
 * @locale: (nullable): the locale to write in; %NULL for the default.
 *   zh_CN and zh_TW (also HK, MO, Hant) have the official names, every
 *   other locale English
 *
 * Returns: (nullable): the category's name, %NULL when out of range
 */
const char *
qs_aqi_category_name (int         category,
                      const char *locale)
{
  g_autofree char *norm = NULL;
  guint lang = 0;

  if (category < 0 || category >= QS_AQI_N_CATEGORIES)
    return NULL;
  norm = qs_locale_normalize (locale ? locale : qs_locale_default ());
  if (strcmp (norm, "zh_CN") == 0)
    lang = 1;
  else if (strcmp (norm, "zh_TW") == 0)
    lang = 2;
  return category_names[lang][category];
}

/**
 * qs_aqi_category_rgb:
 * @category: 0..5
 *
 * The screen colours of Appendix A (identical in 2012 and 2026): green
 * #00E400, yellow #FFFF00, orange #FF7E00, red #FF0000, purple #99004C,
 * maroon #7E0023.
 *
 * Returns: the colour as 0xRRGGBB; 0 when out of range
 */
guint32
qs_aqi_category_rgb (int category)
{
  static const guint32 rgb[QS_AQI_N_CATEGORIES] = {
    0x00E400, 0xFFFF00, 0xFF7E00, 0xFF0000, 0x99004C, 0x7E0023,
  };

  if (category < 0 || category >= QS_AQI_N_CATEGORIES)
    return 0;
  return rgb[category];
}

/**
 * qs_aqi_primary_text:
 * @mask: 1 << #QsPollutant for each pollutant
 *
 * Names the pollutants in the fixed order PM2.5;PM10;SO2;NO2;CO;O3_8h;O3_1h,
 * separated by ';'.
 *
 * Returns: (transfer full): the text; empty when @mask is 0
 */
char *
qs_aqi_primary_text (guint mask)
{
  static const char *const names[QS_N_POLLUTANTS] = {
    [QS_POLLUTANT_PM25] = "PM2.5",
    [QS_POLLUTANT_PM10] = "PM10",
    [QS_POLLUTANT_SO2] = "SO2",
    [QS_POLLUTANT_NO2] = "NO2",
    [QS_POLLUTANT_CO] = "CO",
    [QS_POLLUTANT_O3_8H] = "O3_8h",
    [QS_POLLUTANT_O3_1H] = "O3_1h",
  };
  static const QsPollutant order[QS_N_POLLUTANTS] = {
    QS_POLLUTANT_PM25, QS_POLLUTANT_PM10, QS_POLLUTANT_SO2, QS_POLLUTANT_NO2,
    QS_POLLUTANT_CO, QS_POLLUTANT_O3_8H, QS_POLLUTANT_O3_1H,
  };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (mask & (1u << order[i]))
      {
        if (out->len > 0)
          g_string_append_c (out, ';');
        g_string_append (out, names[order[i]]);
      }
  return g_string_free (out, FALSE);
}

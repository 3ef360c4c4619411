/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "qs-air-stats.h"

/* The six pollutants of the annual assessment (HJ 663), in table order. */
static const QsPollutant assessed[] = {
  QS_POLLUTANT_SO2, QS_POLLUTANT_NO2, QS_POLLUTANT_PM10,
  QS_POLLUTANT_PM25, QS_POLLUTANT_CO, QS_POLLUTANT_O3_8H,
};

/* Pollutants whose statistic is an annual mean (GB 3095 Table 4 sets a
 * minimum number of daily values for these). */
static const guint annual_mean_mask = (1u << QS_POLLUTANT_SO2) |
                                      (1u << QS_POLLUTANT_NO2) |
                                      (1u << QS_POLLUTANT_PM10) |
                                      (1u << QS_POLLUTANT_PM25);

/*
 * Grade II limits of the assessed statistics in reporting steps (µg/m³,
 * CO 0.1 mg/m³): annual limits for SO2, NO2, PM10 and PM2.5, the 24-h CO
 * limit and the 8-h O3 limit. GB 3095-2012 Table 1; GB 3095-2026 Table 1,
 * transition and final columns. -1: no annual statistic (O3-1h).
 */
static const gint64 limit_steps[][QS_N_POLLUTANTS] = {
  [QS_AIR_LIMITS_GB3095_2012] = {
    [QS_POLLUTANT_PM25] = 35, [QS_POLLUTANT_PM10] = 70,
    [QS_POLLUTANT_SO2] = 60, [QS_POLLUTANT_NO2] = 40,
    [QS_POLLUTANT_CO] = 40, [QS_POLLUTANT_O3_8H] = 160,
    [QS_POLLUTANT_O3_1H] = -1,
  },
  [QS_AIR_LIMITS_GB3095_2026_TRANSITION] = {
    [QS_POLLUTANT_PM25] = 30, [QS_POLLUTANT_PM10] = 60,
    [QS_POLLUTANT_SO2] = 60, [QS_POLLUTANT_NO2] = 40,
    [QS_POLLUTANT_CO] = 40, [QS_POLLUTANT_O3_8H] = 160,
    [QS_POLLUTANT_O3_1H] = -1,
  },
  [QS_AIR_LIMITS_GB3095_2026_FINAL] = {
    [QS_POLLUTANT_PM25] = 25, [QS_POLLUTANT_PM10] = 50,
    [QS_POLLUTANT_SO2] = 20, [QS_POLLUTANT_NO2] = 30,
    [QS_POLLUTANT_CO] = 40, [QS_POLLUTANT_O3_8H] = 160,
    [QS_POLLUTANT_O3_1H] = -1,
  },
};

static guint32
julian_of (int        year,
           GDateMonth month,
           int        day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, month, (GDateYear) year);
  return g_date_get_julian (&date);
}

/**
 * qs_air_limits_for_day:
 * @julian_day: a day
 *
 * Returns: the Grade II limits in force on @julian_day: GB 3095-2012 until
 *   2026-02-28, the GB 3095-2026 transition limits until 2030-12-31, then
 *   its final limits
 */
QsAirLimits
qs_air_limits_for_day (guint32 julian_day)
{
  if (julian_day < julian_of (2026, G_DATE_MARCH, 1))
    return QS_AIR_LIMITS_GB3095_2012;
  if (julian_day < julian_of (2031, G_DATE_JANUARY, 1))
    return QS_AIR_LIMITS_GB3095_2026_TRANSITION;
  return QS_AIR_LIMITS_GB3095_2026_FINAL;
}

/**
 * qs_air_grade2_limit:
 * @limits: a set of limits
 * @pollutant: an assessed pollutant
 *
 * Returns: the limit the annual statistic of @pollutant is compared with
 *   (annual limit; CO 24-h and O3 8-h limits for their percentiles), µg/m³
 *   or CO mg/m³; NaN for %QS_POLLUTANT_O3_1H
 */
double
qs_air_grade2_limit (QsAirLimits limits,
                     QsPollutant pollutant)
{
  gint64 steps;

  g_return_val_if_fail (limits <= QS_AIR_LIMITS_GB3095_2026_FINAL, NAN);
  g_return_val_if_fail (pollutant < QS_N_POLLUTANTS, NAN);

  steps = limit_steps[limits][pollutant];
  if (steps < 0)
    return NAN;
  return pollutant == QS_POLLUTANT_CO ? steps / 10.0 : (double) steps;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/**
 * qs_air_percentile:
 * @values: (array length=n_values): values, NaN ignored
 * @n_values: their number
 * @percent: the percentile, 0..100
 *
 * The percentile of HJ 663-2013 Appendix A as we implement it: sort the
 * n values ascending into X(1) ≤ … ≤ X(n); k = 1 + (n − 1) × p %, s the
 * integer part of k; m_p = X(s) + (X(s+1) − X(s)) × (k − s), and X(n)
 * when s = n. That is linear interpolation between closest ranks (Excel
 * PERCENTILE.INC, R type 7), not the nearest-rank method.
 * [unverified: the formula is from memory of HJ 663-2013 Appendix A; the
 * text could not be read again. Check it before publishing attainment.]
 * k − s is kept as an exact fraction of 100, so no rounding moves a rank.
 *
 * Returns: the percentile; NaN without values or for @percent > 100
 */
double
qs_air_percentile (const double *values,
                   guint         n_values,
                   guint         percent)
{
  g_autofree double *x = NULL;
  guint n = 0;
  guint64 t;
  guint s, frac;

  if (percent > 100 || n_values == 0)
    return NAN;

  x = g_new (double, n_values);
  for (guint i = 0; i < n_values; i++)
    if (!isnan (values[i]))
      x[n++] = values[i];
  if (n == 0)
    return NAN;
  qsort (x, n, sizeof *x, compare_doubles);

  /* k − 1 = (n − 1) × percent / 100: s − 1 is the 0-based index. */
  t = (guint64) (n - 1) * percent;
  s = (guint) (t / 100);
  frac = (guint) (t % 100);
  if (frac == 0 || s + 1 >= n)
    return x[s];
  return x[s] + (x[s + 1] - x[s]) * frac / 100.0;
}

/* Daily values below zero or not finite are treated as missing, as the
 * AQI does. */
static gboolean
usable (double v)
{
  return isfinite (v) && v >= 0;
}

static double
value_at (const QsAirDaily *block,
          QsPollutant       pollutant,
          guint32           day)
{
  if (block->columns[pollutant] == NULL)
    return NAN;
  return block->columns[pollutant][day - block->start_day];
}

/* The number of usable values of @pollutant in [first, last] ∩ block. */
static guint
count_values (const QsAirDaily *block,
              QsPollutant       pollutant,
              guint32           first,
              guint32           last)
{
  guint32 block_last = block->start_day + block->n_days - 1;
  guint n = 0;

  if (block->n_days == 0 || block->columns[pollutant] == NULL)
    return 0;
  first = MAX (first, block->start_day);
  last = MIN (last, block_last);
  for (guint32 d = first; d <= last && d >= first; d++)
    if (usable (value_at (block, pollutant, d)))
      n++;
  return n;
}

/*
 * GB 3095-2026 Table 4: an annual mean needs ≥ 324 daily means a year and
 * ≥ 27 in each month (≥ 25 in February). Every calendar month wholly inside
 * the range is checked, and the 324 when the range is a calendar year.
 * The 2012 standard had the same thresholds [unverified].
 */
static guint
insufficient_mask_of (const QsAirDaily *block,
                      guint32           first,
                      guint32           last)
{
  GDate a, b;
  gboolean whole_year;
  guint mask = 0;

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_julian (&a, first);
  g_date_set_julian (&b, last);
  whole_year = g_date_get_day (&a) == 1 && g_date_get_month (&a) == G_DATE_JANUARY &&
               g_date_get_day (&b) == 31 && g_date_get_month (&b) == G_DATE_DECEMBER &&
               g_date_get_year (&a) == g_date_get_year (&b);

  for (guint i = 0; i < G_N_ELEMENTS (assessed); i++)
    {
      QsPollutant p = assessed[i];
      GDate m;

      if ((annual_mean_mask & (1u << p)) == 0)
        continue;
      if (whole_year && count_values (block, p, first, last) < 324)
        mask |= 1u << p;

      /* Walk the months from the one that holds @first. */
      g_date_clear (&m, 1);
      g_date_set_dmy (&m, 1, g_date_get_month (&a), g_date_get_year (&a));
      while (g_date_get_julian (&m) <= last)
        {
          guint32 m_first = g_date_get_julian (&m);
          GDateMonth month = g_date_get_month (&m);
          guint32 m_last = m_first - 1 +
            g_date_get_days_in_month (month, g_date_get_year (&m));

          if (m_first >= first && m_last <= last &&
              count_values (block, p, m_first, m_last) < (month == G_DATE_FEBRUARY ? 25u : 27u))
            mask |= 1u << p;
          g_date_add_months (&m, 1);
        }
    }
  return mask;
}

/**
 * qs_air_stats_compute:
 * @block: (nullable): daily values of one city
 * @first_day: the first day of the range (Julian day)
 * @last_day: the last day of the range
 * @out: (out caller-allocates): the statistics
 *
 * Days of the range outside @block count as missing. Each day's AQI uses
 * the rules of its date, so a range across 2026-03-01 mixes the two
 * versions as the official day counts do. The range is assessed against
 * the limits in force on @last_day: for a calendar year across the change
 * of standard (2026) that is the year's end, the GB 3095-2026 transition
 * limits. How HJ 663-2026 assesses that year is not known to us
 * [unverified]; qs_air_stats_assess() can assess it again against other
 * limits.
 */
void
qs_air_stats_compute (const QsAirDaily *block,
                      guint32           first_day,
                      guint32           last_day,
                      QsAirStats       *out)
{
  g_autoptr (GArray) co = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) o3 = g_array_new (FALSE, FALSE, sizeof (double));
  double sum[QS_N_POLLUTANTS] = { 0 };
  guint32 first, last;

  g_return_if_fail (out != NULL);

  memset (out, 0, sizeof *out);
  out->first_day = first_day;
  out->last_day = last_day;
  out->good_ratio = out->heavy_ratio = NAN;
  out->co_p95 = out->o3_8h_p90 = NAN;
  for (guint p = 0; p < QS_N_POLLUTANTS; p++)
    out->mean[p] = out->statistic[p] = NAN;

  if (block != NULL && block->n_days > 0 && first_day <= last_day &&
      first_day <= block->start_day + block->n_days - 1 &&
      last_day >= block->start_day)
    {
      first = MAX (first_day, block->start_day);
      last = MIN (last_day, block->start_day + block->n_days - 1);

      for (guint32 d = first; d <= last && d >= first; d++)
        {
          double c[QS_N_POLLUTANTS];
          QsAqiResult r;

          for (guint p = 0; p < QS_N_POLLUTANTS; p++)
            {
              c[p] = value_at (block, p, d);
              if (!usable (c[p]))
                continue;
              sum[p] += c[p];
              out->n_values[p]++;
            }
          if (usable (c[QS_POLLUTANT_CO]))
            g_array_append_val (co, c[QS_POLLUTANT_CO]);
          if (usable (c[QS_POLLUTANT_O3_8H]))
            g_array_append_val (o3, c[QS_POLLUTANT_O3_8H]);

          out->n_days++;
          qs_aqi_daily (d, c, &r);
          /* A valid day is a day with a published AQI: an incomplete
           * 2026 day at AQI ≤ 100 is not one (HJ 633-2026 §5.3.1). */
          if (!r.published)
            continue;
          out->valid_days++;
          out->category_days[r.category]++;
          if (r.aqi <= 100)
            out->good_days++;
          if (r.aqi > 200)
            out->heavy_days++;
        }
    }

  if (out->valid_days > 0)
    {
      out->good_ratio = 100.0 * out->good_days / out->valid_days;
      out->heavy_ratio = 100.0 * out->heavy_days / out->valid_days;
    }
  for (guint p = 0; p < QS_N_POLLUTANTS; p++)
    if (out->n_values[p] > 0)
      out->mean[p] = sum[p] / out->n_values[p];
  out->co_p95 = qs_air_percentile ((double *) (void *) co->data, co->len, 95);
  out->o3_8h_p90 = qs_air_percentile ((double *) (void *) o3->data, o3->len, 90);

  if (block != NULL && first_day <= last_day)
    out->insufficient_mask = insufficient_mask_of (block, first_day, last_day);
  else
    out->insufficient_mask = annual_mean_mask;

  qs_air_stats_assess (out, qs_air_limits_for_day (last_day));
}

/**
 * qs_air_stats_assess:
 * @stats: statistics from qs_air_stats_compute()
 * @limits: the limits to assess against
 *
 * Compares the six statistics with the Grade II limits of @limits and
 * fills the assessment fields. A city attains (达标) only when all six
 * are assessed and none exceeds its limit; each exceeding one is in
 * @stats->failing_mask. Statistics are first rounded to reporting
 * precision (integer µg/m³, CO 0.1 mg/m³) with GB/T 8170, so an annual
 * PM2.5 mean of 35.4 meets a limit of 35 [unverified: the rounding
 * before comparison follows HJ 663 practice as we understand it]. The
 * official 达标 is annual; for a month this is indicative only.
 */
void
qs_air_stats_assess (QsAirStats  *stats,
                     QsAirLimits  limits)
{
  g_return_if_fail (stats != NULL);
  g_return_if_fail (limits <= QS_AIR_LIMITS_GB3095_2026_FINAL);

  stats->limits = limits;
  stats->assessed_mask = 0;
  stats->failing_mask = 0;
  for (guint p = 0; p < QS_N_POLLUTANTS; p++)
    stats->statistic[p] = NAN;

  for (guint i = 0; i < G_N_ELEMENTS (assessed); i++)
    {
      QsPollutant p = assessed[i];
      double v = p == QS_POLLUTANT_CO ? stats->co_p95
               : p == QS_POLLUTANT_O3_8H ? stats->o3_8h_p90
               : stats->mean[p];
      gint64 steps;

      if (!qs_aqi_round_concentration (p, v, &steps))
        continue;
      stats->statistic[p] = p == QS_POLLUTANT_CO ? steps / 10.0 : (double) steps;
      stats->assessed_mask |= 1u << p;
      if (steps > limit_steps[limits][p])
        stats->failing_mask |= 1u << p;
    }
  stats->attains = stats->failing_mask == 0 &&
                   stats->assessed_mask == ((1u << QS_POLLUTANT_SO2) |
                                            (1u << QS_POLLUTANT_NO2) |
                                            (1u << QS_POLLUTANT_PM10) |
                                            (1u << QS_POLLUTANT_PM25) |
                                            (1u << QS_POLLUTANT_CO) |
                                            (1u << QS_POLLUTANT_O3_8H));
}

/**
 * qs_air_stats_month:
 * @block: (nullable): daily values of one city
 * @year: the year
 * @month: the month, 1..12
 * @out: (out caller-allocates): the statistics of that calendar month
 */
void
qs_air_stats_month (const QsAirDaily *block,
                    int               year,
                    int               month,
                    QsAirStats       *out)
{
  guint32 first;

  g_return_if_fail (month >= 1 && month <= 12);
  g_return_if_fail (g_date_valid_year ((GDateYear) year));

  first = julian_of (year, (GDateMonth) month, 1);
  qs_air_stats_compute (block, first,
                        first - 1 + g_date_get_days_in_month ((GDateMonth) month,
                                                              (GDateYear) year),
                        out);
}

/**
 * qs_air_stats_year:
 * @block: (nullable): daily values of one city
 * @year: the year
 * @out: (out caller-allocates): the statistics of that calendar year,
 *   assessed against the limits in force on 31 December
 */
void
qs_air_stats_year (const QsAirDaily *block,
                   int               year,
                   QsAirStats       *out)
{
  g_return_if_fail (g_date_valid_year ((GDateYear) year));

  qs_air_stats_compute (block, julian_of (year, G_DATE_JANUARY, 1),
                        julian_of (year, G_DATE_DECEMBER, 31), out);
}

static void
block_dates (const QsAirDaily *block,
             GDate            *first,
             GDate            *last)
{
  g_date_clear (first, 1);
  g_date_clear (last, 1);
  g_date_set_julian (first, block->start_day);
  g_date_set_julian (last, block->start_day + block->n_days - 1);
}

/**
 * qs_air_stats_by_month:
 * @block: daily values of one city
 *
 * Returns: (transfer full) (element-type QsAirStats): the statistics of
 *   every calendar month the block touches, in order; months cut by the
 *   ends of the block count their other days as missing
 */
GArray *
qs_air_stats_by_month (const QsAirDaily *block)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (QsAirStats));
  GDate first, last;
  int year, month, last_year, last_month;

  g_return_val_if_fail (block != NULL, out);
  if (block->n_days == 0)
    return out;

  block_dates (block, &first, &last);
  year = g_date_get_year (&first);
  month = g_date_get_month (&first);
  last_year = g_date_get_year (&last);
  last_month = g_date_get_month (&last);
  while (year < last_year || (year == last_year && month <= last_month))
    {
      QsAirStats s;

      qs_air_stats_month (block, year, month, &s);
      g_array_append_val (out, s);
      if (++month > 12)
        {
          month = 1;
          year++;
        }
    }
  return out;
}

/**
 * qs_air_stats_by_year:
 * @block: daily values of one city
 *
 * Returns: (transfer full) (element-type QsAirStats): the statistics of
 *   every calendar year the block touches, in order
 */
GArray *
qs_air_stats_by_year (const QsAirDaily *block)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (QsAirStats));
  GDate first, last;

  g_return_val_if_fail (block != NULL, out);
  if (block->n_days == 0)
    return out;

  block_dates (block, &first, &last);
  for (int year = g_date_get_year (&first); year <= g_date_get_year (&last); year++)
    {
      QsAirStats s;

      qs_air_stats_year (block, year, &s);
      g_array_append_val (out, s);
    }
  return out;
}

/**
 * qs_air_province_stats:
 * @cities: (array length=n_cities): the statistics of each city, same range
 * @n_cities: their number
 * @out: (out caller-allocates): the aggregate
 *
 * The good-day ratio is over all city-days (Σ good days ÷ Σ valid days),
 * not the mean of the city ratios, so a city with few valid days weighs
 * less. Concentrations are the mean of the city statistics (unrounded),
 * over the cities that have one; for CO and O3 that is the mean of the city
 * percentiles [unverified: a provincial practice, not read in a standard].
 */
void
qs_air_province_stats (const QsAirStats   *cities,
                       guint               n_cities,
                       QsAirProvinceStats *out)
{
  double sum[QS_N_POLLUTANTS] = { 0 };
  double co_sum = 0, o3_sum = 0;
  guint co_n = 0, o3_n = 0;

  g_return_if_fail (out != NULL);
  g_return_if_fail (cities != NULL || n_cities == 0);

  memset (out, 0, sizeof *out);
  out->n_cities = n_cities;
  for (guint i = 0; i < n_cities; i++)
    {
      const QsAirStats *c = &cities[i];

      out->valid_days += c->valid_days;
      out->good_days += c->good_days;
      out->heavy_days += c->heavy_days;
      for (guint k = 0; k < QS_AQI_N_CATEGORIES; k++)
        out->category_days[k] += c->category_days[k];
      for (guint p = 0; p < QS_N_POLLUTANTS; p++)
        if (!isnan (c->mean[p]))
          {
            sum[p] += c->mean[p];
            out->n_cities_mean[p]++;
          }
      if (!isnan (c->co_p95))
        {
          co_sum += c->co_p95;
          co_n++;
        }
      if (!isnan (c->o3_8h_p90))
        {
          o3_sum += c->o3_8h_p90;
          o3_n++;
        }
    }

  out->good_ratio = out->valid_days ? 100.0 * out->good_days / out->valid_days : NAN;
  out->heavy_ratio = out->valid_days ? 100.0 * out->heavy_days / out->valid_days : NAN;
  for (guint p = 0; p < QS_N_POLLUTANTS; p++)
    out->mean[p] = out->n_cities_mean[p] ? sum[p] / out->n_cities_mean[p] : NAN;
  out->co_p95 = co_n ? co_sum / co_n : NAN;
  out->o3_8h_p90 = o3_n ? o3_sum / o3_n : NAN;
}

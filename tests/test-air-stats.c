/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "qs-air-stats.h"
#include "qs-period.h"

#define BIT(p) (1u << (p))
#define ALL_SIX (BIT (QS_POLLUTANT_SO2) | BIT (QS_POLLUTANT_NO2) | BIT (QS_POLLUTANT_PM10) | \
                 BIT (QS_POLLUTANT_PM25) | BIT (QS_POLLUTANT_CO) | BIT (QS_POLLUTANT_O3_8H))

static guint32
day_of (const char *date)
{
  guint32 day = 0;

  g_assert_true (qs_date_parse (date, &day));
  return day;
}

static QsAirDaily *
block_new (const char *first,
           guint       n_days)
{
  QsAirDaily *b = qs_air_daily_new ("100000", day_of (first), n_days);

  for (guint p = 0; p < QS_N_POLLUTANTS; p++)
    {
      b->columns[p] = g_new (double, n_days);
      for (guint i = 0; i < n_days; i++)
        b->columns[p][i] = NAN;
    }
  return b;
}

/*
 * July 2025 (HJ 633-2012, GB 3095-2012), day d = 1..31:
 *   PM2.5  d 1–20: 20 (IAQI 29); 21–25: 60 (82); 26–27: 100 (132);
 *          28: 140 (186); 29: 200 (250); 30: 300 (350)
 *   PM10 40 (40), SO2 10 (10), NO2 20 (25), O3-1h 100 (32)
 *   CO     d / 10 mg/m³ (at most 50 for d ≤ 20, 63 for d = 25)
 *   O3-8h  50 + 2d (at most 45 for d ≤ 20, 50 for d ≤ 25)
 *   day 31 missing entirely.
 * AQI: d 1–20 ≤ 50 (优), 21–25 82 (良), 26–27 132 (轻度), 28 186 (中度),
 * 29 250 (重度), 30 350 (严重).
 */
static QsAirDaily *
july_2025 (void)
{
  QsAirDaily *b = block_new ("2025-07-01", 31);

  for (guint d = 1; d <= 30; d++)
    {
      guint i = d - 1;
      double pm25 = d <= 20 ? 20 : d <= 25 ? 60 : d <= 27 ? 100 : d == 28 ? 140 : d == 29 ? 200 : 300;

      b->columns[QS_POLLUTANT_PM25][i] = pm25;
      b->columns[QS_POLLUTANT_PM10][i] = 40;
      b->columns[QS_POLLUTANT_SO2][i] = 10;
      b->columns[QS_POLLUTANT_NO2][i] = 20;
      b->columns[QS_POLLUTANT_CO][i] = d / 10.0;
      b->columns[QS_POLLUTANT_O3_8H][i] = 50 + 2 * d;
      b->columns[QS_POLLUTANT_O3_1H][i] = 100;
    }
  return b;
}

static void
check_july (const QsAirStats *s)
{
  static const guint categories[QS_AQI_N_CATEGORIES] = { 20, 5, 2, 1, 1, 1 };

  g_assert_cmpuint (s->first_day, ==, day_of ("2025-07-01"));
  g_assert_cmpuint (s->last_day, ==, day_of ("2025-07-31"));
  g_assert_cmpuint (s->n_days, ==, 31);
  g_assert_cmpuint (s->valid_days, ==, 30);
  g_assert_cmpuint (s->good_days, ==, 25);
  g_assert_cmpuint (s->heavy_days, ==, 2);
  for (guint k = 0; k < QS_AQI_N_CATEGORIES; k++)
    g_assert_cmpuint (s->category_days[k], ==, categories[k]);
  g_assert_cmpfloat_with_epsilon (s->good_ratio, 250.0 / 3, 1e-9);   /* 25/30 */
  g_assert_cmpfloat_with_epsilon (s->heavy_ratio, 20.0 / 3, 1e-9);   /* 2/30 */

  /* PM2.5: (20×20 + 5×60 + 2×100 + 140 + 200 + 300) / 30 = 1540 / 30. */
  g_assert_cmpfloat_with_epsilon (s->mean[QS_POLLUTANT_PM25], 1540.0 / 30, 1e-9);
  g_assert_cmpfloat_with_epsilon (s->mean[QS_POLLUTANT_PM10], 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (s->mean[QS_POLLUTANT_SO2], 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (s->mean[QS_POLLUTANT_NO2], 20, 1e-9);
  g_assert_cmpfloat_with_epsilon (s->mean[QS_POLLUTANT_CO], 1.55, 1e-9);      /* 46.5 / 30 */
  g_assert_cmpfloat_with_epsilon (s->mean[QS_POLLUTANT_O3_8H], 81, 1e-9);     /* 50 + 2 × 15.5 */
  for (guint p = 0; p < QS_N_POLLUTANTS; p++)
    g_assert_cmpuint (s->n_values[p], ==, 30);

  /* CO 0.1 … 3.0: k = 1 + 29 × 0.95 = 28.55, X(28) = 2.8, X(29) = 2.9 →
   * 2.855. O3-8h 52 … 110: k = 1 + 29 × 0.9 = 27.1, X(27) = 104,
   * X(28) = 106 → 104.2. */
  g_assert_cmpfloat_with_epsilon (s->co_p95, 2.855, 1e-9);
  g_assert_cmpfloat_with_epsilon (s->o3_8h_p90, 104.2, 1e-9);

  /* GB 3095-2012 Grade II: only PM2.5 (51 > 35) fails. */
  g_assert_cmpint (s->limits, ==, QS_AIR_LIMITS_GB3095_2012);
  g_assert_cmpuint (s->assessed_mask, ==, ALL_SIX);
  g_assert_cmpuint (s->failing_mask, ==, BIT (QS_POLLUTANT_PM25));
  g_assert_false (s->attains);
  g_assert_cmpfloat (s->statistic[QS_POLLUTANT_PM25], ==, 51);
  g_assert_cmpfloat (s->statistic[QS_POLLUTANT_PM10], ==, 40);
  g_assert_cmpfloat (s->statistic[QS_POLLUTANT_CO], ==, 2.9);
  g_assert_cmpfloat (s->statistic[QS_POLLUTANT_O3_8H], ==, 104);
  g_assert_true (isnan (s->statistic[QS_POLLUTANT_O3_1H]));
  g_assert_cmpuint (s->insufficient_mask, ==, 0);   /* 30 ≥ 27 daily values */
}

static void
test_month (void)
{
  g_autoptr (QsAirDaily) b = july_2025 ();
  g_autoptr (GArray) months = NULL;
  QsAirStats s;

  qs_air_stats_month (b, 2025, 7, &s);
  check_july (&s);

  months = qs_air_stats_by_month (b);
  g_assert_cmpuint (months->len, ==, 1);
  check_july (&g_array_index (months, QsAirStats, 0));

  /* With PM2.5 within its limit the month attains. */
  for (guint i = 0; i < 31; i++)
    b->columns[QS_POLLUTANT_PM25][i] = 20;
  qs_air_stats_month (b, 2025, 7, &s);
  g_assert_cmpuint (s.failing_mask, ==, 0);
  g_assert_true (s.attains);
}

static void
test_attainment_rounding (void)
{
  g_autoptr (QsAirDaily) b = block_new ("2025-09-01", 10);
  QsAirStats s;

  /* Nine days of 35 and one of 39: mean 35.4 → 35, meets 35. */
  for (guint i = 0; i < 9; i++)
    b->columns[QS_POLLUTANT_PM25][i] = 35;
  b->columns[QS_POLLUTANT_PM25][9] = 39;
  qs_air_stats_compute (b, day_of ("2025-09-01"), day_of ("2025-09-10"), &s);
  g_assert_cmpfloat (s.mean[QS_POLLUTANT_PM25], ==, 35.4);
  g_assert_cmpfloat (s.statistic[QS_POLLUTANT_PM25], ==, 35);
  g_assert_cmpuint (s.assessed_mask, ==, BIT (QS_POLLUTANT_PM25));
  g_assert_cmpuint (s.failing_mask, ==, 0);
  /* Five of the six statistics are missing: no attainment. */
  g_assert_false (s.attains);

  /* …and 40: mean 35.5 → 36 (half to even), exceeds 35. */
  b->columns[QS_POLLUTANT_PM25][9] = 40;
  qs_air_stats_compute (b, day_of ("2025-09-01"), day_of ("2025-09-10"), &s);
  g_assert_cmpfloat (s.statistic[QS_POLLUTANT_PM25], ==, 36);
  g_assert_cmpuint (s.failing_mask, ==, BIT (QS_POLLUTANT_PM25));

  /* The whole of September: 10 values < 27 for every annual-mean
   * pollutant. */
  qs_air_stats_month (b, 2025, 9, &s);
  g_assert_cmpuint (s.n_days, ==, 10);
  g_assert_cmpuint (s.insufficient_mask, ==,
                    BIT (QS_POLLUTANT_SO2) | BIT (QS_POLLUTANT_NO2) |
                    BIT (QS_POLLUTANT_PM10) | BIT (QS_POLLUTANT_PM25));
}

/*
 * The year 2026, across the change of rules on 1 March. Every day:
 * PM2.5 70, PM10 65, SO2 10, NO2 20, CO 1.0, O3-8h 100, O3-1h 120.
 *   Jan–Feb (HJ 633-2012): PM2.5 70 → 93.75 → 94: 良 (59 days)
 *   Mar–Dec (HJ 633-2026): PM2.5 70 → 109.09 → 110: 轻度 (306 days)
 * Exceptions: 2026-01-10 has no O3-1h (2012: still valid); 2026-06-01
 * has PM2.5 40 (→ 60) and no O3-8h, AQI 61 ≤ 100 with an indicator
 * missing: not a valid day under 2026.
 */
static QsAirDaily *
year_2026 (void)
{
  QsAirDaily *b = block_new ("2026-01-01", 365);
  guint jan10 = day_of ("2026-01-10") - b->start_day;
  guint jun01 = day_of ("2026-06-01") - b->start_day;

  for (guint i = 0; i < 365; i++)
    {
      b->columns[QS_POLLUTANT_PM25][i] = 70;
      b->columns[QS_POLLUTANT_PM10][i] = 65;
      b->columns[QS_POLLUTANT_SO2][i] = 10;
      b->columns[QS_POLLUTANT_NO2][i] = 20;
      b->columns[QS_POLLUTANT_CO][i] = 1.0;
      b->columns[QS_POLLUTANT_O3_8H][i] = 100;
      b->columns[QS_POLLUTANT_O3_1H][i] = 120;
    }
  b->columns[QS_POLLUTANT_O3_1H][jan10] = NAN;
  b->columns[QS_POLLUTANT_PM25][jun01] = 40;
  b->columns[QS_POLLUTANT_O3_8H][jun01] = NAN;
  return b;
}

static void
test_year_across_change (void)
{
  g_autoptr (QsAirDaily) b = year_2026 ();
  g_autoptr (GArray) months = NULL;
  g_autoptr (GArray) years = NULL;
  QsAirStats s, feb, mar, jun;

  qs_air_stats_year (b, 2026, &s);
  g_assert_cmpuint (s.n_days, ==, 365);
  g_assert_cmpuint (s.valid_days, ==, 364);
  g_assert_cmpuint (s.good_days, ==, 59);
  g_assert_cmpuint (s.category_days[1], ==, 59);
  g_assert_cmpuint (s.category_days[2], ==, 305);
  g_assert_cmpuint (s.category_days[0] + s.category_days[3] +
                    s.category_days[4] + s.category_days[5], ==, 0);
  g_assert_cmpuint (s.heavy_days, ==, 0);
  g_assert_cmpfloat_with_epsilon (s.good_ratio, 5900.0 / 364, 1e-9);

  g_assert_cmpfloat_with_epsilon (s.mean[QS_POLLUTANT_PM25], 25520.0 / 365, 1e-9);
  g_assert_cmpuint (s.n_values[QS_POLLUTANT_O3_8H], ==, 364);
  g_assert_cmpfloat (s.co_p95, ==, 1.0);
  g_assert_cmpfloat (s.o3_8h_p90, ==, 100);

  /* Assessed against the limits in force at the year's end: the 2026
   * transition limits (PM2.5 30, PM10 60). */
  g_assert_cmpint (s.limits, ==, QS_AIR_LIMITS_GB3095_2026_TRANSITION);
  g_assert_cmpfloat (s.statistic[QS_POLLUTANT_PM25], ==, 70);
  g_assert_cmpfloat (s.statistic[QS_POLLUTANT_PM10], ==, 65);
  g_assert_cmpuint (s.assessed_mask, ==, ALL_SIX);
  g_assert_cmpuint (s.failing_mask, ==, BIT (QS_POLLUTANT_PM25) | BIT (QS_POLLUTANT_PM10));
  g_assert_false (s.attains);
  g_assert_cmpuint (s.insufficient_mask, ==, 0);

  /* Against GB 3095-2012 PM10 65 would meet its 70. */
  qs_air_stats_assess (&s, QS_AIR_LIMITS_GB3095_2012);
  g_assert_cmpuint (s.failing_mask, ==, BIT (QS_POLLUTANT_PM25));

  years = qs_air_stats_by_year (b);
  g_assert_cmpuint (years->len, ==, 1);
  g_assert_cmpuint (g_array_index (years, QsAirStats, 0).valid_days, ==, 364);

  months = qs_air_stats_by_month (b);
  g_assert_cmpuint (months->len, ==, 12);
  feb = g_array_index (months, QsAirStats, 1);
  mar = g_array_index (months, QsAirStats, 2);
  jun = g_array_index (months, QsAirStats, 5);
  g_assert_cmpuint (feb.valid_days, ==, 28);
  g_assert_cmpuint (feb.good_days, ==, 28);
  g_assert_cmpfloat (feb.good_ratio, ==, 100);
  g_assert_cmpint (feb.limits, ==, QS_AIR_LIMITS_GB3095_2012);
  g_assert_cmpuint (feb.failing_mask, ==, BIT (QS_POLLUTANT_PM25));
  g_assert_cmpuint (mar.valid_days, ==, 31);
  g_assert_cmpuint (mar.good_days, ==, 0);
  g_assert_cmpfloat (mar.good_ratio, ==, 0);
  g_assert_cmpint (mar.limits, ==, QS_AIR_LIMITS_GB3095_2026_TRANSITION);
  g_assert_cmpuint (jun.n_days, ==, 30);
  g_assert_cmpuint (jun.valid_days, ==, 29);

  /* A range inside the block and one outside it. */
  qs_air_stats_compute (b, day_of ("2026-02-27"), day_of ("2026-03-02"), &s);
  g_assert_cmpuint (s.valid_days, ==, 4);
  g_assert_cmpuint (s.good_days, ==, 2);
  qs_air_stats_year (b, 2027, &s);
  g_assert_cmpuint (s.n_days, ==, 0);
  g_assert_cmpuint (s.valid_days, ==, 0);
  g_assert_true (isnan (s.good_ratio));
  g_assert_true (isnan (s.mean[QS_POLLUTANT_PM25]));
  g_assert_cmpuint (s.assessed_mask, ==, 0);
  g_assert_false (s.attains);
  qs_air_stats_year (NULL, 2026, &s);
  g_assert_cmpuint (s.n_days, ==, 0);
}

static void
test_province (void)
{
  g_autoptr (QsAirDaily) a = july_2025 ();
  g_autoptr (QsAirDaily) b = year_2026 ();
  QsAirStats cities[2];
  QsAirProvinceStats p;

  qs_air_stats_month (a, 2025, 7, &cities[0]);
  qs_air_stats_year (b, 2026, &cities[1]);
  qs_air_province_stats (cities, 2, &p);

  g_assert_cmpuint (p.n_cities, ==, 2);
  g_assert_cmpuint (p.valid_days, ==, 30 + 364);
  g_assert_cmpuint (p.good_days, ==, 25 + 59);
  /* Over all city-days, not the mean of 83.3 % and 16.2 %. */
  g_assert_cmpfloat_with_epsilon (p.good_ratio, 8400.0 / 394, 1e-9);
  g_assert_cmpuint (p.heavy_days, ==, 2);
  g_assert_cmpuint (p.category_days[1], ==, 5 + 59);
  g_assert_cmpfloat_with_epsilon (p.mean[QS_POLLUTANT_PM25],
                                  (1540.0 / 30 + 25520.0 / 365) / 2, 1e-9);
  g_assert_cmpuint (p.n_cities_mean[QS_POLLUTANT_PM25], ==, 2);
  g_assert_cmpfloat_with_epsilon (p.co_p95, (2.855 + 1.0) / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (p.o3_8h_p90, (104.2 + 100) / 2, 1e-9);

  qs_air_province_stats (NULL, 0, &p);
  g_assert_cmpuint (p.n_cities, ==, 0);
  g_assert_true (isnan (p.good_ratio));
  g_assert_true (isnan (p.mean[QS_POLLUTANT_PM25]));
}

static void
test_percentile (void)
{
  static const double four[] = { 4, 1, 3, 2 };
  static const double with_nan[] = { NAN, 3, 1, NAN, 2 };
  static const double one[] = { 5 };

  /* k = 1 + (n − 1) p: 2.5 → 2.5; 3.7 → 3.7; 4 → 4; 1 → 1. */
  g_assert_cmpfloat_with_epsilon (qs_air_percentile (four, 4, 50), 2.5, 1e-12);
  g_assert_cmpfloat_with_epsilon (qs_air_percentile (four, 4, 90), 3.7, 1e-12);
  g_assert_cmpfloat (qs_air_percentile (four, 4, 100), ==, 4);
  g_assert_cmpfloat (qs_air_percentile (four, 4, 0), ==, 1);
  g_assert_cmpfloat (qs_air_percentile (with_nan, 5, 50), ==, 2);
  g_assert_cmpfloat (qs_air_percentile (one, 1, 95), ==, 5);
  g_assert_true (isnan (qs_air_percentile (four, 0, 50)));
  g_assert_true (isnan (qs_air_percentile (four, 4, 101)));
}

static void
test_limits (void)
{
  g_assert_cmpint (qs_air_limits_for_day (day_of ("2025-12-31")), ==, QS_AIR_LIMITS_GB3095_2012);
  g_assert_cmpint (qs_air_limits_for_day (day_of ("2026-02-28")), ==, QS_AIR_LIMITS_GB3095_2012);
  g_assert_cmpint (qs_air_limits_for_day (day_of ("2026-03-01")), ==, QS_AIR_LIMITS_GB3095_2026_TRANSITION);
  g_assert_cmpint (qs_air_limits_for_day (day_of ("2030-12-31")), ==, QS_AIR_LIMITS_GB3095_2026_TRANSITION);
  g_assert_cmpint (qs_air_limits_for_day (day_of ("2031-01-01")), ==, QS_AIR_LIMITS_GB3095_2026_FINAL);

  g_assert_cmpfloat (qs_air_grade2_limit (QS_AIR_LIMITS_GB3095_2012, QS_POLLUTANT_PM25), ==, 35);
  g_assert_cmpfloat (qs_air_grade2_limit (QS_AIR_LIMITS_GB3095_2012, QS_POLLUTANT_PM10), ==, 70);
  g_assert_cmpfloat (qs_air_grade2_limit (QS_AIR_LIMITS_GB3095_2012, QS_POLLUTANT_SO2), ==, 60);
  g_assert_cmpfloat (qs_air_grade2_limit (QS_AIR_LIMITS_GB3095_2012, QS_POLLUTANT_NO2), ==, 40);
  g_assert_cmpfloat (qs_air_grade2_limit (QS_AIR_LIMITS_GB3095_2012, QS_POLLUTANT_CO), ==, 4);
  g_assert_cmpfloat (qs_air_grade2_limit (QS_AIR_LIMITS_GB3095_2012, QS_POLLUTANT_O3_8H), ==, 160);
  g_assert_cmpfloat (qs_air_grade2_limit (QS_AIR_LIMITS_GB3095_2026_TRANSITION, QS_POLLUTANT_PM25), ==, 30);
  g_assert_cmpfloat (qs_air_grade2_limit (QS_AIR_LIMITS_GB3095_2026_TRANSITION, QS_POLLUTANT_PM10), ==, 60);
  g_assert_cmpfloat (qs_air_grade2_limit (QS_AIR_LIMITS_GB3095_2026_TRANSITION, QS_POLLUTANT_SO2), ==, 60);
  g_assert_cmpfloat (qs_air_grade2_limit (QS_AIR_LIMITS_GB3095_2026_TRANSITION, QS_POLLUTANT_NO2), ==, 40);
  g_assert_cmpfloat (qs_air_grade2_limit (QS_AIR_LIMITS_GB3095_2026_FINAL, QS_POLLUTANT_PM25), ==, 25);
  g_assert_cmpfloat (qs_air_grade2_limit (QS_AIR_LIMITS_GB3095_2026_FINAL, QS_POLLUTANT_PM10), ==, 50);
  g_assert_cmpfloat (qs_air_grade2_limit (QS_AIR_LIMITS_GB3095_2026_FINAL, QS_POLLUTANT_SO2), ==, 20);
  g_assert_cmpfloat (qs_air_grade2_limit (QS_AIR_LIMITS_GB3095_2026_FINAL, QS_POLLUTANT_NO2), ==, 30);
  g_assert_cmpfloat (qs_air_grade2_limit (QS_AIR_LIMITS_GB3095_2026_FINAL, QS_POLLUTANT_CO), ==, 4);
  g_assert_true (isnan (qs_air_grade2_limit (QS_AIR_LIMITS_GB3095_2012, QS_POLLUTANT_O3_1H)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/air-stats/month", test_month);
  g_test_add_func ("/air-stats/attainment-rounding", test_attainment_rounding);
  g_test_add_func ("/air-stats/year-across-change", test_year_across_change);
  g_test_add_func ("/air-stats/province", test_province);
  g_test_add_func ("/air-stats/percentile", test_percentile);
  g_test_add_func ("/air-stats/limits", test_limits);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "qs-trend.h"

static void
years_from (gint32  first,
            gint32 *periods,
            guint   n)
{
  for (guint i = 0; i < n; i++)
    periods[i] = first + (gint32) i;
}

static void
test_mann_kendall_increasing (void)
{
  double v[10];
  QsMannKendall mk;

  for (guint i = 0; i < 10; i++)
    v[i] = i + 1;
  /* n = 10, no ties: S = 45 pairs, Var = 10 × 9 × 25 / 18 = 125,
   * Z = (45 − 1) / √125 = 3.93548, p = erfc(Z / √2) = 8.303e-5. */
  g_assert_true (qs_trend_mann_kendall (v, 10, &mk));
  g_assert_cmpuint (mk.n, ==, 10);
  g_assert_cmpint (mk.s, ==, 45);
  g_assert_cmpfloat (mk.variance, ==, 125);
  g_assert_cmpfloat_with_epsilon (mk.z, 3.9354796403996297, 1e-12);
  g_assert_cmpfloat_with_epsilon (mk.p_value, 8.303070332644999e-05, 1e-15);

  /* Reversed: S = −45, Z = (−45 + 1) / √125. */
  for (guint i = 0; i < 10; i++)
    v[i] = 10 - i;
  g_assert_true (qs_trend_mann_kendall (v, 10, &mk));
  g_assert_cmpint (mk.s, ==, -45);
  g_assert_cmpfloat_with_epsilon (mk.z, -3.9354796403996297, 1e-12);
  g_assert_cmpfloat_with_epsilon (mk.p_value, 8.303070332644999e-05, 1e-15);
}

static void
test_mann_kendall_ties (void)
{
  static const double v[] = { 1, 2, 2, 3, 3, 3, 4 };
  static const double same[] = { 5, 5, 5, 5 };
  static const double with_missing[] = { 3, NAN, 1, 2, NAN };
  QsMannKendall mk;

  /* 21 pairs, 4 of them tied (one in the pair of 2s, three in the 3s),
   * the other 17 increasing: S = 17. Ties: t = 2 → 2·1·9 = 18, t = 3 →
   * 3·2·11 = 66; Var = (7·6·19 − 84) / 18 = 714 / 18 = 39.667;
   * Z = 16 / √39.667 = 2.54043, p = 0.011072. */
  g_assert_true (qs_trend_mann_kendall (v, G_N_ELEMENTS (v), &mk));
  g_assert_cmpint (mk.s, ==, 17);
  g_assert_cmpfloat_with_epsilon (mk.variance, 714.0 / 18, 1e-12);
  g_assert_cmpfloat_with_epsilon (mk.z, 2.540429395319823, 1e-12);
  g_assert_cmpfloat_with_epsilon (mk.p_value, 0.011071644553191887, 1e-12);

  /* All tied: S = 0, Var = 0, Z = 0, p = 1. */
  g_assert_true (qs_trend_mann_kendall (same, 4, &mk));
  g_assert_cmpint (mk.s, ==, 0);
  g_assert_cmpfloat (mk.variance, ==, 0);
  g_assert_cmpfloat (mk.z, ==, 0);
  g_assert_cmpfloat (mk.p_value, ==, 1);

  /* Missing values are skipped: 3, 1, 2 → S = −1 − 1 + 1 = −1,
   * Var = 3·2·11 / 18 = 11/3, Z = 0. */
  g_assert_true (qs_trend_mann_kendall (with_missing, 5, &mk));
  g_assert_cmpuint (mk.n, ==, 3);
  g_assert_cmpint (mk.s, ==, -1);
  g_assert_cmpfloat_with_epsilon (mk.variance, 11.0 / 3, 1e-12);
  g_assert_cmpfloat (mk.z, ==, 0);

  g_assert_false (qs_trend_mann_kendall (v, 2, &mk));
}

static void
test_theil_sen (void)
{
  gint32 p[5];
  static const double outlier[] = { 1, 2, 3, 4, 100 };
  static const double even[] = { 0, 1, 3, 4 };
  static const double gaps[] = { 10, NAN, 14, NAN, 18 };
  double line[5];
  QsTheilSen fit;

  /* y = 2x + 3 over 2020–2024: slope 2 a year, value 4043 at 2020. */
  years_from (2020, p, 5);
  for (guint i = 0; i < 5; i++)
    line[i] = 2.0 * p[i] + 3;
  g_assert_true (qs_trend_theil_sen (p, line, 5, &fit));
  g_assert_cmpuint (fit.n, ==, 5);
  g_assert_cmpint (fit.origin, ==, 2020);
  g_assert_cmpfloat (fit.slope, ==, 2);
  g_assert_cmpfloat (fit.intercept, ==, 4043);
  g_assert_cmpfloat (qs_theil_sen_value_at (&fit, 2030), ==, 4063);

  /* An outlier moves a least-squares line, not this one: of the 10 pair
   * slopes six are 1 (24.75, 32.67, 48.5, 96 the others), median 1;
   * residuals 1, 1, 1, 1, 96 → intercept 1. */
  years_from (0, p, 5);
  g_assert_true (qs_trend_theil_sen (p, outlier, 5, &fit));
  g_assert_cmpfloat (fit.slope, ==, 1);
  g_assert_cmpfloat (fit.intercept, ==, 1);

  /* Even number of pair slopes: 1, 1.5, 4/3, 2, 1.5, 1 → sorted
   * 1, 1, 4/3, 1.5, 1.5, 2 → (4/3 + 1.5) / 2 = 17/12; residuals
   * y − 17x/12: 0, −5/12, 1/6, −1/4 → median (−1/4 + 0) / 2 = −1/8. */
  years_from (0, p, 4);
  g_assert_true (qs_trend_theil_sen (p, even, 4, &fit));
  g_assert_cmpfloat_with_epsilon (fit.slope, 17.0 / 12, 1e-12);
  g_assert_cmpfloat_with_epsilon (fit.intercept, -1.0 / 8, 1e-12);

  /* Missing values: slopes per period over the gaps, 2 each. */
  years_from (2000, p, 5);
  g_assert_true (qs_trend_theil_sen (p, gaps, 5, &fit));
  g_assert_cmpuint (fit.n, ==, 3);
  g_assert_cmpfloat (fit.slope, ==, 2);
  g_assert_cmpfloat (fit.intercept, ==, 10);

  g_assert_false (qs_trend_theil_sen (p, gaps, 1, &fit));
}

static void
test_change (void)
{
  QsChange c;
  gint32 p[4] = { 2020, 2021, 2022, 2024 };
  double v[4] = { 40, 30, NAN, 24 };

  g_assert_true (qs_trend_change (40, 30, FALSE, &c));
  g_assert_cmpfloat (c.absolute, ==, -10);
  g_assert_cmpfloat (c.percent, ==, -25);
  g_assert_true (isnan (c.points));

  /* A ratio in %: 80.5 → 82.0 is 1.5 percentage points. */
  g_assert_true (qs_trend_change (80.5, 82.0, TRUE, &c));
  g_assert_cmpfloat (c.points, ==, 1.5);
  g_assert_cmpfloat_with_epsilon (c.percent, 1.5 / 80.5 * 100, 1e-12);

  /* From 0 there is no relative change; from a negative the sign still
   * says the direction. */
  g_assert_true (qs_trend_change (0, 5, FALSE, &c));
  g_assert_true (isnan (c.percent));
  g_assert_true (qs_trend_change (-10, -5, FALSE, &c));
  g_assert_cmpfloat (c.percent, ==, 50);
  g_assert_false (qs_trend_change (NAN, 5, FALSE, &c));

  /* The latest value (2024) has no value the year before. */
  g_assert_false (qs_trend_change_from_previous (p, v, 4, FALSE, &c));
  /* Up to 2021: 40 → 30. */
  g_assert_true (qs_trend_change_from_previous (p, v, 2, FALSE, &c));
  g_assert_cmpfloat (c.absolute, ==, -10);
  /* 2022 has a slot but no value: the latest value is 2021's. */
  g_assert_true (qs_trend_change_from_previous (p, v, 3, FALSE, &c));
  g_assert_cmpfloat (c.absolute, ==, -10);
}

static void
test_compound_annual_change (void)
{
  gint32 years[3] = { 2020, 2021, 2022 };
  double v[3] = { 100, NAN, 121 };
  gint32 months[2] = { 2020 * 12, 2022 * 12 };
  double mv[2] = { 100, 121 };

  g_assert_cmpfloat_with_epsilon (qs_trend_compound_annual_change (100, 121, 2), 10, 1e-12);
  g_assert_cmpfloat_with_epsilon (qs_trend_compound_annual_change (100, 81, 2), -10, 1e-12);
  g_assert_cmpfloat_with_epsilon (qs_trend_compound_annual_change (50, 50, 5), 0, 1e-12);
  g_assert_true (isnan (qs_trend_compound_annual_change (0, 121, 2)));
  g_assert_true (isnan (qs_trend_compound_annual_change (100, -1, 2)));
  g_assert_true (isnan (qs_trend_compound_annual_change (100, 121, 0)));

  g_assert_cmpfloat_with_epsilon (qs_trend_series_compound_annual_change (QS_RESOLUTION_YEAR, years, v, 3),
                                  10, 1e-12);
  g_assert_cmpfloat_with_epsilon (qs_trend_series_compound_annual_change (QS_RESOLUTION_MONTH, months, mv, 2),
                                  10, 1e-12);
  g_assert_true (isnan (qs_trend_series_compound_annual_change (QS_RESOLUTION_YEAR, years, v, 1)));
}

static void
test_target (void)
{
  gint32 p[5];
  double pm25[5] = { 50, 47, 44, 41, 38 };   /* −3 a year, 38 in 2024 */
  double good[3] = { 80, 82, 84 };           /* +2 a year, 84 in 2022 */
  double close[2] = { 36, 35.04 };
  double lonely[1] = { 40 };

  years_from (2020, p, 5);
  /* Already met. */
  g_assert_cmpint (qs_trend_target_status (p, pm25, 5, QS_DIRECTION_LOWER_IS_BETTER, 38, 2025, -1),
                   ==, QS_TREND_TARGET_MET);
  g_assert_cmpint (qs_trend_target_status (p, pm25, 5, QS_DIRECTION_LOWER_IS_BETTER, 40, 2023, -1),
                   ==, QS_TREND_TARGET_MET);
  /* The line reaches exactly 35 in 2025: on track; 30 it does not. */
  g_assert_cmpint (qs_trend_target_status (p, pm25, 5, QS_DIRECTION_LOWER_IS_BETTER, 35, 2025, 0),
                   ==, QS_TREND_TARGET_ON_TRACK);
  g_assert_cmpint (qs_trend_target_status (p, pm25, 5, QS_DIRECTION_LOWER_IS_BETTER, 30, 2025, 0),
                   ==, QS_TREND_TARGET_OFF_TRACK);
  g_assert_cmpint (qs_trend_target_status (p, pm25, 5, QS_DIRECTION_LOWER_IS_BETTER, 30, 2027, 0),
                   ==, QS_TREND_TARGET_ON_TRACK);
  /* The target year has come without meeting it. */
  g_assert_cmpint (qs_trend_target_status (p, pm25, 5, QS_DIRECTION_LOWER_IS_BETTER, 35, 2024, 0),
                   ==, QS_TREND_TARGET_OFF_TRACK);

  /* Higher is better: 84 + 2 × 3 = 90 in 2025. */
  g_assert_cmpint (qs_trend_target_status (p, good, 3, QS_DIRECTION_HIGHER_IS_BETTER, 90, 2025, 1),
                   ==, QS_TREND_TARGET_ON_TRACK);
  g_assert_cmpint (qs_trend_target_status (p, good, 3, QS_DIRECTION_HIGHER_IS_BETTER, 91, 2025, 1),
                   ==, QS_TREND_TARGET_OFF_TRACK);
  g_assert_cmpint (qs_trend_target_status (p, good, 3, QS_DIRECTION_HIGHER_IS_BETTER, 84, 2025, 1),
                   ==, QS_TREND_TARGET_MET);

  /* Compared as shown: 35.04 is 35.0 with one decimal. */
  g_assert_cmpint (qs_trend_target_status (p, close, 2, QS_DIRECTION_LOWER_IS_BETTER, 35, 2030, 1),
                   ==, QS_TREND_TARGET_MET);
  g_assert_cmpint (qs_trend_target_status (p, close, 2, QS_DIRECTION_LOWER_IS_BETTER, 35, 2021, 2),
                   ==, QS_TREND_TARGET_OFF_TRACK);

  g_assert_cmpint (qs_trend_target_status (p, lonely, 1, QS_DIRECTION_LOWER_IS_BETTER, 35, 2030, 0),
                   ==, QS_TREND_TARGET_UNKNOWN);
  g_assert_cmpint (qs_trend_target_status (p, pm25, 5, QS_DIRECTION_NEUTRAL, 35, 2030, 0),
                   ==, QS_TREND_TARGET_UNKNOWN);
  g_assert_cmpint (qs_trend_target_status (p, pm25, 0, QS_DIRECTION_LOWER_IS_BETTER, 35, 2030, 0),
                   ==, QS_TREND_TARGET_UNKNOWN);
}

typedef struct
{
  const char  *name;
  QsDirection  direction;
  int          decimals;
  int          ranks[6];
} RankCase;

static const double rank_values[6] = { 35.0, 40.04, 40.0, 28, NAN, 50 };

static const RankCase rank_cases[] = {
  /* As shown with one decimal 40.04 and 40.0 tie: 1, 2, 3, 3, 5. */
  { "lower-1", QS_DIRECTION_LOWER_IS_BETTER, 1, { 2, 3, 3, 1, 0, 5 } },
  { "higher-1", QS_DIRECTION_HIGHER_IS_BETTER, 1, { 4, 2, 2, 5, 0, 1 } },
  { "neutral-1", QS_DIRECTION_NEUTRAL, 1, { 4, 2, 2, 5, 0, 1 } },
  /* Unrounded, or with two decimals, they differ. */
  { "lower-raw", QS_DIRECTION_LOWER_IS_BETTER, -1, { 2, 4, 3, 1, 0, 5 } },
  { "lower-2", QS_DIRECTION_LOWER_IS_BETTER, 2, { 2, 4, 3, 1, 0, 5 } },
  /* With no decimals 35, 40, 40, 28, 50. */
  { "higher-0", QS_DIRECTION_HIGHER_IS_BETTER, 0, { 4, 2, 2, 5, 0, 1 } },
};

static void
test_rank_case (gconstpointer data)
{
  const RankCase *rc = data;
  int ranks[6];

  qs_trend_rank (rank_values, 6, rc->direction, rc->decimals, ranks);
  for (guint i = 0; i < 6; i++)
    g_assert_cmpint (ranks[i], ==, rc->ranks[i]);
}

static void
test_rank_rounding (void)
{
  /* Rounded as displayed (half away from zero on the decimal form):
   * 0.125 and 0.13 both show 0.13 and tie; 0.124 is better. */
  static const double v[] = { 0.125, 0.13, 0.124, 0.135 };
  static const double w[] = { 1, 1, 1, 1, 2 };
  int ranks[5];

  qs_trend_rank (v, 4, QS_DIRECTION_LOWER_IS_BETTER, 2, ranks);
  g_assert_cmpint (ranks[0], ==, 2);
  g_assert_cmpint (ranks[1], ==, 2);
  g_assert_cmpint (ranks[2], ==, 1);
  g_assert_cmpint (ranks[3], ==, 4);

  /* Four-way tie, then the next rank is 5. */
  qs_trend_rank (w, 5, QS_DIRECTION_LOWER_IS_BETTER, 0, ranks);
  g_assert_cmpint (ranks[0], ==, 1);
  g_assert_cmpint (ranks[3], ==, 1);
  g_assert_cmpint (ranks[4], ==, 5);
  qs_trend_rank (NULL, 0, QS_DIRECTION_LOWER_IS_BETTER, 0, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/trend/mann-kendall/increasing", test_mann_kendall_increasing);
  g_test_add_func ("/trend/mann-kendall/ties", test_mann_kendall_ties);
  g_test_add_func ("/trend/theil-sen", test_theil_sen);
  g_test_add_func ("/trend/change", test_change);
  g_test_add_func ("/trend/compound-annual-change", test_compound_annual_change);
  g_test_add_func ("/trend/target", test_target);
  for (guint i = 0; i < G_N_ELEMENTS (rank_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/trend/rank/%s", rank_cases[i].name);
      g_test_add_data_func (path, &rank_cases[i], test_rank_case);
    }
  g_test_add_func ("/trend/rank/rounding", test_rank_rounding);

  return g_test_run ();
}

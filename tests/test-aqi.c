/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "qs-aqi.h"
#include "qs-period.h"

/*
 * The breakpoint table transcribed again, row by row as printed in the
 * domain reference (standards.md §1.1), independently of the column layout
 * of qs-aqi.c. Concentrations in µg/m³, CO in mg/m³ × 10 (tenths), so
 * that every test concentration is an exact integer number of reporting
 * steps. -1: no breakpoint in that row.
 */
enum {
  T_SO2_24H, T_NO2_24H, T_PM10_2012, T_PM10_2026, T_CO_24H_TENTHS,
  T_O3_1H, T_O3_8H, T_PM25_2012, T_PM25_2026, N_T_COLUMNS
};

static const struct
{
  int iaqi;
  long c[N_T_COLUMNS];
} rows[] = {
  /* IAQI  SO2    NO2  PM10  PM10' CO×10 O3-1h O3-8h PM2.5 PM2.5' */
  {   0, {    0,   0,    0,    0,    0,    0,    0,    0,    0 } },
  {  50, {   50,  40,   50,   50,   20,  160,  100,   35,   35 } },
  { 100, {  150,  80,  150,  120,   40,  200,  160,   75,   60 } },
  { 150, {  475, 180,  250,  250,  140,  300,  215,  115,  115 } },
  { 200, {  800, 280,  350,  350,  240,  400,  265,  150,  150 } },
  { 300, { 1600, 565,  420,  420,  360,  800,  800,  250,  250 } },
  { 400, { 2100, 750,  500,  500,  480, 1000,   -1,  350,  350 } },
  { 500, { 2620, 940,  600,  600,  600, 1200,   -1,  500,  500 } },
};

typedef struct
{
  QsAqiRules  rules;
  QsPollutant pollutant;
  int         column;
  const char *name;
} DailyColumn;

static const DailyColumn daily_2012[] = {
  { QS_AQI_RULES_2012, QS_POLLUTANT_SO2, T_SO2_24H, "SO2" },
  { QS_AQI_RULES_2012, QS_POLLUTANT_NO2, T_NO2_24H, "NO2" },
  { QS_AQI_RULES_2012, QS_POLLUTANT_PM10, T_PM10_2012, "PM10" },
  { QS_AQI_RULES_2012, QS_POLLUTANT_CO, T_CO_24H_TENTHS, "CO" },
  { QS_AQI_RULES_2012, QS_POLLUTANT_O3_1H, T_O3_1H, "O3_1h" },
  { QS_AQI_RULES_2012, QS_POLLUTANT_O3_8H, T_O3_8H, "O3_8h" },
  { QS_AQI_RULES_2012, QS_POLLUTANT_PM25, T_PM25_2012, "PM2.5" },
};

static const DailyColumn daily_2026[] = {
  { QS_AQI_RULES_2026, QS_POLLUTANT_SO2, T_SO2_24H, "SO2" },
  { QS_AQI_RULES_2026, QS_POLLUTANT_NO2, T_NO2_24H, "NO2" },
  { QS_AQI_RULES_2026, QS_POLLUTANT_PM10, T_PM10_2026, "PM10" },
  { QS_AQI_RULES_2026, QS_POLLUTANT_CO, T_CO_24H_TENTHS, "CO" },
  { QS_AQI_RULES_2026, QS_POLLUTANT_O3_8H, T_O3_8H, "O3_8h" },
  { QS_AQI_RULES_2026, QS_POLLUTANT_PM25, T_PM25_2026, "PM2.5" },
};

static guint
n_rows_of (int column)
{
  guint n = 0;

  while (n < G_N_ELEMENTS (rows) && rows[n].c[column] >= 0)
    n++;
  return n;
}

/*
 * The expected IAQI by a different route than the implementation: find
 * the segment from the top (the highest one whose lower breakpoint is
 * below c, so shared end points belong to the lower segment), then the
 * smallest integer I with (I − Ilo)(BPhi − BPlo) ≥ (Ihi − Ilo)(c − BPlo),
 * searched upwards: the rounded-up value of the linear formula, without a
 * division.
 */
static int
expected_iaqi (const DailyColumn *col,
               long               c)
{
  guint n = n_rows_of (col->column);
  guint seg = 1;
  long lo, hi;
  int ilo, ihi, i;

  if (c < 0)
    return -1;
  if (c > rows[n - 1].c[col->column])
    {
      if (col->pollutant == QS_POLLUTANT_O3_8H)
        return col->rules == QS_AQI_RULES_2026 ? 300 : -1;
      return 500;
    }
  for (guint k = n - 1; k >= 1; k--)
    if (rows[k - 1].c[col->column] < c)
      {
        seg = k;
        break;
      }
  lo = rows[seg - 1].c[col->column];
  hi = rows[seg].c[col->column];
  ilo = rows[seg - 1].iaqi;
  ihi = rows[seg].iaqi;
  for (i = ilo; (long) (i - ilo) * (hi - lo) < (long) (ihi - ilo) * (c - lo); i++)
    ;
  return i;
}

typedef struct
{
  const DailyColumn *col;
  long               steps;   /* µg/m³, CO tenths */
  int                expected;
} TableCase;

static guint32
day_of (const char *date)
{
  guint32 day = 0;

  g_assert_true (qs_date_parse (date, &day));
  return day;
}

static double
concentration_of (const TableCase *tc)
{
  if (tc->col->pollutant == QS_POLLUTANT_CO)
    return tc->steps / 10.0;  /* correctly rounded: the same double as the literal */
  return (double) tc->steps;
}

static void
test_table_case (gconstpointer data)
{
  const TableCase *tc = data;
  double c[QS_N_POLLUTANTS];
  double value = concentration_of (tc);
  QsAqiResult r;
  guint32 day = day_of (tc->col->rules == QS_AQI_RULES_2012 ? "2025-06-15" : "2026-06-15");

  for (guint p = 0; p < QS_N_POLLUTANTS; p++)
    c[p] = NAN;
  c[tc->col->pollutant] = value;

  g_assert_cmpint (qs_aqi_daily_iaqi (tc->col->rules, tc->col->pollutant, value), ==,
                   tc->expected);

  qs_aqi_daily (day, c, &r);
  g_assert_cmpint (r.rules, ==, tc->col->rules);
  g_assert_cmpint (r.iaqi[tc->col->pollutant], ==, tc->expected);
  for (guint p = 0; p < QS_N_POLLUTANTS; p++)
    if (p != tc->col->pollutant)
      g_assert_cmpint (r.iaqi[p], ==, -1);

  if (tc->expected < 0)
    {
      g_assert_false (r.aqi_valid);
      g_assert_cmpint (r.aqi, ==, -1);
      g_assert_cmpint (r.category, ==, -1);
      g_assert_false (r.published);
      return;
    }
  g_assert_true (r.aqi_valid);
  g_assert_cmpint (r.aqi, ==, tc->expected);
  g_assert_cmpuint (r.primary_mask, ==,
                    tc->expected > 50 ? 1u << tc->col->pollutant : 0u);
  /* Only one indicator: 2012 publishes it, 2026 only above 100. */
  if (tc->col->rules == QS_AQI_RULES_2012)
    g_assert_true (r.published);
  else
    g_assert_cmpint (r.published, ==, tc->expected > 100);
}

static GPtrArray *table_cases;

static void
add_case (const DailyColumn *col,
          long               steps)
{
  TableCase *tc;
  g_autofree char *path = NULL;

  for (guint i = 0; i < table_cases->len; i++)
    {
      TableCase *other = table_cases->pdata[i];
      if (other->col == col && other->steps == steps)
        return;
    }

  tc = g_new0 (TableCase, 1);
  tc->col = col;
  tc->steps = steps;
  tc->expected = expected_iaqi (col, steps);
  g_ptr_array_add (table_cases, tc);

  if (col->pollutant == QS_POLLUTANT_CO)
    path = g_strdup_printf ("/aqi/table/%s/%s/%s%ld.%ld",
                            col->rules == QS_AQI_RULES_2012 ? "2012" : "2026",
                            col->name, steps < 0 ? "-" : "",
                            labs (steps) / 10, labs (steps) % 10);
  else
    path = g_strdup_printf ("/aqi/table/%s/%s/%ld",
                            col->rules == QS_AQI_RULES_2012 ? "2012" : "2026",
                            col->name, steps);
  g_test_add_data_func (path, tc, test_table_case);
}

/* For every breakpoint: at it, one reporting step below and above; and
 * the middle of every segment. */
static void
add_column_cases (const DailyColumn *col)
{
  guint n = n_rows_of (col->column);

  for (guint k = 0; k < n; k++)
    {
      long bp = rows[k].c[col->column];

      add_case (col, bp - 1);
      add_case (col, bp);
      add_case (col, bp + 1);
    }
  for (guint k = 1; k < n; k++)
    add_case (col, (rows[k - 1].c[col->column] + rows[k].c[col->column]) / 2);
}

/* ---------------------------------------------------------------------- */
/* Worked examples (standards.md §1.3 and §5), checked by hand             */

typedef struct
{
  QsPollutant pollutant;
  double      value;
  int         iaqi_2012;
  int         iaqi_2026;
} Example;

static const Example examples[] = {
  { QS_POLLUTANT_PM25, 34.5, 49, 49 },   /* → 34 */
  { QS_POLLUTANT_PM25, 35.4, 50, 50 },   /* → 35: 优, not 良 */
  { QS_POLLUTANT_PM25, 35.5, 52, 52 },   /* → 36 */
  { QS_POLLUTANT_PM25, 36.5, 52, 52 },   /* → 36 (half to even) */
  { QS_POLLUTANT_PM25, 75.5, 102, 115 }, /* → 76 */
  { QS_POLLUTANT_PM25, 10, 15, 15 },     /* 14.29 rounds up */
  { QS_POLLUTANT_PM25, 60, 82, 100 },
  { QS_POLLUTANT_PM25, 600, 500, 500 },  /* capped */
  { QS_POLLUTANT_PM25, 1e12, 500, 500 },
  { QS_POLLUTANT_PM10, 120, 85, 100 },
  { QS_POLLUTANT_CO, 2.05, 50, 50 },     /* → 2.0 */
  { QS_POLLUTANT_CO, 2.15, 55, 55 },     /* → 2.2 */
  { QS_POLLUTANT_CO, 2.2, 55, 55 },      /* not 56 */
  { QS_POLLUTANT_CO, 3.0, 75, 75 },      /* not EPA-style 51 */
  { QS_POLLUTANT_CO, 2.5, 63, 63 },      /* not truncated to 2 */
  { QS_POLLUTANT_CO, 0.25, 5, 5 },       /* → 0.2 */
  { QS_POLLUTANT_CO, 0.35, 10, 10 },     /* → 0.4 */
  { QS_POLLUTANT_CO, 61, 500, 500 },
  { QS_POLLUTANT_SO2, 475, 150, 150 },   /* 24-h column, not 1-h */
  { QS_POLLUTANT_SO2, 900, 213, 213 },   /* 212.5 up; no SO2-1h rule for daily means */
  { QS_POLLUTANT_SO2, 3000, 500, 500 },
  { QS_POLLUTANT_NO2, 100, 110, 110 },
  { QS_POLLUTANT_O3_8H, 800, 300, 300 },
  { QS_POLLUTANT_O3_8H, 800.4, 300, 300 }, /* → 800 */
  { QS_POLLUTANT_O3_8H, 800.5, 300, 300 }, /* → 800 (half to even) */
  { QS_POLLUTANT_O3_8H, 801, -1, 300 },
  { QS_POLLUTANT_O3_8H, 1500, -1, 300 },
  { QS_POLLUTANT_O3_1H, 250, 125, -1 },   /* not an indicator in 2026 */
  { QS_POLLUTANT_PM25, -1, -1, -1 },
  { QS_POLLUTANT_PM25, -0.4, 0, 0 },      /* rounds to 0 */
  { QS_POLLUTANT_PM25, NAN, -1, -1 },
  { QS_POLLUTANT_PM25, INFINITY, -1, -1 },
};

static void
test_examples (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      const Example *e = &examples[i];

      g_test_message ("example %u: %g", i, e->value);
      g_assert_cmpint (qs_aqi_daily_iaqi (QS_AQI_RULES_2012, e->pollutant, e->value), ==,
                       e->iaqi_2012);
      g_assert_cmpint (qs_aqi_daily_iaqi (QS_AQI_RULES_2026, e->pollutant, e->value), ==,
                       e->iaqi_2026);
    }
}

typedef struct
{
  double  value;
  guint   decimals;
  gint64  expected;
} RoundCase;

static void
test_round (void)
{
  static const RoundCase cases[] = {
    { 2.5, 0, 2 }, { 3.5, 0, 4 }, { -2.5, 0, -2 }, { -3.5, 0, -4 },
    { 2.4999, 0, 2 }, { 2.5001, 0, 3 }, { 0.125, 2, 12 }, { 0.135, 2, 14 },
    { 2.675, 2, 268 },    /* 2.67499999… as a double, 2.675 as written */
    { 2.15, 1, 22 }, { 2.05, 1, 20 }, { 2.25, 1, 22 }, { 2.35, 1, 24 },
    { 1e-30, 0, 0 }, { 0.5, 0, 0 }, { 1.5, 0, 2 }, { 123456789.5, 0, 123456790 },
    { 1e15, 0, 1000000000000000 }, { 0, 3, 0 },
  };
  gint64 r;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("round %.17g to %u", cases[i].value, cases[i].decimals);
      g_assert_true (qs_decimal_round_half_even (cases[i].value, cases[i].decimals, &r));
      g_assert_cmpint (r, ==, cases[i].expected);
    }
  g_assert_false (qs_decimal_round_half_even (1e20, 0, &r));
  g_assert_false (qs_decimal_round_half_even (NAN, 0, &r));
  g_assert_false (qs_decimal_round_half_even (INFINITY, 0, &r));

  g_assert_true (qs_aqi_round_concentration (QS_POLLUTANT_CO, 2.15, &r));
  g_assert_cmpint (r, ==, 22);
  g_assert_true (qs_aqi_round_concentration (QS_POLLUTANT_PM25, 35.5, &r));
  g_assert_cmpint (r, ==, 36);
  g_assert_false (qs_aqi_round_concentration (QS_POLLUTANT_PM25, -1, &r));
}

/* ---------------------------------------------------------------------- */
/* Whole reports                                                           */

static void
fill (double      c[QS_N_POLLUTANTS],
      double      pm25,
      double      pm10,
      double      so2,
      double      no2,
      double      co,
      double      o3_8h,
      double      o3_1h)
{
  c[QS_POLLUTANT_PM25] = pm25;
  c[QS_POLLUTANT_PM10] = pm10;
  c[QS_POLLUTANT_SO2] = so2;
  c[QS_POLLUTANT_NO2] = no2;
  c[QS_POLLUTANT_CO] = co;
  c[QS_POLLUTANT_O3_8H] = o3_8h;
  c[QS_POLLUTANT_O3_1H] = o3_1h;
}

#define BIT(p) (1u << (p))

static void
test_full_day (void)
{
  double c[QS_N_POLLUTANTS];
  QsAqiResult r;

  /* PM2.5 20 → 29, PM10 40 → 40, SO2 10 → 10, NO2 20 → 25, CO 0.5 → 13,
   * O3-8h 80 → 40, O3-1h 100 → 32: AQI 40, 优, no primary pollutant. */
  fill (c, 20, 40, 10, 20, 0.5, 80, 100);
  qs_aqi_daily (day_of ("2025-05-01"), c, &r);
  g_assert_true (r.aqi_valid);
  g_assert_true (r.published);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_PM25], ==, 29);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_PM10], ==, 40);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_SO2], ==, 10);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_NO2], ==, 25);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_CO], ==, 13);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_O3_8H], ==, 40);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_O3_1H], ==, 32);
  g_assert_cmpint (r.aqi, ==, 40);
  g_assert_cmpint (r.category, ==, 0);
  g_assert_cmpuint (r.primary_mask, ==, 0);

  /* The same day under 2026: no O3-1h; PM2.5 unchanged below 35. */
  qs_aqi_daily (day_of ("2026-05-01"), c, &r);
  g_assert_cmpint (r.rules, ==, QS_AQI_RULES_2026);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_O3_1H], ==, -1);
  g_assert_cmpint (r.aqi, ==, 40);
  g_assert_true (r.published);
}

static void
test_aqi_exactly_50 (void)
{
  double c[QS_N_POLLUTANTS];
  QsAqiResult r;

  fill (c, 35, 50, 10, 20, 0.5, 80, 100);   /* PM2.5 and PM10 both 50 */
  qs_aqi_daily (day_of ("2025-05-01"), c, &r);
  g_assert_cmpint (r.aqi, ==, 50);
  g_assert_cmpint (r.category, ==, 0);
  g_assert_cmpuint (r.primary_mask, ==, 0);

  fill (c, 36, 50, 10, 20, 0.5, 80, 100);   /* PM2.5 52 */
  qs_aqi_daily (day_of ("2025-05-01"), c, &r);
  g_assert_cmpint (r.aqi, ==, 52);
  g_assert_cmpint (r.category, ==, 1);
  g_assert_cmpuint (r.primary_mask, ==, BIT (QS_POLLUTANT_PM25));
}

static void
test_primary_ties (void)
{
  double c[QS_N_POLLUTANTS];
  QsAqiResult r;
  g_autofree char *text = NULL;
  g_autofree char *text26 = NULL;

  /* 2012: PM2.5 75 → 100, PM10 150 → 100, NO2 80 → 100: three-way tie. */
  fill (c, 75, 150, 10, 80, 0.5, 80, 100);
  qs_aqi_daily (day_of ("2025-05-01"), c, &r);
  g_assert_cmpint (r.aqi, ==, 100);
  g_assert_cmpint (r.category, ==, 1);
  g_assert_cmpuint (r.primary_mask, ==,
                    BIT (QS_POLLUTANT_PM25) | BIT (QS_POLLUTANT_PM10) | BIT (QS_POLLUTANT_NO2));
  text = qs_aqi_primary_text (r.primary_mask);
  g_assert_cmpstr (text, ==, "PM2.5;PM10;NO2");
  g_assert_cmpuint (qs_aqi_exceeding_mask (&r), ==, 0);

  /* 2026: PM2.5 60 → 100, PM10 120 → 100, O3-8h 160 → 100. */
  fill (c, 60, 120, 10, 20, 0.5, 160, NAN);
  qs_aqi_daily (day_of ("2026-05-01"), c, &r);
  g_assert_cmpint (r.aqi, ==, 100);
  g_assert_true (r.published);
  g_assert_cmpuint (r.primary_mask, ==,
                    BIT (QS_POLLUTANT_PM25) | BIT (QS_POLLUTANT_PM10) | BIT (QS_POLLUTANT_O3_8H));
  text26 = qs_aqi_primary_text (r.primary_mask);
  g_assert_cmpstr (text26, ==, "PM2.5;PM10;O3_8h");
}

static void
test_o3_above_800 (void)
{
  double c[QS_N_POLLUTANTS];
  QsAqiResult r;

  /* 2012: O3-8h 900 has no IAQI; O3 counts through its 1-h value
   * (O3-1h 300 → 150). */
  fill (c, 20, 40, 10, 20, 0.5, 900, 300);
  qs_aqi_daily (day_of ("2025-07-01"), c, &r);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_O3_8H], ==, -1);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_O3_1H], ==, 150);
  g_assert_cmpint (r.aqi, ==, 150);
  g_assert_cmpuint (r.primary_mask, ==, BIT (QS_POLLUTANT_O3_1H));
  g_assert_true (r.published);
  g_assert_cmpuint (qs_aqi_exceeding_mask (&r), ==, BIT (QS_POLLUTANT_O3_1H));

  /* 2012 without a 1-h value: O3 has no IAQI at all; the rest still give
   * an AQI. */
  fill (c, 20, 40, 10, 20, 0.5, 900, NAN);
  qs_aqi_daily (day_of ("2025-07-01"), c, &r);
  g_assert_cmpint (r.aqi, ==, 40);
  g_assert_true (r.published);

  /* 2026: O3-8h above 800 is 300. */
  fill (c, 20, 40, 10, 20, 0.5, 900, 300);
  qs_aqi_daily (day_of ("2026-07-01"), c, &r);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_O3_8H], ==, 300);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_O3_1H], ==, -1);
  g_assert_cmpint (r.aqi, ==, 300);
  g_assert_cmpint (r.category, ==, 4);
  g_assert_cmpuint (r.primary_mask, ==, BIT (QS_POLLUTANT_O3_8H));
  g_assert_cmpuint (qs_aqi_exceeding_mask (&r), ==, 0);  /* no such concept */
}

static void
test_above_table (void)
{
  double c[QS_N_POLLUTANTS];
  QsAqiResult r;

  fill (c, 800, 40, 10, 20, 0.5, 80, 100);
  qs_aqi_daily (day_of ("2025-01-10"), c, &r);
  g_assert_cmpint (r.aqi, ==, 500);
  g_assert_cmpint (r.category, ==, 5);
  g_assert_cmpuint (r.primary_mask, ==, BIT (QS_POLLUTANT_PM25));

  /* Two pollutants capped at 500 tie. */
  fill (c, 800, 700, 10, 20, 0.5, 80, 100);
  qs_aqi_daily (day_of ("2026-01-10"), c, &r);
  g_assert_cmpint (r.aqi, ==, 500);
  g_assert_cmpuint (r.primary_mask, ==, BIT (QS_POLLUTANT_PM25) | BIT (QS_POLLUTANT_PM10));
}

static void
test_missing (void)
{
  double c[QS_N_POLLUTANTS];
  QsAqiResult r;

  /* 2012: AQI of the available indicators, published. */
  fill (c, 20, NAN, NAN, 20, NAN, NAN, NAN);
  qs_aqi_daily (day_of ("2025-03-03"), c, &r);
  g_assert_true (r.aqi_valid);
  g_assert_true (r.published);
  g_assert_cmpint (r.aqi, ==, 29);

  /* 2026, one indicator missing and AQI ≤ 100: computed, not published. */
  fill (c, 20, 40, 10, 20, 0.5, NAN, NAN);
  qs_aqi_daily (day_of ("2026-03-03"), c, &r);
  g_assert_true (r.aqi_valid);
  g_assert_false (r.published);
  g_assert_cmpint (r.aqi, ==, 40);
  g_assert_cmpint (r.category, ==, 0);

  /* 2026, AQI exactly 100 with a missing indicator: still not published. */
  fill (c, 60, 40, 10, 20, NAN, 80, NAN);
  qs_aqi_daily (day_of ("2026-03-03"), c, &r);
  g_assert_cmpint (r.aqi, ==, 100);
  g_assert_false (r.published);

  /* 2026, missing indicator but AQI > 100: published. */
  fill (c, 61, 40, 10, 20, NAN, 80, NAN);
  qs_aqi_daily (day_of ("2026-03-03"), c, &r);
  g_assert_cmpint (r.aqi, ==, 101);   /* 100 + 50 × 1 / 55 → 101 */
  g_assert_true (r.published);
  g_assert_cmpuint (r.primary_mask, ==, BIT (QS_POLLUTANT_PM25));

  /* 2026 with all six: published whatever the AQI; the O3-1h slot is not
   * an indicator, so its absence is not a missing indicator. */
  fill (c, 20, 40, 10, 20, 0.5, 80, NAN);
  qs_aqi_daily (day_of ("2026-03-03"), c, &r);
  g_assert_true (r.published);
  g_assert_cmpint (r.aqi, ==, 40);

  /* A negative value counts as missing. */
  fill (c, 20, 40, 10, 20, 0.5, -5, NAN);
  qs_aqi_daily (day_of ("2026-03-03"), c, &r);
  g_assert_false (r.published);

  /* Everything missing: no AQI. */
  fill (c, NAN, NAN, NAN, NAN, NAN, NAN, NAN);
  qs_aqi_daily (day_of ("2025-03-03"), c, &r);
  g_assert_false (r.aqi_valid);
  g_assert_false (r.published);
  g_assert_cmpint (r.aqi, ==, -1);
  g_assert_cmpint (r.category, ==, -1);
  g_assert_cmpuint (r.primary_mask, ==, 0);
  qs_aqi_daily (day_of ("2026-03-03"), c, &r);
  g_assert_false (r.aqi_valid);
  g_assert_false (r.published);

  /* 2026 with only O3-1h, which is no indicator: nothing to compute. */
  fill (c, NAN, NAN, NAN, NAN, NAN, NAN, 100);
  qs_aqi_daily (day_of ("2026-03-03"), c, &r);
  g_assert_false (r.aqi_valid);
}

static void
test_rules_by_date (void)
{
  double c[QS_N_POLLUTANTS];
  QsAqiResult r;

  g_assert_cmpint (qs_aqi_rules_for_day (day_of ("2016-01-01")), ==, QS_AQI_RULES_2012);
  g_assert_cmpint (qs_aqi_rules_for_day (day_of ("2026-02-28")), ==, QS_AQI_RULES_2012);
  g_assert_cmpint (qs_aqi_rules_for_day (day_of ("2026-03-01")), ==, QS_AQI_RULES_2026);
  g_assert_cmpint (qs_aqi_rules_for_day (day_of ("2031-01-01")), ==, QS_AQI_RULES_2026);

  fill (c, 75.5, 40, 10, 20, 0.5, 80, 100);
  qs_aqi_daily (day_of ("2026-02-28"), c, &r);
  g_assert_cmpint (r.rules, ==, QS_AQI_RULES_2012);
  g_assert_cmpint (r.aqi, ==, 102);
  qs_aqi_daily (day_of ("2026-03-01"), c, &r);
  g_assert_cmpint (r.rules, ==, QS_AQI_RULES_2026);
  g_assert_cmpint (r.aqi, ==, 115);

  qs_aqi_daily_with_rules (QS_AQI_RULES_2026, c, &r);
  g_assert_cmpint (r.aqi, ==, 115);
}

static void
test_hourly (void)
{
  double c[QS_N_POLLUTANTS];
  QsAqiResult r;
  guint32 d2012 = day_of ("2025-08-08"), d2026 = day_of ("2026-08-08");

  /* 1-h columns: SO2 150 → 50, NO2 200 → 100, CO 5 → 50, O3-1h 200 → 100. */
  fill (c, 20, 40, 150, 200, 5, 80, 200);
  qs_aqi_hourly (d2012, c, NAN, &r);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_SO2], ==, 50);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_NO2], ==, 100);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_CO], ==, 50);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_O3_1H], ==, 100);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_O3_8H], ==, 40);
  g_assert_cmpint (r.aqi, ==, 100);
  g_assert_cmpuint (r.primary_mask, ==, BIT (QS_POLLUTANT_NO2) | BIT (QS_POLLUTANT_O3_1H));

  /* 2026 real time: no O3-8h; PM 1-h values on the daily PM columns. */
  fill (c, 60, 40, 150, 100, 5, 80, 160);
  qs_aqi_hourly (d2026, c, NAN, &r);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_O3_8H], ==, -1);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_PM25], ==, 100);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_O3_1H], ==, 50);
  g_assert_true (r.published);

  /* SO2-1h at 800 is 200 in both versions. */
  fill (c, 20, 40, 800, 20, 0.5, 80, 100);
  qs_aqi_hourly (d2012, c, NAN, &r);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_SO2], ==, 200);
  qs_aqi_hourly (d2026, c, NAN, &r);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_SO2], ==, 200);

  /* Above 800: 2012 uses the 24-h IAQI (475 → 150), 2026 sets 200. */
  fill (c, 20, 40, 900, 20, 0.5, 80, 100);
  qs_aqi_hourly (d2012, c, 475, &r);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_SO2], ==, 150);
  g_assert_cmpint (r.aqi, ==, 150);
  qs_aqi_hourly (d2012, c, NAN, &r);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_SO2], ==, -1);
  qs_aqi_hourly (d2026, c, 475, &r);
  g_assert_cmpint (r.iaqi[QS_POLLUTANT_SO2], ==, 200);
}

static void
test_categories (void)
{
  static const struct { int aqi; int category; } bands[] = {
    { 0, 0 }, { 1, 0 }, { 50, 0 }, { 51, 1 }, { 100, 1 }, { 101, 2 }, { 150, 2 },
    { 151, 3 }, { 200, 3 }, { 201, 4 }, { 300, 4 }, { 301, 5 }, { 500, 5 }, { -1, -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bands); i++)
    g_assert_cmpint (qs_aqi_category (bands[i].aqi), ==, bands[i].category);

  g_assert_cmpstr (qs_aqi_category_name (0, "zh_CN.UTF-8"), ==, "优");
  g_assert_cmpstr (qs_aqi_category_name (1, "zh_CN"), ==, "良");
  g_assert_cmpstr (qs_aqi_category_name (2, "zh_CN"), ==, "轻度污染");
  g_assert_cmpstr (qs_aqi_category_name (3, "zh_CN"), ==, "中度污染");
  g_assert_cmpstr (qs_aqi_category_name (4, "zh_CN"), ==, "重度污染");
  g_assert_cmpstr (qs_aqi_category_name (5, "zh_CN"), ==, "严重污染");
  g_assert_cmpstr (qs_aqi_category_name (0, "zh_TW"), ==, "優");
  g_assert_cmpstr (qs_aqi_category_name (2, "zh_HK"), ==, "輕度污染");
  g_assert_cmpstr (qs_aqi_category_name (5, "zh_TW"), ==, "嚴重污染");
  g_assert_cmpstr (qs_aqi_category_name (0, "en_GB"), ==, "Good");
  g_assert_cmpstr (qs_aqi_category_name (1, "C"), ==, "Moderate");
  g_assert_cmpstr (qs_aqi_category_name (2, "en"), ==, "Lightly polluted");
  g_assert_cmpstr (qs_aqi_category_name (3, "en"), ==, "Moderately polluted");
  g_assert_cmpstr (qs_aqi_category_name (4, "en"), ==, "Heavily polluted");
  g_assert_cmpstr (qs_aqi_category_name (5, "fr_FR"), ==, "Severely polluted");
  g_assert_null (qs_aqi_category_name (6, "en"));
  g_assert_null (qs_aqi_category_name (-1, "en"));

  g_assert_cmphex (qs_aqi_category_rgb (0), ==, 0x00E400);
  g_assert_cmphex (qs_aqi_category_rgb (1), ==, 0xFFFF00);
  g_assert_cmphex (qs_aqi_category_rgb (2), ==, 0xFF7E00);
  g_assert_cmphex (qs_aqi_category_rgb (3), ==, 0xFF0000);
  g_assert_cmphex (qs_aqi_category_rgb (4), ==, 0x99004C);
  g_assert_cmphex (qs_aqi_category_rgb (5), ==, 0x7E0023);
}

static void
test_primary_text (void)
{
  g_autofree char *all = qs_aqi_primary_text ((1u << QS_N_POLLUTANTS) - 1);
  g_autofree char *none = qs_aqi_primary_text (0);
  g_autofree char *o3 = qs_aqi_primary_text (BIT (QS_POLLUTANT_O3_1H) | BIT (QS_POLLUTANT_O3_8H));

  g_assert_cmpstr (all, ==, "PM2.5;PM10;SO2;NO2;CO;O3_8h;O3_1h");
  g_assert_cmpstr (none, ==, "");
  g_assert_cmpstr (o3, ==, "O3_8h;O3_1h");
}

int
main (int   argc,
      char *argv[])
{
  int ret;

  g_test_init (&argc, &argv, NULL);

  table_cases = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (daily_2012); i++)
    add_column_cases (&daily_2012[i]);
  for (guint i = 0; i < G_N_ELEMENTS (daily_2026); i++)
    add_column_cases (&daily_2026[i]);

  g_test_add_func ("/aqi/examples", test_examples);
  g_test_add_func ("/aqi/round", test_round);
  g_test_add_func ("/aqi/full-day", test_full_day);
  g_test_add_func ("/aqi/exactly-50", test_aqi_exactly_50);
  g_test_add_func ("/aqi/primary-ties", test_primary_ties);
  g_test_add_func ("/aqi/o3-above-800", test_o3_above_800);
  g_test_add_func ("/aqi/above-table", test_above_table);
  g_test_add_func ("/aqi/missing", test_missing);
  g_test_add_func ("/aqi/rules-by-date", test_rules_by_date);
  g_test_add_func ("/aqi/hourly", test_hourly);
  g_test_add_func ("/aqi/categories", test_categories);
  g_test_add_func ("/aqi/primary-text", test_primary_text);

  ret = g_test_run ();
  g_ptr_array_unref (table_cases);
  return ret;
}

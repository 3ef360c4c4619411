/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Indicators derived from raw tables when a dataset loads: checked against
 * values worked out by hand from HJ 633 and GB 3838. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "qs-dataset-loader.h"
#include "qs-derive.h"
#include "qs-period.h"

static QsDataset *
load_text (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  QsDataset *dataset = qs_dataset_loader_load_bytes (bytes, "derive.json", NULL, NULL, NULL, &problems, &error);

  g_assert_no_error (error);
  return dataset;
}

static double
value_of (QsDataset  *dataset,
          const char *indicator,
          const char *region,
          gint32      period,
          QsStatus   *status)
{
  QsIndicator *ind = qs_dataset_lookup_indicator (dataset, indicator);
  QsSeries *series;
  guint k;

  g_assert_nonnull (ind);
  g_assert_true (qs_indicator_get_derived (ind));
  series = qs_indicator_lookup_series (ind, region);
  g_assert_nonnull (series);
  g_assert_true (qs_series_find_period (series, period, &k));
  if (status)
    *status = qs_series_get_status (series, k);
  return qs_series_get_value (series, k);
}

/* Four days of 2026 (HJ 633-2026 rules) in two cities:
 *   A 03-01: PM2.5 60 → IAQI 100 (the 2026 breakpoint), AQI 100, good;
 *   A 03-02: PM2.5 61 → 100 + 50 × 1/55 = 100.9 → 101, not good;
 *   A 03-03: PM2.5 missing, others low: AQI ≤ 100 with an indicator missing
 *            is not published under 2026 rules → not a valid day;
 *   A 03-04: all missing → no AQI;
 *   B 03-01: PM2.5 20 → 29, good; B 03-02: PM2.5 80 → 100 + 50 × 20/55 =
 *            118.2 → 119, not good.
 * City A: 1 good of 2 valid = 50 %; city B: 1 of 2 = 50 %; the province sums
 * city-days: 2 of 4 = 50 %. The year is not covered in full: provisional. */
static void
test_air (void)
{
  g_autoptr(QsDataset) dataset = load_text (
    "{\"format\": \"qingshan-dataset\", \"version\": 1,"
    " \"metadata\": {\"title\": \"t\", \"provenance\": \"official\", \"region\": \"360000\"},"
    " \"regions\": [{\"code\": \"360000\", \"name\": \"P\"}, {\"code\": \"360100\", \"name\": \"A\"},"
    "               {\"code\": \"360200\", \"name\": \"B\"}],"
    " \"indicators\": [],"
    " \"observations\": {\"air_daily\": ["
    "   {\"region\": \"360100\", \"start\": \"2026-03-01\", \"pm25\": [60, 61, null, null],"
    "    \"pm10\": [40, 40, 40, null], \"so2\": [5, 5, 5, null], \"no2\": [10, 10, 10, null],"
    "    \"co\": [0.5, 0.5, 0.5, null], \"o3_8h\": [60, 60, 60, null]},"
    "   {\"region\": \"360200\", \"start\": \"2026-03-01\", \"pm25\": [20, 80],"
    "    \"pm10\": [30, 30], \"so2\": [5, 5], \"no2\": [10, 10], \"co\": [0.4, 0.4], \"o3_8h\": [50, 50]}]}}");
  QsIndicator *daily = qs_dataset_lookup_indicator (dataset, QS_DERIVED_DAILY_AQI);
  QsSeries *a;
  QsStatus status;
  guint32 day;

  g_assert_nonnull (daily);
  a = qs_indicator_lookup_series (daily, "360100");
  g_assert_cmpfloat (qs_series_get_value (a, 0), ==, 100);
  g_assert_cmpfloat (qs_series_get_value (a, 1), ==, 101);
  g_assert_true (isnan (qs_series_get_value (a, 2)));
  g_assert_true (isnan (qs_series_get_value (a, 3)));
  g_assert_cmpfloat (qs_series_get_value (qs_indicator_lookup_series (daily, "360200"), 1), ==, 119);

  g_assert_cmpfloat (value_of (dataset, QS_DERIVED_GOOD_DAYS_RATIO, "360100", 2026, &status), ==, 50);
  g_assert_cmpint (status, ==, QS_STATUS_PROVISIONAL);
  g_assert_cmpfloat (value_of (dataset, QS_DERIVED_GOOD_DAYS_RATIO, "360200", 2026, NULL), ==, 50);
  g_assert_cmpfloat (value_of (dataset, QS_DERIVED_GOOD_DAYS_RATIO, "360000", 2026, NULL), ==, 50);
  /* The province's PM2.5 is the mean of the city means: (60.5 + 50) / 2. */
  g_assert_cmpfloat (value_of (dataset, QS_DERIVED_PM25_MEAN, "360100", 2026, NULL), ==, 60.5);
  g_assert_cmpfloat (value_of (dataset, QS_DERIVED_PM25_MEAN, "360000", 2026, NULL), ==, 55.25);

  /* City-days per level in March 2026: 优 1 (B 29), 良 1 (A 100), 轻度 2. */
  g_assert_true (qs_date_parse ("2026-03-01", &day));
  {
    QsIndicator *days = qs_dataset_lookup_indicator (dataset, QS_DERIVED_AQI_DAYS);
    QsSeries *counts = qs_indicator_lookup_series (days, "360000");
    gint32 march = qs_period_from_day (QS_RESOLUTION_MONTH, day);
    guint k;

    g_assert_true (qs_series_find_period (counts, march, &k));
    g_assert_cmpfloat (qs_series_get_values (counts, 0)[k], ==, 1);
    g_assert_cmpfloat (qs_series_get_values (counts, 1)[k], ==, 1);
    g_assert_cmpfloat (qs_series_get_values (counts, 2)[k], ==, 2);
    g_assert_cmpfloat (qs_series_get_values (counts, 3)[k], ==, 0);
  }
}

/* The same concentrations on 2026-02-28 follow the 2012 table: PM2.5 61 is
 * then 50 + 50 × 26/40 = 82.5 → 83, a good day. */
static void
test_rules_by_date (void)
{
  g_autoptr(QsDataset) dataset = load_text (
    "{\"format\": \"qingshan-dataset\", \"version\": 1,"
    " \"metadata\": {\"title\": \"t\", \"provenance\": \"official\"},"
    " \"regions\": [{\"code\": \"360100\", \"name\": \"A\"}], \"indicators\": [],"
    " \"observations\": {\"air_daily\": [{\"region\": \"360100\", \"start\": \"2026-02-28\", \"pm25\": [61, 61]}]}}");
  QsSeries *a = qs_indicator_lookup_series (qs_dataset_lookup_indicator (dataset, QS_DERIVED_DAILY_AQI), "360100");

  g_assert_cmpfloat (qs_series_get_value (a, 0), ==, 83);
  /* From 1 March, with the other five indicators missing: 101 > 100 is published. */
  g_assert_cmpfloat (qs_series_get_value (a, 1), ==, 101);
}

/* Two national sections and one other: river S1 class II (DO 7, CODMn 3,
 * NH3-N 0.4, TP 0.08), lake L1 class IV on TP (0.07 > 0.05 for lakes), and
 * a non-national river that does not count. I–III share: 1 of 2 = 50 %. */
static void
test_water (void)
{
  g_autoptr(QsDataset) dataset = load_text (
    "{\"format\": \"qingshan-dataset\", \"version\": 1,"
    " \"metadata\": {\"title\": \"t\", \"provenance\": \"demo\", \"region\": \"360000\"},"
    " \"regions\": [{\"code\": \"360000\", \"name\": \"P\"}], \"indicators\": [],"
    " \"observations\": {"
    "   \"water_sections\": [{\"id\": \"S1\", \"name\": \"s\", \"kind\": \"river\", \"region\": \"360000\", \"national\": true},"
    "                        {\"id\": \"L1\", \"name\": \"l\", \"kind\": \"lake\", \"region\": \"360000\", \"national\": true},"
    "                        {\"id\": \"X\", \"name\": \"x\", \"kind\": \"river\", \"region\": \"360000\"}],"
    "   \"water_samples\": ["
    "     {\"section\": \"S1\", \"dates\": [\"2025-01-10\", \"2025-02-10\"], \"do\": [7, 7], \"codmn\": [3, 3],"
    "      \"nh3n\": [0.4, 0.4], \"tp\": [0.08, 0.08]},"
    "     {\"section\": \"L1\", \"dates\": [\"2025-01-10\"], \"do\": [7], \"codmn\": [3], \"nh3n\": [0.4], \"tp\": [0.07]},"
    "     {\"section\": \"X\", \"dates\": [\"2025-01-10\"], \"do\": [1], \"codmn\": [30], \"nh3n\": [5], \"tp\": [1]}]}}");
  QsStatus status;
  QsIndicator *composition;
  QsSeries *series;

  g_assert_cmpfloat (value_of (dataset, QS_DERIVED_WATER_GOOD_RATIO, "360000", 2025, &status), ==, 50);
  /* Demonstration data give illustrative figures. */
  g_assert_cmpint (status, ==, QS_STATUS_ILLUSTRATIVE);
  composition = qs_dataset_lookup_indicator (dataset, QS_DERIVED_WATER_COMPOSITION);
  series = qs_indicator_lookup_series (composition, "360000");
  g_assert_cmpfloat (qs_series_get_values (series, 1)[0], ==, 50);   /* class II */
  g_assert_cmpfloat (qs_series_get_values (series, 3)[0], ==, 50);   /* class IV */
  g_assert_cmpfloat (qs_series_get_values (series, 5)[0], ==, 0);    /* worse than V */
}

/* A dataset whose own indicator has the derived id keeps its own. */
static void
test_keeps_own (void)
{
  g_autoptr(QsDataset) dataset = load_text (
    "{\"format\": \"qingshan-dataset\", \"version\": 1,"
    " \"metadata\": {\"title\": \"t\", \"provenance\": \"official\"},"
    " \"regions\": [{\"code\": \"360100\", \"name\": \"A\"}],"
    " \"indicators\": [{\"id\": \"air.daily_aqi\", \"domain\": \"air\", \"name\": \"mine\", \"unit\": \"1\","
    "   \"direction\": \"neutral\", \"kind\": \"index\", \"resolution\": \"day\"}],"
    " \"observations\": {\"air_daily\": [{\"region\": \"360100\", \"start\": \"2025-02-28\", \"pm25\": [61]}]}}");
  QsIndicator *own = qs_dataset_lookup_indicator (dataset, QS_DERIVED_DAILY_AQI);

  g_assert_false (qs_indicator_get_derived (own));
  g_assert_cmpstr (qs_text_get (qs_indicator_get_name (own), NULL), ==, "mine");
}

/* A rate made of two counts: cities A (10 of 100 villages in 2024, 30 of
 * 100 in 2025) and B (90 of 300; 2025 missing) and C (its own province,
 * 5 of 10, with counts of its own). The province P has no counts: 2024 sums
 * to 100 of 400 = 25 %, where averaging the two rates would give 20 %; 2025
 * has no sum, since B is missing. Region D reports more treated than it
 * has, which makes no rate. */
static void
test_rates_from_counts (void)
{
  g_autoptr(QsDataset) dataset = load_text (
    "{\"format\": \"qingshan-dataset\", \"version\": 1,"
    " \"metadata\": {\"title\": \"t\", \"provenance\": \"official\", \"region\": \"360000\"},"
    " \"regions\": [{\"code\": \"360000\", \"name\": \"P\"},"
    "   {\"code\": \"360100\", \"name\": \"A\", \"parent\": \"360000\"},"
    "   {\"code\": \"360200\", \"name\": \"B\", \"parent\": \"360000\"},"
    "   {\"code\": \"370000\", \"name\": \"C\"}, {\"code\": \"380000\", \"name\": \"D\"}],"
    " \"indicators\": ["
    "  {\"id\": \"rural_sewage.rate\", \"domain\": \"rural_sewage\", \"name\": {\"en\": \"Rate\"},"
    "   \"unit\": \"%\", \"direction\": \"higher-is-better\", \"kind\": \"ratio\", \"resolution\": \"year\","
    "   \"counts\": {\"numerator\": \"rural_sewage.treated\", \"denominator\": \"rural_sewage.total\"},"
    "   \"targets\": [{\"kind\": \"target\", \"value\": 40, \"year\": 2025, \"label\": \"plan\"}],"
    "   \"series\": [{\"region\": \"360000\", \"start\": \"2024\", \"values\": [21, 30]}]},"
    "  {\"id\": \"rural_sewage.treated\", \"domain\": \"rural_sewage\", \"name\": \"treated\", \"unit\": \"count\","
    "   \"direction\": \"higher-is-better\", \"kind\": \"count\", \"resolution\": \"year\", \"series\": ["
    "    {\"region\": \"360100\", \"start\": \"2024\", \"values\": [10, 30]},"
    "    {\"region\": \"360200\", \"start\": \"2024\", \"values\": [90, null], \"status\": \"provisional\"},"
    "    {\"region\": \"370000\", \"start\": \"2024\", \"values\": [5]},"
    "    {\"region\": \"380000\", \"start\": \"2024\", \"values\": [12]}]},"
    "  {\"id\": \"rural_sewage.total\", \"domain\": \"rural_sewage\", \"name\": \"total\", \"unit\": \"count\","
    "   \"direction\": \"neutral\", \"kind\": \"count\", \"resolution\": \"year\", \"series\": ["
    "    {\"region\": \"360100\", \"start\": \"2024\", \"values\": [100, 100]},"
    "    {\"region\": \"360200\", \"start\": \"2024\", \"values\": [300, 300]},"
    "    {\"region\": \"370000\", \"start\": \"2024\", \"values\": [10]},"
    "    {\"region\": \"380000\", \"start\": \"2024\", \"values\": [10]}]}]}");
  QsIndicator *derived = qs_dataset_lookup_indicator (dataset, "rural_sewage.derived_rate");
  QsSeries *province;
  QsStatus status;
  guint k;

  g_assert_nonnull (derived);
  g_assert_cmpstr (qs_text_get (qs_indicator_get_name (derived), "en"), ==, "Rate (from counts)");
  g_assert_cmpuint (qs_indicator_get_targets (derived)->len, ==, 1);
  g_assert_cmpfloat_with_epsilon (value_of (dataset, "rural_sewage.derived_rate", "360100", 2024, NULL), 10, 1e-9);
  g_assert_cmpfloat_with_epsilon (value_of (dataset, "rural_sewage.derived_rate", "360100", 2025, NULL), 30, 1e-9);
  g_assert_cmpfloat_with_epsilon (value_of (dataset, "rural_sewage.derived_rate", "360200", 2024, &status), 30, 1e-9);
  g_assert_cmpint (status, ==, QS_STATUS_PROVISIONAL);
  /* Summed counts, not averaged rates; the status is the least final. */
  g_assert_cmpfloat_with_epsilon (value_of (dataset, "rural_sewage.derived_rate", "360000", 2024, &status), 25, 1e-9);
  g_assert_cmpint (status, ==, QS_STATUS_PROVISIONAL);
  province = qs_indicator_lookup_series (derived, "360000");
  g_assert_false (qs_series_find_period (province, 2025, &k));
  g_assert_cmpfloat_with_epsilon (value_of (dataset, "rural_sewage.derived_rate", "370000", 2024, NULL), 50, 1e-9);
  g_assert_null (qs_indicator_lookup_series (derived, "380000"));
  /* The published rate stays as given. */
  g_assert_false (qs_indicator_get_derived (qs_dataset_lookup_indicator (dataset, "rural_sewage.rate")));
}

/* Found by fuzzing: a block of daily air data with empty columns made a
 * series of no values, whose storage was then offset from NULL. */
static void
test_empty_air_block (void)
{
  g_autoptr(QsDataset) dataset = load_text (
    "{\"format\": \"qingshan-dataset\", \"version\": 1,"
    " \"metadata\": {\"title\": \"t\", \"provenance\": \"official\", \"region\": \"360000\"},"
    " \"regions\": [{\"code\": \"360000\", \"name\": \"P\"},"
    "   {\"code\": \"360100\", \"name\": \"A\", \"parent\": \"360000\"}],"
    " \"indicators\": [],"
    " \"observations\": {\"air_daily\": [{\"region\": \"360100\", \"start\": \"2025-01-01\", \"pm25\": []}]}}");
  QsIndicator *daily = qs_dataset_lookup_indicator (dataset, QS_DERIVED_DAILY_AQI);
  g_autoptr(QsSeries) empty = qs_series_new_regular ("360100", QS_RESOLUTION_DAY, 0, 0, 1);

  g_assert_true (daily == NULL || qs_indicator_lookup_series (daily, "360100") == NULL);
  g_assert_null (qs_series_get_data (empty, 0));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/derive/air", test_air);
  g_test_add_func ("/derive/rules-by-date", test_rules_by_date);
  g_test_add_func ("/derive/water", test_water);
  g_test_add_func ("/derive/keeps-own", test_keeps_own);
  g_test_add_func ("/derive/rates-from-counts", test_rates_from_counts);
  g_test_add_func ("/derive/empty-air-block", test_empty_air_block);
  return g_test_run ();
}

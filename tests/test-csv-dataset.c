/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A plain time,value CSV opens as a dataset of one indicator. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "qs-csv-dataset.h"
#include "qs-dataset-loader.h"
#include "qs-period.h"

static char *
write_temp (const char *name,
            const char *contents,
            gssize      len)
{
  g_autofree char *dir = g_dir_make_tmp ("qs-csv-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, len, NULL));
  return path;
}

static void
remove_temp (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
}

/* Loads @contents as a CSV file called @name; its one series. */
static QsSeries *
load_series (const char *name,
             const char *contents)
{
  g_autofree char *path = write_temp (name, contents, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = qs_dataset_loader_load_path (path, NULL, NULL, NULL, NULL, &error);
  QsIndicator *indicator;

  g_assert_no_error (error);
  remove_temp (path);
  indicator = qs_dataset_lookup_indicator (dataset, QS_CSV_DATASET_INDICATOR_ID);
  g_assert_nonnull (indicator);
  return g_object_ref (qs_indicator_get_series (indicator)->pdata[0]);
}

static void
test_header_and_unit (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "daily.csv", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = qs_dataset_loader_load_path (path, NULL, NULL, NULL, NULL, &error);
  QsIndicator *indicator;
  QsSeries *series;

  g_assert_no_error (error);
  indicator = qs_dataset_lookup_indicator (dataset, QS_CSV_DATASET_INDICATOR_ID);
  g_assert_nonnull (indicator);
  g_assert_cmpstr (qs_text_get (qs_indicator_get_name (indicator), "en"), ==, "PM2.5");
  g_assert_cmpint (qs_indicator_get_unit (indicator), ==, QS_UNIT_UG_M3);
  g_assert_cmpint (qs_indicator_get_domain (indicator), ==, QS_DOMAIN_AIR);
  g_assert_cmpint (qs_indicator_get_resolution (indicator), ==, QS_RESOLUTION_DAY);
  g_assert_cmpstr (qs_text_get (qs_dataset_get_title (dataset), "en"), ==, "PM2.5");

  series = qs_indicator_get_series (indicator)->pdata[0];
  g_assert_true (qs_series_is_regular (series));
  g_assert_cmpuint (qs_series_get_n_values (series), ==, 5);
  g_assert_cmpfloat (qs_series_get_value (series, 1), ==, 41.5);
  /* Empty and NA are missing values, not errors. */
  g_assert_true (isnan (qs_series_get_value (series, 2)));
  g_assert_true (isnan (qs_series_get_value (series, 3)));
  g_assert_cmpfloat (qs_series_get_value (series, 4), ==, 28);
}

static void
test_no_header_irregular (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "no-header.csv", NULL);
  g_autoptr(QsDataset) dataset = qs_dataset_loader_load_path (path, NULL, NULL, NULL, NULL, NULL);
  QsIndicator *indicator;
  QsSeries *series;

  g_assert_nonnull (dataset);
  indicator = qs_dataset_lookup_indicator (dataset, QS_CSV_DATASET_INDICATOR_ID);
  /* No header: the file name is the title. */
  g_assert_cmpstr (qs_text_get (qs_indicator_get_name (indicator), "zh_CN"), ==, "no-header");
  g_assert_cmpint (qs_indicator_get_resolution (indicator), ==, QS_RESOLUTION_YEAR);
  series = qs_indicator_get_series (indicator)->pdata[0];
  g_assert_false (qs_series_is_regular (series));
  g_assert_cmpint (qs_series_get_period (series, 1), ==, 2023);
  g_assert_cmpfloat (qs_series_get_value (series, 2), ==, 61.5);
}

static void
test_chinese_header_gbk (void)
{
  g_autofree char *gbk = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  QsIndicator *indicator;
  gsize len;

  gbk = g_convert ("月份,治理率（%）\n2025-01,50.1\n2025-02,51.3\n", -1, "GB18030", "UTF-8", NULL, &len, &error);
  g_assert_no_error (error);
  path = write_temp ("sewage.csv", gbk, (gssize) len);
  dataset = qs_dataset_loader_load_path (path, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  indicator = qs_dataset_lookup_indicator (dataset, QS_CSV_DATASET_INDICATOR_ID);
  g_assert_cmpstr (qs_text_get (qs_indicator_get_name (indicator), NULL), ==, "治理率");
  g_assert_cmpint (qs_indicator_get_unit (indicator), ==, QS_UNIT_PERCENT);
  g_assert_cmpint (qs_indicator_get_kind (indicator), ==, QS_KIND_RATIO);
  g_assert_cmpint (qs_indicator_get_resolution (indicator), ==, QS_RESOLUTION_MONTH);
  remove_temp (path);
}

static void
test_hourly (void)
{
  g_autofree char *path = write_temp ("hourly.csv", "time;value\n2025-01-01 00:00;3\n2025-01-01 01:00;4\n", -1);
  g_autoptr(QsDataset) dataset = qs_dataset_loader_load_path (path, NULL, NULL, NULL, NULL, NULL);
  QsSeries *series;

  g_assert_nonnull (dataset);
  series = qs_indicator_get_series (qs_dataset_lookup_indicator (dataset, QS_CSV_DATASET_INDICATOR_ID))->pdata[0];
  g_assert_cmpint (qs_series_get_resolution (series), ==, QS_RESOLUTION_HOUR);
  g_assert_true (qs_series_is_regular (series));
  remove_temp (path);
}

/* Hourly rows across midnight and a month end, with one hour skipped. */
static void
test_hourly_days (void)
{
  g_autoptr(GString) csv = g_string_new ("time,value\n");
  g_autoptr(QsSeries) series = NULL;
  gint32 first;

  for (guint h = 0; h < 72; h++)
    {
      GDate date;

      if (h == 30)
        continue;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 30, 12, 2024);
      g_date_add_days (&date, h / 24);
      g_string_append_printf (csv, "%04d-%02d-%02d %02u:00,%u\n", g_date_get_year (&date),
                              g_date_get_month (&date), g_date_get_day (&date), h % 24, h);
    }
  series = load_series ("hours.csv", csv->str);
  g_assert_false (qs_series_is_regular (series));
  g_assert_cmpuint (qs_series_get_n_values (series), ==, 71);
  g_assert_true (qs_period_parse (QS_RESOLUTION_HOUR, "2024-12-30 00:00", &first));
  for (guint i = 0; i < 71; i++)
    {
      guint h = i < 30 ? i : i + 1;
      g_assert_cmpint (qs_series_get_period (series, i), ==, first + (gint32) h);
      g_assert_cmpfloat (qs_series_get_value (series, i), ==, h);
    }
}

/* Rows shorter than the loader's estimate (7 bytes) make its array grow;
 * the first gap comes late, after the periods were not kept. */
static void
test_growth_and_late_gap (void)
{
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(QsSeries) series = NULL;
  const guint n = 3000, gap = 2500;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (csv, "%u,%u\n", 1000 + i + (i >= gap), i % 10);
  series = load_series ("years.csv", csv->str);
  g_assert_false (qs_series_is_regular (series));
  g_assert_cmpuint (qs_series_get_n_values (series), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (qs_series_get_period (series, i), ==, 1000 + i + (i >= gap));
      g_assert_cmpfloat (qs_series_get_value (series, i), ==, i % 10);
    }
}

/* Without a gap a long file is one regular series holding every value. */
static void
test_long_regular (void)
{
  g_autoptr(GString) csv = g_string_new ("date,PM2.5 (µg/m³)\n");
  g_autoptr(QsSeries) series = NULL;
  GDate date;
  gint32 first;
  const guint n = 40000;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 1, 1950);
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (csv, "%04d-%02d-%02d,", g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date));
      /* One missing value: the series stays regular. */
      if (i != 7)
        g_string_append_printf (csv, "%u.5", i % 500);
      g_string_append_c (csv, '\n');
      g_date_add_days (&date, 1);
    }
  series = load_series ("daily.csv", csv->str);
  g_assert_true (qs_series_is_regular (series));
  g_assert_cmpuint (qs_series_get_n_values (series), ==, n);
  g_assert_true (qs_period_parse (QS_RESOLUTION_DAY, "1950-01-01", &first));
  g_assert_cmpint (qs_series_get_period (series, 0), ==, first);
  g_assert_cmpint (qs_series_get_period (series, n - 1), ==, first + (gint32) n - 1);
  for (guint i = 0; i < n; i++)
    {
      if (i == 7)
        g_assert_true (isnan (qs_series_get_value (series, i)));
      else
        g_assert_cmpfloat (qs_series_get_value (series, i), ==, i % 500 + 0.5);
    }
}

typedef struct
{
  const char *contents;
  const char *expected;  /* the problems, "LINE:COLUMN: message" each */
} BadCase;

static const BadCase bad_cases[] = {
  { "date,value\n2025-01-01,3\n2025-01-02,abc\n", "3:12: “abc” is not a number\n" },
  { "date,value\n2025-01-01,3\n2025-13-01,4\n", "3:1: “2025-13-01” is not a period like the ones above it\n" },
  { "date,value\n2025-01-02,3\n2025-01-01,4\n", "3:1: “2025-01-01” is not after the period before it\n" },
  { "date,value\n2025-01-01,3\n2025-01,4\n", "3:1: “2025-01” is not a period like the ones above it\n" },
  { "date\n2025-01-01\n", "1:1: expected two columns, time and value (is the separator a comma, tab or semicolon?)\n"
                          "2:1: expected two columns, time and value (is the separator a comma, tab or semicolon?)\n" },
  { "date,value\n", "the file has no rows of data\n" },
  { "date,value\n2025,1\n2026,x\n2027,y\n", "3:6: “x” is not a number\n4:6: “y” is not a number\n" },
};

static void
test_bad (gconstpointer data)
{
  const BadCase *c = data;
  g_autofree char *path = write_temp ("bad.csv", c->contents, -1);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = qs_dataset_loader_load_path (path, NULL, NULL, NULL, &problems, &error);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *prefix = g_strconcat (path, ":", NULL);

  g_assert_null (dataset);
  g_assert_error (error, QS_LOAD_ERROR, QS_LOAD_ERROR_INVALID);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = qs_problem_to_string (problems->pdata[i]);
      g_assert_true (g_str_has_prefix (line, prefix));
      g_string_append_printf (text, "%s\n", line + strlen (prefix) + (line[strlen (prefix)] == ' '));
    }
  g_assert_cmpstr (text->str, ==, c->expected);
  remove_temp (path);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/csv-dataset/header-and-unit", test_header_and_unit);
  g_test_add_func ("/csv-dataset/no-header-irregular", test_no_header_irregular);
  g_test_add_func ("/csv-dataset/chinese-header-gbk", test_chinese_header_gbk);
  g_test_add_func ("/csv-dataset/hourly", test_hourly);
  g_test_add_func ("/csv-dataset/hourly-days", test_hourly_days);
  g_test_add_func ("/csv-dataset/growth-and-late-gap", test_growth_and_late_gap);
  g_test_add_func ("/csv-dataset/long-regular", test_long_regular);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/csv-dataset/bad/%u", i);
      g_test_add_data_func (name, &bad_cases[i], test_bad);
    }
  return g_test_run ();
}

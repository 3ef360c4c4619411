/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include "qs-dataset-loader.h"
#include "qs-period.h"

static QsDataset *
load_good (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", name, NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  QsDataset *dataset = qs_dataset_loader_load_path (path, NULL, NULL, NULL, &problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (problems->len, ==, 0);
  return dataset;
}

static void
test_full_metadata (void)
{
  g_autoptr(QsDataset) dataset = load_good ("full.json");
  QsSource *source;
  QsRegion *region;

  g_assert_cmpstr (qs_text_get (qs_dataset_get_title (dataset), "zh_CN"), ==, "测试数据集");
  g_assert_cmpstr (qs_text_get (qs_dataset_get_title (dataset), "zh_TW"), ==, "測試資料集");
  g_assert_cmpstr (qs_text_get (qs_dataset_get_title (dataset), "en"), ==, "Test dataset");
  g_assert_cmpstr (qs_text_get (qs_dataset_get_description (dataset), "zh_CN"), ==,
                   "Every feature of the format, once.");
  g_assert_cmpint (qs_dataset_get_provenance (dataset), ==, QS_PROVENANCE_OFFICIAL);
  g_assert_false (qs_dataset_is_demo (dataset));
  g_assert_cmpstr (qs_dataset_get_region_code (dataset), ==, "360000");
  g_assert_cmpstr (qs_dataset_get_created (dataset), ==, "2026-01-15");
  g_assert_cmpuint (qs_dataset_get_sources (dataset)->len, ==, 2);
  source = qs_dataset_lookup_source (dataset, "release");
  g_assert_nonnull (source);
  g_assert_cmpstr (source->date, ==, "2025-12-05");
  g_assert_cmpstr (source->url, ==, "https://example.org/release");
  g_assert_cmpstr (qs_text_get (source->publisher, "en"), ==, "省政府新闻办");

  g_assert_cmpuint (qs_dataset_get_regions (dataset)->len, ==, 3);
  region = qs_dataset_lookup_region (dataset, "360100");
  g_assert_nonnull (region);
  g_assert_cmpstr (region->parent, ==, "360000");
  g_assert_true (region->has_tile);
  g_assert_cmpint (region->tile_column, ==, 2);
  g_assert_cmpint (region->tile_row, ==, 1);
  g_assert_false (qs_dataset_lookup_region (dataset, "360000")->has_tile);
}

static void
test_full_series (void)
{
  g_autoptr(QsDataset) dataset = load_good ("full.json");
  QsIndicator *pm25 = qs_dataset_lookup_indicator (dataset, "air.pm25_annual");
  QsSeries *province, *city;
  QsTarget *target;
  guint index;

  g_assert_nonnull (pm25);
  g_assert_cmpint (qs_indicator_get_domain (pm25), ==, QS_DOMAIN_AIR);
  g_assert_cmpint (qs_indicator_get_unit (pm25), ==, QS_UNIT_UG_M3);
  g_assert_cmpint (qs_indicator_get_direction (pm25), ==, QS_DIRECTION_LOWER_IS_BETTER);
  g_assert_cmpuint (qs_indicator_get_targets (pm25)->len, ==, 3);
  target = qs_indicator_get_targets (pm25)->pdata[2];
  g_assert_cmpint (target->kind, ==, QS_TARGET_KIND_STANDARD);
  g_assert_cmpfloat (target->value, ==, 30);
  {
    g_autofree char *from = qs_date_to_string (target->valid_from);
    g_assert_cmpstr (from, ==, "2026-03-01");
  }

  province = qs_indicator_lookup_series (pm25, "360000");
  g_assert_nonnull (province);
  g_assert_true (qs_series_is_regular (province));
  g_assert_cmpuint (qs_series_get_n_values (province), ==, 5);
  g_assert_cmpint (qs_series_get_period (province, 0), ==, 2021);
  g_assert_cmpint (qs_series_get_period (province, 4), ==, 2025);
  g_assert_true (isnan (qs_series_get_value (province, 2)));
  g_assert_cmpfloat (qs_series_get_value (province, 4), ==, 27.4);
  g_assert_cmpint (qs_series_get_status (province, 0), ==, QS_STATUS_ILLUSTRATIVE);
  g_assert_cmpint (qs_series_get_status (province, 1), ==, QS_STATUS_FINAL);
  g_assert_cmpint (qs_series_get_status (province, 4), ==, QS_STATUS_PROVISIONAL);
  g_assert_null (qs_series_get_source (province, 0));
  g_assert_cmpstr (qs_series_get_source (province, 3), ==, "bulletin");
  g_assert_true (qs_series_get_latest (province, &index));
  g_assert_cmpuint (index, ==, 4);
  /* 2024 has a value; 2023 (before it) does not. */
  g_assert_true (qs_series_get_previous (province, 4, &index));
  g_assert_cmpuint (index, ==, 3);
  g_assert_false (qs_series_get_previous (province, 3, &index));

  city = qs_indicator_lookup_series (pm25, "360100");
  g_assert_false (qs_series_is_regular (city));
  g_assert_cmpint (qs_series_get_period (city, 1), ==, 2023);
  g_assert_true (qs_series_find_period (city, 2025, &index));
  g_assert_cmpuint (index, ==, 2);
  g_assert_false (qs_series_find_period (city, 2024, &index));
  g_assert_false (qs_series_get_previous (city, 2, &index));
  g_assert_cmpint (qs_series_get_status (city, 2), ==, QS_STATUS_ILLUSTRATIVE);
}

static void
test_full_kinds (void)
{
  g_autoptr(QsDataset) dataset = load_good ("full.json");
  QsIndicator *ratio = qs_dataset_lookup_indicator (dataset, "air.good_days_ratio");
  QsIndicator *classes = qs_dataset_lookup_indicator (dataset, "water.classes");
  QsIndicator *cases = qs_dataset_lookup_indicator (dataset, "other.cases");
  QsIndicator *index = qs_dataset_lookup_indicator (dataset, "other.index");
  QsSeries *series;
  gint32 p;

  series = qs_indicator_get_series (ratio)->pdata[0];
  g_assert_true (qs_period_parse (QS_RESOLUTION_QUARTER, "2025-Q1", &p));
  g_assert_cmpint (qs_series_get_period (series, 2), ==, p);
  g_assert_cmpstr (qs_series_get_source (series, 1), ==, "release");
  g_assert_cmpuint (qs_indicator_get_decimals (ratio), ==, 1);

  g_assert_cmpuint (qs_indicator_get_n_categories (classes), ==, 3);
  g_assert_cmpstr (qs_indicator_get_category_color (classes, 2), ==, "#FF0000");
  g_assert_null (qs_indicator_get_category_color (classes, 1));
  series = qs_indicator_get_series (classes)->pdata[0];
  g_assert_cmpuint (qs_series_get_n_categories (series), ==, 3);
  g_assert_cmpfloat (qs_series_get_values (series, 0)[1], ==, 97.8);
  g_assert_cmpfloat (qs_series_get_values (series, 1)[1], ==, 2.2);

  g_assert_cmpstr (qs_text_get (qs_indicator_get_unit_label (cases), "zh_CN"), ==, "件");
  g_assert_cmpuint (qs_indicator_get_decimals (cases), ==, 0);
  series = qs_indicator_get_series (cases)->pdata[0];
  g_assert_cmpint (qs_series_get_period (series, 2), ==, 2026 * 12 + 0);

  series = qs_indicator_get_series (index)->pdata[0];
  g_assert_cmpfloat (qs_series_get_value (series, 0), ==, -1.5);
  {
    g_autofree char *day = qs_period_to_string (QS_RESOLUTION_DAY, qs_series_get_period (series, 2));
    g_assert_cmpstr (day, ==, "2024-03-01");
  }
}

static void
test_full_observations (void)
{
  g_autoptr(QsDataset) dataset = load_good ("full.json");
  GPtrArray *air = qs_dataset_get_air_daily (dataset);
  GPtrArray *samples = qs_dataset_get_water_samples (dataset);
  QsAirDaily *block;
  QsWaterSamples *s1;
  QsWaterSection *lake;

  g_assert_cmpuint (air->len, ==, 1);
  block = air->pdata[0];
  g_assert_cmpstr (block->region, ==, "360100");
  g_assert_cmpuint (block->n_days, ==, 3);
  g_assert_cmpfloat (block->columns[QS_POLLUTANT_PM25][1], ==, 41);
  g_assert_true (isnan (block->columns[QS_POLLUTANT_PM25][2]));
  g_assert_cmpfloat (block->columns[QS_POLLUTANT_CO][0], ==, 0.8);
  g_assert_null (block->columns[QS_POLLUTANT_SO2]);
  g_assert_null (block->columns[QS_POLLUTANT_O3_1H]);

  g_assert_cmpuint (qs_dataset_get_water_sections (dataset)->len, ==, 2);
  lake = qs_dataset_lookup_water_section (dataset, "L1");
  g_assert_true (lake->is_lake);
  g_assert_false (lake->national);
  g_assert_true (qs_dataset_lookup_water_section (dataset, "S1")->national);
  g_assert_cmpuint (samples->len, ==, 2);
  s1 = samples->pdata[0];
  g_assert_cmpuint (s1->n_samples, ==, 2);
  g_assert_cmpfloat (s1->columns[QS_WATER_DO][1], ==, 7.6);
  g_assert_true (isnan (s1->columns[QS_WATER_NH3N][1]));
  g_assert_null (s1->columns[QS_WATER_COD]);
  g_assert_cmpfloat (s1->columns[QS_WATER_PH][0], ==, 7.2);
}

static void
test_bom_accepted (void)
{
  g_autoptr(QsDataset) dataset = load_good ("bom.json");

  g_assert_cmpstr (qs_text_get (qs_dataset_get_title (dataset), NULL), ==, "BOM");
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  GArray *steps = user_data;

  g_array_append_val (steps, fraction);
}

static void
test_progress (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "full.json", NULL);
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(QsDataset) dataset = qs_dataset_loader_load_path (path, NULL, record_progress, steps, NULL, NULL);

  g_assert_nonnull (dataset);
  g_assert_cmpuint (steps->len, >=, 3);
  for (guint i = 1; i < steps->len; i++)
    g_assert_cmpfloat (g_array_index (steps, double, i), >=, g_array_index (steps, double, i - 1));
  g_assert_cmpfloat (g_array_index (steps, double, steps->len - 1), ==, 1.0);
}

static void
test_cancelled (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "full.json", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = NULL;

  g_cancellable_cancel (cancellable);
  dataset = qs_dataset_loader_load_path (path, cancellable, NULL, NULL, NULL, &error);
  g_assert_null (dataset);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = qs_dataset_loader_load_path ("/nonexistent/x.json", NULL, NULL, NULL,
                                                              NULL, &error);

  g_assert_null (dataset);
  g_assert_error (error, QS_LOAD_ERROR, QS_LOAD_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, "/nonexistent/x.json: "));
}

static void
test_error_summarizes (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{\"format\": \"qingshan-dataset\", \"version\": 1}", 44);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = qs_dataset_loader_load_bytes (bytes, "x.json", NULL, NULL, NULL,
                                                               &problems, &error);

  g_assert_null (dataset);
  g_assert_cmpuint (problems->len, ==, 3);
  g_assert_cmpstr (error->message, ==, "x.json: missing required key “metadata” (and 2 more problems)");
}

/* A dataset with one long daily series, in the shape the loader reads as a
 * column, ending with the value text @last. */
static GBytes *
long_series (guint        n,
             const char  *last)
{
  GString *s = g_string_new ("{\"format\": \"qingshan-dataset\", \"version\": 1, "
                             "\"metadata\": {\"title\": \"t\", \"provenance\": \"other\"}, "
                             "\"regions\": [{\"code\": \"360000\", \"name\": \"x\"}], "
                             "\"indicators\": [{\"id\": \"air.pm25_daily\", \"domain\": \"air\", \"name\": \"p\", "
                             "\"unit\": \"ug/m3\", \"direction\": \"lower-is-better\", \"kind\": \"concentration\", "
                             "\"resolution\": \"day\", \"series\": [{\"region\": \"360000\", \"start\": \"2000-01-01\", "
                             "\"values\": [");

  for (guint i = 0; i + 1 < n; i++)
    g_string_append_printf (s, i % 7 == 3 ? "null, " : "%u.%u, ", i % 150, i % 10);
  g_string_append (s, last);
  g_string_append (s, "]}]}]}");
  return g_string_free_to_bytes (s);
}

static void
test_long_series (void)
{
  g_autoptr(GBytes) bytes = long_series (1000, "1e2");
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = qs_dataset_loader_load_bytes (bytes, "long.json", NULL, NULL, NULL, NULL, &error);
  QsSeries *series;

  g_assert_no_error (error);
  series = qs_indicator_get_series (qs_dataset_lookup_indicator (dataset, "air.pm25_daily"))->pdata[0];
  g_assert_cmpuint (qs_series_get_n_values (series), ==, 1000);
  for (guint i = 0; i + 1 < 1000; i++)
    {
      char expected[16];

      g_snprintf (expected, sizeof expected, "%u.%u", i % 150, i % 10);
      if (i % 7 == 3)
        g_assert_true (isnan (qs_series_get_value (series, i)));
      else
        g_assert_cmpfloat (qs_series_get_value (series, i), ==, g_ascii_strtod (expected, NULL));
    }
  g_assert_cmpfloat (qs_series_get_value (series, 999), ==, 100);
}

static void
expect_problems (GBytes     *bytes,
                 const char *expected)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(QsDataset) dataset = qs_dataset_loader_load_bytes (bytes, "long.json", NULL, NULL, NULL, &problems, NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  g_assert_null (dataset);
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = qs_problem_to_string (problems->pdata[i]);
      g_string_append_printf (text, "%s\n", line);
    }
  g_assert_cmpstr (text->str, ==, expected);
}

/* Problems inside a long list name the element, whichever way it is read. */
static void
test_long_series_problems (void)
{
  g_autoptr(GBytes) negative = long_series (1000, "-5");
  g_autoptr(GBytes) text = long_series (1000, "\"12\"");
  g_autoptr(GBytes) markerlike = long_series (1, "\"\\u00010000000000000000:0\"");

  expect_problems (negative, "long.json: indicators[0].series[0].values[999]: must not be negative (-5)\n");
  expect_problems (text, "long.json: indicators[0].series[0].values[999]: must be a number or null, not a text\n");
  /* A text in a file that looks like the loader's own marker stays a text. */
  expect_problems (markerlike, "long.json: indicators[0].series[0].values[0]: must be a number or null, not a text\n");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/loader/full/metadata", test_full_metadata);
  g_test_add_func ("/loader/full/series", test_full_series);
  g_test_add_func ("/loader/full/kinds", test_full_kinds);
  g_test_add_func ("/loader/full/observations", test_full_observations);
  g_test_add_func ("/loader/bom-accepted", test_bom_accepted);
  g_test_add_func ("/loader/progress", test_progress);
  g_test_add_func ("/loader/cancelled", test_cancelled);
  g_test_add_func ("/loader/missing-file", test_missing_file);
  g_test_add_func ("/loader/error-summarizes", test_error_summarizes);
  g_test_add_func ("/loader/long-series", test_long_series);
  g_test_add_func ("/loader/long-series-problems", test_long_series_problems);
  return g_test_run ();
}

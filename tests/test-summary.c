/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include "qs-dataset-loader.h"
#include "qs-json-writer.h"
#include "qs-summary.h"

static QsDataset *
load (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", name, NULL);
  g_autoptr(GError) error = NULL;
  QsDataset *dataset = qs_dataset_loader_load_path (path, NULL, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return dataset;
}

static JsonObject *
find_region (JsonObject *summary,
             const char *indicator,
             const char *region)
{
  JsonArray *indicators = json_object_get_array_member (summary, "indicators");

  for (guint i = 0; i < json_array_get_length (indicators); i++)
    {
      JsonObject *ind = json_array_get_object_element (indicators, i);
      JsonArray *regions;

      if (g_strcmp0 (json_object_get_string_member (ind, "id"), indicator) != 0)
        continue;
      regions = json_object_get_array_member (ind, "regions");
      for (guint j = 0; j < json_array_get_length (regions); j++)
        {
          JsonObject *r = json_array_get_object_element (regions, j);
          if (g_strcmp0 (json_object_get_string_member (r, "region"), region) == 0)
            return r;
        }
    }
  g_assert_not_reached ();
}

static void
test_change_and_targets (void)
{
  g_autoptr(QsDataset) dataset = load ("full.json");
  g_autoptr(JsonNode) root = qs_summary_build (dataset, "en");
  JsonObject *summary = json_node_get_object (root);
  JsonObject *r, *target, *standard;

  g_assert_cmpstr (json_object_get_string_member (summary, "title"), ==, "Test dataset");

  /* 27.0 → 27.4 µg/m³: +1.5 %, worse for a lower-is-better indicator. */
  r = find_region (summary, "air.pm25_annual", "360000");
  g_assert_cmpstr (json_object_get_string_member (r, "period"), ==, "2025");
  g_assert_cmpfloat (json_object_get_double_member (r, "value"), ==, 27.4);
  g_assert_cmpstr (json_object_get_string_member (r, "status"), ==, "provisional");
  g_assert_cmpstr (json_object_get_string_member (r, "previous_period"), ==, "2024");
  g_assert_cmpfloat (json_object_get_double_member (r, "change"), ==, 1.5);
  g_assert_cmpstr (json_object_get_string_member (r, "change_unit"), ==, "percent");
  g_assert_cmpstr (json_object_get_string_member (r, "change_is"), ==, "worse");
  target = json_object_get_object_member (r, "target");
  g_assert_cmpfloat (json_object_get_double_member (target, "value"), ==, 29);
  g_assert_cmpstr (json_object_get_string_member (target, "status"), ==, "met");
  standard = json_object_get_object_member (r, "standard");
  g_assert_cmpfloat (json_object_get_double_member (standard, "value"), ==, 35);

  /* A city with a gap before its latest value has no change. */
  r = find_region (summary, "air.pm25_annual", "360100");
  g_assert_false (json_object_has_member (r, "change"));

  /* Ratios change in percentage points: 92.4 → 95.0 is +2.6 points. */
  r = find_region (summary, "air.good_days_ratio", "360000");
  g_assert_cmpstr (json_object_get_string_member (r, "period"), ==, "2025-Q1");
  g_assert_cmpfloat (json_object_get_double_member (r, "change"), ==, 2.6);
  g_assert_cmpstr (json_object_get_string_member (r, "change_unit"), ==, "percentage-points");
  g_assert_cmpstr (json_object_get_string_member (r, "change_is"), ==, "better");
  g_assert_false (json_object_has_member (r, "target"));
}

static void
test_target_status (void)
{
  g_autoptr(QsIndicator) indicator = qs_indicator_new ("air.x", QS_DOMAIN_AIR, QS_KIND_CONCENTRATION,
                                                       QS_UNIT_UG_M3, QS_RESOLUTION_YEAR);
  g_autoptr(QsTarget) t2025 = qs_target_new ();
  g_autoptr(QsTarget) t2030 = qs_target_new ();

  qs_indicator_set_direction (indicator, QS_DIRECTION_LOWER_IS_BETTER);
  t2025->kind = QS_TARGET_KIND_TARGET;
  t2025->value = 29;
  t2025->year = 2025;
  t2030->kind = QS_TARGET_KIND_TARGET;
  t2030->value = 25;
  t2030->year = 2030;
  qs_indicator_add_target (indicator, t2030);
  qs_indicator_add_target (indicator, t2025);

  /* The nearest target due in or after the value's year. */
  g_assert_true (qs_summary_find_target (indicator, "360000", 2023) == t2025);
  g_assert_true (qs_summary_find_target (indicator, "360000", 2026) == t2030);
  g_assert_true (qs_summary_find_target (indicator, "360000", 2031) == t2030);

  /* Exactly at the target meets it. */
  g_assert_cmpint (qs_summary_target_status (indicator, t2025, 2025, 29.0), ==, QS_TARGET_STATUS_MET);
  g_assert_cmpint (qs_summary_target_status (indicator, t2025, 2025, 29.1), ==, QS_TARGET_STATUS_MISSED);
  g_assert_cmpint (qs_summary_target_status (indicator, t2025, 2023, 29.1), ==, QS_TARGET_STATUS_NOT_YET);
  g_assert_cmpint (qs_summary_target_status (indicator, NULL, 2023, 29.1), ==, QS_TARGET_STATUS_NONE);
}

static void
test_standard_by_date (void)
{
  g_autoptr(QsDataset) dataset = load ("full.json");
  QsIndicator *pm25 = qs_dataset_lookup_indicator (dataset, "air.pm25_annual");
  QsTarget *standard;

  standard = qs_summary_find_standard (pm25, "360000", 2025);
  g_assert_cmpfloat (standard->value, ==, 35);
  /* 2026 straddles the change on 1 March; the limit in force at its end counts. */
  standard = qs_summary_find_standard (pm25, "360000", 2026);
  g_assert_cmpfloat (standard->value, ==, 30);
  standard = qs_summary_find_standard (pm25, "360000", 2027);
  g_assert_cmpfloat (standard->value, ==, 30);
  g_assert_null (qs_summary_find_standard (pm25, "360000", 2031));
}

static void
test_json_numbers (void)
{
  const struct { double v; const char *text; } cases[] = {
    { 27.4, "27.4" }, { 27, "27.0" }, { 0.1 + 0.2, "0.30000000000000004" }, { -1.5, "-1.5" },
    { 6.13e8, "613000000.0" }, { 1e-7, "1e-07" }, { 95.5, "95.5" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) s = g_string_new (NULL);
      qs_json_append_double (s, cases[i].v);
      g_assert_cmpstr (s->str, ==, cases[i].text);
    }
}

static void
test_json_strings (void)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_VALUE);
  g_autofree char *text = NULL;

  json_node_set_string (node, "<b>\"江西\"</b>\n\t\x01");
  text = qs_json_to_string (node, FALSE);
  g_assert_cmpstr (text, ==, "\"<b>\\\"江西\\\"</b>\\n\\t\\u0001\"");
}

/* A target still ahead: the Theil–Sen line projected to its year says
 * whether the series is on track; the trend object carries the slope, the
 * Mann–Kendall p-value and the compound annual change. */
static void
test_outlook_and_trend (void)
{
  static const char json[] =
    "{\"format\": \"qingshan-dataset\", \"version\": 1,"
    " \"metadata\": {\"title\": \"t\", \"provenance\": \"other\"},"
    " \"regions\": [{\"code\": \"360100\", \"name\": \"a\"}, {\"code\": \"360200\", \"name\": \"b\"}],"
    " \"indicators\": [{\"id\": \"air.pm25_annual\", \"domain\": \"air\", \"name\": \"p\", \"unit\": \"ug/m3\","
    "  \"decimals\": 1, \"direction\": \"lower-is-better\", \"kind\": \"concentration\", \"resolution\": \"year\","
    "  \"targets\": [{\"kind\": \"target\", \"value\": 30, \"year\": 2025, \"label\": \"plan\"}],"
    "  \"series\": [{\"region\": \"360100\", \"start\": \"2020\", \"values\": [40, 38, 36, 34, 32]},"
    "             {\"region\": \"360200\", \"start\": \"2020\", \"values\": [40, 40, 39, 40, 40]}]}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = qs_dataset_loader_load_bytes (bytes, "t.json", NULL, NULL, NULL, NULL, &error);
  g_autoptr(JsonNode) root = NULL;
  JsonObject *r, *target, *trend;

  g_assert_no_error (error);
  root = qs_summary_build (dataset, "en");

  /* 40 → 32 by 2 a year reaches 30 in 2025, exactly the target. */
  r = find_region (json_node_get_object (root), "air.pm25_annual", "360100");
  target = json_object_get_object_member (r, "target");
  g_assert_cmpstr (json_object_get_string_member (target, "status"), ==, "not-yet-met");
  g_assert_cmpstr (json_object_get_string_member (target, "outlook"), ==, "on-track");
  trend = json_object_get_object_member (r, "trend");
  g_assert_cmpint (json_object_get_int_member (trend, "values"), ==, 5);
  g_assert_cmpfloat (json_object_get_double_member (trend, "theil_sen_slope_per_year"), ==, -2);
  /* S = −10, Var(S) = 50/3, z = 9/√(50/3): two-sided p = 0.0275. */
  g_assert_cmpfloat (json_object_get_double_member (trend, "mann_kendall_p"), ==, 0.0275);
  /* (32/40)^(1/4) − 1 = −5.43 %. */
  g_assert_cmpfloat (json_object_get_double_member (trend, "compound_annual_change_percent"), ==, -5.43);

  /* A flat series does not get there. */
  r = find_region (json_node_get_object (root), "air.pm25_annual", "360200");
  target = json_object_get_object_member (r, "target");
  g_assert_cmpstr (json_object_get_string_member (target, "outlook"), ==, "off-track");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/summary/change-and-targets", test_change_and_targets);
  g_test_add_func ("/summary/target-status", test_target_status);
  g_test_add_func ("/summary/outlook-and-trend", test_outlook_and_trend);
  g_test_add_func ("/summary/standard-by-date", test_standard_by_date);
  g_test_add_func ("/summary/json-numbers", test_json_numbers);
  g_test_add_func ("/summary/json-strings", test_json_strings);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Each section's class in its latest year, from the year's means, with the
 * deciding parameters: a river and a lake whose phosphorus limits differ. */

#include "config.h"

#include "qs-dataset-loader.h"
#include "qs-section-class.h"
#include "qs-water-quality.h"

static const char json[] =
  "{\"format\": \"qingshan-dataset\", \"version\": 1,"
  " \"metadata\": {\"title\": \"t\", \"provenance\": \"other\"},"
  " \"regions\": [{\"code\": \"360100\", \"name\": \"南昌市\"}],"
  " \"indicators\": [],"
  " \"observations\": {"
  "  \"water_sections\": ["
  "   {\"id\": \"R\", \"name\": \"river\", \"kind\": \"river\", \"region\": \"360100\", \"national\": true},"
  "   {\"id\": \"L\", \"name\": \"lake\", \"kind\": \"lake\", \"region\": \"360100\"},"
  "   {\"id\": \"N\", \"name\": \"never sampled\", \"kind\": \"river\", \"region\": \"360100\"}],"
  "  \"water_samples\": ["
  /* 2024 is clean but only 2025 counts: means NH3-N 1.2 (IV), TP 0.25 (IV for rivers), DO 7 (II). */
  "   {\"section\": \"R\", \"dates\": [\"2024-06-01\", \"2025-01-10\", \"2025-02-10\"],"
  "    \"nh3n\": [0.1, 1.0, 1.4], \"tp\": [0.02, 0.2, 0.3], \"do\": [9, 7, 7]},"
  /* TP 0.04 is class II in a river but III in a lake. */
  "   {\"section\": \"L\", \"dates\": [\"2025-03-01\"], \"tp\": [0.04], \"nh3n\": [0.1]}]}}";

static void
test_latest_year_classes (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = qs_dataset_loader_load_bytes (bytes, "t.json", NULL, NULL, NULL, NULL, &error);
  g_autoptr(GPtrArray) classes = NULL;
  QsSectionClass *river, *lake;
  g_autofree char *river_zh = NULL;
  g_autofree char *river_en = NULL;
  g_autofree char *lake_zh = NULL;

  g_assert_no_error (error);
  classes = qs_section_classes_latest (dataset);
  /* The section with no samples is not listed. */
  g_assert_cmpuint (classes->len, ==, 2);
  river = classes->pdata[0];
  lake = classes->pdata[1];

  g_assert_cmpstr (river->section->id, ==, "R");
  g_assert_cmpint (river->year, ==, 2025);
  g_assert_cmpuint (river->n_samples, ==, 2);
  g_assert_cmpint (river->water_class, ==, 4);
  river_zh = qs_section_class_limiting_names (river, "zh_CN");
  river_en = qs_section_class_limiting_names (river, "en");
  g_assert_cmpstr (river_zh, ==, "氨氮、总磷");
  g_assert_cmpstr (river_en, ==, "ammonia nitrogen, total phosphorus");

  g_assert_cmpstr (lake->section->id, ==, "L");
  g_assert_cmpint (lake->water_class, ==, 3);
  lake_zh = qs_section_class_limiting_names (lake, "zh_TW");
  g_assert_cmpstr (lake_zh, ==, "總磷");
}

/* Five sections of one river: 4 of 5 in I–III is 80 %, 良好; a river with
 * four sections and a lake are not rated by proportions. */
static void
test_river_status (void)
{
  static const double nh3n[] = { 0.4, 0.4, 0.4, 0.8, 1.2 };
  g_autoptr(GString) text = g_string_new ("{\"format\": \"qingshan-dataset\", \"version\": 1,"
                                          " \"metadata\": {\"title\": \"t\", \"provenance\": \"other\"},"
                                          " \"regions\": [{\"code\": \"360100\", \"name\": \"南昌市\"}],"
                                          " \"indicators\": [], \"observations\": {\"water_sections\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  g_autoptr(GPtrArray) classes = NULL;
  g_autoptr(GPtrArray) rivers = NULL;
  QsRiverStatus *gan;

  for (guint i = 0; i < 5; i++)
    g_string_append_printf (text, "{\"id\": \"G%u\", \"name\": \"g%u\", \"water_body\": \"赣江\", \"kind\": \"river\","
                            " \"region\": \"360100\"}, ", i, i);
  for (guint i = 0; i < 4; i++)
    g_string_append_printf (text, "{\"id\": \"F%u\", \"name\": \"f%u\", \"water_body\": \"抚河\", \"kind\": \"river\","
                            " \"region\": \"360100\"}, ", i, i);
  for (guint i = 0; i < 5; i++)
    g_string_append_printf (text, "{\"id\": \"P%u\", \"name\": \"p%u\", \"water_body\": \"鄱阳湖\", \"kind\": \"lake\","
                            " \"region\": \"360100\"}%s", i, i, i < 4 ? ", " : "");
  g_string_append (text, "], \"water_samples\": [");
  for (guint i = 0; i < 5; i++)
    g_string_append_printf (text, "{\"section\": \"G%u\", \"dates\": [\"2025-05-01\"], \"nh3n\": [%g]}, ", i, nh3n[i]);
  for (guint i = 0; i < 4; i++)
    g_string_append_printf (text, "{\"section\": \"F%u\", \"dates\": [\"2025-05-01\"], \"nh3n\": [0.4]}, ", i);
  for (guint i = 0; i < 5; i++)
    g_string_append_printf (text, "{\"section\": \"P%u\", \"dates\": [\"2025-05-01\"], \"nh3n\": [0.4]}%s", i,
                            i < 4 ? ", " : "");
  g_string_append (text, "]}}");

  bytes = g_bytes_new (text->str, text->len);
  dataset = qs_dataset_loader_load_bytes (bytes, "rivers.json", NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  classes = qs_section_classes_latest (dataset);
  g_assert_cmpuint (classes->len, ==, 14);
  rivers = qs_river_statuses (classes, "zh_CN");
  g_assert_cmpuint (rivers->len, ==, 1);
  gan = rivers->pdata[0];
  g_assert_cmpstr (qs_text_get (gan->water_body, "zh_CN"), ==, "赣江");
  g_assert_cmpuint (gan->n_sections, ==, 5);
  g_assert_cmpfloat (gan->good_share, ==, 80);
  g_assert_cmpint (gan->status, ==, QS_WATER_STATUS_GOOD);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/section-class/latest-year", test_latest_year_classes);
  g_test_add_func ("/section-class/river-status", test_river_status);
  return g_test_run ();
}

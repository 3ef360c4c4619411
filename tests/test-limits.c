/* Each documented dataset limit (docs/limits.md) holds exactly: a file at
 * the limit loads, one past it is refused with a message naming the list. */
#include <glib.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "qs-dataset-loader.h"
#include "qs-json-guard.h"
#include "quick.h"

#define HEAD "{\"format\": \"qingshan-dataset\", \"version\": 1, " \
             "\"metadata\": {\"title\": \"limits\", \"provenance\": \"other\"}, "

/* Appends @n regions with distinct six-digit codes. */
static void
append_regions (GString *s,
                guint    n)
{
  g_string_append (s, "\"regions\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"code\": \"%06u\", \"name\": \"r%u\"}", i ? ", " : "", 100000 + i, i);
  g_string_append (s, "]");
}

static const char indicator_head[] =
  "{\"id\": \"%s\", \"domain\": \"air\", \"name\": \"p\", \"unit\": \"ug/m3\", "
  "\"direction\": \"lower-is-better\", \"kind\": \"concentration\", \"resolution\": \"%s\", \"series\": [";

/* Loads @text; on refusal returns NULL and the problems joined by lines. */
static QsDataset *
load (GString  *text,
      char    **report)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text->str, text->len);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) joined = g_string_new (NULL);
  QsDataset *dataset = qs_dataset_loader_load_bytes (bytes, "limits.json", NULL, NULL, NULL, &problems, &error);

  for (guint i = 0; problems && i < problems->len; i++)
    {
      g_autofree char *line = qs_problem_to_string (problems->pdata[i]);
      g_string_append_printf (joined, "%s\n", line);
    }
  *report = g_string_free (g_steal_pointer (&joined), FALSE);
  return dataset;
}

static void
expect_loads (GString *text)
{
  g_autofree char *report = NULL;
  g_autoptr(QsDataset) dataset = load (text, &report);

  g_assert_cmpstr (report, ==, "");
  g_assert_nonnull (dataset);
}

static void
expect_refused (GString    *text,
                const char *expected)
{
  g_autofree char *report = NULL;
  g_autoptr(QsDataset) dataset = load (text, &report);

  g_assert_null (dataset);
  g_assert_cmpstr (report, ==, expected);
}

static GString *
regions_dataset (guint n)
{
  GString *s = g_string_new (HEAD);

  append_regions (s, n);
  g_string_append (s, ", \"indicators\": []}");
  return s;
}

static void
test_regions (void)
{
  g_autoptr(GString) at = regions_dataset (QS_LOAD_MAX_REGIONS);
  g_autoptr(GString) past = regions_dataset (QS_LOAD_MAX_REGIONS + 1);

  expect_loads (at);
  expect_refused (past, "limits.json: regions: 10001 regions; at most 10000 are allowed\n");
}

static GString *
indicators_dataset (guint n)
{
  GString *s = g_string_new (HEAD);

  append_regions (s, 1);
  g_string_append (s, ", \"indicators\": [");
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("air.x%u", i);

      g_string_append (s, i ? ", " : "");
      g_string_append_printf (s, indicator_head, id, "year");
      g_string_append (s, "{\"region\": \"100000\", \"start\": \"2020\", \"values\": [1]}]}");
    }
  g_string_append (s, "]}");
  return s;
}

static void
test_indicators (void)
{
  g_autoptr(GString) at = indicators_dataset (QS_LOAD_MAX_INDICATORS);
  g_autoptr(GString) past = indicators_dataset (QS_LOAD_MAX_INDICATORS + 1);

  expect_loads (at);
  expect_refused (past, "limits.json: indicators: 10001 indicators; at most 10000 are allowed\n");
}

static GString *
series_dataset (guint n)
{
  GString *s = g_string_new (HEAD);

  /* One past the limit repeats a region: the list is refused before
   * anything in it is read. */
  append_regions (s, MIN (n, QS_LOAD_MAX_REGIONS));
  g_string_append (s, ", \"indicators\": [");
  g_string_append_printf (s, indicator_head, "air.pm25", "year");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"region\": \"%06u\", \"start\": \"2020\", \"values\": [1, 2]}",
                            i ? ", " : "", 100000 + i % QS_LOAD_MAX_REGIONS);
  g_string_append (s, "]}]}");
  return s;
}

static void
test_series (void)
{
  g_autoptr(GString) at = series_dataset (QS_LOAD_MAX_SERIES);
  g_autoptr(GString) past = series_dataset (QS_LOAD_MAX_SERIES + 1);

  expect_loads (at);
  expect_refused (past, "limits.json: indicators[0].series: "
                        "10001 series; at most 10000 are allowed in one indicator\n");
}

static GString *
categories_dataset (guint n)
{
  GString *s = g_string_new (HEAD);

  append_regions (s, 1);
  g_string_append (s, ", \"indicators\": [{\"id\": \"water.classes\", \"domain\": \"water\", \"name\": \"c\", "
                      "\"unit\": \"%\", \"direction\": \"higher-is-better\", \"kind\": \"composition\", "
                      "\"resolution\": \"year\", \"categories\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"id\": \"c%u\", \"name\": \"c%u\"}", i ? ", " : "", i, i);
  g_string_append (s, "], \"series\": [{\"region\": \"100000\", \"start\": \"2020\", \"values\": {");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s\"c%u\": [%s]", i ? ", " : "", i, i == 0 ? "100" : "0");
  g_string_append (s, "}}]}]}");
  return s;
}

static void
test_categories (void)
{
  g_autoptr(GString) at = categories_dataset (QS_LOAD_MAX_CATEGORIES);
  g_autoptr(GString) past = categories_dataset (QS_LOAD_MAX_CATEGORIES + 1);

  expect_loads (at);
  expect_refused (past, "limits.json: indicators[0].categories: 65 categories; at most 64 are allowed\n");
}

static GString *
air_daily_dataset (guint n)
{
  GString *s = g_string_new (HEAD);

  append_regions (s, MIN (n, QS_LOAD_MAX_REGIONS));
  g_string_append (s, ", \"indicators\": [], \"observations\": {\"air_daily\": [");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"region\": \"%06u\", \"start\": \"2024-01-01\", \"pm25\": [30, 40]}",
                            i ? ", " : "", 100000 + i % QS_LOAD_MAX_REGIONS);
  g_string_append (s, "]}}");
  return s;
}

static void
test_air_blocks (void)
{
  g_autoptr(GString) at = air_daily_dataset (QS_LOAD_MAX_BLOCKS);
  g_autoptr(GString) past = air_daily_dataset (QS_LOAD_MAX_BLOCKS + 1);

  expect_loads (at);
  expect_refused (past, "limits.json: observations.air_daily: 10001 blocks of daily air data; at most 10000 are allowed\n");
}

/* Ten daily series of a million values each, plus @extra values more. */
static GString *
values_dataset (guint extra)
{
  GString *s = g_string_new (HEAD);
  guint per_series = QS_LOAD_MAX_VALUES / 10;

  append_regions (s, 11);
  g_string_append (s, ", \"indicators\": [");
  g_string_append_printf (s, indicator_head, "air.pm25_daily", "day");
  for (guint i = 0; i < 10 + (extra > 0); i++)
    {
      guint n = i < 10 ? per_series : extra;

      g_string_append_printf (s, "%s{\"region\": \"%06u\", \"start\": \"2000-01-01\", \"values\": [",
                              i ? ", " : "", 100000 + i);
      for (guint k = 0; k < n; k++)
        g_string_append (s, k ? ", 7" : "7");
      g_string_append (s, "]}");
    }
  g_string_append (s, "]}]}");
  return s;
}

static void
test_values (void)
{
  g_autoptr(GString) at = values_dataset (0);
  g_autoptr(GString) past = values_dataset (1);

  expect_loads (at);
  expect_refused (past, "limits.json: indicators[0].series[10]: "
                        "the dataset has more than 10000000 numbers; split it into several files\n");
}

/* A valid dataset with @extension as the value of an "x-" key. */
static GString *
extension_dataset (const char *extension)
{
  GString *s = g_string_new (HEAD);

  append_regions (s, 1);
  g_string_append_printf (s, ", \"indicators\": [], \"x-extra\": %s}", extension);
  return s;
}

/* The root object is the first level, so 63 nested lists make 64. */
static void
test_depth (void)
{
  g_autoptr(GString) lists = g_string_new (NULL);
  g_autoptr(GString) at = NULL;
  g_autoptr(GString) past = NULL;
  g_autofree char *report = NULL;
  g_autoptr(QsDataset) dataset = NULL;

  for (guint i = 0; i < QS_JSON_MAX_DEPTH - 1; i++)
    g_string_prepend_c (lists, '[');
  for (guint i = 0; i < QS_JSON_MAX_DEPTH - 1; i++)
    g_string_append_c (lists, ']');
  at = extension_dataset (lists->str);
  expect_loads (at);

  g_string_prepend_c (lists, '[');
  g_string_append_c (lists, ']');
  past = extension_dataset (lists->str);
  dataset = load (past, &report);
  g_assert_null (dataset);
  g_assert_true (g_str_has_suffix (report, ": the data are nested deeper than 64 levels\n"));
}

/* Text is counted in characters, not bytes: Chinese text has the same room. */
static void
test_string (void)
{
  g_autoptr(GString) text = g_string_new ("\"");
  g_autoptr(GString) at = NULL;
  g_autoptr(GString) past = NULL;
  g_autofree char *report = NULL;
  g_autoptr(QsDataset) dataset = NULL;

  for (guint i = 0; i < QS_JSON_MAX_STRING_LEN; i++)
    g_string_append (text, "青");
  g_string_append_c (text, '"');
  at = extension_dataset (text->str);
  expect_loads (at);

  g_string_insert (text, 1, "a");
  past = extension_dataset (text->str);
  dataset = load (past, &report);
  g_assert_null (dataset);
  g_assert_true (g_str_has_suffix (report, ": a text is longer than 65536 characters\n"));
}

/* A file one byte past the size limit is refused by its size, unread. */
static void
test_file_size (void)
{
  g_autofree char *dir = g_dir_make_tmp ("qs-limits-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  FILE *file = fopen (path, "w");

  g_assert_nonnull (file);
  /* A sparse file: no disk space is used. */
  g_assert_cmpint (fseeko (file, (off_t) QS_JSON_MAX_FILE_SIZE, SEEK_SET), ==, 0);
  g_assert_cmpint (fputc (' ', file), ==, ' ');
  g_assert_cmpint (fclose (file), ==, 0);

  dataset = qs_dataset_loader_load_path (path, NULL, NULL, NULL, NULL, &error);
  g_assert_null (dataset);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "larger than 256 MiB"));
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/limits/regions", test_regions);
  g_test_add_func ("/limits/indicators", test_indicators);
  g_test_add_func ("/limits/series", test_series);
  g_test_add_func ("/limits/categories", test_categories);
  g_test_add_func ("/limits/air-blocks", test_air_blocks);
  /* Ten million numbers: too slow under Valgrind. */
  if (!test_quick ())
    g_test_add_func ("/limits/values", test_values);
  g_test_add_func ("/limits/depth", test_depth);
  g_test_add_func ("/limits/string", test_string);
  g_test_add_func ("/limits/file-size", test_file_size);
  return g_test_run ();
}

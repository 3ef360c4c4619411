/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Importing monitoring CSV files into a dataset file: headers, dates,
 * missing values, encodings, separators, every kind of bad file, skipping
 * bad rows, the merge, the backup, and that a failure changes nothing. */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "qs-cli-import.h"
#include "qs-dataset-loader.h"
#include "qs-import.h"
#include "qs-json-guard.h"
#include "qs-period.h"

/* A dataset with an air block for Nanchang (3 days from 2024-01-03) and
 * samples of one of its two water sections. */
static const char dataset_json[] =
  "{\n"
  "  \"format\": \"qingshan-dataset\",\n"
  "  \"version\": 1,\n"
  "  \"metadata\": { \"title\": { \"zh_CN\": \"测试\", \"en\": \"Test\" }, \"provenance\": \"demo\" },\n"
  "  \"regions\": [\n"
  "    { \"code\": \"360000\", \"name\": { \"zh_CN\": \"江西省\", \"zh_TW\": \"江西省\", \"en\": \"Jiangxi\" } },\n"
  "    { \"code\": \"360100\", \"name\": { \"zh_CN\": \"南昌市\", \"zh_TW\": \"南昌市\", \"en\": \"Nanchang\" }, \"parent\": \"360000\" },\n"
  "    { \"code\": \"360400\", \"name\": { \"zh_CN\": \"九江市\", \"zh_TW\": \"九江市\", \"en\": \"Jiujiang\" }, \"parent\": \"360000\" },\n"
  "    { \"code\": \"360800\", \"name\": { \"zh_CN\": \"吉安市\", \"zh_TW\": \"吉安市\", \"en\": \"Ji'an\" }, \"parent\": \"360000\" }\n"
  "  ],\n"
  "  \"indicators\": [],\n"
  "  \"observations\": {\n"
  "    \"air_daily\": [\n"
  "      { \"region\": \"360100\", \"start\": \"2024-01-03\", \"pm25\": [30, 31, 32], \"co\": [0.8, 0.9, 1.0] }\n"
  "    ],\n"
  "    \"water_sections\": [\n"
  "      { \"id\": \"GK01\", \"name\": { \"zh_CN\": \"赣江滁槎\", \"en\": \"Gan River at Chucha\" }, \"kind\": \"river\", \"region\": \"360100\" },\n"
  "      { \"id\": \"GK02\", \"name\": { \"zh_CN\": \"八里湖\", \"en\": \"Bali Lake\" }, \"kind\": \"lake\", \"region\": \"360400\" }\n"
  "    ],\n"
  "    \"water_samples\": [\n"
  "      { \"section\": \"GK01\", \"dates\": [\"2024-01-10\", \"2024-02-10\"], \"do\": [8.1, 7.6], \"nh3n\": [0.2, 0.3] }\n"
  "    ]\n"
  "  }\n"
  "}\n";

/* ---- Helpers ------------------------------------------------------------- */

typedef struct
{
  char *dir;
  char *dataset;  /* dir/test.json */
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("qs-import-XXXXXX", &error);
  g_assert_no_error (error);
  f->dataset = g_build_filename (f->dir, "test.json", NULL);
  g_assert_true (g_file_set_contents (f->dataset, dataset_json, -1, NULL));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (f->dir), ==, 0);
  g_free (f->dataset);
  g_free (f->dir);
}

static char *
write_csv (Fixture    *f,
           const char *name,
           const char *contents,
           gssize      len)
{
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, len, NULL));
  return path;
}

static char *
read_file (const char *path,
           gsize      *len)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, len, NULL));
  return contents;
}

/* The problems one a line, as the command line prints them, with @dir/
 * taken off the file names. */
static char *
problems_text (GPtrArray  *problems,
               const char *dir)
{
  g_autofree char *prefix = dir ? g_strconcat (dir, G_DIR_SEPARATOR_S, NULL) : NULL;
  GString *s = g_string_new (NULL);

  for (guint i = 0; problems && i < problems->len; i++)
    {
      g_autofree char *line = qs_problem_to_string (problems->pdata[i]);
      const char *text = line;

      if (prefix && g_str_has_prefix (text, prefix))
        text += strlen (prefix);
      g_string_append_printf (s, "%s\n", text);
    }
  return g_string_free (s, FALSE);
}

static gboolean
import_text (Fixture         *f,
             QsImportKind     kind,
             const char      *csv,
             gboolean         skip_bad_rows,
             QsImportReport  *report,
             char           **problems_out)
{
  g_autofree char *path = write_csv (f, kind == QS_IMPORT_AIR ? "air.csv" : "water.csv", csv, -1);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = qs_import_into_file (kind, path, QS_CSV_ENCODING_AUTO, f->dataset, skip_bad_rows, report, &problems, &error);
  g_assert_nonnull (problems);
  if (ok)
    g_assert_no_error (error);
  else
    g_assert_nonnull (error);
  if (problems_out)
    *problems_out = problems_text (problems, f->dir);
  return ok;
}

static QsDataset *
load (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  QsDataset *dataset = qs_dataset_loader_load_path (path, NULL, NULL, NULL, &problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static guint32
day_of (const char *date)
{
  guint32 day = 0;

  g_assert_true (qs_date_parse (date, &day));
  return day;
}

static QsAirDaily *
find_air_block (QsDataset  *dataset,
                const char *region)
{
  GPtrArray *blocks = qs_dataset_get_air_daily (dataset);
  QsAirDaily *found = NULL;

  for (guint i = 0; i < blocks->len; i++)
    if (g_str_equal (((QsAirDaily *) blocks->pdata[i])->region, region))
      {
        g_assert_null (found); /* one block per city */
        found = blocks->pdata[i];
      }
  return found;
}

/* The block that must be there. */
static QsAirDaily *
air_block (QsDataset  *dataset,
           const char *region)
{
  QsAirDaily *found = find_air_block (dataset, region);

  if (found == NULL)
    g_error ("no daily air block for %s", region);
  return found;
}

static QsWaterSamples *
water_block (QsDataset  *dataset,
             const char *section)
{
  GPtrArray *blocks = qs_dataset_get_water_samples (dataset);
  QsWaterSamples *found = NULL;

  for (guint i = 0; i < blocks->len; i++)
    if (g_str_equal (((QsWaterSamples *) blocks->pdata[i])->section, section))
      {
        g_assert_null (found);
        found = blocks->pdata[i];
      }
  if (found == NULL)
    g_error ("no water samples for section %s", section);
  return found;
}

/* Compares a column with expected values; NAN is a missing one. */
static void
assert_column (const double *column,
               guint         n,
               const double *expected,
               guint         n_expected)
{
  g_assert_nonnull (column);
  g_assert_cmpuint (n, ==, n_expected);
  for (guint i = 0; i < n; i++)
    {
      if (isnan (expected[i]))
        {
          if (!isnan (column[i]))
            g_error ("value %u: expected null, got %g", i, column[i]);
        }
      else
        g_assert_cmpfloat (column[i], ==, expected[i]);
    }
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The files of @dir, sorted, joined by spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while ((name = g_dir_read_name (d)))
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* ---- Headers ------------------------------------------------------------- */

typedef struct
{
  QsImportKind kind;
  const char  *header;
  const char  *key;   /* NULL: not recognized */
} HeaderCase;

static const HeaderCase header_cases[] = {
  { QS_IMPORT_AIR, "日期", "date" },
  { QS_IMPORT_AIR, "监测日期", "date" },
  { QS_IMPORT_AIR, "監測日期", "date" },
  { QS_IMPORT_AIR, "Date", "date" },
  { QS_IMPORT_AIR, " DATE ", "date" },
  { QS_IMPORT_AIR, "城市", "city" },
  { QS_IMPORT_AIR, "城市名称", "city" },
  { QS_IMPORT_AIR, "站点", "city" },
  { QS_IMPORT_AIR, "地区", "city" },
  { QS_IMPORT_AIR, "region", "city" },
  { QS_IMPORT_AIR, "City", "city" },
  { QS_IMPORT_AIR, "SITE", "city" },
  { QS_IMPORT_AIR, "PM2.5", "pm25" },
  { QS_IMPORT_AIR, "PM25", "pm25" },
  { QS_IMPORT_AIR, "pm2.5", "pm25" },
  { QS_IMPORT_AIR, "细颗粒物", "pm25" },
  { QS_IMPORT_AIR, "PM2.5(μg/m³)", "pm25" },
  { QS_IMPORT_AIR, "PM2.5 (µg/m3)", "pm25" },
  { QS_IMPORT_AIR, "PM2.5（微克/立方米）", "pm25" },
  { QS_IMPORT_AIR, "PM2.5[μg/m³]", "pm25" },
  { QS_IMPORT_AIR, "ＰＭ２．５", "pm25" },
  { QS_IMPORT_AIR, "PM₂.₅", "pm25" },
  { QS_IMPORT_AIR, "PM2.5浓度(μg/m³)", "pm25" },
  { QS_IMPORT_AIR, "PM10", "pm10" },
  { QS_IMPORT_AIR, "可吸入颗粒物", "pm10" },
  { QS_IMPORT_AIR, "可吸入颗粒物（微克/立方米）", "pm10" },
  { QS_IMPORT_AIR, "SO2", "so2" },
  { QS_IMPORT_AIR, "二氧化硫", "so2" },
  { QS_IMPORT_AIR, "SO₂", "so2" },
  { QS_IMPORT_AIR, "NO2", "no2" },
  { QS_IMPORT_AIR, "二氧化氮", "no2" },
  { QS_IMPORT_AIR, "CO", "co" },
  { QS_IMPORT_AIR, "一氧化碳", "co" },
  { QS_IMPORT_AIR, "CO(mg/m³)", "co" },
  { QS_IMPORT_AIR, "O3_8h", "o3_8h" },
  { QS_IMPORT_AIR, "O3-8h", "o3_8h" },
  { QS_IMPORT_AIR, "O3-8H", "o3_8h" },
  { QS_IMPORT_AIR, "O3 8小时", "o3_8h" },
  { QS_IMPORT_AIR, "臭氧8小时", "o3_8h" },
  { QS_IMPORT_AIR, "臭氧日最大8小时滑动平均", "o3_8h" },
  { QS_IMPORT_AIR, "臭氧(8小时)", "o3_8h" },
  { QS_IMPORT_AIR, "O₃-8h(μg/m³)", "o3_8h" },
  { QS_IMPORT_AIR, "O3_1h", "o3_1h" },
  { QS_IMPORT_AIR, "O3-1h", "o3_1h" },
  { QS_IMPORT_AIR, "臭氧1小时", "o3_1h" },
  { QS_IMPORT_AIR, "臭氧日最大1小时", "o3_1h" },
  { QS_IMPORT_AIR, "O3", NULL },
  { QS_IMPORT_AIR, "备注", NULL },
  { QS_IMPORT_AIR, "AQI", NULL },
  { QS_IMPORT_AIR, "溶解氧", NULL },

  { QS_IMPORT_WATER, "断面", "section" },
  { QS_IMPORT_WATER, "断面名称", "section" },
  { QS_IMPORT_WATER, "断面编号", "section" },
  { QS_IMPORT_WATER, "Section", "section" },
  { QS_IMPORT_WATER, "section id", "section" },
  { QS_IMPORT_WATER, "Section_ID", "section" },
  { QS_IMPORT_WATER, "采样日期", "date" },
  { QS_IMPORT_WATER, "监测日期", "date" },
  { QS_IMPORT_WATER, "日期", "date" },
  { QS_IMPORT_WATER, "date", "date" },
  { QS_IMPORT_WATER, "pH", "ph" },
  { QS_IMPORT_WATER, "pH值", "ph" },
  { QS_IMPORT_WATER, "pH（无量纲）", "ph" },
  { QS_IMPORT_WATER, "溶解氧", "do" },
  { QS_IMPORT_WATER, "DO", "do" },
  { QS_IMPORT_WATER, "溶解氧(mg/L)", "do" },
  { QS_IMPORT_WATER, "溶解氧[mg/L]", "do" },
  { QS_IMPORT_WATER, "氨氮【mg/L】", "nh3n" },
  { QS_IMPORT_WATER, "總磷", "tp" },
  { QS_IMPORT_WATER, "高锰酸盐指数", "codmn" },
  { QS_IMPORT_WATER, "CODMn", "codmn" },
  { QS_IMPORT_WATER, "高锰酸盐指数(CODMn)", "codmn" },
  { QS_IMPORT_WATER, "化学需氧量", "cod" },
  { QS_IMPORT_WATER, "COD", "cod" },
  { QS_IMPORT_WATER, "五日生化需氧量", "bod5" },
  { QS_IMPORT_WATER, "BOD5", "bod5" },
  { QS_IMPORT_WATER, "BOD₅", "bod5" },
  { QS_IMPORT_WATER, "氨氮", "nh3n" },
  { QS_IMPORT_WATER, "NH3-N", "nh3n" },
  { QS_IMPORT_WATER, "NH3N", "nh3n" },
  { QS_IMPORT_WATER, "氨氮（mg/L）", "nh3n" },
  { QS_IMPORT_WATER, "总磷", "tp" },
  { QS_IMPORT_WATER, "TP", "tp" },
  { QS_IMPORT_WATER, "总磷(以P计)", "tp" },
  { QS_IMPORT_WATER, "总氮", "tn" },
  { QS_IMPORT_WATER, "TN", "tn" },
  { QS_IMPORT_WATER, "铜", "cu" },
  { QS_IMPORT_WATER, "锌", "zn" },
  { QS_IMPORT_WATER, "氟化物", "f" },
  { QS_IMPORT_WATER, "硒", "se" },
  { QS_IMPORT_WATER, "砷", "as" },
  { QS_IMPORT_WATER, "汞", "hg" },
  { QS_IMPORT_WATER, "镉", "cd" },
  { QS_IMPORT_WATER, "六价铬", "cr6" },
  { QS_IMPORT_WATER, "铅", "pb" },
  { QS_IMPORT_WATER, "氰化物", "cn" },
  { QS_IMPORT_WATER, "挥发酚", "phenol" },
  { QS_IMPORT_WATER, "石油类", "oil" },
  { QS_IMPORT_WATER, "阴离子表面活性剂", "las" },
  { QS_IMPORT_WATER, "硫化物", "sulfide" },
  { QS_IMPORT_WATER, "粪大肠菌群", "fecal_coliform" },
  { QS_IMPORT_WATER, "粪大肠菌群(个/L)", "fecal_coliform" },
  { QS_IMPORT_WATER, "cu", "cu" },
  { QS_IMPORT_WATER, "Zn", "zn" },
  { QS_IMPORT_WATER, "f", "f" },
  { QS_IMPORT_WATER, "se", "se" },
  { QS_IMPORT_WATER, "As", "as" },
  { QS_IMPORT_WATER, "Hg", "hg" },
  { QS_IMPORT_WATER, "Cd", "cd" },
  { QS_IMPORT_WATER, "cr6", "cr6" },
  { QS_IMPORT_WATER, "Cr6+", "cr6" },
  { QS_IMPORT_WATER, "Pb", "pb" },
  { QS_IMPORT_WATER, "CN", "cn" },
  { QS_IMPORT_WATER, "phenol", "phenol" },
  { QS_IMPORT_WATER, "oil", "oil" },
  { QS_IMPORT_WATER, "LAS", "las" },
  { QS_IMPORT_WATER, "sulfide", "sulfide" },
  { QS_IMPORT_WATER, "fecal_coliform", "fecal_coliform" },
  { QS_IMPORT_WATER, "PM2.5", NULL },
  { QS_IMPORT_WATER, "水温", NULL },
};

static void
test_headers (Fixture       *f,
              gconstpointer  data G_GNUC_UNUSED)
{
  for (guint i = 0; i < G_N_ELEMENTS (header_cases); i++)
    {
      const HeaderCase *c = &header_cases[i];
      g_autofree char *contents = g_strdup_printf ("\"%s\"\n1\n", c->header);
      g_autofree char *path = write_csv (f, "header.csv", contents, -1);
      g_autoptr(GError) error = NULL;
      g_autoptr(QsImportPreview) preview = qs_import_preview (c->kind, path, QS_CSV_ENCODING_AUTO, 1, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (preview->n_columns, ==, 1);
      if (g_strcmp0 (preview->columns[0].key, c->key) != 0)
        g_error ("%s header “%s”: expected %s, got %s", qs_import_kind_to_string (c->kind), c->header,
                 c->key ? c->key : "(unknown)", preview->columns[0].key ? preview->columns[0].key : "(unknown)");
      g_assert_true ((preview->columns[0].label == NULL) == (c->key == NULL));
    }
}

/* A header row as staff get it: Chinese names with units, a column of
 * remarks, an empty column at the end. */
static void
test_preview (Fixture       *f,
              gconstpointer  data G_GNUC_UNUSED)
{
  static const char csv[] =
    "\xEF\xBB\xBF" "监测日期;城市名称;PM2.5（μg/m³）;备注;CO(mg/m3);\n"
    "2024-01-05;南昌市;35;晴;0.8;\n"
    "2024-01-06;南昌市;;;0.9;\n"
    "2024-01-07;南昌市;37;;1.0;\n";
  g_autofree char *path = write_csv (f, "preview.csv", csv, -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(QsImportPreview) preview = qs_import_preview (QS_IMPORT_AIR, path, QS_CSV_ENCODING_AUTO, 2, &error);
  static const char *const keys[] = { "date", "city", "pm25", NULL, "co", NULL };

  g_assert_no_error (error);
  g_assert_cmpint (preview->encoding, ==, QS_CSV_ENCODING_UTF8);
  g_assert_cmpint (preview->separator, ==, ';');
  g_assert_cmpuint (preview->n_columns, ==, G_N_ELEMENTS (keys));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_cmpstr (preview->columns[i].key, ==, keys[i]);
  g_assert_cmpstr (preview->columns[2].header, ==, "PM2.5（μg/m³）");
  g_assert_cmpstr (preview->columns[3].header, ==, "备注");
  g_assert_cmpuint (preview->rows->len, ==, 2);
  g_assert_cmpstr (((char **) preview->rows->pdata[0])[3], ==, "晴");
  g_assert_cmpstr (((char **) preview->rows->pdata[1])[2], ==, "");
  g_assert_cmpuint (preview->problems->len, ==, 0);
}

static void
test_preview_problems (Fixture       *f,
                       gconstpointer  data G_GNUC_UNUSED)
{
  g_autofree char *path = write_csv (f, "preview.csv", "城市,PM2.5,细颗粒物\n南昌市,35,35\n", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(QsImportPreview) preview = qs_import_preview (QS_IMPORT_AIR, path, QS_CSV_ENCODING_AUTO, 10, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (preview->columns[1].key, ==, "pm25");
  g_assert_null (preview->columns[2].key);
  text = problems_text (preview->problems, f->dir);
  g_assert_cmpstr (text, ==,
                   "preview.csv:1:1: no date column (name it 日期, 监测日期 or date)\n"
                   "preview.csv:1:10: column “细颗粒物” is the same as column 2 (“PM2.5”); keep only one of them\n");
}

/* Unknown columns are a note, not an error, and the rest imports. */
static void
test_unknown_column_note (Fixture       *f,
                          gconstpointer  data G_GNUC_UNUSED)
{
  g_auto(QsImportReport) report = { 0 };
  g_autofree char *problems = NULL;
  g_autofree char *notes = NULL;

  g_assert_true (import_text (f, QS_IMPORT_AIR, "序号,日期,城市,PM2.5,AQI,O3\n1,2024-01-06,南昌市,40,57,90\n",
                              FALSE, &report, &problems));
  g_assert_cmpstr (problems, ==, "");
  notes = problems_text (report.notes, f->dir);
  g_assert_cmpstr (notes, ==,
                   "air.csv:1:1: column “序号” is not recognized and is ignored\n"
                   "air.csv:1:16: column “AQI” is not recognized and is ignored\n"
                   "air.csv:1:20: column “O3” is ignored: name it O3_8h (daily maximum 8-hour mean) "
                   "or O3_1h (daily maximum 1-hour mean)\n");
  g_assert_cmpuint (report.rows_imported, ==, 1);
}

/* ---- Cells --------------------------------------------------------------- */

static void
test_date_forms (Fixture       *f,
                 gconstpointer  data G_GNUC_UNUSED)
{
  static const struct { const char *text, *iso; } forms[] = {
    { "2024-01-05", "2024-01-05" },
    { "2024-1-6", "2024-01-06" },
    { "2024/1/7", "2024-01-07" },
    { "2024/01/08", "2024-01-08" },
    { "2024.1.9", "2024-01-09" },
    { "2024.01.10", "2024-01-10" },
    { "2024年1月11日", "2024-01-11" },
    { "2024年01月12日", "2024-01-12" },
    { "2024年1月13", "2024-01-13" },
    { "２０２４－０１－１４", "2024-01-14" },
    { " 2024/1/15 ", "2024-01-15" },
    { "2024-02-29", "2024-02-29" },
  };
  g_autoptr(GString) csv = g_string_new ("日期,城市,PM2.5\n");
  g_auto(QsImportReport) report = { 0 };
  g_autofree char *problems = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  QsAirDaily *block;

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    g_string_append_printf (csv, "\"%s\",吉安市,%u\n", forms[i].text, i + 1);
  g_assert_true (import_text (f, QS_IMPORT_AIR, csv->str, FALSE, &report, &problems));
  g_assert_cmpstr (problems, ==, "");
  g_assert_cmpuint (report.rows_imported, ==, G_N_ELEMENTS (forms));

  dataset = load (f->dataset);
  block = air_block (dataset, "360800");
  g_assert_nonnull (block);
  g_assert_cmpuint (block->start_day, ==, day_of ("2024-01-05"));
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    g_assert_cmpfloat (block->columns[QS_POLLUTANT_PM25][day_of (forms[i].iso) - block->start_day], ==, i + 1);
}

static void
test_bad_dates (Fixture       *f,
                gconstpointer  data G_GNUC_UNUSED)
{
  static const char *const bad[] = {
    "2024-13-01", "2024-02-30", "2023-02-29", "2024/1/32", "2024-1/5", "24-1-5", "2024-01-05 08:00",
    "2024年1月", "20240105", "5/1/2024", "2024--1-5", "abc", "0999-01-01", "2999-01-01",
  };
  g_autoptr(GString) csv = g_string_new ("日期,城市,PM2.5\n");
  g_autoptr(GString) expected = g_string_new (NULL);
  g_auto(QsImportReport) report = { 0 };
  g_autofree char *problems = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_string_append_printf (csv, "%s,南昌市,1\n", bad[i]);
      if (g_str_equal (bad[i], "2999-01-01"))
        g_string_append_printf (expected, "air.csv:%u:1: “%s” in column “日期” is a date in the future\n", i + 2, bad[i]);
      else
        g_string_append_printf (expected, "air.csv:%u:1: “%s” in column “日期” is not a date (write it as "
                                "2024-01-05, 2024/1/5, 2024.1.5 or 2024年1月5日)\n", i + 2, bad[i]);
    }
  g_assert_false (import_text (f, QS_IMPORT_AIR, csv->str, FALSE, &report, &problems));
  g_assert_cmpstr (problems, ==, expected->str);
  g_assert_cmpuint (report.rows_with_problems, ==, G_N_ELEMENTS (bad));
}

static void
test_missing_markers (Fixture       *f,
                      gconstpointer  data G_GNUC_UNUSED)
{
  static const char *const markers[] = {
    "", " ", "—", "——", "-", "--", "－", "NA", "na", "N/A", "n/a", "null", "NULL", "Null", "\"\"", "　",
  };
  g_autoptr(GString) csv = g_string_new ("日期,城市,PM2.5,PM10\n");
  g_auto(QsImportReport) report = { 0 };
  g_autofree char *problems = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  QsAirDaily *block;

  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    g_string_append_printf (csv, "2024-02-%02u,九江市,%s,%u\n", i + 1, markers[i], i + 1);
  g_assert_true (import_text (f, QS_IMPORT_AIR, csv->str, FALSE, &report, &problems));
  g_assert_cmpstr (problems, ==, "");
  g_assert_cmpuint (report.rows_imported, ==, G_N_ELEMENTS (markers));

  dataset = load (f->dataset);
  block = air_block (dataset, "360400");
  g_assert_nonnull (block);
  g_assert_cmpuint (block->n_days, ==, G_N_ELEMENTS (markers));
  /* Every PM2.5 cell was missing, so the block has no PM2.5 column. */
  g_assert_null (block->columns[QS_POLLUTANT_PM25]);
  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    g_assert_cmpfloat (block->columns[QS_POLLUTANT_PM10][i], ==, i + 1);
}

/* Found by fuzzing: rows for a city with no data yet whose every cell is
 * missing made a block with no column, which the dataset check refused. */
static void
test_new_place_all_missing (Fixture       *f,
                            gconstpointer  data G_GNUC_UNUSED)
{
  g_auto(QsImportReport) report = { 0 };
  g_autofree char *problems = NULL;
  g_autoptr(QsDataset) before = load (f->dataset);
  g_autoptr(QsDataset) dataset = NULL;

  g_assert_null (find_air_block (before, "360400"));
  g_assert_true (import_text (f, QS_IMPORT_AIR, "日期,城市,PM2.5,PM10\n2024-02-01,九江市,—,\n", FALSE, &report,
                              &problems));
  g_assert_cmpstr (problems, ==, "");
  dataset = load (f->dataset);
  g_assert_null (find_air_block (dataset, "360400"));
}

static void
test_numbers (Fixture       *f,
              gconstpointer  data G_GNUC_UNUSED)
{
  g_auto(QsImportReport) report = { 0 };
  g_autofree char *problems = NULL;
  g_autofree char *text = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  QsAirDaily *block;
  static const double pm25[] = { 35.2, 40, 0, 12.5, 8 };
  static const double co[] = { 0.8, 1.25, 0.00005, NAN, 0.7 };

  g_assert_true (import_text (f, QS_IMPORT_AIR,
                              "日期,城市,PM2.5,CO\n"
                              "2024-03-01,360800,35.2,0.8\n"
                              "2024-03-02,360800, 40 ,1.25\n"
                              "2024-03-03,360800,-0,5e-5\n"
                              "2024-03-04,360800,１２．５,\n"
                              "2024-03-05,360800,+8,.7\n",
                              FALSE, &report, &problems));
  g_assert_cmpstr (problems, ==, "");
  dataset = load (f->dataset);
  block = air_block (dataset, "360800");
  assert_column (block->columns[QS_POLLUTANT_PM25], block->n_days, pm25, G_N_ELEMENTS (pm25));
  assert_column (block->columns[QS_POLLUTANT_CO], block->n_days, co, G_N_ELEMENTS (co));
  /* Written the way people write them. */
  text = read_file (f->dataset, NULL);
  g_assert_nonnull (strstr (text, "\"pm25\": [35.2, 40, 0, 12.5, 8]"));
  g_assert_nonnull (strstr (text, "\"co\": [0.8, 1.25, 0.00005, null, 0.7]"));
}

static void
test_place_names (Fixture       *f,
                  gconstpointer  data G_GNUC_UNUSED)
{
  g_auto(QsImportReport) report = { 0 };
  g_autofree char *problems = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  QsAirDaily *block;
  static const double expected[] = { 1, 2, 3, 4, 5, 6, 7 };

  /* By code, by name in each locale, without 市, case and width aside. */
  g_assert_true (import_text (f, QS_IMPORT_AIR,
                              "日期,城市,PM2.5\n"
                              "2024-04-01,360800,1\n"
                              "2024-04-02,吉安市,2\n"
                              "2024-04-03,吉安,3\n"
                              "2024-04-04,Ji'an,4\n"
                              "2024-04-05,JI'AN,5\n"
                              "2024-04-06, 吉安市 ,6\n"
                              "2024-04-07,Ｊｉ'ａｎ,7\n",
                              FALSE, &report, &problems));
  g_assert_cmpstr (problems, ==, "");
  dataset = load (f->dataset);
  block = air_block (dataset, "360800");
  assert_column (block->columns[QS_POLLUTANT_PM25], block->n_days, expected, G_N_ELEMENTS (expected));
}

/* ---- Encodings and separators -------------------------------------------- */

static const char gbk_source[] =
  "日期,城市,PM2.5（微克/立方米）,一氧化碳\r\n"
  "2024年1月1日,九江市,41,0.9\r\n"
  "2024年1月2日,九江市,43,1.1\r\n";

static void
test_gbk (Fixture       *f,
          gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GError) error = NULL;
  gsize len;
  g_autofree char *gbk = g_convert (gbk_source, -1, "GBK", "UTF-8", NULL, &len, &error);
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_auto(QsImportReport) report = { 0 };
  g_autoptr(QsDataset) dataset = NULL;
  QsAirDaily *block;
  static const double pm25[] = { 41, 43 };
  static const double co[] = { 0.9, 1.1 };

  g_assert_no_error (error);
  g_assert_false (g_utf8_validate (gbk, (gssize) len, NULL));
  path = write_csv (f, "gbk.csv", gbk, (gssize) len);
  g_assert_true (qs_import_into_file (QS_IMPORT_AIR, path, QS_CSV_ENCODING_AUTO, f->dataset, FALSE,
                                      &report, &problems, &error));
  g_assert_no_error (error);
  g_assert_cmpint (report.encoding, ==, QS_CSV_ENCODING_GB18030);
  g_assert_cmpint (report.separator, ==, ',');
  g_assert_cmpuint (report.rows_read, ==, 2);
  dataset = load (f->dataset);
  block = air_block (dataset, "360400");
  g_assert_cmpuint (block->start_day, ==, day_of ("2024-01-01"));
  assert_column (block->columns[QS_POLLUTANT_PM25], block->n_days, pm25, 2);
  assert_column (block->columns[QS_POLLUTANT_CO], block->n_days, co, 2);
}

/* Asked for UTF-8, a GBK file is an error that names where it goes wrong. */
static void
test_gbk_read_as_utf8 (Fixture       *f,
                       gconstpointer  data G_GNUC_UNUSED)
{
  gsize len;
  g_autofree char *gbk = g_convert (gbk_source, -1, "GBK", "UTF-8", NULL, &len, NULL);
  g_autofree char *path = write_csv (f, "gbk.csv", gbk, (gssize) len);
  g_autofree char *before = read_file (f->dataset, NULL);
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (qs_import_into_file (QS_IMPORT_AIR, path, QS_CSV_ENCODING_UTF8, f->dataset, FALSE,
                                       NULL, &problems, &error));
  g_assert_error (error, QS_IMPORT_ERROR, QS_IMPORT_ERROR_CSV);
  text = problems_text (problems, f->dir);
  g_assert_true (g_str_has_prefix (text, "gbk.csv:1:1: this is not valid UTF-8 text (byte 0xC8)"));
  after = read_file (f->dataset, NULL);
  g_assert_cmpstr (after, ==, before);

  /* Asked for GB18030, it reads. */
  g_clear_pointer (&problems, g_ptr_array_unref);
  g_clear_error (&error);
  g_assert_true (qs_import_into_file (QS_IMPORT_AIR, path, QS_CSV_ENCODING_GB18030, f->dataset, FALSE,
                                      NULL, &problems, &error));
  g_assert_no_error (error);
}

static void
test_separators (Fixture       *f,
                 gconstpointer  data G_GNUC_UNUSED)
{
  static const struct { const char *csv; char separator; } cases[] = {
    { "日期\t城市\tPM2.5\tCO\n2024-05-01\t九江市\t20\t0,5\n2024-05-02\t九江市\t21\t0.6\n", '\t' },
    { "日期;城市;PM2.5;CO\n2024-05-01;九江市;20;0.5\n2024-05-02;九江市;21;0.6\n", ';' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(QsImportReport) report = { 0 };
      g_autofree char *problems = NULL;
      g_autoptr(QsDataset) dataset = NULL;
      QsAirDaily *block;
      gboolean ok = import_text (f, QS_IMPORT_AIR, cases[i].csv, FALSE, &report, &problems);
      static const double pm25[] = { 20, 21 };

      g_assert_cmpint (report.separator, ==, cases[i].separator);
      if (cases[i].separator == '\t')
        {
          /* A decimal comma is not a number: say so rather than guess. */
          g_assert_false (ok);
          g_assert_cmpstr (problems, ==, "air.csv:2:19: “0,5” in column “CO” is not a number\n");
          continue;
        }
      g_assert_true (ok);
      g_assert_cmpstr (problems, ==, "");
      dataset = load (f->dataset);
      block = air_block (dataset, "360400");
      assert_column (block->columns[QS_POLLUTANT_PM25], block->n_days, pm25, 2);
    }
}

/* ---- Bad files ----------------------------------------------------------- */

typedef struct
{
  const char  *file;
  QsImportKind kind;
  const char  *expected;
} BadCase;

static const BadCase bad_cases[] = {
  { "bad-date.csv", QS_IMPORT_AIR,
    "bad-date.csv:3:1: “2024-13-01” in column “日期” is not a date (write it as 2024-01-05, 2024/1/5, 2024.1.5 or 2024年1月5日)\n"
    "bad-date.csv:4:1: “2024/2/30” in column “日期” is not a date (write it as 2024-01-05, 2024/1/5, 2024.1.5 or 2024年1月5日)\n"
    "bad-date.csv:5:1: “昨天” in column “日期” is not a date (write it as 2024-01-05, 2024/1/5, 2024.1.5 or 2024年1月5日)\n"
    "bad-date.csv:6:1: “2024-01-06 08:00” in column “日期” is not a date (write it as 2024-01-05, 2024/1/5, 2024.1.5 or 2024年1月5日)\n"
    "bad-date.csv:7:1: the date is missing\n" },
  { "bad-number.csv", QS_IMPORT_AIR,
    "bad-number.csv:2:16: “abc” in column “PM2.5(μg/m³)” is not a number\n"
    "bad-number.csv:3:19: “5O” in column “PM10” is not a number\n"
    "bad-number.csv:4:16: “1,234” in column “PM2.5(μg/m³)” is not a number\n"
    "bad-number.csv:5:16: “35*” in column “PM2.5(μg/m³)” is not a number\n" },
  { "unknown-city.csv", QS_IMPORT_AIR,
    "unknown-city.csv:2:12: unknown city “长沙市” (not in the dataset’s regions), on 2 rows\n"
    "unknown-city.csv:6:12: unknown city “武汉” (not in the dataset’s regions)\n"
    "unknown-city.csv:8:12: the city is missing\n" },
  { "water-unknown-section.csv", QS_IMPORT_WATER,
    "water-unknown-section.csv:3:1: unknown section “赣江樟树” (not in the dataset’s water_sections)\n" },
  { "duplicate-row.csv", QS_IMPORT_AIR,
    "duplicate-row.csv:4:1: duplicate row: 南昌 on 2024-01-05 is already on line 2\n"
    "duplicate-row.csv:6:1: duplicate row: 南昌市 on 2024-01-05 is already on line 2\n" },
  { "negative-value.csv", QS_IMPORT_AIR,
    "negative-value.csv:2:16: “-3” in column “PM2.5” is negative\n"
    "negative-value.csv:3:19: “-0.1” in column “CO” is negative\n" },
  { "no-date-column.csv", QS_IMPORT_AIR,
    "no-date-column.csv:1:1: no date column (name it 日期, 监测日期 or date)\n" },
  { "empty.csv", QS_IMPORT_AIR,
    "empty.csv: the file is empty\n" },
  { "header-only.csv", QS_IMPORT_AIR,
    "header-only.csv: the file has a header but no rows of data\n" },
  { "wrong-cell-count.csv", QS_IMPORT_AIR,
    "wrong-cell-count.csv:2:18: this row has 4 cells but the header has 3; is there a separator inside a value?\n"
    "wrong-cell-count.csv:3:12: this row has 2 cells but the header has 3\n" },
  { "water-detection-limit.csv", QS_IMPORT_WATER,
    "water-detection-limit.csv:2:17: “<0.01” in column “总磷” is below the detection limit; write the number to record, or leave the cell empty\n"
    "water-detection-limit.csv:2:23: “0.05L” in column “氨氮” is below the detection limit; write the number to record, or leave the cell empty\n"
    "water-detection-limit.csv:3:22: “未检出” in column “氨氮” is below the detection limit; write the number to record, or leave the cell empty\n"
    "water-detection-limit.csv:3:26: “15” in column “pH” is out of range (at most 14)\n" },
  { "duplicate-column.csv", QS_IMPORT_AIR,
    "duplicate-column.csv:1:13: column “细颗粒物” is the same as column 3 (“PM2.5”); keep only one of them\n" },
  { "bad-encoding.csv", QS_IMPORT_AIR,
    "bad-encoding.csv:3:19: the text is neither UTF-8 nor GB18030 (byte 0xFF); save the file as UTF-8\n" },
};

static void
test_bad_file (Fixture       *f,
               gconstpointer  data)
{
  const BadCase *c = data;
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "import", NULL);
  g_autofree char *path = g_build_filename (dir, c->file, NULL);
  g_autofree char *before = read_file (f->dataset, NULL);
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  g_autofree char *files = NULL;
  g_autofree char *first = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(QsImportReport) report = { 0 };

  g_assert_false (qs_import_into_file (c->kind, path, QS_CSV_ENCODING_AUTO, f->dataset, FALSE,
                                       &report, &problems, &error));
  g_assert_error (error, QS_IMPORT_ERROR, QS_IMPORT_ERROR_CSV);
  text = problems_text (problems, dir);
  g_assert_cmpstr (text, ==, c->expected);
  /* The error repeats the first problem. */
  first = qs_problem_to_string (problems->pdata[0]);
  g_assert_true (g_str_has_prefix (error->message, first));
  g_assert_cmpuint (report.rows_imported, ==, 0);

  /* Nothing written, no backup, no temporary file left. */
  after = read_file (f->dataset, NULL);
  g_assert_cmpstr (after, ==, before);
  files = list_dir (f->dir);
  g_assert_cmpstr (files, ==, "test.json");
}

/* ---- Skipping bad rows ----------------------------------------------------- */

static const char mixed_csv[] =
  "日期,城市,PM2.5\n"
  "2024-01-06,南昌市,40\n"
  "2024-01-07,南昌市,abc\n"
  "2024-01-08,南昌市,42\n"
  "2024-01-08,南昌市,43\n"
  "2024-01-09,长沙市,44\n"
  "2024-01-10,南昌市,45\n";

static void
test_skip_bad_rows (Fixture       *f,
                    gconstpointer  data G_GNUC_UNUSED)
{
  g_auto(QsImportReport) report = { 0 };
  g_autofree char *problems = NULL;
  g_autofree char *before = read_file (f->dataset, NULL);
  g_autofree char *after = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  QsAirDaily *block;
  static const double pm25[] = { 30, 31, 32, 40, NAN, 42, NAN, 45 };
  static const char expected[] =
    "air.csv:3:16: “abc” in column “PM2.5” is not a number\n"
    "air.csv:5:1: duplicate row: 南昌市 on 2024-01-08 is already on line 4\n"
    "air.csv:6:12: unknown city “长沙市” (not in the dataset’s regions)\n";

  /* Without skipping: nothing. */
  g_assert_false (import_text (f, QS_IMPORT_AIR, mixed_csv, FALSE, &report, &problems));
  g_assert_cmpstr (problems, ==, expected);
  g_assert_cmpuint (report.rows_read, ==, 6);
  g_assert_cmpuint (report.rows_with_problems, ==, 3);
  g_assert_cmpuint (report.rows_imported, ==, 0);
  g_assert_cmpuint (report.rows_skipped, ==, 0);
  after = read_file (f->dataset, NULL);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&problems, g_free);

  /* Skipping: the good rows, and the same problems to fix later. */
  g_assert_true (import_text (f, QS_IMPORT_AIR, mixed_csv, TRUE, &report, &problems));
  g_assert_cmpstr (problems, ==, expected);
  g_assert_cmpuint (report.rows_read, ==, 6);
  g_assert_cmpuint (report.rows_imported, ==, 3);
  g_assert_cmpuint (report.rows_skipped, ==, 3);
  dataset = load (f->dataset);
  block = air_block (dataset, "360100");
  g_assert_cmpuint (block->start_day, ==, day_of ("2024-01-03"));
  assert_column (block->columns[QS_POLLUTANT_PM25], block->n_days, pm25, G_N_ELEMENTS (pm25));
}

static void
test_skip_all_rows_bad (Fixture       *f,
                        gconstpointer  data G_GNUC_UNUSED)
{
  g_auto(QsImportReport) report = { 0 };
  g_autofree char *problems = NULL;
  g_autofree char *before = read_file (f->dataset, NULL);
  g_autofree char *after = NULL;

  g_assert_false (import_text (f, QS_IMPORT_AIR, "日期,城市,PM2.5\n2024-01-09,长沙市,44\n", TRUE, &report, &problems));
  g_assert_cmpstr (problems, ==,
                   "air.csv:2:12: unknown city “长沙市” (not in the dataset’s regions)\n"
                   "air.csv: no row can be imported: every row has a problem\n");
  after = read_file (f->dataset, NULL);
  g_assert_cmpstr (after, ==, before);
}

/* More than 100 problems: the first 100 and a last line saying so; every
 * bad row is still counted. */
static void
test_problem_cap (Fixture       *f,
                  gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GString) csv = g_string_new ("日期,城市,PM2.5\n");
  g_auto(QsImportReport) report = { 0 };
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *last = NULL;

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (csv, "2023-01-01,九江市,x%u\n", i);
  g_string_append (csv, "2023-01-02,九江市,1\n");
  path = write_csv (f, "air.csv", csv->str, -1);
  g_assert_true (qs_import_into_file (QS_IMPORT_AIR, path, QS_CSV_ENCODING_AUTO, f->dataset, TRUE,
                                      &report, &problems, &error));
  g_assert_cmpuint (problems->len, ==, QS_IMPORT_MAX_PROBLEMS + 1);
  last = qs_problem_to_string (problems->pdata[QS_IMPORT_MAX_PROBLEMS]);
  g_assert_true (g_str_has_suffix (last, "too many problems; only the first ones are listed"));
  g_assert_cmpuint (report.rows_read, ==, 301);
  g_assert_cmpuint (report.rows_skipped, ==, 300);
  g_assert_cmpuint (report.rows_imported, ==, 1);
}

/* ---- Merging ------------------------------------------------------------- */

static void
test_merge_air (Fixture       *f,
                gconstpointer  data G_GNUC_UNUSED)
{
  g_auto(QsImportReport) report = { 0 };
  g_autofree char *problems = NULL;
  g_autofree char *text = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  QsAirDaily *block;
  /* 01-01 before the block, 01-04 replaced (CO left as it was), 01-07
   * after it; PM10 is new to the block. */
  static const double pm25[] = { 10, NAN, 30, 99, 32, NAN, 40 };
  static const double pm10[] = { 15, NAN, NAN, 120, NAN, NAN, 60 };
  static const double co[] = { NAN, NAN, 0.8, 0.9, 1.0, NAN, 1.2 };
  static const double jiujiang[] = { 25, 26 };

  g_assert_true (import_text (f, QS_IMPORT_AIR,
                              "日期,城市,PM2.5,PM10,CO\n"
                              "2024-01-01,南昌市,10,15,\n"
                              "2024-01-04,南昌市,99,120,\n"
                              "2024-01-07,南昌市,40,60,1.2\n"
                              "2024-03-02,九江市,26,,\n"
                              "2024-03-01,九江市,25,,\n",
                              FALSE, &report, &problems));
  g_assert_cmpstr (problems, ==, "");
  g_assert_cmpuint (report.rows_imported, ==, 5);

  dataset = load (f->dataset);
  g_assert_cmpuint (qs_dataset_get_air_daily (dataset)->len, ==, 2);
  block = air_block (dataset, "360100");
  g_assert_cmpuint (block->start_day, ==, day_of ("2024-01-01"));
  assert_column (block->columns[QS_POLLUTANT_PM25], block->n_days, pm25, G_N_ELEMENTS (pm25));
  assert_column (block->columns[QS_POLLUTANT_PM10], block->n_days, pm10, G_N_ELEMENTS (pm10));
  assert_column (block->columns[QS_POLLUTANT_CO], block->n_days, co, G_N_ELEMENTS (co));
  g_assert_null (block->columns[QS_POLLUTANT_SO2]);

  /* A new block for a city without one, its days in order. */
  block = air_block (dataset, "360400");
  g_assert_cmpuint (block->start_day, ==, day_of ("2024-03-01"));
  assert_column (block->columns[QS_POLLUTANT_PM25], block->n_days, jiujiang, 2);
  g_assert_null (block->columns[QS_POLLUTANT_PM10]);

  /* The existing numbers keep how they were written (1.0 stays 1.0). */
  text = read_file (f->dataset, NULL);
  g_assert_nonnull (strstr (text, "\"start\": \"2024-01-01\""));
  g_assert_nonnull (strstr (text, "\"pm25\": [10, null, 30, 99, 32, null, 40]"));
  g_assert_nonnull (strstr (text, "\"co\": [null, null, 0.8, 0.9, 1.0, null, 1.2]"));
}

static void
test_merge_water (Fixture       *f,
                  gconstpointer  data G_GNUC_UNUSED)
{
  g_auto(QsImportReport) report = { 0 };
  g_autofree char *problems = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  QsWaterSamples *block;
  static const char *const dates[] = { "2024-01-05", "2024-01-10", "2024-01-20", "2024-02-10", "2024-03-01" };
  /* 02-10 replaced for DO; its NH3-N cell was empty, so 0.3 stays. */
  static const double dissolved[] = { 9.0, 8.1, 8.5, 7.0, 6.5 };
  static const double nh3n[] = { 0.15, 0.2, NAN, 0.3, 0.4 };
  static const double tp[] = { NAN, NAN, 0.05, NAN, 0.04 };
  static const double lake_tp[] = { 0.03 };

  g_assert_true (import_text (f, QS_IMPORT_WATER,
                              "断面名称,采样日期,溶解氧(mg/L),氨氮(mg/L),总磷(mg/L)\n"
                              "赣江滁槎,2024/3/1,6.5,0.4,0.04\n"
                              "GK01,2024/1/5,9.0,0.15,\n"
                              "gk01,2024/2/10,7.0,,\n"
                              "Gan River at Chucha,2024/1/20,8.5,,0.05\n"
                              "八里湖,2024/2/1,,,0.03\n",
                              FALSE, &report, &problems));
  g_assert_cmpstr (problems, ==, "");
  g_assert_cmpuint (report.rows_imported, ==, 5);

  dataset = load (f->dataset);
  block = water_block (dataset, "GK01");
  g_assert_cmpuint (block->n_samples, ==, G_N_ELEMENTS (dates));
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    g_assert_cmpuint (block->dates[i], ==, day_of (dates[i]));
  assert_column (block->columns[QS_WATER_DO], block->n_samples, dissolved, G_N_ELEMENTS (dissolved));
  assert_column (block->columns[QS_WATER_NH3N], block->n_samples, nh3n, G_N_ELEMENTS (nh3n));
  assert_column (block->columns[QS_WATER_TP], block->n_samples, tp, G_N_ELEMENTS (tp));
  g_assert_null (block->columns[QS_WATER_PH]);

  block = water_block (dataset, "GK02");
  g_assert_cmpuint (block->n_samples, ==, 1);
  g_assert_cmpuint (block->dates[0], ==, day_of ("2024-02-01"));
  assert_column (block->columns[QS_WATER_TP], 1, lake_tp, 1);
  g_assert_null (block->columns[QS_WATER_DO]);
}

/* A date sampled twice already: a row for it could replace either. */
static void
test_water_ambiguous_date (Fixture       *f,
                           gconstpointer  data G_GNUC_UNUSED)
{
  g_autofree char *json = NULL;
  g_autofree char *problems = NULL;

  json = g_strdup (dataset_json);
  {
    char *dates = strstr (json, "\"2024-01-10\", \"2024-02-10\"");
    memcpy (dates, "\"2024-01-10\", \"2024-01-10\"", strlen ("\"2024-01-10\", \"2024-01-10\""));
  }
  g_assert_true (g_file_set_contents (f->dataset, json, -1, NULL));
  g_assert_false (import_text (f, QS_IMPORT_WATER, "断面,采样日期,溶解氧\nGK01,2024-01-10,9\n", FALSE, NULL, &problems));
  g_assert_cmpstr (problems, ==, "water.csv:2:6: section GK01 already has 2 samples on 2024-01-10, so it is "
                                 "not clear which one this row replaces\n");
}

/* Everything but the table imported into stays as it was, and the whole
 * file is what the loader accepts. */
static void
test_rest_unchanged (Fixture       *f,
                     gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(JsonParser) before = json_parser_new ();
  g_autoptr(JsonParser) after = json_parser_new ();
  JsonObject *a, *b;
  static const char *const keys[] = { "format", "version", "metadata", "regions", "indicators" };

  g_assert_true (json_parser_load_from_data (before, dataset_json, -1, NULL));
  g_assert_true (import_text (f, QS_IMPORT_WATER, "断面,采样日期,溶解氧\nGK02,2024-01-10,9\n", FALSE, NULL, NULL));
  g_assert_true (json_parser_load_from_file (after, f->dataset, NULL));
  a = json_node_get_object (json_parser_get_root (before));
  b = json_node_get_object (json_parser_get_root (after));
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (json_node_equal (json_object_get_member (a, keys[i]), json_object_get_member (b, keys[i])));
  a = json_object_get_object_member (a, "observations");
  b = json_object_get_object_member (b, "observations");
  g_assert_true (json_node_equal (json_object_get_member (a, "air_daily"), json_object_get_member (b, "air_daily")));
  g_assert_true (json_node_equal (json_object_get_member (a, "water_sections"),
                                  json_object_get_member (b, "water_sections")));
}

/* A dataset without observations gets them. */
static void
test_first_observations (Fixture       *f,
                         gconstpointer  data G_GNUC_UNUSED)
{
  static const char minimal[] =
    "{\"format\":\"qingshan-dataset\",\"version\":1,\"metadata\":{\"title\":\"T\",\"provenance\":\"demo\"},"
    "\"regions\":[{\"code\":\"360100\",\"name\":\"南昌市\"}],\"indicators\":[]}";
  g_autofree char *text = NULL;
  g_autoptr(QsDataset) dataset = NULL;

  g_assert_true (g_file_set_contents (f->dataset, minimal, -1, NULL));
  g_assert_true (import_text (f, QS_IMPORT_AIR, "date,city,PM2.5\n2024-01-01,南昌,1\n2024-01-02,南昌,2\n",
                              FALSE, NULL, NULL));
  /* Compact in, compact out. */
  text = read_file (f->dataset, NULL);
  g_assert_cmpstr (text, ==,
                   "{\"format\":\"qingshan-dataset\",\"version\":1,\"metadata\":{\"title\":\"T\",\"provenance\":\"demo\"},"
                   "\"regions\":[{\"code\":\"360100\",\"name\":\"南昌市\"}],\"indicators\":[],"
                   "\"observations\":{\"air_daily\":[{\"region\":\"360100\",\"start\":\"2024-01-01\",\"pm25\":[1,2]}]}}");
  dataset = load (f->dataset);
  g_assert_nonnull (air_block (dataset, "360100"));
}

static void
test_pretty_stays_pretty (Fixture       *f,
                          gconstpointer  data G_GNUC_UNUSED)
{
  g_autofree char *text = NULL;

  g_assert_true (import_text (f, QS_IMPORT_AIR, "date,city,PM2.5\n2024-01-06,南昌,1\n", FALSE, NULL, NULL));
  text = read_file (f->dataset, NULL);
  g_assert_true (g_str_has_prefix (text, "{\n  \"format\": \"qingshan-dataset\",\n  \"version\": 1,\n"));
  g_assert_true (g_str_has_suffix (text, "\n}\n"));
  g_assert_nonnull (strstr (text, "\"pm25\": [30, 31, 32, 1]"));
}

/* Long lists (which the loader reads without json-glib) are merged too, and
 * untouched ones are copied exactly as written. */
static void
test_long_columns (Fixture       *f,
                   gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(GString) json = g_string_new (NULL);
  g_autoptr(GString) list = g_string_new ("[");
  g_autofree char *text = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  QsAirDaily *block;

  for (guint i = 0; i < 300; i++)
    g_string_append_printf (list, "%s%s", i ? ", " : "", i == 7 ? "null" : i % 2 ? "35.50" : "1e1");
  g_string_append (list, "]");
  g_string_append_printf (json,
                          "{\n \"format\": \"qingshan-dataset\", \"version\": 1,\n"
                          " \"metadata\": { \"title\": \"T\", \"provenance\": \"demo\" },\n"
                          " \"regions\": [ { \"code\": \"360100\", \"name\": \"南昌市\" },"
                          " { \"code\": \"360400\", \"name\": \"九江市\" } ],\n"
                          " \"indicators\": [],\n"
                          " \"observations\": { \"air_daily\": [\n"
                          "  { \"region\": \"360100\", \"start\": \"2023-01-01\", \"pm25\": %s },\n"
                          "  { \"region\": \"360400\", \"start\": \"2023-01-01\", \"pm25\": %s }\n"
                          " ] }\n}\n", list->str, list->str);
  g_assert_true (g_file_set_contents (f->dataset, json->str, -1, NULL));
  g_assert_true (import_text (f, QS_IMPORT_AIR, "日期,城市,PM2.5\n2023-01-03,南昌市,99\n2023-01-08,南昌市,7\n",
                              FALSE, NULL, NULL));
  text = read_file (f->dataset, NULL);
  /* Jiujiang's list as it was; Nanchang's with two values replaced. */
  g_assert_nonnull (strstr (text, list->str));
  g_assert_nonnull (strstr (text, "\"pm25\": [1e1, 35.50, 99, 35.50, 1e1, 35.50, 1e1, 7, 1e1, 35.50,"));
  dataset = load (f->dataset);
  block = air_block (dataset, "360100");
  g_assert_cmpuint (block->n_days, ==, 300);
  g_assert_cmpfloat (block->columns[QS_POLLUTANT_PM25][2], ==, 99);
  g_assert_cmpfloat (block->columns[QS_POLLUTANT_PM25][7], ==, 7);
  g_assert_cmpfloat (block->columns[QS_POLLUTANT_PM25][299], ==, 35.5);
}

/* Two blocks for one city are joined when rows are imported for it. */
static void
test_join_blocks (Fixture       *f,
                  gconstpointer  data G_GNUC_UNUSED)
{
  g_autofree char *json = g_strdup (dataset_json);
  g_autofree char *joined = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  QsAirDaily *block;
  static const double pm25[] = { 30, 31, 32, NAN, 5, 50, 51 };
  char *at = strstr (json, "] }\n    ],");

  g_assert_nonnull (at);
  joined = g_strdup_printf ("%.*s] },\n      { \"region\": \"360100\", \"start\": \"2024-01-08\", \"pm25\": [50, 51] }%s",
                            (int) (at - json), json, at + strlen ("] }"));
  g_assert_true (g_file_set_contents (f->dataset, joined, -1, NULL));
  g_assert_true (import_text (f, QS_IMPORT_AIR, "日期,城市,PM2.5\n2024-01-07,南昌市,5\n", FALSE, NULL, NULL));
  dataset = load (f->dataset);
  block = air_block (dataset, "360100");
  assert_column (block->columns[QS_POLLUTANT_PM25], block->n_days, pm25, G_N_ELEMENTS (pm25));
}

/* ---- Files --------------------------------------------------------------- */

static void
test_backup (Fixture       *f,
             gconstpointer  data G_GNUC_UNUSED)
{
  g_autofree char *backup = g_strconcat (f->dataset, "~", NULL);
  g_autofree char *original = NULL;
  g_autofree char *first = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *files = NULL;
  g_auto(QsImportReport) report = { 0 };
  gsize original_len, first_len, kept_len;

  original = read_file (f->dataset, &original_len);
  g_assert_true (import_text (f, QS_IMPORT_AIR, "日期,城市,PM2.5\n2024-01-06,南昌市,7\n", FALSE, &report, NULL));
  g_assert_cmpstr (report.backup_path, ==, backup);
  kept = read_file (backup, &kept_len);
  g_assert_cmpmem (kept, kept_len, original, original_len);
  files = list_dir (f->dir);
  g_assert_cmpstr (files, ==, "air.csv test.json test.json~");

  /* The next import keeps the first import's result. */
  first = read_file (f->dataset, &first_len);
  g_clear_pointer (&kept, g_free);
  g_assert_true (import_text (f, QS_IMPORT_AIR, "日期,城市,PM2.5\n2024-01-07,南昌市,8\n", FALSE, &report, NULL));
  kept = read_file (backup, &kept_len);
  g_assert_cmpmem (kept, kept_len, first, first_len);
}

static void
test_invalid_dataset (Fixture       *f,
                      gconstpointer  data G_GNUC_UNUSED)
{
  static const char invalid[] = "{\"format\":\"qingshan-dataset\",\"version\":2}";
  g_autofree char *after = NULL;
  g_autofree char *files = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;

  g_assert_true (g_file_set_contents (f->dataset, invalid, -1, NULL));
  csv = write_csv (f, "air.csv", "日期,城市,PM2.5\n2024-01-06,南昌市,7\n", -1);
  g_assert_false (qs_import_into_file (QS_IMPORT_AIR, csv, QS_CSV_ENCODING_AUTO, f->dataset, FALSE,
                                       NULL, &problems, &error));
  g_assert_error (error, QS_IMPORT_ERROR, QS_IMPORT_ERROR_DATASET);
  g_assert_cmpuint (problems->len, >, 0);
  after = read_file (f->dataset, NULL);
  g_assert_cmpstr (after, ==, invalid);
  files = list_dir (f->dir);
  g_assert_cmpstr (files, ==, "air.csv test.json");
  g_clear_error (&error);

  /* Nor into a CSV file, nor one that is not there. */
  g_assert_false (qs_import_into_file (QS_IMPORT_AIR, csv, QS_CSV_ENCODING_AUTO, csv, FALSE, NULL, NULL, &error));
  g_assert_error (error, QS_IMPORT_ERROR, QS_IMPORT_ERROR_DATASET);
  g_clear_error (&error);
  {
    g_autofree char *missing = g_build_filename (f->dir, "missing.json", NULL);
    g_assert_false (qs_import_into_file (QS_IMPORT_AIR, csv, QS_CSV_ENCODING_AUTO, missing, FALSE, NULL, NULL, &error));
    g_assert_error (error, QS_IMPORT_ERROR, QS_IMPORT_ERROR_IO);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
}

/* The merged text is checked before it is written: a value the loader
 * refuses leaves the file as it was. */
static void
test_merged_checked (Fixture       *f,
                     gconstpointer  data G_GNUC_UNUSED)
{
  g_autoptr(QsDataset) dataset = load (f->dataset);
  g_autoptr(QsImportRows) rows = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(GBytes) broken = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = write_csv (f, "air.csv", "日期,城市,PM2.5\n2024-01-06,南昌市,7\n", -1);
  g_autofree char *text = NULL;
  g_autofree char *after = NULL;
  g_autofree char *files = NULL;
  char *at;
  gsize len;

  rows = qs_import_read (QS_IMPORT_AIR, csv, QS_CSV_ENCODING_AUTO, dataset, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);
  text = read_file (f->dataset, &len);
  bytes = g_bytes_new (text, len);
  merged = qs_import_merge (rows, bytes, "test.json", &error);
  g_assert_no_error (error);

  /* Spoil it: the block's start no longer a date. */
  g_clear_pointer (&text, g_free);
  text = g_strndup (g_bytes_get_data (merged, NULL), g_bytes_get_size (merged));
  at = strstr (text, "\"2024-01-03\"");
  g_assert_nonnull (at);
  memcpy (at, "\"2024-13-03\"", 12);
  broken = g_bytes_new (text, strlen (text));
  g_assert_false (qs_import_write (f->dataset, broken, NULL, &problems, &error));
  g_assert_error (error, QS_IMPORT_ERROR, QS_IMPORT_ERROR_DATASET);
  g_assert_cmpuint (problems->len, ==, 1);
  after = read_file (f->dataset, NULL);
  g_assert_cmpstr (after, ==, dataset_json);
  files = list_dir (f->dir);
  g_assert_cmpstr (files, ==, "air.csv test.json");
}

/* The demo dataset takes an import and still loads. */
static void
test_demo_dataset (Fixture       *f,
                   gconstpointer  data G_GNUC_UNUSED)
{
  g_autofree char *demo = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  const char *datadir = g_getenv ("QINGSHAN_DATADIR");
  gsize len;
  QsAirDaily *block;

  if (datadir == NULL)
    {
      g_test_skip ("QINGSHAN_DATADIR is not set");
      return;
    }
  demo = g_build_filename (datadir, "demo", "jiangxi.json", NULL);
  if (!g_file_get_contents (demo, &contents, &len, NULL))
    {
      g_test_skip ("the demo dataset is not built");
      return;
    }
  g_assert_true (g_file_set_contents (f->dataset, contents, (gssize) len, NULL));
  g_assert_true (import_text (f, QS_IMPORT_AIR, "日期,城市,PM2.5\n2024-12-31,上饶市,33\n", FALSE, NULL, NULL));
  dataset = load (f->dataset);
  block = air_block (dataset, "361100");
  g_assert_cmpuint (block->start_day, ==, day_of ("2024-12-31"));
  g_assert_cmpfloat (block->columns[QS_POLLUTANT_PM25][0], ==, 33);
  g_assert_cmpuint (block->n_days, ==, 670);
}

/* ---- The command --------------------------------------------------------- */

/* The command runs in a child process, so its output can be checked; the
 * child imports into a temporary folder of its own. */
static int
run_child (Fixture    *f,
           const char *which)
{
  g_autofree char *csv = write_csv (f, "air.csv", mixed_csv, -1);

  if (g_str_equal (which, "kind"))
    return qs_cli_import ("soil", csv, f->dataset, NULL, FALSE);
  if (g_str_equal (which, "into"))
    return qs_cli_import ("air", csv, NULL, NULL, FALSE);
  if (g_str_equal (which, "encoding"))
    return qs_cli_import ("air", csv, f->dataset, "latin1", FALSE);
  if (g_str_equal (which, "problems"))
    return qs_cli_import ("air", csv, f->dataset, NULL, FALSE);
  return qs_cli_import ("air", csv, f->dataset, "UTF-8", TRUE);
}

static void
run_cli (const char *which,
         int         status,
         const char *out,
         const char *err)
{
  g_setenv ("QS_TEST_CLI", which, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv ("QS_TEST_CLI");
  if (status == 0)
    g_test_trap_assert_passed ();
  else
    g_test_trap_assert_failed ();
  g_test_trap_assert_stdout (out);
  g_test_trap_assert_stderr (err);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data G_GNUC_UNUSED)
{
  if (g_test_subprocess ())
    {
      int status = run_child (f, g_getenv ("QS_TEST_CLI"));

      fixture_teardown (f, NULL);
      exit (status);
    }

  run_cli ("kind", 2, "", "*unknown import kind “soil” (use air or water)*");
  run_cli ("into", 2, "", "*--import needs --into DATASET*");
  run_cli ("encoding", 2, "", "*unknown encoding “latin1” (use utf-8 or gb18030)*");
  run_cli ("problems", 1, "",
           "*air.csv:3:16: “abc” in column “PM2.5” is not a number\n"
           "*air.csv:5:1: duplicate row: 南昌市 on 2024-01-08 is already on line 4\n"
           "*air.csv:6:12: unknown city “长沙市” (not in the dataset’s regions)\n"
           "Nothing was imported; *test.json is unchanged.\n"
           "3 rows have problems; fix them, or use --skip-bad-rows to import the others.\n");
  run_cli ("skip", 0, "Imported 3 rows into *test.json (3 rows skipped); the previous version is *test.json~\n",
           "*air.csv:3:16: “abc” in column “PM2.5” is not a number\n*");
}

/* ---- Main ---------------------------------------------------------------- */

static void
add (const char *path,
     void      (*func) (Fixture *, gconstpointer),
     gconstpointer data)
{
  g_test_add (path, Fixture, data, fixture_setup, func, fixture_teardown);
}

int
main (int    argc,
      char **argv)
{
  /* The command's messages are printed in the locale's encoding. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  add ("/import/header/names", test_headers, NULL);
  add ("/import/header/preview", test_preview, NULL);
  add ("/import/header/preview-problems", test_preview_problems, NULL);
  add ("/import/header/unknown-column-note", test_unknown_column_note, NULL);
  add ("/import/cells/date-forms", test_date_forms, NULL);
  add ("/import/cells/bad-dates", test_bad_dates, NULL);
  add ("/import/cells/missing-markers", test_missing_markers, NULL);
  add ("/import/cells/new-place-all-missing", test_new_place_all_missing, NULL);
  add ("/import/cells/numbers", test_numbers, NULL);
  add ("/import/cells/place-names", test_place_names, NULL);
  add ("/import/encoding/gbk", test_gbk, NULL);
  add ("/import/encoding/gbk-read-as-utf8", test_gbk_read_as_utf8, NULL);
  add ("/import/encoding/separators", test_separators, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/import/bad-file/", bad_cases[i].file, NULL);
      add (path, test_bad_file, &bad_cases[i]);
    }
  add ("/import/skip/bad-rows", test_skip_bad_rows, NULL);
  add ("/import/skip/all-rows-bad", test_skip_all_rows_bad, NULL);
  add ("/import/skip/problem-cap", test_problem_cap, NULL);
  add ("/import/merge/air", test_merge_air, NULL);
  add ("/import/merge/water", test_merge_water, NULL);
  add ("/import/merge/water-ambiguous-date", test_water_ambiguous_date, NULL);
  add ("/import/merge/rest-unchanged", test_rest_unchanged, NULL);
  add ("/import/merge/first-observations", test_first_observations, NULL);
  add ("/import/merge/pretty-stays-pretty", test_pretty_stays_pretty, NULL);
  add ("/import/merge/long-columns", test_long_columns, NULL);
  add ("/import/merge/join-blocks", test_join_blocks, NULL);
  add ("/import/merge/demo-dataset", test_demo_dataset, NULL);
  add ("/import/file/backup", test_backup, NULL);
  add ("/import/file/invalid-dataset", test_invalid_dataset, NULL);
  add ("/import/file/merged-checked", test_merged_checked, NULL);
  add ("/import/cli", test_cli, NULL);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Times importing ten years of daily air data for Jiangxi's 11 cities
 * (40 183 rows) into a small dataset, stage by stage: load (checking the
 * dataset), parse (reading and checking the CSV), merge, and write
 * (checking the merged text, writing it with a backup, loading it back);
 * then the whole of qs_import_into_file(), and the same file imported again
 * into the dataset that now holds it. Once with a UTF-8 file, once with the
 * same file in GBK.
 * Usage: bench-import [RUNS]; the best of RUNS (default 5) is shown, as
 * wall-clock time and as the process's CPU time, which other processes on
 * a busy machine disturb much less. */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib.h>
#include <glib/gstdio.h>

#include "qs-dataset-loader.h"
#include "qs-import.h"

#define DEFAULT_RUNS 5
#define FIRST_YEAR 2015
#define LAST_YEAR 2024

/* The 11 districted cities, as in data/demo/jiangxi-base.json. */
static const struct { const char *code, *zh_cn, *zh_tw, *en; } cities[] = {
  { "360100", "南昌市", "南昌市", "Nanchang" },
  { "360200", "景德镇市", "景德鎮市", "Jingdezhen" },
  { "360300", "萍乡市", "萍鄉市", "Pingxiang" },
  { "360400", "九江市", "九江市", "Jiujiang" },
  { "360500", "新余市", "新餘市", "Xinyu" },
  { "360600", "鹰潭市", "鷹潭市", "Yingtan" },
  { "360700", "赣州市", "贛州市", "Ganzhou" },
  { "360800", "吉安市", "吉安市", "Ji'an" },
  { "360900", "宜春市", "宜春市", "Yichun" },
  { "361000", "抚州市", "撫州市", "Fuzhou" },
  { "361100", "上饶市", "上饒市", "Shangrao" },
};

enum { STAGE_LOAD, STAGE_PARSE, STAGE_MERGE, STAGE_WRITE, STAGE_TOTAL, STAGE_REIMPORT, N_STAGES };

static const char *const stage_names[] = {
  "load (check the dataset)", "parse (read + check the CSV)", "merge", "write (check, write, load back)",
  "qs_import_into_file, total", "the same again, into the filled dataset",
};

static char *
dataset_text (void)
{
  GString *s = g_string_new (NULL);

  g_string_append (s, "{\n  \"format\": \"qingshan-dataset\",\n  \"version\": 1,\n"
                      "  \"metadata\": { \"title\": { \"zh_CN\": \"江西省\", \"en\": \"Jiangxi\" }, "
                      "\"provenance\": \"demo\", \"region\": \"360000\" },\n"
                      "  \"regions\": [\n"
                      "    { \"code\": \"360000\", \"name\": { \"zh_CN\": \"江西省\", \"zh_TW\": \"江西省\", "
                      "\"en\": \"Jiangxi\" } }");
  for (guint i = 0; i < G_N_ELEMENTS (cities); i++)
    g_string_append_printf (s, ",\n    { \"code\": \"%s\", \"name\": { \"zh_CN\": \"%s\", \"zh_TW\": \"%s\", "
                               "\"en\": \"%s\" }, \"parent\": \"360000\" }",
                            cities[i].code, cities[i].zh_cn, cities[i].zh_tw, cities[i].en);
  g_string_append (s, "\n  ],\n  \"indicators\": []\n}\n");
  return g_string_free (s, FALSE);
}

static char *
csv_text (gboolean for_gbk,
          guint   *n_rows)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20251205);
  GString *s = g_string_sized_new (3 * 1024 * 1024);
  GDate date, end;

  /* ³ and μ are not in GBK; Chinese unit names are. */
  g_string_append (s, for_gbk
                   ? "日期,城市,PM2.5（微克/立方米）,PM10（微克/立方米）,SO2（微克/立方米）,"
                     "NO2（微克/立方米）,CO（毫克/立方米）,O3_8h（微克/立方米）,O3_1h（微克/立方米）\r\n"
                   : "日期,城市,PM2.5(μg/m³),PM10(μg/m³),SO2(μg/m³),NO2(μg/m³),CO(mg/m³),"
                     "O3_8h(μg/m³),O3_1h(μg/m³)\r\n");
  *n_rows = 0;
  g_date_clear (&date, 1);
  g_date_clear (&end, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, FIRST_YEAR);
  g_date_set_dmy (&end, 31, G_DATE_DECEMBER, LAST_YEAR);
  for (; g_date_compare (&date, &end) <= 0; g_date_add_days (&date, 1))
    for (guint c = 0; c < G_N_ELEMENTS (cities); c++)
      {
        int pm25 = g_rand_int_range (rand, 5, 150);

        g_string_append_printf (s, "%04d-%02d-%02d,%s,%d,%d,%d,%d,%d.%d,%d,%d\r\n",
                                g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date),
                                cities[c].zh_cn, pm25, pm25 * 3 / 2 + g_rand_int_range (rand, 0, 20),
                                g_rand_int_range (rand, 2, 30), g_rand_int_range (rand, 8, 60),
                                g_rand_int_range (rand, 0, 2), g_rand_int_range (rand, 1, 10),
                                g_rand_int_range (rand, 20, 200), g_rand_int_range (rand, 30, 260));
        (*n_rows)++;
      }
  return g_string_free (s, FALSE);
}

static void
write_file (const char *path,
            const char *contents,
            gssize      len)
{
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, contents, len, &error))
    g_error ("%s", error->message);
}

typedef struct
{
  double wall;
  double cpu;
} Time;

static Time
now (void)
{
  struct timespec cpu;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &cpu);
  return (Time) { (double) g_get_monotonic_time () / 1000.0, cpu.tv_sec * 1e3 + cpu.tv_nsec / 1e6 };
}

static Time
since (Time start)
{
  Time t = now ();

  return (Time) { t.wall - start.wall, t.cpu - start.cpu };
}

static void
run_once (const char *dir,
          const char *csv_path,
          const char *dataset,
          Time       *times)
{
  g_autofree char *path = g_build_filename (dir, "staged.json", NULL);
  g_autofree char *whole = g_build_filename (dir, "whole.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) loaded = NULL;
  g_autoptr(QsImportRows) rows = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) merged = NULL;
  g_autoptr(GFile) file = NULL;
  g_auto(QsImportReport) report = { 0 };
  Time t;

  write_file (path, dataset, -1);
  write_file (whole, dataset, -1);

  t = now ();
  loaded = qs_dataset_loader_load_path (path, NULL, NULL, NULL, NULL, &error);
  if (loaded == NULL)
    g_error ("%s", error->message);
  times[STAGE_LOAD] = since (t);

  t = now ();
  rows = qs_import_read (QS_IMPORT_AIR, csv_path, QS_CSV_ENCODING_AUTO, loaded, FALSE, &report, NULL, &error);
  if (rows == NULL)
    g_error ("%s", error->message);
  times[STAGE_PARSE] = since (t);

  t = now ();
  file = g_file_new_for_path (path);
  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  merged = qs_import_merge (rows, bytes, "staged.json", &error);
  if (merged == NULL)
    g_error ("%s", error->message);
  times[STAGE_MERGE] = since (t);

  t = now ();
  if (!qs_import_write (path, merged, &report, NULL, &error))
    g_error ("%s", error->message);
  times[STAGE_WRITE] = since (t);

  t = now ();
  if (!qs_import_into_file (QS_IMPORT_AIR, csv_path, QS_CSV_ENCODING_AUTO, whole, FALSE, &report, NULL, &error))
    g_error ("%s", error->message);
  times[STAGE_TOTAL] = since (t);

  t = now ();
  if (!qs_import_into_file (QS_IMPORT_AIR, csv_path, QS_CSV_ENCODING_AUTO, whole, FALSE, &report, NULL, &error))
    g_error ("%s", error->message);
  times[STAGE_REIMPORT] = since (t);
}

static void
bench (const char *label,
       const char *dir,
       const char *csv_path,
       const char *dataset,
       guint       n_runs)
{
  Time best[N_STAGES];
  g_autofree char *whole = g_build_filename (dir, "whole.json", NULL);
  GStatBuf st;

  for (guint s = 0; s < N_STAGES; s++)
    best[s] = (Time) { G_MAXDOUBLE, G_MAXDOUBLE };
  for (guint run = 0; run < n_runs; run++)
    {
      Time times[N_STAGES];

      run_once (dir, csv_path, dataset, times);
      for (guint s = 0; s < N_STAGES; s++)
        {
          best[s].wall = MIN (best[s].wall, times[s].wall);
          best[s].cpu = MIN (best[s].cpu, times[s].cpu);
        }
    }
  g_stat (csv_path, &st);
  {
    g_autofree char *title = g_strdup_printf ("%s (%.1f MB)", label, st.st_size / 1e6);
    printf ("%-44s %7s    %7s\n", title, "wall", "CPU");
  }
  for (guint s = 0; s < N_STAGES; s++)
    {
      if (s == STAGE_TOTAL)
        printf ("  %-42s %7.1f ms %7.1f ms\n", "sum of the stages",
                best[STAGE_LOAD].wall + best[STAGE_PARSE].wall + best[STAGE_MERGE].wall + best[STAGE_WRITE].wall,
                best[STAGE_LOAD].cpu + best[STAGE_PARSE].cpu + best[STAGE_MERGE].cpu + best[STAGE_WRITE].cpu);
      printf ("  %-42s %7.1f ms %7.1f ms\n", stage_names[s], best[s].wall, best[s].cpu);
    }
  g_stat (whole, &st);
  printf ("  dataset written: %.1f MB\n", st.st_size / 1e6);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qs-bench-import-XXXXXX", &error);
  g_autofree char *dataset = dataset_text ();
  g_autofree char *utf8 = NULL;
  g_autofree char *gbk_source = NULL;
  g_autofree char *gbk = NULL;
  g_autofree char *utf8_path = NULL;
  g_autofree char *gbk_path = NULL;
  guint n_runs = argc > 1 ? (guint) atoi (argv[1]) : DEFAULT_RUNS;
  guint n_rows;
  gsize gbk_len;

  if (dir == NULL)
    g_error ("%s", error->message);
  if (n_runs == 0)
    n_runs = DEFAULT_RUNS;

  utf8 = csv_text (FALSE, &n_rows);
  gbk_source = csv_text (TRUE, &n_rows);
  gbk = g_convert (gbk_source, -1, "GBK", "UTF-8", NULL, &gbk_len, &error);
  if (gbk == NULL)
    g_error ("%s", error->message);
  utf8_path = g_build_filename (dir, "air-utf8.csv", NULL);
  gbk_path = g_build_filename (dir, "air-gbk.csv", NULL);
  write_file (utf8_path, utf8, -1);
  write_file (gbk_path, gbk, (gssize) gbk_len);

  printf ("Importing %u rows (%d–%d, %u cities, 7 pollutants), best of %u runs\n\n",
          n_rows, FIRST_YEAR, LAST_YEAR, (guint) G_N_ELEMENTS (cities), n_runs);
  bench ("UTF-8", dir, utf8_path, dataset, n_runs);
  bench ("GBK", dir, gbk_path, dataset, n_runs);

  remove_dir (dir);
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loading speed and memory, against the goals of the foundation:
 *   the demo dataset in under 50 ms;
 *   500 000 values in under 250 ms, peak under 60 MB above the start,
 *   under 10 MB held once loaded;
 *   a 1M-row time,value CSV in under 80 ms.
 * Times are the minimum of several runs (the machine is noisy). Memory is
 * measured in a child process per case, from /proc/self/status. */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "qs-dataset-loader.h"

#define RUNS 7

static long
status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *p;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || !(p = strstr (status, field)))
    return -1;
  return strtol (p + strlen (field), NULL, 10);
}

static double
time_load (const char *path)
{
  double best = G_MAXDOUBLE;

  for (int i = 0; i < RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GError) error = NULL;
      g_autoptr(QsDataset) dataset = qs_dataset_loader_load_path (path, NULL, NULL, NULL, NULL, &error);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      if (dataset == NULL)
        g_error ("%s", error->message);
      best = MIN (best, ms);
    }
  return best;
}

/* Loads once in a fresh process (this program, run again) and reports the
 * peak and held memory above what the process had before loading. */
static void
measure_memory (const char *path,
                double     *peak_mb,
                double     *held_mb)
{
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  const char *argv[] = { self, "--measure-memory", path, NULL };
  g_autofree char *out = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL) ||
      sscanf (out, "%lf %lf", peak_mb, held_mb) != 2)
    g_error ("measuring memory failed");
}

static int
measure_memory_child (const char *path)
{
  g_autoptr(QsDataset) dataset = NULL;
  long base, held, peak;

  /* Warm up GLib's type system so it does not count as loading. */
  g_type_ensure (QS_TYPE_DATASET);
  base = status_kb ("VmRSS:");
  dataset = qs_dataset_loader_load_path (path, NULL, NULL, NULL, NULL, NULL);
  if (dataset == NULL)
    return 1;
  held = status_kb ("VmRSS:");
  peak = status_kb ("VmHWM:");
  printf ("%f %f\n", (peak - base) / 1024.0, (held - base) / 1024.0);
  return 0;
}

static char *
write_values_dataset (const char *dir,
                      guint       n)
{
  g_autoptr(GString) s = g_string_new ("{\"format\":\"qingshan-dataset\",\"version\":1,"
                                       "\"metadata\":{\"title\":\"bench\",\"provenance\":\"other\"},"
                                       "\"regions\":[{\"code\":\"360000\",\"name\":\"x\"}],"
                                       "\"indicators\":[{\"id\":\"air.pm25_hourly\",\"domain\":\"air\",\"name\":\"PM2.5\","
                                       "\"unit\":\"ug/m3\",\"direction\":\"lower-is-better\",\"kind\":\"concentration\","
                                       "\"resolution\":\"hour\",\"series\":[{\"region\":\"360000\","
                                       "\"start\":\"2000-01-01 00:00\",\"values\":[");
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  char *path = g_build_filename (dir, "values.json", NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s%.1f", i ? "," : "", g_rand_double_range (rand, 0, 150));
  g_string_append (s, "]}]}]}");
  g_assert (g_file_set_contents (path, s->str, s->len, NULL));
  return path;
}

static char *
write_csv (const char *dir,
           guint       n)
{
  char *path = g_build_filename (dir, "series.csv", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  FILE *f = fopen (path, "w");

  fputs ("time,PM2.5 (µg/m³)\n", f);
  for (guint i = 0; i < n; i++)
    {
      guint day = i / 24, hour = i % 24;
      GDate date;
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, 1, 1, 1950);
      g_date_add_days (&date, day);
      fprintf (f, "%04d-%02d-%02d %02u:00,%.1f\n", g_date_get_year (&date), g_date_get_month (&date),
               g_date_get_day (&date), hour, g_rand_double_range (rand, 0, 150));
    }
  fclose (f);
  return path;
}

static void
report (const char *what,
        double      ms,
        double      goal_ms)
{
  printf ("%-44s %9.1f ms   goal < %4.0f ms   %s\n", what, ms, goal_ms, ms < goal_ms ? "met" : "NOT MET");
}

static int
run_benchmarks (void)
{
  g_autofree char *dir = g_dir_make_tmp ("qs-bench-XXXXXX", NULL);
  g_autofree char *demo = g_build_filename (g_getenv ("QINGSHAN_DATADIR") ? g_getenv ("QINGSHAN_DATADIR") : PKGDATADIR,
                                            "demo", "jiangxi.json", NULL);
  g_autofree char *values = write_values_dataset (dir, 500000);
  g_autofree char *csv = write_csv (dir, 1000000);
  double peak, held;

  printf ("Loading (minimum of %d runs)\n", RUNS);
  report ("demo dataset (jiangxi.json)", time_load (demo), 50);
  report ("dataset of 500 000 values", time_load (values), 250);
  report ("time,value CSV of 1 000 000 rows", time_load (csv), 80);

  measure_memory (values, &peak, &held);
  printf ("%-44s %9.1f MB   goal < %4d MB   %s\n", "500 000 values: peak above start", peak, 60, peak < 60 ? "met" : "NOT MET");
  printf ("%-44s %9.1f MB   goal < %4d MB   %s\n", "500 000 values: held once loaded", held, 10, held < 10 ? "met" : "NOT MET");
  measure_memory (csv, &peak, &held);
  printf ("%-44s %9.1f MB\n", "1M-row CSV: peak above start", peak);
  printf ("%-44s %9.1f MB\n", "1M-row CSV: held once loaded", held);

  g_unlink (values);
  g_unlink (csv);
  g_rmdir (dir);
  return 0;
}

int
main (int    argc,
      char **argv)
{
  if (argc == 3 && g_str_equal (argv[1], "--measure-memory"))
    return measure_memory_child (argv[2]);
  return run_benchmarks ();
}

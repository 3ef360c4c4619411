/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Large series: for 10k, 100k, 1M and 10M points at 1920×1080, the time to
 * draw a frame from the cached M4 reduction, the time to build the
 * reduction, and the whole-process time and peak memory of
 * `qingshan --export OUT.png` on a time,value CSV — beside gnuplot
 * (pngcairo), matplotlib (Agg) and grace (gracebat) making the same PNG from
 * the same data where they are installed. Times are the minimum of several
 * runs, since this machine's timing varies by ±13 %.
 *
 *   bench-chart [--max N]     (QINGSHAN_BIN: the qingshan to run)
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "qs-chart.h"
#include "qs-m4.h"
#include "qs-png-writer.h"

#define WIDTH 1920
#define HEIGHT 1080

static QsSeries *
random_walk (guint n)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20251205);
  QsSeries *series = qs_series_new_regular ("360000", QS_RESOLUTION_HOUR, 2415021 * 24 /* 1900-01-01 */, n, 1);
  double *v = qs_series_get_data (series, 0);
  double level = 40;

  for (guint i = 0; i < n; i++)
    {
      level = CLAMP (level + g_rand_double_range (rand, -2.5, 2.5), 0, 300);
      v[i] = level;
    }
  return series;
}

static double
ms_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

/* Frame time from the cache, the reduction alone, and encoding the frame
 * as PNG. */
static void
time_frame (QsSeries *series,
            double   *frame_ms,
            double   *reduce_ms,
            double   *png_ms)
{
  g_autoptr(QsChart) chart = qs_chart_new (QS_CHART_LINE);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  gint32 first = qs_series_get_period (series, 0);
  gint32 last = qs_series_get_period (series, qs_series_get_n_values (series) - 1);

  qs_chart_set_title (chart, "PM2.5");
  qs_chart_add_series (chart, series, 0, "PM2.5", NULL);
  qs_chart_draw (chart, cr, WIDTH, HEIGHT);   /* builds the reduction */
  *frame_ms = G_MAXDOUBLE;
  for (int i = 0; i < 7; i++)
    {
      gint64 start = g_get_monotonic_time ();
      qs_chart_draw (chart, cr, WIDTH, HEIGHT);
      *frame_ms = MIN (*frame_ms, ms_since (start));
    }
  *reduce_ms = G_MAXDOUBLE;
  for (int i = 0; i < 5; i++)
    {
      QsM4Cache cache = { 0 };
      gint64 start = g_get_monotonic_time ();
      qs_m4_reduce (&cache, series, 0, first, last, WIDTH, 0, (WIDTH - 1.0) / MAX (1, last - first));
      *reduce_ms = MIN (*reduce_ms, ms_since (start));
      qs_m4_cache_clear (&cache);
    }
  *png_ms = G_MAXDOUBLE;
  for (int i = 0; i < 7; i++)
    {
      g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
      gint64 start = g_get_monotonic_time ();
      if (!qs_png_write (surface, 96, out, NULL))
        g_error ("PNG encoding failed");
      *png_ms = MIN (*png_ms, ms_since (start));
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
write_csv (QsSeries   *series,
           const char *path,
           const char *index_path)
{
  FILE *f = fopen (path, "w");
  FILE *g = fopen (index_path, "w");
  const double *v = qs_series_get_values (series, 0);
  guint n = qs_series_get_n_values (series);
  GDate date;

  g_date_clear (&date, 1);
  fputs ("time,PM2.5 (µg/m³)\n", f);
  for (guint i = 0; i < n; i++)
    {
      gint32 p = qs_series_get_period (series, i);
      if (i == 0 || p % 24 == 0)
        g_date_set_julian (&date, (guint32) p / 24);
      fprintf (f, "%04d-%02d-%02d %02d:00,%.1f\n", g_date_get_year (&date), g_date_get_month (&date),
               g_date_get_day (&date), p % 24, v[i]);
      fprintf (g, "%u %.1f\n", i, v[i]);
    }
  fclose (f);
  fclose (g);
}

/* A command to time: the minimum wall time of its runs, its peak RSS. */
typedef struct
{
  const char *const *argv;
  int                 runs;
  double              ms;
  double              peak_mb;
  gboolean            failed;
} Timed;

/* Runs @t's command once to completion. */
static void
run_once (Timed *t)
{
  GPid pid;
  struct rusage usage;
  int status;
  gint64 start = g_get_monotonic_time ();

  if (!g_spawn_async (NULL, (char **) t->argv, NULL,
                      G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                      NULL, NULL, &pid, NULL) ||
      wait4 (pid, &status, 0, &usage) < 0 || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      t->failed = TRUE;
      return;
    }
  t->ms = MIN (t->ms, ms_since (start));
  t->peak_mb = MAX (t->peak_mb, usage.ru_maxrss / 1024.0);
}

/* Times every command in rounds, one run of each per round, so that the
 * machine's slow moments fall on all of them alike. */
static void
time_side_by_side (Timed *timed,
                   guint  n)
{
  int rounds = 0;

  for (guint i = 0; i < n; i++)
    {
      timed[i].ms = G_MAXDOUBLE;
      timed[i].peak_mb = 0;
      timed[i].failed = timed[i].argv == NULL;
      rounds = MAX (rounds, timed[i].runs);
    }
  for (int r = 0; r < rounds; r++)
    for (guint i = 0; i < n; i++)
      if (!timed[i].failed && r < timed[i].runs)
        run_once (&timed[i]);
  for (guint i = 0; i < n; i++)
    if (timed[i].failed)
      timed[i].ms = NAN;
}

static char *
qingshan_path (void)
{
  const char *env = g_getenv ("QINGSHAN_BIN");
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = self ? g_path_get_dirname (self) : g_strdup (".");

  if (env)
    return g_strdup (env);
  return g_build_filename (dir, "..", "src", "qingshan", NULL);
}

int
main (int    argc,
      char **argv)
{
  static const guint sizes[] = { 10000, 100000, 1000000, 10000000 };
  g_autofree char *qingshan = qingshan_path ();
  g_autofree char *dir = g_dir_make_tmp ("qs-bench-chart-XXXXXX", NULL);
  g_autofree char *gnuplot = g_find_program_in_path ("gnuplot");
  g_autofree char *grace = g_find_program_in_path ("gracebat");
  gboolean matplotlib = g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE) &&
                        system ("/usr/bin/python3 -c 'import matplotlib' 2>/dev/null") == 0;
  guint max = argc == 3 && g_str_equal (argv[1], "--max") ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : 10000000;

  printf ("Large series at %d×%d. Frame, reduction and PNG encoding of the frame: minimum of 7, 5 and 7\n"
          "runs, in-process.\n"
          "Whole process: `qingshan --export OUT.png` on a time,value CSV, minimum of 5 runs;\n"
          "peers plot the same values against their index, from the same data, minimum of 3 runs\n"
          "(gnuplot from 1M points and matplotlib at 10M: 1 run, as they take seconds to minutes);\n"
          "the commands take turns, one run each per round.\n\n", WIDTH, HEIGHT);
  printf ("%10s %10s %10s %8s %12s %9s %12s %12s %12s\n", "points", "frame ms", "reduce ms", "png ms", "qingshan ms", "peak MB",
          "gnuplot ms", "matplot ms", "grace ms");

  for (guint s = 0; s < G_N_ELEMENTS (sizes) && sizes[s] <= max; s++)
    {
      g_autoptr(QsSeries) series = random_walk (sizes[s]);
      g_autofree char *csv = g_build_filename (dir, "series.csv", NULL);
      g_autofree char *dat = g_build_filename (dir, "series.dat", NULL);
      g_autofree char *out = g_build_filename (dir, "out.png", NULL);
      g_autofree char *gp_script = NULL;
      g_autofree char *py_script = NULL;
      double frame, reduce, png, ms, peak, peer_ms[3];
      const char *q_argv[] = { qingshan, "--export", out, "--chart", "csv.series.trend", "--width", "1920",
                               "--height", "1080", csv, NULL };

      const char *gp_argv[] = { gnuplot, "-e", NULL, NULL };
      const char *py_argv[] = { "/usr/bin/python3", "-c", NULL, NULL };
      const char *gr_argv[] = { grace, "-nosafe", "-hdevice", "PNG", "-fixed", "1920", "1080",
                                "-printfile", out, dat, NULL };
      /* qingshan, gnuplot, matplotlib, grace */
      Timed timed[4] = {
        { q_argv, 5 },
        { gnuplot ? gp_argv : NULL, sizes[s] >= 1000000 ? 1 : 3 },
        { matplotlib ? py_argv : NULL, sizes[s] >= 10000000 ? 1 : 3 },
        { grace ? gr_argv : NULL, 3 },
      };

      time_frame (series, &frame, &reduce, &png);
      write_csv (series, csv, dat);
      /* The files just written are on disk before any timing, so that
       * writing them back does not slow whichever runs first. */
      sync ();

      gp_script = g_strdup_printf ("set terminal pngcairo size %d,%d; set output '%s'; "
                                   "plot '%s' using 1:2 with lines notitle", WIDTH, HEIGHT, out, dat);
      gp_argv[2] = gp_script;
      py_script = g_strdup_printf ("import matplotlib\nmatplotlib.use('Agg')\nimport numpy as np\n"
                                   "import matplotlib.pyplot as plt\n"
                                   "v = np.loadtxt('%s', usecols=1)\n"
                                   "fig = plt.figure(figsize=(19.2, 10.8), dpi=100)\n"
                                   "plt.plot(v, linewidth=1)\nplt.title('PM2.5')\nfig.savefig('%s')\n", dat, out);
      py_argv[2] = py_script;
      time_side_by_side (timed, G_N_ELEMENTS (timed));
      ms = timed[0].ms;
      peak = timed[0].failed ? NAN : timed[0].peak_mb;
      for (int p = 0; p < 3; p++)
        peer_ms[p] = timed[p + 1].ms;

      printf ("%10u %10.2f %10.2f %8.2f %12.1f %9.1f %12.1f %12.1f %12.1f\n", sizes[s], frame, reduce, png, ms, peak,
              peer_ms[0], peer_ms[1], peer_ms[2]);
      {
        double fastest = NAN;
        for (int p = 0; p < 3; p++)
          if (!isnan (peer_ms[p]) && (isnan (fastest) || peer_ms[p] < fastest))
            fastest = peer_ms[p];
        printf ("%10s ratios qingshan ÷ peer: gnuplot %.2f, matplotlib %.2f, grace %.2f; ÷ fastest peer %.2f\n", "",
                ms / peer_ms[0], ms / peer_ms[1], ms / peer_ms[2], ms / fastest);
      }
      g_unlink (csv);
      g_unlink (dat);
      g_unlink (out);
    }
  g_rmdir (dir);
  return 0;
}

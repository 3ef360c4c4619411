/* SPDX-License-Identifier: GPL-3.0-or-later */

/* Times QsCsvReader + get_double on a 1M-row time,value file against a
 * plain fgets + strtod loop, and qs_number_parse on its own.
 * Usage: bench-csv [RUNS]; the best of RUNS (default 5) is shown. */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>

#include "qs-csv-reader.h"
#include "qs-number.h"

#define N_ROWS 1000000
#define DEFAULT_RUNS 5

static guint n_runs = DEFAULT_RUNS;

typedef struct
{
  guint rows;
  double sum;
} Result;

static char *
write_csv (gsize *size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  GString *s = g_string_sized_new (16 * N_ROWS + 16);
  GDate date;
  char *path = NULL;
  int fd;
  guint i;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2000);
  g_string_append (s, "time,value\n");
  for (i = 0; i < N_ROWS; i++)
    {
      guint v = (guint) g_rand_int_range (rand, 0, 2000);

      g_string_append_printf (s, "%04u-%02u-%02u,%u.%u\n",
                              g_date_get_year (&date), g_date_get_month (&date),
                              g_date_get_day (&date), v / 10, v % 10);
      g_date_add_days (&date, 1);
    }

  fd = g_file_open_tmp ("qs-bench-csv-XXXXXX.csv", &path, &error);
  if (fd < 0)
    g_error ("%s", error->message);
  g_close (fd, NULL);
  if (!g_file_set_contents (path, s->str, (gssize) s->len, &error))
    g_error ("%s", error->message);

  *size = s->len;
  g_string_free (s, TRUE);
  return path;
}

static Result
run_reader (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QsCsvReader) reader =
    qs_csv_reader_new_for_path (path, QS_CSV_ENCODING_AUTO, &error);
  Result r = { 0, 0.0 };

  if (reader == NULL)
    g_error ("%s", error->message);
  while (qs_csv_reader_next_row (reader, &error))
    {
      double v;

      if (qs_csv_reader_get_double (reader, 1, &v))
        {
          r.sum += v;
          r.rows++;
        }
    }
  if (error != NULL)
    g_error ("%s", error->message);
  return r;
}

static Result
run_fgets (const char *path)
{
  FILE *f = fopen (path, "r");
  char line[4096];
  Result r = { 0, 0.0 };

  if (f == NULL)
    g_error ("cannot open %s", path);
  while (fgets (line, sizeof line, f) != NULL)
    {
      char *comma = strchr (line, ',');
      char *end;
      double v;

      if (comma == NULL)
        continue;
      v = strtod (comma + 1, &end);
      if (end != comma + 1)
        {
          r.sum += v;
          r.rows++;
        }
    }
  fclose (f);
  return r;
}

typedef Result (*RunFunc) (const char *path);

static double
time_min_ms (RunFunc     func,
             const char *path,
             Result     *result)
{
  double best = G_MAXDOUBLE;
  guint i;

  for (i = 0; i < n_runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      *result = func (path);
      ms = (double) (g_get_monotonic_time () - start) / 1000.0;
      best = MIN (best, ms);
    }
  return best;
}

static void
report (const char *name,
        double      ms,
        gsize       size,
        Result      r)
{
  g_print ("%-28s %8.1f ms %8.0f MB/s  rows %u  sum %.1f\n",
           name, ms, (double) size / 1e6 / (ms / 1000.0), r.rows, r.sum);
}

static void
bench_number (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (2);
  GString *s = g_string_new (NULL);
  g_autofree guint *offsets = g_new (guint, N_ROWS + 1);
  double best = G_MAXDOUBLE, sum = 0;
  guint i, run;

  for (i = 0; i < N_ROWS; i++)
    {
      guint v = (guint) g_rand_int_range (rand, 0, 2000);

      offsets[i] = (guint) s->len;
      g_string_append_printf (s, "%u.%u", v / 10, v % 10);
    }
  offsets[N_ROWS] = (guint) s->len;

  for (run = 0; run < n_runs; run++)
    {
      gint64 start = g_get_monotonic_time ();
      double ms;

      sum = 0;
      for (i = 0; i < N_ROWS; i++)
        {
          double v;

          if (qs_number_parse (s->str + offsets[i], offsets[i + 1] - offsets[i], &v))
            sum += v;
        }
      ms = (double) (g_get_monotonic_time () - start) / 1000.0;
      best = MIN (best, ms);
    }

  g_print ("%-28s %8.1f ms %8.0f MB/s  (%.1f ns per number, sum %.1f)\n",
           "qs_number_parse alone", best,
           (double) s->len / 1e6 / (best / 1000.0), best * 1e6 / N_ROWS, sum);
  g_string_free (s, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  gsize size;
  g_autofree char *path = write_csv (&size);
  Result r;
  double ms;

  if (argc > 1)
    n_runs = MAX (1, (guint) atoi (argv[1]));

  g_print ("%u rows, %.1f MB, best of %u runs\n", N_ROWS, (double) size / 1e6, n_runs);

  ms = time_min_ms (run_reader, path, &r);
  report ("QsCsvReader + get_double", ms, size, r);
  ms = time_min_ms (run_fgets, path, &r);
  report ("fgets + strtod", ms, size, r);
  bench_number ();

  g_unlink (path);
  return 0;
}

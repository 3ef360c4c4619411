/* SPDX-License-Identifier: GPL-3.0-or-later */
/* test-memory.c: repeated loads do not grow the heap, and a load cancelled at
 * any point either fails cleanly or returns a whole dataset.
 *
 * The RSS check is only meaningful with the system allocator: under
 * AddressSanitizer (quarantine) or Valgrind (its own allocator) resident
 * memory says nothing about leaks, so there the loads still run but the
 * leak verdict is left to the tool. Those runs are 10 to 50 times slower,
 * so under them, or with QINGSHAN_TEST_QUICK=1, the loops shrink to
 * QUICK_RELOADS loads and to one cancel on each progress call plus as many
 * from another thread. Run the tools with G_SLICE=always-malloc: otherwise
 * GLib 2.74's slice allocator keeps a leaked GObject reachable and LeakSanitizer
 * does not see it. */

#include "config.h"

#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <unistd.h>

#include "qs-dataset-loader.h"

#if defined(__SANITIZE_ADDRESS__)
#define QS_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define QS_UNDER_ASAN 1
#endif
#endif
#ifndef QS_UNDER_ASAN
#define QS_UNDER_ASAN 0
#endif

#define RELOADS       200
#define WARM_UP       5
#define CANCELS       500
#define RSS_TOLERANCE 0.05
#define QUICK_WARM_UP 2
#define QUICK_RELOADS 5

/* Valgrind runs the program with its preload libraries in LD_PRELOAD. */
static gboolean
under_valgrind (void)
{
  const char *preload = g_getenv ("LD_PRELOAD");

  return preload != NULL && strstr (preload, "vgpreload") != NULL;
}

static gboolean
quick (void)
{
  const char *value = g_getenv ("QINGSHAN_TEST_QUICK");

  if (value != NULL && *value != '\0' && strcmp (value, "0") != 0)
    return TRUE;
  return QS_UNDER_ASAN || under_valgrind ();
}

static char *
demo_path (void)
{
  const char *datadir = g_getenv ("QINGSHAN_DATADIR");

  if (datadir == NULL)
    return NULL;
  return g_build_filename (datadir, "demo", "jiangxi.json", NULL);
}

/* Resident set size in bytes, after giving free memory back to the system;
 * 0 where /proc/self/statm does not exist. */
static gsize
resident_bytes (void)
{
  g_autofree char *text = NULL;
  unsigned long size = 0, resident = 0;

#ifdef __GLIBC__
  malloc_trim (0);
#endif
  if (!g_file_get_contents ("/proc/self/statm", &text, NULL, NULL))
    return 0;
  g_assert_cmpint (sscanf (text, "%lu %lu", &size, &resident), ==, 2);
  return (gsize) resident * (gsize) sysconf (_SC_PAGESIZE);
}

static QsDataset *
load_demo (const char *path)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  QsDataset *dataset = qs_dataset_loader_load_path (path, NULL, NULL, NULL, &problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  g_assert_cmpuint (problems->len, ==, 0);
  return dataset;
}

static void
test_reload (void)
{
  g_autofree char *path = demo_path ();
  guint warm_up = quick () ? QUICK_WARM_UP : WARM_UP;
  guint reloads = quick () ? QUICK_RELOADS : RELOADS;
  gsize warm, final;
  double growth;

  if (path == NULL)
    {
      g_test_skip ("QINGSHAN_DATADIR is not set");
      return;
    }

  /* The first loads fill one-time caches: GType registrations, quarks,
   * json-glib's classes, the malloc arenas. */
  for (guint i = 0; i < warm_up; i++)
    g_object_unref (load_demo (path));
  warm = resident_bytes ();
  if (warm == 0)
    {
      g_test_skip ("no /proc/self/statm");
      return;
    }

  for (guint i = 0; i < reloads; i++)
    g_object_unref (load_demo (path));
  final = resident_bytes ();

  growth = ((double) final - (double) warm) / (double) warm;
  g_test_message ("RSS after warm-up %" G_GSIZE_FORMAT " KiB, after %u loads %" G_GSIZE_FORMAT
                  " KiB (%+.2f %%)", warm / 1024, reloads, final / 1024, 100 * growth);

  if (QS_UNDER_ASAN || under_valgrind ())
    {
      g_test_message ("RSS not checked: the allocator is replaced; the tool reports leaks");
      return;
    }
  g_assert_cmpfloat (growth, <=, RSS_TOLERANCE);
}

typedef struct {
  GCancellable *cancellable;
  guint         cancel_at;   /* cancel on this progress call (1-based) */
  guint         calls;
} Trip;

static void
trip_progress (double   fraction,
               gpointer user_data)
{
  Trip *trip = user_data;

  g_assert_cmpfloat (fraction, >=, 0);
  g_assert_cmpfloat (fraction, <=, 1);
  if (++trip->calls == trip->cancel_at)
    g_cancellable_cancel (trip->cancellable);
}

static void
count_progress (double   fraction,
                gpointer user_data)
{
  guint *calls = user_data;

  (*calls)++;
}

typedef struct {
  GCancellable *cancellable;
  gulong        delay_us;
} Canceller;

static gpointer
cancel_later (gpointer data)
{
  Canceller *canceller = data;

  if (canceller->delay_us > 0)
    g_usleep (canceller->delay_us);
  g_cancellable_cancel (canceller->cancellable);
  return NULL;
}

typedef struct {
  guint n_indicators;
  guint n_regions;
  gsize n_values;
} Shape;

static void
get_shape (QsDataset *dataset,
           Shape     *shape)
{
  shape->n_indicators = qs_dataset_get_indicators (dataset)->len;
  shape->n_regions = qs_dataset_get_regions (dataset)->len;
  shape->n_values = qs_dataset_get_n_values (dataset);
}

/* A cancelled load gives NULL and G_IO_ERROR_CANCELLED and no problems;
 * one that finished first gives the whole dataset. Returns whether it was
 * cancelled. */
static gboolean
check_outcome (QsDataset   *dataset,
               GPtrArray   *problems,
               GError      *error,
               const Shape *expected)
{
  if (dataset == NULL)
    {
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_true (problems == NULL || problems->len == 0);
      return TRUE;
    }
  else
    {
      Shape shape;

      g_assert_no_error (error);
      g_assert_nonnull (problems);
      g_assert_cmpuint (problems->len, ==, 0);
      get_shape (dataset, &shape);
      g_assert_cmpuint (shape.n_indicators, ==, expected->n_indicators);
      g_assert_cmpuint (shape.n_regions, ==, expected->n_regions);
      g_assert_cmpuint (shape.n_values, ==, expected->n_values);
      return FALSE;
    }
}

static void
test_cancel (void)
{
  g_autofree char *path = demo_path ();
  guint rounds;
  guint n_calls = 0, cancelled = 0, completed = 0;
  gint64 start, duration;
  Shape expected;

  if (path == NULL)
    {
      g_test_skip ("QINGSHAN_DATADIR is not set");
      return;
    }

  /* One full load: how many progress calls there are, how long it takes,
   * and what a complete dataset holds. */
  {
    g_autoptr(GPtrArray) problems = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(QsDataset) dataset = NULL;

    start = g_get_monotonic_time ();
    dataset = qs_dataset_loader_load_path (path, NULL, count_progress, &n_calls, &problems, &error);
    duration = MAX (g_get_monotonic_time () - start, 1);
    g_assert_no_error (error);
    g_assert_nonnull (dataset);
    get_shape (dataset, &expected);
    g_assert_cmpuint (n_calls, >, 2);
  }
  rounds = quick () ? 2 * (n_calls + 2) : CANCELS;
  g_test_message ("one load: %u progress calls, %" G_GINT64_FORMAT " us", n_calls, duration);

  for (guint i = 0; i < rounds; i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(QsDataset) dataset = NULL;

      if (i % 2 == 0)
        {
          /* From inside the loader, on each progress call in turn: call 0 is
           * "before the load starts", n_calls + 1 never trips. */
          Trip trip = { cancellable, (i / 2) % (n_calls + 2), 0 };

          if (trip.cancel_at == 0)
            g_cancellable_cancel (cancellable);
          dataset = qs_dataset_loader_load_path (path, cancellable, trip_progress, &trip,
                                                 &problems, &error);
          if (check_outcome (dataset, problems, error, &expected))
            {
              cancelled++;
              g_assert_cmpuint (trip.cancel_at, <, n_calls);
            }
          else
            {
              completed++;
              /* Only a cancel on the last call (1.0), after the last check,
               * or none at all lets the load finish. */
              g_assert_cmpuint (trip.cancel_at, >=, n_calls);
            }
        }
      else
        {
          /* From another thread, at a random moment within (a little more
           * than) the time one load takes. */
          Canceller canceller = { cancellable, (gulong) g_test_rand_int_range (0, (gint32) MIN (duration * 5 / 4 + 1, G_MAXINT32)) };
          GThread *thread = g_thread_new ("canceller", cancel_later, &canceller);

          dataset = qs_dataset_loader_load_path (path, cancellable, NULL, NULL, &problems, &error);
          g_thread_join (thread);
          if (check_outcome (dataset, problems, error, &expected))
            cancelled++;
          else
            completed++;
        }
    }

  g_test_message ("%u loads: %u cancelled, %u complete", rounds, cancelled, completed);
  g_assert_cmpuint (cancelled + completed, ==, rounds);
  g_assert_cmpuint (cancelled, >, 0);
  g_assert_cmpuint (completed, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/memory/reload-200", test_reload);
  g_test_add_func ("/memory/cancel-500", test_cancel);

  return g_test_run ();
}

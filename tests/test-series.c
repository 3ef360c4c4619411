/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Series that own a loader's arrays, and the large allocations behind them. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "qs-large-alloc.h"
#include "qs-series.h"

/* A regular series takes the values as they are: no copy, no NaN fill. */
static void
test_take_regular (void)
{
  double *values = g_new (double, 4);
  g_autoptr(QsSeries) series = NULL;

  values[0] = 1;
  values[1] = NAN;
  values[2] = 3;
  values[3] = 4;
  series = qs_series_new_take ("360000", QS_RESOLUTION_YEAR, 2020, NULL, values, 4);
  g_assert_true (qs_series_is_regular (series));
  g_assert_cmpuint (qs_series_get_n_values (series), ==, 4);
  g_assert_cmpuint (qs_series_get_n_categories (series), ==, 1);
  g_assert_true (qs_series_get_values (series, 0) == values);
  g_assert_cmpint (qs_series_get_period (series, 0), ==, 2020);
  g_assert_cmpint (qs_series_get_period (series, 3), ==, 2023);
  g_assert_true (isnan (qs_series_get_value (series, 1)));
  g_assert_cmpfloat (qs_series_get_value (series, 3), ==, 4);
  g_assert_cmpstr (qs_series_get_region (series), ==, "360000");
}

static void
test_take_irregular (void)
{
  gint32 *periods = g_new (gint32, 3);
  double *values = g_new (double, 3);
  g_autoptr(QsSeries) series = NULL;
  guint index;

  periods[0] = 2015;
  periods[1] = 2020;
  periods[2] = 2025;
  for (guint i = 0; i < 3; i++)
    values[i] = 10.0 * i;
  /* The start is ignored when the periods are given. */
  series = qs_series_new_take ("360000", QS_RESOLUTION_YEAR, 1900, periods, values, 3);
  g_assert_false (qs_series_is_regular (series));
  g_assert_cmpint (qs_series_get_period (series, 0), ==, 2015);
  g_assert_cmpint (qs_series_get_period (series, 2), ==, 2025);
  g_assert_true (qs_series_find_period (series, 2020, &index));
  g_assert_cmpuint (index, ==, 1);
  g_assert_false (qs_series_find_period (series, 2021, &index));
  g_assert_cmpfloat (qs_series_get_value (series, 2), ==, 20);
}

static void
test_take_empty (void)
{
  g_autoptr(QsSeries) series = qs_series_new_take ("360000", QS_RESOLUTION_DAY, 5, NULL, NULL, 0);
  guint latest;

  g_assert_cmpuint (qs_series_get_n_values (series), ==, 0);
  g_assert_null (qs_series_get_values (series, 0));
  g_assert_false (qs_series_get_latest (series, &latest));
}

/* Small blocks are plain; large ones are aligned to 2 MiB so that large
 * pages can back them; both are g_free()d and g_realloc()ed as usual. */
static void
test_large_alloc (void)
{
  const gsize big = 9u << 20;
  guint8 *small = qs_large_alloc (100);
  guint8 *large = qs_large_alloc (big);
  guint8 *zeroed = qs_large_try_alloc0 (big);

  g_assert_nonnull (small);
  g_assert_nonnull (large);
  g_assert_cmpuint ((guintptr) large % (2u << 20), ==, 0);
  memset (large, 0xAB, big);
  large = g_realloc (large, 3u << 20);   /* shrinks, keeping the start */
  g_assert_cmpuint (large[0], ==, 0xAB);
  g_assert_cmpuint (large[(3u << 20) - 1], ==, 0xAB);

  g_assert_nonnull (zeroed);
  for (gsize i = 0; i < big; i += 4093)
    g_assert_cmpuint (zeroed[i], ==, 0);
  g_assert_cmpuint (zeroed[big - 1], ==, 0);

  g_assert_null (qs_large_alloc (0));
  /* More than any machine has: NULL, not an abort. */
  g_assert_null (qs_large_try_alloc0 (G_MAXSIZE - 100));
  g_free (small);
  g_free (large);
  g_free (zeroed);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/series/take-regular", test_take_regular);
  g_test_add_func ("/series/take-irregular", test_take_irregular);
  g_test_add_func ("/series/take-empty", test_take_empty);
  g_test_add_func ("/series/large-alloc", test_large_alloc);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "qs-period.h"

typedef struct
{
  QsResolution resolution;
  const char  *text;
  gboolean     valid;
  const char  *canonical;
} PeriodCase;

static const PeriodCase cases[] = {
  { QS_RESOLUTION_YEAR, "2025", TRUE, "2025" },
  { QS_RESOLUTION_YEAR, "1000", TRUE, "1000" },
  { QS_RESOLUTION_YEAR, "9999", TRUE, "9999" },
  { QS_RESOLUTION_YEAR, "0999", FALSE, NULL },
  { QS_RESOLUTION_YEAR, "10000", FALSE, NULL },
  { QS_RESOLUTION_HOUR, "9999-12-31 23:00", TRUE, "9999-12-31 23:00" },
  { QS_RESOLUTION_YEAR, "25", FALSE, NULL },
  { QS_RESOLUTION_YEAR, "2025 ", FALSE, NULL },
  { QS_RESOLUTION_YEAR, "２０２５", FALSE, NULL },
  { QS_RESOLUTION_QUARTER, "2025-Q1", TRUE, "2025-Q1" },
  { QS_RESOLUTION_QUARTER, "2025-Q4", TRUE, "2025-Q4" },
  { QS_RESOLUTION_QUARTER, "2025-Q5", FALSE, NULL },
  { QS_RESOLUTION_QUARTER, "2025-Q0", FALSE, NULL },
  { QS_RESOLUTION_QUARTER, "2025-q1", FALSE, NULL },
  { QS_RESOLUTION_MONTH, "2025-03", TRUE, "2025-03" },
  { QS_RESOLUTION_MONTH, "2025-12", TRUE, "2025-12" },
  { QS_RESOLUTION_MONTH, "2025-13", FALSE, NULL },
  { QS_RESOLUTION_MONTH, "2025-00", FALSE, NULL },
  { QS_RESOLUTION_MONTH, "2025-3", FALSE, NULL },
  { QS_RESOLUTION_DAY, "2024-02-29", TRUE, "2024-02-29" },
  { QS_RESOLUTION_DAY, "2025-02-29", FALSE, NULL },
  { QS_RESOLUTION_DAY, "1900-02-29", FALSE, NULL },
  { QS_RESOLUTION_DAY, "2000-02-29", TRUE, "2000-02-29" },
  { QS_RESOLUTION_DAY, "2025-04-31", FALSE, NULL },
  { QS_RESOLUTION_DAY, "2025-12-31", TRUE, "2025-12-31" },
  { QS_RESOLUTION_DAY, "2025-1-5", FALSE, NULL },
  { QS_RESOLUTION_HOUR, "2025-01-05 13:00", TRUE, "2025-01-05 13:00" },
  { QS_RESOLUTION_HOUR, "2025-01-05T13:00:00", TRUE, "2025-01-05 13:00" },
  { QS_RESOLUTION_HOUR, "2025-01-05 24:00", FALSE, NULL },
  { QS_RESOLUTION_HOUR, "2025-01-05 13:30", FALSE, NULL },
};

static void
test_parse_table (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gint32 p = 0;
      gboolean ok = qs_period_parse (cases[i].resolution, cases[i].text, &p);

      g_test_message ("case %s", cases[i].text);
      g_assert_cmpint (ok, ==, cases[i].valid);
      if (ok)
        {
          g_autofree char *back = qs_period_to_string (cases[i].resolution, p);
          g_assert_cmpstr (back, ==, cases[i].canonical);
        }
    }
}

/* The fast date arithmetic must agree with GDate on every day it accepts. */
static void
test_dates_match_gdate (void)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 1, 1900);
  while (g_date_get_year (&date) <= 2200)
    {
      char text[16];
      guint32 jd = 0;

      g_snprintf (text, sizeof text, "%04d-%02d-%02d", g_date_get_year (&date),
                  g_date_get_month (&date), g_date_get_day (&date));
      g_assert_true (qs_date_parse (text, &jd));
      g_assert_cmpuint (jd, ==, g_date_get_julian (&date));
      g_date_add_days (&date, 1);
    }
}

static void
test_consecutive (void)
{
  gint32 a, b;

  g_assert_true (qs_period_parse (QS_RESOLUTION_MONTH, "2024-12", &a));
  g_assert_true (qs_period_parse (QS_RESOLUTION_MONTH, "2025-01", &b));
  g_assert_cmpint (b, ==, a + 1);
  g_assert_true (qs_period_parse (QS_RESOLUTION_QUARTER, "2024-Q4", &a));
  g_assert_true (qs_period_parse (QS_RESOLUTION_QUARTER, "2025-Q1", &b));
  g_assert_cmpint (b, ==, a + 1);
  g_assert_true (qs_period_parse (QS_RESOLUTION_HOUR, "2024-12-31 23:00", &a));
  g_assert_true (qs_period_parse (QS_RESOLUTION_HOUR, "2025-01-01 00:00", &b));
  g_assert_cmpint (b, ==, a + 1);
}

static void
test_ranges (void)
{
  gint32 p;
  guint32 first, last;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;

  g_assert_true (qs_period_parse (QS_RESOLUTION_QUARTER, "2024-Q1", &p));
  first = qs_period_get_first_day (QS_RESOLUTION_QUARTER, p);
  last = qs_period_get_last_day (QS_RESOLUTION_QUARTER, p);
  first_text = qs_date_to_string (first);
  last_text = qs_date_to_string (last);
  g_assert_cmpstr (first_text, ==, "2024-01-01");
  g_assert_cmpstr (last_text, ==, "2024-03-31");
  g_assert_cmpint (qs_period_get_year (QS_RESOLUTION_QUARTER, p), ==, 2024);
  g_assert_cmpint (qs_period_from_day (QS_RESOLUTION_MONTH, last), ==, 2024 * 12 + 2);
  g_assert_cmpint (qs_period_from_day (QS_RESOLUTION_YEAR, last), ==, 2024);
}

static void
test_parse_any (void)
{
  QsResolution r;
  gint32 p;

  g_assert_true (qs_period_parse_any ("2025", &r, &p));
  g_assert_cmpint (r, ==, QS_RESOLUTION_YEAR);
  g_assert_true (qs_period_parse_any ("2025-Q2", &r, &p));
  g_assert_cmpint (r, ==, QS_RESOLUTION_QUARTER);
  g_assert_true (qs_period_parse_any ("2025-06", &r, &p));
  g_assert_cmpint (r, ==, QS_RESOLUTION_MONTH);
  g_assert_true (qs_period_parse_any ("2025-06-01", &r, &p));
  g_assert_cmpint (r, ==, QS_RESOLUTION_DAY);
  g_assert_true (qs_period_parse_any ("2025-06-01 08:00", &r, &p));
  g_assert_cmpint (r, ==, QS_RESOLUTION_HOUR);
  g_assert_false (qs_period_parse_any ("June 2025", &r, &p));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/period/parse-table", test_parse_table);
  g_test_add_func ("/period/dates-match-gdate", test_dates_match_gdate);
  g_test_add_func ("/period/consecutive", test_consecutive);
  g_test_add_func ("/period/ranges", test_ranges);
  g_test_add_func ("/period/parse-any", test_parse_any);
  return g_test_run ();
}

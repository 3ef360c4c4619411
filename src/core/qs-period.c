/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include "qs-period.h"

/* Reads exactly @n digits; no sign, no spaces. */
static gboolean
read_digits (const char **p,
             int          n,
             int         *out)
{
  int v = 0;

  for (int i = 0; i < n; i++)
    {
      char c = (*p)[i];
      if (c < '0' || c > '9')
        return FALSE;
      v = v * 10 + (c - '0');
    }
  *p += n;
  *out = v;
  return TRUE;
}

static gboolean
year_ok (int y)
{
  return y >= QS_PERIOD_MIN_YEAR && y <= QS_PERIOD_MAX_YEAR;
}

/* Reads exactly `YYYY-MM-DD` of @len bytes. */
static gboolean
parse_date (const char *str,
            gsize       len,
            guint32    *julian_day)
{
  static const int month_days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  const char *p = str;
  int y, m, d, yy, era, doy, yoe, doe, mp;

  if (len != 10)
    return FALSE;
  if (!read_digits (&p, 4, &y) || *p++ != '-' ||
      !read_digits (&p, 2, &m) || *p++ != '-' ||
      !read_digits (&p, 2, &d))
    return FALSE;
  if (!year_ok (y) || m < 1 || m > 12 || d < 1)
    return FALSE;
  if (d > month_days[m - 1] + (m == 2 && g_date_is_leap_year (y)))
    return FALSE;

  /* Days from civil (proleptic Gregorian), shifted to GDate's Julian days;
   * this runs for every row of a large CSV, so no GDate here. */
  yy = m <= 2 ? y - 1 : y;
  era = yy / 400;
  yoe = yy - era * 400;
  mp = (m + 9) % 12;
  doy = (153 * mp + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  *julian_day = (guint32) (era * 146097 + doe - 719468 + 719163);
  return TRUE;
}

/**
 * qs_date_parse:
 * @str: a date `YYYY-MM-DD`
 * @julian_day: (out): its Julian day number
 *
 * Returns: %TRUE if @str is a valid calendar date within the supported years
 */
gboolean
qs_date_parse (const char *str,
               guint32    *julian_day)
{
  return str != NULL && parse_date (str, strlen (str), julian_day);
}

/**
 * qs_date_to_string:
 * @julian_day: a Julian day number
 *
 * Returns: (transfer full): the date as `YYYY-MM-DD`
 */
char *
qs_date_to_string (guint32 julian_day)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian_day);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

/**
 * qs_period_parse:
 * @resolution: the resolution @str must have
 * @str: `YYYY`, `YYYY-Qn`, `YYYY-MM` or `YYYY-MM-DD`
 * @out: (out): the period ordinal
 *
 * Returns: %TRUE if @str is a valid period of @resolution
 */
gboolean
qs_period_parse (QsResolution  resolution,
                 const char   *str,
                 gint32       *out)
{
  return str != NULL && qs_period_parse_len (resolution, str, strlen (str), out);
}

/**
 * qs_period_parse_len:
 * @resolution: the resolution @str must have
 * @str: a period, not necessarily NUL-terminated
 * @len: its length in bytes
 * @out: (out): the period ordinal
 *
 * As qs_period_parse(), for text whose length is known (CSV fields).
 *
 * Returns: %TRUE if @str is a valid period of @resolution
 */
gboolean
qs_period_parse_len (QsResolution  resolution,
                     const char   *str,
                     gsize         len,
                     gint32       *out)
{
  const char *p = str;
  int y, q, m;
  guint32 jd;

  switch (resolution)
    {
    case QS_RESOLUTION_YEAR:
      if (len != 4 || !read_digits (&p, 4, &y) || !year_ok (y))
        return FALSE;
      *out = y;
      return TRUE;

    case QS_RESOLUTION_QUARTER:
      if (len != 7 || !read_digits (&p, 4, &y) || *p++ != '-' ||
          *p++ != 'Q' || !read_digits (&p, 1, &q) || q < 1 || q > 4 || !year_ok (y))
        return FALSE;
      *out = y * 4 + (q - 1);
      return TRUE;

    case QS_RESOLUTION_MONTH:
      if (len != 7 || !read_digits (&p, 4, &y) || *p++ != '-' ||
          !read_digits (&p, 2, &m) || m < 1 || m > 12 || !year_ok (y))
        return FALSE;
      *out = y * 12 + (m - 1);
      return TRUE;

    case QS_RESOLUTION_DAY:
      if (!parse_date (str, len, &jd))
        return FALSE;
      *out = (gint32) jd;
      return TRUE;

    case QS_RESOLUTION_HOUR:
      {
        /* YYYY-MM-DD HH:00, with T or a space, seconds optional. */
        int h, mi, sec = 0;
        gsize n = len;

        if (n != 16 && n != 19)
          return FALSE;
        p = str + 10;
        if ((*p != ' ' && *p != 'T') || !parse_date (str, 10, &jd))
          return FALSE;
        p++;
        if (!read_digits (&p, 2, &h) || *p++ != ':' || !read_digits (&p, 2, &mi))
          return FALSE;
        if (n == 19 && (*p++ != ':' || !read_digits (&p, 2, &sec)))
          return FALSE;
        if (h > 23 || mi != 0 || sec != 0)
          return FALSE;
        *out = (gint32) (jd * 24 + h);
        return TRUE;
      }

    default:
      return FALSE;
    }
}

/**
 * qs_period_parse_any:
 * @str: a period in any resolution
 * @resolution: (out): the resolution its form implies
 * @out: (out): the period ordinal
 *
 * Returns: %TRUE if @str is a valid period
 */
gboolean
qs_period_parse_any (const char   *str,
                     QsResolution *resolution,
                     gint32       *out)
{
  for (QsResolution r = QS_RESOLUTION_YEAR; r <= QS_RESOLUTION_HOUR; r++)
    if (qs_period_parse (r, str, out))
      {
        *resolution = r;
        return TRUE;
      }
  return FALSE;
}

/**
 * qs_period_to_string:
 * @resolution: the resolution
 * @period: a period ordinal
 *
 * Returns: (transfer full): the period in the dataset's canonical form
 */
char *
qs_period_to_string (QsResolution resolution,
                     gint32       period)
{
  switch (resolution)
    {
    case QS_RESOLUTION_YEAR:
      return g_strdup_printf ("%04d", period);
    case QS_RESOLUTION_QUARTER:
      return g_strdup_printf ("%04d-Q%d", period / 4, period % 4 + 1);
    case QS_RESOLUTION_MONTH:
      return g_strdup_printf ("%04d-%02d", period / 12, period % 12 + 1);
    case QS_RESOLUTION_HOUR:
      {
        g_autofree char *day = qs_date_to_string ((guint32) period / 24);
        return g_strdup_printf ("%s %02d:00", day, period % 24);
      }
    case QS_RESOLUTION_DAY:
    default:
      return qs_date_to_string ((guint32) period);
    }
}

/**
 * qs_period_get_first_day:
 * @resolution: the resolution
 * @period: a period ordinal
 *
 * Returns: the Julian day number of the period's first day
 */
guint32
qs_period_get_first_day (QsResolution resolution,
                         gint32       period)
{
  GDate date;

  g_date_clear (&date, 1);
  switch (resolution)
    {
    case QS_RESOLUTION_YEAR:
      g_date_set_dmy (&date, 1, 1, period);
      break;
    case QS_RESOLUTION_QUARTER:
      g_date_set_dmy (&date, 1, (period % 4) * 3 + 1, period / 4);
      break;
    case QS_RESOLUTION_MONTH:
      g_date_set_dmy (&date, 1, period % 12 + 1, period / 12);
      break;
    case QS_RESOLUTION_HOUR:
      return (guint32) period / 24;
    case QS_RESOLUTION_DAY:
    default:
      return (guint32) period;
    }
  return g_date_get_julian (&date);
}

/**
 * qs_period_get_last_day:
 * @resolution: the resolution
 * @period: a period ordinal
 *
 * Returns: the Julian day number of the period's last day
 */
guint32
qs_period_get_last_day (QsResolution resolution,
                        gint32       period)
{
  if (resolution == QS_RESOLUTION_DAY || resolution == QS_RESOLUTION_HOUR)
    return qs_period_get_first_day (resolution, period);
  return qs_period_get_first_day (resolution, period + 1) - 1;
}

/**
 * qs_period_get_year:
 * @resolution: the resolution
 * @period: a period ordinal
 *
 * Returns: the calendar year the period lies in
 */
int
qs_period_get_year (QsResolution resolution,
                    gint32       period)
{
  GDate date;

  switch (resolution)
    {
    case QS_RESOLUTION_YEAR:
      return period;
    case QS_RESOLUTION_QUARTER:
      return period / 4;
    case QS_RESOLUTION_MONTH:
      return period / 12;
    case QS_RESOLUTION_HOUR:
    case QS_RESOLUTION_DAY:
    default:
      g_date_clear (&date, 1);
      g_date_set_julian (&date, qs_period_get_first_day (resolution, period));
      return g_date_get_year (&date);
    }
}

/**
 * qs_period_from_day:
 * @resolution: the resolution
 * @julian_day: a Julian day number
 *
 * Returns: the period of @resolution that contains @julian_day
 */
gint32
qs_period_from_day (QsResolution resolution,
                    guint32      julian_day)
{
  GDate date;
  int y, m;

  if (resolution == QS_RESOLUTION_DAY)
    return (gint32) julian_day;
  if (resolution == QS_RESOLUTION_HOUR)
    return (gint32) (julian_day * 24);
  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian_day);
  y = g_date_get_year (&date);
  m = g_date_get_month (&date);
  switch (resolution)
    {
    case QS_RESOLUTION_YEAR:
      return y;
    case QS_RESOLUTION_QUARTER:
      return y * 4 + (m - 1) / 3;
    case QS_RESOLUTION_MONTH:
    default:
      return y * 12 + (m - 1);
    }
}

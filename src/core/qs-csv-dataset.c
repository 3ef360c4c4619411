/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "qs-csv-dataset.h"
#include "qs-csv-reader.h"
#include "qs-dataset-loader.h"
#include "qs-large-alloc.h"
#include "qs-period.h"

/*
 * A member of staff with a monitoring export (time in the first column,
 * values in the second) can chart it without writing JSON. The periods set
 * the resolution; a header names the indicator and may give its unit in
 * brackets, e.g. "PM2.5 (µg/m³)"; without a header the file name is the title.
 */

/* Empty, "-", "—", "NA" and "null" mark a missing value; checked by length
 * first because this runs for every row. */
static gboolean
is_missing (const char *field,
            gsize       len)
{
  switch (len)
    {
    case 0:
      return TRUE;
    case 1:
      return field[0] == '-';
    case 2:
      return g_ascii_strncasecmp (field, "NA", 2) == 0;
    case 3:
      return memcmp (field, "—", 3) == 0;
    case 4:
      return g_ascii_strncasecmp (field, "null", 4) == 0;
    default:
      return FALSE;
    }
}

/* Splits "PM2.5 (µg/m³)" into a title and a unit when the unit is known. */
static char *
split_unit (const char *header,
            QsUnit     *unit,
            gboolean   *has_unit)
{
  static const struct { const char *text; QsUnit unit; } units[] = {
    { "µg/m³", QS_UNIT_UG_M3 }, { "μg/m³", QS_UNIT_UG_M3 }, { "ug/m3", QS_UNIT_UG_M3 },
    { "µg/m3", QS_UNIT_UG_M3 }, { "mg/m³", QS_UNIT_MG_M3 }, { "mg/m3", QS_UNIT_MG_M3 },
    { "mg/L", QS_UNIT_MG_L }, { "mg/l", QS_UNIT_MG_L }, { "%", QS_UNIT_PERCENT },
  };
  g_autofree char *title = g_strstrip (g_strdup (header));
  const char *open = NULL;
  gsize n = strlen (title);

  *has_unit = FALSE;
  if (n > 0 && title[n - 1] == ')')
    open = g_strrstr (title, "(");
  else if (g_str_has_suffix (title, "）"))
    open = g_strrstr (title, "（");
  if (open)
    {
      gsize open_len = (guchar) *open == '(' ? 1 : strlen ("（");
      gsize close_len = title[n - 1] == ')' ? 1 : strlen ("）");
      g_autofree char *inner = g_strndup (open + open_len, title + n - close_len - (open + open_len));

      g_strstrip (inner);
      for (guint i = 0; i < G_N_ELEMENTS (units); i++)
        if (strcmp (inner, units[i].text) == 0)
          {
            *unit = units[i].unit;
            *has_unit = TRUE;
            title[open - title] = '\0';
            g_strstrip (title);
            break;
          }
    }
  return g_steal_pointer (&title);
}

static void
add_problem (GPtrArray   *problems,
             QsCsvReader *reader,
             guint        field,
             const char  *message)
{
  if (problems->len >= QS_LOAD_MAX_PROBLEMS)
    return;
  g_ptr_array_add (problems,
                   qs_problem_new (qs_csv_reader_get_display_name (reader),
                                   qs_csv_reader_get_field_line (reader, field),
                                   qs_csv_reader_get_column (reader, field), NULL, message));
}

/**
 * qs_csv_dataset_load:
 * @path: a CSV file of two columns, time and value
 * @cancellable: (nullable): to stop loading
 * @problems: (out) (optional) (transfer full) (element-type QsProblem): every problem found
 * @error: return location for an error
 *
 * Opens a time,value CSV as a dataset of one indicator and one series.
 *
 * Returns: (transfer full) (nullable): the dataset, or %NULL with @error set
 */
QsDataset *
qs_csv_dataset_load (const char    *path,
                     GCancellable  *cancellable,
                     GPtrArray    **problems,
                     GError       **error)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) qs_problem_free);
  g_autoptr(QsCsvReader) reader = NULL;
  /* Periods are kept only once the series turns out irregular: until then
   * periods is NULL and the first and last period say it all. */
  g_autofree gint32 *periods = NULL;
  g_autofree double *values = NULL;
  gsize n_rows = 0, capacity = 0;
  gint32 first_period = 0, last_period = 0;
  GStatBuf st;
  char last_day_text[11] = { 0 };
  guint32 last_day = 0;
  g_autoptr(QsDataset) dataset = NULL;
  g_autoptr(QsIndicator) indicator = NULL;
  g_autoptr(QsSeries) series = NULL;
  g_autoptr(QsRegion) region = NULL;
  g_autoptr(QsSource) source = NULL;
  g_autoptr(QsText) title_text = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  QsResolution resolution = QS_RESOLUTION_DAY;
  QsUnit unit = QS_UNIT_DIMENSIONLESS;
  QsKind kind = QS_KIND_INDEX;
  QsDomain domain = QS_DOMAIN_OTHER;
  gboolean has_unit = FALSE, first = TRUE, resolution_known = FALSE;
  guint rows = 0;

  if (problems)
    *problems = NULL;

  reader = qs_csv_reader_new_for_path (path, QS_CSV_ENCODING_AUTO, &local_error);
  if (reader == NULL)
    goto failed;

  /* Rows of monitoring data take 8 bytes and more ("2025,1.5\n"), so the
   * file's size gives room for all of them at once: a large file is spared
   * the copies of a growing array, and pages never written cost nothing.
   * Shorter rows, as "2025,1\n", make the array grow as usual. */
  if (g_stat (path, &st) == 0 && st.st_size > 0)
    {
      capacity = (gsize) MIN (st.st_size / 8 + 16, G_MAXUINT);
      values = qs_large_alloc (capacity * sizeof (double));
    }

  while (qs_csv_reader_next_row (reader, &local_error))
    {
      const char *time_field, *value_field;
      gsize time_len, value_len;
      gint32 period;
      double value;

      if ((++rows & 0xFFFF) == 0 && g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;

      if (qs_csv_reader_get_n_fields (reader) < 2)
        {
          add_problem (found, reader, 0,
                       _("expected two columns, time and value (is the separator a comma, tab or semicolon?)"));
          continue;
        }
      time_field = qs_csv_reader_get_field (reader, 0, &time_len);
      value_field = qs_csv_reader_get_field (reader, 1, &value_len);

      if (!resolution_known)
        {
          /* The first period sets the resolution for all that follow. */
          resolution_known = qs_period_parse_any (time_field, &resolution, &period);
          if (!resolution_known && first)
            {
              /* A header row: it names the series. */
              first = FALSE;
              title = split_unit (value_field, &unit, &has_unit);
              continue;
            }
          first = FALSE;
        }
      /* Hourly rows repeat their date 24 times: parse only the hour then. */
      if (resolution == QS_RESOLUTION_HOUR && resolution_known && time_len == 16 && n_rows > 0 &&
          memcmp (time_field, last_day_text, 11) == 0 &&
          g_ascii_isdigit (time_field[11]) && g_ascii_isdigit (time_field[12]) &&
          memcmp (time_field + 13, ":00", 3) == 0 &&
          (time_field[11] - '0') * 10 + (time_field[12] - '0') < 24)
        period = (gint32) (last_day * 24) + (time_field[11] - '0') * 10 + (time_field[12] - '0');
      else if (!resolution_known || !qs_period_parse_len (resolution, time_field, time_len, &period))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a period like the ones above it"), time_field);
          add_problem (found, reader, 0, message);
          continue;
        }

      if (is_missing (value_field, value_len))
        value = NAN;
      else if (!qs_csv_reader_get_double (reader, 1, &value))
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a number"), value_field);
          add_problem (found, reader, 1, message);
          continue;
        }

      if (n_rows > 0)
        {
          if (period <= last_period)
            {
              g_autofree char *message = g_strdup_printf (_("“%s” is not after the period before it"), time_field);
              add_problem (found, reader, 0, message);
              continue;
            }
          if (periods == NULL && period != last_period + 1)
            {
              /* The first gap: from here on every period is kept. */
              periods = qs_large_alloc (capacity * sizeof (gint32));
              for (gsize i = 0; i < n_rows; i++)
                periods[i] = first_period + (gint32) i;
            }
        }
      else
        first_period = period;
      if (n_rows == capacity)
        {
          capacity = MAX (1024, capacity * 2);
          values = g_renew (double, values, capacity);
          if (periods)
            periods = g_renew (gint32, periods, capacity);
        }
      if (periods)
        periods[n_rows] = period;
      values[n_rows] = value;
      last_period = period;
      n_rows++;
      if (resolution == QS_RESOLUTION_HOUR && time_len >= 11)
        {
          memcpy (last_day_text, time_field, 11);
          last_day = (guint32) period / 24;
        }
    }
  if (local_error)
    goto failed;

  if (found->len == 0 && n_rows == 0)
    {
      g_autofree char *display = g_filename_display_name (path);
      g_ptr_array_add (found, qs_problem_new (display, 0, 0, NULL, _("the file has no rows of data")));
    }
  if (found->len > 0)
    {
      g_autofree char *first_problem = qs_problem_to_string (found->pdata[0]);
      g_set_error (error, QS_LOAD_ERROR, QS_LOAD_ERROR_INVALID, "%s", first_problem);
      if (problems)
        *problems = g_steal_pointer (&found);
      return NULL;
    }

  if (title == NULL || *title == '\0')
    {
      char *dot = strrchr (basename, '.');
      if (dot && dot != basename)
        *dot = '\0';
      g_free (title);
      title = g_strdup (basename);
    }
  if (has_unit)
    {
      if (unit == QS_UNIT_PERCENT)
        kind = QS_KIND_RATIO;
      else
        kind = QS_KIND_CONCENTRATION;
      if (unit == QS_UNIT_UG_M3 || unit == QS_UNIT_MG_M3)
        domain = QS_DOMAIN_AIR;
      else if (unit == QS_UNIT_MG_L)
        domain = QS_DOMAIN_WATER;
    }

  if (n_rows > G_MAXUINT)
    {
      g_set_error (error, QS_LOAD_ERROR, QS_LOAD_ERROR_TOO_LARGE, _("%s: too many rows"),
                   qs_csv_reader_get_display_name (reader));
      return NULL;
    }
  /* The arrays shrink to their rows in place and become the series. */
  series = qs_series_new_take (QS_CSV_DATASET_REGION_CODE, resolution, first_period,
                               periods ? g_renew (gint32, g_steal_pointer (&periods), n_rows) : NULL,
                               g_renew (double, g_steal_pointer (&values), n_rows), (guint) n_rows);
  qs_series_set_source_all (series, "file");

  title_text = qs_text_new_plain (title);
  indicator = qs_indicator_new (QS_CSV_DATASET_INDICATOR_ID, domain, kind, unit, resolution);
  qs_indicator_set_name (indicator, title_text);
  qs_indicator_set_decimals (indicator, 1);
  qs_indicator_add_series (indicator, series);

  region = qs_region_new ();
  region->code = g_strdup (QS_CSV_DATASET_REGION_CODE);
  region->name = qs_text_new ();
  qs_text_add (region->name, "zh_CN", "未指定地区");
  qs_text_add (region->name, "zh_TW", "未指定地區");
  qs_text_add (region->name, "en", "Unspecified region");

  source = qs_source_new ();
  source->id = g_strdup ("file");
  source->title = qs_text_new_plain (qs_csv_reader_get_display_name (reader));

  dataset = qs_dataset_new ();
  qs_dataset_set_filename (dataset, qs_csv_reader_get_display_name (reader));
  qs_dataset_set_title (dataset, title_text);
  qs_dataset_set_provenance (dataset, QS_PROVENANCE_OTHER);
  qs_dataset_add_region (dataset, region);
  qs_dataset_add_source (dataset, source);
  qs_dataset_add_indicator (dataset, indicator);
  if (problems)
    *problems = g_steal_pointer (&found);
  return g_steal_pointer (&dataset);

failed:
  {
    /* The reader's messages already say FILE:LINE:COLUMN. */
    g_autofree char *display = g_filename_display_name (path);
    g_ptr_array_add (found, qs_problem_new_located (display, local_error->message));
    g_set_error_literal (error, QS_LOAD_ERROR,
                         local_error->domain == QS_CSV_ERROR && local_error->code == QS_CSV_ERROR_IO
                         ? QS_LOAD_ERROR_IO : QS_LOAD_ERROR_INVALID,
                         local_error->message);
    if (problems)
      *problems = g_steal_pointer (&found);
    return NULL;
  }
}

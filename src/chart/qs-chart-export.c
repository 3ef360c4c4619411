/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

#include "qs-chart-export.h"
#include "qs-chart-private.h"
#include "qs-file-writer.h"
#include "qs-format.h"
#include "qs-large-alloc.h"
#include "qs-png-writer.h"
#include "qs-period.h"

static const char *const format_names[] = { "png", "svg", "pdf", "csv" };

/**
 * qs_export_format_from_name:
 * @name: `png`, `svg`, `pdf` or `csv`
 * @format: (out): the format
 *
 * Returns: whether @name is a format
 */
gboolean
qs_export_format_from_name (const char     *name,
                            QsExportFormat *format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (name && g_ascii_strcasecmp (name, format_names[i]) == 0)
      {
        *format = (QsExportFormat) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * qs_export_format_from_path:
 * @path: a file name ending in .png, .svg, .pdf or .csv
 * @format: (out): the format
 *
 * Returns: whether the extension names a format
 */
gboolean
qs_export_format_from_path (const char     *path,
                            QsExportFormat *format)
{
  const char *dot = strrchr (path, '.');

  return dot && qs_export_format_from_name (dot + 1, format);
}

/** qs_export_format_extension: @format: a format. Returns: its file extension, without the dot */
const char *
qs_export_format_extension (QsExportFormat format)
{
  return format_names[CLAMP ((int) format, 0, (int) G_N_ELEMENTS (format_names) - 1)];
}

typedef struct
{
  GOutputStream *out;
  GError        *error;
} StreamClosure;

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  StreamClosure *c = closure;

  if (c->error)
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (c->out, data, length, NULL, NULL, &c->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

typedef struct
{
  QsChart        *chart;
  QsExportFormat  format;
  double          width;
  double          height;
  double          scale;
} Job;

static gboolean
check_surface (cairo_surface_t  *surface,
               StreamClosure    *closure,
               GError          **error)
{
  cairo_status_t status = cairo_surface_status (surface);

  if (closure->error)
    {
      g_propagate_error (error, g_steal_pointer (&closure->error));
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* An image surface on pixels of our own, since a full-HD image is 8 MB and
 * cheaper in large pages; a clear error when the image cannot be made. */
static cairo_surface_t *
create_image (int       width,
              int       height,
              guint8  **pixels,
              GError  **error)
{
  int stride = cairo_format_stride_for_width (CAIRO_FORMAT_RGB24, width);
  cairo_surface_t *surface;

  /* Cairo's images are at most 32 767 pixels a side. */
  *pixels = stride > 0 && width <= 32767 && height <= 32767 ? qs_large_try_alloc0 ((gsize) stride * height) : NULL;
  if (*pixels == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                   /* Translators: an image's width × height in pixels. */
                   _("an image of %d × %d pixels is too large to make"), width, height);
      return NULL;
    }
  surface = cairo_image_surface_create_for_data (*pixels, CAIRO_FORMAT_RGB24, width, height, stride);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("could not make the image: %s"),
                   cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      g_clear_pointer (pixels, g_free);
      return NULL;
    }
  return surface;
}

static gboolean
write_job (GOutputStream  *out,
           gpointer        user_data,
           GError        **error)
{
  Job *job = user_data;
  StreamClosure closure = { out, NULL };
  cairo_surface_t *surface = NULL;
  guint8 *pixels = NULL;
  cairo_t *cr;
  gboolean ok;

  switch (job->format)
    {
    case QS_EXPORT_CSV:
      return qs_chart_write_csv (job->chart, out, error);

    case QS_EXPORT_PNG:
      surface = create_image ((int) ceil (job->width * job->scale), (int) ceil (job->height * job->scale),
                              &pixels, error);
      if (surface == NULL)
        return FALSE;
      cr = cairo_create (surface);
      cairo_scale (cr, job->scale, job->scale);
      qs_chart_draw (job->chart, cr, job->width, job->height);
      cairo_destroy (cr);
      ok = qs_png_write (surface, 96 * job->scale, out, error);
      cairo_surface_destroy (surface);
      g_free (pixels);
      return ok;

    case QS_EXPORT_SVG:
      surface = cairo_svg_surface_create_for_stream (write_to_stream, &closure, job->width, job->height);
      cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
      cr = cairo_create (surface);
      qs_chart_draw (job->chart, cr, job->width, job->height);
      cairo_destroy (cr);
      break;

    case QS_EXPORT_PDF:
    default:
      /* Sizes are CSS pixels (1/96 in); PDF pages are in points (1/72 in). */
      surface = cairo_pdf_surface_create_for_stream (write_to_stream, &closure,
                                                     job->width * 0.75, job->height * 0.75);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                      qs_chart_get_title (job->chart) ? qs_chart_get_title (job->chart) : "");
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Qingshan " PACKAGE_VERSION);
      cr = cairo_create (surface);
      cairo_scale (cr, 0.75, 0.75);
      qs_chart_draw (job->chart, cr, job->width, job->height);
      cairo_destroy (cr);
      break;
    }

  cairo_surface_finish (surface);
  ok = check_surface (surface, &closure, error);
  cairo_surface_destroy (surface);
  return ok;
}

/**
 * qs_chart_export_file:
 * @chart: a chart
 * @path: where to write
 * @format: the file format
 * @width: the chart's width in pixels
 * @height: the chart's height in pixels
 * @scale: pixels per pixel for PNG (2 for projectors and print); 1 otherwise
 * @error: return location for an error
 *
 * Writes the chart to @path through a temporary file, so that a failed
 * export leaves no partial file and any previous file intact.
 *
 * Returns: %TRUE on success
 */
gboolean
qs_chart_export_file (QsChart         *chart,
                      const char      *path,
                      QsExportFormat   format,
                      double           width,
                      double           height,
                      double           scale,
                      GError         **error)
{
  Job job = { chart, format, width, height, scale > 0 ? scale : 1 };

  g_return_val_if_fail (QS_IS_CHART (chart), FALSE);
  return qs_file_write_atomic (path, FALSE, write_job, &job, error);
}

/* ---- CSV ---------------------------------------------------------------- */

static const char *
word (QsChart    *chart,
      const char *zh_cn,
      const char *zh_tw,
      const char *en)
{
  const char *locale = qs_chart_get_locale (chart);

  if (g_str_has_prefix (locale, "zh_TW"))
    return zh_tw;
  if (g_str_has_prefix (locale, "zh"))
    return zh_cn;
  return en;
}

static void
csv_field (GString    *line,
           const char *text)
{
  /* Quote when needed; a leading =, +, - or @ is prefixed with ' so that
   * spreadsheets do not run it as a formula. */
  gboolean quote = strpbrk (text, ",\"\r\n") != NULL;
  gboolean formula = text[0] == '=' || text[0] == '+' || text[0] == '@' ||
                     (text[0] == '-' && !g_ascii_isdigit (text[1]));

  if (line->len > 0 && line->str[line->len - 1] != '\n')
    g_string_append_c (line, ',');
  if (quote || formula)
    g_string_append_c (line, '"');
  if (formula)
    g_string_append_c (line, '\'');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  if (quote || formula)
    g_string_append_c (line, '"');
}

static void
csv_number (GString *line,
            QsChart *chart,
            double   value)
{
  g_autofree char *text = NULL;

  if (isnan (value))
    {
      csv_field (line, "");
      return;
    }
  text = qs_format_number (value, qs_chart_get_decimals (chart), QS_FORMAT_ASCII_MINUS, "en");
  csv_field (line, text);
}

static const char *
status_word (QsChart  *chart,
             QsStatus  status)
{
  switch (status)
    {
    case QS_STATUS_PROVISIONAL:
      return word (chart, "初步统计", "初步統計", "provisional");
    case QS_STATUS_ESTIMATE:
      return word (chart, "估算", "估算", "estimate");
    case QS_STATUS_ILLUSTRATIVE:
      return word (chart, "示意", "示意", "illustrative");
    case QS_STATUS_FINAL:
    default:
      return word (chart, "正式", "正式", "final");
    }
}

static gboolean
flush_line (GOutputStream  *out,
            GString        *line,
            GError        **error)
{
  gboolean ok = TRUE;

  /* Write in chunks of ~64 KiB: a million rows never sit in memory. */
  if (line->len >= 65536)
    {
      ok = g_output_stream_write_all (out, line->str, line->len, NULL, NULL, error);
      g_string_truncate (line, 0);
    }
  return ok;
}

/**
 * qs_chart_write_csv:
 * @chart: a chart
 * @out: where to write
 * @error: return location for an error
 *
 * Writes exactly the data the chart shows, as UTF-8 with a byte-order mark
 * (so that spreadsheet programs read Chinese correctly), with headers in the
 * chart's language, periods in ISO form and numbers with a dot.
 *
 * Returns: %TRUE on success
 */
gboolean
qs_chart_write_csv (QsChart        *chart,
                    GOutputStream  *out,
                    GError        **error)
{
  g_autoptr(GString) line = g_string_new (NULL);
  QsChartKind kind = qs_chart_get_kind (chart);
  const char *unit = qs_chart_get_unit_text (chart);
  g_autofree char *value_header = *unit ? g_strdup_printf ("%s (%s)", word (chart, "数值", "數值", "Value"), unit)
                                        : g_strdup (word (chart, "数值", "數值", "Value"));

  /* The byte-order mark tells spreadsheet programs the file is UTF-8. */
  if (!g_output_stream_write_all (out, "\xEF\xBB\xBF", 3, NULL, NULL, error))
    return FALSE;

  if (chart->table)
    {
      for (guint r = 0; r < chart->table->len; r++)
        {
          char **cells = chart->table->pdata[r];
          for (guint c = 0; cells[c]; c++)
            csv_field (line, cells[c]);
          g_string_append (line, "\r\n");
          if (!flush_line (out, line, error))
            return FALSE;
        }
    }
  else if (kind == QS_CHART_RANKING || kind == QS_CHART_TILE_MAP)
    {
      csv_field (line, word (chart, "地区", "地區", "Region"));
      csv_field (line, value_header);
      csv_field (line, word (chart, "状态", "狀態", "Status"));
      g_string_append (line, "\r\n");
      for (guint i = 0; i < chart->items->len; i++)
        {
          QsChartItem *item = &g_array_index (chart->items, QsChartItem, i);
          csv_field (line, item->label);
          csv_number (line, chart, item->value);
          csv_field (line, isnan (item->value) ? "" : status_word (chart, item->status));
          g_string_append (line, "\r\n");
        }
    }
  else if (kind == QS_CHART_GAUGE)
    {
      csv_field (line, word (chart, "当前值", "目前值", "Value"));
      csv_field (line, word (chart, "目标", "目標", "Target"));
      csv_field (line, word (chart, "规划期已过", "規劃期已過", "Plan period elapsed"));
      g_string_append (line, "\r\n");
      csv_number (line, chart, chart->gauge_value);
      csv_number (line, chart, chart->gauge_target);
      {
        g_autofree char *share = qs_format_number (chart->gauge_elapsed, 2, QS_FORMAT_ASCII_MINUS, "en");
        csv_field (line, share);
      }
      g_string_append (line, "\r\n");
    }
  else
    {
      /* One row per period, one column per visible series (and its status
       * where any value is not final). */
      gint32 first = G_MAXINT32, last = G_MININT32;
      QsResolution resolution = QS_RESOLUTION_YEAR;
      g_autofree gboolean *with_status = g_new0 (gboolean, MAX (1, chart->series->len));
      g_autofree guint *cursor = g_new0 (guint, MAX (1, chart->series->len));

      csv_field (line, word (chart, "时期", "時期", "Period"));
      for (guint s = 0; s < chart->series->len; s++)
        {
          QsChartSeriesEntry *entry = chart->series->pdata[s];
          guint n = qs_series_get_n_values (entry->series);

          if (!entry->visible || n == 0)
            continue;
          resolution = qs_series_get_resolution (entry->series);
          first = MIN (first, qs_series_get_period (entry->series, 0));
          last = MAX (last, qs_series_get_period (entry->series, n - 1));
          if (kind == QS_CHART_CALENDAR)
            {
              csv_field (line, word (chart, "等级", "等級", "Level"));
              continue;
            }
          {
            g_autofree char *header = *unit ? g_strdup_printf ("%s (%s)", entry->name, unit) : g_strdup (entry->name);
            csv_field (line, header);
          }
          for (guint k = 0; k < n && !with_status[s]; k++)
            with_status[s] = qs_series_get_status (entry->series, k) != QS_STATUS_FINAL;
          if (with_status[s])
            {
              g_autofree char *header = g_strdup_printf ("%s %s", entry->name, word (chart, "状态", "狀態", "status"));
              csv_field (line, header);
            }
        }
      g_string_append (line, "\r\n");

      for (gint32 p = first; first <= last && p <= last; p++)
        {
          g_autofree char *period = qs_period_to_string (resolution, p);
          gboolean any = FALSE;
          gsize start = line->len;

          csv_field (line, period);
          for (guint s = 0; s < chart->series->len; s++)
            {
              QsChartSeriesEntry *entry = chart->series->pdata[s];
              guint n = qs_series_get_n_values (entry->series);
              guint k = cursor[s];
              double v = NAN;

              if (!entry->visible || n == 0)
                continue;
              /* Walk each series alongside the periods: linear, not a search. */
              while (k < n && qs_series_get_period (entry->series, k) < p)
                k++;
              cursor[s] = k;
              if (k < n && qs_series_get_period (entry->series, k) == p)
                {
                  v = qs_series_get_values (entry->series, entry->category)[k];
                  any |= !isnan (v);
                }
              if (kind == QS_CHART_CALENDAR)
                {
                  guint band;
                  csv_field (line, !isnan (v) && _qs_chart_band_color (chart, v, &band)
                                   ? g_array_index (chart->bands, QsChartBand, band).label : "");
                  continue;
                }
              csv_number (line, chart, v);
              if (with_status[s])
                csv_field (line, isnan (v) ? "" : status_word (chart, qs_series_get_status (entry->series, k)));
            }
          /* Periods no series has a value for are not part of the chart. */
          if (!any)
            {
              g_string_truncate (line, start);
              continue;
            }
          g_string_append (line, "\r\n");
          if (!flush_line (out, line, error))
            return FALSE;
        }
    }
  return g_output_stream_write_all (out, line->str, line->len, NULL, NULL, error);
}

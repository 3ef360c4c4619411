/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include "qs-chart-catalog.h"
#include "qs-chart-private.h"
#include "qs-file-writer.h"
#include "qs-format.h"
#include "qs-period.h"
#include "qs-report.h"
#include "qs-summary.h"

/*
 * A briefing report: one PDF with a title page, a page per visible slide of
 * the deck and a closing page with every source of the dataset. Pages are
 * 16:9 so that the same file is projected and printed (it fits landscape A4
 * with even margins). Charts are drawn by the chart engine in the light
 * theme at 1280 px wide, scaled into the page, and all text is Pango text —
 * plain, never markup, since it comes from files — so the PDF is searchable
 * and carries its fonts.
 *
 * The report's own words follow the report's language, not the interface's,
 * so they come from the small tables below rather than from gettext.
 */

#define PAGE_W     QS_REPORT_PAGE_WIDTH
#define PAGE_H     QS_REPORT_PAGE_HEIGHT
#define MARGIN_X   48.0
#define MARGIN_TOP 34.0
#define MARGIN_BOT 26.0
#define CONTENT_W  (PAGE_W - 2 * MARGIN_X)
/* Charts are laid out at this width in pixels, then scaled to the page. */
#define CHART_LOGICAL_WIDTH 1024.0

/* A conditional of literals, so that formats are still checked. */
#define PICK(locale, zh_cn, zh_tw, en) \
  (g_str_has_prefix ((locale), "zh_TW") ? (zh_tw) : g_str_has_prefix ((locale), "zh") ? (zh_cn) : (en))

static const QsColor better_color = { 0.11, 0.47, 0.20, 1 };
static const QsColor worse_color = { 0.75, 0.22, 0.10, 1 };
/* The same, light enough to read on the briefing theme's dark ground. */
static const QsColor better_color_dark = { 0.45, 0.82, 0.50, 1 };
static const QsColor worse_color_dark = { 1.00, 0.55, 0.45, 1 };

/* What the catalog made of a chart, before a slide changed it. */
typedef struct
{
  QsChart *chart;      /* borrowed from the catalog's entries */
  char    *title;
  char    *footnote;
} ChartInfo;

typedef struct
{
  QsDataset       *dataset;
  QsDeck          *deck;
  char            *locale;
  const char      *family;
  cairo_surface_t *surface;
  cairo_t         *cr;
  PangoContext    *pango;
  QsChartTheme    *theme;
  GPtrArray       *entries;     /* the catalog */
  GHashTable      *charts;      /* id → ChartInfo */
  GStrv            chart_ids;
  GDateTime       *now;
  guint            page;        /* the page being drawn, from 1 */
  guint            n_visible;
  guint            slide_no;    /* of the visible slides, from 1 */
  double           chart_width; /* charts are laid out this wide, then scaled */
} Report;

static gboolean
dark_ground (Report *r)
{
  const QsColor *c = &r->theme->background;
  return 0.2126 * c->red + 0.7152 * c->green + 0.0722 * c->blue < 0.5;
}

static const QsColor *
better (Report *r)
{
  return dark_ground (r) ? &better_color_dark : &better_color;
}

static const QsColor *
worse (Report *r)
{
  return dark_ground (r) ? &worse_color_dark : &worse_color;
}

static void
chart_info_free (ChartInfo *info)
{
  g_free (info->title);
  g_free (info->footnote);
  g_free (info);
}

static const char *
tr (Report     *r,
    const char *zh_cn,
    const char *zh_tw,
    const char *en)
{
  return PICK (r->locale, zh_cn, zh_tw, en);
}

/* ---- text ------------------------------------------------------------------ */

static PangoLayout *
text_layout (Report     *r,
             const char *text,
             double      size,
             gboolean    bold,
             double      width,
             int         max_lines)
{
  PangoLayout *layout;
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (r->family);

  pango_cairo_update_context (r->cr, r->pango);
  layout = pango_layout_new (r->pango);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  /* Plain text, never markup: dataset and deck texts may hold "<" and "&";
   * and no control characters or open bidi overrides. */
  {
    g_autofree char *shown = qs_text_for_display (text);
    pango_layout_set_text (layout, shown, -1);
  }
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      if (max_lines > 0)
        {
          pango_layout_set_height (layout, -max_lines);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
        }
    }
  return layout;
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width)
    *width = (double) logical.width / PANGO_SCALE;
  if (height)
    *height = (double) logical.height / PANGO_SCALE;
}

static double
layout_height (PangoLayout *layout)
{
  double h;

  layout_size (layout, NULL, &h);
  return h;
}

static void
set_color (cairo_t       *cr,
           const QsColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

static void
show (Report        *r,
      PangoLayout   *layout,
      double         x,
      double         y,
      const QsColor *color)
{
  set_color (r->cr, color);
  cairo_move_to (r->cr, x, y);
  pango_cairo_show_layout (r->cr, layout);
}

/* A text drawn at once; returns its height. */
static double
draw_text (Report        *r,
           const char    *text,
           double         x,
           double         y,
           double         size,
           gboolean       bold,
           double         width,
           int            max_lines,
           const QsColor *color)
{
  g_autoptr(PangoLayout) layout = text_layout (r, text, size, bold, width, max_lines);

  show (r, layout, x, y, color);
  return layout_height (layout);
}

static char *
format_date (Report     *r,
             const char *date)
{
  guint32 day;

  if (date && qs_date_parse (date, &day))
    return qs_format_period (QS_RESOLUTION_DAY, (gint32) day, QS_PERIOD_STYLE_FULL, r->locale);
  return g_strdup (date ? date : "—");
}

/* The boxed demo mark at the top right; returns its width. */
static double
draw_demo_mark (Report *r,
                double  right,
                double  top)
{
  g_autoptr(PangoLayout) layout = text_layout (r, tr (r, "演示数据", "示範資料", "DEMO DATA"), 11, TRUE, -1, 0);
  double tw, th, px = 7, py = 3;

  layout_size (layout, &tw, &th);
  cairo_set_line_width (r->cr, 1.2);
  set_color (r->cr, &r->theme->demo);
  cairo_rectangle (r->cr, right - tw - 2 * px, top, tw + 2 * px, th + 2 * py);
  cairo_stroke (r->cr);
  show (r, layout, right - tw - px, top + py, &r->theme->demo);
  return tw + 2 * px;
}

static void
rule (Report *r,
      double  x,
      double  y,
      double  width)
{
  cairo_set_line_width (r->cr, 0.8);
  set_color (r->cr, &r->theme->grid);
  cairo_move_to (r->cr, x, y);
  cairo_line_to (r->cr, x + width, y);
  cairo_stroke (r->cr);
}

static void
add_outline (Report     *r,
             const char *name)
{
  g_autofree char *link = NULL;

  /* Slides drawn on screen have no outline. */
  if (r->surface == NULL)
    return;
  link = g_strdup_printf ("page=%u", r->page);
  cairo_pdf_surface_add_outline (r->surface, CAIRO_PDF_OUTLINE_ROOT, name && *name ? name : "—", link, 0);
}

static void
end_page (Report *r)
{
  cairo_show_page (r->cr);
  r->page++;
}

/* ---- the title page ---------------------------------------------------------- */

static const char *
latest_source_date (QsDataset *dataset)
{
  GPtrArray *sources = qs_dataset_get_sources (dataset);
  const char *latest = NULL;

  for (guint i = 0; i < sources->len; i++)
    {
      QsSource *source = sources->pdata[i];
      if (source->date && (latest == NULL || strcmp (source->date, latest) > 0))
        latest = source->date;
    }
  return latest;
}

static void
title_page (Report *r)
{
  QsText *title = qs_dataset_get_title (r->dataset);
  QsText *description = qs_dataset_get_description (r->dataset);
  QsText *publisher = qs_dataset_get_publisher (r->dataset);
  const char *created = qs_dataset_get_created (r->dataset);
  const char *latest = latest_source_date (r->dataset);
  g_autofree char *prepared = g_date_time_format (r->now, "%Y-%m-%d");
  g_autofree char *prepared_text = format_date (r, prepared);
  g_autofree char *data_date = NULL;
  g_autofree char *slides = g_strdup_printf ("%u", r->n_visible);
  const char *rows[4][2];
  guint n_rows = 0;
  double y, label_w = 0;

  /* A band of the accent colour, and the kind of document above the title. */
  set_color (r->cr, &r->theme->palette[0]);
  cairo_rectangle (r->cr, 0, 0, PAGE_W, 10);
  cairo_fill (r->cr);
  if (qs_dataset_is_demo (r->dataset))
    draw_demo_mark (r, PAGE_W - MARGIN_X, MARGIN_TOP);

  y = 128;
  y += draw_text (r, tr (r, "新闻发布会材料", "新聞發布會資料", "PRESS BRIEFING"), MARGIN_X + 2, y, 13, TRUE,
                  CONTENT_W, 1, &r->theme->palette[0]);
  y += 8;
  y += draw_text (r, qs_text_get (title, r->locale), MARGIN_X, y, 34, TRUE, CONTENT_W, 3, &r->theme->foreground);
  y += 14;
  if (description)
    y += draw_text (r, qs_text_get (description, r->locale), MARGIN_X, y, 12.5, FALSE, CONTENT_W * 0.86, 4,
                    &r->theme->muted) + 14;
  rule (r, MARGIN_X, y + 4, CONTENT_W);
  y += 22;

  if (publisher)
    {
      rows[n_rows][0] = tr (r, "发布单位", "發布單位", "Publisher");
      rows[n_rows++][1] = qs_text_get (publisher, r->locale);
    }
  if (created)
    {
      data_date = format_date (r, created);
      rows[n_rows][0] = tr (r, "数据集日期", "資料集日期", "Dataset date");
      rows[n_rows++][1] = data_date;
    }
  else if (latest)
    {
      data_date = format_date (r, latest);
      rows[n_rows][0] = tr (r, "最新来源日期", "最新來源日期", "Latest source");
      rows[n_rows++][1] = data_date;
    }
  rows[n_rows][0] = tr (r, "编制日期", "編製日期", "Prepared");
  rows[n_rows++][1] = prepared_text;
  rows[n_rows][0] = tr (r, "幻灯片", "投影片", "Slides");
  rows[n_rows++][1] = slides;

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(PangoLayout) label = text_layout (r, rows[i][0], 12.5, FALSE, -1, 0);
      double w;
      layout_size (label, &w, NULL);
      label_w = MAX (label_w, w);
    }
  for (guint i = 0; i < n_rows; i++)
    {
      double h;
      draw_text (r, rows[i][0], MARGIN_X, y, 12.5, FALSE, -1, 0, &r->theme->muted);
      h = draw_text (r, rows[i][1], MARGIN_X + label_w + 20, y, 12.5, FALSE, CONTENT_W - label_w - 20, 2,
                     &r->theme->foreground);
      y += h + 6;
    }

  if (qs_dataset_is_demo (r->dataset))
    {
      g_autoptr(PangoLayout) notice =
        text_layout (r, tr (r, "演示数据：本报告所用数据集为演示数据。未注明出处的数值为程序生成的示意数据，并非官方统计，请勿引用。",
                            "示範資料：本報告所用資料集為示範資料。未註明出處的數值為程式產生的示意資料，並非官方統計，請勿引用。",
                            "Demo data: this report uses a demonstration dataset. Figures without a cited source are "
                            "generated for illustration, are not official statistics and must not be quoted."),
                     11.5, FALSE, CONTENT_W - 24, 3);
      double h = layout_height (notice), top = PAGE_H - MARGIN_BOT - 18 - h - 16;

      cairo_set_line_width (r->cr, 1.2);
      set_color (r->cr, &r->theme->demo);
      cairo_rectangle (r->cr, MARGIN_X, top, CONTENT_W, h + 16);
      cairo_stroke (r->cr);
      show (r, notice, MARGIN_X + 12, top + 8, &r->theme->demo);
    }
  {
    g_autofree char *made = g_strdup_printf ("%s %s", tr (r, "青山", "青山", "Qingshan"), PACKAGE_VERSION);
    draw_text (r, made, MARGIN_X, PAGE_H - MARGIN_BOT - 12, 9, FALSE, -1, 0, &r->theme->muted);
  }

  add_outline (r, qs_text_get (title, r->locale));
  end_page (r);
}

/* ---- slide pages --------------------------------------------------------------- */

/* Title, takeaway and demo mark; returns where the body may start. */
static double
slide_header (Report     *r,
              const char *title,
              QsText     *takeaway)
{
  double y = MARGIN_TOP, demo_w = 0, title_w;

  if (qs_dataset_is_demo (r->dataset))
    demo_w = draw_demo_mark (r, PAGE_W - MARGIN_X, MARGIN_TOP + 4) + 16;
  title_w = CONTENT_W - demo_w;
  y += draw_text (r, title, MARGIN_X, y, 24, TRUE, title_w, 2, &r->theme->foreground);
  if (takeaway)
    {
      g_autoptr(PangoLayout) layout = text_layout (r, qs_text_get (takeaway, r->locale), 15, FALSE,
                                                   CONTENT_W - 14, 2);
      double h = layout_height (layout);

      y += 6;
      set_color (r->cr, &r->theme->palette[0]);
      cairo_rectangle (r->cr, MARGIN_X, y + 2, 3.5, h - 4);
      cairo_fill (r->cr);
      show (r, layout, MARGIN_X + 14, y, &r->theme->foreground);
      y += h;
    }
  y += 10;
  rule (r, MARGIN_X, y, CONTENT_W);
  return y + 12;
}

/* Footnote and slide number; returns where the body must end. */
static double
slide_footer (Report     *r,
              const char *footnote)
{
  g_autofree char *number = g_strdup_printf ("%u / %u", r->slide_no, r->n_visible);
  g_autoptr(PangoLayout) num = text_layout (r, number, 10, FALSE, -1, 0);
  double nw, nh, top = PAGE_H - MARGIN_BOT;

  layout_size (num, &nw, &nh);
  show (r, num, PAGE_W - MARGIN_X - nw, PAGE_H - MARGIN_BOT - nh, &r->theme->muted);
  top -= nh;
  if (footnote && *footnote)
    {
      g_autoptr(PangoLayout) foot = text_layout (r, footnote, 8.5, FALSE, CONTENT_W - nw - 28, 3);
      double fh = layout_height (foot);

      show (r, foot, MARGIN_X, PAGE_H - MARGIN_BOT - fh, &r->theme->muted);
      top = MIN (top, PAGE_H - MARGIN_BOT - fh);
    }
  return top - 10;
}

static void
chart_slide (Report  *r,
             QsSlide *slide)
{
  const char *id = qs_slide_get_chart_id (slide);
  ChartInfo *info = id ? g_hash_table_lookup (r->charts, id) : NULL;
  QsText *title = qs_slide_get_title (slide);
  const char *page_title;
  double top, bottom;

  if (info == NULL)
    {
      g_autofree char *message = NULL;

      page_title = title ? qs_text_get (title, r->locale) : id ? id : "—";
      top = slide_header (r, page_title, qs_slide_get_takeaway (slide));
      bottom = slide_footer (r, NULL);
      message = g_strdup_printf (PICK (r->locale, "此数据集中没有图表“%s”。", "此資料集中沒有圖表「%s」。",
                                       "This dataset has no chart “%s”."), id ? id : "");
      {
        g_autoptr(PangoLayout) layout = text_layout (r, message, 14, FALSE, CONTENT_W, 3);
        pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
        show (r, layout, MARGIN_X, (top + bottom) / 2 - layout_height (layout) / 2, &r->theme->muted);
      }
      add_outline (r, page_title);
      return;
    }

  /* A slide without a title of its own takes the chart's, which the chart
   * then leaves out; with one, the chart keeps its own as a caption. The
   * page carries the source and the demo mark, so the chart does not. */
  page_title = title ? qs_text_get (title, r->locale) : info->title ? info->title : id;
  qs_chart_set_title (info->chart, title ? info->title : NULL);
  qs_chart_set_footnote (info->chart, NULL);
  qs_chart_set_demo (info->chart, FALSE);
  qs_chart_set_theme (info->chart, r->theme);

  top = slide_header (r, page_title, qs_slide_get_takeaway (slide));
  bottom = slide_footer (r, info->footnote);
  {
    double width = CONTENT_W, height = MAX (bottom - top, 40);
    double scale = width / r->chart_width;

    cairo_save (r->cr);
    cairo_translate (r->cr, MARGIN_X, top);
    cairo_rectangle (r->cr, 0, 0, width, height);
    cairo_clip (r->cr);
    cairo_scale (r->cr, scale, scale);
    qs_chart_draw (info->chart, r->cr, r->chart_width, height / scale);
    cairo_restore (r->cr);
  }
  add_outline (r, page_title);
}

/* ---- KPI cards ------------------------------------------------------------------ */

typedef struct
{
  QsIndicator *indicator;
  QsSeries    *series;
  char        *name;
  char        *value;
  char        *period;
  char        *change;
  const QsColor *change_color;
  char        *target;
  const QsColor *target_color;
} Card;

static void
card_clear (Card *card)
{
  g_free (card->name);
  g_free (card->value);
  g_free (card->period);
  g_free (card->change);
  g_free (card->target);
}

static QsSeries *
main_series (QsDataset   *dataset,
             QsIndicator *indicator)
{
  const char *code = qs_dataset_get_region_code (dataset);
  QsSeries *series = code ? qs_indicator_lookup_series (indicator, code) : NULL;
  GPtrArray *all = qs_indicator_get_series (indicator);

  return series ? series : all->len > 0 ? all->pdata[0] : NULL;
}

/* What a card of the application says, in the report's language. */
static void
card_fill (Report      *r,
           Card        *card,
           QsIndicator *indicator)
{
  QsText *unit_label = qs_indicator_get_unit_label (indicator);
  const char *unit = unit_label ? qs_text_get (unit_label, r->locale) : NULL;
  int decimals = (int) qs_indicator_get_decimals (indicator);
  g_autofree char *period = NULL;
  double change, value;
  gboolean in_points;
  QsTarget *target;
  guint latest;
  gint32 p;

  card->indicator = indicator;
  card->series = main_series (r->dataset, indicator);
  card->name = g_strdup (qs_text_get (qs_indicator_get_name (indicator), r->locale));
  if (card->series == NULL || !qs_series_get_latest (card->series, &latest))
    {
      card->value = g_strdup ("—");
      card->period = g_strdup (tr (r, "无数据", "無資料", "No data"));
      return;
    }

  p = qs_series_get_period (card->series, latest);
  value = qs_series_get_value (card->series, latest);
  card->value = qs_format_value (value, decimals, qs_indicator_get_unit (indicator), unit,
                                 QS_FORMAT_GROUPING | QS_FORMAT_COMPACT, r->locale);
  period = qs_format_period (qs_series_get_resolution (card->series), p, QS_PERIOD_STYLE_FULL, r->locale);
  switch (qs_series_get_status (card->series, latest))
    {
    case QS_STATUS_PROVISIONAL:
      card->period = g_strdup_printf ("%s · %s", period, tr (r, "初步统计", "初步統計", "provisional"));
      break;
    case QS_STATUS_ESTIMATE:
      card->period = g_strdup_printf ("%s · %s", period, tr (r, "估算", "估算", "estimate"));
      break;
    case QS_STATUS_ILLUSTRATIVE:
      card->period = g_strdup_printf ("%s · %s", period, tr (r, "示意数据", "示意資料", "illustrative"));
      break;
    case QS_STATUS_FINAL:
    default:
      card->period = g_steal_pointer (&period);
      break;
    }

  if (qs_summary_change (indicator, card->series, latest, &change, &in_points))
    {
      g_autofree char *words = qs_format_change (change, in_points, in_points ? decimals : 1, r->locale);
      g_autofree char *before = NULL;
      gboolean flat = fabs (change) < pow (10, -(in_points ? decimals : 1)) / 2;
      const char *arrow = flat ? "＝" : change > 0 ? "▲" : "▼";
      guint previous;

      qs_series_get_previous (card->series, latest, &previous);
      before = qs_format_period (qs_series_get_resolution (card->series),
                                 qs_series_get_period (card->series, previous), QS_PERIOD_STYLE_FULL, r->locale);
      if (g_str_has_prefix (r->locale, "zh_TW"))
        card->change = g_strdup_printf ("%s 較%s%s", arrow, before, words);
      else if (g_str_has_prefix (r->locale, "zh"))
        card->change = g_strdup_printf ("%s 较%s%s", arrow, before, words);
      else
        card->change = g_strdup_printf ("%s %s on %s", arrow, words, before);
      card->change_color = &r->theme->muted;
      if (!flat && qs_indicator_get_direction (indicator) != QS_DIRECTION_NEUTRAL)
        card->change_color = qs_indicator_is_better (indicator, change > 0 ? 1 : 0, change > 0 ? 0 : 1)
                             ? better (r) : worse (r);
    }

  target = qs_summary_find_target (indicator, qs_series_get_region (card->series), p);
  if (target)
    {
      QsTargetStatus status = qs_summary_target_status (indicator, target, p, value);
      g_autofree char *target_value = qs_format_value (target->value, decimals, qs_indicator_get_unit (indicator),
                                                       unit, QS_FORMAT_GROUPING | QS_FORMAT_COMPACT, r->locale);
      const char *label = qs_text_get (target->label, r->locale);

      switch (status)
        {
        case QS_TARGET_STATUS_MET:
          card->target = g_strdup_printf (PICK (r->locale, "%s %s：已达标", "%s %s：已達標", "%s %s: met"),
                                          label, target_value);
          card->target_color = better (r);
          break;
        case QS_TARGET_STATUS_NOT_YET:
          switch (qs_summary_target_outlook (indicator, card->series, target))
            {
            case QS_TARGET_OUTLOOK_ON_TRACK:
              card->target = g_strdup_printf (PICK (r->locale, "%s %s：按趋势可如期达标", "%s %s：依趨勢可如期達標",
                                                    "%s %s: on track"), label, target_value);
              card->target_color = better (r);
              break;
            case QS_TARGET_OUTLOOK_OFF_TRACK:
              card->target = g_strdup_printf (PICK (r->locale, "%s %s：按趋势难以如期达标", "%s %s：依趨勢難以如期達標",
                                                    "%s %s: off track"), label, target_value);
              card->target_color = worse (r);
              break;
            case QS_TARGET_OUTLOOK_UNKNOWN:
            default:
              card->target = g_strdup_printf (PICK (r->locale, "%s %s：尚未达标", "%s %s：尚未達標",
                                                    "%s %s: not yet met"), label, target_value);
              card->target_color = &r->theme->muted;
              break;
            }
          break;
        case QS_TARGET_STATUS_MISSED:
        case QS_TARGET_STATUS_NONE:
        default:
          card->target = g_strdup_printf (PICK (r->locale, "%s %s：未达标", "%s %s：未達標", "%s %s: missed"),
                                          label, target_value);
          card->target_color = worse (r);
          break;
        }
    }
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + w - radius, y + h - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + h - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_card (Report *r,
           Card   *card,
           double  x,
           double  y,
           double  w,
           double  h)
{
  double pad = CLAMP (MIN (w, h) * 0.08, 10, 18);
  double inner_w = w - 2 * pad - 4;
  /* Wide cards keep their sparkline at the right of the value. */
  gboolean spark_right = w >= 300;
  double text_w = spark_right ? inner_w * 0.62 : inner_w;
  double scale = CLAMP (MIN (w / 260, h / 170), 0.7, 1.25);
  PangoLayout *parts[5] = { NULL };
  double heights[5], gaps[5] = { 0, 4, 2, 6, 3 };
  double total;

  /* Shrink the type until the card's words fit. */
  for (;;)
    {
      double value_w;

      for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
        g_clear_object (&parts[i]);
      parts[0] = text_layout (r, card->name, 12.5 * scale, TRUE, inner_w, 2);
      parts[1] = text_layout (r, card->value, 30 * scale, TRUE, -1, 0);
      layout_size (parts[1], &value_w, NULL);
      if (value_w > inner_w)
        {
          g_object_unref (parts[1]);
          parts[1] = text_layout (r, card->value, 30 * scale * inner_w / value_w, TRUE, -1, 0);
        }
      parts[2] = text_layout (r, card->period, 10.5 * scale, FALSE, text_w, 1);
      if (card->change)
        parts[3] = text_layout (r, card->change, 10.5 * scale, FALSE, text_w, 2);
      if (card->target)
        parts[4] = text_layout (r, card->target, 10 * scale, FALSE, text_w, 2);
      total = 0;
      for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
        {
          heights[i] = parts[i] ? layout_height (parts[i]) : 0;
          total += parts[i] ? heights[i] + gaps[i] * scale : 0;
        }
      if (total <= h - 2 * pad || scale <= 0.5)
        break;
      scale -= 0.05;
    }

  cairo_save (r->cr);
  rounded_rect (r->cr, x, y, w, h, 6);
  set_color (r->cr, &r->theme->background);
  cairo_fill_preserve (r->cr);
  cairo_set_line_width (r->cr, 0.8);
  set_color (r->cr, &r->theme->grid);
  cairo_stroke (r->cr);
  rounded_rect (r->cr, x, y, w, h, 6);
  cairo_clip (r->cr);
  set_color (r->cr, &r->theme->palette[0]);
  cairo_rectangle (r->cr, x, y, 4, h);
  cairo_fill (r->cr);
  cairo_restore (r->cr);

  {
    double ty = y + pad, tx = x + pad + 4, value_top = 0, value_bottom = 0;
    const QsColor *colors[5] = { &r->theme->foreground, &r->theme->foreground, &r->theme->muted,
                                 card->change_color ? card->change_color : &r->theme->muted,
                                 card->target_color ? card->target_color : &r->theme->muted };

    for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
      {
        if (parts[i] == NULL)
          continue;
        ty += gaps[i] * scale;
        if (i == 1)
          value_top = ty;
        show (r, parts[i], tx, ty, colors[i]);
        ty += heights[i];
        if (i == 2)
          value_bottom = ty;
      }

    /* The sparkline: at the right of value and period, or below the text
     * when there is room. */
    if (card->series)
      {
        double sx, sy, sw, sh;
        g_autoptr(QsChart) spark = qs_chart_new (QS_CHART_SPARKLINE);

        if (spark_right)
          {
            sx = x + pad + 4 + text_w + pad;
            sw = x + w - pad - sx;
            sy = value_top;
            sh = MAX (value_bottom - value_top, 24);
          }
        else
          {
            sx = tx;
            sw = inner_w;
            sy = ty + 6;
            sh = MIN (y + h - pad - sy, 60);
          }
        if (sw >= 40 && sh >= 18)
          {
            qs_chart_set_locale (spark, r->locale);
            qs_chart_set_theme (spark, r->theme);
            qs_chart_add_series (spark, card->series, 0, "", NULL);
            cairo_save (r->cr);
            cairo_translate (r->cr, sx, sy);
            qs_chart_draw (spark, r->cr, sw, sh);
            cairo_restore (r->cr);
          }
      }
  }

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    g_clear_object (&parts[i]);
}

static void
kpi_slide (Report  *r,
           QsSlide *slide)
{
  QsText *title = qs_slide_get_title (slide);
  const char *page_title = title ? qs_text_get (title, r->locale) : tr (r, "主要指标", "主要指標", "Key indicators");
  g_auto(GStrv) headlines = NULL;
  const char *const *ids = qs_slide_get_indicators (slide);
  g_autoptr(GArray) cards = g_array_new (FALSE, TRUE, sizeof (Card));
  g_autofree char *footnote = NULL;
  double top, bottom, gap = 14;
  guint cols, rows;

  g_array_set_clear_func (cards, (GDestroyNotify) card_clear);
  if (ids == NULL)
    ids = (const char *const *) (headlines = qs_deck_headline_indicators ((const char *const *) r->chart_ids));
  for (guint i = 0; ids[i] && cards->len < QS_SLIDE_MAX_KPIS; i++)
    {
      QsIndicator *indicator = qs_dataset_lookup_indicator (r->dataset, ids[i]);
      Card card = { 0 };

      if (indicator == NULL || qs_indicator_get_kind (indicator) == QS_KIND_COMPOSITION ||
          main_series (r->dataset, indicator) == NULL)
        continue;
      card_fill (r, &card, indicator);
      g_array_append_val (cards, card);
    }

  footnote = g_strdup_printf ("%s%s", tr (r, "来源：见末页“数据来源”。", "來源：見末頁「資料來源」。",
                                          "Sources: see the last page."),
                              qs_dataset_is_demo (r->dataset)
                              ? tr (r, "演示数据：未注明出处的数值为示意。", "示範資料：未註明出處的數值為示意。",
                                    " Demo data: figures without a cited source are illustrative.")
                              : "");
  top = slide_header (r, page_title, qs_slide_get_takeaway (slide));
  bottom = slide_footer (r, footnote);
  add_outline (r, page_title);

  if (cards->len == 0)
    {
      g_autoptr(PangoLayout) layout =
        text_layout (r, tr (r, "此数据集中没有可显示的指标。", "此資料集中沒有可顯示的指標。",
                            "This dataset has none of these indicators."), 14, FALSE, CONTENT_W, 2);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      show (r, layout, MARGIN_X, (top + bottom) / 2 - layout_height (layout) / 2, &r->theme->muted);
      return;
    }

  if (cards->len <= 3)
    cols = cards->len;
  else if (cards->len == 4)
    cols = 2;
  else if (cards->len <= 6)
    cols = 3;
  else
    cols = 4;
  rows = (cards->len + cols - 1) / cols;
  {
    double card_w = (CONTENT_W - gap * (cols - 1)) / cols;
    double card_h = MIN ((bottom - top - gap * (rows - 1)) / rows, 260);
    /* Few cards sit in the middle of the page rather than at its top. */
    double y0 = top + MAX (0, (bottom - top - rows * card_h - gap * (rows - 1)) / 2);

    for (guint i = 0; i < cards->len; i++)
      {
        guint row = i / cols, col = i % cols;
        /* A last row that is not full is centred. */
        guint in_row = MIN (cols, cards->len - row * cols);
        double x0 = MARGIN_X + (CONTENT_W - in_row * card_w - (in_row - 1) * gap) / 2;

        draw_card (r, &g_array_index (cards, Card, i), x0 + col * (card_w + gap), y0 + row * (card_h + gap),
                   card_w, card_h);
      }
  }
}

/* ---- the closing page ---------------------------------------------------------- */

/* Cairo tag attributes quote strings with '…'. */
static char *
link_attributes (const char *url)
{
  GString *s = g_string_new ("uri='");

  for (const char *p = url; *p; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (s, '\\');
      g_string_append_c (s, *p);
    }
  g_string_append_c (s, '\'');
  return g_string_free (s, FALSE);
}

typedef struct
{
  PangoLayout *title;
  PangoLayout *details;
  PangoLayout *url;
  const char  *url_text;
  double       size;
  double       height;
} SourceBlock;

static void
source_block_clear (SourceBlock *b)
{
  g_clear_object (&b->title);
  g_clear_object (&b->details);
  g_clear_object (&b->url);
}

/* Every source at one type size and column width. */
static void
layout_sources (Report *r,
                GArray *blocks,
                double  size,
                double  col_w)
{
  GPtrArray *sources = qs_dataset_get_sources (r->dataset);

  g_array_set_size (blocks, 0);
  for (guint i = 0; i < sources->len; i++)
    {
      QsSource *source = sources->pdata[i];
      SourceBlock b = { 0 };
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, qs_text_get (source->title, r->locale));
      g_autoptr(GString) details = g_string_new (NULL);

      if (source->publisher)
        g_string_append (details, qs_text_get (source->publisher, r->locale));
      if (source->date)
        {
          g_autofree char *date = format_date (r, source->date);
          if (details->len)
            g_string_append (details, " · ");
          g_string_append (details, date);
        }
      b.size = size;
      b.title = text_layout (r, title, size, TRUE, col_w, 3);
      b.height = layout_height (b.title);
      if (details->len)
        {
          b.details = text_layout (r, details->str, size * 0.85, FALSE, col_w - size * 1.2, 2);
          b.height += 2 + layout_height (b.details);
        }
      if (source->url)
        {
          b.url = text_layout (r, source->url, size * 0.85, FALSE, col_w - size * 1.2, 2);
          b.url_text = source->url;
          b.height += 1 + layout_height (b.url);
        }
      g_array_append_val (blocks, b);
    }
}

/* How many blocks from @first fit in @cols columns between @top and @bottom. */
static guint
sources_fitting (GArray *blocks,
                 guint   first,
                 guint   cols,
                 double  top,
                 double  bottom)
{
  double y = top;
  guint col = 0, i;

  for (i = first; i < blocks->len; i++)
    {
      SourceBlock *b = &g_array_index (blocks, SourceBlock, i);

      if (y + b->height > bottom && y > top)
        {
          if (++col >= cols)
            break;
          y = top;
        }
      y += b->height + b->size * 0.9;
    }
  /* A block taller than a whole column still goes on a page of its own. */
  return MAX (i - first, first < blocks->len ? 1u : 0u);
}

static void
draw_source (Report      *r,
             SourceBlock *b,
             double       x,
             double       y)
{
  double indent = b->size * 1.2;

  show (r, b->title, x, y, &r->theme->foreground);
  y += layout_height (b->title);
  if (b->details)
    {
      show (r, b->details, x + indent, y + 2, &r->theme->muted);
      y += 2 + layout_height (b->details);
    }
  if (b->url)
    {
      /* Web addresses are links; anything else is only text. */
      gboolean web = g_str_has_prefix (b->url_text, "https://") || g_str_has_prefix (b->url_text, "http://");
      g_autofree char *attributes = web ? link_attributes (b->url_text) : NULL;

      if (web)
        cairo_tag_begin (r->cr, CAIRO_TAG_LINK, attributes);
      show (r, b->url, x + indent, y + 1, &r->theme->palette[0]);
      if (web)
        cairo_tag_end (r->cr, CAIRO_TAG_LINK);
    }
}

/* Heading, demo mark and footer of a sources page; returns the list's top
 * and sets its bottom. */
static double
sources_frame (Report   *r,
               gboolean  continued,
               double   *bottom)
{
  g_autofree char *prepared = g_date_time_format (r->now, "%Y-%m-%d");
  g_autofree char *when = format_date (r, prepared);
  g_autofree char *made = g_strdup_printf (PICK (r->locale, "由青山 %s 于%s编制", "由青山 %s 於%s編製",
                                                 "Prepared with Qingshan %s on %s"), PACKAGE_VERSION, when);
  g_autoptr(PangoLayout) layout = text_layout (r, made, 9, FALSE, CONTENT_W, 1);
  const char *title = continued ? tr (r, "数据来源（续）", "資料來源（續）", "Sources (continued)")
                                : tr (r, "数据来源", "資料來源", "Sources");
  double top, h = layout_height (layout);

  if (qs_dataset_is_demo (r->dataset))
    draw_demo_mark (r, PAGE_W - MARGIN_X, MARGIN_TOP + 4);
  top = MARGIN_TOP + draw_text (r, title, MARGIN_X, MARGIN_TOP, 24, TRUE, CONTENT_W - 120, 1,
                                &r->theme->foreground) + 10;
  rule (r, MARGIN_X, top, CONTENT_W);
  show (r, layout, MARGIN_X, PAGE_H - MARGIN_BOT - h, &r->theme->muted);
  *bottom = PAGE_H - MARGIN_BOT - h - 12;
  if (!continued)
    add_outline (r, title);
  return top + 14;
}

/* The closing page: every source of the dataset, in the largest type that
 * fits one page; a very long list goes on at 8 pt on further pages. */
static void
sources_pages (Report *r)
{
  GPtrArray *sources = qs_dataset_get_sources (r->dataset);
  g_autoptr(GArray) blocks = g_array_new (FALSE, TRUE, sizeof (SourceBlock));
  /* Type sizes and columns to try, largest first. */
  static const struct { double size; guint cols; } tries[] = {
    { 12, 1 }, { 11, 1 }, { 11, 2 }, { 10, 2 }, { 9, 2 }, { 8, 2 },
  };
  const double col_gap = 28;
  double top, bottom, col_w = CONTENT_W;
  guint cols = 1, first = 0;

  g_array_set_clear_func (blocks, (GDestroyNotify) source_block_clear);
  top = sources_frame (r, FALSE, &bottom);
  if (sources->len == 0)
    {
      draw_text (r, tr (r, "此数据集未列出来源。", "此資料集未列出來源。", "This dataset lists no sources."),
                 MARGIN_X, top, 12, FALSE, CONTENT_W, 1, &r->theme->muted);
      end_page (r);
      return;
    }

  for (guint t = 0; t < G_N_ELEMENTS (tries); t++)
    {
      cols = tries[t].cols;
      col_w = (CONTENT_W - col_gap * (cols - 1)) / cols;
      layout_sources (r, blocks, tries[t].size, col_w);
      if (sources_fitting (blocks, 0, cols, top, bottom) == blocks->len)
        break;
    }

  for (;;)
    {
      guint n = sources_fitting (blocks, first, cols, top, bottom);
      double x = MARGIN_X, y = top;

      for (guint i = first; i < first + n; i++)
        {
          SourceBlock *b = &g_array_index (blocks, SourceBlock, i);

          if (y + b->height > bottom && y > top)
            {
              x += col_w + col_gap;
              y = top;
            }
          draw_source (r, b, x, y);
          y += b->height + b->size * 0.9;
        }
      first += n;
      end_page (r);
      if (first >= blocks->len)
        break;
      top = sources_frame (r, TRUE, &bottom);
    }
}

/* ---- writing ------------------------------------------------------------------- */

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

static GDateTime *
report_time (void)
{
  /* Reproducible builds of a report: https://reproducible-builds.org/specs/source-date-epoch/ */
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  gint64 seconds;

  if (epoch && g_ascii_string_to_signed (epoch, 10, 0, G_MAXINT64 / 2, &seconds, NULL))
    return g_date_time_new_from_unix_utc (seconds);
  return g_date_time_new_now_local ();
}

static gboolean
write_report (GOutputStream  *out,
              gpointer        user_data,
              GError        **error)
{
  Report *r = user_data;
  StreamClosure closure = { out, NULL };
  g_autofree char *created = g_date_time_format (r->now, "%Y-%m-%dT%H:%M:%S%:z");
  g_autofree char *creator = g_strdup_printf ("Qingshan %s", PACKAGE_VERSION);
  cairo_status_t status;
  gboolean ok = TRUE;

  r->surface = cairo_pdf_surface_create_for_stream (write_to_stream, &closure, PAGE_W, PAGE_H);
  cairo_pdf_surface_set_metadata (r->surface, CAIRO_PDF_METADATA_TITLE,
                                  qs_text_get (qs_dataset_get_title (r->dataset), r->locale));
  if (qs_dataset_get_publisher (r->dataset))
    cairo_pdf_surface_set_metadata (r->surface, CAIRO_PDF_METADATA_AUTHOR,
                                    qs_text_get (qs_dataset_get_publisher (r->dataset), r->locale));
  cairo_pdf_surface_set_metadata (r->surface, CAIRO_PDF_METADATA_SUBJECT,
                                  tr (r, "新闻发布会材料", "新聞發布會資料", "Press briefing"));
  cairo_pdf_surface_set_metadata (r->surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (r->surface, CAIRO_PDF_METADATA_CREATE_DATE, created);

  r->cr = cairo_create (r->surface);
  r->pango = pango_cairo_create_context (r->cr);
  pango_context_set_language (r->pango, pango_language_from_string (_qs_pango_language_for (r->locale)));
  {
    /* Metrics independent of hinting, as the chart engine's. */
    cairo_font_options_t *options = cairo_font_options_create ();
    cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options (r->pango, options);
    cairo_font_options_destroy (options);
  }
  r->page = 1;
  r->slide_no = 0;

  title_page (r);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (r->deck)); i++)
    {
      QsSlide *slide = qs_deck_get_slide (r->deck, i);

      if (qs_slide_get_hidden (slide))
        continue;
      r->slide_no++;
      if (qs_slide_get_kind (slide) == QS_SLIDE_KPIS)
        kpi_slide (r, slide);
      else
        chart_slide (r, slide);
      end_page (r);
    }
  sources_pages (r);

  g_clear_object (&r->pango);
  g_clear_pointer (&r->cr, cairo_destroy);
  cairo_surface_finish (r->surface);
  status = cairo_surface_status (r->surface);
  g_clear_pointer (&r->surface, cairo_surface_destroy);

  if (closure.error)
    {
      g_propagate_error (error, closure.error);
      ok = FALSE;
    }
  else if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, cairo_status_to_string (status));
      ok = FALSE;
    }
  return ok;
}

/* Sets up what drawing pages needs: the catalog's charts and their own
 * titles and footnotes, by id. */
static void
report_init (Report       *r,
             QsDataset    *dataset,
             QsDeck       *deck,
             const char   *locale,
             QsChartTheme *theme,
             GPtrArray    *ids)
{
  r->dataset = dataset;
  r->deck = deck;
  r->locale = qs_locale_normalize (locale ? locale : qs_locale_default ());
  r->family = _qs_font_family_for (r->locale);
  r->theme = theme;
  r->now = report_time ();
  r->n_visible = qs_deck_get_n_visible (deck);
  r->entries = qs_chart_catalog_list (dataset, r->locale);
  r->charts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) chart_info_free);
  for (guint i = 0; i < r->entries->len; i++)
    {
      QsChartEntry *entry = r->entries->pdata[i];
      ChartInfo *info = g_new0 (ChartInfo, 1);

      info->chart = entry->chart;
      info->title = g_strdup (qs_chart_get_title (entry->chart));
      info->footnote = g_strdup (qs_chart_get_footnote (entry->chart));
      g_hash_table_replace (r->charts, entry->id, info);
      g_ptr_array_add (ids, entry->id);
    }
  g_ptr_array_add (ids, NULL);
  r->chart_ids = (GStrv) ids->pdata;
  r->chart_width = CHART_LOGICAL_WIDTH;
}

static void
report_clear (Report *r)
{
  g_clear_pointer (&r->charts, g_hash_table_unref);
  g_clear_pointer (&r->entries, g_ptr_array_unref);
  g_clear_pointer (&r->now, g_date_time_unref);
  g_clear_pointer (&r->locale, g_free);
}

/**
 * qs_report_write_pdf:
 * @dataset: a dataset
 * @deck: its briefing deck
 * @locale: (nullable): the report's language (zh_CN, zh_TW, en); %NULL for
 *   the default
 * @path: the PDF file to write
 * @error: return location for an error
 *
 * Writes the briefing report: a title page (dataset title, publisher, the
 * dates of the dataset and of the report, the demo-data notice for a demo
 * dataset), one 16:9 page per visible slide with its title, takeaway, chart
 * or KPI cards, source, demo mark and number, and a closing page with every
 * source of the dataset. So the file has two pages more than the deck has
 * visible slides (or more when a very long list of sources, several dozen,
 * goes on over further pages). A chart the dataset does not offer leaves its page with a
 * notice. The date of the report is now, or `SOURCE_DATE_EPOCH` when set.
 *
 * The file is written through a temporary file and renamed: a failed write
 * leaves no file, and an earlier file as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
qs_report_write_pdf (QsDataset   *dataset,
                     QsDeck      *deck,
                     const char  *locale,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(QsChartTheme) theme = qs_chart_theme_new_named ("light");
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  Report r = { 0 };
  gboolean ok;

  g_return_val_if_fail (QS_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (QS_IS_DECK (deck), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  report_init (&r, dataset, deck, locale, theme, ids);
  ok = qs_file_write_atomic (path, FALSE, write_report, &r, error);
  report_clear (&r);
  return ok;
}

/* ---- slides on screen ------------------------------------------------------- */

struct _QsReportSlides
{
  Report        r;
  QsChartTheme *theme;
  GPtrArray    *ids;
  GPtrArray    *visible;   /* the deck's visible slides, in order */
};

/**
 * qs_report_slides_new:
 * @dataset: a dataset
 * @deck: its briefing deck
 * @locale: (nullable): the slides' language; %NULL for the default
 * @theme: the theme to draw in, e.g. the briefing theme
 *
 * Prepares the deck's visible slides to be drawn on any `cairo_t`, as the
 * report's pages but in @theme: briefing mode draws these full screen.
 * @dataset and @deck must outlive the result and not change.
 *
 * Returns: (transfer full): the slides; free with qs_report_slides_free()
 */
QsReportSlides *
qs_report_slides_new (QsDataset    *dataset,
                      QsDeck       *deck,
                      const char   *locale,
                      QsChartTheme *theme)
{
  QsReportSlides *self = g_new0 (QsReportSlides, 1);

  g_return_val_if_fail (QS_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (QS_IS_DECK (deck), NULL);

  self->theme = qs_chart_theme_ref (theme);
  self->ids = g_ptr_array_new ();
  self->visible = g_ptr_array_new ();
  report_init (&self->r, dataset, deck, locale, self->theme, self->ids);
  /* The briefing theme's type is sized for a chart that fills a 1280 px
   * wide screen, which a slide's chart nearly does. */
  if (g_strcmp0 (theme->name, "briefing") == 0)
    self->r.chart_width = 1280;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (deck)); i++)
    if (!qs_slide_get_hidden (qs_deck_get_slide (deck, i)))
      g_ptr_array_add (self->visible, qs_deck_get_slide (deck, i));
  return self;
}

/**
 * qs_report_slides_free:
 * @self: (transfer full) (nullable): slides
 */
void
qs_report_slides_free (QsReportSlides *self)
{
  if (self == NULL)
    return;
  report_clear (&self->r);
  g_ptr_array_unref (self->ids);
  g_ptr_array_unref (self->visible);
  qs_chart_theme_unref (self->theme);
  g_free (self);
}

/**
 * qs_report_slides_get_n:
 * @self: slides
 *
 * Returns: how many slides there are (the deck's visible ones)
 */
guint
qs_report_slides_get_n (QsReportSlides *self)
{
  return self->visible->len;
}

/**
 * qs_report_slides_get_slide:
 * @self: slides
 * @index: from 0
 *
 * Returns: (transfer none): the deck's slide shown at @index
 */
QsSlide *
qs_report_slides_get_slide (QsReportSlides *self,
                            guint           index)
{
  g_return_val_if_fail (index < self->visible->len, NULL);
  return self->visible->pdata[index];
}

/**
 * qs_report_slides_get_title:
 * @self: slides
 * @index: from 0
 *
 * Returns: (transfer full): the title slide @index shows: its own, else
 *   its chart's, for screen readers and window titles
 */
char *
qs_report_slides_get_title (QsReportSlides *self,
                            guint           index)
{
  QsSlide *slide = qs_report_slides_get_slide (self, index);
  QsText *title = slide ? qs_slide_get_title (slide) : NULL;
  const char *id = slide ? qs_slide_get_chart_id (slide) : NULL;
  ChartInfo *info = id ? g_hash_table_lookup (self->r.charts, id) : NULL;

  if (title)
    return qs_text_for_display (qs_text_get (title, self->r.locale));
  if (slide && qs_slide_get_kind (slide) == QS_SLIDE_KPIS)
    return g_strdup (tr (&self->r, "主要指标", "主要指標", "Headline indicators"));
  return qs_text_for_display (info && info->title ? info->title : id);
}

/**
 * qs_report_slides_get_takeaway:
 * @self: slides
 * @index: the slide, from 0
 *
 * Returns: (transfer full) (nullable): the slide's one-line takeaway in the
 *   slides' language, ready to show as plain text, or %NULL
 */
char *
qs_report_slides_get_takeaway (QsReportSlides *self,
                               guint           index)
{
  QsSlide *slide = qs_report_slides_get_slide (self, index);
  QsText *takeaway = slide ? qs_slide_get_takeaway (slide) : NULL;

  return takeaway ? qs_text_for_display (qs_text_get (takeaway, self->r.locale)) : NULL;
}

/**
 * qs_report_slides_draw:
 * @self: slides
 * @index: the slide, from 0
 * @cr: where to draw
 * @width: the area's width
 * @height: the area's height
 *
 * Fills the area with the theme's background and draws slide @index in
 * it, 16:9, as large as fits and centred.
 */
void
qs_report_slides_draw (QsReportSlides *self,
                       guint           index,
                       cairo_t        *cr,
                       double          width,
                       double          height)
{
  Report *r = &self->r;
  QsSlide *slide;
  double scale;

  g_return_if_fail (index < self->visible->len);
  slide = self->visible->pdata[index];

  cairo_save (cr);
  set_color (cr, &r->theme->background);
  cairo_paint (cr);
  scale = MIN (width / PAGE_W, height / PAGE_H);
  if (scale <= 0)
    {
      cairo_restore (cr);
      return;
    }
  cairo_translate (cr, (width - PAGE_W * scale) / 2, (height - PAGE_H * scale) / 2);
  cairo_scale (cr, scale, scale);

  r->cr = cr;
  r->pango = pango_cairo_create_context (cr);
  pango_context_set_language (r->pango, pango_language_from_string (_qs_pango_language_for (r->locale)));
  {
    cairo_font_options_t *options = cairo_font_options_create ();
    cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options (r->pango, options);
    cairo_font_options_destroy (options);
  }
  r->slide_no = index + 1;
  r->n_visible = self->visible->len;
  if (qs_slide_get_kind (slide) == QS_SLIDE_KPIS)
    kpi_slide (r, slide);
  else
    chart_slide (r, slide);
  g_clear_object (&r->pango);
  r->cr = NULL;
  cairo_restore (cr);
}

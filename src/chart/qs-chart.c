/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>

#include "qs-chart-private.h"
#include "qs-format.h"
#include "qs-period.h"
#include "qs-text.h"

G_DEFINE_FINAL_TYPE (QsChart, qs_chart, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
series_entry_free (QsChartSeriesEntry *entry)
{
  g_object_unref (entry->series);
  g_free (entry->name);
  qs_m4_cache_clear (&entry->m4);
  g_free (entry);
}

static void
reference_clear (QsChartReference *reference)
{
  g_free (reference->label);
}

static void
item_clear (QsChartItem *item)
{
  g_free (item->label);
}

static void
band_clear (QsChartBand *band)
{
  g_free (band->label);
}

static void
marker_clear (QsChartMarker *marker)
{
  g_free (marker->label);
}

static void
legend_entry_clear (QsLegendEntry *entry)
{
  g_free (entry->text);
}

static void
text_box_clear (QsChartTextBox *box)
{
  g_free (box->text);
}

static void
qs_chart_finalize (GObject *object)
{
  QsChart *self = (QsChart *) object;

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->footnote);
  g_free (self->locale);
  g_free (self->unit_label);
  g_free (self->unit_text);
  g_clear_pointer (&self->theme, qs_chart_theme_unref);
  g_ptr_array_unref (self->series);
  g_array_unref (self->references);
  g_array_unref (self->items);
  g_array_unref (self->bands);
  g_array_unref (self->markers);
  g_clear_pointer (&self->table, g_ptr_array_unref);
  g_array_unref (self->layout.legend);
  g_array_unref (self->text_boxes);

  G_OBJECT_CLASS (qs_chart_parent_class)->finalize (object);
}

static void
qs_chart_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  QsChart *self = QS_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_chart_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  QsChart *self = QS_CHART (object);

  switch (prop_id)
    {
    case PROP_KIND:
      self->kind = g_value_get_int (value);
      break;
    case PROP_TITLE:
      qs_chart_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_chart_class_init (QsChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = qs_chart_finalize;
  object_class->get_property = qs_chart_get_property;
  object_class->set_property = qs_chart_set_property;

  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, QS_CHART_LINE, QS_CHART_SPARKLINE, QS_CHART_LINE,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qs_chart_init (QsChart *self)
{
  self->series = g_ptr_array_new_with_free_func ((GDestroyNotify) series_entry_free);
  self->references = g_array_new (FALSE, TRUE, sizeof (QsChartReference));
  g_array_set_clear_func (self->references, (GDestroyNotify) reference_clear);
  self->items = g_array_new (FALSE, TRUE, sizeof (QsChartItem));
  g_array_set_clear_func (self->items, (GDestroyNotify) item_clear);
  self->bands = g_array_new (FALSE, TRUE, sizeof (QsChartBand));
  g_array_set_clear_func (self->bands, (GDestroyNotify) band_clear);
  self->markers = g_array_new (FALSE, TRUE, sizeof (QsChartMarker));
  g_array_set_clear_func (self->markers, (GDestroyNotify) marker_clear);
  self->layout.legend = g_array_new (FALSE, TRUE, sizeof (QsLegendEntry));
  g_array_set_clear_func (self->layout.legend, (GDestroyNotify) legend_entry_clear);
  self->text_boxes = g_array_new (FALSE, TRUE, sizeof (QsChartTextBox));
  g_array_set_clear_func (self->text_boxes, (GDestroyNotify) text_box_clear);
  self->theme = qs_chart_theme_new_named ("light");
  self->locale = g_strdup ("zh_CN");
  self->unit = QS_UNIT_DIMENSIONLESS;
  self->unit_text = g_strdup ("");
  self->decimals = 1;
  self->direction = QS_DIRECTION_NEUTRAL;
  self->gauge_value = self->gauge_target = self->gauge_elapsed = NAN;
}

/**
 * qs_chart_new:
 * @kind: what kind of chart
 *
 * Returns: (transfer full): an empty chart in the light theme
 */
QsChart *
qs_chart_new (QsChartKind kind)
{
  return g_object_new (QS_TYPE_CHART, "kind", kind, NULL);
}

/** qs_chart_get_kind: @self: a chart. Returns: its kind */
QsChartKind
qs_chart_get_kind (QsChart *self)
{
  g_return_val_if_fail (QS_IS_CHART (self), QS_CHART_LINE);
  return self->kind;
}

static gboolean
replace_str (char       **field,
             const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/** qs_chart_get_title: @self: a chart. Returns: (nullable): its title */
const char *
qs_chart_get_title (QsChart *self)
{
  g_return_val_if_fail (QS_IS_CHART (self), NULL);
  return self->title;
}

/** qs_chart_set_title: @self: a chart. @title: (nullable): its title, plain text */
void
qs_chart_set_title (QsChart    *self,
                    const char *title)
{
  g_return_if_fail (QS_IS_CHART (self));
  if (replace_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/** qs_chart_get_subtitle: @self: a chart. Returns: (nullable): its subtitle */
const char *
qs_chart_get_subtitle (QsChart *self)
{
  g_return_val_if_fail (QS_IS_CHART (self), NULL);
  return self->subtitle;
}

/** qs_chart_set_subtitle: @self: a chart. @subtitle: (nullable): unit, period and region */
void
qs_chart_set_subtitle (QsChart    *self,
                       const char *subtitle)
{
  g_return_if_fail (QS_IS_CHART (self));
  replace_str (&self->subtitle, subtitle);
}

/** qs_chart_get_footnote: @self: a chart. Returns: (nullable): its source footnote */
const char *
qs_chart_get_footnote (QsChart *self)
{
  g_return_val_if_fail (QS_IS_CHART (self), NULL);
  return self->footnote;
}

/** qs_chart_set_footnote: @self: a chart. @footnote: (nullable): the source footnote */
void
qs_chart_set_footnote (QsChart    *self,
                       const char *footnote)
{
  g_return_if_fail (QS_IS_CHART (self));
  replace_str (&self->footnote, footnote);
}

/** qs_chart_get_demo: @self: a chart. Returns: whether it shows demonstration data */
gboolean
qs_chart_get_demo (QsChart *self)
{
  g_return_val_if_fail (QS_IS_CHART (self), FALSE);
  return self->demo;
}

/** qs_chart_set_demo: @self: a chart. @demo: whether to mark it as demonstration data */
void
qs_chart_set_demo (QsChart  *self,
                   gboolean  demo)
{
  g_return_if_fail (QS_IS_CHART (self));
  self->demo = !!demo;
}

/** qs_chart_get_locale: @self: a chart. Returns: the chart's language */
const char *
qs_chart_get_locale (QsChart *self)
{
  g_return_val_if_fail (QS_IS_CHART (self), NULL);
  return self->locale;
}

/**
 * qs_chart_set_locale:
 * @self: a chart
 * @locale: (nullable): the chart's language; %NULL for the user's
 *
 * Sets the language of numbers, dates and glyph shapes (Simplified or
 * Traditional Chinese), which may differ from the user interface's.
 */
void
qs_chart_set_locale (QsChart    *self,
                     const char *locale)
{
  g_autofree char *norm = qs_locale_normalize (locale ? locale : qs_locale_default ());

  g_return_if_fail (QS_IS_CHART (self));
  replace_str (&self->locale, norm);
  g_free (self->unit_text);
  self->unit_text = g_strdup (self->unit_label ? self->unit_label : qs_format_unit_symbol (self->unit, self->locale));
}

/** qs_chart_get_theme: @self: a chart. Returns: (transfer none): its theme */
QsChartTheme *
qs_chart_get_theme (QsChart *self)
{
  g_return_val_if_fail (QS_IS_CHART (self), NULL);
  return self->theme;
}

/** qs_chart_set_theme: @self: a chart. @theme: (transfer none): its theme */
void
qs_chart_set_theme (QsChart      *self,
                    QsChartTheme *theme)
{
  g_return_if_fail (QS_IS_CHART (self));
  g_return_if_fail (theme != NULL);
  qs_chart_theme_ref (theme);
  g_clear_pointer (&self->theme, qs_chart_theme_unref);
  self->theme = theme;
}

/**
 * qs_chart_set_unit:
 * @self: a chart
 * @unit: the values' unit
 * @unit_label: (nullable): a localized unit word to show instead (件, cases)
 */
void
qs_chart_set_unit (QsChart    *self,
                   QsUnit      unit,
                   const char *unit_label)
{
  g_return_if_fail (QS_IS_CHART (self));
  self->unit = unit;
  replace_str (&self->unit_label, unit_label);
  g_free (self->unit_text);
  self->unit_text = g_strdup (unit_label ? unit_label : qs_format_unit_symbol (unit, self->locale));
}

/** qs_chart_get_unit_text: @self: a chart. Returns: the unit as shown */
const char *
qs_chart_get_unit_text (QsChart *self)
{
  g_return_val_if_fail (QS_IS_CHART (self), "");
  return self->unit_text;
}

/** qs_chart_set_decimals: @self: a chart. @decimals: decimals of values */
void
qs_chart_set_decimals (QsChart *self,
                       int      decimals)
{
  g_return_if_fail (QS_IS_CHART (self));
  self->decimals = CLAMP (decimals, 0, 6);
}

/** qs_chart_get_decimals: @self: a chart. Returns: decimals of values */
int
qs_chart_get_decimals (QsChart *self)
{
  g_return_val_if_fail (QS_IS_CHART (self), 1);
  return self->decimals;
}

/** qs_chart_set_direction: @self: a chart. @direction: whether higher or lower values are better */
void
qs_chart_set_direction (QsChart     *self,
                        QsDirection  direction)
{
  g_return_if_fail (QS_IS_CHART (self));
  self->direction = direction;
}

/**
 * qs_chart_add_series:
 * @self: a chart
 * @series: (transfer none): the values
 * @category: which category of @series (0 for a plain series)
 * @name: the name in the legend and tooltips
 * @color: (nullable): its colour; %NULL for the next one of the theme's palette
 *
 * Returns: the series' index
 */
guint
qs_chart_add_series (QsChart       *self,
                     QsSeries      *series,
                     guint          category,
                     const char    *name,
                     const QsColor *color)
{
  QsChartSeriesEntry *entry;

  g_return_val_if_fail (QS_IS_CHART (self), 0);
  g_return_val_if_fail (QS_IS_SERIES (series), 0);
  g_return_val_if_fail (category < qs_series_get_n_categories (series), 0);

  entry = g_new0 (QsChartSeriesEntry, 1);
  entry->series = g_object_ref (series);
  entry->category = category;
  entry->name = g_strdup (name ? name : "");
  entry->visible = TRUE;
  if (color)
    entry->color = *color;
  else
    entry->color = (QsColor) { NAN, NAN, NAN, NAN };
  g_ptr_array_add (self->series, entry);
  return self->series->len - 1;
}

/** qs_chart_get_n_series: @self: a chart. Returns: how many series it has */
guint
qs_chart_get_n_series (QsChart *self)
{
  g_return_val_if_fail (QS_IS_CHART (self), 0);
  return self->series->len;
}

/**
 * qs_chart_get_series:
 * @self: a chart
 * @index: a series index
 * @category: (out) (optional): the category drawn
 *
 * Returns: (transfer none): the series
 */
QsSeries *
qs_chart_get_series (QsChart *self,
                     guint    index,
                     guint   *category)
{
  QsChartSeriesEntry *entry;

  g_return_val_if_fail (QS_IS_CHART (self), NULL);
  g_return_val_if_fail (index < self->series->len, NULL);
  entry = self->series->pdata[index];
  if (category)
    *category = entry->category;
  return entry->series;
}

/** qs_chart_get_series_name: @self: a chart. @index: a series. Returns: its name */
const char *
qs_chart_get_series_name (QsChart *self,
                          guint    index)
{
  g_return_val_if_fail (QS_IS_CHART (self), NULL);
  g_return_val_if_fail (index < self->series->len, NULL);
  return ((QsChartSeriesEntry *) self->series->pdata[index])->name;
}

/** qs_chart_get_series_visible: @self: a chart. @index: a series. Returns: whether it is drawn */
gboolean
qs_chart_get_series_visible (QsChart *self,
                             guint    index)
{
  g_return_val_if_fail (QS_IS_CHART (self), FALSE);
  g_return_val_if_fail (index < self->series->len, FALSE);
  return ((QsChartSeriesEntry *) self->series->pdata[index])->visible;
}

/** qs_chart_set_series_visible: @self: a chart. @index: a series. @visible: whether to draw it */
void
qs_chart_set_series_visible (QsChart  *self,
                             guint     index,
                             gboolean  visible)
{
  g_return_if_fail (QS_IS_CHART (self));
  g_return_if_fail (index < self->series->len);
  ((QsChartSeriesEntry *) self->series->pdata[index])->visible = !!visible;
}

/**
 * qs_chart_add_reference:
 * @self: a chart
 * @value: the value of the line
 * @label: its label (e.g. "二级标准 35")
 * @kind: a target, a legal limit or another reference
 * @first_period: the first period it applies to, or G_MININT32
 * @last_period: the last period it applies to, or G_MAXINT32
 *
 * Adds a labelled horizontal line over the periods where it applies.
 */
void
qs_chart_add_reference (QsChart              *self,
                        double                value,
                        const char           *label,
                        QsChartReferenceKind  kind,
                        gint32                first_period,
                        gint32                last_period)
{
  QsChartReference reference = { value, g_strdup (label ? label : ""), kind, first_period, last_period };

  g_return_if_fail (QS_IS_CHART (self));
  g_array_append_val (self->references, reference);
}

/** qs_chart_get_n_references: @self: a chart. Returns: how many reference lines it has */
guint
qs_chart_get_n_references (QsChart *self)
{
  g_return_val_if_fail (QS_IS_CHART (self), 0);
  return self->references->len;
}

/**
 * qs_chart_add_marker:
 * @self: a chart
 * @period: from this period on…
 * @label: …values follow what this names (e.g. "HJ 633-2026")
 *
 * Marks a change of rules: a labelled vertical line where it falls within
 * the chart, and the label in the tooltip of every value from then on.
 * Markers are added in period order.
 */
void
qs_chart_add_marker (QsChart    *self,
                     gint32      period,
                     const char *label)
{
  QsChartMarker marker = { period, g_strdup (label ? label : "") };

  g_return_if_fail (QS_IS_CHART (self));
  g_array_append_val (self->markers, marker);
}

/**
 * qs_chart_set_table:
 * @self: a chart
 * @headers: (array zero-terminated=1): the column headers
 *
 * Gives the chart a table of its own for CSV export, for charts whose data
 * are more than the values drawn (a daily AQI with its sub-indices).
 */
void
qs_chart_set_table (QsChart            *self,
                    const char *const  *headers)
{
  g_return_if_fail (QS_IS_CHART (self));
  g_clear_pointer (&self->table, g_ptr_array_unref);
  self->table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_ptr_array_add (self->table, g_strdupv ((char **) headers));
}

/**
 * qs_chart_add_table_row:
 * @self: a chart with a table
 * @cells: (array zero-terminated=1): one row, as many cells as headers
 */
void
qs_chart_add_table_row (QsChart            *self,
                        const char *const  *cells)
{
  g_return_if_fail (QS_IS_CHART (self));
  g_return_if_fail (self->table != NULL);
  g_ptr_array_add (self->table, g_strdupv ((char **) cells));
}

/**
 * qs_chart_add_item:
 * @self: a ranking or tile-map chart
 * @label: the item's name (a region)
 * @value: its value, NaN when missing
 * @status: its status
 *
 * Returns: the item's index
 */
guint
qs_chart_add_item (QsChart    *self,
                   const char *label,
                   double      value,
                   QsStatus    status)
{
  QsChartItem item = { g_strdup (label ? label : ""), value, status, FALSE, 0, 0, { 0, 0, 0, 0 } };

  g_return_val_if_fail (QS_IS_CHART (self), 0);
  g_array_append_val (self->items, item);
  return self->items->len - 1;
}

/** qs_chart_set_item_tile: @self: a chart. @item: an item. @column: its tile column. @row: its tile row */
void
qs_chart_set_item_tile (QsChart *self,
                        guint    item,
                        int      column,
                        int      row)
{
  QsChartItem *it;

  g_return_if_fail (QS_IS_CHART (self));
  g_return_if_fail (item < self->items->len);
  it = &g_array_index (self->items, QsChartItem, item);
  it->has_tile = TRUE;
  it->column = column;
  it->row = row;
}

/** qs_chart_get_n_items: @self: a chart. Returns: how many items it has */
guint
qs_chart_get_n_items (QsChart *self)
{
  g_return_val_if_fail (QS_IS_CHART (self), 0);
  return self->items->len;
}

/** qs_chart_get_item_label: @self: a chart. @item: an item. Returns: its label */
const char *
qs_chart_get_item_label (QsChart *self,
                         guint    item)
{
  g_return_val_if_fail (QS_IS_CHART (self), NULL);
  g_return_val_if_fail (item < self->items->len, NULL);
  return g_array_index (self->items, QsChartItem, item).label;
}

/** qs_chart_get_item_value: @self: a chart. @item: an item. Returns: its value */
double
qs_chart_get_item_value (QsChart *self,
                         guint    item)
{
  g_return_val_if_fail (QS_IS_CHART (self), NAN);
  g_return_val_if_fail (item < self->items->len, NAN);
  return g_array_index (self->items, QsChartItem, item).value;
}

/**
 * qs_chart_add_band:
 * @self: a chart
 * @upper: the largest value in the band (bands are added in increasing order)
 * @color: its colour
 * @label: its name in the legend (e.g. 优)
 *
 * Bands colour calendar cells and map tiles by category.
 */
void
qs_chart_add_band (QsChart       *self,
                   double         upper,
                   const QsColor *color,
                   const char    *label)
{
  QsChartBand band = { upper, *color, g_strdup (label ? label : "") };

  g_return_if_fail (QS_IS_CHART (self));
  g_array_append_val (self->bands, band);
}

/** qs_chart_set_calendar_year: @self: a calendar chart. @year: the year it shows */
void
qs_chart_set_calendar_year (QsChart *self,
                            int      year)
{
  g_return_if_fail (QS_IS_CHART (self));
  self->calendar_year = year;
}

/**
 * qs_chart_set_gauge:
 * @self: a gauge chart
 * @value: the latest value
 * @target: the target
 * @elapsed: the share of the plan period elapsed, 0 to 1
 */
void
qs_chart_set_gauge (QsChart *self,
                    double   value,
                    double   target,
                    double   elapsed)
{
  g_return_if_fail (QS_IS_CHART (self));
  self->gauge_value = value;
  self->gauge_target = target;
  self->gauge_elapsed = elapsed;
}

/* ---- drawing helpers ------------------------------------------------- */

void
_qs_set_color (cairo_t       *cr,
               const QsColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

/* Past the palette's eight colours, series differ by marker shape too:
 * circle, square, diamond, triangle. */
void
_qs_marker_path (cairo_t *cr,
                 guint    series,
                 double   x,
                 double   y,
                 double   r)
{
  cairo_new_path (cr);
  switch ((series / QS_CHART_THEME_N_PALETTE) % 4)
    {
    case 1:
      cairo_rectangle (cr, x - r * 0.9, y - r * 0.9, r * 1.8, r * 1.8);
      break;
    case 2:
      cairo_move_to (cr, x, y - r * 1.25);
      cairo_line_to (cr, x + r * 1.25, y);
      cairo_line_to (cr, x, y + r * 1.25);
      cairo_line_to (cr, x - r * 1.25, y);
      cairo_close_path (cr);
      break;
    case 3:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.1, y + r * 0.8);
      cairo_line_to (cr, x - r * 1.1, y + r * 0.8);
      cairo_close_path (cr);
      break;
    default:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
}

QsColor
_qs_text_color_on (QsDraw        *d,
                   const QsColor *background)
{
  static const QsColor black = { 0.1, 0.1, 0.1, 1 }, white = { 1, 1, 1, 1 };

  return qs_color_luminance (background) > 0.4 ? black : white;
}

const char *
_qs_font_family_for (const char *locale)
{
  /* CJK-capable families first, so that nothing falls back to boxes; the
   * Traditional one for zh_TW so glyph shapes follow the reader's script. */
  if (g_str_has_prefix (locale, "zh_TW"))
    return "Noto Sans CJK TC, Source Han Sans TC, Noto Sans CJK SC, Source Han Sans SC, sans-serif";
  return "Noto Sans CJK SC, Source Han Sans SC, Noto Sans CJK TC, WenQuanYi Micro Hei, sans-serif";
}

const char *
_qs_pango_language_for (const char *locale)
{
  if (g_str_has_prefix (locale, "zh_TW"))
    return "zh-tw";
  if (g_str_has_prefix (locale, "zh"))
    return "zh-cn";
  return "en";
}

PangoLayout *
_qs_draw_layout (QsDraw     *d,
                 const char *text,
                 double      size,
                 gboolean    bold,
                 double      max_width,
                 int         max_lines)
{
  PangoLayout *layout = pango_layout_new (d->pango);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (d->font_family);
  /* Names come from files: no control characters or open bidi overrides on
   * screen, and a 10 000-character name is not laid out whole. */
  g_autofree char *shown = qs_text_for_display (text);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  /* Plain text, never markup: dataset strings may contain "<" and "&". */
  pango_layout_set_text (layout, shown, -1);
  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (MAX (1, max_width) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, max_lines > 0 ? -max_lines : -1);
    }
  return layout;
}

void
_qs_layout_size (PangoLayout *layout,
                 double      *width,
                 double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width)
    *width = (double) (logical.x + logical.width) / PANGO_SCALE;
  if (height)
    *height = (double) logical.height / PANGO_SCALE;
}

void
_qs_draw_text (QsDraw        *d,
               PangoLayout   *layout,
               double         x,
               double         y,
               const QsColor *color)
{
  QsChartTextBox box;
  PangoRectangle ink, logical;

  pango_layout_get_extents (layout, &ink, &logical);
  _qs_set_color (d->cr, color);
  cairo_move_to (d->cr, x, y);
  pango_cairo_show_layout (d->cr, layout);

  /* Record the logical box for layout checks. */
  box.x = x + (double) logical.x / PANGO_SCALE;
  box.y = y + (double) logical.y / PANGO_SCALE;
  box.width = (double) logical.width / PANGO_SCALE;
  box.height = (double) logical.height / PANGO_SCALE;
  box.text = g_strdup (pango_layout_get_text (layout));
  g_array_append_val (d->chart->text_boxes, box);
}

/* Whether a box of this size at (x, y) would overlap text already drawn. */
gboolean
_qs_draw_is_free (QsDraw *d,
                  double  x,
                  double  y,
                  double  width,
                  double  height)
{
  GArray *boxes = d->chart->text_boxes;

  if (x < 0 || y < 0 || x + width > d->width || y + height > d->height)
    return FALSE;
  for (guint i = 0; i < boxes->len; i++)
    {
      QsChartTextBox *b = &g_array_index (boxes, QsChartTextBox, i);
      if (MIN (x + width, b->x + b->width) - MAX (x, b->x) > 1 &&
          MIN (y + height, b->y + b->height) - MAX (y, b->y) > 1)
        return FALSE;
    }
  return TRUE;
}

char *
_qs_chart_format_value (QsChart  *chart,
                        double    value,
                        gboolean  with_unit)
{
  if (with_unit)
    return qs_format_value (value, chart->decimals, chart->unit, chart->unit_label,
                            QS_FORMAT_GROUPING | QS_FORMAT_COMPACT, chart->locale);
  return qs_format_number (value, chart->decimals, QS_FORMAT_GROUPING | QS_FORMAT_COMPACT, chart->locale);
}

char *
_qs_chart_format_tick (QsChart *chart,
                       double   value,
                       int      decimals)
{
  return qs_format_number (value, decimals, QS_FORMAT_GROUPING | QS_FORMAT_COMPACT, chart->locale);
}

const QsColor *
_qs_chart_band_color (QsChart *chart,
                      double   value,
                      guint   *band)
{
  if (isnan (value))
    return NULL;
  for (guint i = 0; i < chart->bands->len; i++)
    {
      QsChartBand *b = &g_array_index (chart->bands, QsChartBand, i);
      if (value <= b->upper || i + 1 == chart->bands->len)
        {
          if (band)
            *band = i;
          return &b->color;
        }
    }
  return NULL;
}

/* ---- the frame: header, legend, footer -------------------------------- */

static void
resolve_series_colors (QsChart *self)
{
  guint next = 0;

  for (guint i = 0; i < self->series->len; i++)
    {
      QsChartSeriesEntry *entry = self->series->pdata[i];
      if (isnan (entry->color.red))
        entry->color = self->theme->palette[next++ % QS_CHART_THEME_N_PALETTE];
    }
}

static gboolean
kind_has_axes (QsChartKind kind)
{
  return kind == QS_CHART_LINE || kind == QS_CHART_AREA || kind == QS_CHART_BARS ||
         kind == QS_CHART_STACKED || kind == QS_CHART_STACKED_PERCENT;
}

static gboolean
has_provisional (QsChart *self)
{
  for (guint i = 0; i < self->series->len; i++)
    {
      QsChartSeriesEntry *entry = self->series->pdata[i];
      if (qs_series_has_status_other_than (entry->series, QS_STATUS_FINAL))
        return TRUE;
    }
  return FALSE;
}

static const char *
tr (QsChart    *self,
    const char *zh_cn,
    const char *zh_tw,
    const char *en)
{
  /* Chart text follows the chart's language, not the UI's, so these few
   * words are not looked up through gettext. */
  if (g_str_has_prefix (self->locale, "zh_TW"))
    return zh_tw;
  if (g_str_has_prefix (self->locale, "zh"))
    return zh_cn;
  return en;
}

static void
build_legend (QsChart *self)
{
  GArray *legend = self->layout.legend;

  g_array_set_size (legend, 0);
  if (self->kind == QS_CHART_SPARKLINE || self->kind == QS_CHART_GAUGE)
    return;

  if (kind_has_axes (self->kind) && (self->series->len > 1 || self->kind == QS_CHART_STACKED ||
                                     self->kind == QS_CHART_STACKED_PERCENT))
    for (guint i = 0; i < self->series->len; i++)
      {
        QsChartSeriesEntry *entry = self->series->pdata[i];
        QsLegendEntry e = { (int) i, entry->color, self->kind == QS_CHART_LINE ? 1 : 0, g_strdup (entry->name), { 0 } };
        g_array_append_val (legend, e);
      }

  if (self->kind == QS_CHART_CALENDAR || self->kind == QS_CHART_TILE_MAP)
    for (guint i = 0; i < self->bands->len; i++)
      {
        QsChartBand *band = &g_array_index (self->bands, QsChartBand, i);
        QsLegendEntry e = { -1, band->color, 0, g_strdup (band->label), { 0 } };
        g_array_append_val (legend, e);
      }
  if (self->kind == QS_CHART_CALENDAR || (self->kind == QS_CHART_TILE_MAP && self->bands->len > 0))
    {
      QsLegendEntry e = { -1, self->theme->missing, 0,
                          g_strdup (tr (self, "无数据", "無資料", "No data")), { 0 } };
      g_array_append_val (legend, e);
    }

  if (self->kind == QS_CHART_RANKING || self->kind == QS_CHART_TILE_MAP)
    for (guint i = 0; i < self->items->len; i++)
      if (g_array_index (self->items, QsChartItem, i).status != QS_STATUS_FINAL)
        {
          QsColor color = self->theme->palette[0];
          QsLegendEntry e = { -1, color, 0, NULL, { 0 } };
          color.alpha = 0.5;
          e.color = color;
          e.text = g_strdup (self->kind == QS_CHART_RANKING
                             ? tr (self, "浅色条：初步统计、估算或示意数据", "淺色條：初步統計、估算或示意資料",
                                   "Light bars: provisional, estimated or illustrative")
                             : tr (self, "虚线框：初步统计、估算或示意数据", "虛線框：初步統計、估算或示意資料",
                                   "Dashed frame: provisional, estimated or illustrative"));
          g_array_append_val (legend, e);
          break;
        }

  if (kind_has_axes (self->kind) && self->kind != QS_CHART_STACKED && self->kind != QS_CHART_STACKED_PERCENT &&
      has_provisional (self))
    {
      QsLegendEntry e = { -1, self->theme->muted, self->kind == QS_CHART_LINE || self->kind == QS_CHART_AREA ? 3 : 0,
                          g_strdup (tr (self, "空心点、虚线：初步统计、估算或示意数据",
                                        "空心點、虛線：初步統計、估算或示意資料",
                                        "Hollow markers, dashed lines: provisional, estimated or illustrative")),
                          { 0 } };
      if (self->kind == QS_CHART_BARS)
        {
          g_free (e.text);
          e.text = g_strdup (tr (self, "浅色柱：初步统计、估算或示意数据", "淺色柱：初步統計、估算或示意資料",
                                 "Light bars: provisional, estimated or illustrative"));
        }
      g_array_append_val (legend, e);
    }
}

/* Lays the legend out in rows within @width; returns its height. */
static double
layout_legend (QsDraw *d,
               double  x,
               double  y,
               double  width,
               gboolean draw)
{
  GArray *legend = d->chart->layout.legend;
  double size = d->font_px * 0.9;
  double swatch = size * 1.4;
  double gap = size * 1.2;
  double cx = x, cy = y, row_h = 0;

  for (guint i = 0; i < legend->len; i++)
    {
      QsLegendEntry *e = &g_array_index (legend, QsLegendEntry, i);
      g_autoptr(PangoLayout) layout = _qs_draw_layout (d, e->text, size, FALSE, width - swatch - size * 0.4, 2);
      double tw, th, w;
      gboolean hidden = e->series >= 0 && !((QsChartSeriesEntry *) d->chart->series->pdata[e->series])->visible;

      _qs_layout_size (layout, &tw, &th);
      w = swatch + size * 0.4 + tw;
      if (cx > x && cx + w > x + width)
        {
          cx = x;
          cy += row_h + size * 0.4;
          row_h = 0;
        }
      e->rect = (QsRect) { cx, cy, w, th };
      if (draw)
        {
          cairo_t *cr = d->cr;
          double my = cy + th / 2;
          QsColor color = e->color;

          if (hidden)
            color.alpha = 0.3;
          _qs_set_color (cr, &color);
          switch (e->style)
            {
            case 1:
              cairo_set_line_width (cr, d->line_width);
              cairo_move_to (cr, cx, my);
              cairo_line_to (cr, cx + swatch, my);
              cairo_stroke (cr);
              _qs_marker_path (cr, (guint) MAX (0, e->series), cx + swatch / 2, my, d->marker);
              cairo_fill (cr);
              break;
            case 3:
              cairo_set_line_width (cr, MAX (1, d->line_width * 0.75));
              cairo_set_dash (cr, (double[]) { 4 * d->line_width / 2, 3 * d->line_width / 2 }, 2, 0);
              cairo_move_to (cr, cx, my);
              cairo_line_to (cr, cx + swatch, my);
              cairo_stroke (cr);
              cairo_set_dash (cr, NULL, 0, 0);
              _qs_set_color (cr, &d->theme->background);
              cairo_arc (cr, cx + swatch / 2, my, d->marker, 0, 2 * G_PI);
              cairo_fill_preserve (cr);
              _qs_set_color (cr, &color);
              cairo_stroke (cr);
              break;
            default:
              cairo_rectangle (cr, cx, my - size * 0.45, swatch, size * 0.9);
              cairo_fill (cr);
              break;
            }
          {
            QsColor text = hidden ? d->theme->muted : d->theme->foreground;
            _qs_draw_text (d, layout, cx + swatch + size * 0.4, cy, &text);
          }
        }
      cx += w + gap;
      row_h = MAX (row_h, th);
    }
  return legend->len ? cy + row_h - y : 0;
}

static void
draw_demo_mark (QsDraw *d,
                double  right,
                double  top,
                double *width,
                double *height,
                gboolean draw)
{
  const char *text = tr (d->chart, "演示数据", "示範資料", "DEMO DATA");
  double size = d->font_px * 0.85;
  g_autoptr(PangoLayout) layout = _qs_draw_layout (d, text, size, TRUE, -1, 0);
  double tw, th, px = size * 0.5, py = size * 0.2;

  _qs_layout_size (layout, &tw, &th);
  *width = tw + 2 * px;
  *height = th + 2 * py;
  if (!draw)
    return;
  cairo_set_line_width (d->cr, MAX (1, size / 10));
  _qs_set_color (d->cr, &d->theme->demo);
  cairo_rectangle (d->cr, right - *width, top, *width, *height);
  cairo_stroke (d->cr);
  _qs_draw_text (d, layout, right - *width + px, top + py, &d->theme->demo);
}

/**
 * qs_chart_draw:
 * @self: a chart
 * @cr: where to draw: a window, an image, a PDF or SVG page
 * @width: the width to fill
 * @height: the height to fill
 *
 * Draws the whole chart — title, subtitle, demo mark, plot, legend and
 * source footnote — fitting @width × @height, dropping the least important
 * parts first when space is short.
 */
void
qs_chart_draw (QsChart *self,
               cairo_t *cr,
               double   width,
               double   height)
{
  QsDraw d = { 0 };
  double shrink;
  /* What can be left out, least important first. */
  gboolean show_footnote, show_legend, show_subtitle, show_title, show_demo;
  g_autoptr(PangoLayout) title = NULL;
  g_autoptr(PangoLayout) subtitle = NULL;
  g_autoptr(PangoLayout) footnote = NULL;

  g_return_if_fail (QS_IS_CHART (self));

  g_array_set_size (self->text_boxes, 0);
  resolve_series_colors (self);
  build_legend (self);

  d.chart = self;
  d.cr = cr;
  d.theme = self->theme;
  d.width = width;
  d.height = height;
  d.font_family = _qs_font_family_for (self->locale);
  d.pango = pango_cairo_create_context (cr);
  pango_context_set_language (d.pango, pango_language_from_string (_qs_pango_language_for (self->locale)));
  {
    /* Metrics independent of the target's hinting, so PDF and PNG agree. */
    cairo_font_options_t *options = cairo_font_options_create ();
    cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options (d.pango, options);
    cairo_font_options_destroy (options);
  }

  /* Small charts get smaller type and strokes, down to 60 %. */
  shrink = CLAMP (MIN (width / 560.0, height / 360.0), 0.6, 1.0);
  d.font_px = self->theme->font_size * shrink;
  d.line_width = self->theme->line_width * shrink;
  d.marker = self->theme->marker_radius * shrink;
  d.pad = self->theme->padding * shrink;

  cairo_save (cr);
  _qs_set_color (cr, &self->theme->background);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);

  if (self->kind == QS_CHART_SPARKLINE)
    {
      d.pad = MIN (d.pad, MIN (width, height) * 0.1);
      d.plot = (QsRect) { d.pad, d.pad, MAX (1, width - 2 * d.pad), MAX (1, height - 2 * d.pad) };
      _qs_chart_draw_sparkline (&d);
      g_object_unref (d.pango);
      cairo_restore (cr);
      return;
    }

  show_title = self->title && *self->title;
  show_subtitle = self->subtitle && *self->subtitle;
  show_footnote = self->footnote && *self->footnote;
  show_legend = self->layout.legend->len > 0;
  show_demo = self->demo;

  for (int attempt = 0; ; attempt++)
    {
      double top = d.pad, bottom = height - d.pad, inner = width - 2 * d.pad;
      double demo_w = 0, demo_h = 0, th = 0, sh = 0, fh = 0, lh = 0;
      double min_plot = kind_has_axes (self->kind) ? d.font_px * 5 : d.font_px * 3;

      g_clear_object (&title);
      g_clear_object (&subtitle);
      g_clear_object (&footnote);

      if (show_demo)
        draw_demo_mark (&d, width - d.pad, top, &demo_w, &demo_h, FALSE);
      if (show_title)
        {
          title = _qs_draw_layout (&d, self->title, d.font_px * self->theme->title_scale, TRUE,
                                   inner - (show_demo ? demo_w + d.font_px : 0), 2);
          _qs_layout_size (title, NULL, &th);
        }
      if (show_subtitle)
        {
          subtitle = _qs_draw_layout (&d, self->subtitle, d.font_px, FALSE,
                                      inner - (show_demo && !show_title ? demo_w + d.font_px : 0), 2);
          _qs_layout_size (subtitle, NULL, &sh);
        }
      top += MAX (th + (show_subtitle ? sh + d.font_px * 0.2 : 0), show_demo ? demo_h : 0);
      if (show_title || show_subtitle || show_demo)
        top += d.font_px * 0.8;

      if (show_footnote)
        {
          footnote = _qs_draw_layout (&d, self->footnote, d.font_px * 0.8, FALSE, inner, 2);
          _qs_layout_size (footnote, NULL, &fh);
          bottom -= fh + d.font_px * 0.6;
        }
      if (show_legend)
        {
          lh = layout_legend (&d, d.pad, 0, inner, FALSE);
          bottom -= lh + d.font_px * 0.8;
        }

      if (bottom - top >= min_plot || attempt > 5)
        {
          /* Everything fits: draw it. */
          if (show_demo)
            draw_demo_mark (&d, width - d.pad, d.pad, &demo_w, &demo_h, TRUE);
          if (title)
            _qs_draw_text (&d, title, d.pad, d.pad, &self->theme->foreground);
          if (subtitle)
            _qs_draw_text (&d, subtitle, d.pad, d.pad + (title ? th + d.font_px * 0.2 : 0), &self->theme->muted);
          if (footnote)
            _qs_draw_text (&d, footnote, d.pad, height - d.pad - fh, &self->theme->muted);
          if (show_legend)
            layout_legend (&d, d.pad, bottom + d.font_px * 0.8, inner, TRUE);
          else
            for (guint i = 0; i < self->layout.legend->len; i++)
              g_array_index (self->layout.legend, QsLegendEntry, i).rect = (QsRect) { 0, 0, 0, 0 };
          d.plot = (QsRect) { d.pad, top, inner, MAX (1, bottom - top) };
          break;
        }

      /* Not enough room: leave out the least important part and retry. */
      if (show_footnote)
        show_footnote = FALSE;
      else if (show_legend)
        show_legend = FALSE;
      else if (show_subtitle)
        show_subtitle = FALSE;
      else if (show_demo && show_title)
        show_title = FALSE;
      else
        show_title = show_demo = FALSE;
    }

  self->layout.plot = d.plot;
  self->layout.width = width;
  self->layout.height = height;
  switch (self->kind)
    {
    case QS_CHART_LINE:
    case QS_CHART_AREA:
    case QS_CHART_BARS:
    case QS_CHART_STACKED:
    case QS_CHART_STACKED_PERCENT:
      _qs_chart_draw_xy (&d);
      break;
    case QS_CHART_RANKING:
      _qs_chart_draw_ranking (&d);
      break;
    case QS_CHART_CALENDAR:
      _qs_chart_draw_calendar (&d);
      break;
    case QS_CHART_TILE_MAP:
      _qs_chart_draw_tile_map (&d);
      break;
    case QS_CHART_GAUGE:
      _qs_chart_draw_gauge (&d);
      break;
    case QS_CHART_SPARKLINE:
    default:
      break;
    }

  g_object_unref (d.pango);
  cairo_restore (cr);
}

/**
 * qs_chart_get_text_boxes:
 * @self: a chart
 * @n_boxes: (out): how many
 *
 * Returns: (array length=n_boxes): every text the last draw placed
 */
const QsChartTextBox *
qs_chart_get_text_boxes (QsChart *self,
                         guint   *n_boxes)
{
  g_return_val_if_fail (QS_IS_CHART (self), NULL);
  *n_boxes = self->text_boxes->len;
  return (const QsChartTextBox *) (void *) self->text_boxes->data;
}

/**
 * qs_chart_legend_hit_test:
 * @self: a chart
 * @x: a point
 * @y: a point
 *
 * Returns: the series whose legend entry is at (@x, @y) in the last draw, or -1
 */
int
qs_chart_legend_hit_test (QsChart *self,
                          double   x,
                          double   y)
{
  g_return_val_if_fail (QS_IS_CHART (self), -1);
  for (guint i = 0; i < self->layout.legend->len; i++)
    {
      QsLegendEntry *e = &g_array_index (self->layout.legend, QsLegendEntry, i);
      if (e->series >= 0 && x >= e->rect.x && x <= e->rect.x + e->rect.width &&
          y >= e->rect.y && y <= e->rect.y + e->rect.height)
        return e->series;
    }
  return -1;
}

/**
 * qs_chart_set_reduction:
 * @self: a chart
 * @enabled: whether long series are drawn from their M4 reduction (the default)
 *
 * Turning it off draws every point; tests compare the two pictures.
 */
void
qs_chart_set_reduction (QsChart  *self,
                        gboolean  enabled)
{
  g_return_if_fail (QS_IS_CHART (self));
  self->no_reduction = !enabled;
}

/**
 * qs_chart_get_drawn_size:
 * @self: a chart
 * @width: (out) (optional): width of the last draw
 * @height: (out) (optional): height of the last draw
 *
 * Hit tests and point positions refer to the last draw; this says which
 * size that was, so that a widget (or a test) can tell whether it is current.
 *
 * Returns: whether the chart has been drawn at all
 */
gboolean
qs_chart_get_drawn_size (QsChart *self,
                         double  *width,
                         double  *height)
{
  g_return_val_if_fail (QS_IS_CHART (self), FALSE);
  if (width)
    *width = self->layout.width;
  if (height)
    *height = self->layout.height;
  return self->layout.width > 0 && self->layout.height > 0;
}

/**
 * qs_chart_map_point:
 * @self: a chart
 * @series: a series index
 * @index: a value index in it
 * @x: (out): where the last draw put the value
 * @y: (out): where the last draw put the value
 *
 * For line, area and bar charts the point (top of the bar); for calendars
 * the centre of the day's cell.
 *
 * Returns: whether the value was drawn
 */
gboolean
qs_chart_map_point (QsChart *self,
                    guint    series,
                    guint    index,
                    double  *x,
                    double  *y)
{
  g_return_val_if_fail (QS_IS_CHART (self), FALSE);
  /* Before the first draw nothing has a place. */
  if (series >= self->series->len || self->layout.width <= 0)
    return FALSE;
  if (self->kind == QS_CHART_CALENDAR)
    {
      QsChartSeriesEntry *entry = self->series->pdata[series];
      gint32 day;
      guint offset;

      if (index >= qs_series_get_n_values (entry->series))
        return FALSE;
      day = qs_series_get_period (entry->series, index);
      if (day < self->layout.first_period + 0 || day > self->layout.last_period)
        return FALSE;
      offset = (guint) (day - self->layout.first_period);
      *x = self->layout.x0 + (offset / 7) * self->layout.x_step + self->layout.x_step / 2;
      *y = self->layout.plot.y + (offset % 7) * self->layout.x_step + self->layout.x_step / 2;
      return TRUE;
    }
  if (!kind_has_axes (self->kind))
    return FALSE;
  return _qs_chart_map_point_xy (self, series, index, x, y);
}

/**
 * qs_chart_hit_test:
 * @self: a chart
 * @x: a point in the last draw
 * @y: a point in the last draw
 * @hit: (out): what is there
 *
 * Returns: whether a value is at or near (@x, @y)
 */
gboolean
qs_chart_hit_test (QsChart    *self,
                   double      x,
                   double      y,
                   QsChartHit *hit)
{
  g_return_val_if_fail (QS_IS_CHART (self), FALSE);

  hit->series = -1;
  if (kind_has_axes (self->kind))
    return _qs_chart_hit_test_xy (self, x, y, hit);
  if (self->kind == QS_CHART_CALENDAR && self->series->len > 0 && self->layout.x_step > 0)
    {
      QsChartSeriesEntry *entry = self->series->pdata[0];
      double cx = floor ((x - self->layout.x0) / self->layout.x_step);
      double cy = floor ((y - self->layout.plot.y) / self->layout.x_step);
      gint32 day = self->layout.first_period + (gint32) (cx * 7 + cy);
      guint k;

      if (cx < 0 || cy < 0 || cy > 6 || day > self->layout.last_period ||
          !qs_series_find_period (entry->series, day, &k))
        return FALSE;
      hit->series = 0;
      hit->index = k;
      return qs_chart_map_point (self, 0, k, &hit->x, &hit->y);
    }
  for (guint i = 0; i < self->items->len; i++)
    {
      QsChartItem *item = &g_array_index (self->items, QsChartItem, i);
      if (x >= item->rect.x && x <= item->rect.x + item->rect.width &&
          y >= item->rect.y && y <= item->rect.y + item->rect.height)
        {
          hit->series = (int) i;
          hit->index = 0;
          hit->x = item->rect.x + item->rect.width / 2;
          hit->y = item->rect.y + item->rect.height / 2;
          return TRUE;
        }
    }
  return FALSE;
}

static const char *
status_text (QsChart  *self,
             QsStatus  status)
{
  switch (status)
    {
    case QS_STATUS_PROVISIONAL:
      return tr (self, "初步统计", "初步統計", "provisional");
    case QS_STATUS_ESTIMATE:
      return tr (self, "估算", "估算", "estimate");
    case QS_STATUS_ILLUSTRATIVE:
      return tr (self, "示意数据", "示意資料", "illustrative");
    case QS_STATUS_FINAL:
    default:
      return NULL;
    }
}

/**
 * qs_chart_describe_point:
 * @self: a chart
 * @series: a series (or item) index
 * @index: a value index within it
 *
 * Returns: (transfer full): the tooltip text: period, name, value with unit,
 *   and status when not final
 */
char *
qs_chart_describe_point (QsChart *self,
                         guint    series,
                         guint    index)
{
  g_autofree char *value = NULL;
  g_autofree char *period = NULL;
  const char *status;
  const char *sep = tr (self, "，", "，", ", ");

  g_return_val_if_fail (QS_IS_CHART (self), NULL);

  if (!kind_has_axes (self->kind) && self->kind != QS_CHART_SPARKLINE && self->kind != QS_CHART_CALENDAR)
    {
      QsChartItem *item;
      g_return_val_if_fail (series < self->items->len, NULL);
      item = &g_array_index (self->items, QsChartItem, series);
      value = _qs_chart_format_value (self, item->value, TRUE);
      status = status_text (self, item->status);
      return g_strdup_printf ("%s%s%s%s%s", item->label, sep, value, status ? sep : "", status ? status : "");
    }
  else
    {
      QsChartSeriesEntry *entry;
      const char *rules = NULL;
      gint32 p;

      g_return_val_if_fail (series < self->series->len, NULL);
      entry = self->series->pdata[series];
      g_return_val_if_fail (index < qs_series_get_n_values (entry->series), NULL);
      p = qs_series_get_period (entry->series, index);
      period = qs_format_period (qs_series_get_resolution (entry->series), p, QS_PERIOD_STYLE_FULL, self->locale);

      value = _qs_chart_format_value (self, qs_series_get_values (entry->series, entry->category)[index], TRUE);
      status = status_text (self, qs_series_get_status (entry->series, index));
      /* Which rules produced the value, where the chart says they changed. */
      for (guint m = 0; m < self->markers->len; m++)
        if (g_array_index (self->markers, QsChartMarker, m).period <= p)
          rules = g_array_index (self->markers, QsChartMarker, m).label;
      return g_strdup_printf ("%s%s%s%s%s%s%s%s%s", period, sep, entry->name, sep, value,
                              status ? sep : "", status ? status : "", rules ? sep : "", rules ? rules : "");
    }
}

/**
 * qs_chart_describe:
 * @self: a chart
 *
 * Summarises the chart in words, for screen readers: the first and latest
 * value of each visible series and the nearest target.
 *
 * Returns: (transfer full): the description
 */
char *
qs_chart_describe (QsChart *self)
{
  GString *s = g_string_new (self->title ? self->title : "");
  const char *sep = tr (self, "。", "。", ". ");

  g_return_val_if_fail (QS_IS_CHART (self), NULL);

  for (guint i = 0; i < self->series->len && i < 12; i++)
    {
      QsChartSeriesEntry *entry = self->series->pdata[i];
      const double *values = qs_series_get_values (entry->series, entry->category);
      guint n = qs_series_get_n_values (entry->series), first = n, last = n;

      if (!entry->visible)
        continue;
      for (guint k = 0; k < n; k++)
        if (!isnan (values[k]))
          {
            if (first == n)
              first = k;
            last = k;
          }
      if (first == n)
        continue;
      {
        QsResolution r = qs_series_get_resolution (entry->series);
        g_autofree char *range = qs_format_period_range (r, qs_series_get_period (entry->series, first),
                                                         qs_series_get_period (entry->series, last), self->locale);
        g_autofree char *a = _qs_chart_format_value (self, values[first], TRUE);
        g_autofree char *b = _qs_chart_format_value (self, values[last], TRUE);
        g_string_append (s, sep);
        if (first == last)
          g_string_append_printf (s, "%s %s: %s", entry->name, range, b);
        else
          g_string_append_printf (s, g_str_has_prefix (self->locale, "zh_TW") ? "%s，%s：從%s到%s" :
                                     g_str_has_prefix (self->locale, "zh") ? "%s，%s：从%s到%s" : "%s, %s: from %s to %s",
                                  entry->name, range, a, b);
      }
    }
  for (guint i = 0; i < self->references->len; i++)
    {
      QsChartReference *r = &g_array_index (self->references, QsChartReference, i);
      g_autofree char *v = _qs_chart_format_value (self, r->value, TRUE);
      g_string_append (s, sep);
      g_string_append_printf (s, "%s %s", r->label, v);
    }
  for (guint i = 0; i < self->items->len && i < 40; i++)
    {
      QsChartItem *item = &g_array_index (self->items, QsChartItem, i);
      g_autofree char *v = _qs_chart_format_value (self, item->value, TRUE);
      g_string_append (s, i == 0 ? sep : tr (self, "；", "；", "; "));
      g_string_append_printf (s, "%s %s", item->label, v);
    }
  if (!isnan (self->gauge_value))
    {
      g_autofree char *v = _qs_chart_format_value (self, self->gauge_value, TRUE);
      g_autofree char *t = _qs_chart_format_value (self, self->gauge_target, TRUE);
      g_string_append (s, sep);
      g_string_append_printf (s, g_str_has_prefix (self->locale, "zh_TW") ? "目前%s，目標%s" :
                                 g_str_has_prefix (self->locale, "zh") ? "当前%s，目标%s" : "now %s, target %s", v, t);
    }
  return g_string_free (s, FALSE);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "qs-chart-catalog.h"
#include "qs-chart-view.h"
#include "qs-format.h"
#include "qs-kpi-card.h"
#include "qs-period.h"
#include "qs-summary.h"

struct _QsKpiCard
{
  GtkButton    parent_instance;

  char        *indicator_id;
  char        *value_text;
  char        *change_text;

  GtkLabel    *name_label;
  GtkLabel    *value_label;
  GtkLabel    *period_label;
  GtkLabel    *change_label;
  GtkLabel    *target_label;
  QsChartView *sparkline;
};

G_DEFINE_FINAL_TYPE (QsKpiCard, qs_kpi_card, GTK_TYPE_BUTTON)

static void
qs_kpi_card_dispose (GObject *object)
{
  /* The button drops its child itself; let it do so before the template goes. */
  gtk_button_set_child (GTK_BUTTON (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), QS_TYPE_KPI_CARD);
  G_OBJECT_CLASS (qs_kpi_card_parent_class)->dispose (object);
}

static void
qs_kpi_card_finalize (GObject *object)
{
  QsKpiCard *self = (QsKpiCard *) object;

  g_free (self->indicator_id);
  g_free (self->value_text);
  g_free (self->change_text);
  G_OBJECT_CLASS (qs_kpi_card_parent_class)->finalize (object);
}

static void
qs_kpi_card_class_init (QsKpiCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_kpi_card_dispose;
  object_class->finalize = qs_kpi_card_finalize;

  g_type_ensure (QS_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/qs-kpi-card.ui");
  gtk_widget_class_bind_template_child (widget_class, QsKpiCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, QsKpiCard, value_label);
  gtk_widget_class_bind_template_child (widget_class, QsKpiCard, period_label);
  gtk_widget_class_bind_template_child (widget_class, QsKpiCard, change_label);
  gtk_widget_class_bind_template_child (widget_class, QsKpiCard, target_label);
  gtk_widget_class_bind_template_child (widget_class, QsKpiCard, sparkline);
}

static void
qs_kpi_card_init (QsKpiCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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

static void
fill (QsKpiCard   *self,
      QsDataset   *dataset,
      QsIndicator *indicator,
      const char  *chart_locale)
{
  QsSeries *series = main_series (dataset, indicator);
  QsText *unit_label = qs_indicator_get_unit_label (indicator);
  const char *unit = unit_label ? qs_text_get_display (unit_label, NULL) : NULL;
  int decimals = (int) qs_indicator_get_decimals (indicator);
  g_autofree char *period = NULL;
  g_autofree char *accessible = NULL;
  double change, value;
  gboolean in_points;
  QsTarget *target;
  guint latest;
  gint32 p;

  /* Dataset text as plain text: labels are never set from markup. */
  gtk_label_set_text (self->name_label, qs_text_get_display (qs_indicator_get_name (indicator), NULL));

  if (series == NULL || !qs_series_get_latest (series, &latest))
    {
      gtk_label_set_text (self->value_label, "—");
      gtk_label_set_text (self->period_label, _("No data"));
      return;
    }

  p = qs_series_get_period (series, latest);
  value = qs_series_get_value (series, latest);
  self->value_text = qs_format_value (value, decimals, qs_indicator_get_unit (indicator), unit,
                                      QS_FORMAT_GROUPING | QS_FORMAT_COMPACT, NULL);
  gtk_label_set_text (self->value_label, self->value_text);
  period = qs_format_period (qs_series_get_resolution (series), p, QS_PERIOD_STYLE_FULL, NULL);
  if (qs_series_get_status (series, latest) == QS_STATUS_PROVISIONAL)
    {
      /* Translators: a period, then the status of its value, e.g. "2025 · provisional". */
      g_autofree char *text = g_strdup_printf (_("%s · provisional"), period);
      gtk_label_set_text (self->period_label, text);
    }
  else if (qs_series_get_status (series, latest) == QS_STATUS_ILLUSTRATIVE)
    {
      /* Translators: a period, then the status of its value, e.g. "2025 · illustrative". */
      g_autofree char *text = g_strdup_printf (_("%s · illustrative"), period);
      gtk_label_set_text (self->period_label, text);
    }
  else
    gtk_label_set_text (self->period_label, period);

  /* The change from the period before, its arrow coloured by whether it is
   * better or worse for this indicator. */
  if (qs_summary_change (indicator, series, latest, &change, &in_points))
    {
      guint previous;
      g_autofree char *words = qs_format_change (change, in_points, in_points ? decimals : 1, NULL);
      g_autofree char *before = NULL;
      const char *arrow = change > 0 ? "▲" : change < 0 ? "▼" : "＝";
      gboolean better = qs_indicator_is_better (indicator, change > 0 ? 1 : 0, change > 0 ? 0 : 1);
      gboolean flat = fabs (change) < pow (10, -(in_points ? decimals : 1)) / 2;

      qs_series_get_previous (series, latest, &previous);
      before = qs_format_period (qs_series_get_resolution (series), qs_series_get_period (series, previous),
                                 QS_PERIOD_STYLE_FULL, NULL);
      /* Translators: an arrow, a change such as "up 1.2 percentage points", and the period compared with. */
      self->change_text = g_strdup_printf (_("%s %s on %s"), flat ? "＝" : arrow, words, before);
      gtk_label_set_text (self->change_label, self->change_text);
      gtk_widget_remove_css_class (GTK_WIDGET (self->change_label), "success");
      gtk_widget_remove_css_class (GTK_WIDGET (self->change_label), "warning");
      if (!flat && qs_indicator_get_direction (indicator) != QS_DIRECTION_NEUTRAL)
        gtk_widget_add_css_class (GTK_WIDGET (self->change_label), better ? "success" : "warning");
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->change_label), FALSE);

  target = qs_summary_find_target (indicator, qs_series_get_region (series), p);
  if (target)
    {
      QsTargetStatus status = qs_summary_target_status (indicator, target, p, value);
      g_autofree char *target_value = qs_format_value (target->value, decimals, qs_indicator_get_unit (indicator),
                                                       unit, QS_FORMAT_GROUPING | QS_FORMAT_COMPACT, NULL);
      g_autofree char *text = NULL;
      const char *label = qs_text_get_display (target->label, NULL);

      switch (status)
        {
        case QS_TARGET_STATUS_MET:
          /* Translators: a target's name and value, e.g. "14th FYP target 29 µg/m³: met". */
          text = g_strdup_printf (_("%s %s: met"), label, target_value);
          break;
        case QS_TARGET_STATUS_NOT_YET:
          switch (qs_summary_target_outlook (indicator, series, target))
            {
            case QS_TARGET_OUTLOOK_ON_TRACK:
              /* Translators: a target not met yet, which the trend of the
               * series reaches by its year. */
              text = g_strdup_printf (_("%s %s: on track"), label, target_value);
              break;
            case QS_TARGET_OUTLOOK_OFF_TRACK:
              /* Translators: a target not met yet, which the trend of the
               * series does not reach by its year. */
              text = g_strdup_printf (_("%s %s: off track"), label, target_value);
              break;
            case QS_TARGET_OUTLOOK_UNKNOWN:
            default:
              /* Translators: a target's name and value, not reached yet but still ahead. */
              text = g_strdup_printf (_("%s %s: not yet met"), label, target_value);
              break;
            }
          break;
        case QS_TARGET_STATUS_MISSED:
        case QS_TARGET_STATUS_NONE:
        default:
          /* Translators: a target's name and value, missed. */
          text = g_strdup_printf (_("%s %s: missed"), label, target_value);
          break;
        }
      gtk_label_set_text (self->target_label, text);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->target_label), FALSE);

  {
    g_autoptr(QsChart) spark = qs_chart_new (QS_CHART_SPARKLINE);
    qs_chart_set_locale (spark, chart_locale);
    qs_chart_add_series (spark, series, 0, "", NULL);
    qs_chart_view_set_chart (self->sparkline, spark);
  }

  /* One sentence for screen readers instead of the labels read one by one. */
  accessible = g_strdup_printf ("%s: %s, %s. %s %s", gtk_label_get_text (self->name_label), self->value_text,
                                gtk_label_get_text (self->period_label),
                                self->change_text ? self->change_text : "",
                                gtk_widget_get_visible (GTK_WIDGET (self->target_label))
                                ? gtk_label_get_text (self->target_label) : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

/**
 * qs_kpi_card_new:
 * @dataset: the dataset
 * @indicator: one of its indicators
 * @chart_locale: (nullable): the language of its sparkline
 *
 * A card with the latest value, its period, the change from the period
 * before and the target status. Activating it runs `win.show-indicator`
 * with the indicator's id.
 *
 * Returns: (transfer floating): the card
 */
GtkWidget *
qs_kpi_card_new (QsDataset   *dataset,
                 QsIndicator *indicator,
                 const char  *chart_locale)
{
  QsKpiCard *self = g_object_new (QS_TYPE_KPI_CARD, NULL);

  self->indicator_id = g_strdup (qs_indicator_get_id (indicator));
  fill (self, dataset, indicator, chart_locale);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self), "win.show-indicator");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "s", self->indicator_id);
  return GTK_WIDGET (self);
}

/** qs_kpi_card_get_indicator_id: @self: a card. Returns: the id of its indicator */
const char *
qs_kpi_card_get_indicator_id (QsKpiCard *self)
{
  g_return_val_if_fail (QS_IS_KPI_CARD (self), NULL);
  return self->indicator_id;
}

/** qs_kpi_card_get_value_text: @self: a card. Returns: (nullable): the value as shown */
const char *
qs_kpi_card_get_value_text (QsKpiCard *self)
{
  g_return_val_if_fail (QS_IS_KPI_CARD (self), NULL);
  return self->value_text;
}

/** qs_kpi_card_get_change_text: @self: a card. Returns: (nullable): the change as shown */
const char *
qs_kpi_card_get_change_text (QsKpiCard *self)
{
  g_return_val_if_fail (QS_IS_KPI_CARD (self), NULL);
  return self->change_text;
}

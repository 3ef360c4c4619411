/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "qs-chart-catalog.h"
#include "qs-charts-page.h"

struct _QsChartsPage
{
  AdwBin      parent_instance;

  GPtrArray  *views;   /* QsChartView, borrowed from the flow box */

  GtkStack   *stack;
  GtkFlowBox *flow;
  AdwBin     *extra;
};

G_DEFINE_FINAL_TYPE (QsChartsPage, qs_charts_page, ADW_TYPE_BIN)

static void
qs_charts_page_dispose (GObject *object)
{
  QsChartsPage *self = (QsChartsPage *) object;

  g_clear_pointer (&self->views, g_ptr_array_unref);
  /* AdwBin drops its child itself; let it do so before the template goes. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_CHARTS_PAGE);
  G_OBJECT_CLASS (qs_charts_page_parent_class)->dispose (object);
}

static void
qs_charts_page_class_init (QsChartsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_charts_page_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/qs-charts-page.ui");
  gtk_widget_class_bind_template_child (widget_class, QsChartsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, QsChartsPage, flow);
  gtk_widget_class_bind_template_child (widget_class, QsChartsPage, extra);
}

static void
qs_charts_page_init (QsChartsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->views = g_ptr_array_new ();
}

/**
 * qs_charts_page_new:
 *
 * Returns: (transfer floating): an empty page
 */
GtkWidget *
qs_charts_page_new (void)
{
  return g_object_new (QS_TYPE_CHARTS_PAGE, NULL);
}

/**
 * qs_charts_page_set_charts:
 * @self: a page
 * @entries: (element-type QsChartEntry) (nullable): the charts to show
 *
 * Replaces the page's charts, each in a card of its own.
 */
void
qs_charts_page_set_charts (QsChartsPage *self,
                           GPtrArray    *entries)
{
  GtkWidget *child;

  g_return_if_fail (QS_IS_CHARTS_PAGE (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->flow))))
    gtk_flow_box_remove (self->flow, child);
  g_ptr_array_set_size (self->views, 0);

  for (guint i = 0; entries && i < entries->len; i++)
    {
      QsChartEntry *entry = entries->pdata[i];
      GtkWidget *view = qs_chart_view_new ();
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      qs_chart_view_set_chart (QS_CHART_VIEW (view), entry->chart);
      qs_chart_view_set_chart_id (QS_CHART_VIEW (view), entry->id);
      gtk_widget_set_size_request (view, 300, 380);
      gtk_widget_set_overflow (card, GTK_OVERFLOW_HIDDEN);
      gtk_widget_add_css_class (card, "card");
      gtk_box_append (GTK_BOX (card), view);
      gtk_flow_box_append (self->flow, card);
      /* The flow box child itself need not take focus: the chart does. */
      gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
      g_ptr_array_add (self->views, view);
    }
  gtk_stack_set_visible_child_name (self->stack, self->views->len > 0 ? "charts" : "empty");
}

/**
 * qs_charts_page_set_extra:
 * @self: a page
 * @widget: (nullable) (transfer none): shown below the charts, e.g. a table
 *
 * Replaces what is shown below the charts.
 */
void
qs_charts_page_set_extra (QsChartsPage *self,
                          GtkWidget    *widget)
{
  g_return_if_fail (QS_IS_CHARTS_PAGE (self));
  adw_bin_set_child (self->extra, widget);
}

/** qs_charts_page_get_n_charts: @self: a page. Returns: how many charts it shows */
guint
qs_charts_page_get_n_charts (QsChartsPage *self)
{
  g_return_val_if_fail (QS_IS_CHARTS_PAGE (self), 0);
  return self->views->len;
}

/** qs_charts_page_get_chart_view: @self: a page. @index: which. Returns: (transfer none): its chart view */
QsChartView *
qs_charts_page_get_chart_view (QsChartsPage *self,
                               guint         index)
{
  g_return_val_if_fail (QS_IS_CHARTS_PAGE (self), NULL);
  g_return_val_if_fail (index < self->views->len, NULL);
  return self->views->pdata[index];
}

/**
 * qs_charts_page_find_chart:
 * @self: a page
 * @chart_id: a chart id
 *
 * Returns: (transfer none) (nullable): the view of that chart
 */
QsChartView *
qs_charts_page_find_chart (QsChartsPage *self,
                           const char   *chart_id)
{
  g_return_val_if_fail (QS_IS_CHARTS_PAGE (self), NULL);
  for (guint i = 0; i < self->views->len; i++)
    if (g_strcmp0 (qs_chart_view_get_chart_id (self->views->pdata[i]), chart_id) == 0)
      return self->views->pdata[i];
  return NULL;
}

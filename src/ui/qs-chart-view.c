/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "qs-chart-export.h"
#include "qs-chart-view.h"

/*
 * The widget only routes input and picks the theme; drawing, layout and hit
 * tests are the chart engine's, so that what is on screen is what exports
 * and tests see. Long series are drawn from the engine's cached reduction,
 * so a resize redraws without rescaling the data.
 */

struct _QsChartView
{
  GtkWidget  parent_instance;

  QsChart   *chart;
  char      *chart_id;
  char      *point_text;
  gboolean   compact;
  /* The point under the pointer or keyboard focus; series −1 for none. */
  int        series;
  int        index;
  double     crosshair_x;
  double     crosshair_y;
  gulong     style_handler;
};

G_DEFINE_FINAL_TYPE (QsChartView, qs_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHART,
  PROP_CHART_ID,
  PROP_COMPACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
apply_theme (QsChartView *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(QsChartTheme) theme = NULL;

  if (self->chart == NULL)
    return;
  if (adw_style_manager_get_high_contrast (style))
    theme = qs_chart_theme_new_named ("high-contrast");
  else if (adw_style_manager_get_dark (style))
    theme = qs_chart_theme_new_named ("dark");
  else
    theme = qs_chart_theme_new_named ("light");
  /* A sparkline takes the colour of the card it sits on, not a box of the
   * theme's background. */
  if (qs_chart_get_kind (self->chart) == QS_CHART_SPARKLINE)
    theme->background.alpha = 0;
  qs_chart_set_theme (self->chart, theme);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
update_accessible (QsChartView *self)
{
  g_autofree char *description = self->chart ? qs_chart_describe (self->chart) : NULL;

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->chart && qs_chart_get_title (self->chart) ? qs_chart_get_title (self->chart) : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->point_text ? self->point_text : (description ? description : ""),
                                  -1);
}

static void
set_point (QsChartView *self,
           int          series,
           int          index)
{
  g_clear_pointer (&self->point_text, g_free);
  self->series = series;
  self->index = index;
  if (series >= 0 && self->chart)
    {
      self->point_text = qs_chart_describe_point (self->chart, (guint) series, (guint) index);
      if (!qs_chart_map_point (self->chart, (guint) series, (guint) index, &self->crosshair_x, &self->crosshair_y))
        self->crosshair_x = self->crosshair_y = NAN;
    }
  /* Plain text: gtk_widget_set_tooltip_text does not parse markup. */
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), self->point_text);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
qs_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  QsChartView *self = QS_CHART_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->chart == NULL || width < 2 || height < 2)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  qs_chart_draw (self->chart, cr, width, height);

  /* The crosshair and a ring around the point under the pointer or focus. */
  if (self->series >= 0 && qs_chart_map_point (self->chart, (guint) self->series, (guint) self->index,
                                               &self->crosshair_x, &self->crosshair_y))
    {
      QsChartTheme *theme = qs_chart_get_theme (self->chart);
      cairo_set_source_rgba (cr, theme->foreground.red, theme->foreground.green, theme->foreground.blue, 0.35);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, round (self->crosshair_x) + 0.5, 0);
      cairo_line_to (cr, round (self->crosshair_x) + 0.5, height);
      cairo_stroke (cr);
      cairo_set_source_rgba (cr, theme->foreground.red, theme->foreground.green, theme->foreground.blue, 0.9);
      cairo_set_line_width (cr, 2);
      cairo_arc (cr, self->crosshair_x, self->crosshair_y, theme->marker_radius + 4, 0, 2 * G_PI);
      cairo_stroke (cr);
    }
  if (gtk_widget_has_visible_focus (widget))
    {
      QsChartTheme *theme = qs_chart_get_theme (self->chart);
      cairo_set_source_rgba (cr, theme->palette[0].red, theme->palette[0].green, theme->palette[0].blue, 0.8);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, 1, 1, width - 2, height - 2);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

static void
qs_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  QsChartView *self = QS_CHART_VIEW (widget);

  if (self->compact)
    {
      *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 80 : 32;
      *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 160 : 48;
    }
  else
    {
      *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 280 : 240;
      *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 640 : 380;
    }
}

/**
 * qs_chart_view_hover:
 * @self: a chart view
 * @x: pointer position
 * @y: pointer position
 *
 * Shows the value nearest the pointer: tooltip, crosshair, and the text a
 * screen reader reads. The pointer handler calls this; so do tests.
 *
 * Returns: whether a value is there
 */
gboolean
qs_chart_view_hover (QsChartView *self,
                     double       x,
                     double       y)
{
  QsChartHit hit;

  g_return_val_if_fail (QS_IS_CHART_VIEW (self), FALSE);
  if (self->chart && !self->compact && qs_chart_hit_test (self->chart, x, y, &hit))
    {
      if (hit.series != self->series || (int) hit.index != self->index)
        set_point (self, hit.series, (int) hit.index);
      return TRUE;
    }
  if (self->series >= 0)
    set_point (self, -1, 0);
  return FALSE;
}

/**
 * qs_chart_view_click:
 * @self: a chart view
 * @x: click position
 * @y: click position
 *
 * A click on a legend entry hides or shows its series.
 *
 * Returns: whether the click toggled a series
 */
gboolean
qs_chart_view_click (QsChartView *self,
                     double       x,
                     double       y)
{
  int series;

  g_return_val_if_fail (QS_IS_CHART_VIEW (self), FALSE);
  if (self->chart == NULL || (series = qs_chart_legend_hit_test (self->chart, x, y)) < 0)
    return FALSE;
  qs_chart_set_series_visible (self->chart, (guint) series,
                               !qs_chart_get_series_visible (self->chart, (guint) series));
  if (self->series == series)
    set_point (self, -1, 0);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return TRUE;
}

static void
motion_cb (GtkEventControllerMotion *motion,
           double                    x,
           double                    y,
           QsChartView              *self)
{
  qs_chart_view_hover (self, x, y);
}

static void
leave_cb (GtkEventControllerMotion *motion,
          QsChartView              *self)
{
  if (!gtk_widget_has_focus (GTK_WIDGET (self)))
    set_point (self, -1, 0);
}

static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            QsChartView     *self)
{
  if (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) == GDK_BUTTON_SECONDARY)
    {
      GtkWidget *popover = NULL;
      g_autoptr(GMenu) menu = g_menu_new ();

      g_menu_append (menu, _("_Copy as Image"), "chart.copy-image");
      g_menu_append (menu, _("Export as _PNG…"), "chart.export::png");
      g_menu_append (menu, _("Export as _SVG…"), "chart.export::svg");
      g_menu_append (menu, _("Export as P_DF…"), "chart.export::pdf");
      g_menu_append (menu, _("Export Data as _CSV…"), "chart.export::csv");
      popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
      gtk_widget_set_parent (popover, GTK_WIDGET (self));
      gtk_popover_set_pointing_to (GTK_POPOVER (popover), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
      gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
      g_signal_connect (popover, "closed", G_CALLBACK (gtk_widget_unparent), NULL);
      gtk_popover_popup (GTK_POPOVER (popover));
      return;
    }
  gtk_widget_grab_focus (GTK_WIDGET (self));
  qs_chart_view_click (self, x, y);
}

/**
 * qs_chart_view_focus_point:
 * @self: a chart view
 * @series: a series, or -1 for none
 * @index: a value index in it
 *
 * Moves the keyboard focus to a point, as the arrow keys do.
 */
void
qs_chart_view_focus_point (QsChartView *self,
                           int          series,
                           int          index)
{
  g_return_if_fail (QS_IS_CHART_VIEW (self));
  set_point (self, series, index);
}

/* Arrow keys walk the points of the focused series, skipping missing ones. */
static void
move_point (QsChartView *self,
            int          delta,
            gboolean     to_end)
{
  QsSeries *series;
  guint category, n;
  int s = MAX (self->series, 0), i;
  const double *values;

  if (self->chart == NULL || qs_chart_get_n_series (self->chart) == 0)
    return;
  while (s < (int) qs_chart_get_n_series (self->chart) && !qs_chart_get_series_visible (self->chart, (guint) s))
    s++;
  if (s >= (int) qs_chart_get_n_series (self->chart))
    return;
  series = qs_chart_get_series (self->chart, (guint) s, &category);
  n = qs_series_get_n_values (series);
  values = qs_series_get_values (series, category);
  if (n == 0)
    return;
  if (to_end)
    i = delta < 0 ? -1 : (int) n;
  else
    i = self->series < 0 ? (delta > 0 ? -1 : (int) n) : self->index;
  do
    i += delta;
  while (i >= 0 && i < (int) n && isnan (values[i]));
  if (i < 0 || i >= (int) n)
    return;
  set_point (self, s, i);
}

static void
move_series (QsChartView *self,
             int          delta)
{
  int n, s;

  if (self->chart == NULL || (n = (int) qs_chart_get_n_series (self->chart)) == 0)
    return;
  s = self->series < 0 ? 0 : self->series;
  for (int k = 0; k < n; k++)
    {
      QsSeries *series;
      guint category;

      s = (s + delta + n) % n;
      if (!qs_chart_get_series_visible (self->chart, (guint) s))
        continue;
      series = qs_chart_get_series (self->chart, (guint) s, &category);
      if ((guint) MAX (self->index, 0) < qs_series_get_n_values (series) &&
          !isnan (qs_series_get_values (series, category)[MAX (self->index, 0)]))
        {
          set_point (self, s, MAX (self->index, 0));
          return;
        }
    }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *key,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                QsChartView           *self)
{
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_point (self, -1, FALSE);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_point (self, 1, FALSE);
      return TRUE;
    case GDK_KEY_Home:
      move_point (self, 1, TRUE);
      return TRUE;
    case GDK_KEY_End:
      move_point (self, -1, TRUE);
      return TRUE;
    case GDK_KEY_Up:
      move_series (self, -1);
      return TRUE;
    case GDK_KEY_Down:
      move_series (self, 1);
      return TRUE;
    case GDK_KEY_Escape:
      if (self->series >= 0)
        {
          set_point (self, -1, 0);
          return TRUE;
        }
      return FALSE;
    default:
      return FALSE;
    }
}

static void
copy_image_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  QsChartView *self = QS_CHART_VIEW (widget);
  int width = MAX (1, gtk_widget_get_width (widget)), height = MAX (1, gtk_widget_get_height (widget));
  int scale = gtk_widget_get_scale_factor (widget);
  cairo_surface_t *surface;
  cairo_t *cr;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (self->chart == NULL)
    return;
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  qs_chart_draw (self->chart, cr, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       (gsize) cairo_image_surface_get_stride (surface) * height * scale);
  texture = gdk_memory_texture_new (width * scale, height * scale, GDK_MEMORY_DEFAULT, bytes,
                                    (gsize) cairo_image_surface_get_stride (surface));
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (widget), texture);
  cairo_surface_destroy (surface);
}

typedef struct
{
  QsChart        *chart;
  QsExportFormat  format;
  GtkWindow      *parent;
} ExportData;

static void
export_response (GtkNativeDialog *dialog,
                 int              response,
                 ExportData      *data)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);
      g_autoptr(GError) error = NULL;
      double scale = g_settings_get_double (settings, "export-scale");

      if (path && !qs_chart_export_file (data->chart, path, data->format, 1280, 720,
                                         data->format == QS_EXPORT_PNG ? scale : 1, &error))
        {
          GtkWidget *message = adw_message_dialog_new (data->parent, _("Export Failed"), NULL);
          /* Plain text: the message names a file. */
          adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (message), error->message);
          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (message));
        }
    }
  g_object_unref (data->chart);
  g_free (data);
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  QsChartView *self = QS_CHART_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *dialog;
  ExportData *data;
  g_autofree char *name = NULL;
  QsExportFormat format;

  if (self->chart == NULL || !qs_export_format_from_name (g_variant_get_string (parameter, NULL), &format))
    return;
  dialog = gtk_file_chooser_native_new (_("Export Chart"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  name = g_strdup_printf ("%s.%s", self->chart_id ? self->chart_id : "chart", qs_export_format_extension (format));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  data = g_new0 (ExportData, 1);
  data->chart = g_object_ref (self->chart);
  data->format = format;
  data->parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  g_signal_connect (dialog, "response", G_CALLBACK (export_response), data);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
qs_chart_view_dispose (GObject *object)
{
  QsChartView *self = (QsChartView *) object;
  GtkWidget *child;

  g_clear_signal_handler (&self->style_handler, adw_style_manager_get_default ());
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->chart);

  G_OBJECT_CLASS (qs_chart_view_parent_class)->dispose (object);
}

static void
qs_chart_view_finalize (GObject *object)
{
  QsChartView *self = (QsChartView *) object;

  g_free (self->chart_id);
  g_free (self->point_text);

  G_OBJECT_CLASS (qs_chart_view_parent_class)->finalize (object);
}

static void
qs_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  QsChartView *self = QS_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_object (value, self->chart);
      break;
    case PROP_CHART_ID:
      g_value_set_string (value, self->chart_id);
      break;
    case PROP_COMPACT:
      g_value_set_boolean (value, self->compact);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  QsChartView *self = QS_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_CHART:
      qs_chart_view_set_chart (self, g_value_get_object (value));
      break;
    case PROP_CHART_ID:
      qs_chart_view_set_chart_id (self, g_value_get_string (value));
      break;
    case PROP_COMPACT:
      qs_chart_view_set_compact (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_chart_view_class_init (QsChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_chart_view_dispose;
  object_class->finalize = qs_chart_view_finalize;
  object_class->get_property = qs_chart_view_get_property;
  object_class->set_property = qs_chart_view_set_property;
  widget_class->snapshot = qs_chart_view_snapshot;
  widget_class->measure = qs_chart_view_measure;

  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL, QS_TYPE_CHART,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHART_ID] =
    g_param_spec_string ("chart-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPACT] =
    g_param_spec_boolean ("compact", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "chart.copy-image", NULL, copy_image_action);
  gtk_widget_class_install_action (widget_class, "chart.export", "s", export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "chart.copy-image", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "chart.export", "s", "png");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "qs-chart-view");
}

static void
style_changed_cb (QsChartView *self)
{
  apply_theme (self);
}

static void
qs_chart_view_init (QsChartView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  AdwStyleManager *style = adw_style_manager_get_default ();

  self->series = -1;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);

  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  /* The theme follows the system: light, dark, high contrast. */
  self->style_handler = g_signal_connect_swapped (style, "notify", G_CALLBACK (style_changed_cb), self);
}

/**
 * qs_chart_view_new:
 *
 * Returns: (transfer floating): a chart view with no chart
 */
GtkWidget *
qs_chart_view_new (void)
{
  return g_object_new (QS_TYPE_CHART_VIEW, NULL);
}

/** qs_chart_view_get_chart: @self: a chart view. Returns: (transfer none) (nullable): its chart */
QsChart *
qs_chart_view_get_chart (QsChartView *self)
{
  g_return_val_if_fail (QS_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

/** qs_chart_view_set_chart: @self: a chart view. @chart: (nullable): the chart to show */
void
qs_chart_view_set_chart (QsChartView *self,
                         QsChart     *chart)
{
  g_return_if_fail (QS_IS_CHART_VIEW (self));
  if (!g_set_object (&self->chart, chart))
    return;
  self->series = -1;
  g_clear_pointer (&self->point_text, g_free);
  apply_theme (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

/** qs_chart_view_get_chart_id: @self: a chart view. Returns: (nullable): the catalog id of its chart */
const char *
qs_chart_view_get_chart_id (QsChartView *self)
{
  g_return_val_if_fail (QS_IS_CHART_VIEW (self), NULL);
  return self->chart_id;
}

/** qs_chart_view_set_chart_id: @self: a chart view. @chart_id: (nullable): the catalog id, used to name exports */
void
qs_chart_view_set_chart_id (QsChartView *self,
                            const char  *chart_id)
{
  g_return_if_fail (QS_IS_CHART_VIEW (self));
  if (g_strcmp0 (self->chart_id, chart_id) == 0)
    return;
  g_free (self->chart_id);
  self->chart_id = g_strdup (chart_id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART_ID]);
}

/** qs_chart_view_get_compact: @self: a chart view. Returns: whether it is a small card chart */
gboolean
qs_chart_view_get_compact (QsChartView *self)
{
  g_return_val_if_fail (QS_IS_CHART_VIEW (self), FALSE);
  return self->compact;
}

/** qs_chart_view_set_compact: @self: a chart view. @compact: whether it is a small card chart (no focus, no tooltips) */
void
qs_chart_view_set_compact (QsChartView *self,
                           gboolean     compact)
{
  g_return_if_fail (QS_IS_CHART_VIEW (self));
  compact = !!compact;
  if (self->compact == compact)
    return;
  self->compact = compact;
  gtk_widget_set_focusable (GTK_WIDGET (self), !compact);
  gtk_widget_set_can_target (GTK_WIDGET (self), !compact);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPACT]);
}

/** qs_chart_view_get_point_text: @self: a chart view. Returns: (nullable): the text of the point under the pointer or focus */
const char *
qs_chart_view_get_point_text (QsChartView *self)
{
  g_return_val_if_fail (QS_IS_CHART_VIEW (self), NULL);
  return self->point_text;
}

/**
 * qs_chart_view_dup_description:
 * @self: a chart view
 *
 * Returns: (transfer full): what its accessible description says now
 */
char *
qs_chart_view_dup_description (QsChartView *self)
{
  g_return_val_if_fail (QS_IS_CHART_VIEW (self), NULL);
  if (self->point_text)
    return g_strdup (self->point_text);
  return self->chart ? qs_chart_describe (self->chart) : g_strdup ("");
}

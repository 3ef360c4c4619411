/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "qs-briefing-window.h"
#include "qs-report.h"

/*
 * Briefing mode: the deck's visible slides full screen in the briefing
 * theme, driven by the keys a presentation clicker sends. The window holds
 * its own reference to the dataset it was started with, so a reload of the
 * file in the main window does not change a slide mid-briefing.
 */

#define POINTER_HIDE_SECONDS 2
#define MAX_TYPED_DIGITS 4

struct _QsBriefingWindow
{
  GtkWindow       parent_instance;

  GtkWidget      *canvas;

  QsDataset      *dataset;
  QsDeck         *deck;
  QsReportSlides *slides;
  guint           position;
  QsBlank         blank;
  GString        *typed;          /* digits of a slide number being typed */
  guint           pointer_timeout;
  gboolean        pointer_hidden;
  double          pointer_x, pointer_y;
  gboolean        on_other_monitor;
};

G_DEFINE_FINAL_TYPE (QsBriefingWindow, qs_briefing_window, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_BLANK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * qs_briefing_window_dup_position_label:
 * @self: a briefing window
 *
 * Returns: (transfer full): where the briefing is, as "Slide 3 of 9: title",
 *   for the window title, screen readers and the presenter view
 */
char *
qs_briefing_window_dup_position_label (QsBriefingWindow *self)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (QS_IS_BRIEFING_WINDOW (self), NULL);
  title = qs_report_slides_get_title (self->slides, self->position);
  /* Translators: "Slide 3 of 9: PM2.5 annual average" */
  return g_strdup_printf (_("Slide %u of %u: %s"), self->position + 1, qs_report_slides_get_n (self->slides), title);
}

static void
announce (QsBriefingWindow *self)
{
  g_autofree char *label = qs_briefing_window_dup_position_label (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->canvas), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_window_set_title (GTK_WINDOW (self), label);
}

static void
go_to (QsBriefingWindow *self,
       guint             position)
{
  guint n = qs_report_slides_get_n (self->slides);

  if (n == 0)
    return;
  position = MIN (position, n - 1);
  if (position == self->position)
    return;
  self->position = position;
  announce (self);
  gtk_widget_queue_draw (self->canvas);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

static void
set_blank (QsBriefingWindow *self,
           QsBlank           blank)
{
  if (self->blank == blank)
    return;
  self->blank = blank;
  gtk_widget_queue_draw (self->canvas);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLANK]);
}

static void
set_typed (QsBriefingWindow *self,
           const char       *digits)
{
  g_string_assign (self->typed, digits);
  gtk_widget_queue_draw (self->canvas);
}

static void
draw_typed (QsBriefingWindow *self,
            cairo_t          *cr,
            int               width,
            int               height)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (self->canvas, NULL);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("sans bold");
  g_autofree char *text = g_strdup_printf ("→ %s", self->typed->str);
  int w, h;

  pango_font_description_set_absolute_size (font, MAX (16, height / 20) * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.75);
  cairo_rectangle (cr, width - w - 48, height - h - 40, w + 32, h + 16);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_move_to (cr, width - w - 32, height - h - 32);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        data)
{
  QsBriefingWindow *self = data;

  if (self->blank != QS_BLANK_NONE || qs_report_slides_get_n (self->slides) == 0)
    {
      double v = self->blank == QS_BLANK_WHITE ? 1 : 0;
      cairo_set_source_rgb (cr, v, v, v);
      cairo_paint (cr);
      return;
    }
  qs_report_slides_draw (self->slides, self->position, cr, width, height);
  if (self->typed->len > 0)
    draw_typed (self, cr, width, height);
}

static gboolean
is_key (guint keyval,
        const guint *keys,
        guint n)
{
  for (guint i = 0; i < n; i++)
    if (keys[i] == keyval)
      return TRUE;
  return FALSE;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                QsBriefingWindow      *self)
{
  return qs_briefing_window_handle_key (self, keyval, state);
}

/**
 * qs_briefing_window_handle_key:
 * @self: a briefing window
 * @keyval: the key a clicker or keyboard sent
 * @state: its modifiers
 *
 * Does what the key means in a briefing; the presenter view sends the keys
 * pressed in the main window here too.
 *
 * Returns: whether the key meant something
 */
gboolean
qs_briefing_window_handle_key (QsBriefingWindow *self,
                               guint             keyval,
                               GdkModifierType   state)
{
  static const guint next_keys[] = { GDK_KEY_Right, GDK_KEY_Down, GDK_KEY_Page_Down, GDK_KEY_space,
                                     GDK_KEY_KP_Right, GDK_KEY_KP_Down, GDK_KEY_KP_Page_Down, GDK_KEY_n };
  static const guint previous_keys[] = { GDK_KEY_Left, GDK_KEY_Up, GDK_KEY_Page_Up, GDK_KEY_BackSpace,
                                         GDK_KEY_KP_Left, GDK_KEY_KP_Up, GDK_KEY_KP_Page_Up, GDK_KEY_p };
  static const guint enter_keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter };
  guint n = qs_report_slides_get_n (self->slides);
  guint digit;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

  if (keyval == GDK_KEY_Escape)
    {
      if (self->typed->len > 0)
        set_typed (self, "");
      else if (self->blank != QS_BLANK_NONE)
        set_blank (self, QS_BLANK_NONE);
      else
        gtk_window_destroy (GTK_WINDOW (self));
      return TRUE;
    }
  /* B and W blank the screen to black and white, again to return; many
   * clickers send "." and "," for the same. */
  if (keyval == GDK_KEY_b || keyval == GDK_KEY_B || keyval == GDK_KEY_period || keyval == GDK_KEY_KP_Decimal)
    {
      set_blank (self, self->blank == QS_BLANK_BLACK ? QS_BLANK_NONE : QS_BLANK_BLACK);
      return TRUE;
    }
  if (keyval == GDK_KEY_w || keyval == GDK_KEY_W || keyval == GDK_KEY_comma)
    {
      set_blank (self, self->blank == QS_BLANK_WHITE ? QS_BLANK_NONE : QS_BLANK_WHITE);
      return TRUE;
    }

  /* A number, then Enter, jumps to that slide. */
  digit = keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9 ? keyval - GDK_KEY_0
        : keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9 ? keyval - GDK_KEY_KP_0 : G_MAXUINT;
  if (digit != G_MAXUINT)
    {
      if (self->typed->len < MAX_TYPED_DIGITS)
        {
          g_string_append_c (self->typed, (char) ('0' + digit));
          gtk_widget_queue_draw (self->canvas);
        }
      return TRUE;
    }
  if (self->typed->len > 0 && keyval == GDK_KEY_BackSpace)
    {
      g_string_truncate (self->typed, self->typed->len - 1);
      gtk_widget_queue_draw (self->canvas);
      return TRUE;
    }
  if (self->typed->len > 0 && is_key (keyval, enter_keys, G_N_ELEMENTS (enter_keys)))
    {
      guint64 number = g_ascii_strtoull (self->typed->str, NULL, 10);

      set_typed (self, "");
      set_blank (self, QS_BLANK_NONE);
      if (number >= 1 && number <= n)
        go_to (self, (guint) number - 1);
      else
        gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    }

  /* While blank, a move key first brings the slide back, so that nobody
   * misses one. */
  if (is_key (keyval, next_keys, G_N_ELEMENTS (next_keys)) || is_key (keyval, enter_keys, G_N_ELEMENTS (enter_keys)))
    {
      if (self->blank != QS_BLANK_NONE)
        set_blank (self, QS_BLANK_NONE);
      else if (self->position + 1 < n)
        go_to (self, self->position + 1);
      return TRUE;
    }
  if (is_key (keyval, previous_keys, G_N_ELEMENTS (previous_keys)))
    {
      if (self->blank != QS_BLANK_NONE)
        set_blank (self, QS_BLANK_NONE);
      else if (self->position > 0)
        go_to (self, self->position - 1);
      return TRUE;
    }
  if (keyval == GDK_KEY_Home || keyval == GDK_KEY_KP_Home)
    {
      set_blank (self, QS_BLANK_NONE);
      go_to (self, 0);
      return TRUE;
    }
  if (keyval == GDK_KEY_End || keyval == GDK_KEY_KP_End)
    {
      set_blank (self, QS_BLANK_NONE);
      go_to (self, n > 0 ? n - 1 : 0);
      return TRUE;
    }
  return FALSE;
}

static gboolean
hide_pointer_cb (gpointer data)
{
  QsBriefingWindow *self = data;

  self->pointer_timeout = 0;
  self->pointer_hidden = TRUE;
  gtk_widget_set_cursor_from_name (self->canvas, "none");
  return G_SOURCE_REMOVE;
}

static void
restart_pointer_timeout (QsBriefingWindow *self)
{
  g_clear_handle_id (&self->pointer_timeout, g_source_remove);
  self->pointer_timeout = g_timeout_add_seconds (POINTER_HIDE_SECONDS, hide_pointer_cb, self);
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           QsBriefingWindow         *self)
{
  /* Some systems send motion events for a pointer that did not move. */
  if (ABS (x - self->pointer_x) < 1 && ABS (y - self->pointer_y) < 1)
    return;
  self->pointer_x = x;
  self->pointer_y = y;
  if (self->pointer_hidden)
    {
      self->pointer_hidden = FALSE;
      gtk_widget_set_cursor (self->canvas, NULL);
    }
  restart_pointer_timeout (self);
}

static void
qs_briefing_window_dispose (GObject *object)
{
  QsBriefingWindow *self = QS_BRIEFING_WINDOW (object);

  g_clear_handle_id (&self->pointer_timeout, g_source_remove);
  G_OBJECT_CLASS (qs_briefing_window_parent_class)->dispose (object);
}

static void
qs_briefing_window_finalize (GObject *object)
{
  QsBriefingWindow *self = QS_BRIEFING_WINDOW (object);

  /* The slides borrow the dataset and deck: free them first. */
  g_clear_pointer (&self->slides, qs_report_slides_free);
  g_clear_object (&self->deck);
  g_clear_object (&self->dataset);
  g_string_free (self->typed, TRUE);
  G_OBJECT_CLASS (qs_briefing_window_parent_class)->finalize (object);
}

static void
qs_briefing_window_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  QsBriefingWindow *self = QS_BRIEFING_WINDOW (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case PROP_BLANK:
      g_value_set_int (value, self->blank);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_briefing_window_class_init (QsBriefingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_briefing_window_dispose;
  object_class->finalize = qs_briefing_window_finalize;
  object_class->get_property = qs_briefing_window_get_property;

  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BLANK] =
    g_param_spec_int ("blank", NULL, NULL, QS_BLANK_NONE, QS_BLANK_WHITE, QS_BLANK_NONE,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qingshan/Qingshan/qs-briefing-window.ui");
  gtk_widget_class_bind_template_child (widget_class, QsBriefingWindow, canvas);
}

static void
qs_briefing_window_init (QsBriefingWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->typed = g_string_new (NULL);
  self->pointer_x = self->pointer_y = -1;
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->canvas), draw_cb, self, NULL);

  /* Capture phase: the keys are the briefing's whatever has focus. */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
  restart_pointer_timeout (self);
}

/* The monitor the briefing goes to: another than the main window's, when
 * there is one (the projector), else NULL for the current one. */
static GdkMonitor *
projector_monitor (GtkWindow *parent)
{
  GdkDisplay *display = parent ? gtk_widget_get_display (GTK_WIDGET (parent)) : gdk_display_get_default ();
  GListModel *monitors = display ? gdk_display_get_monitors (display) : NULL;
  GdkSurface *surface = parent ? gtk_native_get_surface (GTK_NATIVE (parent)) : NULL;
  GdkMonitor *own = surface ? gdk_display_get_monitor_at_surface (display, surface) : NULL;

  if (monitors == NULL || g_list_model_get_n_items (monitors) < 2)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      if (monitor != own)
        return monitor;
    }
  return NULL;
}

/**
 * qs_briefing_window_new:
 * @parent: (nullable): the main window
 * @dataset: the dataset, as it is now; later reloads do not reach the briefing
 * @deck: the deck to present; it is copied
 * @locale: (nullable): the slides' language
 *
 * Makes a briefing window and puts it full screen, on a second monitor when
 * there is one. Present it with gtk_window_present().
 *
 * Returns: (transfer none): the window, owned by GTK's list of toplevels
 */
QsBriefingWindow *
qs_briefing_window_new (GtkWindow  *parent,
                        QsDataset  *dataset,
                        QsDeck     *deck,
                        const char *locale)
{
  QsBriefingWindow *self = g_object_new (QS_TYPE_BRIEFING_WINDOW, NULL);
  g_autoptr(QsChartTheme) theme = qs_chart_theme_new_named ("briefing");
  g_autofree char *text = qs_deck_to_string (deck);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  GdkMonitor *monitor;

  self->dataset = g_object_ref (dataset);
  /* A copy, so that editing the deck meanwhile changes nothing on screen. */
  self->deck = qs_deck_load_bytes (bytes, "deck", NULL, NULL);
  if (self->deck == NULL)
    self->deck = g_object_ref (deck);
  self->slides = qs_report_slides_new (self->dataset, self->deck, locale, theme);
  if (parent)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  announce (self);
  monitor = projector_monitor (parent);
  self->on_other_monitor = monitor != NULL;
  if (monitor)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), monitor);
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
  return self;
}

/**
 * qs_briefing_window_get_position:
 * @self: a briefing window
 *
 * Returns: the slide shown, from 0
 */
guint
qs_briefing_window_get_position (QsBriefingWindow *self)
{
  return self->position;
}

/**
 * qs_briefing_window_get_n_slides:
 * @self: a briefing window
 *
 * Returns: how many slides the briefing has
 */
guint
qs_briefing_window_get_n_slides (QsBriefingWindow *self)
{
  return qs_report_slides_get_n (self->slides);
}

/**
 * qs_briefing_window_get_blank:
 * @self: a briefing window
 *
 * Returns: whether the screen is blanked, and to which colour
 */
QsBlank
qs_briefing_window_get_blank (QsBriefingWindow *self)
{
  return self->blank;
}

/**
 * qs_briefing_window_get_dataset:
 * @self: a briefing window
 *
 * Returns: (transfer none): the dataset the briefing shows
 */
QsDataset *
qs_briefing_window_get_dataset (QsBriefingWindow *self)
{
  return self->dataset;
}

/**
 * qs_briefing_window_get_pointer_hidden:
 * @self: a briefing window
 *
 * Returns: whether the pointer is hidden after being still
 */
gboolean
qs_briefing_window_get_pointer_hidden (QsBriefingWindow *self)
{
  return self->pointer_hidden;
}

/**
 * qs_briefing_window_get_on_other_monitor:
 * @self: a briefing window
 *
 * Returns: whether the briefing went to another monitor than the main
 *   window's, which then shows the presenter view
 */
gboolean
qs_briefing_window_get_on_other_monitor (QsBriefingWindow *self)
{
  g_return_val_if_fail (QS_IS_BRIEFING_WINDOW (self), FALSE);
  return self->on_other_monitor;
}

/**
 * qs_briefing_window_get_slides:
 * @self: a briefing window
 *
 * Returns: (transfer none): the slides presented, frozen at the start
 */
QsReportSlides *
qs_briefing_window_get_slides (QsBriefingWindow *self)
{
  g_return_val_if_fail (QS_IS_BRIEFING_WINDOW (self), NULL);
  return self->slides;
}

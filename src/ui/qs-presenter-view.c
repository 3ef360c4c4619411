/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "qs-presenter-view.h"

/*
 * The presenter view: while the briefing is on the projector, the main
 * window shows the slide on screen, the one after it, the current slide's
 * takeaway and the time since the briefing began. Keys pressed here drive
 * the briefing as they would on the projector, so the presenter can work
 * from the laptop. It follows the briefing window's position; it holds no
 * reference to it, since GTK ends a briefing by dropping its own.
 */

struct _QsPresenterView
{
  AdwBin            parent_instance;

  GtkLabel         *position_label;
  GtkLabel         *clock_label;
  GtkButton        *end_button;
  GtkDrawingArea   *current_area;
  GtkDrawingArea   *next_area;
  GtkLabel         *next_label;
  GtkLabel         *takeaway_label;

  QsBriefingWindow *briefing;
  gint64            started;
  guint             clock_source;
};

G_DEFINE_FINAL_TYPE (QsPresenterView, qs_presenter_view, ADW_TYPE_BIN)

static void
draw_slide (QsPresenterView *self,
            cairo_t         *cr,
            int              width,
            int              height,
            guint            index)
{
  QsReportSlides *slides = qs_briefing_window_get_slides (self->briefing);
  double w = width, h = width * 9.0 / 16.0;

  /* Slides are 16:9: the largest such rectangle, centred. */
  if (h > height)
    {
      h = height;
      w = height * 16.0 / 9.0;
    }
  if (w < 2 || h < 2 || index >= qs_report_slides_get_n (slides))
    return;
  cairo_translate (cr, (width - w) / 2, (height - h) / 2);
  cairo_rectangle (cr, 0, 0, w, h);
  cairo_clip (cr);
  qs_report_slides_draw (slides, index, cr, w, h);
}

/* The current slide, or the next one in the smaller area. */
static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        data)
{
  QsPresenterView *self = data;

  if (self->briefing)
    draw_slide (self, cr, width, height,
                qs_briefing_window_get_position (self->briefing) + (area == self->next_area ? 1 : 0));
}

static void
update (QsPresenterView *self)
{
  QsReportSlides *slides = qs_briefing_window_get_slides (self->briefing);
  guint position = qs_briefing_window_get_position (self->briefing);
  guint n = qs_report_slides_get_n (slides);
  g_autofree char *takeaway = qs_report_slides_get_takeaway (slides, position);
  g_autofree char *label = qs_briefing_window_dup_position_label (self->briefing);
  g_autofree char *next = position + 1 < n ? qs_report_slides_get_title (slides, position + 1) : NULL;

  gtk_label_set_text (self->position_label, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->current_area), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_label_set_text (self->takeaway_label, takeaway && *takeaway ? takeaway : _("No takeaway for this slide"));
  gtk_label_set_text (self->next_label, next ? next : _("End of the deck"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->next_area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  next ? next : _("End of the deck"), -1);
  if (qs_briefing_window_get_blank (self->briefing) != QS_BLANK_NONE)
    gtk_label_set_text (self->position_label, _("The projector is blanked: press B or W to bring the slide back"));
  gtk_widget_queue_draw (GTK_WIDGET (self->current_area));
  gtk_widget_queue_draw (GTK_WIDGET (self->next_area));
}

static gboolean
clock_cb (gpointer data)
{
  QsPresenterView *self = data;
  gint64 seconds = (g_get_monotonic_time () - self->started) / G_USEC_PER_SEC;
  g_autofree char *text = g_strdup_printf ("%02d:%02d:%02d", (int) (seconds / 3600), (int) (seconds / 60 % 60),
                                           (int) (seconds % 60));

  gtk_label_set_text (self->clock_label, text);
  return G_SOURCE_CONTINUE;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                QsPresenterView       *self)
{
  return self->briefing && qs_briefing_window_handle_key (self->briefing, keyval, state);
}

static void
end_clicked_cb (QsPresenterView *self)
{
  if (self->briefing)
    gtk_window_destroy (GTK_WINDOW (self->briefing));
}

static void
qs_presenter_view_dispose (GObject *object)
{
  QsPresenterView *self = QS_PRESENTER_VIEW (object);

  g_clear_handle_id (&self->clock_source, g_source_remove);
  if (self->briefing)
    {
      g_signal_handlers_disconnect_by_data (self->briefing, self);
      g_clear_weak_pointer (&self->briefing);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_PRESENTER_VIEW);
  G_OBJECT_CLASS (qs_presenter_view_parent_class)->dispose (object);
}

static void
qs_presenter_view_class_init (QsPresenterViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qs_presenter_view_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qingshan/Qingshan/qs-presenter-view.ui");
  gtk_widget_class_bind_template_child (widget_class, QsPresenterView, position_label);
  gtk_widget_class_bind_template_child (widget_class, QsPresenterView, clock_label);
  gtk_widget_class_bind_template_child (widget_class, QsPresenterView, end_button);
  gtk_widget_class_bind_template_child (widget_class, QsPresenterView, current_area);
  gtk_widget_class_bind_template_child (widget_class, QsPresenterView, next_area);
  gtk_widget_class_bind_template_child (widget_class, QsPresenterView, next_label);
  gtk_widget_class_bind_template_child (widget_class, QsPresenterView, takeaway_label);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
qs_presenter_view_init (QsPresenterView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->current_area, draw_cb, self, NULL);
  gtk_drawing_area_set_draw_func (self->next_area, draw_cb, self, NULL);
  g_signal_connect_swapped (self->end_button, "clicked", G_CALLBACK (end_clicked_cb), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/**
 * qs_presenter_view_new:
 * @briefing: the briefing on the projector
 *
 * Returns: (transfer floating): a presenter view following @briefing
 */
GtkWidget *
qs_presenter_view_new (QsBriefingWindow *briefing)
{
  QsPresenterView *self;

  g_return_val_if_fail (QS_IS_BRIEFING_WINDOW (briefing), NULL);
  self = g_object_new (QS_TYPE_PRESENTER_VIEW, NULL);
  g_set_weak_pointer (&self->briefing, briefing);
  self->started = g_get_monotonic_time ();
  g_signal_connect_swapped (briefing, "notify::position", G_CALLBACK (update), self);
  g_signal_connect_swapped (briefing, "notify::blank", G_CALLBACK (update), self);
  self->clock_source = g_timeout_add_seconds (1, clock_cb, self);
  clock_cb (self);
  update (self);
  return GTK_WIDGET (self);
}

/** qs_presenter_view_get_briefing: @self: a presenter view. Returns: (transfer none): the briefing it follows */
QsBriefingWindow *
qs_presenter_view_get_briefing (QsPresenterView *self)
{
  g_return_val_if_fail (QS_IS_PRESENTER_VIEW (self), NULL);
  return self->briefing;
}

/** qs_presenter_view_get_position_text: @self: a presenter view. Returns: the line above the slides */
const char *
qs_presenter_view_get_position_text (QsPresenterView *self)
{
  g_return_val_if_fail (QS_IS_PRESENTER_VIEW (self), NULL);
  return gtk_label_get_text (self->position_label);
}

/** qs_presenter_view_get_takeaway_text: @self: a presenter view. Returns: the current slide's takeaway as shown */
const char *
qs_presenter_view_get_takeaway_text (QsPresenterView *self)
{
  g_return_val_if_fail (QS_IS_PRESENTER_VIEW (self), NULL);
  return gtk_label_get_text (self->takeaway_label);
}

/** qs_presenter_view_get_next_text: @self: a presenter view. Returns: the next slide's title as shown */
const char *
qs_presenter_view_get_next_text (QsPresenterView *self)
{
  g_return_val_if_fail (QS_IS_PRESENTER_VIEW (self), NULL);
  return gtk_label_get_text (self->next_label);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "qs-chart-catalog.h"
#include "qs-deck-editor.h"

/*
 * The deck editor works on a copy of the deck and writes it only on Save,
 * through the deck's atomic save: Cancel, or a failed save, leaves the file
 * as it was.
 */

struct _QsDeckEditor
{
  AdwWindow       parent_instance;

  GtkListBox     *slide_list;
  GtkLabel       *chart_label;
  GtkEditable    *title_entry;
  GtkEditable    *takeaway_entry;
  GtkCheckButton *shown_check;
  GtkDropDown    *chart_dropdown;
  GtkLabel       *error_label;

  QsDataset      *dataset;
  QsDeck         *deck;
  char           *locale;
  char           *path;
  GPtrArray      *entries;        /* the catalog, for titles and the dropdown */
  guint           selected;
  gboolean        loading;        /* filling the fields: not an edit */
};

G_DEFINE_FINAL_TYPE (QsDeckEditor, qs_deck_editor, ADW_TYPE_WINDOW)

static QsChartEntry *
find_entry (QsDeckEditor *self,
            const char   *id)
{
  for (guint i = 0; id && i < self->entries->len; i++)
    if (strcmp (((QsChartEntry *) self->entries->pdata[i])->id, id) == 0)
      return self->entries->pdata[i];
  return NULL;
}

/* What the list shows for a slide: its own title, else its chart's. */
static char *
slide_label (QsDeckEditor *self,
             QsSlide      *slide)
{
  QsText *title = qs_slide_get_title (slide);
  QsChartEntry *entry;

  if (title)
    return g_strdup (qs_text_get_display (title, self->locale));
  if (qs_slide_get_kind (slide) == QS_SLIDE_KPIS)
    return g_strdup (_("Key indicator cards"));
  entry = find_entry (self, qs_slide_get_chart_id (slide));
  if (entry)
    return qs_text_for_display (qs_chart_get_title (entry->chart));
  /* Translators: a slide whose chart the dataset does not have */
  return g_strdup_printf (_("Missing chart “%s”"), qs_slide_get_chart_id (slide));
}

static guint
n_slides (QsDeckEditor *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->deck));
}

static void
update_row (QsDeckEditor *self,
            guint         position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->slide_list, (int) position);
  QsSlide *slide = qs_deck_get_slide (self->deck, position);
  g_autofree char *title = slide_label (self, slide);
  g_autofree char *text = NULL;
  GtkWidget *label;

  if (row == NULL)
    return;
  label = gtk_list_box_row_get_child (row);
  text = qs_slide_get_hidden (slide)
       /* Translators: a slide in the list; it is not shown in the briefing */
       ? g_strdup_printf (_("%u. %s (hidden)"), position + 1, title)
       : g_strdup_printf ("%u. %s", position + 1, title);
  gtk_label_set_text (GTK_LABEL (label), text);
  if (qs_slide_get_hidden (slide))
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
update_actions (QsDeckEditor *self)
{
  guint n = n_slides (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "deck.move-up", n > 0 && self->selected > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "deck.move-down", self->selected + 1 < n);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "deck.remove", n > 1);
}

static void
load_fields (QsDeckEditor *self)
{
  QsSlide *slide = self->selected < n_slides (self) ? qs_deck_get_slide (self->deck, self->selected) : NULL;
  QsText *title = slide ? qs_slide_get_title (slide) : NULL;
  QsText *takeaway = slide ? qs_slide_get_takeaway (slide) : NULL;

  self->loading = TRUE;
  gtk_editable_set_text (self->title_entry, title ? qs_text_get (title, self->locale) : "");
  gtk_editable_set_text (self->takeaway_entry, takeaway ? qs_text_get (takeaway, self->locale) : "");
  gtk_check_button_set_active (self->shown_check, slide && !qs_slide_get_hidden (slide));
  if (slide && qs_slide_get_kind (slide) == QS_SLIDE_CHART)
    {
      QsChartEntry *entry = find_entry (self, qs_slide_get_chart_id (slide));
      g_autofree char *chart_title = entry ? qs_text_for_display (qs_chart_get_title (entry->chart)) : NULL;
      /* Translators: the chart a slide shows, and its id */
      g_autofree char *text = g_strdup_printf (_("Chart: %s (%s)"), chart_title ? chart_title : "—",
                                               qs_slide_get_chart_id (slide));
      gtk_label_set_text (self->chart_label, text);
    }
  else
    gtk_label_set_text (self->chart_label, _("Key indicator cards: the headline indicators"));
  self->loading = FALSE;
  update_actions (self);
}

static void
rebuild_list (QsDeckEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->slide_list))))
    gtk_list_box_remove (self->slide_list, child);
  for (guint i = 0; i < n_slides (self); i++)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_list_box_append (self->slide_list, label);
      update_row (self, i);
    }
  self->selected = MIN (self->selected, n_slides (self) > 0 ? n_slides (self) - 1 : 0);
  gtk_list_box_select_row (self->slide_list, gtk_list_box_get_row_at_index (self->slide_list, (int) self->selected));
  load_fields (self);
}

static void
row_selected_cb (GtkListBox    *list,
                 GtkListBoxRow *row,
                 QsDeckEditor  *self)
{
  if (row == NULL)
    return;
  self->selected = (guint) gtk_list_box_row_get_index (row);
  load_fields (self);
}

/* A copy of @text with @value for @locale, or NULL for an empty value. */
static QsText *
text_with (QsText     *text,
           const char *locale,
           const char *value)
{
  QsText *copy;

  if (value == NULL || *value == '\0')
    return NULL;
  copy = qs_text_new ();
  for (guint i = 0; text && i < qs_text_get_n_items (text); i++)
    qs_text_add (copy, qs_text_get_locale (text, i), qs_text_get_value (text, i));
  /* A plain text stays plain: it stands for every language. */
  if (text == NULL || (qs_text_get_n_items (text) == 1 && *qs_text_get_locale (text, 0) == '\0'))
    qs_text_add (copy, "", value);
  else
    qs_text_add (copy, locale, value);
  return copy;
}

/* Deck texts are one line: a pasted line break becomes a space. */
static char *
one_line (const char *text)
{
  char *line = g_strdup (text);

  g_strdelimit (line, "\r\n", ' ');
  return g_strstrip (line);
}

static void
title_changed_cb (GtkEditable  *editable,
                  QsDeckEditor *self)
{
  QsSlide *slide;
  g_autofree char *value = NULL;
  g_autoptr(QsText) text = NULL;

  if (self->loading || self->selected >= n_slides (self))
    return;
  slide = qs_deck_get_slide (self->deck, self->selected);
  value = one_line (gtk_editable_get_text (editable));
  text = text_with (qs_slide_get_title (slide), self->locale, value);
  qs_slide_set_title (slide, text);
  update_row (self, self->selected);
}

static void
takeaway_changed_cb (GtkEditable  *editable,
                     QsDeckEditor *self)
{
  QsSlide *slide;
  g_autofree char *value = NULL;
  g_autoptr(QsText) text = NULL;

  if (self->loading || self->selected >= n_slides (self))
    return;
  slide = qs_deck_get_slide (self->deck, self->selected);
  value = one_line (gtk_editable_get_text (editable));
  text = text_with (qs_slide_get_takeaway (slide), self->locale, value);
  qs_slide_set_takeaway (slide, text);
}

static void
shown_toggled_cb (GtkCheckButton *check,
                  QsDeckEditor   *self)
{
  if (self->loading || self->selected >= n_slides (self))
    return;
  qs_slide_set_hidden (qs_deck_get_slide (self->deck, self->selected), !gtk_check_button_get_active (check));
  update_row (self, self->selected);
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  QsDeckEditor *self = QS_DECK_EDITOR (widget);
  gboolean up = g_str_equal (action_name, "deck.move-up");
  guint to;

  if ((up && self->selected == 0) || (!up && self->selected + 1 >= n_slides (self)))
    return;
  to = up ? self->selected - 1 : self->selected + 1;
  qs_deck_move (self->deck, self->selected, to);
  self->selected = to;
  rebuild_list (self);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  QsDeckEditor *self = QS_DECK_EDITOR (widget);

  if (n_slides (self) <= 1)
    return;
  qs_deck_remove (self->deck, self->selected);
  rebuild_list (self);
}

static void
add_chart (QsDeckEditor *self,
           const char   *id)
{
  g_autoptr(QsSlide) slide = qs_slide_new_chart (id);
  guint at = n_slides (self) > 0 ? self->selected + 1 : 0;

  qs_deck_insert (self->deck, at, slide);
  self->selected = at;
  rebuild_list (self);
}

static void
add_chart_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  QsDeckEditor *self = QS_DECK_EDITOR (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  if (find_entry (self, id))
    add_chart (self, id);
}

static void
add_selected_chart_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  QsDeckEditor *self = QS_DECK_EDITOR (widget);
  guint i = gtk_drop_down_get_selected (self->chart_dropdown);

  if (i < self->entries->len)
    add_chart (self, ((QsChartEntry *) self->entries->pdata[i])->id);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  QsDeckEditor *self = QS_DECK_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (!qs_deck_save (self->deck, self->path, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The deck was not saved: %s"), error->message);
      gtk_label_set_text (self->error_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
qs_deck_editor_finalize (GObject *object)
{
  QsDeckEditor *self = QS_DECK_EDITOR (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_object (&self->deck);
  g_clear_object (&self->dataset);
  g_free (self->locale);
  g_free (self->path);
  G_OBJECT_CLASS (qs_deck_editor_parent_class)->finalize (object);
}

static void
qs_deck_editor_class_init (QsDeckEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = qs_deck_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/qingshan/Qingshan/qs-deck-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, QsDeckEditor, slide_list);
  gtk_widget_class_bind_template_child (widget_class, QsDeckEditor, chart_label);
  gtk_widget_class_bind_template_child (widget_class, QsDeckEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, QsDeckEditor, takeaway_entry);
  gtk_widget_class_bind_template_child (widget_class, QsDeckEditor, shown_check);
  gtk_widget_class_bind_template_child (widget_class, QsDeckEditor, chart_dropdown);
  gtk_widget_class_bind_template_child (widget_class, QsDeckEditor, error_label);

  gtk_widget_class_install_action (widget_class, "deck.move-up", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "deck.move-down", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "deck.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "deck.add-chart", "s", add_chart_action);
  gtk_widget_class_install_action (widget_class, "deck.add-selected-chart", NULL, add_selected_chart_action);
  gtk_widget_class_install_action (widget_class, "deck.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "deck.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "deck.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "deck.move-down", NULL);
}

static void
qs_deck_editor_init (QsDeckEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self->slide_list, "row-selected", G_CALLBACK (row_selected_cb), self);
  g_signal_connect (self->title_entry, "changed", G_CALLBACK (title_changed_cb), self);
  g_signal_connect (self->takeaway_entry, "changed", G_CALLBACK (takeaway_changed_cb), self);
  g_signal_connect (self->shown_check, "toggled", G_CALLBACK (shown_toggled_cb), self);
}

/**
 * qs_deck_editor_new:
 * @parent: the main window
 * @dataset: the dataset the deck presents
 * @deck: the deck; it is copied, and changed only by Save
 * @locale: (nullable): the language whose titles are edited
 * @path: where Save writes the deck
 *
 * Returns: (transfer none): a modal editor; present it
 */
QsDeckEditor *
qs_deck_editor_new (GtkWindow  *parent,
                    QsDataset  *dataset,
                    QsDeck     *deck,
                    const char *locale,
                    const char *path)
{
  QsDeckEditor *self = g_object_new (QS_TYPE_DECK_EDITOR, "transient-for", parent, NULL);
  g_autofree char *text = qs_deck_to_string (deck);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);

  self->dataset = g_object_ref (dataset);
  self->deck = qs_deck_load_bytes (bytes, path, NULL, NULL);
  if (self->deck == NULL)
    self->deck = qs_deck_new ();
  if (qs_deck_get_dataset (deck))
    qs_deck_set_dataset (self->deck, qs_deck_get_dataset (deck));
  self->locale = qs_locale_normalize (locale ? locale : qs_locale_default ());
  self->path = g_strdup (path);
  self->entries = qs_chart_catalog_list (dataset, self->locale);
  for (guint i = 0; i < self->entries->len; i++)
    {
      g_autofree char *title = qs_text_for_display (qs_chart_get_title (((QsChartEntry *) self->entries->pdata[i])->chart));
      gtk_string_list_append (titles, title);
    }
  gtk_drop_down_set_model (self->chart_dropdown, G_LIST_MODEL (titles));
  rebuild_list (self);
  return self;
}

/**
 * qs_deck_editor_get_deck:
 * @self: an editor
 *
 * Returns: (transfer none): the deck as edited so far
 */
QsDeck *
qs_deck_editor_get_deck (QsDeckEditor *self)
{
  return self->deck;
}

/**
 * qs_deck_editor_get_selected:
 * @self: an editor
 *
 * Returns: the position of the slide being edited
 */
guint
qs_deck_editor_get_selected (QsDeckEditor *self)
{
  return self->selected;
}

/**
 * qs_deck_editor_select:
 * @self: an editor
 * @position: a slide
 *
 * Selects the slide at @position, as clicking it in the list does.
 */
void
qs_deck_editor_select (QsDeckEditor *self,
                       guint         position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->slide_list, (int) position);

  if (row)
    gtk_list_box_select_row (self->slide_list, row);
}

/**
 * qs_deck_editor_get_title_entry:
 * @self: an editor
 *
 * Returns: (transfer none): the entry of the selected slide's title
 */
GtkEditable *
qs_deck_editor_get_title_entry (QsDeckEditor *self)
{
  return self->title_entry;
}

/**
 * qs_deck_editor_get_takeaway_entry:
 * @self: an editor
 *
 * Returns: (transfer none): the entry of the selected slide's takeaway
 */
GtkEditable *
qs_deck_editor_get_takeaway_entry (QsDeckEditor *self)
{
  return self->takeaway_entry;
}

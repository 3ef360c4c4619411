/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Briefing mode under Xvfb: F5 opens the deck full screen; every clicker
 * key moves as a presenter expects; B and W blank the screen (checked on
 * the rendered pixels); a change to the file on disk during the briefing
 * changes nothing until it ends; the pointer hides when still; Esc leaves.
 * A screenshot of each slide goes to the build folder. */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "qs-application.h"
#include "qs-briefing-window.h"
#include "qs-deck-editor.h"
#include "qs-presenter-view.h"
#include "qs-window.h"
#include "ui-wait.h"
#include "ui-window.h"

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 100;
}

static QsBriefingWindow *
find_briefing (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (QS_IS_BRIEFING_WINDOW (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* Sends a key press as a clicker would, through the widget's controller. */
static void
press_on (GtkWidget *widget,
          guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      gboolean this_one = FALSE;

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &this_one);
      handled |= this_one;
    }
  g_assert_true (handled);
  spin (20);
}

static void
press (QsBriefingWindow *briefing,
       guint             keyval)
{
  press_on (GTK_WIDGET (briefing), keyval);
}

/* The window's pixels, as the screen shows them. */
static GdkTexture *
render (GtkWidget *widget)
{
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GskRenderNode *node = NULL;
  GdkTexture *texture;

  for (guint tries = 0; node == NULL && tries < 40; tries++)
    {
      GtkSnapshot *snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
      if (node == NULL)
        spin (50);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_render_node_unref (node);
  return texture;
}

/* How many of a grid of sample pixels have exactly this colour. */
static guint
count_pixels (GdkTexture *texture,
              guint8      value)
{
  int width = gdk_texture_get_width (texture), height = gdk_texture_get_height (texture);
  g_autofree guint8 *data = g_malloc ((gsize) width * height * 4);
  guint count = 0;

  gdk_texture_download (texture, data, (gsize) width * 4);
  for (int y = 0; y < height; y += 37)
    for (int x = 0; x < width; x += 41)
      {
        const guint8 *p = data + ((gsize) y * width + x) * 4;
        count += p[0] == value && p[1] == value && p[2] == value;
      }
  return count;
}

static guint
n_samples (GdkTexture *texture)
{
  return ((gdk_texture_get_height (texture) + 36) / 37) * ((gdk_texture_get_width (texture) + 40) / 41);
}

static void
save (GdkTexture *texture,
      const char *name)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                           "screenshots", NULL);
  g_autofree char *file = g_strdup_printf ("%s.png", name);
  g_autofree char *path = g_build_filename (dir, file, NULL);

  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static char *expected_title;

static gboolean
title_is_expected (gpointer window)
{
  QsDataset *dataset = qs_window_get_dataset (window);
  return dataset && g_strcmp0 (qs_text_get (qs_dataset_get_title (dataset), "en"), expected_title) == 0;
}

static gboolean
pointer_hidden (gpointer briefing)
{
  return qs_briefing_window_get_pointer_hidden (briefing);
}

static gboolean
briefing_closed (gpointer unused)
{
  return find_briefing () == NULL;
}

static void
test_briefing (void)
{
  g_autofree char *demo = qs_application_get_demo_path ();
  g_autofree char *dir = g_dir_make_tmp ("qs-briefing-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "jiangxi.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(QsDeck) deck = NULL;
  QsWindow *window = qs_window_new (NULL);
  QsBriefingWindow *briefing;
  QsDataset *frozen;
  g_autofree char *first_title = NULL;
  guint n;
  gsize length;

  g_assert_true (g_file_get_contents (demo, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  qs_window_open_file (window, file);
  wait_until (has_dataset, window);
  first_title = g_strdup (qs_text_get (qs_dataset_get_title (qs_window_get_dataset (window)), "en"));
  deck = qs_window_get_deck (window);

  /* F5's action, as the header bar's Briefing button runs it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.briefing", NULL));
  briefing = find_briefing ();
  g_assert_nonnull (briefing);
  wait_until (is_mapped, briefing);
  n = qs_briefing_window_get_n_slides (briefing);
  g_assert_cmpuint (n, ==, qs_deck_get_n_visible (deck));
  g_assert_cmpuint (n, >=, 5);
  g_assert_cmpuint (qs_briefing_window_get_position (briefing), ==, 0);

  /* Every slide, with a screenshot; the slides are drawn, not blank. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkTexture) texture = render (GTK_WIDGET (briefing));
      g_autofree char *name = g_strdup_printf ("briefing-%02u", i + 1);

      g_assert_cmpuint (qs_briefing_window_get_position (briefing), ==, i);
      g_assert_cmpuint (count_pixels (texture, 0), <, n_samples (texture));
      save (texture, name);
      press (briefing, i % 2 ? GDK_KEY_Page_Down : GDK_KEY_Right);
    }
  g_assert_cmpuint (qs_briefing_window_get_position (briefing), ==, n - 1);
  press (briefing, GDK_KEY_space);          /* past the end: stays */
  g_assert_cmpuint (qs_briefing_window_get_position (briefing), ==, n - 1);

  /* Previous, by every key a clicker sends for it. */
  press (briefing, GDK_KEY_Left);
  press (briefing, GDK_KEY_Up);
  press (briefing, GDK_KEY_Page_Up);
  press (briefing, GDK_KEY_BackSpace);
  g_assert_cmpuint (qs_briefing_window_get_position (briefing), ==, n - 5);
  press (briefing, GDK_KEY_Down);
  press (briefing, GDK_KEY_Return);
  g_assert_cmpuint (qs_briefing_window_get_position (briefing), ==, n - 3);
  press (briefing, GDK_KEY_Home);
  g_assert_cmpuint (qs_briefing_window_get_position (briefing), ==, 0);
  press (briefing, GDK_KEY_End);
  g_assert_cmpuint (qs_briefing_window_get_position (briefing), ==, n - 1);

  /* A number then Enter jumps; a number past the end does not move. */
  press (briefing, GDK_KEY_3);
  g_assert_cmpuint (qs_briefing_window_get_position (briefing), ==, n - 1);
  press (briefing, GDK_KEY_Return);
  g_assert_cmpuint (qs_briefing_window_get_position (briefing), ==, 2);
  press (briefing, GDK_KEY_KP_1);
  press (briefing, GDK_KEY_KP_2);
  press (briefing, GDK_KEY_BackSpace);      /* corrects the typing: "1" */
  press (briefing, GDK_KEY_KP_Enter);
  g_assert_cmpuint (qs_briefing_window_get_position (briefing), ==, 0);
  press (briefing, GDK_KEY_9);
  press (briefing, GDK_KEY_9);
  press (briefing, GDK_KEY_Return);
  g_assert_cmpuint (qs_briefing_window_get_position (briefing), ==, 0);

  /* B blanks to black, again returns; W to white. */
  press (briefing, GDK_KEY_b);
  g_assert_cmpint (qs_briefing_window_get_blank (briefing), ==, QS_BLANK_BLACK);
  {
    g_autoptr(GdkTexture) texture = render (GTK_WIDGET (briefing));
    g_assert_cmpuint (count_pixels (texture, 0), ==, n_samples (texture));
  }
  press (briefing, GDK_KEY_b);
  g_assert_cmpint (qs_briefing_window_get_blank (briefing), ==, QS_BLANK_NONE);
  press (briefing, GDK_KEY_w);
  {
    g_autoptr(GdkTexture) texture = render (GTK_WIDGET (briefing));
    g_assert_cmpuint (count_pixels (texture, 255), ==, n_samples (texture));
  }
  /* A move key while blank brings the slide back without moving. */
  press (briefing, GDK_KEY_Right);
  g_assert_cmpint (qs_briefing_window_get_blank (briefing), ==, QS_BLANK_NONE);
  g_assert_cmpuint (qs_briefing_window_get_position (briefing), ==, 0);
  {
    g_autoptr(GdkTexture) texture = render (GTK_WIDGET (briefing));
    g_assert_cmpuint (count_pixels (texture, 255), <, n_samples (texture) / 2);
  }

  /* The pointer hides after two seconds still (other windows on the test
   * display may move it meanwhile, hence a wait rather than a delay). */
  wait_until (pointer_hidden, briefing);

  /* A change on disk reaches the main window, not the briefing. */
  frozen = qs_briefing_window_get_dataset (briefing);
  {
    g_autoptr(GString) changed = g_string_new (contents);
    const char *title = strstr (changed->str, first_title);

    g_assert_nonnull (title);
    g_string_insert (changed, title - changed->str, "Changed ");
    expected_title = g_strdup_printf ("Changed %s", first_title);
    g_assert_true (g_file_set_contents (path, changed->str, (gssize) changed->len, NULL));
  }
  wait_until (title_is_expected, window);
  g_assert_true (qs_briefing_window_get_dataset (briefing) == frozen);
  g_assert_cmpstr (qs_text_get (qs_dataset_get_title (frozen), "en"), ==, first_title);
  g_assert_cmpuint (qs_briefing_window_get_n_slides (briefing), ==, n);

  /* Esc leaves; the main window shows the new data. */
  press (briefing, GDK_KEY_Escape);
  wait_until (briefing_closed, NULL);
  g_assert_cmpstr (qs_text_get (qs_dataset_get_title (qs_window_get_dataset (window)), "en"), ==, expected_title);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_clear_pointer (&expected_title, g_free);
  g_unlink (path);
  g_rmdir (dir);
}

/* Preparing a deck: choose, order, hide and caption slides in the editor;
 * Save writes it beside the dataset, it reopens identically, and the
 * briefing shows it. Cancel changes nothing. */
static void
test_deck_editor (void)
{
  g_autofree char *demo = qs_application_get_demo_path ();
  g_autofree char *dir = g_dir_make_tmp ("qs-deck-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "jiangxi.json", NULL);
  g_autofree char *deck_path = g_build_filename (dir, "jiangxi.briefing.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(QsDeck) before = NULL;
  g_autoptr(QsDeck) saved = NULL;
  g_autoptr(QsDeck) expected = NULL;
  g_autoptr(GError) error = NULL;
  QsWindow *window = qs_window_new (NULL);
  GtkWindow *editor;
  QsDeck *edited;
  QsBriefingWindow *briefing;
  gsize length;
  guint n;

  g_assert_true (g_file_get_contents (demo, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  qs_window_open_file (window, file);
  wait_until (has_dataset, window);
  before = qs_window_get_deck (window);
  n = g_list_model_get_n_items (G_LIST_MODEL (before));

  /* Cancel: nothing is written. */
  editor = qs_window_edit_deck (window);
  g_assert_nonnull (editor);
  qs_deck_editor_select (QS_DECK_EDITOR (editor), 1);
  gtk_editable_set_text (qs_deck_editor_get_title_entry (QS_DECK_EDITOR (editor)), "不保存");
  gtk_window_close (editor);
  spin (50);
  g_assert_false (g_file_test (deck_path, G_FILE_TEST_EXISTS));

  editor = qs_window_edit_deck (window);
  wait_until (is_mapped, editor);
  /* Slide 2 gets a title and a takeaway (a pasted line break becomes a space). */
  qs_deck_editor_select (QS_DECK_EDITOR (editor), 1);
  g_assert_cmpuint (qs_deck_editor_get_selected (QS_DECK_EDITOR (editor)), ==, 1);
  gtk_editable_set_text (qs_deck_editor_get_title_entry (QS_DECK_EDITOR (editor)), "全省PM2.5浓度持续下降");
  gtk_editable_set_text (qs_deck_editor_get_takeaway_entry (QS_DECK_EDITOR (editor)),
                         "2025年降至27.4微克/立方米\n优于国家考核目标");
  /* It moves to the front; slide 3 is hidden; the last is removed; a
   * chart is added after the selected slide. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "deck.move-up", NULL));
  g_assert_cmpuint (qs_deck_editor_get_selected (QS_DECK_EDITOR (editor)), ==, 0);
  qs_deck_editor_select (QS_DECK_EDITOR (editor), 2);
  {
    GtkWidget *w = GTK_WIDGET (qs_deck_editor_get_title_entry (QS_DECK_EDITOR (editor)));
    /* the "Show this slide" check follows the entries in the same box */
    for (; w && !GTK_IS_CHECK_BUTTON (w); w = gtk_widget_get_next_sibling (w))
      ;
    g_assert_nonnull (w);
    g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (w)));
    gtk_check_button_set_active (GTK_CHECK_BUTTON (w), FALSE);
  }
  qs_deck_editor_select (QS_DECK_EDITOR (editor), n - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "deck.remove", NULL));
  qs_deck_editor_select (QS_DECK_EDITOR (editor), 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "deck.add-chart", "s",
                                             "rural_sewage.treatment_rate.bars"));

  /* What the editor should have made, built by the deck's own API. */
  expected = qs_window_get_deck (window);
  {
    g_autoptr(QsText) title = qs_text_new_plain ("全省PM2.5浓度持续下降");
    g_autoptr(QsText) takeaway = qs_text_new_plain ("2025年降至27.4微克/立方米 优于国家考核目标");
    g_autoptr(QsSlide) added = qs_slide_new_chart ("rural_sewage.treatment_rate.bars");

    qs_slide_set_title (qs_deck_get_slide (expected, 1), title);
    qs_slide_set_takeaway (qs_deck_get_slide (expected, 1), takeaway);
    qs_deck_move (expected, 1, 0);
    qs_slide_set_hidden (qs_deck_get_slide (expected, 2), TRUE);
    qs_deck_remove (expected, n - 1);
    qs_deck_insert (expected, 1, added);
  }
  spin (100);
  {
    g_autoptr(GdkTexture) shot = render (GTK_WIDGET (editor));
    save (shot, "deck-editor");
  }
  edited = qs_deck_editor_get_deck (QS_DECK_EDITOR (editor));
  g_assert_true (qs_deck_equal (edited, expected));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "deck.save", NULL));
  spin (50);
  g_assert_true (g_file_test (deck_path, G_FILE_TEST_IS_REGULAR));
  saved = qs_deck_load_path (deck_path, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (qs_deck_equal (saved, expected));
  {
    g_autoptr(QsDeck) reopened = qs_window_get_deck (window);
    g_assert_true (qs_deck_equal (reopened, expected));
  }

  /* The briefing presents the saved deck: one slide hidden. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.briefing", NULL));
  briefing = find_briefing ();
  g_assert_nonnull (briefing);
  g_assert_cmpuint (qs_briefing_window_get_n_slides (briefing), ==, qs_deck_get_n_visible (expected));
  g_assert_cmpuint (qs_briefing_window_get_n_slides (briefing), ==, n - 1);
  press (briefing, GDK_KEY_Escape);
  wait_until (briefing_closed, NULL);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_unlink (deck_path);
  g_unlink (path);
  g_rmdir (dir);
}

/* With the briefing on a second monitor the main window shows the
 * presenter view; Xvfb has one monitor, so the briefing goes full screen
 * on it and the view is asked for as the Briefing action asks for it. */
static void
test_presenter (void)
{
  g_autofree char *demo = qs_application_get_demo_path ();
  g_autoptr(GFile) file = g_file_new_for_path (demo);
  QsWindow *window = qs_window_new (NULL);
  QsBriefingWindow *briefing;
  QsPresenterView *presenter;
  QsReportSlides *slides;
  g_autofree char *expected = NULL;
  g_autofree char *title = NULL;
  g_autofree char *takeaway = NULL;
  guint n;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  qs_window_open_file (window, file);
  wait_until (has_dataset, window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.briefing", NULL));
  briefing = find_briefing ();
  g_assert_nonnull (briefing);
  wait_until (is_mapped, briefing);
  g_assert_false (qs_briefing_window_get_on_other_monitor (briefing));
  g_assert_null (qs_window_get_presenter (window));

  qs_window_show_presenter (window, briefing);
  presenter = QS_PRESENTER_VIEW (qs_window_get_presenter (window));
  g_assert_nonnull (presenter);
  wait_until (is_mapped, presenter);
  slides = qs_briefing_window_get_slides (briefing);
  n = qs_report_slides_get_n (slides);
  g_assert_cmpuint (n, >=, 3);

  /* The current slide's number, title and takeaway; the next one's title. */
  title = qs_report_slides_get_title (slides, 0);
  expected = g_strdup_printf ("Slide 1 of %u: %s", n, title);
  g_assert_cmpstr (qs_presenter_view_get_position_text (presenter), ==, expected);
  g_free (title);
  title = qs_report_slides_get_title (slides, 1);
  g_assert_cmpstr (qs_presenter_view_get_next_text (presenter), ==, title);
  takeaway = qs_report_slides_get_takeaway (slides, 0);
  g_assert_cmpstr (qs_presenter_view_get_takeaway_text (presenter), ==,
                   takeaway ? takeaway : "No takeaway for this slide");

  /* Keys pressed in the main window drive the projector. */
  press_on (GTK_WIDGET (presenter), GDK_KEY_Right);
  g_assert_cmpuint (qs_briefing_window_get_position (briefing), ==, 1);
  g_free (expected);
  expected = g_strdup_printf ("Slide 2 of %u: %s", n, title);
  g_assert_cmpstr (qs_presenter_view_get_position_text (presenter), ==, expected);
  {
    g_autoptr(GdkTexture) texture = render (GTK_WIDGET (window));
    /* Slides are drawn: most sampled pixels are neither black nor white
     * only where nothing was drawn. */
    g_assert_cmpuint (count_pixels (texture, 0), <, n_samples (texture) / 2);
    save (texture, "presenter");
  }
  press_on (GTK_WIDGET (presenter), GDK_KEY_End);
  g_assert_cmpuint (qs_briefing_window_get_position (briefing), ==, n - 1);
  g_assert_cmpstr (qs_presenter_view_get_next_text (presenter), ==, "End of the deck");
  press_on (GTK_WIDGET (presenter), GDK_KEY_b);
  g_assert_cmpint (qs_briefing_window_get_blank (briefing), ==, QS_BLANK_BLACK);
  g_assert_nonnull (strstr (qs_presenter_view_get_position_text (presenter), "blanked"));
  press_on (GTK_WIDGET (presenter), GDK_KEY_b);
  g_assert_cmpint (qs_briefing_window_get_blank (briefing), ==, QS_BLANK_NONE);

  /* Leaving the briefing gives the window its views back. */
  g_object_add_weak_pointer (G_OBJECT (presenter), (gpointer *) &presenter);
  press_on (GTK_WIDGET (presenter), GDK_KEY_Escape);
  wait_until (briefing_closed, NULL);
  g_assert_null (qs_window_get_presenter (window));
  spin (50);
  g_assert_null (presenter);
  g_assert_true (gtk_widget_get_mapped (qs_window_get_kpi_flow (window)) ||
                 gtk_widget_get_ancestor (qs_window_get_kpi_flow (window), ADW_TYPE_APPLICATION_WINDOW) != NULL);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_test_add_func ("/briefing/keys-blank-frozen", test_briefing);
  g_test_add_func ("/briefing/deck-editor", test_deck_editor);
  g_test_add_func ("/briefing/presenter", test_presenter);
  return g_test_run ();
}

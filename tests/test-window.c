/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window, headless under Xvfb: the demo dataset in every view, a bad
 * file that leaves what is shown in place, reloading a file changed on disk,
 * the chart widget's tooltip, description and legend, and no leaks. A
 * screenshot of each view, light and dark, goes to the build folder. */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "qs-application.h"
#include "qs-chart-view.h"
#include "qs-kpi-card.h"
#include "qs-window.h"
#include "qs-section-row.h"
#include "qs-sections-table.h"
#include "qs-water-quality.h"
#include "ui-text.h"
#include "ui-wait.h"
#include "ui-window.h"
#include "hostile-dataset.h"

static gboolean
has_error (gpointer window)
{
  return qs_window_get_error_text (window) != NULL;
}

/* The chart view has been drawn at its current size, so that hit tests and
 * point positions describe what is on screen. */
static gboolean
is_drawn (gpointer view)
{
  QsChart *chart = qs_chart_view_get_chart (view);
  double width, height;

  return is_allocated (view) && chart && qs_chart_get_drawn_size (chart, &width, &height) &&
         (int) width == gtk_widget_get_width (view) && (int) height == gtk_widget_get_height (view);
}

static QsWindow *
open_window (const char *path)
{
  QsWindow *window = qs_window_new (NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  qs_window_open_file (window, file);
  wait_until (has_dataset, window);
  return window;
}

static void
close_window (QsWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
save_screenshot (QsWindow   *window,
                 const char *name)
{
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                           "screenshots", NULL);
  g_autofree char *file = g_strdup_printf ("%s.png", name);
  g_autofree char *path = g_build_filename (dir, file, NULL);

  /* The first frames may not be drawn yet under a busy machine: retry. */
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  for (guint tries = 0; node == NULL && tries < 40; tries++)
    {
      spin (50);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static void
test_demo_views (void)
{
  g_autofree char *demo = qs_application_get_demo_path ();
  QsWindow *window = open_window (demo);
  QsDataset *dataset = qs_window_get_dataset (window);
  g_autoptr(GString) text = g_string_new (NULL);
  static const char *const views[] = { "overview", "air", "water", "rural", "data" };
  static const char *const schemes[] = { "light", "dark" };
  guint cards = 0, expected_cards = 0;

  g_assert_true (qs_dataset_is_demo (dataset));
  wait_until (is_allocated, window);
  collect_text (GTK_WIDGET (window), text);
  g_assert_nonnull (strstr (text->str, qs_text_get (qs_dataset_get_title (dataset), NULL)));
  g_assert_nonnull (strstr (text->str, "Demonstration data"));
  g_assert_nonnull (strstr (text->str, "27.4 µg/m³"));

  /* A card per headline indicator, and charts in each domain's view. */
  for (GtkWidget *c = gtk_widget_get_first_child (qs_window_get_kpi_flow (window)); c; c = gtk_widget_get_next_sibling (c))
    cards++;
  for (guint i = 0; i < qs_dataset_get_indicators (dataset)->len; i++)
    {
      QsIndicator *indicator = qs_dataset_get_indicators (dataset)->pdata[i];
      expected_cards += qs_indicator_get_kind (indicator) != QS_KIND_COMPOSITION &&
                        qs_indicator_get_series (indicator)->len > 0 &&
                        !qs_dataset_is_part_of_rate (dataset, qs_indicator_get_id (indicator));
    }
  g_assert_cmpuint (cards, ==, expected_cards);
  g_assert_cmpuint (qs_charts_page_get_n_charts (qs_window_get_charts_page (window, "air")), >=, 8);
  g_assert_cmpuint (qs_charts_page_get_n_charts (qs_window_get_charts_page (window, "water")), >=, 5);
  g_assert_cmpuint (qs_charts_page_get_n_charts (qs_window_get_charts_page (window, "rural")), >=, 3);
  /* The rate made of village counts, summed over the cities, is shown; the
   * counts themselves are not (they are in the Data view). */
  g_assert_true (qs_dataset_is_part_of_rate (dataset, "rural_sewage.villages_total"));
  g_assert_nonnull (qs_charts_page_find_chart (qs_window_get_charts_page (window, "rural"),
                                               "rural_sewage.derived_treatment_rate.trend"));
  g_assert_null (qs_charts_page_find_chart (qs_window_get_charts_page (window, "rural"),
                                            "rural_sewage.villages_total.trend"));
  g_assert_null (qs_charts_page_find_chart (qs_window_get_charts_page (window, "rural"),
                                            "rural_sewage.villages_treated.map"));
  g_assert_nonnull (qs_charts_page_find_chart (qs_window_get_charts_page (window, "air"),
                                               "air.aqi_calendar.360100.2026"));

  /* Every view, by the actions the Alt+1 … Alt+5 shortcuts run, in both
   * styles; screenshots for people to look at. */
  for (guint s = 0; s < G_N_ELEMENTS (schemes); s++)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                          s ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
      for (guint v = 0; v < G_N_ELEMENTS (views); v++)
        {
          g_autofree char *name = g_strdup_printf ("%s-%s", views[v], schemes[s]);
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[v]));
          g_assert_cmpstr (qs_window_get_view (window), ==, views[v]);
          spin (150);
          save_screenshot (window, name);
        }
    }
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  close_window (window);
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_widget (c, type);
      if (found)
        return found;
    }
  return NULL;
}

/* The Water view lists the demo's sections with their derived class, and
 * the table sorts by class, worst first. */
static void
test_sections_table (void)
{
  g_autofree char *demo = qs_application_get_demo_path ();
  QsWindow *window = open_window (demo);
  GtkWidget *table = find_widget (GTK_WIDGET (qs_window_get_charts_page (window, "water")), QS_TYPE_SECTIONS_TABLE);
  GListModel *rows;
  guint n;
  int previous = G_MAXINT;

  g_assert_nonnull (table);
  n = qs_sections_table_get_n_rows (QS_SECTIONS_TABLE (table));
  g_assert_cmpuint (n, ==, qs_dataset_get_water_sections (qs_window_get_dataset (window))->len);
  qs_sections_table_sort_by (QS_SECTIONS_TABLE (table), "class-name", GTK_SORT_DESCENDING);
  rows = qs_sections_table_get_rows (QS_SECTIONS_TABLE (table));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QsSectionRow) row = g_list_model_get_item (rows, i);
      int water_class = qs_section_row_get_water_class (row);

      g_assert_cmpint (water_class, >=, 1);
      g_assert_cmpint (water_class, <=, previous);
      previous = water_class;
      /* A section worse than class III names what decides it. */
      if (water_class > 3)
        g_assert_cmpstr (qs_section_row_get_limiting (row), !=, "");
    }

  /* Rivers with five or more sections get their class-proportion status. */
  {
    g_autoptr(GPtrArray) classes = qs_section_classes_latest (qs_window_get_dataset (window));
    g_autoptr(GPtrArray) rivers = qs_river_statuses (classes, NULL);
    const char *text = qs_sections_table_get_rivers_text (QS_SECTIONS_TABLE (table));

    g_assert_cmpuint (rivers->len, >=, 1);
    for (guint i = 0; i < rivers->len; i++)
      {
        QsRiverStatus *river = rivers->pdata[i];
        g_assert_nonnull (strstr (text, qs_text_get_display (river->water_body, NULL)));
        g_assert_nonnull (strstr (text, qs_water_status_name (river->status, NULL)));
      }
  }

  /* A screenshot with the table in view, for people to look at. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "water"));
  wait_until (is_allocated, table);
  {
    GtkWidget *scroller = gtk_widget_get_ancestor (table, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
    graphene_point_t point;

    g_assert_true (gtk_widget_compute_point (table, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)),
                                             &GRAPHENE_POINT_INIT (0, 0), &point));
    gtk_adjustment_set_value (adjustment, point.y);
  }
  spin (150);
  save_screenshot (window, "water-sections");
  close_window (window);
}

/* The smallest screen the app supports, 1024×600, holds the window in
 * every view: its minimum size fits, so nothing is clipped. */
static void
test_fits_small_screen (void)
{
  g_autofree char *demo = qs_application_get_demo_path ();
  QsWindow *window = open_window (demo);
  static const char *const views[] = { "overview", "air", "water", "rural", "data" };

  wait_until (is_allocated, window);
  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      int min_width, min_height;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[v]));
      spin (50);
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, 1024, &min_height, NULL, NULL, NULL);
      if (min_width > 1024 || min_height > 600)
        g_error ("%s view needs at least %d×%d", views[v], min_width, min_height);
    }
  close_window (window);
}

/* The first chart view inside @widget, depth first. */
static QsChartView *
find_chart_view (GtkWidget *widget)
{
  if (QS_IS_CHART_VIEW (widget))
    return QS_CHART_VIEW (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      QsChartView *found = find_chart_view (c);
      if (found)
        return found;
    }
  return NULL;
}

static void
test_card_opens_chart (void)
{
  g_autofree char *demo = qs_application_get_demo_path ();
  QsWindow *window = open_window (demo);
  GtkWidget *card = gtk_widget_get_first_child (gtk_widget_get_first_child (qs_window_get_kpi_flow (window)));

  g_assert_true (QS_IS_KPI_CARD (card));
  g_assert_cmpstr (qs_kpi_card_get_indicator_id (QS_KPI_CARD (card)), ==, "air.pm25_annual");
  g_assert_cmpstr (qs_kpi_card_get_value_text (QS_KPI_CARD (card)), ==, "27.4 µg/m³");
  g_assert_cmpstr (qs_kpi_card_get_change_text (QS_KPI_CARD (card)), ==, "▲ up 1.5% on 2024");
  /* Its sparkline has no background of its own, in light and dark alike. */
  {
    QsChartView *spark = find_chart_view (card);

    g_assert_nonnull (spark);
    g_assert_cmpint (qs_chart_get_kind (qs_chart_view_get_chart (spark)), ==, QS_CHART_SPARKLINE);
    g_assert_cmpfloat (qs_chart_get_theme (qs_chart_view_get_chart (spark))->background.alpha, ==, 0);
  }
  g_signal_emit_by_name (card, "clicked");
  g_assert_cmpstr (qs_window_get_view (window), ==, "air");
  close_window (window);
}

static void
test_chart_widget (void)
{
  g_autofree char *demo = qs_application_get_demo_path ();
  QsWindow *window = open_window (demo);
  QsChartsPage *air = qs_window_get_charts_page (window, "air");
  QsChartView *trend = qs_charts_page_find_chart (air, "air.pm25_annual.trend");
  QsChartView *cities = qs_charts_page_find_chart (air, "air.pm25_annual.cities");
  g_autofree char *description = NULL;
  const QsChartTextBox *boxes;
  double x, y;
  guint n;
  int hidden = -1;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "air");
  wait_until (is_drawn, trend);

  /* The accessible description summarises the chart in words. */
  description = qs_chart_view_dup_description (trend);
  g_assert_nonnull (strstr (description, "PM2.5 annual mean concentration"));
  g_assert_nonnull (strstr (description, "Jiangxi, 2020–2025: from 30.0 µg/m³ to 27.4 µg/m³"));

  /* Hovering the 2025 point: tooltip and what a screen reader hears. */
  g_assert_true (qs_chart_map_point (qs_chart_view_get_chart (trend), 0, 5, &x, &y));
  g_assert_true (qs_chart_view_hover (trend, x + 2, y + 2));
  g_assert_cmpstr (qs_chart_view_get_point_text (trend), ==, "2025, Jiangxi, 27.4 µg/m³");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (trend)), ==, "2025, Jiangxi, 27.4 µg/m³");
  g_free (description);
  description = qs_chart_view_dup_description (trend);
  g_assert_cmpstr (description, ==, "2025, Jiangxi, 27.4 µg/m³");

  /* The keyboard: Home goes to the first point, Right to the next. */
  qs_chart_view_focus_point (trend, 0, 0);
  g_assert_cmpstr (qs_chart_view_get_point_text (trend), ==, "2020, Jiangxi, 30.0 µg/m³");

  /* A click on a city's legend entry hides that city's line. */
  wait_until (is_drawn, cities);
  boxes = qs_chart_get_text_boxes (qs_chart_view_get_chart (cities), &n);
  for (guint i = 0; i < n && hidden < 0; i++)
    if (g_str_equal (boxes[i].text, "Nanchang") &&
        qs_chart_view_click (cities, boxes[i].x + 2, boxes[i].y + boxes[i].height / 2))
      hidden = 1;
  g_assert_cmpint (hidden, ==, 1);
  g_assert_false (qs_chart_get_series_visible (qs_chart_view_get_chart (cities), 1));
  close_window (window);
}

static void
test_bad_file_keeps_data (void)
{
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "good", "full.json", NULL);
  g_autofree char *dir = g_dir_make_tmp ("qs-window-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  QsWindow *window = open_window (good);
  QsDataset *before = qs_window_get_dataset (window);
  g_autoptr(GString) text = g_string_new (NULL);

  /* Markup in the file must show as text, never be interpreted. */
  g_assert_true (g_file_set_contents (bad, "{\"format\": \"<b>bold</b>\"}", -1, NULL));
  qs_window_open_file (window, bad_file);
  wait_until (has_error, window);
  spin (600);   /* the revealer's animation */
  g_assert_true (qs_window_get_dataset (window) == before);
  g_assert_nonnull (strstr (qs_window_get_error_text (window),
                            "bad.json: format: “<b>bold</b>” is not a Qingshan dataset"));
  collect_text (GTK_WIDGET (window), text);
  g_assert_nonnull (strstr (text->str, "Test dataset"));
  g_assert_nonnull (strstr (text->str, "“<b>bold</b>” is not a Qingshan dataset"));
  close_window (window);
  g_unlink (bad);
  g_rmdir (dir);
}

static char *reload_expected;

static gboolean
title_is_expected (gpointer window)
{
  QsDataset *dataset = qs_window_get_dataset (window);

  return dataset && g_strcmp0 (qs_text_get (qs_dataset_get_title (dataset), "en"), reload_expected) == 0;
}

static void
test_reload_on_change (void)
{
  g_autofree char *dir = g_dir_make_tmp ("qs-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "data.json", NULL);
#define DOC(title) "{\"format\": \"qingshan-dataset\", \"version\": 1, \"metadata\": {\"title\": \"" title "\", " \
                    "\"provenance\": \"other\"}, \"regions\": [{\"code\": \"110000\", \"name\": \"x\"}], " \
                    "\"indicators\": []}"
  const char *first = DOC ("First");
  const char *second = DOC ("Second");
#undef DOC
  QsWindow *window;

  g_assert_true (g_file_set_contents (path, first, -1, NULL));
  window = open_window (path);
  reload_expected = "First";
  wait_until (title_is_expected, window);
  spin (200);
  g_assert_true (g_file_set_contents (path, second, -1, NULL));
  reload_expected = "Second";
  wait_until (title_is_expected, window);
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_finalized (void)
{
  g_autofree char *demo = qs_application_get_demo_path ();
  QsWindow *window = open_window (demo);
  QsDataset *dataset = g_object_ref (qs_window_get_dataset (window));

  g_object_ref (window);
  close_window (window);
  g_assert_finalize_object (window);
  /* The window and its views dropped their references: ours is the last. */
  g_assert_finalize_object (dataset);
}

/* The demo dataset with hostile names in every view: markup stays literal,
 * no control or override character is shown, and a 10 000-character name
 * does not widen the window past the screen. */
static void
test_hostile_text (void)
{
  g_autofree char *demo = qs_application_get_demo_path ();
  g_autofree char *dir = g_dir_make_tmp ("qs-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "hostile.json", NULL);
  g_autoptr(GBytes) bytes = hostile_dataset_bytes (demo);
  static const char *const views[] = { "overview", "air", "water", "rural", "data" };
  QsWindow *window;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), NULL));
  window = open_window (path);
  wait_until (is_allocated, window);
  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *name = g_strdup_printf ("hostile-%s", views[v]);
      g_auto(GStrv) lines = NULL;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[v]));
      spin (150);
      save_screenshot (window, name);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1280);
      collect_text (GTK_WIDGET (window), text);
      lines = g_strsplit (text->str, "\n", -1);
      for (guint i = 0; lines[i]; i++)
        {
          if (has_forbidden_character (lines[i]))
            g_error ("%s view: “%.80s” shows a control or override character", views[v], lines[i]);
          /* A label may join a name with a few words, never show it whole. */
          if (g_utf8_strlen (lines[i], -1) > 2 * QS_TEXT_DISPLAY_MAX)
            g_error ("%s view: a label of %ld characters", views[v], g_utf8_strlen (lines[i], -1));
        }
      if (v == 0)
        g_assert_nonnull (strstr (text->str, "<b>南昌</b>"));
    }
  close_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/demo-views", test_demo_views);
  g_test_add_func ("/window/card-opens-chart", test_card_opens_chart);
  g_test_add_func ("/window/fits-small-screen", test_fits_small_screen);
  g_test_add_func ("/window/sections-table", test_sections_table);
  g_test_add_func ("/window/chart-widget", test_chart_widget);
  g_test_add_func ("/window/bad-file-keeps-data", test_bad_file_keeps_data);
  g_test_add_func ("/window/reload-on-change", test_reload_on_change);
  g_test_add_func ("/window/hostile-text", test_hostile_text);
  g_test_add_func ("/window/finalized", test_finalized);
  return g_test_run ();
}

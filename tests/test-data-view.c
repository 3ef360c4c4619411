/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The data table, headless under Xvfb: its rows, sorting, search, the text it
 * copies for spreadsheets, dataset text shown literally, and the cap on the
 * number of rows. */

#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>

#include "qs-data-row.h"
#include "qs-data-view.h"
#include "qs-dataset-loader.h"
#include "qs-period.h"

#define HEADER "Indicator\tRegion\tPeriod\tValue\tUnit\tStatus\tSource\n"
#define PM25_2025 "PM2.5 annual mean\tJiangxi\t2025\t27.4\tµg/m³\tProvisional\tPress conference\n"

static QsDataset *
load_full (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good", "full.json", NULL);
  g_autoptr(GError) error = NULL;
  QsDataset *dataset = qs_dataset_loader_load_path (path, NULL, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (dataset);
  return dataset;
}

static QsDataView *
new_view (QsDataset *dataset)
{
  QsDataView *view = g_object_ref_sink (qs_data_view_new ());

  qs_data_view_set_dataset (view, dataset);
  return view;
}

static void
spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
timeout_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);
      if (found)
        return found;
    }
  return NULL;
}

static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && strcmp (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, text);
      if (found)
        return found;
    }
  return NULL;
}

static GtkColumnViewColumn *
get_column (QsDataView *view,
            guint       index)
{
  GtkColumnView *column_view = GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW));
  g_autoptr(GtkColumnViewColumn) column = NULL;

  g_assert_nonnull (column_view);
  column = g_list_model_get_item (gtk_column_view_get_columns (column_view), index);
  g_assert_nonnull (column);
  /* The column view holds it. */
  return column;
}

static void
sort_by (QsDataView  *view,
         guint        column,
         GtkSortType  order)
{
  GtkColumnView *column_view = GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW));

  gtk_column_view_sort_by_column (column_view, get_column (view, column), order);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; (p = strchr (p, '\n')); p++)
    n++;
  return n;
}

/* The value (fourth field) of every line but the header; NaN when empty. */
static GArray *
tsv_values (const char *tsv)
{
  g_auto(GStrv) lines = g_strsplit (tsv, "\n", -1);
  GArray *values = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 1; lines[i] && *lines[i]; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      double v;

      g_assert_cmpuint (g_strv_length (fields), ==, 7);
      v = *fields[3] ? g_ascii_strtod (fields[3], NULL) : NAN;
      g_array_append_val (values, v);
    }
  return values;
}

static QsDataRow *
find_row (GListModel *rows,
          const char *indicator_id,
          const char *region_code,
          const char *period)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(QsDataRow) row = g_list_model_get_item (rows, i);

      if (strcmp (qs_data_row_get_indicator_id (row), indicator_id) == 0 &&
          strcmp (qs_data_row_get_region_code (row), region_code) == 0 &&
          strcmp (qs_data_row_get_period (row), period) == 0)
        return row;
    }
  return NULL;
}

static void
test_rows (void)
{
  g_autoptr(QsDataset) dataset = load_full ();
  g_autoptr(GListModel) rows = qs_data_rows_from_dataset (dataset, "en");
  g_autoptr(GListModel) rows_zh = qs_data_rows_from_dataset (dataset, "zh_CN");
  QsDataRow *row;
  double value;
  gint64 key;

  /* Counted in the file: PM2.5 5 + 3 slots (one null), good-day ratio 3,
   * water classes 2 years × 3 categories, cases 3, signed index 3; and what
   * its raw tables derive: Nanchang's daily AQI 3 days, the 2025 good-day
   * ratio and PM2.5 mean for the city and the province 2 + 2, the AQI
   * levels of one month 6, the national section's water 1 + 6 classes. */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 5 + 3 + 3 + 2 * 3 + 3 + 3 + 3 + 2 + 2 + 6 + 1 + 6);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, qs_dataset_get_n_values (dataset));
  g_assert_true (g_list_model_get_item_type (rows) == QS_TYPE_DATA_ROW);

  row = find_row (rows, "air.pm25_annual", "360000", "2025");
  g_assert_nonnull (row);
  g_assert_cmpstr (qs_data_row_get_indicator_name (row), ==, "PM2.5 annual mean");
  g_assert_cmpstr (qs_data_row_get_region_name (row), ==, "Jiangxi");
  g_assert_cmpfloat (qs_data_row_get_value (row), ==, 27.4);
  g_assert_cmpstr (qs_data_row_get_value_text (row), ==, "27.4 µg/m³");
  g_assert_cmpstr (qs_data_row_get_unit (row), ==, "µg/m³");
  g_assert_cmpstr (qs_data_row_get_status (row), ==, "Provisional");
  g_assert_cmpstr (qs_data_row_get_source (row), ==, "Press conference");
  /* The properties column sorters and expressions read. */
  g_object_get (row, "value", &value, "period-key", &key, NULL);
  g_assert_cmpfloat (value, ==, 27.4);
  g_assert_cmpint (key, ==, qs_data_row_period_key (QS_RESOLUTION_YEAR, 2025));

  /* A missing value is listed, as a dash, without status or source. */
  row = find_row (rows, "air.pm25_annual", "360000", "2023");
  g_assert_nonnull (row);
  g_assert_true (isnan (qs_data_row_get_value (row)));
  g_assert_cmpstr (qs_data_row_get_value_text (row), ==, "—");
  g_assert_cmpstr (qs_data_row_get_status (row), ==, "");
  g_assert_cmpstr (qs_data_row_get_source (row), ==, "");

  /* A composition: a row per category, named after the indicator. */
  row = find_row (rows, "water.classes", "360000", "2025");
  g_assert_nonnull (row);
  g_assert_cmpstr (qs_data_row_get_indicator_name (row), ==, "Water class composition · Classes I–III");
  g_assert_cmpfloat (qs_data_row_get_value (row), ==, 97.8);
  row = find_row (rows_zh, "water.classes", "360000", "2025年");
  g_assert_nonnull (row);
  g_assert_cmpstr (qs_data_row_get_indicator_name (row), ==, "水质类别构成 · Ⅰ～Ⅲ类");
  g_assert_cmpstr (qs_data_row_get_region_name (row), ==, "江西省");

  /* Unit labels, grouping-free small counts, quarters and days. */
  row = find_row (rows, "other.cases", "360400", "Dec 2025");
  g_assert_nonnull (row);
  g_assert_cmpstr (qs_data_row_get_value_text (row), ==, "30 cases");
  g_assert_cmpstr (qs_data_row_get_region_name (row), ==, "Jiujiang");
  row = find_row (rows, "air.good_days_ratio", "360000", "Q3 2024");
  g_assert_nonnull (row);
  g_assert_cmpstr (qs_data_row_get_value_text (row), ==, "96.1%");

  /* Periods of every resolution sort in time; a year before its months. */
  g_assert_cmpint (qs_data_row_period_key (QS_RESOLUTION_YEAR, 2025), <,
                   qs_data_row_period_key (QS_RESOLUTION_MONTH, 2025 * 12));
  g_assert_cmpint (qs_data_row_period_key (QS_RESOLUTION_MONTH, 2024 * 12 + 11), <,
                   qs_data_row_period_key (QS_RESOLUTION_YEAR, 2025));
  g_assert_cmpint (qs_data_row_period_key (QS_RESOLUTION_QUARTER, 2024 * 4 + 3), <,
                   qs_data_row_period_key (QS_RESOLUTION_MONTH, 2025 * 12));
}

static void
test_sort (void)
{
  g_autoptr(QsDataset) dataset = load_full ();
  QsDataView *view = new_view (dataset);
  g_autofree char *descending = NULL;
  g_autofree char *ascending = NULL;
  g_autoptr(GArray) values = NULL;

  sort_by (view, 3, GTK_SORT_DESCENDING);
  descending = qs_data_view_dup_selection_tsv (view);
  g_assert_true (g_str_has_prefix (descending, HEADER));
  values = tsv_values (descending);
  g_assert_cmpuint (values->len, ==, 43);
  /* The largest value first: 100 % of Nanchang's three valid days were good. */
  g_assert_cmpfloat (g_array_index (values, double, 0), ==, 100);
  for (guint i = 1; i < values->len; i++)
    if (!isnan (g_array_index (values, double, i)))
      g_assert_cmpfloat (g_array_index (values, double, i - 1), >=, g_array_index (values, double, i));
  /* A missing value sorts below every number. */
  g_assert_true (isnan (g_array_index (values, double, values->len - 1)));
  g_assert_false (isnan (g_array_index (values, double, values->len - 2)));

  sort_by (view, 3, GTK_SORT_ASCENDING);
  ascending = qs_data_view_dup_selection_tsv (view);
  g_assert_true (g_str_has_prefix (ascending, HEADER "PM2.5 annual mean\tJiangxi\t2023\t\tµg/m³\t\t\n"
                                              "A signed index\tJiangxi\t28 Feb 2024\t-1.5\t\tFinal\t\n"));

  /* Texts sort as words, periods in time. */
  sort_by (view, 1, GTK_SORT_ASCENDING);
  {
    g_autofree char *by_region = qs_data_view_dup_selection_tsv (view);
    g_assert_nonnull (strstr (by_region, "\tJiangxi\t"));
    g_assert_true (strstr (by_region, "\tJiangxi\t") < strstr (by_region, "\tJiujiang\t"));
    g_assert_true (strstr (by_region, "\tJiujiang\t") < strstr (by_region, "\tNanchang\t"));
  }
  sort_by (view, 2, GTK_SORT_DESCENDING);
  {
    g_autofree char *by_period = qs_data_view_dup_selection_tsv (view);
    g_assert_true (g_str_has_prefix (by_period, HEADER "Enforcement cases\tJiujiang\tJan 2026\t7\tcases\tFinal\t\n"));
  }

  g_assert_finalize_object (view);
}

static void
test_tsv (void)
{
  g_autoptr(QsDataset) dataset = load_full ();
  QsDataView *view = new_view (dataset);
  GtkSelectionModel *selection;
  g_autofree char *all = qs_data_view_dup_selection_tsv (view);
  g_autofree char *one = NULL;
  guint position = G_MAXUINT;

  /* Nothing selected: every row, and the header. */
  g_assert_true (g_str_has_prefix (all, HEADER));
  g_assert_cmpuint (count_lines (all), ==, 1 + 43);
  g_assert_nonnull (strstr (all, "\n" PM25_2025));
  /* Plain numbers for spreadsheets: ASCII minus, no unit, no grouping, and
   * as stored rather than rounded to the decimals shown (2.3). */
  g_assert_nonnull (strstr (all, "\t28 Feb 2024\t-1.5\t\t"));
  g_assert_nonnull (strstr (all, "\t1 Mar 2024\t2.25\t\t"));
  g_assert_nonnull (strstr (all, "Water class composition · Worse than V\tJiangxi\t2024\t0\t%\tFinal\t\n"));

  /* A selection: only its rows. */
  selection = gtk_column_view_get_model (GTK_COLUMN_VIEW (find_widget (GTK_WIDGET (view), GTK_TYPE_COLUMN_VIEW)));
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr(QsDataRow) row = g_list_model_get_item (G_LIST_MODEL (selection), i);
      if (strcmp (qs_data_row_get_indicator_id (row), "air.pm25_annual") == 0 &&
          strcmp (qs_data_row_get_region_code (row), "360000") == 0 &&
          qs_data_row_get_value (row) == 27.4)
        position = i;
    }
  g_assert_cmpuint (position, !=, G_MAXUINT);
  gtk_selection_model_select_item (selection, position, TRUE);
  one = qs_data_view_dup_selection_tsv (view);
  g_assert_cmpstr (one, ==, HEADER PM25_2025);

  g_assert_finalize_object (view);
}

static void
clipboard_read_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;
  g_autoptr(GError) error = NULL;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, &error);
  g_assert_no_error (error);
}

static void
test_copy (void)
{
  g_autoptr(QsDataset) dataset = load_full ();
  QsDataView *view = new_view (dataset);
  GtkWidget *window = gtk_window_new ();
  g_autofree char *expected = NULL;
  g_autofree char *text = NULL;
  gboolean timed_out = FALSE;
  guint id;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  sort_by (view, 3, GTK_SORT_DESCENDING);
  expected = qs_data_view_dup_selection_tsv (view);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "data.copy", NULL));
  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (view)), NULL,
                                 clipboard_read_cb, &text);
  id = g_timeout_add_seconds (5, timeout_cb, &timed_out);
  while (text == NULL && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
  g_assert_cmpstr (text, ==, expected);

  /* No dataset: the header only. */
  qs_data_view_set_dataset (view, NULL);
  {
    g_autofree char *empty = qs_data_view_dup_selection_tsv (view);
    g_assert_cmpstr (empty, ==, HEADER);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  g_assert_finalize_object (view);
}

static gboolean
lines_are (QsDataView *view,
           guint       n)
{
  g_autofree char *tsv = qs_data_view_dup_selection_tsv (view);

  return count_lines (tsv) == 1 + n;
}

static void
search (QsDataView *view,
        const char *text,
        guint       expected_rows)
{
  GtkEditable *entry = GTK_EDITABLE (find_widget (GTK_WIDGET (view), GTK_TYPE_SEARCH_ENTRY));
  gboolean timed_out = FALSE;
  guint id;

  gtk_editable_set_text (entry, text);
  /* The entry reports the change after a short delay. */
  id = g_timeout_add_seconds (5, timeout_cb, &timed_out);
  while (!lines_are (view, expected_rows) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);
}

static void
test_search (void)
{
  g_autoptr(QsDataset) dataset = load_full ();
  QsDataView *view = new_view (dataset);
  GtkWidget *window = gtk_window_new ();
  GtkLabel *count;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  g_assert_nonnull (find_label (GTK_WIDGET (view), "43 rows"));

  /* Nanchang: PM2.5 3, and derived: daily AQI 3, good-day ratio 1, PM2.5 mean 1. */
  search (view, "nanchang", 8);
  count = find_label (GTK_WIDGET (view), "8 of 43 rows");
  g_assert_nonnull (count);
  /* Every word must match, in any of the names, case and width folded. */
  search (view, "ＰＭ2.5 JIANGXI", 6);
  search (view, "pm2.5", 10);
  search (view, "classes nanchang", 0);
  search (view, "360400", 3);
  search (view, "", 43);

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  g_assert_finalize_object (view);
}

/* A dataset whose names are markup: they must show as typed. */
static QsDataset *
markup_dataset (void)
{
  QsDataset *dataset = qs_dataset_new ();
  g_autoptr(QsIndicator) indicator = qs_indicator_new ("other.markup", QS_DOMAIN_OTHER, QS_KIND_COUNT,
                                                       QS_UNIT_COUNT, QS_RESOLUTION_YEAR);
  g_autoptr(QsSeries) series = qs_series_new_regular ("360100", QS_RESOLUTION_YEAR, 2024, 2, 0);
  g_autoptr(QsRegion) region = qs_region_new ();
  g_autoptr(QsText) name = qs_text_new_plain ("<i>y</i> & co");
  g_autoptr(QsText) region_name = qs_text_new_plain ("<b>x</b>");
  double *data = qs_series_get_data (series, 0);

  region->code = g_strdup ("360100");
  region->name = qs_text_ref (region_name);
  qs_dataset_add_region (dataset, region);
  qs_indicator_set_name (indicator, name);
  qs_indicator_set_decimals (indicator, 0);
  data[0] = 1234567;
  data[1] = 5;
  qs_indicator_add_series (indicator, series);
  qs_dataset_add_indicator (dataset, indicator);
  return dataset;
}

static gboolean
has_label (QsDataView *view,
           const char *text)
{
  return find_label (GTK_WIDGET (view), text) != NULL;
}

static void
test_markup (void)
{
  g_autoptr(QsDataset) dataset = markup_dataset ();
  QsDataView *view = new_view (dataset);
  GtkWidget *window = gtk_window_new ();
  g_autofree char *tsv = NULL;
  gboolean timed_out = FALSE;
  GtkLabel *label;
  guint id;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 400);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  id = g_timeout_add_seconds (5, timeout_cb, &timed_out);
  while (!has_label (view, "<b>x</b>") && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (timed_out);
  g_source_remove (id);

  label = find_label (GTK_WIDGET (view), "<b>x</b>");
  g_assert_false (gtk_label_get_use_markup (label));
  g_assert_cmpstr (gtk_label_get_label (label), ==, "<b>x</b>");
  label = find_label (GTK_WIDGET (view), "<i>y</i> & co");
  g_assert_nonnull (label);
  g_assert_false (gtk_label_get_use_markup (label));
  /* Grouped for reading, plain for spreadsheets. */
  g_assert_nonnull (find_label (GTK_WIDGET (view), "1,234,567"));

  tsv = qs_data_view_dup_selection_tsv (view);
  g_assert_cmpstr (tsv, ==, HEADER
                   "<i>y</i> & co\t<b>x</b>\t2024\t1234567\t\tFinal\t\n"
                   "<i>y</i> & co\t<b>x</b>\t2025\t5\t\tFinal\t\n");

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  g_assert_finalize_object (view);
}

/* A dataset far larger than the table lists. */
static QsDataset *
large_dataset (guint n_values)
{
  QsDataset *dataset = qs_dataset_new ();
  g_autoptr(QsIndicator) indicator = qs_indicator_new ("air.pm25_hourly", QS_DOMAIN_AIR, QS_KIND_CONCENTRATION,
                                                       QS_UNIT_UG_M3, QS_RESOLUTION_DAY);
  gint32 start;
  g_autoptr(QsSeries) series = NULL;
  double *data;

  g_assert_true (qs_period_parse (QS_RESOLUTION_DAY, "1900-01-01", &start));
  series = qs_series_new_regular ("360000", QS_RESOLUTION_DAY, start, n_values, 0);
  data = qs_series_get_data (series, 0);
  for (guint i = 0; i < n_values; i++)
    data[i] = (i * 7919) % 1000 / 10.0;
  qs_indicator_add_series (indicator, series);
  qs_dataset_add_indicator (dataset, indicator);
  return dataset;
}

static void
test_cap (void)
{
  g_autoptr(QsDataset) dataset = large_dataset (500000);
  g_autoptr(GListModel) rows = NULL;
  g_autoptr(QsDataRow) last = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  QsDataView *view;
  GtkWidget *window;

  rows = qs_data_rows_from_dataset (dataset, "en");
  g_test_message ("500 000 values to rows: %.3f s", g_timer_elapsed (timer, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, QS_DATA_ROWS_MAX);
  last = g_list_model_get_item (rows, QS_DATA_ROWS_MAX - 1);
  g_assert_cmpfloat (qs_data_row_get_value (last), ==, ((QS_DATA_ROWS_MAX - 1) * 7919) % 1000 / 10.0);
  g_clear_object (&rows);

  view = new_view (dataset);
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  spin ();
  g_assert_nonnull (find_label (GTK_WIDGET (view),
                                "200,000 rows · only the first 200,000 of 500,000 values are listed"));

  g_timer_start (timer);
  sort_by (view, 3, GTK_SORT_DESCENDING);
  spin ();
  g_test_message ("sorting 200 000 rows by value: %.3f s", g_timer_elapsed (timer, NULL));
  g_timer_start (timer);
  sort_by (view, 0, GTK_SORT_ASCENDING);
  spin ();
  g_test_message ("sorting 200 000 rows by indicator: %.3f s", g_timer_elapsed (timer, NULL));
  g_timer_start (timer);
  search (view, "pm25", QS_DATA_ROWS_MAX);
  search (view, "nothing", 0);
  g_test_message ("two searches in 200 000 rows: %.3f s", g_timer_elapsed (timer, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  g_assert_finalize_object (view);
}

int
main (int   argc,
      char *argv[])
{
  /* Names, numbers and statuses in English whatever the session says. */
  g_unsetenv ("LANGUAGE");
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/data-view/rows", test_rows);
  g_test_add_func ("/data-view/sort", test_sort);
  g_test_add_func ("/data-view/tsv", test_tsv);
  g_test_add_func ("/data-view/copy", test_copy);
  g_test_add_func ("/data-view/search", test_search);
  g_test_add_func ("/data-view/markup", test_markup);
  g_test_add_func ("/data-view/cap", test_cap);
  return g_test_run ();
}

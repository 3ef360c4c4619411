/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "qs-chart-catalog.h"
#include "qs-chart-export.h"
#include "qs-chart-view.h"
#include "qs-charts-page.h"
#include "qs-data-view.h"
#include "qs-dataset-loader.h"
#include "qs-font-check.h"
#include "qs-print.h"
#include "qs-report.h"
#include "qs-briefing-window.h"
#include "qs-deck-editor.h"
#include "qs-import-dialog.h"
#include "qs-sections-table.h"
#include "qs-deck.h"
#include "qs-application.h"
#include "qs-kpi-card.h"
#include "qs-presenter-view.h"
#include "qs-resources.h"
#include "qs-window.h"

struct _QsWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  QsDataset            *dataset;
  GFile                *file;
  GFileMonitor         *monitor;
  guint                 reload_source;
  GCancellable         *load_cancellable;
  char                 *error_text;
  char                 *chart_locale;

  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  AdwViewStack         *stack;
  GtkWidget            *demo_notice;
  GtkWidget            *font_notice;
  GtkRevealer          *loading_revealer;
  GtkLabel             *loading_label;
  GtkProgressBar       *loading_progress;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_title;
  GtkLabel             *error_details;
  GtkLabel             *title_label;
  GtkLabel             *description_label;
  GtkFlowBox           *kpi_flow;
  QsChartsPage         *air_page;
  QsChartsPage         *water_page;
  QsChartsPage         *rural_page;
  AdwBin               *data_bin;
  GMenu                *recent_section;

  /* While a briefing is on another monitor: the presenter view, and the
   * window's own content it stands in for. */
  GtkWidget            *presenter;
  GtkWidget            *main_content;
  QsBriefingWindow     *presented;     /* weak: GTK owns a briefing */
};

G_DEFINE_FINAL_TYPE (QsWindow, qs_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- loading ---------------------------------------------------------- */

typedef struct
{
  char      *path;
  GPtrArray *problems;
  QsWindow  *window;   /* for progress; a weak pointer */
  gboolean   reload;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_free (data->path);
  g_clear_pointer (&data->problems, g_ptr_array_unref);
  g_clear_weak_pointer (&data->window);
  g_free (data);
}

typedef struct
{
  GWeakRef window;
  double   fraction;
} Progress;

static gboolean
show_progress (gpointer user_data)
{
  Progress *progress = user_data;
  g_autoptr(QsWindow) self = g_weak_ref_get (&progress->window);

  if (self)
    gtk_progress_bar_set_fraction (self->loading_progress, progress->fraction);
  g_weak_ref_clear (&progress->window);
  g_free (progress);
  return G_SOURCE_REMOVE;
}

/* Called in the loading thread: hand the fraction to the main loop. */
static void
load_progress (double   fraction,
               gpointer user_data)
{
  LoadData *data = user_data;
  Progress *progress = g_new0 (Progress, 1);

  g_weak_ref_init (&progress->window, data->window);
  progress->fraction = fraction;
  g_idle_add (show_progress, progress);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  GError *error = NULL;
  QsDataset *dataset;

  dataset = qs_dataset_loader_load_path (data->path, cancellable, load_progress, data, &data->problems, &error);
  if (dataset)
    g_task_return_pointer (task, dataset, g_object_unref);
  else
    g_task_return_error (task, error);
}

static void
show_error (QsWindow   *self,
            const char *title,
            const char *details)
{
  g_clear_pointer (&self->error_text, g_free);
  if (details)
    self->error_text = g_strdup_printf ("%s\n%s", title, details);
  /* File contents reach these labels: plain text only. */
  gtk_label_set_text (self->error_title, title ? title : "");
  gtk_label_set_text (self->error_details, details ? details : "");
  gtk_revealer_set_reveal_child (self->error_revealer, details != NULL);
}

static void watch_file (QsWindow *self);

static void
remember_file (QsWindow *self)
{
  g_autofree char *uri = g_file_get_uri (self->file);
  g_autofree char *path = g_file_get_path (self->file);
  g_autofree char *demo = qs_application_get_demo_path ();

  /* The demo is what opens by default anyway; it is not a recent file. */
  if (path && g_strcmp0 (path, demo) != 0)
    {
      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
      g_settings_set_string (self->settings, "last-file", path);
    }
}

static void
load_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  QsWindow *self = QS_WINDOW (object);
  GTask *task = G_TASK (result);
  LoadData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = g_task_propagate_pointer (task, &error);

  gtk_revealer_set_reveal_child (self->loading_revealer, FALSE);
  if (dataset)
    {
      g_autoptr(GFile) file = g_file_new_for_path (data->path);

      show_error (self, NULL, NULL);
      if (!self->file || !g_file_equal (self->file, file))
        {
          g_set_object (&self->file, file);
          watch_file (self);
        }
      remember_file (self);
      qs_window_set_dataset (self, dataset);
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Keep what is on screen; say what is wrong with the new file. */
  {
    g_autoptr(GString) details = g_string_new (NULL);
    g_autofree char *display = g_filename_display_name (data->path);
    g_autofree char *title = NULL;

    if (data->reload)
      title = g_strdup_printf (_("“%s” changed on disk and can no longer be read; the previous data are still shown"),
                               display);
    else if (self->dataset)
      title = g_strdup_printf (_("Could not open “%s”; the previous data are still shown"), display);
    else
      title = g_strdup_printf (_("Could not open “%s”"), display);
    if (data->problems && data->problems->len > 0)
      for (guint i = 0; i < data->problems->len; i++)
        {
          g_autofree char *line = qs_problem_to_string (data->problems->pdata[i]);
          g_string_append_printf (details, "%s%s", i ? "\n" : "", line);
        }
    else
      g_string_append (details, error->message);
    show_error (self, title, details->str);
  }
}

static void
start_load (QsWindow *self,
            GFile    *file,
            gboolean  reload)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *display = NULL;
  LoadData *data;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  data = g_new0 (LoadData, 1);
  data->path = g_file_get_path (file);
  data->reload = reload;
  g_set_weak_pointer (&data->window, self);
  task = g_task_new (self, self->load_cancellable, load_done, NULL);
  g_task_set_source_tag (task, start_load);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  if (data->path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("Only local files can be opened"));
      return;
    }

  display = g_filename_display_basename (data->path);
  {
    /* Translators: %s is a file name. */
    g_autofree char *text = g_strdup_printf (_("Loading “%s”…"), display);
    gtk_label_set_text (self->loading_label, text);
  }
  gtk_progress_bar_set_fraction (self->loading_progress, 0);
  gtk_revealer_set_reveal_child (self->loading_revealer, TRUE);
  g_task_run_in_thread (task, load_thread);
}

/**
 * qs_window_open_file:
 * @self: a window
 * @file: a dataset file (JSON or a time,value CSV)
 *
 * Loads @file in a worker thread. On success it replaces what is shown and
 * is watched for changes; on failure the current data stay and the
 * problems are shown.
 */
void
qs_window_open_file (QsWindow *self,
                     GFile    *file)
{
  g_return_if_fail (QS_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  start_load (self, file, FALSE);
}

static gboolean
reload_timeout (gpointer user_data)
{
  QsWindow *self = user_data;

  self->reload_source = 0;
  if (self->file)
    start_load (self, self->file, TRUE);
  return G_SOURCE_REMOVE;
}

static void
file_changed (GFileMonitor      *monitor,
              GFile             *file,
              GFile             *other,
              GFileMonitorEvent  event,
              QsWindow          *self)
{
  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED &&
      event != G_FILE_MONITOR_EVENT_RENAMED && event != G_FILE_MONITOR_EVENT_MOVED_IN)
    return;
  /* Editors save in bursts: wait for the file to settle. */
  g_clear_handle_id (&self->reload_source, g_source_remove);
  self->reload_source = g_timeout_add (300, reload_timeout, self);
}

static void
watch_file (QsWindow *self)
{
  if (self->monitor)
    g_signal_handlers_disconnect_by_data (self->monitor, self);
  g_clear_object (&self->monitor);
  if (self->file == NULL)
    return;
  /* With moves watched, a save by rename (editors, our own writer) is
   * seen as well as a write in place. */
  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (file_changed), self);
}

/* ---- showing a dataset --------------------------------------------------- */

static GPtrArray *
charts_for_domain (QsDataset  *dataset,
                   GPtrArray  *catalog,
                   const char *domain)
{
  static const char *const kinds[] = { ".trend", ".cities", ".ranking", ".map", ".stacked", ".gauge", NULL };

  /* Derived indicators come after the published ones in the catalog, so the
   * views show the officials' figures first. */
  GPtrArray *entries = g_ptr_array_new ();
  g_autofree char *prefix = g_strconcat (domain, ".", NULL);
  gboolean calendar_added = FALSE, daily_added = FALSE;
  for (guint i = 0; i < catalog->len; i++)
    {
      QsChartEntry *entry = catalog->pdata[i];
      gboolean wanted = FALSE;

      if (!g_str_has_prefix (entry->id, prefix))
        continue;
      {
        /* The counts a rate is made of are in the Data view; the views show
         * the rate (published, and derived from them) instead. */
        g_autofree char *indicator = g_strndup (entry->id, strrchr (entry->id, '.') - entry->id);
        if (qs_dataset_is_part_of_rate (dataset, indicator))
          continue;
      }
      for (guint k = 0; kinds[k]; k++)
        wanted |= g_str_has_suffix (entry->id, kinds[k]);
      /* The first city's daily AQI, and its calendar of the latest year. */
      if (g_str_has_prefix (entry->id, "air.daily_aqi.") && !daily_added)
        {
          wanted = TRUE;
          daily_added = TRUE;
        }
      if (g_str_has_prefix (entry->id, "air.aqi_calendar.") && !calendar_added)
        {
          const char *next = i + 1 < catalog->len ? ((QsChartEntry *) catalog->pdata[i + 1])->id : "";
          g_autofree char *stem = g_strndup (entry->id, strrchr (entry->id, '.') - entry->id);
          if (!g_str_has_prefix (next, stem))
            {
              wanted = TRUE;
              calendar_added = TRUE;
            }
        }
      if (wanted)
        g_ptr_array_add (entries, entry);
    }
  return entries;
}

static void
rebuild (QsWindow *self)
{
  GtkWidget *child;
  g_autoptr(GPtrArray) catalog = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->kpi_flow))))
    gtk_flow_box_remove (self->kpi_flow, child);

  if (self->dataset == NULL)
    {
      gtk_widget_set_visible (self->demo_notice, FALSE);
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->description_label, "");
      qs_charts_page_set_charts (self->air_page, NULL);
      qs_charts_page_set_charts (self->water_page, NULL);
      qs_charts_page_set_extra (self->water_page, NULL);
      qs_charts_page_set_charts (self->rural_page, NULL);
      return;
    }

  gtk_label_set_text (self->title_label, qs_text_get_display (qs_dataset_get_title (self->dataset), NULL));
  gtk_label_set_text (self->description_label, qs_text_get_display (qs_dataset_get_description (self->dataset), NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->description_label), qs_dataset_get_description (self->dataset) != NULL);
  adw_view_switcher_title_set_subtitle (self->switcher_title, qs_text_get_display (qs_dataset_get_title (self->dataset), NULL));
  gtk_widget_set_visible (self->demo_notice, qs_dataset_is_demo (self->dataset));

  /* Say so when the fonts cannot draw the dataset's Chinese (a Flatpak
   * runtime has none of its own). The title and indicator names stand for
   * the rest. */
  {
    g_autoptr(GString) sample = g_string_new (qs_text_get_display (qs_dataset_get_title (self->dataset), self->chart_locale));
    GPtrArray *indicators = qs_dataset_get_indicators (self->dataset);
    for (guint i = 0; i < indicators->len && i < 8; i++)
      g_string_append (sample, qs_text_get_display (qs_indicator_get_name (indicators->pdata[i]), self->chart_locale));
    gtk_widget_set_visible (self->font_notice, !qs_font_check_covers (sample->str, self->chart_locale));
  }

  /* Headline indicators: every indicator with a value, compositions and the
   * counts a rate is made of aside. */
  {
    GPtrArray *indicators = qs_dataset_get_indicators (self->dataset);
    for (guint i = 0; i < indicators->len; i++)
      {
        QsIndicator *indicator = indicators->pdata[i];
        if (qs_indicator_get_kind (indicator) == QS_KIND_COMPOSITION || qs_indicator_get_series (indicator)->len == 0 ||
            qs_dataset_is_part_of_rate (self->dataset, qs_indicator_get_id (indicator)))
          continue;
        gtk_flow_box_append (self->kpi_flow, qs_kpi_card_new (self->dataset, indicator, self->chart_locale));
      }
  }

  catalog = qs_chart_catalog_list (self->dataset, self->chart_locale);
  {
    g_autoptr(GPtrArray) air = charts_for_domain (self->dataset, catalog, "air");
    g_autoptr(GPtrArray) water = charts_for_domain (self->dataset, catalog, "water");
    g_autoptr(GPtrArray) rural = charts_for_domain (self->dataset, catalog, "rural_sewage");
    g_autoptr(GPtrArray) other = charts_for_domain (self->dataset, catalog, "csv");

    /* A plain CSV has no domain of its own: its chart goes with its unit's. */
    for (guint i = 0; i < other->len; i++)
      g_ptr_array_add (air, other->pdata[i]);
    qs_charts_page_set_charts (self->air_page, air);
    qs_charts_page_set_charts (self->water_page, water);
    qs_charts_page_set_extra (self->water_page, qs_sections_table_new (self->dataset, self->chart_locale));
    qs_charts_page_set_charts (self->rural_page, rural);
  }

  {
    GtkWidget *data_view = adw_bin_get_child (self->data_bin);
    if (data_view && g_object_class_find_property (G_OBJECT_GET_CLASS (data_view), "dataset"))
      g_object_set (data_view, "dataset", self->dataset, NULL);
  }
}

static void
update_recent_menu (QsWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint added = 0;

  g_menu_remove_all (self->recent_section);
  for (GList *l = items; l && added < 8; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GMenuItem) item = NULL;

      if (!g_str_has_suffix (uri, ".json") && !g_str_has_suffix (uri, ".csv") && !g_str_has_suffix (uri, ".tsv"))
        continue;
      if (!gtk_recent_info_exists (info))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s", uri);
      g_menu_append_item (self->recent_section, item);
      added++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

/* ---- actions ---------------------------------------------------------- */

static void
open_response (GtkNativeDialog *dialog,
               int              response,
               QsWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      qs_window_open_file (self, file);
    }
  g_object_unref (dialog);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  QsWindow *self = QS_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) datasets = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Open a Dataset"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (datasets, _("Datasets and CSV files"));
  gtk_file_filter_add_mime_type (datasets, "application/x-qingshan-dataset+json");
  gtk_file_filter_add_pattern (datasets, "*.json");
  gtk_file_filter_add_pattern (datasets, "*.csv");
  gtk_file_filter_add_pattern (datasets, "*.tsv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), datasets);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), all);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  qs_window_open_file (QS_WINDOW (widget), file);
}

static void
cancel_load_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  QsWindow *self = QS_WINDOW (widget);

  g_cancellable_cancel (self->load_cancellable);
  gtk_revealer_set_reveal_child (self->loading_revealer, FALSE);
}

static void
dismiss_error_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  show_error (QS_WINDOW (widget), NULL, NULL);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  QsWindow *self = QS_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (adw_view_stack_get_child_by_name (self->stack, name))
    adw_view_stack_set_visible_child_name (self->stack, name);
}

static const char *
view_of_domain (QsDomain domain)
{
  switch (domain)
    {
    case QS_DOMAIN_AIR:
      return "air";
    case QS_DOMAIN_WATER:
      return "water";
    case QS_DOMAIN_RURAL_SEWAGE:
      return "rural";
    case QS_DOMAIN_OTHER:
    default:
      return "data";
    }
}

static void
show_indicator_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  QsWindow *self = QS_WINDOW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  QsIndicator *indicator = self->dataset ? qs_dataset_lookup_indicator (self->dataset, id) : NULL;
  const char *view;
  QsChartsPage *page;

  if (indicator == NULL)
    return;
  view = view_of_domain (qs_indicator_get_domain (indicator));
  adw_view_stack_set_visible_child_name (self->stack, view);
  /* Focus its trend chart, which scrolls it into view. */
  if ((page = qs_window_get_charts_page (self, view)))
    {
      g_autofree char *chart_id = g_strdup_printf ("%s.trend", id);
      QsChartView *chart = qs_charts_page_find_chart (page, chart_id);
      if (chart)
        gtk_widget_grab_focus (GTK_WIDGET (chart));
    }
}

/* The chart the user means: the focused one, else the first of the view. */
static QsChartView *
current_chart (QsWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  QsChartsPage *page;

  for (GtkWidget *w = focus; w; w = gtk_widget_get_parent (w))
    if (QS_IS_CHART_VIEW (w) && !qs_chart_view_get_compact (QS_CHART_VIEW (w)))
      return QS_CHART_VIEW (w);
  page = qs_window_get_charts_page (self, qs_window_get_view (self));
  if (page && qs_charts_page_get_n_charts (page) > 0)
    return qs_charts_page_get_chart_view (page, 0);
  page = self->air_page;
  return qs_charts_page_get_n_charts (page) > 0 ? qs_charts_page_get_chart_view (page, 0) : NULL;
}

static void
export_chart_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  QsWindow *self = QS_WINDOW (widget);
  QsChartView *chart = current_chart (self);

  if (chart)
    gtk_widget_activate_action_variant (GTK_WIDGET (chart), "chart.export", parameter);
}

/* Prints the current chart, freshly built in the light theme: paper is
 * white whatever the window's style. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  QsWindow *self = QS_WINDOW (widget);
  QsChartView *view = current_chart (self);
  g_autoptr(GPtrArray) charts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(QsChartTheme) theme = qs_chart_theme_new_named ("light");
  g_autoptr(GError) error = NULL;
  QsChart *chart;

  if (self->dataset == NULL || view == NULL)
    return;
  chart = qs_chart_catalog_build (self->dataset, qs_chart_view_get_chart_id (view), self->chart_locale, &error);
  if (chart == NULL)
    {
      show_error (self, _("Could not print the chart"), error->message);
      return;
    }
  qs_chart_set_theme (chart, theme);
  g_ptr_array_add (charts, chart);
  if (qs_print_charts (GTK_WINDOW (self), charts, qs_chart_view_get_chart_id (view), NULL, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Could not print the chart"), error->message);
}

/* Where the deck of the open file lives: NAME.briefing.json beside it; or,
 * when that folder cannot be written (the demo dataset, a read-only share,
 * the Flatpak sandbox, which grants the file and not its folder), a file in
 * the user's data folder named after the dataset's location. */
static char *
deck_path (QsWindow *self,
           gboolean  for_writing)
{
  g_autofree char *path = self->file ? g_file_get_path (self->file) : NULL;
  g_autofree char *beside = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *name = NULL;
  g_autofree char *fallback = NULL;

  if (path == NULL)
    return NULL;
  beside = qs_deck_path_for_dataset (path);
  dir = g_path_get_dirname (beside);
  if (g_file_test (beside, G_FILE_TEST_EXISTS) && (!for_writing || g_access (beside, W_OK) == 0))
    return g_steal_pointer (&beside);
  uri = g_file_get_uri (self->file);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
  name = g_strdup_printf ("%.16s.briefing.json", hash);
  fallback = g_build_filename (g_get_user_data_dir (), "qingshan", "decks", name, NULL);
  if (for_writing && g_access (dir, W_OK) == 0)
    return g_steal_pointer (&beside);
  if (for_writing)
    {
      g_autofree char *decks = g_path_get_dirname (fallback);
      g_mkdir_with_parents (decks, 0700);
    }
  return g_steal_pointer (&fallback);
}

/**
 * qs_window_get_deck:
 * @self: a window
 *
 * The briefing deck of the open dataset: the one saved for its file when
 * there is one (see docs/briefing.md), else the default deck, which
 * follows the views.
 *
 * Returns: (transfer full) (nullable): the deck, %NULL without a dataset
 */
QsDeck *
qs_window_get_deck (QsWindow *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autofree char *path = deck_path (self, FALSE);
  QsDeck *deck;

  if (self->dataset == NULL)
    return NULL;
  if (path && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(GError) error = NULL;

      deck = qs_deck_load_path (path, NULL, &error);
      if (deck)
        return deck;
      show_error (self, _("The briefing deck could not be read; the default deck is shown"), error->message);
    }
  entries = qs_chart_catalog_list (self->dataset, self->chart_locale);
  ids = g_ptr_array_new ();
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (ids, ((QsChartEntry *) entries->pdata[i])->id);
  g_ptr_array_add (ids, NULL);
  deck = qs_deck_new_default ((const char *const *) ids->pdata);
  if (self->file)
    {
      g_autofree char *base = g_file_get_basename (self->file);
      qs_deck_set_dataset (deck, base);
    }
  return deck;
}

/**
 * qs_window_edit_deck:
 * @self: a window
 *
 * Opens the deck editor on the open dataset's deck.
 *
 * Returns: (transfer none) (nullable): the editor, %NULL without a dataset
 */
GtkWindow *
qs_window_edit_deck (QsWindow *self)
{
  g_autoptr(QsDeck) deck = qs_window_get_deck (self);
  g_autofree char *path = deck_path (self, TRUE);
  QsDeckEditor *editor;

  if (deck == NULL || path == NULL)
    return NULL;
  editor = qs_deck_editor_new (GTK_WINDOW (self), self->dataset, deck, self->chart_locale, path);
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WINDOW (editor);
}

static void
imported_cb (QsImportDialog *dialog,
             const char     *summary,
             QsWindow       *self)
{
  /* Show the new data now rather than when the file monitor notices. */
  if (self->file)
    qs_window_open_file (self, self->file);
}

/**
 * qs_window_import_csv:
 * @self: a window
 * @csv: the monitoring CSV file
 *
 * Opens the import dialog for @csv into the open dataset's file.
 *
 * Returns: (transfer none) (nullable): the dialog, %NULL when no dataset
 *   file is open
 */
GtkWindow *
qs_window_import_csv (QsWindow *self,
                      GFile    *csv)
{
  g_autofree char *csv_path = g_file_get_path (csv);
  g_autofree char *dataset_path = self->file ? g_file_get_path (self->file) : NULL;
  QsImportDialog *dialog;

  if (csv_path == NULL || dataset_path == NULL)
    {
      show_error (self, _("Open a dataset file first"),
                  _("Monitoring data are imported into the open dataset file."));
      return NULL;
    }
  dialog = qs_import_dialog_new (GTK_WINDOW (self), csv_path, dataset_path);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
import_response (GtkNativeDialog *chooser,
                 int              response,
                 QsWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) csv = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      qs_window_import_csv (self, csv);
    }
  g_object_unref (self);
  g_object_unref (chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  QsWindow *self = QS_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Monitoring Data"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (import_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
edit_deck_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  qs_window_edit_deck (QS_WINDOW (widget));
}

static void
briefing_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  QsWindow *self = QS_WINDOW (widget);
  g_autoptr(QsDeck) deck = qs_window_get_deck (self);
  QsBriefingWindow *briefing;

  if (deck == NULL)
    return;
  if (qs_deck_get_n_visible (deck) == 0)
    {
      show_error (self, _("The briefing has no slides"), _("Every slide of the deck is hidden."));
      return;
    }
  briefing = qs_briefing_window_new (GTK_WINDOW (self), self->dataset, deck, self->chart_locale);
  gtk_window_present (GTK_WINDOW (briefing));
  if (qs_briefing_window_get_on_other_monitor (briefing))
    qs_window_show_presenter (self, briefing);
}

static void hide_presenter_cb (gpointer data, GObject *briefing);

static void
hide_presenter (QsWindow *self)
{
  if (self->presenter == NULL)
    return;
  if (self->presented)
    g_object_weak_unref (G_OBJECT (self->presented), (GWeakNotify) hide_presenter_cb, self);
  self->presented = NULL;
  self->presenter = NULL;
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), self->main_content);
  g_clear_object (&self->main_content);
}

/* The briefing ended (GTK dropped the last reference to its window). */
static void
hide_presenter_cb (gpointer  data,
                   GObject  *briefing)
{
  QsWindow *self = data;

  self->presented = NULL;
  hide_presenter (self);
}

/**
 * qs_window_show_presenter:
 * @self: a window
 * @briefing: a briefing on another monitor
 *
 * Shows the presenter view (current and next slide, takeaway, time) in
 * place of the window's views until @briefing ends. The Briefing action
 * does this when the briefing went to a second monitor.
 */
void
qs_window_show_presenter (QsWindow         *self,
                          QsBriefingWindow *briefing)
{
  g_return_if_fail (QS_IS_WINDOW (self));
  g_return_if_fail (QS_IS_BRIEFING_WINDOW (briefing));

  hide_presenter (self);
  self->main_content = g_object_ref (adw_application_window_get_content (ADW_APPLICATION_WINDOW (self)));
  self->presenter = qs_presenter_view_new (briefing);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), self->presenter);
  self->presented = briefing;
  g_object_weak_ref (G_OBJECT (briefing), (GWeakNotify) hide_presenter_cb, self);
  gtk_widget_grab_focus (self->presenter);
}

/**
 * qs_window_get_presenter:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the presenter view, while it is shown
 */
GtkWidget *
qs_window_get_presenter (QsWindow *self)
{
  g_return_val_if_fail (QS_IS_WINDOW (self), NULL);
  return self->presenter;
}

static void
draw_slide_page (cairo_t  *cr,
                 guint     page,
                 double    width,
                 double    height,
                 gpointer  slides)
{
  qs_report_slides_draw (slides, page, cr, width, height);
}

/* Prints the deck's slides, one per page, in the light theme. */
static void
print_briefing_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  QsWindow *self = QS_WINDOW (widget);
  g_autoptr(QsDeck) deck = qs_window_get_deck (self);
  g_autoptr(QsChartTheme) theme = qs_chart_theme_new_named ("light");
  g_autoptr(QsReportSlides) slides = NULL;
  g_autoptr(GError) error = NULL;

  if (deck == NULL)
    return;
  slides = qs_report_slides_new (self->dataset, deck, self->chart_locale, theme);
  if (qs_report_slides_get_n (slides) == 0)
    {
      show_error (self, _("The briefing has no slides"), _("Every slide of the deck is hidden."));
      return;
    }
  if (qs_print_pages (GTK_WINDOW (self), qs_report_slides_get_n (slides), draw_slide_page, slides,
                      _("Briefing"), NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Could not print the briefing"), error->message);
}

static void
export_report_response (GtkNativeDialog *dialog,
                        int              response,
                        QsWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->dataset)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(QsDeck) deck = qs_window_get_deck (self);
      g_autoptr(GError) error = NULL;

      if (path && deck && !qs_report_write_pdf (self->dataset, deck, self->chart_locale, path, &error))
        show_error (self, _("Could not write the briefing PDF; nothing was changed"), error->message);
    }
  g_object_unref (self);
  g_object_unref (dialog);
}

/* Export → Briefing PDF: the deck as the report `qingshan --report` writes. */
static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  QsWindow *self = QS_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;

  if (self->dataset == NULL)
    return;
  dialog = gtk_file_chooser_native_new (_("Export the Briefing as PDF"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  if (self->file)
    {
      g_autofree char *base = g_file_get_basename (self->file);
      char *dot = strrchr (base, '.');

      if (dot)
        *dot = '\0';
      name = g_strdup_printf ("%s-briefing.pdf", base);
    }
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name ? name : "briefing.pdf");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (export_report_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

typedef struct
{
  QsWindow *window;
  GPtrArray *entries;
} ExportAll;

static void
export_all_response (GtkNativeDialog *dialog,
                     int              response,
                     ExportAll       *job)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *dir = g_file_get_path (folder);
      g_autofree char *format_name = g_settings_get_string (job->window->settings, "export-format");
      double scale = g_settings_get_double (job->window->settings, "export-scale");
      g_autoptr(GString) failures = g_string_new (NULL);
      QsExportFormat format = QS_EXPORT_PNG;

      qs_export_format_from_name (format_name, &format);
      for (guint i = 0; dir && i < job->entries->len; i++)
        {
          QsChartEntry *entry = job->entries->pdata[i];
          g_autofree char *name = g_strdup_printf ("%s.%s", entry->id, qs_export_format_extension (format));
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_autoptr(GError) error = NULL;

          if (!qs_chart_export_file (entry->chart, path, format, 1280, 720,
                                     format == QS_EXPORT_PNG ? scale : 1, &error))
            g_string_append_printf (failures, "%s\n", error->message);
        }
      if (failures->len > 0)
        show_error (job->window, _("Some charts could not be exported"), failures->str);
    }
  g_ptr_array_unref (job->entries);
  g_object_unref (job->window);
  g_free (job);
  g_object_unref (dialog);
}

static void
export_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  QsWindow *self = QS_WINDOW (widget);
  GtkFileChooserNative *dialog;
  ExportAll *job;

  if (self->dataset == NULL)
    return;
  dialog = gtk_file_chooser_native_new (_("Export All Charts to a Folder"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER, _("_Export"), _("_Cancel"));
  job = g_new0 (ExportAll, 1);
  job->window = g_object_ref (self);
  job->entries = qs_chart_catalog_list (self->dataset, self->chart_locale);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (export_all_response), job);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         QsWindow      *self)
{
  if (!G_VALUE_HOLDS (value, G_TYPE_FILE))
    return FALSE;
  qs_window_open_file (self, g_value_get_object (value));
  return TRUE;
}

static void
chart_locale_changed (QsWindow *self)
{
  g_autofree char *value = g_settings_get_string (self->settings, "chart-locale");

  g_free (self->chart_locale);
  self->chart_locale = *value ? g_strdup (value) : NULL;
  rebuild (self);
}

/* ---- object ----------------------------------------------------------- */

static void
qs_window_dispose (GObject *object)
{
  QsWindow *self = (QsWindow *) object;

  hide_presenter (self);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (self->monitor)
    g_signal_handlers_disconnect_by_data (self->monitor, self);
  g_clear_object (&self->monitor);
  g_clear_object (&self->file);
  g_clear_object (&self->dataset);
  if (self->settings)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);
  /* libadwaita 1.2 warns when the stack goes before its switchers. */
  if (self->switcher_title)
    adw_view_switcher_title_set_stack (self->switcher_title, NULL);
  if (self->switcher_bar)
    adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_WINDOW);

  G_OBJECT_CLASS (qs_window_parent_class)->dispose (object);
}

static void
qs_window_finalize (GObject *object)
{
  QsWindow *self = (QsWindow *) object;

  g_free (self->error_text);
  g_free (self->chart_locale);

  G_OBJECT_CLASS (qs_window_parent_class)->finalize (object);
}

static void
qs_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  QsWindow *self = QS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  QsWindow *self = QS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      qs_window_set_dataset (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qs_window_class_init (QsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char *const views[] = { "overview", "air", "water", "rural", "data" };

  object_class->dispose = qs_window_dispose;
  object_class->finalize = qs_window_finalize;
  object_class->get_property = qs_window_get_property;
  object_class->set_property = qs_window_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, QS_TYPE_DATASET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referencing the bundle links it in from the static library; its
   * constructor then registers it. */
  g_assert (qs_get_resource () != NULL);
  g_type_ensure (QS_TYPE_CHARTS_PAGE);
  g_type_ensure (QS_TYPE_DATA_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/qs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, QsWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, switcher_bar);

  gtk_widget_class_bind_template_child (widget_class, QsWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, demo_notice);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, font_notice);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, loading_revealer);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, loading_label);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, loading_progress);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, error_title);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, error_details);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, description_label);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, kpi_flow);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, air_page);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, water_page);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, rural_page);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, data_bin);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, recent_section);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-load", NULL, cancel_load_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-error", NULL, dismiss_error_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-indicator", "s", show_indicator_action);
  gtk_widget_class_install_action (widget_class, "win.export-chart", "s", export_chart_action);
  gtk_widget_class_install_action (widget_class, "win.export-all", NULL, export_all_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.briefing", NULL, briefing_action);
  gtk_widget_class_install_action (widget_class, "win.edit-deck", NULL, edit_deck_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.print-briefing", NULL, print_briefing_action);
  gtk_widget_class_install_action (widget_class, "win.export-report", NULL, export_report_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export-chart", "s", "png");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.briefing", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.print-briefing", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.export-all", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK, "win.show-view", "s", views[i]);
}

/* The stylesheet, once per display, by whichever window comes first. */
static void
load_css (GdkDisplay *display)
{
  g_autoptr(GtkCssProvider) css = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), "qs-css"))
    return;
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data (G_OBJECT (display), "qs-css", GINT_TO_POINTER (1));
}

static void
qs_window_init (QsWindow *self)
{
  GtkDropTarget *drop;

  load_css (gdk_display_get_default ());
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
  g_signal_connect_swapped (self->settings, "changed::chart-locale", G_CALLBACK (chart_locale_changed), self);
  {
    g_autofree char *locale = g_settings_get_string (self->settings, "chart-locale");
    self->chart_locale = *locale ? g_strdup (locale) : NULL;
  }

  drop = gtk_drop_target_new (G_TYPE_FILE, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
  update_recent_menu (self);
}

/**
 * qs_window_new:
 * @application: (nullable): the application
 *
 * Returns: (transfer full): a new window with no dataset
 */
QsWindow *
qs_window_new (GtkApplication *application)
{
  return g_object_new (QS_TYPE_WINDOW, "application", application, NULL);
}

/** qs_window_get_dataset: @self: a window. Returns: (transfer none) (nullable): the dataset shown */
QsDataset *
qs_window_get_dataset (QsWindow *self)
{
  g_return_val_if_fail (QS_IS_WINDOW (self), NULL);
  return self->dataset;
}

/** qs_window_set_dataset: @self: a window. @dataset: (nullable): the dataset to show */
void
qs_window_set_dataset (QsWindow  *self,
                       QsDataset *dataset)
{
  g_return_if_fail (QS_IS_WINDOW (self));
  if (!g_set_object (&self->dataset, dataset))
    return;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

/** qs_window_get_file: @self: a window. Returns: (transfer none) (nullable): the file shown */
GFile *
qs_window_get_file (QsWindow *self)
{
  g_return_val_if_fail (QS_IS_WINDOW (self), NULL);
  return self->file;
}

/**
 * qs_window_get_error_text:
 * @self: a window
 *
 * Returns: (nullable): the load error shown, with every problem, or %NULL
 */
const char *
qs_window_get_error_text (QsWindow *self)
{
  g_return_val_if_fail (QS_IS_WINDOW (self), NULL);
  return self->error_text;
}

/** qs_window_get_view: @self: a window. Returns: the name of the view shown */
const char *
qs_window_get_view (QsWindow *self)
{
  g_return_val_if_fail (QS_IS_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->stack);
}

/**
 * qs_window_get_charts_page:
 * @self: a window
 * @view: `air`, `water` or `rural`
 *
 * Returns: (transfer none) (nullable): the page of charts of that view
 */
QsChartsPage *
qs_window_get_charts_page (QsWindow   *self,
                           const char *view)
{
  g_return_val_if_fail (QS_IS_WINDOW (self), NULL);
  if (g_strcmp0 (view, "air") == 0)
    return self->air_page;
  if (g_strcmp0 (view, "water") == 0)
    return self->water_page;
  if (g_strcmp0 (view, "rural") == 0)
    return self->rural_page;
  return NULL;
}

/** qs_window_get_kpi_flow: @self: a window. Returns: (transfer none): the box of KPI cards */
GtkWidget *
qs_window_get_kpi_flow (QsWindow *self)
{
  g_return_val_if_fail (QS_IS_WINDOW (self), NULL);
  return GTK_WIDGET (self->kpi_flow);
}

/** qs_window_get_chart_locale: @self: a window. Returns: (nullable): the charts' language, %NULL for the UI's */
const char *
qs_window_get_chart_locale (QsWindow *self)
{
  g_return_val_if_fail (QS_IS_WINDOW (self), NULL);
  return self->chart_locale;
}

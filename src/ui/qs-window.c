/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "qs-dataset-loader.h"
#include "qs-period.h"
#include "qs-resources.h"
#include "qs-window.h"

struct _QsWindow
{
  AdwApplicationWindow  parent_instance;

  QsDataset            *dataset;
  GCancellable         *load_cancellable;
  char                 *error_text;

  AdwWindowTitle       *window_title;
  GtkWidget            *demo_notice;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_title;
  GtkLabel             *error_details;
  GtkLabel             *title_label;
  GtkLabel             *description_label;
  GtkListBox           *indicator_list;
};

G_DEFINE_FINAL_TYPE (QsWindow, qs_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  char      *path;
  GPtrArray *problems;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_free (data->path);
  g_clear_pointer (&data->problems, g_ptr_array_unref);
  g_free (data);
}

static char *
format_latest (QsIndicator *indicator,
               QsSeries    *series)
{
  g_autofree char *period = NULL;
  const char *unit;
  guint latest;

  if (!qs_series_get_latest (series, &latest))
    return g_strdup (_("No data"));
  period = qs_period_to_string (qs_series_get_resolution (series), qs_series_get_period (series, latest));
  if (qs_indicator_get_kind (indicator) == QS_KIND_COMPOSITION)
    /* Translators: %s is a period such as 2025. */
    return g_strdup_printf (_("Composition, latest %s"), period);
  unit = qs_indicator_get_unit_label (indicator)
         ? qs_text_get (qs_indicator_get_unit_label (indicator), NULL)
         : qs_unit_get_symbol (qs_indicator_get_unit (indicator));
  /* Translators: a value, its unit, and its period, e.g. "27.4 µg/m³ (2025)". */
  return g_strdup_printf (_("%.*f %s (%s)"), (int) qs_indicator_get_decimals (indicator),
                          qs_series_get_value (series, latest), unit, period);
}

static void
rebuild (QsWindow *self)
{
  GtkWidget *child;
  GPtrArray *indicators;
  const char *title;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->indicator_list))))
    gtk_list_box_remove (self->indicator_list, child);

  if (self->dataset == NULL)
    {
      gtk_widget_set_visible (self->demo_notice, FALSE);
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->description_label, "");
      return;
    }

  title = qs_text_get (qs_dataset_get_title (self->dataset), NULL);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->description_label, qs_text_get (qs_dataset_get_description (self->dataset), NULL));
  gtk_widget_set_visible (GTK_WIDGET (self->description_label),
                          qs_dataset_get_description (self->dataset) != NULL);
  adw_window_title_set_subtitle (self->window_title, title);
  gtk_widget_set_visible (self->demo_notice, qs_dataset_is_demo (self->dataset));

  indicators = qs_dataset_get_indicators (self->dataset);
  for (guint i = 0; i < indicators->len; i++)
    {
      QsIndicator *indicator = indicators->pdata[i];
      const char *region = qs_dataset_get_region_code (self->dataset);
      QsSeries *series = region ? qs_indicator_lookup_series (indicator, region) : NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      if (series == NULL && qs_indicator_get_series (indicator)->len > 0)
        series = qs_indicator_get_series (indicator)->pdata[0];
      subtitle = series ? format_latest (indicator, series) : g_strdup (_("No data"));
      /* Names come from the file: never let them be read as markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     qs_text_get (qs_indicator_get_name (indicator), NULL));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_append (self->indicator_list, row);
    }
}

static void
show_error (QsWindow   *self,
            const char *title,
            const char *details)
{
  g_free (self->error_text);
  self->error_text = details ? g_strdup_printf ("%s\n%s", title, details) : NULL;
  gtk_label_set_text (self->error_title, title ? title : "");
  gtk_label_set_text (self->error_details, details ? details : "");
  gtk_revealer_set_reveal_child (self->error_revealer, details != NULL);
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

  dataset = qs_dataset_loader_load_path (data->path, cancellable, NULL, NULL, &data->problems, &error);
  if (dataset)
    g_task_return_pointer (task, dataset, g_object_unref);
  else
    g_task_return_error (task, error);
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

  if (dataset)
    {
      show_error (self, NULL, NULL);
      qs_window_set_dataset (self, dataset);
      return;
    }
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Keep what is on screen; say what is wrong with the new file. */
  {
    g_autoptr(GString) details = g_string_new (NULL);
    g_autofree char *display = g_filename_display_name (data->path);
    g_autofree char *title = g_strdup_printf (_("Could not open “%s”; the previous data are still shown"),
                                              display);

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

/**
 * qs_window_open_file:
 * @self: a window
 * @file: a dataset file
 *
 * Loads @file in a worker thread; on failure the current data stay and the
 * problems are shown.
 */
void
qs_window_open_file (QsWindow *self,
                     GFile    *file)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (QS_IS_WINDOW (self));

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  data = g_new0 (LoadData, 1);
  data->path = g_file_get_path (file);
  task = g_task_new (self, self->load_cancellable, load_done, NULL);
  g_task_set_source_tag (task, qs_window_open_file);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  if (data->path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Only local files can be opened"));
      return;
    }
  g_task_run_in_thread (task, load_thread);
}

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
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Open a Dataset"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (datasets, _("Datasets and CSV files"));
  gtk_file_filter_add_pattern (datasets, "*.json");
  gtk_file_filter_add_pattern (datasets, "*.csv");
  gtk_file_filter_add_pattern (datasets, "*.tsv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), datasets);
  gtk_file_filter_set_name (csv, _("All files"));
  gtk_file_filter_add_pattern (csv, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), csv);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
qs_window_dispose (GObject *object)
{
  QsWindow *self = (QsWindow *) object;

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->dataset);
  gtk_widget_dispose_template (GTK_WIDGET (self), QS_TYPE_WINDOW);

  G_OBJECT_CLASS (qs_window_parent_class)->dispose (object);
}

static void
qs_window_finalize (GObject *object)
{
  QsWindow *self = (QsWindow *) object;

  g_free (self->error_text);

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
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/qs-window.ui");
  gtk_widget_class_bind_template_child (widget_class, QsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, demo_notice);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, error_title);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, error_details);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, description_label);
  gtk_widget_class_bind_template_child (widget_class, QsWindow, indicator_list);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
}

static void
qs_window_init (QsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * qs_window_new:
 * @application: the application
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

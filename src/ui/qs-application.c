/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "qs-application.h"
#include "qs-window.h"

struct _QsApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (QsApplication, qs_application, ADW_TYPE_APPLICATION)

/**
 * qs_application_get_demo_path:
 *
 * The bundled demo dataset; `QINGSHAN_DATADIR` points at an uninstalled copy.
 *
 * Returns: (transfer full): its path
 */
char *
qs_application_get_demo_path (void)
{
  const char *datadir = g_getenv ("QINGSHAN_DATADIR");

  return g_build_filename (datadir && *datadir ? datadir : PKGDATADIR, "demo", "jiangxi.json", NULL);
}

static QsWindow *
new_window (QsApplication *self)
{
  QsWindow *window = qs_window_new (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
qs_application_activate (GApplication *app)
{
  QsApplication *self = QS_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *last = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  if (window)
    {
      gtk_window_present (window);
      return;
    }
  /* The last dataset, or the demo the first time (and when it is gone). */
  last = g_settings_get_string (self->settings, "last-file");
  path = *last && g_file_test (last, G_FILE_TEST_IS_REGULAR) ? g_steal_pointer (&last)
                                                              : qs_application_get_demo_path ();
  file = g_file_new_for_path (path);
  qs_window_open_file (new_window (self), file);
}

static void
qs_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    qs_window_open_file (new_window (QS_APPLICATION (app)), files[i]);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  const char *developers[] = { _("The Qingshan developers"), NULL };
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *about;

  /* The sources of the data on screen are credited with the program. */
  if (QS_IS_WINDOW (parent) && qs_window_get_dataset (QS_WINDOW (parent)))
    {
      GPtrArray *list = qs_dataset_get_sources (qs_window_get_dataset (QS_WINDOW (parent)));
      for (guint i = 0; i < list->len; i++)
        {
          QsSource *source = list->pdata[i];
          g_ptr_array_add (names, source->date ? g_strdup_printf ("%s (%s)", qs_text_get_display (source->title, NULL),
                                                                  source->date)
                                               : g_strdup (qs_text_get_display (source->title, NULL)));
        }
    }
  g_ptr_array_add (names, NULL);

  about = adw_about_window_new ();
  g_object_set (about,
                "transient-for", parent,
                "application-name", _("Qingshan"),
                "application-icon", APP_ID,
                "version", PACKAGE_VERSION,
                "developers", developers,
                "license-type", GTK_LICENSE_GPL_3_0,
                "comments", _("Ecological indicators from provincial environment departments, checked and "
                              "charted by the national standards."),
                "website", "https://github.com/qingshan/qingshan",
                NULL);
  if (names->len > 1)
    adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about), _("Data Sources"),
                                         (const char **) names->pdata);
  gtk_window_present (GTK_WINDOW (about));
}

static void
shortcuts_activated (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PREFIX "/qs-shortcuts-window.ui");
  GtkWindow *window = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts_window"));

  gtk_window_set_transient_for (window, parent);
  gtk_window_present (window);
}

static void
combo_selected_cb (AdwComboRow   *row,
                   GParamSpec    *pspec,
                   QsApplication *self)
{
  const char *key = g_object_get_data (G_OBJECT (row), "key");
  const char *const *values = g_object_get_data (G_OBJECT (row), "values");

  g_settings_set_string (self->settings, key, values[adw_combo_row_get_selected (row)]);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  QsApplication *self = QS_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *window = adw_preferences_window_new ();
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *appearance = adw_preferences_group_new ();
  GtkWidget *charts = adw_preferences_group_new ();
  static const char *const styles[] = { "system", "light", "dark" };
  static const char *const locales[] = { "", "zh_CN", "zh_TW", "en" };
  static const char *const formats[] = { "png", "svg", "pdf", "csv" };
  const char *style_names[] = { _("Follow System"), _("Light"), _("Dark"), NULL };
  const char *locale_names[] = { _("Same as the Interface"), _("Simplified Chinese"), _("Traditional Chinese"),
                                 _("English"), NULL };
  const char *format_names[] = { "PNG", "SVG", "PDF", "CSV", NULL };
  struct { const char *key; const char *const *values; const char **names; guint n; const char *title;
           const char *subtitle; GtkWidget *group; } rows[] = {
    { "style", styles, style_names, 3, _("Style"), NULL, appearance },
    { "chart-locale", locales, locale_names, 4, _("Chart Language"),
      _("Charts and exports can be in another language than the interface, e.g. English for foreign press"), charts },
    { "export-format", formats, format_names, 4, _("Default Export Format"), NULL, charts },
  };

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (appearance), _("Appearance"));
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (charts), _("Charts"));
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      GtkWidget *row = adw_combo_row_new ();
      g_autoptr(GtkStringList) model = gtk_string_list_new (rows[r].names);
      g_autofree char *current = g_settings_get_string (self->settings, rows[r].key);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rows[r].title);
      if (rows[r].subtitle)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), rows[r].subtitle);
      adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
      for (guint i = 0; i < rows[r].n; i++)
        if (g_strcmp0 (current, rows[r].values[i]) == 0)
          adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
      g_object_set_data (G_OBJECT (row), "key", (gpointer) rows[r].key);
      g_object_set_data (G_OBJECT (row), "values", (gpointer) rows[r].values);
      g_signal_connect_object (row, "notify::selected", G_CALLBACK (combo_selected_cb), self, 0);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (rows[r].group), row);
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (appearance));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (charts));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_present (GTK_WINDOW (window));
}

static void
apply_style (QsApplication *self)
{
  g_autofree char *style = g_settings_get_string (self->settings, "style");
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (style, "light"))
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (style, "dark"))
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static void
qs_application_startup (GApplication *app)
{
  QsApplication *self = QS_APPLICATION (app);
  static const GActionEntry entries[] = {
    { .name = "quit", .activate = quit_activated },
    { .name = "about", .activate = about_activated },
    { .name = "shortcuts", .activate = shortcuts_activated },
    { .name = "preferences", .activate = preferences_activated },
  };
  static const char *const quit_accels[] = { "<Control>q", NULL };
  static const char *const shortcuts_accels[] = { "F1", "<Control>question", NULL };
  static const char *const preferences_accels[] = { "<Control>comma", NULL };
  G_APPLICATION_CLASS (qs_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.shortcuts", shortcuts_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_swapped (self->settings, "changed::style", G_CALLBACK (apply_style), self);
  apply_style (self);
}

static void
qs_application_dispose (GObject *object)
{
  QsApplication *self = QS_APPLICATION (object);

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (qs_application_parent_class)->dispose (object);
}

static void
qs_application_class_init (QsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = qs_application_dispose;
  app_class->activate = qs_application_activate;
  app_class->open = qs_application_open;
  app_class->startup = qs_application_startup;
}

static void
qs_application_init (QsApplication *self)
{
}

/**
 * qs_application_new:
 *
 * Returns: (transfer full): the application
 */
QsApplication *
qs_application_new (void)
{
  return g_object_new (QS_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}

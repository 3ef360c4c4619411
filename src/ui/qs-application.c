/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <glib/gi18n.h>

#include "qs-application.h"
#include "qs-window.h"

struct _QsApplication
{
  AdwApplication parent_instance;
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
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *demo = NULL;
  g_autoptr(GFile) file = NULL;

  if (window)
    {
      gtk_window_present (window);
      return;
    }
  demo = qs_application_get_demo_path ();
  file = g_file_new_for_path (demo);
  qs_window_open_file (new_window (QS_APPLICATION (app)), file);
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

  adw_show_about_window (parent,
                         "application-name", _("Qingshan"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "comments", _("Ecological indicators, clearly charted"),
                         NULL);
}

static void
qs_application_startup (GApplication *app)
{
  static const GActionEntry entries[] = {
    { .name = "quit", .activate = quit_activated },
    { .name = "about", .activate = about_activated },
  };
  static const char *const quit_accels[] = { "<Control>q", NULL };
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (qs_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);

  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
qs_application_class_init (QsApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

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

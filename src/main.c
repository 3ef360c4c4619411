/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <glib/gi18n.h>
#include <gmodule.h>

#include "qs-cli.h"
#include "qs-cli-import.h"
#include "qs-cli-report.h"
#include "qs-ui-module.h"

/* QINGSHAN_UI_MODULE names the module outright; an uninstalled build has it
 * beside the program, in ui/; else it is where it was installed. */
static char *
ui_module_path (void)
{
  const char *env = g_getenv ("QINGSHAN_UI_MODULE");
  g_autofree char *self = NULL;

  if (env && *env)
    return g_strdup (env);
  self = g_file_read_link ("/proc/self/exe", NULL);
  if (self)
    {
      g_autofree char *dir = g_path_get_dirname (self);
      char *beside = g_build_filename (dir, "ui", QS_UI_MODULE_NAME, NULL);

      if (g_file_test (beside, G_FILE_TEST_IS_REGULAR))
        return beside;
      g_free (beside);
    }
  return g_build_filename (UI_MODULE_DIR, QS_UI_MODULE_NAME, NULL);
}

/* Loads the user interface and runs it on @app_argv. */
static int
run_ui (char **app_argv)
{
  g_autofree char *path = ui_module_path ();
  g_autofree char *display = g_filename_display_name (path);
  GModule *module = g_module_open (path, G_MODULE_BIND_LOCAL);
  const char *module_version = NULL;
  QsUiRunFunc run = NULL;

  if (module == NULL)
    {
      g_printerr (_("%s: cannot load the user interface: %s\n"), g_get_prgname (), g_module_error ());
      return 1;
    }
  if (!g_module_symbol (module, QS_UI_MODULE_VERSION, (gpointer *) &module_version) ||
      !g_module_symbol (module, QS_UI_MODULE_RUN, (gpointer *) &run) ||
      g_strcmp0 (module_version, PACKAGE_VERSION) != 0)
    {
      g_printerr (_("%s: %s is not the user interface of Qingshan %s; reinstall Qingshan\n"), g_get_prgname (),
                  display, PACKAGE_VERSION);
      return 1;
    }
  /* The module stays loaded: the application's types live in it. */
  return run ((int) g_strv_length (app_argv), app_argv);
}

/*
 * Options are parsed here rather than by GApplication, so that the headless
 * commands run without a display or a session bus, and so that a wrong
 * option exits with status 2 as command-line tools do.
 */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  g_auto(GStrv) app_argv = NULL;
  g_autofree char *locale = NULL;
  gboolean version = FALSE, validate = FALSE, summary = FALSE, list_charts = FALSE;
  g_autofree char *export_path = NULL;
  g_autofree char *export_all = NULL;
  g_autofree char *chart_id = NULL;
  g_autofree char *theme = NULL;
  g_autofree char *format = NULL;
  g_autofree char *report = NULL;
  g_autofree char *import_kind = NULL;
  g_autofree char *into = NULL;
  g_autofree char *encoding = NULL;
  gboolean skip_bad_rows = FALSE;
  double width = 1280, height = 720, scale = 1;
  int modes;
  const GOptionEntry entries[] = {
    { "validate", 0, 0, G_OPTION_ARG_NONE, &validate,
      N_("Check dataset files and print every problem"), NULL },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &summary,
      N_("Print the latest value, change and target status of each indicator as JSON"), NULL },
    { "list-charts", 0, 0, G_OPTION_ARG_NONE, &list_charts,
      N_("List every chart of a dataset as ID and title"), NULL },
    { "export", 0, 0, G_OPTION_ARG_FILENAME, &export_path,
      N_("Export one chart (--chart) to OUT.png, .svg, .pdf or .csv"), N_("OUT") },
    { "export-all", 0, 0, G_OPTION_ARG_FILENAME, &export_all,
      N_("Export every chart into a folder (with --format)"), N_("DIR") },
    { "chart", 0, 0, G_OPTION_ARG_STRING, &chart_id, N_("The chart to export"), N_("ID") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format, N_("png, svg, pdf or csv, for --export-all"), N_("FORMAT") },
    { "width", 0, 0, G_OPTION_ARG_DOUBLE, &width, N_("Chart width in pixels (default 1280)"), N_("W") },
    { "height", 0, 0, G_OPTION_ARG_DOUBLE, &height, N_("Chart height in pixels (default 720)"), N_("H") },
    { "scale", 0, 0, G_OPTION_ARG_DOUBLE, &scale, N_("Pixel scale of PNG exports, e.g. 2 for projectors"), N_("S") },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &theme,
      N_("light, dark, high-contrast or briefing (default light)"), N_("THEME") },
    { "locale", 0, 0, G_OPTION_ARG_STRING, &locale,
      N_("Language of charts and names in the output (zh_CN, zh_TW, en)"), N_("LOCALE") },
    { "report", 0, 0, G_OPTION_ARG_FILENAME, &report,
      N_("Write the briefing report of a dataset to OUT.pdf (its deck is NAME.briefing.json beside it)"), N_("OUT") },
    { "import", 0, 0, G_OPTION_ARG_STRING, &import_kind,
      N_("Import a monitoring CSV file of KIND air or water into a dataset file (with --into)"), N_("KIND") },
    { "into", 0, 0, G_OPTION_ARG_FILENAME, &into, N_("The dataset file to import into"), N_("DATASET") },
    { "encoding", 0, 0, G_OPTION_ARG_STRING, &encoding,
      N_("Encoding of the CSV file to import: utf-8 or gb18030 (default: detected)"), N_("ENC") },
    { "skip-bad-rows", 0, 0, G_OPTION_ARG_NONE, &skip_bad_rows,
      N_("Import the good rows of a CSV file that has bad ones"), NULL },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the version"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("[FILE…]") },
    { NULL }
  };

  setlocale (LC_ALL, "");
  /* QINGSHAN_LOCALEDIR lets an uninstalled build find its translations. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("QINGSHAN_LOCALEDIR") ? g_getenv ("QINGSHAN_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Qingshan: a dashboard of ecological indicators.\n"
                                           "Opens the given dataset files, or the demo dataset."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
      g_printerr ("%s: %s\n\n%s", g_get_prgname (), error->message, help);
      return 2;
    }

  if (version)
    {
      g_print ("qingshan %s\n", PACKAGE_VERSION);
      return 0;
    }
  modes = validate + summary + list_charts + (export_path != NULL) + (export_all != NULL) + (report != NULL) +
          (import_kind != NULL);
  if (modes > 1)
    {
      g_printerr (_("%s: use only one of --validate, --summary, --list-charts, --export, --export-all, --report "
                    "and --import\n"),
                  g_get_prgname ());
      return 2;
    }
  if (import_kind == NULL && (into || encoding || skip_bad_rows))
    {
      g_printerr (_("%s: --into, --encoding and --skip-bad-rows go with --import\n"), g_get_prgname ());
      return 2;
    }
  if (import_kind)
    {
      if (files && files[1])
        {
          g_printerr (_("%s: --import takes one CSV file\n"), g_get_prgname ());
          return 2;
        }
      return qs_cli_import (import_kind, files ? files[0] : NULL, into, encoding, skip_bad_rows);
    }
  if (modes == 1 && !validate && (files == NULL || files[1] != NULL))
    {
      g_printerr (_("%s: this command needs exactly one dataset file\n"), g_get_prgname ());
      return 2;
    }
  if (list_charts)
    return qs_cli_list_charts (files[0], locale);
  if (report)
    return qs_cli_report (report, files[0], locale);
  if (export_path || export_all)
    {
      QsCliExportOptions options = { chart_id, theme, locale, format, width, height, scale };
      return export_path ? qs_cli_export (export_path, files[0], &options)
                         : qs_cli_export_all (export_all, files[0], &options);
    }
  if (validate)
    {
      if (files == NULL)
        {
          g_printerr (_("%s: --validate needs at least one file\n"), g_get_prgname ());
          return 2;
        }
      return qs_cli_validate (files);
    }
  if (summary)
    return qs_cli_summary (files[0], locale);

  {
    GStrvBuilder *builder = g_strv_builder_new ();
    g_strv_builder_add (builder, argv[0]);
    if (files)
      g_strv_builder_addv (builder, (const char **) files);
    app_argv = g_strv_builder_end (builder);
    g_strv_builder_unref (builder);
  }
  return run_ui (app_argv);
}

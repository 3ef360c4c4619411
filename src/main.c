/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <glib/gi18n.h>

#include "qs-application.h"
#include "qs-cli.h"

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
  g_autoptr(QsApplication) app = NULL;
  g_auto(GStrv) files = NULL;
  g_auto(GStrv) app_argv = NULL;
  g_autofree char *locale = NULL;
  gboolean version = FALSE, validate = FALSE, summary = FALSE;
  const GOptionEntry entries[] = {
    { "validate", 0, 0, G_OPTION_ARG_NONE, &validate,
      N_("Check dataset files and print every problem"), NULL },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &summary,
      N_("Print the latest value, change and target status of each indicator as JSON"), NULL },
    { "locale", 0, 0, G_OPTION_ARG_STRING, &locale,
      N_("Language of names in the output (zh_CN, zh_TW, en)"), N_("LOCALE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the version"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("[FILE…]") },
    { NULL }
  };

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
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
  if (validate && summary)
    {
      g_printerr (_("%s: --validate and --summary cannot be used together\n"), g_get_prgname ());
      return 2;
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
    {
      if (files == NULL || files[1] != NULL)
        {
          g_printerr (_("%s: --summary needs exactly one file\n"), g_get_prgname ());
          return 2;
        }
      return qs_cli_summary (files[0], locale);
    }

  {
    GStrvBuilder *builder = g_strv_builder_new ();
    g_strv_builder_add (builder, argv[0]);
    if (files)
      g_strv_builder_addv (builder, (const char **) files);
    app_argv = g_strv_builder_end (builder);
    g_strv_builder_unref (builder);
  }
  app = qs_application_new ();
  return g_application_run (G_APPLICATION (app), (int) g_strv_length (app_argv), app_argv);
}

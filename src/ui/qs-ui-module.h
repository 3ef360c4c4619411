/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-ui-module.h: the user interface as a module the program loads */

#pragma once

/* No GTK here: the program includes this without linking the toolkit. */

/* The file name of the module, in the program's folder "ui/" when built and
 * in UI_MODULE_DIR when installed. */
#define QS_UI_MODULE_NAME "libqingshan-ui.so"

/* The symbols the program looks up. */
#define QS_UI_MODULE_RUN "qs_ui_run"
#define QS_UI_MODULE_VERSION "qs_ui_version"

/* Runs the application on argv (the program name, then the files to open)
 * and returns the exit status. */
typedef int (*QsUiRunFunc) (int    argc,
                            char **argv);

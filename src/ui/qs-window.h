/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-window.h: the main window */

#pragma once

#include <adwaita.h>

#include "qs-dataset.h"

G_BEGIN_DECLS

#define QS_TYPE_WINDOW (qs_window_get_type ())

G_DECLARE_FINAL_TYPE (QsWindow, qs_window, QS, WINDOW, AdwApplicationWindow)

QsWindow   *qs_window_new          (GtkApplication *application);
QsDataset  *qs_window_get_dataset  (QsWindow       *self);
void        qs_window_set_dataset  (QsWindow       *self,
                                    QsDataset      *dataset);
void        qs_window_open_file    (QsWindow       *self,
                                    GFile          *file);
const char *qs_window_get_error_text (QsWindow     *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-window.h: the main window */

#pragma once

#include <adwaita.h>

#include "qs-charts-page.h"
#include "qs-briefing-window.h"
#include "qs-dataset.h"
#include "qs-deck.h"

G_BEGIN_DECLS

#define QS_TYPE_WINDOW (qs_window_get_type ())

G_DECLARE_FINAL_TYPE (QsWindow, qs_window, QS, WINDOW, AdwApplicationWindow)

QsWindow     *qs_window_new            (GtkApplication *application);
QsDataset    *qs_window_get_dataset    (QsWindow       *self);
void          qs_window_set_dataset    (QsWindow       *self,
                                        QsDataset      *dataset);
void          qs_window_open_file      (QsWindow       *self,
                                        GFile          *file);
GFile        *qs_window_get_file       (QsWindow       *self);
const char   *qs_window_get_error_text (QsWindow       *self);
const char   *qs_window_get_view       (QsWindow       *self);
QsChartsPage *qs_window_get_charts_page (QsWindow      *self,
                                        const char     *view);
GtkWidget    *qs_window_get_kpi_flow   (QsWindow       *self);
const char   *qs_window_get_chart_locale (QsWindow     *self);
QsDeck       *qs_window_get_deck       (QsWindow       *self);
void          qs_window_show_presenter (QsWindow       *self,
                                        QsBriefingWindow *briefing);
GtkWidget    *qs_window_get_presenter  (QsWindow       *self);
GtkWindow    *qs_window_edit_deck      (QsWindow       *self);
GtkWindow    *qs_window_import_csv     (QsWindow       *self,
                                        GFile          *csv);

G_END_DECLS

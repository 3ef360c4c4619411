/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-briefing-window.h: the deck full screen, one slide at a time */

#pragma once

#include <gtk/gtk.h>

#include "qs-dataset.h"
#include "qs-deck.h"
#include "qs-report.h"

G_BEGIN_DECLS

typedef enum {
  QS_BLANK_NONE,
  QS_BLANK_BLACK,
  QS_BLANK_WHITE,
} QsBlank;

#define QS_TYPE_BRIEFING_WINDOW (qs_briefing_window_get_type ())

G_DECLARE_FINAL_TYPE (QsBriefingWindow, qs_briefing_window, QS, BRIEFING_WINDOW, GtkWindow)

QsBriefingWindow *qs_briefing_window_new          (GtkWindow        *parent,
                                                   QsDataset        *dataset,
                                                   QsDeck           *deck,
                                                   const char       *locale);
guint             qs_briefing_window_get_position (QsBriefingWindow *self);
char             *qs_briefing_window_dup_position_label (QsBriefingWindow *self);
guint             qs_briefing_window_get_n_slides (QsBriefingWindow *self);
QsBlank           qs_briefing_window_get_blank    (QsBriefingWindow *self);
QsDataset        *qs_briefing_window_get_dataset  (QsBriefingWindow *self);
gboolean          qs_briefing_window_get_pointer_hidden (QsBriefingWindow *self);
gboolean          qs_briefing_window_get_on_other_monitor (QsBriefingWindow *self);
QsReportSlides   *qs_briefing_window_get_slides   (QsBriefingWindow *self);
gboolean          qs_briefing_window_handle_key   (QsBriefingWindow *self,
                                                   guint             keyval,
                                                   GdkModifierType   state);

G_END_DECLS

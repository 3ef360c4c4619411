/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-presenter-view.h: what the presenter sees while the deck is on the
 * projector: the current and next slide, the takeaway, the time */

#pragma once

#include <adwaita.h>

#include "qs-briefing-window.h"

G_BEGIN_DECLS

#define QS_TYPE_PRESENTER_VIEW (qs_presenter_view_get_type ())

G_DECLARE_FINAL_TYPE (QsPresenterView, qs_presenter_view, QS, PRESENTER_VIEW, AdwBin)

GtkWidget        *qs_presenter_view_new              (QsBriefingWindow *briefing);
QsBriefingWindow *qs_presenter_view_get_briefing     (QsPresenterView  *self);
const char       *qs_presenter_view_get_position_text (QsPresenterView *self);
const char       *qs_presenter_view_get_takeaway_text (QsPresenterView *self);
const char       *qs_presenter_view_get_next_text    (QsPresenterView  *self);

G_END_DECLS

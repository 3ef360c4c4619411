/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-deck-editor.h: choosing, ordering and captioning a briefing's slides */

#pragma once

#include <adwaita.h>

#include "qs-dataset.h"
#include "qs-deck.h"

G_BEGIN_DECLS

#define QS_TYPE_DECK_EDITOR (qs_deck_editor_get_type ())

G_DECLARE_FINAL_TYPE (QsDeckEditor, qs_deck_editor, QS, DECK_EDITOR, AdwWindow)

QsDeckEditor *qs_deck_editor_new              (GtkWindow    *parent,
                                               QsDataset    *dataset,
                                               QsDeck       *deck,
                                               const char   *locale,
                                               const char   *path);
QsDeck       *qs_deck_editor_get_deck         (QsDeckEditor *self);
guint         qs_deck_editor_get_selected     (QsDeckEditor *self);
void          qs_deck_editor_select           (QsDeckEditor *self,
                                               guint         position);
GtkEditable  *qs_deck_editor_get_title_entry  (QsDeckEditor *self);
GtkEditable  *qs_deck_editor_get_takeaway_entry (QsDeckEditor *self);

G_END_DECLS

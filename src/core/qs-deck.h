/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-deck.h: a briefing deck — an ordered list of slides, kept beside the dataset */

#pragma once

#include <gio/gio.h>

#include "qs-problem.h"
#include "qs-slide.h"

G_BEGIN_DECLS

#define QS_DECK_ERROR (qs_deck_error_quark ())

typedef enum {
  QS_DECK_ERROR_IO,
  QS_DECK_ERROR_INVALID,
} QsDeckError;

/* The "format" of a deck file, and the version this code reads and writes. */
#define QS_DECK_FORMAT  "qingshan-briefing"
#define QS_DECK_VERSION 1
/* Deck files are small; anything larger is not one. */
#define QS_DECK_MAX_FILE_SIZE (4u * 1024 * 1024)
/* The headline indicators a default KPI page shows at most. */
#define QS_DECK_MAX_HEADLINES 8

#define QS_TYPE_DECK (qs_deck_get_type ())

G_DECLARE_FINAL_TYPE (QsDeck, qs_deck, QS, DECK, GObject)

GQuark      qs_deck_error_quark         (void);

QsDeck     *qs_deck_new                 (void);
QsDeck     *qs_deck_new_default         (const char *const *chart_ids);
GStrv       qs_deck_headline_indicators (const char *const *chart_ids);

const char *qs_deck_get_dataset         (QsDeck            *self);
void        qs_deck_set_dataset         (QsDeck            *self,
                                         const char        *dataset);
QsSlide    *qs_deck_get_slide           (QsDeck            *self,
                                         guint              position);
guint       qs_deck_get_n_visible       (QsDeck            *self);
void        qs_deck_append              (QsDeck            *self,
                                         QsSlide           *slide);
void        qs_deck_insert              (QsDeck            *self,
                                         guint              position,
                                         QsSlide           *slide);
void        qs_deck_remove              (QsDeck            *self,
                                         guint              position);
void        qs_deck_move                (QsDeck            *self,
                                         guint              from,
                                         guint              to);
gboolean    qs_deck_equal               (QsDeck            *a,
                                         QsDeck            *b);

char       *qs_deck_path_for_dataset    (const char        *dataset_path);
QsDeck     *qs_deck_load_bytes          (GBytes            *bytes,
                                         const char        *display_name,
                                         GPtrArray        **problems,
                                         GError           **error);
QsDeck     *qs_deck_load_path           (const char        *path,
                                         GPtrArray        **problems,
                                         GError           **error);
GPtrArray  *qs_deck_check               (QsDeck            *self,
                                         const char        *display_name,
                                         const char        *dataset_name,
                                         const char *const *chart_ids);
char       *qs_deck_to_string           (QsDeck            *self);
gboolean    qs_deck_save                (QsDeck            *self,
                                         const char        *path,
                                         GError           **error);

G_END_DECLS

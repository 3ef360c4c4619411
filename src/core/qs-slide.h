/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-slide.h: one slide of a briefing deck — a chart or a page of KPI cards */

#pragma once

#include <glib-object.h>

#include "qs-text.h"

G_BEGIN_DECLS

typedef enum {
  QS_SLIDE_CHART,   /* one chart of the catalog, by its id */
  QS_SLIDE_KPIS,    /* a page of KPI cards, one per indicator */
} QsSlideKind;

/* A KPI page shows at most this many cards (four columns, three rows). */
#define QS_SLIDE_MAX_KPIS 12

#define QS_TYPE_SLIDE_KIND (qs_slide_kind_get_type ())
#define QS_TYPE_SLIDE (qs_slide_get_type ())

GType qs_slide_kind_get_type (void) G_GNUC_CONST;

G_DECLARE_FINAL_TYPE (QsSlide, qs_slide, QS, SLIDE, GObject)

QsSlide            *qs_slide_new_chart      (const char         *chart_id);
QsSlide            *qs_slide_new_kpis       (const char *const  *indicators);
QsSlide            *qs_slide_copy           (QsSlide            *self);
gboolean            qs_slide_equal          (QsSlide            *a,
                                             QsSlide            *b);

QsSlideKind         qs_slide_get_kind       (QsSlide            *self);
void                qs_slide_set_kind       (QsSlide            *self,
                                             QsSlideKind         kind);
const char         *qs_slide_get_chart_id   (QsSlide            *self);
void                qs_slide_set_chart_id   (QsSlide            *self,
                                             const char         *chart_id);
const char *const  *qs_slide_get_indicators (QsSlide            *self);
void                qs_slide_set_indicators (QsSlide            *self,
                                             const char *const  *indicators);
QsText             *qs_slide_get_title      (QsSlide            *self);
void                qs_slide_set_title      (QsSlide            *self,
                                             QsText             *title);
QsText             *qs_slide_get_takeaway   (QsSlide            *self);
void                qs_slide_set_takeaway   (QsSlide            *self,
                                             QsText             *takeaway);
gboolean            qs_slide_get_hidden     (QsSlide            *self);
void                qs_slide_set_hidden     (QsSlide            *self,
                                             gboolean            hidden);

const char         *qs_slide_kind_to_string   (QsSlideKind        kind);
gboolean            qs_slide_kind_from_string (const char        *name,
                                               QsSlideKind       *kind);

G_END_DECLS

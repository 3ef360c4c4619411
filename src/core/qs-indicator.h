/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-indicator.h: an indicator, its targets and its series per region */

#pragma once

#include <glib-object.h>

#include "qs-series.h"
#include "qs-target.h"
#include "qs-text.h"
#include "qs-types.h"

G_BEGIN_DECLS

#define QS_TYPE_INDICATOR (qs_indicator_get_type ())

G_DECLARE_FINAL_TYPE (QsIndicator, qs_indicator, QS, INDICATOR, GObject)

QsIndicator  *qs_indicator_new              (const char   *id,
                                             QsDomain      domain,
                                             QsKind        kind,
                                             QsUnit        unit,
                                             QsResolution  resolution);
const char   *qs_indicator_get_id           (QsIndicator  *self);
QsDomain      qs_indicator_get_domain       (QsIndicator  *self);
QsKind        qs_indicator_get_kind         (QsIndicator  *self);
QsUnit        qs_indicator_get_unit         (QsIndicator  *self);
QsResolution  qs_indicator_get_resolution   (QsIndicator  *self);
QsText       *qs_indicator_get_name         (QsIndicator  *self);
void          qs_indicator_set_name         (QsIndicator  *self,
                                             QsText       *name);
QsText       *qs_indicator_get_description  (QsIndicator  *self);
void          qs_indicator_set_description  (QsIndicator  *self,
                                             QsText       *description);
QsText       *qs_indicator_get_unit_label   (QsIndicator  *self);
void          qs_indicator_set_unit_label   (QsIndicator  *self,
                                             QsText       *unit_label);
guint         qs_indicator_get_decimals     (QsIndicator  *self);
void          qs_indicator_set_decimals     (QsIndicator  *self,
                                             guint         decimals);
QsDirection   qs_indicator_get_direction    (QsIndicator  *self);
void          qs_indicator_set_direction    (QsIndicator  *self,
                                             QsDirection   direction);
gboolean      qs_indicator_get_derived      (QsIndicator  *self);
void          qs_indicator_set_derived      (QsIndicator  *self,
                                             gboolean      derived);
void          qs_indicator_set_counts       (QsIndicator  *self,
                                             const char   *numerator,
                                             const char   *denominator);
gboolean      qs_indicator_get_counts       (QsIndicator  *self,
                                             const char  **numerator,
                                             const char  **denominator);

guint         qs_indicator_get_n_categories (QsIndicator  *self);
void          qs_indicator_add_category     (QsIndicator  *self,
                                             const char   *id,
                                             QsText       *name,
                                             const char   *color);
const char   *qs_indicator_get_category_id  (QsIndicator  *self,
                                             guint         index);
QsText       *qs_indicator_get_category_name (QsIndicator *self,
                                             guint         index);
const char   *qs_indicator_get_category_color (QsIndicator *self,
                                             guint         index);
gboolean      qs_indicator_find_category    (QsIndicator  *self,
                                             const char   *id,
                                             guint        *index);

GPtrArray    *qs_indicator_get_targets      (QsIndicator  *self);
void          qs_indicator_add_target       (QsIndicator  *self,
                                             QsTarget     *target);
GPtrArray    *qs_indicator_get_series       (QsIndicator  *self);
void          qs_indicator_add_series       (QsIndicator  *self,
                                             QsSeries     *series);
QsSeries     *qs_indicator_lookup_series    (QsIndicator  *self,
                                             const char   *region);

gboolean      qs_indicator_is_better        (QsIndicator  *self,
                                             double        a,
                                             double        b);
gboolean      qs_indicator_meets            (QsIndicator  *self,
                                             double        value,
                                             double        limit);

G_END_DECLS

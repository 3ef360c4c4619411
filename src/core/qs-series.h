/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-series.h: the values of one indicator for one region */

#pragma once

#include <glib-object.h>

#include "qs-types.h"

G_BEGIN_DECLS

#define QS_TYPE_SERIES (qs_series_get_type ())

G_DECLARE_FINAL_TYPE (QsSeries, qs_series, QS, SERIES, GObject)

QsSeries      *qs_series_new_regular    (const char   *region,
                                         QsResolution  resolution,
                                         gint32        start,
                                         guint         n_values,
                                         guint         n_categories);
QsSeries      *qs_series_new_irregular  (const char   *region,
                                         QsResolution  resolution,
                                         gint32       *periods,
                                         guint         n_values,
                                         guint         n_categories);
QsSeries      *qs_series_new_take       (const char   *region,
                                         QsResolution  resolution,
                                         gint32        start,
                                         gint32       *periods,
                                         double       *values,
                                         guint         n_values);
double        *qs_series_get_data       (QsSeries     *self,
                                         guint         category);
void           qs_series_set_status     (QsSeries     *self,
                                         guint         index,
                                         QsStatus      status);
void           qs_series_set_status_all (QsSeries     *self,
                                         QsStatus      status);
void           qs_series_set_source     (QsSeries     *self,
                                         guint         index,
                                         const char   *source_id);
void           qs_series_set_source_all (QsSeries     *self,
                                         const char   *source_id);

const char    *qs_series_get_region     (QsSeries     *self);
QsResolution   qs_series_get_resolution (QsSeries     *self);
guint          qs_series_get_n_values   (QsSeries     *self);
guint          qs_series_get_n_categories (QsSeries   *self);
gboolean       qs_series_is_regular     (QsSeries     *self);
gint32         qs_series_get_period     (QsSeries     *self,
                                         guint         index);
double         qs_series_get_value      (QsSeries     *self,
                                         guint         index);
const double  *qs_series_get_values     (QsSeries     *self,
                                         guint         category);
QsStatus       qs_series_get_status     (QsSeries     *self,
                                         guint         index);
const char    *qs_series_get_source     (QsSeries     *self,
                                         guint         index);
gboolean       qs_series_has_status_other_than (QsSeries *self,
                                         QsStatus      status);
gboolean       qs_series_find_period    (QsSeries     *self,
                                         gint32        period,
                                         guint        *index);
gboolean       qs_series_get_latest     (QsSeries     *self,
                                         guint        *index);
gboolean       qs_series_get_previous   (QsSeries     *self,
                                         guint         index,
                                         guint        *previous);

G_END_DECLS

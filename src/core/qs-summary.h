/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-summary.h: the latest value, change and target status of each series */

#pragma once

#include <json-glib/json-glib.h>

#include "qs-dataset.h"

G_BEGIN_DECLS

typedef enum {
  QS_TARGET_STATUS_NONE,      /* no target applies */
  QS_TARGET_STATUS_MET,       /* the latest value meets the target */
  QS_TARGET_STATUS_NOT_YET,   /* not met, but the target year is still ahead */
  QS_TARGET_STATUS_MISSED,    /* not met in or after the target year */
} QsTargetStatus;

QsTarget       *qs_summary_find_target   (QsIndicator *indicator,
                                          const char  *region,
                                          gint32       period);
QsTarget       *qs_summary_find_standard (QsIndicator *indicator,
                                          const char  *region,
                                          gint32       period);
QsTargetStatus  qs_summary_target_status (QsIndicator *indicator,
                                          QsTarget    *target,
                                          gint32       period,
                                          double       value);

/* For a target not met yet: where the series' trend leads by its year. */
typedef enum {
  QS_TARGET_OUTLOOK_UNKNOWN,    /* too few values, or not an annual series */
  QS_TARGET_OUTLOOK_ON_TRACK,
  QS_TARGET_OUTLOOK_OFF_TRACK,
} QsTargetOutlook;

QsTargetOutlook qs_summary_target_outlook (QsIndicator *indicator,
                                           QsSeries    *series,
                                           QsTarget    *target);
const char     *qs_target_outlook_to_string (QsTargetOutlook outlook);
const char     *qs_target_status_to_string (QsTargetStatus status);
gboolean        qs_summary_change        (QsIndicator *indicator,
                                          QsSeries    *series,
                                          guint        index,
                                          double      *change,
                                          gboolean    *in_points);
JsonNode       *qs_summary_build         (QsDataset   *dataset,
                                          const char  *locale);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-kpi-card.h: one headline indicator as a card */

#pragma once

#include <gtk/gtk.h>

#include "qs-dataset.h"

G_BEGIN_DECLS

#define QS_TYPE_KPI_CARD (qs_kpi_card_get_type ())

G_DECLARE_FINAL_TYPE (QsKpiCard, qs_kpi_card, QS, KPI_CARD, GtkButton)

GtkWidget  *qs_kpi_card_new              (QsDataset   *dataset,
                                          QsIndicator *indicator,
                                          const char  *chart_locale);
const char *qs_kpi_card_get_indicator_id (QsKpiCard   *self);
const char *qs_kpi_card_get_value_text   (QsKpiCard   *self);
const char *qs_kpi_card_get_change_text  (QsKpiCard   *self);

G_END_DECLS

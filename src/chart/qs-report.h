/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-report.h: a briefing deck as a multi-page PDF for print and projection */

#pragma once

#include <gio/gio.h>

#include "qs-dataset.h"
#include "qs-chart-theme.h"
#include "qs-deck.h"

G_BEGIN_DECLS

/* Pages are 16:9, 960 × 540 pt (13.33 × 7.5 in, as presentation slides). */
#define QS_REPORT_PAGE_WIDTH  960.0
#define QS_REPORT_PAGE_HEIGHT 540.0

gboolean qs_report_write_pdf (QsDataset   *dataset,
                              QsDeck      *deck,
                              const char  *locale,
                              const char  *path,
                              GError     **error);

typedef struct _QsReportSlides QsReportSlides;

QsReportSlides *qs_report_slides_new       (QsDataset      *dataset,
                                            QsDeck         *deck,
                                            const char     *locale,
                                            QsChartTheme   *theme);
void            qs_report_slides_free      (QsReportSlides *self);
guint           qs_report_slides_get_n     (QsReportSlides *self);
QsSlide        *qs_report_slides_get_slide (QsReportSlides *self,
                                            guint           index);
char           *qs_report_slides_get_title (QsReportSlides *self,
                                            guint           index);
char           *qs_report_slides_get_takeaway (QsReportSlides *self,
                                            guint           index);
void            qs_report_slides_draw      (QsReportSlides *self,
                                            guint           index,
                                            cairo_t        *cr,
                                            double          width,
                                            double          height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsReportSlides, qs_report_slides_free)

G_END_DECLS

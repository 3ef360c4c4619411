/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-application.h: the application */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define QS_TYPE_APPLICATION (qs_application_get_type ())

G_DECLARE_FINAL_TYPE (QsApplication, qs_application, QS, APPLICATION, AdwApplication)

QsApplication *qs_application_new            (void);
char          *qs_application_get_demo_path  (void);

G_END_DECLS

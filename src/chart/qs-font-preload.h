/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-font-preload.h: font set-up on another thread while data loads */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _QsFontPreload QsFontPreload;

QsFontPreload *qs_font_preload_start  (const char    *locale,
                                       const char    *theme,
                                       double         width,
                                       double         height,
                                       double         scale);
void           qs_font_preload_finish (QsFontPreload *preload);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-text.h: a text given in several locales */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define QS_TYPE_TEXT (qs_text_get_type ())

typedef struct _QsText QsText;

GType       qs_text_get_type   (void) G_GNUC_CONST;
QsText     *qs_text_new        (void);
QsText     *qs_text_new_plain  (const char   *value);
QsText     *qs_text_ref        (QsText       *self);
void        qs_text_unref      (QsText       *self);
void        qs_text_add        (QsText       *self,
                                const char   *locale,
                                const char   *value);
const char *qs_text_get        (const QsText *self,
                                const char   *locale);
const char *qs_text_get_display (const QsText *self,
                                const char   *locale);
const char *qs_text_get_exact  (const QsText *self,
                                const char   *locale);
guint       qs_text_get_n_items (const QsText *self);
const char *qs_text_get_locale (const QsText *self,
                                guint         index);
const char *qs_text_get_value  (const QsText *self,
                                guint         index);

/* Longest text shown whole, in characters; longer ones end with "…". */
#define QS_TEXT_DISPLAY_MAX 1000

char       *qs_text_for_display (const char  *text);

char       *qs_locale_normalize (const char  *locale);
const char *qs_locale_default   (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsText, qs_text_unref)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-file-writer.h: every write goes through here, so none can half-happen */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * QsWriteFunc:
 * @out: the temporary file's stream
 * @user_data: the data given to qs_file_write_atomic()
 * @error: return location for an error
 *
 * Writes the new contents.
 *
 * Returns: %FALSE with @error set on failure
 */
typedef gboolean (*QsWriteFunc) (GOutputStream  *out,
                                 gpointer        user_data,
                                 GError        **error);

gboolean qs_file_write_atomic (const char    *path,
                               gboolean       keep_backup,
                               QsWriteFunc    write,
                               gpointer       user_data,
                               GError       **error);

G_END_DECLS

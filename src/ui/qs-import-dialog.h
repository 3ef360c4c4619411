/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-import-dialog.h: importing a monitoring CSV file, with a preview */

#pragma once

#include <adwaita.h>

#include "qs-import.h"

G_BEGIN_DECLS

#define QS_TYPE_IMPORT_DIALOG (qs_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QsImportDialog, qs_import_dialog, QS, IMPORT_DIALOG, AdwWindow)

QsImportDialog *qs_import_dialog_new           (GtkWindow      *parent,
                                                const char     *csv_path,
                                                const char     *dataset_path);
void            qs_import_dialog_set_kind      (QsImportDialog *self,
                                                QsImportKind    kind);
void            qs_import_dialog_set_encoding  (QsImportDialog *self,
                                                QsCsvEncoding   encoding);
const char     *qs_import_dialog_get_summary   (QsImportDialog *self);
const char     *qs_import_dialog_get_problems  (QsImportDialog *self);
guint           qs_import_dialog_get_n_preview_rows (QsImportDialog *self);
const char     *qs_import_dialog_get_cell      (QsImportDialog *self,
                                                guint           row,
                                                guint           column);

G_END_DECLS

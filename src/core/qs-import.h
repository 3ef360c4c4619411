/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-import.h: monitoring CSV files merged into a dataset file */

#pragma once

#include <gio/gio.h>

#include "qs-csv-reader.h"
#include "qs-dataset.h"
#include "qs-problem.h"

G_BEGIN_DECLS

/**
 * QsImportKind:
 * @QS_IMPORT_AIR: daily air concentrations per city, merged into
 *   `observations.air_daily`
 * @QS_IMPORT_WATER: dated water samples per section, merged into
 *   `observations.water_samples`
 *
 * What a monitoring CSV file holds.
 */
typedef enum {
  QS_IMPORT_AIR,
  QS_IMPORT_WATER,
} QsImportKind;

#define QS_IMPORT_ERROR (qs_import_error_quark ())

/**
 * QsImportError:
 * @QS_IMPORT_ERROR_CSV: the CSV file cannot be read or has problems; they
 *   are listed in the problems
 * @QS_IMPORT_ERROR_DATASET: the dataset file is not valid, or would not be
 *   after the merge; nothing was written
 * @QS_IMPORT_ERROR_IO: the dataset file cannot be read or written
 *
 * Messages name the file; the first problem is repeated in the message.
 */
typedef enum {
  QS_IMPORT_ERROR_CSV,
  QS_IMPORT_ERROR_DATASET,
  QS_IMPORT_ERROR_IO,
} QsImportError;

/* At most this many problems are listed, as for datasets. */
#define QS_IMPORT_MAX_PROBLEMS 100

/**
 * QsImportReport:
 * @rows_read: rows of data in the file, not counting the header
 * @rows_imported: rows merged (or, after qs_import_read(), to be merged)
 * @rows_skipped: rows left out because they have problems (only with
 *   skip_bad_rows; otherwise nothing is imported)
 * @rows_with_problems: rows with at least one problem
 * @encoding: the encoding the file was read in
 * @separator: the separator the file uses: `,`, `\t` or `;`
 * @notes: (element-type QsProblem): remarks that are not errors, such as
 *   columns that are not recognized and were ignored
 * @backup_path: (nullable): where the previous version of the dataset was
 *   kept, once it has been written
 *
 * What an import did. Initialise it with `{ 0 }` and free its contents with
 * qs_import_report_clear(), or declare it with `g_auto (QsImportReport)`.
 */
typedef struct
{
  guint          rows_read;
  guint          rows_imported;
  guint          rows_skipped;
  guint          rows_with_problems;
  QsCsvEncoding  encoding;
  char           separator;
  GPtrArray     *notes;
  char          *backup_path;
} QsImportReport;

/**
 * QsImportColumn:
 * @header: the column's header as written in the file
 * @key: what it was recognized as: `date`, `city`, `section`, a pollutant
 *   keyword (`pm25` …) or a water parameter keyword (`nh3n` …); %NULL when
 *   it is not recognized and will be ignored
 * @label: (nullable): @key for people, in the user's language
 */
typedef struct
{
  char       *header;
  const char *key;
  const char *label;
} QsImportColumn;

/**
 * QsImportPreview:
 * @encoding: the encoding the file is read in
 * @separator: the separator it uses
 * @n_columns: the number of columns of the header
 * @columns: (array length=n_columns): how each column is understood
 * @rows: (element-type GStrv): the first rows of data as text, each with
 *   as many cells as the file has in that row
 * @problems: (element-type QsProblem): problems with the header that would
 *   stop an import, such as a missing date column
 *
 * The first rows of a CSV file and how its header is understood, so that a
 * user can check a file before importing it.
 */
typedef struct
{
  QsCsvEncoding   encoding;
  char            separator;
  guint           n_columns;
  QsImportColumn *columns;
  GPtrArray      *rows;
  GPtrArray      *problems;
} QsImportPreview;

/* Rows read from a CSV file and checked against a dataset, not yet merged. */
typedef struct _QsImportRows QsImportRows;

GQuark            qs_import_error_quark   (void);

QsImportPreview  *qs_import_preview       (QsImportKind     kind,
                                           const char      *csv_path,
                                           QsCsvEncoding    encoding,
                                           guint            n_rows,
                                           GError         **error);
void              qs_import_preview_free  (QsImportPreview *preview);

gboolean          qs_import_into_file     (QsImportKind     kind,
                                           const char      *csv_path,
                                           QsCsvEncoding    encoding,
                                           const char      *dataset_path,
                                           gboolean         skip_bad_rows,
                                           QsImportReport  *report,
                                           GPtrArray      **problems,
                                           GError         **error);

/* The stages of qs_import_into_file(), for callers that show the rows'
 * problems before anything is written, and for the benchmark. */
QsImportRows     *qs_import_read          (QsImportKind     kind,
                                           const char      *csv_path,
                                           QsCsvEncoding    encoding,
                                           QsDataset       *dataset,
                                           gboolean         skip_bad_rows,
                                           QsImportReport  *report,
                                           GPtrArray      **problems,
                                           GError         **error);
GBytes           *qs_import_merge         (QsImportRows    *rows,
                                           GBytes          *dataset_json,
                                           const char      *display_name,
                                           GError         **error);
gboolean          qs_import_write         (const char      *dataset_path,
                                           GBytes          *merged_json,
                                           QsImportReport  *report,
                                           GPtrArray      **problems,
                                           GError         **error);
void              qs_import_rows_free     (QsImportRows    *rows);

void              qs_import_report_clear  (QsImportReport  *report);

const char       *qs_import_kind_to_string (QsImportKind    kind);
gboolean          qs_import_kind_from_string (const char   *str,
                                           QsImportKind    *out);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsImportPreview, qs_import_preview_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsImportRows, qs_import_rows_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (QsImportReport, qs_import_report_clear)

G_END_DECLS

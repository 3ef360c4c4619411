/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * QS_CSV_MAX_RECORD_BYTES:
 *
 * The longest record (row) accepted, in bytes of UTF-8 text, not counting
 * its line break.  A quoted field spanning lines counts all of its lines.
 * Longer rows are a %QS_CSV_ERROR_LIMIT error; this bounds the memory used.
 */
#define QS_CSV_MAX_RECORD_BYTES (1024 * 1024)

/**
 * QS_CSV_MAX_FIELDS:
 *
 * The most fields (columns) a row may have; more is a %QS_CSV_ERROR_LIMIT
 * error.
 */
#define QS_CSV_MAX_FIELDS 4096

/**
 * QS_CSV_CHUNK_SIZE:
 *
 * How many bytes are read from the file at a time.
 */
#define QS_CSV_CHUNK_SIZE (256 * 1024)

/**
 * QsCsvEncoding:
 * @QS_CSV_ENCODING_AUTO: a UTF-8 byte order mark means UTF-8; otherwise
 *   UTF-8 if the whole input is valid UTF-8, else GB18030
 * @QS_CSV_ENCODING_UTF8: UTF-8, with or without a byte order mark
 * @QS_CSV_ENCODING_GB18030: GB18030, which includes GBK and GB2312
 *
 * The text encoding of a CSV file.
 */
typedef enum {
  QS_CSV_ENCODING_AUTO,
  QS_CSV_ENCODING_UTF8,
  QS_CSV_ENCODING_GB18030,
} QsCsvEncoding;

#define QS_CSV_ERROR (qs_csv_error_quark ())

/**
 * QsCsvError:
 * @QS_CSV_ERROR_ENCODING: the bytes are not text in the expected encoding
 *   (UTF-16, NUL bytes, invalid UTF-8 or GB18030)
 * @QS_CSV_ERROR_SYNTAX: broken quoting
 * @QS_CSV_ERROR_LIMIT: a row is longer than %QS_CSV_MAX_RECORD_BYTES or has
 *   more than %QS_CSV_MAX_FIELDS fields
 * @QS_CSV_ERROR_IO: the file cannot be opened or read
 *
 * Messages have the form `NAME:LINE:COLUMN: message`, the column counted in
 * characters from 1.  Failures that have no position, such as a file that
 * cannot be opened, are `NAME: message`.
 */
typedef enum {
  QS_CSV_ERROR_ENCODING,
  QS_CSV_ERROR_SYNTAX,
  QS_CSV_ERROR_LIMIT,
  QS_CSV_ERROR_IO,
} QsCsvError;

GQuark qs_csv_error_quark (void);

#define QS_TYPE_CSV_READER (qs_csv_reader_get_type ())
G_DECLARE_FINAL_TYPE (QsCsvReader, qs_csv_reader, QS, CSV_READER, GObject)

QsCsvReader   *qs_csv_reader_new_for_path        (const char     *path,
                                                  QsCsvEncoding   encoding,
                                                  GError        **error);
QsCsvReader   *qs_csv_reader_new_for_bytes       (GBytes         *bytes,
                                                  const char     *display_name,
                                                  QsCsvEncoding   encoding,
                                                  GError        **error);
QsCsvReader   *qs_csv_reader_new_for_stream      (GInputStream   *stream,
                                                  const char     *display_name,
                                                  QsCsvEncoding   encoding,
                                                  GError        **error);

gboolean       qs_csv_reader_next_row            (QsCsvReader    *self,
                                                  GError        **error);
guint          qs_csv_reader_get_n_fields        (QsCsvReader    *self);
const char    *qs_csv_reader_get_field           (QsCsvReader    *self,
                                                  guint           i,
                                                  gsize          *len);
gboolean       qs_csv_reader_get_double          (QsCsvReader    *self,
                                                  guint           i,
                                                  double         *out);
guint          qs_csv_reader_get_line            (QsCsvReader    *self);
guint          qs_csv_reader_get_field_line      (QsCsvReader    *self,
                                                  guint           field);
guint          qs_csv_reader_get_column          (QsCsvReader    *self,
                                                  guint           field);
char           qs_csv_reader_get_separator       (QsCsvReader    *self);
QsCsvEncoding  qs_csv_reader_get_encoding        (QsCsvReader    *self);
gboolean       qs_csv_reader_get_had_bom         (QsCsvReader    *self);
const char    *qs_csv_reader_get_display_name    (QsCsvReader    *self);

G_END_DECLS

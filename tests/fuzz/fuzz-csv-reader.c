/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the CSV reader on any bytes, every encoding mode. */

#include "config.h"

#include "qs-csv-reader.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  static const QsCsvEncoding encodings[] = { QS_CSV_ENCODING_AUTO, QS_CSV_ENCODING_UTF8, QS_CSV_ENCODING_GB18030 };

  for (guint e = 0; e < G_N_ELEMENTS (encodings); e++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
      g_autoptr(GError) error = NULL;
      g_autoptr(QsCsvReader) reader = qs_csv_reader_new_for_bytes (bytes, "fuzz.csv", encodings[e], &error);
      guint rows = 0;

      if (reader == NULL)
        continue;
      while (qs_csv_reader_next_row (reader, &error) && rows++ < 100000)
        for (guint i = 0; i < qs_csv_reader_get_n_fields (reader); i++)
          {
            gsize len;
            double v;
            const char *field = qs_csv_reader_get_field (reader, i, &len);

            /* Fields are NUL-terminated UTF-8 of the length given. */
            if (field[len] != '\0' || !g_utf8_validate (field, (gssize) len, NULL))
              __builtin_trap ();
            qs_csv_reader_get_double (reader, i, &v);
            (void) qs_csv_reader_get_column (reader, i);
          }
    }
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "qs-csv-reader.h"

/* ---- A stream that hands out a few bytes per read ---------------------- */

/* Reading through this exercises every place where a record, a CRLF, a
 * doubled quote or a multi-byte character is cut by the end of a read.  It
 * is not seekable, so AUTO detection takes its other path too. */
typedef struct
{
  GFilterInputStream parent_instance;
  gsize max_read;
  gsize fail_at;  /* fail once this many bytes were read; 0: never */
  gsize pos;
} TrickleStream;

typedef struct
{
  GFilterInputStreamClass parent_class;
} TrickleStreamClass;

GType trickle_stream_get_type (void);
G_DEFINE_TYPE (TrickleStream, trickle_stream, G_TYPE_FILTER_INPUT_STREAM)

static gssize
trickle_stream_read (GInputStream  *stream,
                     void          *buffer,
                     gsize          count,
                     GCancellable  *cancellable,
                     GError       **error)
{
  TrickleStream *self = (TrickleStream *) stream;
  GInputStream *base = g_filter_input_stream_get_base_stream (G_FILTER_INPUT_STREAM (stream));
  gssize n;

  if (self->fail_at > 0 && self->pos >= self->fail_at)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "disk on fire");
      return -1;
    }
  if (self->fail_at > 0)
    count = MIN (count, self->fail_at - self->pos);

  n = g_input_stream_read (base, buffer, MIN (count, self->max_read),
                           cancellable, error);
  if (n > 0)
    self->pos += (gsize) n;
  return n;
}

static void
trickle_stream_class_init (TrickleStreamClass *klass)
{
  G_INPUT_STREAM_CLASS (klass)->read_fn = trickle_stream_read;
}

static void
trickle_stream_init (TrickleStream *self)
{
}

static GInputStream *
trickle_stream_new (GBytes *bytes,
                    gsize   max_read)
{
  g_autoptr(GInputStream) base = g_memory_input_stream_new_from_bytes (bytes);
  TrickleStream *self = g_object_new (trickle_stream_get_type (),
                                      "base-stream", base, NULL);

  self->max_read = max_read;
  return G_INPUT_STREAM (self);
}

/* ---- Helpers ------------------------------------------------------------ */

/* Renders all rows as "[a|b][c|d]", then "!message" if reading failed. */
static char *
dump_reader (QsCsvReader *reader)
{
  GString *s = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  while (qs_csv_reader_next_row (reader, &error))
    {
      guint i, n = qs_csv_reader_get_n_fields (reader);

      g_assert_cmpuint (n, >, 0);
      g_string_append_c (s, '[');
      for (i = 0; i < n; i++)
        {
          gsize len = 12345;
          const char *field = qs_csv_reader_get_field (reader, i, &len);

          g_assert_cmpuint (strlen (field), ==, len);
          g_assert_true (g_utf8_validate (field, (gssize) len, NULL));
          if (i > 0)
            g_string_append_c (s, '|');
          g_string_append_len (s, field, (gssize) len);
        }
      g_string_append_c (s, ']');
    }

  if (error != NULL)
    {
      g_autoptr(GError) again = NULL;

      g_assert_true (error->domain == QS_CSV_ERROR);
      g_string_append_printf (s, "!%s", error->message);

      /* Errors are sticky. */
      g_assert_false (qs_csv_reader_next_row (reader, &again));
      g_assert_error (again, QS_CSV_ERROR, error->code);
      g_assert_cmpstr (again->message, ==, error->message);
    }
  else
    {
      /* The end is sticky too. */
      g_assert_false (qs_csv_reader_next_row (reader, &error));
      g_assert_no_error (error);
    }

  return g_string_free (s, FALSE);
}

static char *
dump_new_result (QsCsvReader *reader,
                 GError      *error)
{
  if (reader == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (error->domain == QS_CSV_ERROR);
      return g_strdup_printf ("!%s", error->message);
    }
  g_assert_no_error (error);
  return dump_reader (reader);
}

static char *
dump_bytes (GBytes        *bytes,
            QsCsvEncoding  encoding)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QsCsvReader) reader =
    qs_csv_reader_new_for_bytes (bytes, "t.csv", encoding, &error);

  return dump_new_result (reader, error);
}

static char *
dump_trickle (GBytes        *bytes,
              QsCsvEncoding  encoding,
              gsize          max_read)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = trickle_stream_new (bytes, max_read);
  g_autoptr(QsCsvReader) reader =
    qs_csv_reader_new_for_stream (stream, "t.csv", encoding, &error);

  return dump_new_result (reader, error);
}

static char *
dump_path (const char    *path,
           QsCsvEncoding  encoding)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QsCsvReader) reader =
    qs_csv_reader_new_for_path (path, encoding, &error);

  return dump_new_result (reader, error);
}

/* Reads @bytes as a whole and through trickling streams; all must agree. */
static void
check_bytes (GBytes        *bytes,
             QsCsvEncoding  encoding,
             const char    *expected)
{
  static const gsize sizes[] = { 1, 2, 3, 5, 64 };
  g_autofree char *whole = dump_bytes (bytes, encoding);
  guint i;

  g_assert_cmpstr (whole, ==, expected);
  for (i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *pieces = dump_trickle (bytes, encoding, sizes[i]);

      g_assert_cmpstr (pieces, ==, expected);
    }
}

static void
check_text (const char    *text,
            gssize         len,
            QsCsvEncoding  encoding,
            const char    *expected)
{
  g_autoptr(GBytes) bytes =
    g_bytes_new (text, len < 0 ? strlen (text) : (gsize) len);

  check_bytes (bytes, encoding, expected);
}

static QsCsvReader *
reader_for_text (const char    *text,
                 QsCsvEncoding  encoding)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  QsCsvReader *reader = qs_csv_reader_new_for_bytes (bytes, "t.csv", encoding, &error);

  g_assert_no_error (error);
  g_assert_nonnull (reader);
  return reader;
}

static GBytes *
to_gbk (const char *utf8)
{
  g_autoptr(GError) error = NULL;
  gsize len = 0;
  char *gbk = g_convert (utf8, -1, "GBK", "UTF-8", NULL, &len, &error);

  g_assert_no_error (error);
  return g_bytes_new_take (gbk, len);
}

static char *
csv_data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "csv", name, NULL);
}

/* ---- Parsing table ------------------------------------------------------ */

typedef struct
{
  const char *name;
  const char *input;
  char separator;
  const char *expected;
} ParseCase;

static const ParseCase parse_cases[] = {
  { "simple", "a,b\n1,2\n", ',', "[a|b][1|2]" },
  { "no-final-newline", "a,b\n1,2", ',', "[a|b][1|2]" },
  { "crlf", "a,b\r\n1,2\r\n", ',', "[a|b][1|2]" },
  { "crlf-no-final-newline", "a,b\r\n1,2", ',', "[a|b][1|2]" },
  { "cr", "a,b\r1,2\r", ',', "[a|b][1|2]" },
  { "mixed-line-ends", "a,b\r\n1,2\n3,4\r5,6", ',', "[a|b][1|2][3|4][5|6]" },
  { "empty-lines", "\n\na,b\n\n\r\n\r1,2\n\n", ',', "[a|b][1|2]" },
  { "only-empty-lines", "\n\r\n\r\n\n", ',', "" },
  { "empty", "", ',', "" },
  { "bom-only", "\xef\xbb\xbf", ',', "" },
  { "bom", "\xef\xbb\xbf" "a,b\n1,2\n", ',', "[a|b][1|2]" },
  { "empty-fields", "a,,b\n,,\n", ',', "[a||b][||]" },
  { "trailing-separator", "a,b,\n1,2,\n", ',', "[a|b|][1|2|]" },
  { "single-separator", ",", ',', "[|]" },
  { "single-column", "x\n1\n2\n", ',', "[x][1][2]" },
  { "ragged", "a,b,c\n1\n1,2,3,4\n", ',', "[a|b|c][1][1|2|3|4]" },
  { "spaces-kept", " a , b \n", ',', "[ a | b ]" },
  { "tab", "a\tb\n1\t2\n", '\t', "[a|b][1|2]" },
  { "semicolon", "a;b\n1,5;2,5\n", ';', "[a|b][1,5|2,5]" },
  { "semicolon-quoted-commas", "\"a,b\";\"c,d\"\n1;2\n", ';', "[a,b|c,d][1|2]" },
  { "comma-wins-tie", "a,b;c\n1,2;3\n", ',', "[a|b;c][1|2;3]" },
  { "tab-more-consistent", "a\tb,c\n1\t2\n3\t4\n", '\t', "[a|b,c][1|2][3|4]" },
  { "comma-quoted-others", "\"a;b\",\"c\td\"\n1,2\n", ',', "[a;b|c\td][1|2]" },
  { "quoted-separator", "\"a,b\",c\n", ',', "[a,b|c]" },
  { "quoted-quotes", "\"say \"\"hi\"\"\",x\n", ',', "[say \"hi\"|x]" },
  { "quoted-only-quote", "\"\"\"\"\n", ',', "[\"]" },
  { "quoted-empty", "\"\",\"\"\n", ',', "[|]" },
  { "quoted-newline", "\"line1\nline2\",x\n2,y\n", ',', "[line1\nline2|x][2|y]" },
  { "quoted-crlf-kept", "\"a\r\nb\",c\r\n", ',', "[a\r\nb|c]" },
  { "quoted-blank-lines", "\"\n\n\",x\n", ',', "[\n\n|x]" },
  { "quoted-crlf-end", "\"a\"\r\n\"b\"\r\n", ',', "[a][b]" },
  { "quoted-last-no-newline", "a,\"b\"", ',', "[a|b]" },
  { "quoted-all-escapes", "\"\"\"\"\"\",\"a\"\"\"\"b\"\n", ',', "[\"\"|a\"\"b]" },
  { "stray-quote-unquoted", "12\" pipe,3\n", ',', "[12\" pipe|3]" },
  { "chinese", "站点,浓度\n北京,35.2\n", ',', "[站点|浓度][北京|35.2]" },
  { "chinese-quoted", "\"北京,朝阳\",\"说\"\"好\"\"\"\n", ',', "[北京,朝阳|说\"好\"]" },
  { "four-byte-utf8", "\xf0\x9f\x98\x80,x\n", ',', "[\xf0\x9f\x98\x80|x]" },
  /* Errors, with where they are */
  { "error-unterminated", "a,\"b\n", ',',
    "!t.csv:1:3: unterminated quoted field: this quote (\") is never closed" },
  { "error-unterminated-after-rows", "a,b\n1,2\n3,\"x\r\ny", ',',
    "[a|b][1|2]!t.csv:3:3: unterminated quoted field: this quote (\") is never closed" },
  { "error-after-quote", "\"a\"b,c\n", ',',
    "!t.csv:1:4: unexpected text after a closing quote; inside a quoted field, write a quote as two quotes (\"\")" },
  { "error-space-after-quote", "x\n\"a\" ,c\n", ',',
    "[x]!t.csv:2:4: unexpected text after a closing quote; inside a quoted field, write a quote as two quotes (\"\")" },
  { "error-after-multiline-quote", "\"a\nbc\"d\n", ',',
    "!t.csv:2:4: unexpected text after a closing quote; inside a quoted field, write a quote as two quotes (\"\")" },
  { "error-columns-in-characters", "北京,\"天津\"x\n", ',',
    "!t.csv:1:8: unexpected text after a closing quote; inside a quoted field, write a quote as two quotes (\"\")" },
  { "error-after-bom", "\xef\xbb\xbf" "a,\"b\n", ',',
    "!t.csv:1:3: unterminated quoted field: this quote (\") is never closed" },
};

static void
test_parse (gconstpointer data)
{
  const ParseCase *c = data;
  g_autoptr(QsCsvReader) reader = reader_for_text (c->input, QS_CSV_ENCODING_AUTO);

  g_assert_cmpint (qs_csv_reader_get_separator (reader), ==, c->separator);
  g_assert_cmpint (qs_csv_reader_get_encoding (reader), ==, QS_CSV_ENCODING_UTF8);
  check_text (c->input, -1, QS_CSV_ENCODING_AUTO, c->expected);
  check_text (c->input, -1, QS_CSV_ENCODING_UTF8, c->expected);
}

/* ---- Encodings ---------------------------------------------------------- */

static const char gbk_text[] =
  "站点,时间,PM2.5,备注\r\n"
  "北京,2024-01-05,35.2,\"晴,微风\"\r\n"
  "上海,2024-01-05,41.0,\"多云\"\r\n"
  "广州,2024-01-05,28.6,\"雾霾\"\"轻度\"\"\"\r\n";

static const char gbk_expected[] =
  "[站点|时间|PM2.5|备注]"
  "[北京|2024-01-05|35.2|晴,微风]"
  "[上海|2024-01-05|41.0|多云]"
  "[广州|2024-01-05|28.6|雾霾\"轻度\"]";

static void
test_encoding_utf8 (void)
{
  g_autoptr(QsCsvReader) reader = reader_for_text (gbk_text, QS_CSV_ENCODING_AUTO);

  g_assert_cmpint (qs_csv_reader_get_encoding (reader), ==, QS_CSV_ENCODING_UTF8);
  g_assert_false (qs_csv_reader_get_had_bom (reader));
  g_assert_cmpstr (qs_csv_reader_get_display_name (reader), ==, "t.csv");
  check_text (gbk_text, -1, QS_CSV_ENCODING_AUTO, gbk_expected);
  check_text (gbk_text, -1, QS_CSV_ENCODING_UTF8, gbk_expected);
}

static void
test_encoding_bom (void)
{
  g_autofree char *text = g_strconcat ("\xef\xbb\xbf", gbk_text, NULL);
  QsCsvEncoding encodings[] = { QS_CSV_ENCODING_AUTO, QS_CSV_ENCODING_UTF8 };
  guint i;

  for (i = 0; i < G_N_ELEMENTS (encodings); i++)
    {
      g_autoptr(QsCsvReader) reader = reader_for_text (text, encodings[i]);

      g_assert_true (qs_csv_reader_get_had_bom (reader));
      g_assert_cmpint (qs_csv_reader_get_encoding (reader), ==, QS_CSV_ENCODING_UTF8);
      g_assert_true (qs_csv_reader_next_row (reader, NULL));
      g_assert_cmpstr (qs_csv_reader_get_field (reader, 0, NULL), ==, "站点");
      g_assert_cmpuint (qs_csv_reader_get_column (reader, 0), ==, 1);
      g_assert_cmpuint (qs_csv_reader_get_column (reader, 1), ==, 4);
      check_text (text, -1, encodings[i], gbk_expected);
    }
}

static void
test_encoding_gbk_generated (void)
{
  g_autoptr(GBytes) bytes = to_gbk (gbk_text);
  g_autoptr(GError) error = NULL;
  g_autoptr(QsCsvReader) reader = NULL;

  reader = qs_csv_reader_new_for_bytes (bytes, NULL, QS_CSV_ENCODING_AUTO, &error);
  g_assert_no_error (error);
  g_assert_cmpint (qs_csv_reader_get_encoding (reader), ==, QS_CSV_ENCODING_GB18030);
  g_assert_false (qs_csv_reader_get_had_bom (reader));
  g_assert_cmpstr (qs_csv_reader_get_display_name (reader), ==, "data");

  g_assert_true (qs_csv_reader_next_row (reader, &error));
  g_assert_true (qs_csv_reader_next_row (reader, &error));
  g_assert_cmpstr (qs_csv_reader_get_field (reader, 0, NULL), ==, "北京");
  /* Columns count characters of the decoded text, not GBK bytes. */
  g_assert_cmpuint (qs_csv_reader_get_column (reader, 1), ==, 4);
  g_assert_cmpuint (qs_csv_reader_get_column (reader, 3), ==, 20);

  check_bytes (bytes, QS_CSV_ENCODING_AUTO, gbk_expected);
  check_bytes (bytes, QS_CSV_ENCODING_GB18030, gbk_expected);
}

static void
test_encoding_gb18030_four_byte (void)
{
  /* Characters outside GBK take four bytes in GB18030. */
  static const char text[] = "符号,值\n\xf0\x9f\x98\x80,\xe2\x82\xac\n\"\xc3\xa9\",\xe3\x90\x80\n";
  g_autoptr(GError) error = NULL;
  gsize len = 0;
  g_autofree char *gb = g_convert (text, -1, "GB18030", "UTF-8", NULL, &len, &error);
  g_autoptr(GBytes) bytes = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (len, >, strlen (text) - 6);
  bytes = g_bytes_new (gb, len);
  check_bytes (bytes, QS_CSV_ENCODING_GB18030,
               "[符号|值][\xf0\x9f\x98\x80|\xe2\x82\xac][\xc3\xa9|\xe3\x90\x80]");
  check_bytes (bytes, QS_CSV_ENCODING_AUTO,
               "[符号|值][\xf0\x9f\x98\x80|\xe2\x82\xac][\xc3\xa9|\xe3\x90\x80]");
}

static void
test_encoding_gbk_file (void)
{
  g_autofree char *path = csv_data_path ("gbk.csv");
  g_autofree char *dump = dump_path (path, QS_CSV_ENCODING_AUTO);
  g_autofree char *dump_explicit = dump_path (path, QS_CSV_ENCODING_GB18030);
  g_autoptr(GError) error = NULL;
  g_autoptr(QsCsvReader) reader = qs_csv_reader_new_for_path (path, QS_CSV_ENCODING_AUTO, &error);
  g_autofree char *contents = NULL;
  gsize len;
  g_autoptr(GBytes) generated = to_gbk (gbk_text);

  g_assert_no_error (error);
  g_assert_cmpint (qs_csv_reader_get_encoding (reader), ==, QS_CSV_ENCODING_GB18030);
  g_assert_cmpstr (qs_csv_reader_get_display_name (reader), ==, path);
  g_assert_cmpstr (dump, ==, gbk_expected);
  g_assert_cmpstr (dump_explicit, ==, gbk_expected);

  /* The committed file is what the test generates, byte for byte. */
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpmem (contents, len, g_bytes_get_data (generated, NULL),
                   g_bytes_get_size (generated));
}

typedef struct
{
  const char *name;
  const char *input;
  gsize len; /* 0: strlen */
  QsCsvEncoding encoding;
  QsCsvError code;
  const char *expected;
} EncodingErrorCase;

static const EncodingErrorCase encoding_error_cases[] = {
  { "utf16le-bom", "\xff\xfe" "a\0,\0b\0", 8, QS_CSV_ENCODING_AUTO, QS_CSV_ERROR_ENCODING,
    "!t.csv:1:1: the file is UTF-16 text; save it as UTF-8 or GB18030" },
  { "utf16be-bom", "\xfe\xff" "\0a\0,\0b", 8, QS_CSV_ENCODING_UTF8, QS_CSV_ERROR_ENCODING,
    "!t.csv:1:1: the file is UTF-16 text; save it as UTF-8 or GB18030" },
  { "utf16le-bom-gb18030", "\xff\xfe" "a\0", 4, QS_CSV_ENCODING_GB18030, QS_CSV_ERROR_ENCODING,
    "!t.csv:1:1: the file is UTF-16 text; save it as UTF-8 or GB18030" },
  { "utf16le-no-bom", "a\0,\0b\0", 6, QS_CSV_ENCODING_AUTO, QS_CSV_ERROR_ENCODING,
    "!t.csv:1:2: the file contains a NUL byte, so it is not plain text (it may be UTF-16); save it as UTF-8 or GB18030" },
  { "nul-in-quotes", "a,\"b\0\"\n", 7, QS_CSV_ENCODING_AUTO, QS_CSV_ERROR_ENCODING,
    "!t.csv:1:5: the file contains a NUL byte, so it is not plain text (it may be UTF-16); save it as UTF-8 or GB18030" },
  { "nul-after-quote", "a,\"b\"\0\n", 7, QS_CSV_ENCODING_AUTO, QS_CSV_ERROR_ENCODING,
    "!t.csv:1:6: the file contains a NUL byte, so it is not plain text (it may be UTF-16); save it as UTF-8 or GB18030" },
  { "nul-gb18030", "a\n\xb1\xb1\0\n", 6, QS_CSV_ENCODING_GB18030, QS_CSV_ERROR_ENCODING,
    "[a]!t.csv:2:2: the file contains a NUL byte, so it is not plain text (it may be UTF-16); save it as UTF-8 or GB18030" },
  { "gbk-as-utf8", "a,b\n\xb1\xb1\xbe\xa9,1\n", 0, QS_CSV_ENCODING_UTF8, QS_CSV_ERROR_ENCODING,
    "[a|b]!t.csv:2:1: this is not valid UTF-8 text (byte 0xB1); if the file is GBK or GB18030, open it as GB18030" },
  { "bad-utf8-mid-field", "a,b\n北京x\xff,1\n", 0, QS_CSV_ENCODING_UTF8, QS_CSV_ERROR_ENCODING,
    "[a|b]!t.csv:2:4: this is not valid UTF-8 text (byte 0xFF); if the file is GBK or GB18030, open it as GB18030" },
  { "overlong-utf8", "a\n\xc0\xaf\n", 0, QS_CSV_ENCODING_UTF8, QS_CSV_ERROR_ENCODING,
    "[a]!t.csv:2:1: this is not valid UTF-8 text (byte 0xC0); if the file is GBK or GB18030, open it as GB18030" },
  { "surrogate-utf8", "a\n\xed\xa0\x80\n", 0, QS_CSV_ENCODING_UTF8, QS_CSV_ERROR_ENCODING,
    "[a]!t.csv:2:1: this is not valid UTF-8 text (byte 0xED); if the file is GBK or GB18030, open it as GB18030" },
  { "truncated-utf8", "a,\xe5\x8c", 0, QS_CSV_ENCODING_UTF8, QS_CSV_ERROR_ENCODING,
    "!t.csv:1:3: this is not valid UTF-8 text (byte 0xE5); if the file is GBK or GB18030, open it as GB18030" },
  { "invalid-gb18030", "a\n\x81\x20\n", 0, QS_CSV_ENCODING_GB18030, QS_CSV_ERROR_ENCODING,
    "[a]!t.csv:2:1: this is not valid GB18030 text (byte 0x81); if the file is UTF-8, open it as UTF-8" },
  { "truncated-gb18030", "a\n\xb1", 0, QS_CSV_ENCODING_GB18030, QS_CSV_ERROR_ENCODING,
    "[a]!t.csv:2:1: this is not valid GB18030 text (byte 0xB1); if the file is UTF-8, open it as UTF-8" },
  { "neither", "name\n\xb1\xb1,caf\xe9,1\n", 0, QS_CSV_ENCODING_AUTO, QS_CSV_ERROR_ENCODING,
    "[name]!t.csv:2:6: the text is neither UTF-8 nor GB18030 (byte 0xE9); save the file as UTF-8" },
};

static void
test_encoding_error (gconstpointer data)
{
  const EncodingErrorCase *c = data;
  gsize len = c->len ? c->len : strlen (c->input);
  g_autoptr(GBytes) bytes = g_bytes_new (c->input, len);
  g_autoptr(GError) error = NULL;
  g_autoptr(QsCsvReader) reader =
    qs_csv_reader_new_for_bytes (bytes, "t.csv", c->encoding, &error);

  if (reader != NULL)
    while (qs_csv_reader_next_row (reader, &error))
      ;
  g_assert_error (error, QS_CSV_ERROR, (int) c->code);

  check_bytes (bytes, c->encoding, c->expected);
}

/* ---- The bad-file corpus ------------------------------------------------ */

typedef struct
{
  const char *file;
  QsCsvEncoding encoding;
  QsCsvError code;
  const char *message;
} BadFileCase;

static const BadFileCase bad_file_cases[] = {
  { "unterminated-quote.csv", QS_CSV_ENCODING_AUTO, QS_CSV_ERROR_SYNTAX,
    "unterminated-quote.csv:2:3: unterminated quoted field: this quote (\") is never closed" },
  { "unterminated-after-multiline.csv", QS_CSV_ENCODING_AUTO, QS_CSV_ERROR_SYNTAX,
    "unterminated-after-multiline.csv:4:3: unterminated quoted field: this quote (\") is never closed" },
  { "text-after-quote.csv", QS_CSV_ENCODING_AUTO, QS_CSV_ERROR_SYNTAX,
    "text-after-quote.csv:2:4: unexpected text after a closing quote; inside a quoted field, write a quote as two quotes (\"\")" },
  { "text-after-quote-multiline.csv", QS_CSV_ENCODING_AUTO, QS_CSV_ERROR_SYNTAX,
    "text-after-quote-multiline.csv:3:6: unexpected text after a closing quote; inside a quoted field, write a quote as two quotes (\"\")" },
  { "quote-in-quoted.csv", QS_CSV_ENCODING_AUTO, QS_CSV_ERROR_SYNTAX,
    "quote-in-quoted.csv:2:11: unexpected text after a closing quote; inside a quoted field, write a quote as two quotes (\"\")" },
  { "bom-unterminated.csv", QS_CSV_ENCODING_AUTO, QS_CSV_ERROR_SYNTAX,
    "bom-unterminated.csv:1:3: unterminated quoted field: this quote (\") is never closed" },
  { "gbk-unterminated.csv", QS_CSV_ENCODING_AUTO, QS_CSV_ERROR_SYNTAX,
    "gbk-unterminated.csv:2:4: unterminated quoted field: this quote (\") is never closed" },
  { "utf16le-bom.csv", QS_CSV_ENCODING_AUTO, QS_CSV_ERROR_ENCODING,
    "utf16le-bom.csv:1:1: the file is UTF-16 text; save it as UTF-8 or GB18030" },
  { "utf16be-bom.csv", QS_CSV_ENCODING_AUTO, QS_CSV_ERROR_ENCODING,
    "utf16be-bom.csv:1:1: the file is UTF-16 text; save it as UTF-8 or GB18030" },
  { "utf16le-no-bom.csv", QS_CSV_ENCODING_AUTO, QS_CSV_ERROR_ENCODING,
    "utf16le-no-bom.csv:1:2: the file contains a NUL byte, so it is not plain text (it may be UTF-16); save it as UTF-8 or GB18030" },
  { "nul-byte.csv", QS_CSV_ENCODING_AUTO, QS_CSV_ERROR_ENCODING,
    "nul-byte.csv:3:3: the file contains a NUL byte, so it is not plain text (it may be UTF-16); save it as UTF-8 or GB18030" },
  { "latin1.csv", QS_CSV_ENCODING_AUTO, QS_CSV_ERROR_ENCODING,
    "latin1.csv:2:4: the text is neither UTF-8 nor GB18030 (byte 0xE9); save the file as UTF-8" },
  { "invalid-byte.csv", QS_CSV_ENCODING_AUTO, QS_CSV_ERROR_ENCODING,
    "invalid-byte.csv:3:3: the text is neither UTF-8 nor GB18030 (byte 0x80); save the file as UTF-8" },
  { "gbk-read-as-utf8.csv", QS_CSV_ENCODING_UTF8, QS_CSV_ERROR_ENCODING,
    "gbk-read-as-utf8.csv:2:1: this is not valid UTF-8 text (byte 0xB1); if the file is GBK or GB18030, open it as GB18030" },
  { "invalid-gb18030.csv", QS_CSV_ENCODING_GB18030, QS_CSV_ERROR_ENCODING,
    "invalid-gb18030.csv:2:1: this is not valid GB18030 text (byte 0x81); if the file is UTF-8, open it as UTF-8" },
  { "truncated-utf8.csv", QS_CSV_ENCODING_UTF8, QS_CSV_ERROR_ENCODING,
    "truncated-utf8.csv:2:3: this is not valid UTF-8 text (byte 0xE5); if the file is GBK or GB18030, open it as GB18030" },
};

static void
test_bad_file (gconstpointer data)
{
  const BadFileCase *c = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "csv", "bad",
                                                 c->file, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(QsCsvReader) reader = NULL;
  g_autofree char *contents = NULL;
  gsize len;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *expected = g_strdup_printf ("!%s", c->message);
  g_autofree char *via_bytes = NULL;
  g_autofree char *via_trickle = NULL;

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  reader = qs_csv_reader_new_for_path (path, c->encoding, &error);
  if (reader != NULL)
    while (qs_csv_reader_next_row (reader, &error))
      ;
  g_assert_error (error, QS_CSV_ERROR, (int) c->code);
  /* Opened by path, the file is named by its path. */
  {
    g_autofree char *dir = g_path_get_dirname (path);
    g_autofree char *with_path = g_strdup_printf ("%s/%s", dir, c->message);
    g_assert_cmpstr (error->message, ==, with_path);
  }

  /* Same message whichever way the text arrives. */
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  bytes = g_bytes_new (contents, len);
  via_bytes = dump_bytes (bytes, c->encoding);
  via_trickle = dump_trickle (bytes, c->encoding, 1);
  g_assert_true (g_str_has_suffix (via_bytes, expected + 1 + strlen (c->file)));
  g_assert_true (g_str_has_suffix (via_trickle, expected + 1 + strlen (c->file)));
}

static void
test_bad_corpus_complete (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "csv", "bad", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  /* Every file in bad/ must have its expectation in the table. */
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      gboolean found = FALSE;
      guint i;

      for (i = 0; i < G_N_ELEMENTS (bad_file_cases); i++)
        found = found || g_str_equal (bad_file_cases[i].file, name);
      if (!found)
        g_error ("%s has no expected message in bad_file_cases", name);
      n++;
    }
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (bad_file_cases));
}

/* ---- Positions, numbers, misc ------------------------------------------ */

static void
test_positions (void)
{
  static const char text[] =
    "id,note,value\n"
    "1,\"multi\nline note\",35.2\n"
    "\n"
    "2,\"a\"\"b\r\nc\"\"d\",37\r\n"
    "3,北京,\"q\"\n"
    "4,\"say \"\"hi\"\"\",end\n"
    "5,\"\xf0\x9f\x98\x80\",x";
  /* line and column of each field */
  static const guint expected[][3][2] = {
    { { 1, 1 }, { 1, 4 }, { 1, 9 } },
    { { 2, 1 }, { 2, 3 }, { 3, 12 } },
    { { 5, 1 }, { 5, 3 }, { 6, 7 } },
    { { 7, 1 }, { 7, 3 }, { 7, 6 } },
    { { 8, 1 }, { 8, 3 }, { 8, 16 } },
    { { 9, 1 }, { 9, 3 }, { 9, 7 } },
  };
  static const guint row_lines[] = { 1, 2, 5, 7, 8, 9 };
  g_autoptr(QsCsvReader) reader = reader_for_text (text, QS_CSV_ENCODING_AUTO);
  guint row, i;

  g_assert_cmpuint (qs_csv_reader_get_line (reader), ==, 0);

  for (row = 0; row < G_N_ELEMENTS (expected); row++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (qs_csv_reader_next_row (reader, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (qs_csv_reader_get_n_fields (reader), ==, 3);
      g_assert_cmpuint (qs_csv_reader_get_line (reader), ==, row_lines[row]);
      for (i = 0; i < 3; i++)
        {
          g_test_message ("row %u field %u", row, i);
          g_assert_cmpuint (qs_csv_reader_get_field_line (reader, i), ==, expected[row][i][0]);
          g_assert_cmpuint (qs_csv_reader_get_column (reader, i), ==, expected[row][i][1]);
        }
    }

  /* Fields are intact after the columns were counted. */
  g_assert_cmpstr (qs_csv_reader_get_field (reader, 1, NULL), ==, "\xf0\x9f\x98\x80");
  g_assert_false (qs_csv_reader_next_row (reader, NULL));
}

static void
test_get_double (void)
{
  g_autoptr(QsCsvReader) reader =
    reader_for_text ("v,w\n35.2,-1e3\nabc, 7 \n\"8.5\",\n1\xef\xbc\x8c" "5,0x10\n",
                     QS_CSV_ENCODING_AUTO);
  double v = 0;

  g_assert_true (qs_csv_reader_next_row (reader, NULL));
  g_assert_false (qs_csv_reader_get_double (reader, 0, &v));

  g_assert_true (qs_csv_reader_next_row (reader, NULL));
  g_assert_true (qs_csv_reader_get_double (reader, 0, &v));
  g_assert_cmpfloat (v, ==, 35.2);
  g_assert_true (qs_csv_reader_get_double (reader, 1, &v));
  g_assert_cmpfloat (v, ==, -1000.0);

  g_assert_true (qs_csv_reader_next_row (reader, NULL));
  g_assert_false (qs_csv_reader_get_double (reader, 0, &v));
  g_assert_true (qs_csv_reader_get_double (reader, 1, &v));
  g_assert_cmpfloat (v, ==, 7.0);

  g_assert_true (qs_csv_reader_next_row (reader, NULL));
  g_assert_true (qs_csv_reader_get_double (reader, 0, &v));
  g_assert_cmpfloat (v, ==, 8.5);
  g_assert_false (qs_csv_reader_get_double (reader, 1, &v));

  g_assert_true (qs_csv_reader_next_row (reader, NULL));
  g_assert_false (qs_csv_reader_get_double (reader, 0, &v));
  g_assert_false (qs_csv_reader_get_double (reader, 1, &v));
  g_assert_cmpfloat (v, ==, 8.5);
}

static void
test_read_error (void)
{
  static const char text[] = "a,b\n1,2\n\"x\ny\",4\n5,6\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GInputStream) stream = trickle_stream_new (bytes, 3);
  g_autoptr(GError) error = NULL;
  g_autoptr(QsCsvReader) reader = NULL;
  g_autofree char *dump = NULL;

  /* Mid-file: reported where reading stopped */
  ((TrickleStream *) stream)->fail_at = 14;
  reader = qs_csv_reader_new_for_stream (stream, "t.csv", QS_CSV_ENCODING_UTF8, &error);
  g_assert_no_error (error);
  dump = dump_reader (reader);
  g_assert_cmpstr (dump, ==, "[a|b][1|2]!t.csv:4:4: cannot read the file: disk on fire");
  g_clear_object (&reader);

  /* The caller's stream is left open. */
  g_assert_false (g_input_stream_is_closed (stream));
  g_clear_object (&stream);

  /* While detecting the encoding */
  stream = trickle_stream_new (bytes, 3);
  ((TrickleStream *) stream)->fail_at = 10;
  reader = qs_csv_reader_new_for_stream (stream, "t.csv", QS_CSV_ENCODING_AUTO, &error);
  g_assert_null (reader);
  g_assert_error (error, QS_CSV_ERROR, QS_CSV_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "t.csv: cannot read the file: disk on fire");
}

static void
test_open_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QsCsvReader) reader = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qs-csv-XXXXXX", &error);
  g_autofree char *missing = NULL;
  g_autofree char *expected = NULL;

  g_assert_no_error (error);
  missing = g_build_filename (dir, "nope.csv", NULL);

  /* Files are named as the path was given, as compilers do. */
  reader = qs_csv_reader_new_for_path (missing, QS_CSV_ENCODING_AUTO, &error);
  g_assert_null (reader);
  g_assert_error (error, QS_CSV_ERROR, QS_CSV_ERROR_IO);
  expected = g_strdup_printf ("%s: the file does not exist", missing);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  reader = qs_csv_reader_new_for_path (dir, QS_CSV_ENCODING_AUTO, &error);
  g_assert_null (reader);
  g_assert_error (error, QS_CSV_ERROR, QS_CSV_ERROR_IO);
  g_assert_true (g_str_has_prefix (error->message, dir));
  g_clear_error (&error);

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* ---- Limits ------------------------------------------------------------- */

static char *
write_temp (const char *dir,
            const char *name,
            const char *contents,
            gsize       len)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, (gssize) len, &error);
  g_assert_no_error (error);
  return path;
}

static char *
fields_row (guint n)
{
  GString *s = g_string_new ("a\n");
  guint i;

  for (i = 0; i < n; i++)
    g_string_append (s, i == 0 ? "1" : ",1");
  g_string_append (s, "\nb\n");
  return g_string_free (s, FALSE);
}

static void
test_limit_fields (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qs-csv-XXXXXX", &error);
  g_autofree char *at = fields_row (QS_CSV_MAX_FIELDS);
  g_autofree char *past = fields_row (QS_CSV_MAX_FIELDS + 1);
  g_autofree char *at_path = NULL;
  g_autofree char *past_path = NULL;
  g_autoptr(QsCsvReader) reader = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GBytes) past_bytes = NULL;
  g_autofree char *dump = NULL;

  g_assert_no_error (error);
  at_path = write_temp (dir, "at.csv", at, strlen (at));
  past_path = write_temp (dir, "past.csv", past, strlen (past));

  reader = qs_csv_reader_new_for_path (at_path, QS_CSV_ENCODING_AUTO, &error);
  g_assert_no_error (error);
  g_assert_true (qs_csv_reader_next_row (reader, &error));
  g_assert_true (qs_csv_reader_next_row (reader, &error));
  g_assert_cmpuint (qs_csv_reader_get_n_fields (reader), ==, QS_CSV_MAX_FIELDS);
  g_assert_cmpuint (qs_csv_reader_get_column (reader, QS_CSV_MAX_FIELDS - 1), ==,
                    2 * QS_CSV_MAX_FIELDS - 1);
  g_assert_true (qs_csv_reader_next_row (reader, &error));
  g_assert_cmpstr (qs_csv_reader_get_field (reader, 0, NULL), ==, "b");
  g_assert_false (qs_csv_reader_next_row (reader, &error));
  g_assert_no_error (error);
  g_clear_object (&reader);

  reader = qs_csv_reader_new_for_path (past_path, QS_CSV_ENCODING_AUTO, &error);
  g_assert_no_error (error);
  g_assert_true (qs_csv_reader_next_row (reader, &error));
  g_assert_false (qs_csv_reader_next_row (reader, &error));
  g_assert_error (error, QS_CSV_ERROR, QS_CSV_ERROR_LIMIT);
  expected = g_strdup_printf ("%s:2:%d: this row has more than %d columns", past_path,
                              2 * QS_CSV_MAX_FIELDS + 1, QS_CSV_MAX_FIELDS);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_object (&reader);

  past_bytes = g_bytes_new (past, strlen (past));
  dump = dump_trickle (past_bytes, QS_CSV_ENCODING_AUTO, 1000);
  g_assert_true (g_str_has_suffix (dump, strchr (expected, ':')));

  g_assert_cmpint (g_unlink (at_path), ==, 0);
  g_assert_cmpint (g_unlink (past_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

typedef struct
{
  const char *name;
  gsize length;        /* of the long record, without its line break */
  gboolean quoted;     /* as one quoted field spanning lines */
  const char *eol;
  gboolean ok;
} LengthCase;

static const LengthCase length_cases[] = {
  { "at-limit", QS_CSV_MAX_RECORD_BYTES, FALSE, "\n", TRUE },
  { "at-limit-crlf", QS_CSV_MAX_RECORD_BYTES, FALSE, "\r\n", TRUE },
  { "at-limit-cr", QS_CSV_MAX_RECORD_BYTES, FALSE, "\r", TRUE },
  { "at-limit-no-newline", QS_CSV_MAX_RECORD_BYTES, FALSE, "", TRUE },
  { "at-limit-quoted", QS_CSV_MAX_RECORD_BYTES, TRUE, "\r\n", TRUE },
  { "past-limit", QS_CSV_MAX_RECORD_BYTES + 1, FALSE, "\n", FALSE },
  { "past-limit-crlf", QS_CSV_MAX_RECORD_BYTES + 1, FALSE, "\r\n", FALSE },
  { "past-limit-no-newline", QS_CSV_MAX_RECORD_BYTES + 1, FALSE, "", FALSE },
  { "past-limit-quoted", QS_CSV_MAX_RECORD_BYTES + 1, TRUE, "\n", FALSE },
  { "far-past-limit", 3 * QS_CSV_MAX_RECORD_BYTES, FALSE, "\n", FALSE },
};

static void
test_limit_length (gconstpointer data)
{
  const LengthCase *c = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qs-csv-XXXXXX", &error);
  GString *s = g_string_new ("a,b\n");
  g_autofree char *path = NULL;
  g_autoptr(QsCsvReader) reader = NULL;
  gsize field_len;
  guint i;

  g_assert_no_error (error);

  /* Record: a,<field> where <field> fills the rest, with multi-byte
   * characters and, when quoted, line breaks and doubled quotes. */
  g_string_append (s, "a,");
  if (c->quoted)
    {
      gsize target = c->length - 2 - 2; /* prefix and the two quotes */

      g_string_append_c (s, '"');
      while (s->len < 4 + 3 + target)
        {
          gsize left = 4 + 3 + target - s->len;

          if (left >= 3 && s->len % 97 == 0)
            g_string_append (s, "北");
          else if (left >= 2 && s->len % 89 == 0)
            g_string_append (s, "\"\"");
          else if (left >= 2 && s->len % 101 == 0)
            g_string_append (s, "\r\n");
          else
            g_string_append_c (s, 'x');
        }
      g_string_append_c (s, '"');
      field_len = 0; /* checked below by content */
    }
  else
    {
      field_len = c->length - 2;
      for (i = 0; i < field_len; i++)
        g_string_append_c (s, (char) ('a' + i % 26));
    }
  g_assert_cmpuint (s->len, ==, 4 + c->length);
  g_string_append (s, c->eol);
  if (*c->eol != '\0')
    g_string_append (s, "c,d\n");

  path = write_temp (dir, "long.csv", s->str, s->len);
  reader = qs_csv_reader_new_for_path (path, QS_CSV_ENCODING_AUTO, &error);
  g_assert_no_error (error);
  g_assert_true (qs_csv_reader_next_row (reader, &error));

  if (c->ok)
    {
      gsize len;
      const char *field;

      g_assert_true (qs_csv_reader_next_row (reader, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (qs_csv_reader_get_n_fields (reader), ==, 2);
      field = qs_csv_reader_get_field (reader, 1, &len);
      if (!c->quoted)
        {
          g_assert_cmpuint (len, ==, field_len);
          g_assert_cmpmem (field, len, s->str + 6, field_len);
        }
      else
        {
          g_assert_true (g_utf8_validate (field, (gssize) len, NULL));
          g_assert_nonnull (strstr (field, "x\"x"));
          g_assert_nonnull (strstr (field, "\r\n"));
        }
      if (*c->eol != '\0')
        {
          g_assert_true (qs_csv_reader_next_row (reader, &error));
          g_assert_cmpstr (qs_csv_reader_get_field (reader, 0, NULL), ==, "c");
        }
      g_assert_false (qs_csv_reader_next_row (reader, &error));
      g_assert_no_error (error);
    }
  else
    {
      g_autofree char *expected = NULL;

      g_assert_false (qs_csv_reader_next_row (reader, &error));
      g_assert_error (error, QS_CSV_ERROR, QS_CSV_ERROR_LIMIT);
      expected = g_strdup_printf ("%s:2:1: this row is longer than 1024 KiB; a closing "
                                                   "quote (\") may be missing, or this is not a CSV file", path);
      g_assert_cmpstr (error->message, ==, expected);
    }

  g_string_free (s, TRUE);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* ---- A large file ------------------------------------------------------- */

#define LARGE_ROWS 200000

/* Every 1000th row has a multi-line quoted note, so chunk boundaries land
 * inside all kinds of places. */
static char *
large_csv (gsize *len)
{
  GString *s = g_string_new ("time,站点,value,note\r\n");
  guint i;

  for (i = 0; i < LARGE_ROWS; i++)
    {
      char value[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_formatd (value, sizeof value, "%.1f", (i % 5000) * 0.1 - 20.0);
      g_string_append_printf (s, "2024-01-%02u %02u:00,北京%u,%s,",
                              1 + (i / 24) % 28, i % 24, i % 7, value);
      if (i % 1000 == 999)
        g_string_append_printf (s, "\"note %u\r\nsays \"\"ok\"\", really\"", i);
      else if (i % 3 == 0)
        g_string_append (s, "\"a,b\"");
      g_string_append (s, i % 2 ? "\r\n" : "\n");
    }

  *len = s->len;
  return g_string_free (s, FALSE);
}

static void
check_large (QsCsvReader *reader)
{
  g_autoptr(GError) error = NULL;
  guint i;
  guint line = 2;

  g_assert_true (qs_csv_reader_next_row (reader, &error));
  g_assert_cmpstr (qs_csv_reader_get_field (reader, 1, NULL), ==, "站点");

  for (i = 0; i < LARGE_ROWS; i++)
    {
      double v = 0, expected;
      char site[32];
      char value[G_ASCII_DTOSTR_BUF_SIZE];
      const char *note;

      if (!qs_csv_reader_next_row (reader, &error))
        g_error ("row %u: %s", i, error ? error->message : "early end");
      g_assert_cmpuint (qs_csv_reader_get_n_fields (reader), ==, 4);
      g_assert_cmpuint (qs_csv_reader_get_line (reader), ==, line);
      g_snprintf (site, sizeof site, "北京%u", i % 7);
      g_assert_cmpstr (qs_csv_reader_get_field (reader, 1, NULL), ==, site);
      g_assert_true (qs_csv_reader_get_double (reader, 2, &v));
      expected = (i % 5000) * 0.1 - 20.0;
      g_assert_cmpfloat_with_epsilon (v, expected, 1e-9);
      g_assert_false (qs_csv_reader_get_double (reader, 0, &v));

      g_ascii_formatd (value, sizeof value, "%.1f", expected);
      g_assert_cmpstr (qs_csv_reader_get_field (reader, 2, NULL), ==, value);

      note = qs_csv_reader_get_field (reader, 3, NULL);
      if (i % 1000 == 999)
        {
          g_autofree char *want = g_strdup_printf ("note %u\r\nsays \"ok\", really", i);

          g_assert_cmpstr (note, ==, want);
          g_assert_cmpuint (qs_csv_reader_get_field_line (reader, 3), ==, line);
          /* "2024-01-DD HH:00," is 17 characters, "北京N," 4 more */
          g_assert_cmpuint (qs_csv_reader_get_column (reader, 3), ==, 22 + strlen (value) + 1);
          line += 2;
        }
      else
        {
          g_assert_cmpstr (note, ==, i % 3 == 0 ? "a,b" : "");
          line++;
        }
    }

  g_assert_false (qs_csv_reader_next_row (reader, &error));
  g_assert_no_error (error);
}

static void
test_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qs-csv-XXXXXX", &error);
  gsize len, gbk_len;
  g_autofree char *text = large_csv (&len);
  g_autofree char *gbk = NULL;
  g_autofree char *path = NULL;
  g_autofree char *gbk_path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GInputStream) stream = NULL;
  QsCsvEncoding encodings[] = { QS_CSV_ENCODING_AUTO, QS_CSV_ENCODING_UTF8 };
  guint i;

  g_assert_no_error (error);
  g_assert_cmpuint (len, >, 4 * QS_CSV_CHUNK_SIZE);
  path = write_temp (dir, "large.csv", text, len);

  for (i = 0; i < G_N_ELEMENTS (encodings); i++)
    {
      g_autoptr(QsCsvReader) reader = qs_csv_reader_new_for_path (path, encodings[i], &error);

      g_assert_no_error (error);
      g_assert_cmpint (qs_csv_reader_get_encoding (reader), ==, QS_CSV_ENCODING_UTF8);
      check_large (reader);
    }

  /* Odd-sized reads put every boundary somewhere else. */
  bytes = g_bytes_new_static (text, len);
  stream = trickle_stream_new (bytes, 4093);
  {
    g_autoptr(QsCsvReader) reader = qs_csv_reader_new_for_stream (stream, NULL, QS_CSV_ENCODING_AUTO, &error);

    g_assert_no_error (error);
    check_large (reader);
  }

  gbk = g_convert (text, (gssize) len, "GB18030", "UTF-8", NULL, &gbk_len, &error);
  g_assert_no_error (error);
  gbk_path = write_temp (dir, "large-gbk.csv", gbk, gbk_len);
  {
    g_autoptr(QsCsvReader) reader = qs_csv_reader_new_for_path (gbk_path, QS_CSV_ENCODING_AUTO, &error);

    g_assert_no_error (error);
    g_assert_cmpint (qs_csv_reader_get_encoding (reader), ==, QS_CSV_ENCODING_GB18030);
    check_large (reader);
  }

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_unlink (gbk_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Quoted fields much larger than a chunk, full of doubled quotes and line
 * breaks, cross several chunk boundaries each. */
static void
test_large_fields (void)
{
  GString *s = g_string_new (NULL);
  GString *want = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QsCsvReader) reader = NULL;
  guint row, i;

  for (row = 0; row < 6; row++)
    {
      g_string_truncate (want, 0);
      for (i = 0; want->len < 300000 + row * 50000; i++)
        {
          switch (i % 7)
            {
            case 0: g_string_append (want, "\""); break;
            case 1: g_string_append (want, "\r\n"); break;
            case 2: g_string_append (want, "水质"); break;
            case 3: g_string_append (want, ","); break;
            default: g_string_append (want, "abc"); break;
            }
        }
      g_string_append_printf (s, "%u,\"", row);
      for (i = 0; i < want->len; i++)
        {
          if (want->str[i] == '"')
            g_string_append_c (s, '"');
          g_string_append_c (s, want->str[i]);
        }
      g_string_append (s, "\",end\n");
    }

  bytes = g_bytes_new (s->str, s->len);
  reader = qs_csv_reader_new_for_bytes (bytes, NULL, QS_CSV_ENCODING_AUTO, &error);
  g_assert_no_error (error);

  for (row = 0; row < 6; row++)
    {
      gsize len;
      const char *field;

      g_assert_true (qs_csv_reader_next_row (reader, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (qs_csv_reader_get_n_fields (reader), ==, 3);

      g_string_truncate (want, 0);
      for (i = 0; want->len < 300000 + row * 50000; i++)
        {
          switch (i % 7)
            {
            case 0: g_string_append (want, "\""); break;
            case 1: g_string_append (want, "\r\n"); break;
            case 2: g_string_append (want, "水质"); break;
            case 3: g_string_append (want, ","); break;
            default: g_string_append (want, "abc"); break;
            }
        }
      field = qs_csv_reader_get_field (reader, 1, &len);
      g_assert_cmpmem (field, len, want->str, want->len);
      g_assert_cmpstr (qs_csv_reader_get_field (reader, 2, NULL), ==, "end");
    }
  g_assert_false (qs_csv_reader_next_row (reader, &error));
  g_assert_no_error (error);

  g_string_free (s, TRUE);
  g_string_free (want, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  guint i;

  g_test_init (&argc, &argv, NULL);

  for (i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/csv-reader/parse/", parse_cases[i].name, NULL);

      g_test_add_data_func (path, &parse_cases[i], test_parse);
    }

  g_test_add_func ("/csv-reader/encoding/utf8", test_encoding_utf8);
  g_test_add_func ("/csv-reader/encoding/bom", test_encoding_bom);
  g_test_add_func ("/csv-reader/encoding/gbk-generated", test_encoding_gbk_generated);
  g_test_add_func ("/csv-reader/encoding/gbk-file", test_encoding_gbk_file);
  g_test_add_func ("/csv-reader/encoding/gb18030-four-byte", test_encoding_gb18030_four_byte);
  for (i = 0; i < G_N_ELEMENTS (encoding_error_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/csv-reader/encoding/error/",
                                           encoding_error_cases[i].name, NULL);

      g_test_add_data_func (path, &encoding_error_cases[i], test_encoding_error);
    }

  for (i = 0; i < G_N_ELEMENTS (bad_file_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/csv-reader/bad-file/", bad_file_cases[i].file, NULL);

      g_test_add_data_func (path, &bad_file_cases[i], test_bad_file);
    }
  g_test_add_func ("/csv-reader/bad-file/all-listed", test_bad_corpus_complete);

  g_test_add_func ("/csv-reader/positions", test_positions);
  g_test_add_func ("/csv-reader/get-double", test_get_double);
  g_test_add_func ("/csv-reader/open-errors", test_open_errors);
  g_test_add_func ("/csv-reader/read-error", test_read_error);

  g_test_add_func ("/csv-reader/limit/fields", test_limit_fields);
  for (i = 0; i < G_N_ELEMENTS (length_cases); i++)
    {
      g_autofree char *path = g_strconcat ("/csv-reader/limit/length/", length_cases[i].name, NULL);

      g_test_add_data_func (path, &length_cases[i], test_limit_length);
    }

  g_test_add_func ("/csv-reader/large/rows", test_large);
  g_test_add_func ("/csv-reader/large/fields", test_large_fields);

  return g_test_run ();
}

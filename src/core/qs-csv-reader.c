/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "qs-csv-reader.h"
#include "qs-number.h"

#include <errno.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#if defined(__SSE2__) && defined(__GNUC__) && !defined(QS_CSV_NO_SIMD)
#include <emmintrin.h>
#define QS_CSV_USE_SSE2 1
#else
#define QS_CSV_USE_SSE2 0
#endif

/*
 * How it works
 *
 * Decoded UTF-8 text lives in buf[rs, end), with buf[end] == '\0' as a
 * sentinel so the scanning loops need no bounds checks.  A record is scanned
 * without modifying it, storing fields as offsets from the record start.  If
 * the data runs out mid-record, the partial record is moved to the front of
 * the buffer, more is read (and decoded), and the scan restarts from the
 * record start; that costs one partial record per chunk.  Only when the whole
 * record is known are the fields NUL-terminated and unescaped in place, so
 * rows need no allocation at all.
 *
 * Finding the next special byte is where the time goes, so with SSE2 it
 * looks at 16 bytes at a time.
 */

#define RAW_CHUNK_SIZE (QS_CSV_CHUNK_SIZE / 2)
#define PRIME_BYTES (64 * 1024)       /* what separator detection looks at */
#define SNIFF_RECORDS 10
/* Zeroed bytes kept after buf[cap] so 16-byte loads at any position up to
 * the sentinel stay inside the allocation and read initialised memory. */
#define SCAN_SLACK 16

typedef struct
{
  guint32 raw;     /* first raw byte (the opening quote, if quoted) */
  guint32 start;   /* content */
  guint32 len;
  guint32 escaped; /* content has doubled quotes still to collapse */
} Field;

typedef enum
{
  FILL_DATA,
  FILL_EOF,
  FILL_DECODE_ERROR,
  FILL_IO_ERROR,
} FillResult;

struct _QsCsvReader
{
  GObject parent_instance;

  char *display_name;
  GInputStream *stream;
  gboolean close_stream;

  /* Bytes read ahead for BOM and encoding detection, handed out before
   * anything else is read from the stream. */
  guint8 *head;
  gsize head_len;
  gsize head_pos;

  QsCsvEncoding requested;
  QsCsvEncoding encoding;
  gboolean had_bom;
  char separator;
  guint8 special[256]; /* bytes that end an unquoted run */

  guint8 *buf;
  gsize cap;           /* usable bytes; one more is allocated */
  gsize rs;            /* start of unparsed data, always at a line start */
  gsize end;
  guint line;          /* line number at rs */
  gboolean eof;

  /* Sticky result of fill() once it stops returning data. */
  FillResult pending;
  guint8 bad_byte;
  GError *io_error;

  /* UTF-8: an incomplete sequence at the end of a read */
  guint8 carry[4];
  gsize n_carry;

  /* GB18030 */
  GIConv iconv;
  guint8 *raw;
  gsize raw_start;
  gsize raw_end;
  gboolean raw_eof;

  /* Current row */
  guint8 *row;
  Field *fields;
  guint n_fields;
  guint fields_cap;
  guint row_line;
  gboolean row_multiline;
  guint *field_lines; /* only for rows spanning lines */
  guint *field_cols;

  GError *error;      /* once a row failed, every later call fails too */
};

G_DEFINE_FINAL_TYPE (QsCsvReader, qs_csv_reader, G_TYPE_OBJECT)

G_DEFINE_QUARK (qs-csv-error-quark, qs_csv_error)

#if !QS_CSV_USE_SSE2
/* Bytes that end a run inside a quoted field. */
static const guint8 quoted_special[256] = {
  ['\0'] = 1, ['\n'] = 1, ['\r'] = 1, ['"'] = 1,
};
#endif

static void
qs_csv_reader_finalize (GObject *object)
{
  QsCsvReader *self = QS_CSV_READER (object);

  if (self->stream != NULL && self->close_stream)
    g_input_stream_close (self->stream, NULL, NULL);
  g_clear_object (&self->stream);
  if (self->iconv != (GIConv) -1)
    g_iconv_close (self->iconv);
  g_free (self->display_name);
  g_free (self->head);
  g_free (self->buf);
  g_free (self->raw);
  g_free (self->fields);
  g_free (self->field_lines);
  g_free (self->field_cols);
  g_clear_error (&self->io_error);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (qs_csv_reader_parent_class)->finalize (object);
}

static void
qs_csv_reader_class_init (QsCsvReaderClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qs_csv_reader_finalize;
}

static void
qs_csv_reader_init (QsCsvReader *self)
{
  self->iconv = (GIConv) -1;
  self->separator = ',';
  self->line = 1;
  self->pending = FILL_DATA;
}

/* ---- Positions and errors ---------------------------------------------- */

/* Advances *line and *col (1-based, in characters) over [p, to).  A CRLF
 * counts as one line break, as does a lone CR. */
static void
walk_position (const guint8 *p,
               const guint8 *to,
               guint        *line,
               guint        *col)
{
  for (; p < to; p++)
    {
      guint8 c = *p;

      if (c == '\n' || (c == '\r' && p[1] != '\n'))
        {
          (*line)++;
          *col = 1;
        }
      else if (c != '\r' && (c & 0xC0) != 0x80)
        {
          (*col)++;
        }
    }
}

static void
position_of (QsCsvReader  *self,
             const guint8 *pos,
             guint        *line,
             guint        *col)
{
  *line = self->line;
  *col = 1;
  walk_position (self->buf + self->rs, pos, line, col);
}

static void set_error_at (QsCsvReader  *self,
                          GError      **error,
                          QsCsvError    code,
                          guint         line,
                          guint         col,
                          const char   *format,
                          ...) G_GNUC_PRINTF (6, 7);

/* All parse errors go through here so they share the NAME:LINE:COLUMN form
 * and are remembered for later calls. */
static void
set_error_at (QsCsvReader  *self,
              GError      **error,
              QsCsvError    code,
              guint         line,
              guint         col,
              const char   *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_clear_error (&self->error);
  self->error = g_error_new (QS_CSV_ERROR, code, "%s:%u:%u: %s",
                             self->display_name, line, col, message);
  if (error != NULL)
    *error = g_error_copy (self->error);
}

static void
set_nul_error (QsCsvReader  *self,
               GError      **error,
               const guint8 *pos)
{
  guint line, col;

  position_of (self, pos, &line, &col);
  set_error_at (self, error, QS_CSV_ERROR_ENCODING, line, col,
                _("the file contains a NUL byte, so it is not plain text "
                  "(it may be UTF-16); save it as UTF-8 or GB18030"));
}

/* Reports why fill() stopped, at the end of the text decoded so far. */
static void
set_fill_error (QsCsvReader  *self,
                GError      **error,
                FillResult    result)
{
  guint line, col;

  position_of (self, self->buf + self->end, &line, &col);

  if (result == FILL_IO_ERROR)
    {
      set_error_at (self, error, QS_CSV_ERROR_IO, line, col,
                    _("cannot read the file: %s"),
                    self->io_error ? self->io_error->message : "?");
    }
  else if (self->requested == QS_CSV_ENCODING_AUTO &&
           self->encoding == QS_CSV_ENCODING_GB18030)
    {
      set_error_at (self, error, QS_CSV_ERROR_ENCODING, line, col,
                    _("the text is neither UTF-8 nor GB18030 (byte 0x%02X); "
                      "save the file as UTF-8"),
                    self->bad_byte);
    }
  else if (self->encoding == QS_CSV_ENCODING_GB18030)
    {
      set_error_at (self, error, QS_CSV_ERROR_ENCODING, line, col,
                    _("this is not valid GB18030 text (byte 0x%02X); "
                      "if the file is UTF-8, open it as UTF-8"),
                    self->bad_byte);
    }
  else
    {
      set_error_at (self, error, QS_CSV_ERROR_ENCODING, line, col,
                    _("this is not valid UTF-8 text (byte 0x%02X); "
                      "if the file is GBK or GB18030, open it as GB18030"),
                    self->bad_byte);
    }
}

/* ---- Input and decoding ------------------------------------------------ */

/* Returns how many leading bytes of @data are complete, valid UTF-8.
 * *incomplete says whether what follows is merely cut short by the end of
 * @data (a sequence that may still complete) rather than invalid. */
static gsize
utf8_valid_prefix (const guint8 *data,
                   gsize         len,
                   gboolean     *incomplete)
{
  const guint8 *p = data;
  const guint8 *e = data + len;

  *incomplete = FALSE;

  while (p < e)
    {
      guint8 c;
      guint8 lo = 0x80;
      guint8 hi = 0xBF;
      guint need, i;

      /* Most CSV text is ASCII: check it many bytes at a time. */
#if QS_CSV_USE_SSE2
      if (e - p >= 32)
        {
          __m128i a = _mm_loadu_si128 ((const __m128i *) p);
          __m128i b = _mm_loadu_si128 ((const __m128i *) (p + 16));

          if (_mm_movemask_epi8 (_mm_or_si128 (a, b)) == 0)
            {
              p += 32;
              continue;
            }
        }
#endif
      if (e - p >= 8)
        {
          guint64 word;

          memcpy (&word, p, sizeof word);
          if ((word & G_GUINT64_CONSTANT (0x8080808080808080)) == 0)
            {
              p += 8;
              continue;
            }
        }

      c = *p;
      if (c < 0x80)
        {
          p++;
          continue;
        }

      /* Strict: no overlong forms, no surrogates, nothing past U+10FFFF. */
      if (c < 0xC2)
        return (gsize) (p - data);
      else if (c < 0xE0)
        need = 1;
      else if (c < 0xF0)
        {
          need = 2;
          if (c == 0xE0)
            lo = 0xA0;
          else if (c == 0xED)
            hi = 0x9F;
        }
      else if (c < 0xF5)
        {
          need = 3;
          if (c == 0xF0)
            lo = 0x90;
          else if (c == 0xF4)
            hi = 0x8F;
        }
      else
        return (gsize) (p - data);

      for (i = 1; i <= need; i++)
        {
          if (p + i >= e)
            {
              *incomplete = TRUE;
              return (gsize) (p - data);
            }
          if (p[i] < lo || p[i] > hi)
            return (gsize) (p - data);
          lo = 0x80;
          hi = 0xBF;
        }
      p += need + 1;
    }

  return len;
}

static gssize
source_read (QsCsvReader  *self,
             guint8       *dest,
             gsize         count,
             GError      **error)
{
  if (self->head_pos < self->head_len)
    {
      gsize n = MIN (count, self->head_len - self->head_pos);

      memcpy (dest, self->head + self->head_pos, n);
      self->head_pos += n;
      if (self->head_pos == self->head_len)
        {
          /* Up to a whole chunk for unseekable streams; not needed again. */
          g_clear_pointer (&self->head, g_free);
          self->head_len = self->head_pos = 0;
        }
      return (gssize) n;
    }

  return g_input_stream_read (self->stream, dest, count, NULL, error);
}

/* Appends validated UTF-8 to buf. */
static FillResult
fill_utf8 (QsCsvReader *self)
{
  for (;;)
    {
      guint8 *dest = self->buf + self->end;
      gsize space = self->cap - self->end;
      gssize n;
      gsize total, valid;
      gboolean incomplete;

      g_assert (space > sizeof self->carry);

      memcpy (dest, self->carry, self->n_carry);
      n = source_read (self, dest + self->n_carry, space - self->n_carry,
                       &self->io_error);
      if (n < 0)
        return FILL_IO_ERROR;
      if (n == 0)
        {
          self->buf[self->end] = '\0';
          if (self->n_carry > 0)
            {
              /* A character cut short by the end of the file. */
              self->bad_byte = self->carry[0];
              return FILL_DECODE_ERROR;
            }
          return FILL_EOF;
        }

      total = self->n_carry + (gsize) n;
      self->n_carry = 0;
      valid = utf8_valid_prefix (dest, total, &incomplete);
      if (valid < total)
        {
          if (incomplete)
            {
              self->n_carry = total - valid;
              memcpy (self->carry, dest + valid, self->n_carry);
            }
          else
            {
              self->bad_byte = dest[valid];
              self->end += valid;
              self->buf[self->end] = '\0';
              /* Hand out the good part first; the error comes next time. */
              self->pending = FILL_DECODE_ERROR;
              return valid > 0 ? FILL_DATA : FILL_DECODE_ERROR;
            }
        }

      self->end += valid;
      self->buf[self->end] = '\0';
      if (valid > 0)
        return FILL_DATA;
    }
}

/* Converts GB18030 from raw into UTF-8 in buf. */
static FillResult
fill_gb18030 (QsCsvReader *self)
{
  for (;;)
    {
      char *inbuf, *outbuf;
      gsize inleft, outleft, res, produced;
      int saved_errno;

      /* Top up when low; this also completes a character cut in two. */
      if (!self->raw_eof && self->raw_end - self->raw_start < 8)
        {
          gssize n;

          memmove (self->raw, self->raw + self->raw_start,
                   self->raw_end - self->raw_start);
          self->raw_end -= self->raw_start;
          self->raw_start = 0;
          n = source_read (self, self->raw + self->raw_end,
                           RAW_CHUNK_SIZE - self->raw_end, &self->io_error);
          if (n < 0)
            return FILL_IO_ERROR;
          if (n == 0)
            self->raw_eof = TRUE;
          self->raw_end += (gsize) n;
        }

      if (self->raw_start == self->raw_end)
        {
          if (self->raw_eof)
            return FILL_EOF;
          continue;
        }

      inbuf = (char *) self->raw + self->raw_start;
      inleft = self->raw_end - self->raw_start;
      outbuf = (char *) self->buf + self->end;
      outleft = self->cap - self->end;
      res = g_iconv (self->iconv, &inbuf, &inleft, &outbuf, &outleft);
      saved_errno = errno;

      produced = (gsize) ((guint8 *) outbuf - (self->buf + self->end));
      self->end += produced;
      self->buf[self->end] = '\0';
      self->raw_start = self->raw_end - inleft;

      if (res == (gsize) -1)
        {
          if (saved_errno == EILSEQ ||
              (saved_errno == EINVAL && self->raw_eof))
            {
              self->bad_byte = self->raw[self->raw_start];
              self->pending = FILL_DECODE_ERROR;
              return produced > 0 ? FILL_DATA : FILL_DECODE_ERROR;
            }
          /* EINVAL: read more.  E2BIG: buf is full, return what we have;
           * callers always leave room for more than one character. */
          g_assert (saved_errno != E2BIG || produced > 0);
        }

      if (produced > 0)
        return FILL_DATA;
    }
}

/* Adds decoded text at buf[end].  Once it fails or hits the end, it keeps
 * returning that. */
static FillResult
fill (QsCsvReader *self)
{
  FillResult result;

  if (self->pending != FILL_DATA)
    return self->pending;

  if (self->encoding == QS_CSV_ENCODING_GB18030)
    result = fill_gb18030 (self);
  else
    result = fill_utf8 (self);

  if (result != FILL_DATA)
    self->pending = result;
  if (result == FILL_EOF)
    self->eof = TRUE;
  return result;
}

/* Streams the rest of a seekable input through the validator, then goes
 * back.  Reading a file twice is cheap compared with guessing wrong. */
static gboolean
stream_is_utf8 (QsCsvReader  *self,
                GError      **error)
{
  GSeekable *seekable = G_SEEKABLE (self->stream);
  goffset offset = g_seekable_tell (seekable);
  gsize n = self->head_len - self->head_pos;
  gboolean valid = TRUE;

  memcpy (self->buf, self->head + self->head_pos, n);

  for (;;)
    {
      gssize r = g_input_stream_read (self->stream, self->buf + n,
                                      self->cap - n, NULL, error);
      gsize good;
      gboolean incomplete;

      if (r < 0)
        return FALSE;
      n += (gsize) r;
      good = utf8_valid_prefix (self->buf, n, &incomplete);
      if (good < n && (!incomplete || r == 0))
        {
          valid = FALSE;
          break;
        }
      memmove (self->buf, self->buf + good, n - good);
      n -= good;
      if (r == 0)
        break;
    }

  if (!g_seekable_seek (seekable, offset, G_SEEK_SET, NULL, error))
    return FALSE;

  self->buf[0] = '\0';
  return valid;
}

static gboolean
detect_encoding (QsCsvReader  *self,
                 GError      **error)
{
  gboolean seekable;
  gsize want;
  g_autoptr(GError) local_error = NULL;
  const guint8 *h;

  seekable = G_IS_SEEKABLE (self->stream) &&
             g_seekable_can_seek (G_SEEKABLE (self->stream));

  /* A stream we cannot rewind is judged by its first chunk. */
  want = (self->requested == QS_CSV_ENCODING_AUTO && !seekable)
    ? QS_CSV_CHUNK_SIZE : 4;
  self->head = g_malloc (want);
  if (!g_input_stream_read_all (self->stream, self->head, want,
                                &self->head_len, NULL, &local_error))
    {
      g_set_error (error, QS_CSV_ERROR, QS_CSV_ERROR_IO,
                   _("%s: cannot read the file: %s"),
                   self->display_name, local_error->message);
      return FALSE;
    }

  h = self->head;
  if (self->head_len >= 2 &&
      ((h[0] == 0xFF && h[1] == 0xFE) || (h[0] == 0xFE && h[1] == 0xFF)))
    {
      g_set_error (error, QS_CSV_ERROR, QS_CSV_ERROR_ENCODING,
                   "%s:1:1: %s", self->display_name,
                   _("the file is UTF-16 text; save it as UTF-8 or GB18030"));
      return FALSE;
    }

  if (self->requested != QS_CSV_ENCODING_GB18030 && self->head_len >= 3 &&
      h[0] == 0xEF && h[1] == 0xBB && h[2] == 0xBF)
    {
      self->had_bom = TRUE;
      self->head_pos = 3;
      self->encoding = QS_CSV_ENCODING_UTF8;
      return TRUE;
    }

  if (self->requested != QS_CSV_ENCODING_AUTO)
    {
      self->encoding = self->requested;
      return TRUE;
    }

  if (seekable)
    {
      gboolean valid = stream_is_utf8 (self, &local_error);

      if (local_error != NULL)
        {
          g_set_error (error, QS_CSV_ERROR, QS_CSV_ERROR_IO,
                       _("%s: cannot read the file: %s"),
                       self->display_name, local_error->message);
          return FALSE;
        }
      self->encoding = valid ? QS_CSV_ENCODING_UTF8 : QS_CSV_ENCODING_GB18030;
    }
  else
    {
      gboolean incomplete;
      gsize good = utf8_valid_prefix (self->head, self->head_len, &incomplete);
      gboolean valid = good == self->head_len ||
                       (incomplete && self->head_len == want);

      self->encoding = valid ? QS_CSV_ENCODING_UTF8 : QS_CSV_ENCODING_GB18030;
    }

  return TRUE;
}

/* Picks the separator that appears outside quotes in the first record and
 * then equally often in most of the next few; comma wins ties. */
static void
detect_separator (QsCsvReader *self)
{
  static const char candidates[] = { ',', '\t', ';' };
  guint first[3] = { 0, };
  guint consistent[3] = { 0, };
  const guint8 *p = self->buf + self->rs;
  const guint8 *end = self->buf + self->end;
  guint n_records = 0;
  int best = -1;
  guint k;

  while (p < end && n_records < SNIFF_RECORDS)
    {
      guint counts[3] = { 0, };
      gboolean in_quotes = FALSE;

      while (p < end && (*p == '\n' || *p == '\r'))
        p++;
      if (p == end)
        break;

      for (; p < end; p++)
        {
          guint8 c = *p;

          if (c == '"')
            in_quotes = !in_quotes;
          else if (in_quotes)
            continue;
          else if (c == '\n' || c == '\r')
            break;
          else if (c == ',')
            counts[0]++;
          else if (c == '\t')
            counts[1]++;
          else if (c == ';')
            counts[2]++;
        }

      /* A record cut off by the end of the sample proves nothing. */
      if (p == end && !self->eof && n_records > 0)
        break;

      for (k = 0; k < 3; k++)
        {
          if (n_records == 0)
            first[k] = counts[k];
          if (counts[k] == first[k])
            consistent[k]++;
        }
      n_records++;
    }

  for (k = 0; k < 3; k++)
    {
      if (first[k] > 0 && (best < 0 || consistent[k] > consistent[best]))
        best = (int) k;
    }

  self->separator = best < 0 ? ',' : candidates[best];
}

static QsCsvReader *
reader_new (GInputStream   *stream,
            gboolean        close_stream,
            char           *display_name,
            QsCsvEncoding   encoding,
            GError        **error)
{
  g_autoptr(QsCsvReader) self = g_object_new (QS_TYPE_CSV_READER, NULL);

  self->stream = g_object_ref (stream);
  self->close_stream = close_stream;
  self->display_name = display_name;
  self->requested = encoding;
  self->cap = QS_CSV_CHUNK_SIZE;
  self->buf = g_malloc0 (self->cap + 1 + SCAN_SLACK);

  if (!detect_encoding (self, error))
    return NULL;

  if (self->encoding == QS_CSV_ENCODING_GB18030)
    {
      self->iconv = g_iconv_open ("UTF-8", "GB18030");
      if (self->iconv == (GIConv) -1)
        {
          g_set_error (error, QS_CSV_ERROR, QS_CSV_ERROR_ENCODING,
                       _("%s: this system cannot convert GB18030 text"),
                       self->display_name);
          return NULL;
        }
      self->raw = g_malloc (RAW_CHUNK_SIZE);
    }

  /* Read ahead enough to guess the separator.  Errors are kept for
   * next_row(), which can tell where they are. */
  while (self->end < PRIME_BYTES && fill (self) == FILL_DATA)
    ;
  detect_separator (self);

  self->special[0] = 1;
  self->special['\n'] = 1;
  self->special['\r'] = 1;
  self->special['"'] = 1;
  self->special[(guint8) self->separator] = 1;

  return g_steal_pointer (&self);
}

/* ---- Parsing ----------------------------------------------------------- */

/* Both return the first byte at or after p that may end a run: in an
 * unquoted field the separator, a quote, CR, LF or NUL; in a quoted field
 * the same without the separator.  The sentinel guarantees a hit. */
#if QS_CSV_USE_SSE2
static inline guint8 *
scan_unquoted (guint8 *p,
               __m128i  vsep)
{
  const __m128i vquote = _mm_set1_epi8 ('"');
  const __m128i vlf = _mm_set1_epi8 ('\n');
  const __m128i vcr = _mm_set1_epi8 ('\r');
  const __m128i vzero = _mm_setzero_si128 ();

  for (;;)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) p);
      __m128i hit = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, vsep),
                                                _mm_cmpeq_epi8 (v, vquote)),
                                  _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, vlf),
                                                              _mm_cmpeq_epi8 (v, vcr)),
                                                _mm_cmpeq_epi8 (v, vzero)));
      unsigned mask = (unsigned) _mm_movemask_epi8 (hit);

      if (mask != 0)
        return p + __builtin_ctz (mask);
      p += 16;
    }
}

static inline guint8 *
scan_quoted (guint8 *p)
{
  const __m128i vquote = _mm_set1_epi8 ('"');
  const __m128i vlf = _mm_set1_epi8 ('\n');
  const __m128i vcr = _mm_set1_epi8 ('\r');
  const __m128i vzero = _mm_setzero_si128 ();

  for (;;)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) p);
      __m128i hit = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, vquote),
                                                _mm_cmpeq_epi8 (v, vzero)),
                                  _mm_or_si128 (_mm_cmpeq_epi8 (v, vlf),
                                                _mm_cmpeq_epi8 (v, vcr)));
      unsigned mask = (unsigned) _mm_movemask_epi8 (hit);

      if (mask != 0)
        return p + __builtin_ctz (mask);
      p += 16;
    }
}
#endif

static void
compute_field_positions (QsCsvReader *self)
{
  const guint8 *p = self->row;
  guint line = self->row_line;
  guint col = 1;
  guint i;

  if (self->field_lines == NULL)
    {
      self->field_lines = g_new (guint, self->fields_cap);
      self->field_cols = g_new (guint, self->fields_cap);
    }

  for (i = 0; i < self->n_fields; i++)
    {
      const guint8 *to = self->row + self->fields[i].raw;

      walk_position (p, to, &line, &col);
      self->field_lines[i] = line;
      self->field_cols[i] = col;
      p = to;
    }
}

/* Collapses "" to " in place.  The freed tail is zeroed so that the row
 * still has as many characters before later fields, which keeps
 * qs_csv_reader_get_column() exact. */
static void
unescape_field (guint8 *row,
                Field  *f)
{
  guint8 *src = row + f->start;
  guint8 *src_end = src + f->len;
  guint8 *dest = src;

  while (src < src_end)
    {
      guint8 c = *src++;

      *dest++ = c;
      if (c == '"')
        src++; /* the second of the pair */
    }

  memset (dest, 0, (gsize) (src_end - dest));
  f->len = (guint32) (dest - (row + f->start));
}

static gboolean
grow_fields (QsCsvReader *self)
{
  guint cap;

  if (self->fields_cap >= QS_CSV_MAX_FIELDS)
    return FALSE;

  cap = self->fields_cap == 0 ? 16 : MIN (self->fields_cap * 2, QS_CSV_MAX_FIELDS);
  self->fields = g_renew (Field, self->fields, cap);
  if (self->field_lines != NULL)
    {
      self->field_lines = g_renew (guint, self->field_lines, cap);
      self->field_cols = g_renew (guint, self->field_cols, cap);
    }
  self->fields_cap = cap;
  return TRUE;
}

/* Moves the unparsed data to the front, makes room and reads more. */
static gboolean
refill (QsCsvReader  *self,
        GError      **error)
{
  FillResult result;
  gsize n = self->end - self->rs;

  if (self->rs > 0)
    {
      memmove (self->buf, self->buf + self->rs, n + 1);
      self->end = n;
      self->rs = 0;
    }

  if (self->cap - self->end < QS_CSV_CHUNK_SIZE / 2)
    {
      gsize old_size = self->cap + 1 + SCAN_SLACK;

      while (self->cap - self->end < QS_CSV_CHUNK_SIZE / 2)
        self->cap *= 2;
      self->buf = g_realloc (self->buf, self->cap + 1 + SCAN_SLACK);
      memset (self->buf + old_size, 0, self->cap + 1 + SCAN_SLACK - old_size);
    }

  result = fill (self);
  if (result == FILL_DATA || result == FILL_EOF)
    return TRUE;

  set_fill_error (self, error, result);
  return FALSE;
}

static gboolean
read_record (QsCsvReader  *self,
             GError      **error)
{
#if QS_CSV_USE_SSE2
  const __m128i vsep = _mm_set1_epi8 (self->separator);
#else
  const guint8 *special = self->special;
#endif
  const guint8 sep = (guint8) self->separator;
  guint8 *buf, *end, *p, *rec, *next;
  Field *f;
  guint nf, nl, line, i;
  gboolean eof;
  guint err_line, err_col;

restart:
  buf = self->buf;
  end = buf + self->end;
  eof = self->eof;
  p = buf + self->rs;
  line = self->line;

  /* Skip empty lines. */
  for (;;)
    {
      if (*p == '\n')
        {
          p++;
          line++;
        }
      else if (*p == '\r')
        {
          if (p[1] == '\n')
            p += 2;
          else if (p + 1 == end && !eof)
            goto need_more_between;
          else
            p++;
          line++;
        }
      else if (*p == '\0' && p == end)
        {
          if (!eof)
            goto need_more_between;
          self->rs = (gsize) (p - buf);
          self->line = line;
          return FALSE;
        }
      else
        break;
    }

  self->rs = (gsize) (p - buf);
  self->line = line;
  rec = p;
  nf = 0;
  nl = 0;

new_field:
  if (G_UNLIKELY (nf == self->fields_cap) && !grow_fields (self))
    {
      position_of (self, p, &err_line, &err_col);
      set_error_at (self, error, QS_CSV_ERROR_LIMIT, err_line, err_col,
                    _("this row has more than %d columns"), QS_CSV_MAX_FIELDS);
      return FALSE;
    }
  f = &self->fields[nf++];
  f->raw = (guint32) (p - rec);

  if (*p == '"')
    {
      gboolean escaped = FALSE;

      p++;
      f->start = (guint32) (p - rec);
      for (;;)
        {
#if QS_CSV_USE_SSE2
          p = scan_quoted (p);
#else
          while (!quoted_special[*p])
            p++;
#endif

          if (*p == '"')
            {
              if (p[1] == '"')
                {
                  escaped = TRUE;
                  p += 2;
                  continue;
                }
              if (p + 1 == end && !eof)
                goto need_more; /* the pair may be split across reads */
              break;
            }
          else if (*p == '\n')
            {
              p++;
              nl++;
            }
          else if (*p == '\r')
            {
              if (p[1] == '\n')
                p += 2;
              else if (p + 1 == end && !eof)
                goto need_more;
              else
                p++;
              nl++;
            }
          else if (p == end)
            {
              if (!eof)
                goto need_more;
              position_of (self, rec + f->raw, &err_line, &err_col);
              set_error_at (self, error, QS_CSV_ERROR_SYNTAX, err_line, err_col,
                            _("unterminated quoted field: this quote (\") is "
                              "never closed"));
              return FALSE;
            }
          else
            {
              set_nul_error (self, error, p);
              return FALSE;
            }
        }

      f->len = (guint32) (p - rec) - f->start;
      f->escaped = escaped;
      p++;

      if (*p == sep)
        {
          p++;
          goto new_field;
        }
      if (*p != '\n' && *p != '\r' && p != end)
        {
          if (*p == '\0')
            {
              set_nul_error (self, error, p);
              return FALSE;
            }
          position_of (self, p, &err_line, &err_col);
          set_error_at (self, error, QS_CSV_ERROR_SYNTAX, err_line, err_col,
                        _("unexpected text after a closing quote; inside a "
                          "quoted field, write a quote as two quotes (\"\")"));
          return FALSE;
        }
    }
  else
    {
      f->start = f->raw;
      for (;;)
        {
#if QS_CSV_USE_SSE2
          p = scan_unquoted (p, vsep);
#else
          while (!special[*p])
            p++;
#endif
          /* Be lenient with a stray quote inside an unquoted field such as
           * 12" pipe: keep it as text. */
          if (*p != '"')
            break;
          p++;
        }
      f->len = (guint32) (p - rec) - f->start;
      f->escaped = FALSE;

      if (*p == sep)
        {
          p++;
          goto new_field;
        }
    }

  /* End of the record: p is at its line break or at the end of the data. */
  if (*p == '\n')
    next = p + 1;
  else if (*p == '\r')
    {
      if (p[1] == '\n')
        next = p + 2;
      else if (p + 1 == end && !eof)
        goto need_more;
      else
        next = p + 1;
    }
  else if (p != end)
    {
      set_nul_error (self, error, p);
      return FALSE;
    }
  else if (!eof)
    goto need_more;
  else
    next = p;

  if (G_UNLIKELY ((gsize) (p - rec) > QS_CSV_MAX_RECORD_BYTES))
    goto too_long;

  self->row = rec;
  self->n_fields = nf;
  self->row_line = line;
  self->row_multiline = nl > 0;
  if (nl > 0)
    compute_field_positions (self); /* before the text is modified */

  for (i = 0; i < nf; i++)
    {
      f = &self->fields[i];
      if (G_UNLIKELY (f->escaped))
        unescape_field (rec, f);
      rec[f->start + f->len] = '\0';
    }

  self->rs = (gsize) (next - buf);
  self->line = line + nl + 1;
  return TRUE;

need_more:
  if ((gsize) (p - rec) > QS_CSV_MAX_RECORD_BYTES)
    goto too_long;
  if (!refill (self, error))
    return FALSE;
  goto restart;

need_more_between:
  self->rs = (gsize) (p - buf);
  self->line = line;
  if (!refill (self, error))
    return FALSE;
  goto restart;

too_long:
  set_error_at (self, error, QS_CSV_ERROR_LIMIT, line, 1,
                _("this row is longer than %d KiB; a closing quote (\") may "
                  "be missing, or this is not a CSV file"),
                QS_CSV_MAX_RECORD_BYTES / 1024);
  return FALSE;
}

/* ---- Public API -------------------------------------------------------- */

/**
 * qs_csv_reader_new_for_path:
 * @path: a file name in the GLib file name encoding
 * @encoding: the text encoding, or %QS_CSV_ENCODING_AUTO to detect it
 * @error: return location for a #QsCsvError
 *
 * Opens a CSV file.  With %QS_CSV_ENCODING_AUTO the whole file is checked
 * once to tell UTF-8 from GB18030 before parsing starts.  Error messages
 * name the file as the path was given, like compilers do.
 *
 * Returns: (transfer full): a new reader, or %NULL
 */
QsCsvReader *
qs_csv_reader_new_for_path (const char     *path,
                            QsCsvEncoding   encoding,
                            GError        **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_filename_display_name (path);
  file = g_file_new_for_path (path);
  stream = g_file_read (file, NULL, &local_error);
  if (stream == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, QS_CSV_ERROR, QS_CSV_ERROR_IO,
                     _("%s: the file does not exist"), name);
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
        g_set_error (error, QS_CSV_ERROR, QS_CSV_ERROR_IO,
                     _("%s: this is a folder, not a file"), name);
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
        g_set_error (error, QS_CSV_ERROR, QS_CSV_ERROR_IO,
                     _("%s: you do not have permission to read the file"), name);
      else
        g_set_error (error, QS_CSV_ERROR, QS_CSV_ERROR_IO,
                     _("%s: cannot open the file: %s"), name,
                     local_error->message);
      return NULL;
    }

  return reader_new (G_INPUT_STREAM (stream), TRUE, g_steal_pointer (&name),
                     encoding, error);
}

/**
 * qs_csv_reader_new_for_bytes:
 * @bytes: the file contents
 * @display_name: (nullable): what to call the data in error messages
 * @encoding: the text encoding, or %QS_CSV_ENCODING_AUTO to detect it
 * @error: return location for a #QsCsvError
 *
 * Creates a reader for CSV text in memory, for example pasted text.
 *
 * Returns: (transfer full): a new reader, or %NULL
 */
QsCsvReader *
qs_csv_reader_new_for_bytes (GBytes         *bytes,
                             const char     *display_name,
                             QsCsvEncoding   encoding,
                             GError        **error)
{
  g_autoptr(GInputStream) stream = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stream = g_memory_input_stream_new_from_bytes (bytes);
  return reader_new (stream, TRUE,
                     g_strdup (display_name ? display_name : _("data")),
                     encoding, error);
}

/**
 * qs_csv_reader_new_for_stream:
 * @stream: where to read from
 * @display_name: (nullable): what to call the data in error messages
 * @encoding: the text encoding, or %QS_CSV_ENCODING_AUTO to detect it
 * @error: return location for a #QsCsvError
 *
 * Creates a reader for CSV text from a stream.  The stream is not closed.
 * %QS_CSV_ENCODING_AUTO checks the whole stream if it is seekable, and
 * otherwise only the first %QS_CSV_CHUNK_SIZE bytes.
 *
 * Returns: (transfer full): a new reader, or %NULL
 */
QsCsvReader *
qs_csv_reader_new_for_stream (GInputStream   *stream,
                              const char     *display_name,
                              QsCsvEncoding   encoding,
                              GError        **error)
{
  g_return_val_if_fail (G_IS_INPUT_STREAM (stream), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return reader_new (stream, FALSE,
                     g_strdup (display_name ? display_name : _("data")),
                     encoding, error);
}

/**
 * qs_csv_reader_next_row:
 * @self: a #QsCsvReader
 * @error: return location for a #QsCsvError
 *
 * Moves to the next row, skipping empty lines.  Field pointers of the
 * previous row become invalid.  After an error, every later call fails with
 * the same error.
 *
 * Returns: %TRUE if there is a row; %FALSE with @error unset at the end
 */
gboolean
qs_csv_reader_next_row (QsCsvReader  *self,
                        GError      **error)
{
  g_return_val_if_fail (QS_IS_CSV_READER (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self->n_fields = 0;
  self->row_multiline = FALSE;
  if (self->error != NULL)
    {
      if (error != NULL)
        *error = g_error_copy (self->error);
      return FALSE;
    }

  return read_record (self, error);
}

/**
 * qs_csv_reader_get_n_fields:
 * @self: a #QsCsvReader
 *
 * Returns: the number of fields in the current row
 */
guint
qs_csv_reader_get_n_fields (QsCsvReader *self)
{
  g_return_val_if_fail (QS_IS_CSV_READER (self), 0);

  return self->n_fields;
}

/**
 * qs_csv_reader_get_field:
 * @self: a #QsCsvReader
 * @i: field index, less than qs_csv_reader_get_n_fields()
 * @len: (out) (optional): return location for the length in bytes
 *
 * Returns: (transfer none): the field as NUL-terminated UTF-8 without its
 *   quotes, valid until the next call to qs_csv_reader_next_row()
 */
const char *
qs_csv_reader_get_field (QsCsvReader *self,
                         guint        i,
                         gsize       *len)
{
  const Field *f;

  g_return_val_if_fail (QS_IS_CSV_READER (self), NULL);
  g_return_val_if_fail (i < self->n_fields, NULL);

  f = &self->fields[i];
  if (len != NULL)
    *len = f->len;
  return (const char *) self->row + f->start;
}

/**
 * qs_csv_reader_get_double:
 * @self: a #QsCsvReader
 * @i: field index, less than qs_csv_reader_get_n_fields()
 * @out: (out): return location for the value
 *
 * Parses field @i with qs_number_parse().
 *
 * Returns: %TRUE if the field is a number
 */
gboolean
qs_csv_reader_get_double (QsCsvReader *self,
                          guint        i,
                          double      *out)
{
  const Field *f;

  g_return_val_if_fail (QS_IS_CSV_READER (self), FALSE);
  g_return_val_if_fail (i < self->n_fields, FALSE);

  f = &self->fields[i];
  return qs_number_parse ((const char *) self->row + f->start, f->len, out);
}

/**
 * qs_csv_reader_get_line:
 * @self: a #QsCsvReader
 *
 * Returns: the 1-based line number where the current row starts
 */
guint
qs_csv_reader_get_line (QsCsvReader *self)
{
  g_return_val_if_fail (QS_IS_CSV_READER (self), 0);

  return self->row_line;
}

/**
 * qs_csv_reader_get_field_line:
 * @self: a #QsCsvReader
 * @field: field index, less than qs_csv_reader_get_n_fields()
 *
 * Returns: the 1-based line where @field starts; this differs from
 *   qs_csv_reader_get_line() only after a quoted field spanning lines
 */
guint
qs_csv_reader_get_field_line (QsCsvReader *self,
                              guint        field)
{
  g_return_val_if_fail (QS_IS_CSV_READER (self), 0);
  g_return_val_if_fail (field < self->n_fields, 0);

  return self->row_multiline ? self->field_lines[field] : self->row_line;
}

/**
 * qs_csv_reader_get_column:
 * @self: a #QsCsvReader
 * @field: field index, less than qs_csv_reader_get_n_fields()
 *
 * Returns: the 1-based column, in characters, where @field starts on its
 *   line (its opening quote, if quoted)
 */
guint
qs_csv_reader_get_column (QsCsvReader *self,
                          guint        field)
{
  const guint8 *p, *to;
  guint col = 1;

  g_return_val_if_fail (QS_IS_CSV_READER (self), 0);
  g_return_val_if_fail (field < self->n_fields, 0);

  if (self->row_multiline)
    return self->field_cols[field];

  /* Counted lazily: few callers want it, and the row keeps its character
   * count even after unescaping. */
  to = self->row + self->fields[field].raw;
  for (p = self->row; p < to; p++)
    col += (*p & 0xC0) != 0x80;
  return col;
}

/**
 * qs_csv_reader_get_separator:
 * @self: a #QsCsvReader
 *
 * Returns: the detected separator: `,`, `\t` or `;`
 */
char
qs_csv_reader_get_separator (QsCsvReader *self)
{
  g_return_val_if_fail (QS_IS_CSV_READER (self), ',');

  return self->separator;
}

/**
 * qs_csv_reader_get_encoding:
 * @self: a #QsCsvReader
 *
 * Returns: the encoding in use, %QS_CSV_ENCODING_UTF8 or
 *   %QS_CSV_ENCODING_GB18030, never %QS_CSV_ENCODING_AUTO
 */
QsCsvEncoding
qs_csv_reader_get_encoding (QsCsvReader *self)
{
  g_return_val_if_fail (QS_IS_CSV_READER (self), QS_CSV_ENCODING_UTF8);

  return self->encoding;
}

/**
 * qs_csv_reader_get_had_bom:
 * @self: a #QsCsvReader
 *
 * Returns: whether the text started with a UTF-8 byte order mark
 */
gboolean
qs_csv_reader_get_had_bom (QsCsvReader *self)
{
  g_return_val_if_fail (QS_IS_CSV_READER (self), FALSE);

  return self->had_bom;
}

/**
 * qs_csv_reader_get_display_name:
 * @self: a #QsCsvReader
 *
 * Returns: the name used in error messages
 */
const char *
qs_csv_reader_get_display_name (QsCsvReader *self)
{
  g_return_val_if_fail (QS_IS_CSV_READER (self), NULL);

  return self->display_name;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <string.h>

#include <zlib.h>

#include "qs-png-writer.h"

/*
 * Encoding, not drawing, is the largest fixed cost of a PNG export: cairo's
 * writer (libpng, zlib level 6, adaptive filters) takes ~90 ms for a
 * 1920×1080 chart. Charts are mostly flat colour, which deflate at level 1
 * without row filters compresses nearly as well in a fifth of the time, so
 * Qingshan writes its PNGs itself: 8-bit RGB, no interlace, with a pHYs
 * chunk so that a 2× export prints at the right size.
 *
 * A large image is also compressed on several cores at once: each band of
 * rows becomes a raw deflate stream of its own, primed with the 32 KiB of
 * image data before it so that compression hardly suffers, and ended on a
 * byte boundary (a sync flush) so that the bands join into one stream; their
 * Adler-32 checksums combine into the zlib stream's.
 */

#define CHUNK_OUT (256 * 1024)
#define WINDOW (32 * 1024)
/* Below this much image data a second thread costs more than it saves. */
#define MIN_BAND_BYTES (1024 * 1024)
#define MAX_BANDS 4

static void
put32 (guint8 *p,
       guint32 v)
{
  p[0] = v >> 24;
  p[1] = v >> 16;
  p[2] = v >> 8;
  p[3] = v;
}

static gboolean
write_chunk (GOutputStream  *out,
             const char     *type,
             const guint8   *data,
             gsize           len,
             GError        **error)
{
  guint8 header[8], trailer[4];
  uLong crc = crc32 (0, (const Bytef *) type, 4);

  put32 (header, (guint32) len);
  memcpy (header + 4, type, 4);
  if (len > 0)
    crc = crc32 (crc, data, (uInt) len);
  put32 (trailer, (guint32) crc);
  return g_output_stream_write_all (out, header, 8, NULL, NULL, error) &&
         (len == 0 || g_output_stream_write_all (out, data, len, NULL, NULL, error)) &&
         g_output_stream_write_all (out, trailer, 4, NULL, NULL, error);
}

typedef struct
{
  const guint8 *pixels;
  int           stride;
  int           width;
  int           first_row;
  int           end_row;
  gboolean      last;
  /* Results. */
  guint8       *out;
  gsize         out_len;
  uLong         adler;
  gboolean      ok;
} Band;

/* One row as PNG wants it: filter type 0 (none), then RGB from cairo's
 * native-endian xRGB. */
static void
filter_row (const Band *band,
            int         y,
            guint8     *dst)
{
  const guint32 *src = (const guint32 *) (const void *) (band->pixels + (gsize) y * band->stride);

  *dst++ = 0;
  for (int x = 0; x < band->width; x++)
    {
      guint32 p = src[x];
      *dst++ = p >> 16;
      *dst++ = p >> 8;
      *dst++ = p;
    }
}

static gpointer
compress_band (gpointer data)
{
  Band *band = data;
  gsize row_len = (gsize) band->width * 3 + 1;
  g_autofree guint8 *row = g_malloc (row_len);
  gsize cap = CHUNK_OUT;
  z_stream z = { 0 };

  band->ok = FALSE;
  band->adler = adler32 (0, NULL, 0);
  if (deflateInit2 (&z, 1, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
    return NULL;

  if (band->first_row > 0)
    {
      /* The window before the band: the last rows of the one above. */
      int before = (int) MIN ((gsize) band->first_row, (WINDOW + row_len - 1) / row_len);
      g_autofree guint8 *dict = g_malloc (before * row_len);
      gsize dict_len = before * row_len;

      for (int i = 0; i < before; i++)
        filter_row (band, band->first_row - before + i, dict + i * row_len);
      if (dict_len > WINDOW)
        deflateSetDictionary (&z, dict + dict_len - WINDOW, WINDOW);
      else
        deflateSetDictionary (&z, dict, (uInt) dict_len);
    }

  band->out = g_malloc (cap);
  band->out_len = 0;
  for (int y = band->first_row; y <= band->end_row; y++)
    {
      int flush = y < band->end_row ? Z_NO_FLUSH : band->last ? Z_FINISH : Z_SYNC_FLUSH;
      int status;

      if (y < band->end_row)
        {
          filter_row (band, y, row);
          band->adler = adler32 (band->adler, row, (uInt) row_len);
          z.next_in = row;
          z.avail_in = (uInt) row_len;
        }
      else
        {
          z.next_in = NULL;
          z.avail_in = 0;
        }
      do
        {
          if (cap - band->out_len < 64)
            {
              cap *= 2;
              band->out = g_realloc (band->out, cap);
            }
          z.next_out = band->out + band->out_len;
          z.avail_out = (uInt) MIN (cap - band->out_len, G_MAXUINT32);
          status = deflate (&z, flush);
          band->out_len = (gsize) (z.next_out - band->out);
          if (status == Z_STREAM_ERROR)
            {
              deflateEnd (&z);
              return NULL;
            }
        }
      while (z.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END) ||
             (flush == Z_SYNC_FLUSH && z.avail_in > 0));
    }
  deflateEnd (&z);
  band->ok = TRUE;
  return NULL;
}

/* Gathers the zlib stream into IDAT chunks of CHUNK_OUT bytes, whatever
 * pieces it comes in. */
typedef struct
{
  GOutputStream *out;
  guint8         buf[CHUNK_OUT];
  gsize          len;
} Idat;

static gboolean
idat_append (Idat          *idat,
             const guint8  *data,
             gsize          len,
             GError       **error)
{
  while (len > 0)
    {
      gsize n = MIN (len, CHUNK_OUT - idat->len);

      memcpy (idat->buf + idat->len, data, n);
      idat->len += n;
      data += n;
      len -= n;
      if (idat->len == CHUNK_OUT)
        {
          if (!write_chunk (idat->out, "IDAT", idat->buf, idat->len, error))
            return FALSE;
          idat->len = 0;
        }
    }
  return TRUE;
}

static gboolean
idat_finish (Idat    *idat,
             GError **error)
{
  return idat->len == 0 || write_chunk (idat->out, "IDAT", idat->buf, idat->len, error);
}

/**
 * qs_png_write:
 * @image: an image surface in %CAIRO_FORMAT_RGB24 or %CAIRO_FORMAT_ARGB32
 *   (alpha is dropped: charts are opaque)
 * @dpi: the resolution to record, e.g. 96 × scale
 * @out: where to write
 * @error: return location for an error
 *
 * Returns: %TRUE when the whole PNG was written
 */
gboolean
qs_png_write (cairo_surface_t  *image,
              double            dpi,
              GOutputStream    *out,
              GError          **error)
{
  static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
  /* zlib header: deflate, 32 KiB window, fastest; then the bands; then the
   * checksum. */
  static const guint8 zlib_header[2] = { 0x78, 0x01 };
  int width = cairo_image_surface_get_width (image);
  int height = cairo_image_surface_get_height (image);
  gsize row_len = (gsize) width * 3 + 1;
  Band bands[MAX_BANDS] = { { 0 } };
  GThread *threads[MAX_BANDS] = { NULL };
  guint n_bands;
  guint8 ihdr[13], phys[9], trailer[4];
  guint32 per_metre = (guint32) (dpi / 0.0254 + 0.5);
  uLong adler;
  gboolean ok = TRUE;

  if (width <= 0 || height <= 0 || cairo_surface_status (image) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, "an image of no pixels");
      return FALSE;
    }
  cairo_surface_flush (image);

  put32 (ihdr, (guint32) width);
  put32 (ihdr + 4, (guint32) height);
  ihdr[8] = 8;   /* bits per sample */
  ihdr[9] = 2;   /* RGB */
  ihdr[10] = ihdr[11] = ihdr[12] = 0;
  put32 (phys, per_metre);
  put32 (phys + 4, per_metre);
  phys[8] = 1;   /* metres */

  /* The bands follow from the image alone, so that a chart gives the same
   * file on every machine. */
  n_bands = (guint) CLAMP (row_len * height / MIN_BAND_BYTES, 1, MAX_BANDS);
  for (guint b = 0; b < n_bands; b++)
    {
      bands[b].pixels = cairo_image_surface_get_data (image);
      bands[b].stride = cairo_image_surface_get_stride (image);
      bands[b].width = width;
      bands[b].first_row = (int) ((gint64) height * b / n_bands);
      bands[b].end_row = (int) ((gint64) height * (b + 1) / n_bands);
      bands[b].last = b == n_bands - 1;
    }
  /* The first band on this thread; without a thread a band runs here too. */
  for (guint b = 1; b < n_bands; b++)
    threads[b] = g_thread_try_new ("qs-png", compress_band, &bands[b], NULL);
  compress_band (&bands[0]);
  for (guint b = 1; b < n_bands; b++)
    {
      if (threads[b])
        g_thread_join (threads[b]);
      else
        compress_band (&bands[b]);
    }

  adler = bands[0].adler;
  for (guint b = 0; b < n_bands; b++)
    {
      ok &= bands[b].ok;
      if (b > 0)
        adler = adler32_combine (adler, bands[b].adler,
                                 (z_off_t) (row_len * (gsize) (bands[b].end_row - bands[b].first_row)));
    }
  put32 (trailer, (guint32) adler);
  if (!ok)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "zlib");

  ok = ok &&
       g_output_stream_write_all (out, signature, sizeof signature, NULL, NULL, error) &&
       write_chunk (out, "IHDR", ihdr, sizeof ihdr, error) &&
       write_chunk (out, "pHYs", phys, sizeof phys, error);
  if (ok)
    {
      /* The zlib stream, header to checksum, in IDAT chunks. */
      g_autofree Idat *idat = g_new (Idat, 1);

      idat->out = out;
      idat->len = 0;
      ok = idat_append (idat, zlib_header, sizeof zlib_header, error);
      for (guint b = 0; b < n_bands && ok; b++)
        ok = idat_append (idat, bands[b].out, bands[b].out_len, error);
      ok = ok && idat_append (idat, trailer, sizeof trailer, error) && idat_finish (idat, error);
    }
  for (guint b = 0; b < n_bands; b++)
    g_free (bands[b].out);
  return ok && write_chunk (out, "IEND", NULL, 0, error);
}

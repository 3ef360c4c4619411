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
 */

#define CHUNK_OUT (256 * 1024)

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
  int width = cairo_image_surface_get_width (image);
  int height = cairo_image_surface_get_height (image);
  int stride = cairo_image_surface_get_stride (image);
  const guint8 *pixels;
  g_autofree guint8 *row = g_malloc ((gsize) width * 3 + 1);
  g_autofree guint8 *buffer = g_malloc (CHUNK_OUT);
  guint8 ihdr[13], phys[9];
  z_stream z = { 0 };
  gboolean ok = TRUE;
  guint32 per_metre = (guint32) (dpi / 0.0254 + 0.5);

  cairo_surface_flush (image);
  pixels = cairo_image_surface_get_data (image);

  put32 (ihdr, (guint32) width);
  put32 (ihdr + 4, (guint32) height);
  ihdr[8] = 8;   /* bits per sample */
  ihdr[9] = 2;   /* RGB */
  ihdr[10] = ihdr[11] = ihdr[12] = 0;
  put32 (phys, per_metre);
  put32 (phys + 4, per_metre);
  phys[8] = 1;   /* metres */

  if (!g_output_stream_write_all (out, signature, sizeof signature, NULL, NULL, error) ||
      !write_chunk (out, "IHDR", ihdr, sizeof ihdr, error) ||
      !write_chunk (out, "pHYs", phys, sizeof phys, error))
    return FALSE;

  if (deflateInit2 (&z, 1, Z_DEFLATED, 15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "zlib");
      return FALSE;
    }
  z.next_out = buffer;
  z.avail_out = CHUNK_OUT;

  for (int y = 0; y <= height && ok; y++)
    {
      int flush = y == height ? Z_FINISH : Z_NO_FLUSH;

      if (y < height)
        {
          const guint32 *src = (const guint32 *) (const void *) (pixels + (gsize) y * stride);
          guint8 *dst = row;

          /* Filter type 0 (none), then RGB from cairo's native-endian xRGB. */
          *dst++ = 0;
          for (int x = 0; x < width; x++)
            {
              guint32 p = src[x];
              *dst++ = p >> 16;
              *dst++ = p >> 8;
              *dst++ = p;
            }
          z.next_in = row;
          z.avail_in = (uInt) (width * 3 + 1);
        }
      else
        {
          z.next_in = NULL;
          z.avail_in = 0;
        }

      for (;;)
        {
          int status = deflate (&z, flush);

          if (status == Z_STREAM_ERROR)
            {
              g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "zlib");
              ok = FALSE;
              break;
            }
          if (z.avail_out == 0 || (status == Z_STREAM_END && z.avail_out < CHUNK_OUT))
            {
              ok = write_chunk (out, "IDAT", buffer, CHUNK_OUT - z.avail_out, error);
              z.next_out = buffer;
              z.avail_out = CHUNK_OUT;
              if (!ok)
                break;
            }
          if (status == Z_STREAM_END || (flush == Z_NO_FLUSH && z.avail_in == 0 && z.avail_out > 0))
            break;
        }
    }
  deflateEnd (&z);
  return ok && write_chunk (out, "IEND", NULL, 0, error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Exports: PDF text is real, searchable and in embedded fonts; SVG is
 * well-formed XML; PNG has the scaled size; CSV is exactly the data shown. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <zlib.h>

#include "qs-chart-catalog.h"
#include "qs-chart-export.h"
#include "qs-dataset-loader.h"
#include "qs-font-preload.h"
#include "qs-png-writer.h"

static QsDataset *demo;
static char *tmpdir;

static char *
export (const char     *id,
        const char     *locale,
        QsExportFormat  format,
        double          scale)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QsChart) chart = qs_chart_catalog_build (demo, id, locale, &error);
  g_autofree char *name = g_strdup_printf ("%s-%s.%s", id, locale, qs_export_format_extension (format));
  char *path = g_build_filename (tmpdir, name, NULL);

  g_assert_no_error (error);
  g_assert_true (qs_chart_export_file (chart, path, format, 1280, 720, scale, &error));
  g_assert_no_error (error);
  return path;
}

static char *
run (const char *const *argv,
     int                *status)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     &out, NULL, &wait_status, &error))
    return NULL;
  *status = g_spawn_check_wait_status (wait_status, NULL) ? 0 : 1;
  return out;
}

static void
test_pdf_text_and_fonts (void)
{
  g_autofree char *path = export ("air.pm25_annual.trend", "zh_CN", QS_EXPORT_PDF, 1);
  const char *text_argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  const char *fonts_argv[] = { "pdffonts", path, NULL };
  g_autofree char *text = NULL;
  g_autofree char *fonts = NULL;
  g_auto(GStrv) lines = NULL;
  int status = -1;

  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  text = run (text_argv, &status);
  g_assert_nonnull (text);
  g_assert_cmpint (status, ==, 0);
  /* Title, axis labels and the demo mark, as text. */
  g_assert_nonnull (strstr (text, "PM2.5年平均浓度"));
  g_assert_nonnull (strstr (text, "2025年"));
  g_assert_nonnull (strstr (text, "演示数据"));
  g_assert_nonnull (strstr (text, "二级标准"));

  fonts = run (fonts_argv, &status);
  g_assert_nonnull (fonts);
  g_assert_cmpint (status, ==, 0);
  lines = g_strsplit (fonts, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 3);
  /* pdffonts: two header lines, then one line per font; counted from the
   * end, the columns are emb, sub, uni, object, ID. */
  for (guint i = 2; lines[i] && *lines[i]; i++)
    {
      g_auto(GStrv) cols = g_strsplit_set (lines[i], " ", -1);
      g_autoptr(GPtrArray) words = g_ptr_array_new ();

      for (guint c = 0; cols[c]; c++)
        if (*cols[c])
          g_ptr_array_add (words, cols[c]);
      g_assert_cmpuint (words->len, >=, 6);
      g_test_message ("font: %s", lines[i]);
      g_assert_cmpstr (words->pdata[words->len - 5], ==, "yes");
    }
  g_assert_nonnull (strstr (fonts, "NotoSansCJK"));
}

static void
test_svg_well_formed (void)
{
  g_autofree char *path = export ("water.class_composition.stacked", "zh_TW", QS_EXPORT_SVG, 1);
  g_autofree char *contents = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  static const GMarkupParser parser = { NULL };

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, NULL, NULL);
  /* Skip the XML declaration, which GMarkup does not take. */
  {
    const char *start = strstr (contents, "<svg");
    g_assert_true (g_markup_parse_context_parse (context, start, -1, &error));
    g_assert_true (g_markup_parse_context_end_parse (context, &error));
  }
  g_assert_no_error (error);
}

static void
test_png_scale (void)
{
  g_autofree char *path = export ("air.pm25_annual.map", "en", QS_EXPORT_PNG, 2);
  cairo_surface_t *image = cairo_image_surface_create_from_png (path);

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 2560);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 1440);
  cairo_surface_destroy (image);
}

/* Checks a PNG's chunks and inflates its image data with zlib, which
 * verifies the Adler-32 checksum that libpng does not; returns the size of
 * the filtered image data. */
static gsize
inflate_png (const guint8 *png,
             gsize         len)
{
  g_autoptr(GByteArray) idat = g_byte_array_new ();
  g_autofree guint8 *raw = NULL;
  gsize pos = 8;
  uLongf out_len;
  int status;

  g_assert_cmpmem (png, 8, "\x89PNG\r\n\x1a\n", 8);
  while (pos + 12 <= len)
    {
      guint32 n, crc;

      memcpy (&n, png + pos, 4);
      n = GUINT32_FROM_BE (n);
      g_assert_cmpuint (pos + 12 + n, <=, len);
      memcpy (&crc, png + pos + 8 + n, 4);
      g_assert_cmpuint (crc32 (0, png + pos + 4, n + 4), ==, GUINT32_FROM_BE (crc));
      if (memcmp (png + pos + 4, "IDAT", 4) == 0)
        g_byte_array_append (idat, png + pos + 8, n);
      pos += 12 + n;
    }
  g_assert_cmpuint (pos, ==, len);
  out_len = 64 << 20;
  raw = g_malloc (out_len);
  status = uncompress (raw, &out_len, idat->data, idat->len);
  g_assert_cmpint (status, ==, Z_OK);
  return out_len;
}

/* The PNG writer is lossless: reading the file back gives the pixels drawn,
 * whether the image is compressed as one band or as several at once. */
typedef struct
{
  int width;
  int height;
} Size;

static const Size lossless_sizes[] = { { 900, 500 }, { 1920, 1080 }, { 1001, 3001 } };

static void
test_png_lossless (gconstpointer data)
{
  const Size *size = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(QsChart) chart = qs_chart_catalog_build (demo, "air.aqi_calendar.360100.2025", "zh_CN", &error);
  cairo_surface_t *drawn = cairo_image_surface_create (CAIRO_FORMAT_RGB24, size->width, size->height);
  cairo_t *cr = cairo_create (drawn);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autofree char *path = g_build_filename (tmpdir, "lossless.png", NULL);
  cairo_surface_t *back;
  int differ = 0;

  qs_chart_draw (chart, cr, size->width, size->height);
  cairo_destroy (cr);
  g_assert_true (qs_png_write (drawn, 96, out, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (out, NULL, NULL));
  g_assert_true (g_file_set_contents (path, g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                                      (gssize) g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out)), NULL));
  g_assert_cmpuint (inflate_png (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out)),
                                 g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (out))),
                    ==, (gsize) size->height * (size->width * 3 + 1));
  back = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (back), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (back), ==, size->width);
  g_assert_cmpint (cairo_image_surface_get_height (back), ==, size->height);
  for (int y = 0; y < size->height; y++)
    {
      const guint32 *a = (const guint32 *) (void *) (cairo_image_surface_get_data (drawn) + y * cairo_image_surface_get_stride (drawn));
      const guint32 *b = (const guint32 *) (void *) (cairo_image_surface_get_data (back) + y * cairo_image_surface_get_stride (back));
      for (int x = 0; x < size->width; x++)
        differ += (a[x] & 0xFFFFFF) != (b[x] & 0xFFFFFF);
    }
  g_assert_cmpint (differ, ==, 0);
  cairo_surface_destroy (back);
  cairo_surface_destroy (drawn);
}

static void
test_csv_trend (void)
{
  g_autofree char *path = export ("air.pm25_annual.trend", "zh_CN", QS_EXPORT_CSV, 1);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  lines = g_strsplit (contents + 3, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==, "时期,江西省 (µg/m³),江西省 状态");
  g_assert_cmpstr (lines[1], ==, "2020,30.0,正式");
  g_assert_cmpstr (lines[2], ==, "2021,28.0,示意");
  g_assert_cmpstr (lines[6], ==, "2025,27.4,正式");
  g_assert_cmpstr (lines[7], ==, "");
}

static void
test_csv_ranking_english (void)
{
  g_autofree char *path = export ("air.pm25_annual.ranking", "en", QS_EXPORT_CSV, 1);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents + 3, "\r\n", -1);
  g_assert_cmpstr (lines[0], ==, "Region,Value (µg/m³),Status");
  g_assert_cmpuint (g_strv_length (lines), ==, 13);
  g_assert_true (g_str_has_prefix (lines[1], "Nanchang,"));
}

/* A formula-like text is not run by a spreadsheet. */
static void
test_csv_formula_guard (void)
{
  g_autoptr(QsChart) chart = qs_chart_new (QS_CHART_RANKING);
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  const char *data;

  qs_chart_set_locale (chart, "en");
  qs_chart_add_item (chart, "=HYPERLINK(\"x\")", 1, QS_STATUS_FINAL);
  qs_chart_add_item (chart, "a,b", 2, QS_STATUS_FINAL);
  g_assert_true (qs_chart_write_csv (chart, out, &error));
  g_assert_true (g_output_stream_write_all (out, "", 1, NULL, NULL, &error));
  data = g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (out));
  g_assert_nonnull (strstr (data, "\"'=HYPERLINK(\"\"x\"\")\",1.0,final\r\n"));
  g_assert_nonnull (strstr (data, "\"a,b\",2.0,final\r\n"));
}

/* A failed export leaves no file, and an earlier file as it was. */
static void
test_failed_export_keeps_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QsChart) chart = qs_chart_catalog_build (demo, "air.pm25_annual.trend", "en", &error);
  g_autofree char *blocker = g_build_filename (tmpdir, "not-a-folder", NULL);
  g_autofree char *target = g_build_filename (blocker, "chart.png", NULL);

  g_assert_true (g_file_set_contents (blocker, "x", 1, NULL));
  g_assert_false (qs_chart_export_file (chart, target, QS_EXPORT_PNG, 640, 360, 1, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "nothing was changed"));
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
}

/* An image wider than cairo can make is an error, and no file. */
static void
test_image_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QsChart) chart = qs_chart_catalog_build (demo, "air.pm25_annual.trend", "en", &error);
  g_autofree char *target = g_build_filename (tmpdir, "huge.png", NULL);

  g_assert_false (qs_chart_export_file (chart, target, QS_EXPORT_PNG, 8000, 100, 5, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_nonnull (strstr (error->message, "40000 × 500"));
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
}

static cairo_surface_t *
draw_trend (void)
{
  g_autoptr(QsChart) chart = qs_chart_catalog_build (demo, "air.pm25_annual.trend", "zh_CN", NULL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1280, 720);
  cairo_t *cr = cairo_create (surface);

  qs_chart_draw (chart, cr, 1280, 720);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* The fonts set up on another thread are the ones this thread then draws
 * with, and the chart comes out pixel for pixel as without them. */
static void
test_font_preload (void)
{
  cairo_surface_t *before = draw_trend (), *after;
  PangoFontMap *old_map = pango_cairo_font_map_get_default ();
  QsFontPreload *preload = qs_font_preload_start ("zh_CN", "light", 1280, 720, 1);
  gsize size = (gsize) cairo_image_surface_get_stride (before) * 720;

  qs_font_preload_finish (preload);
  g_assert_true (pango_cairo_font_map_get_default () != old_map);
  after = draw_trend ();
  g_assert_true (memcmp (cairo_image_surface_get_data (before), cairo_image_surface_get_data (after), size) == 0);
  cairo_surface_destroy (before);
  cairo_surface_destroy (after);
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *path = g_build_filename (g_getenv ("QINGSHAN_DATADIR"), "demo", "jiangxi.json", NULL);
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  demo = qs_dataset_loader_load_path (path, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  tmpdir = g_dir_make_tmp ("qs-export-XXXXXX", NULL);

  g_test_add_func ("/export/pdf-text-and-fonts", test_pdf_text_and_fonts);
  g_test_add_func ("/export/svg-well-formed", test_svg_well_formed);
  g_test_add_func ("/export/png-scale", test_png_scale);
  for (guint i = 0; i < G_N_ELEMENTS (lossless_sizes); i++)
    {
      g_autofree char *name = g_strdup_printf ("/export/png-lossless/%dx%d", lossless_sizes[i].width,
                                               lossless_sizes[i].height);
      g_test_add_data_func (name, &lossless_sizes[i], test_png_lossless);
    }
  g_test_add_func ("/export/csv-trend", test_csv_trend);
  g_test_add_func ("/export/csv-ranking-english", test_csv_ranking_english);
  g_test_add_func ("/export/csv-formula-guard", test_csv_formula_guard);
  g_test_add_func ("/export/failed-export-keeps-file", test_failed_export_keeps_file);
  g_test_add_func ("/export/image-too-large", test_image_too_large);
  g_test_add_func ("/export/font-preload", test_font_preload);
  status = g_test_run ();

  remove_tree (tmpdir);
  g_free (tmpdir);
  g_object_unref (demo);
  return status;
}

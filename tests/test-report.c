/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Briefing reports: one page per visible slide between a title page and a
 * sources page, real searchable text in embedded fonts, and no file at all
 * when the write fails. The PDF checks use poppler-utils when installed. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "qs-chart-catalog.h"
#include "qs-dataset-loader.h"
#include "qs-deck.h"
#include "qs-report.h"

static QsDataset *demo;
static char *tmpdir;

static GStrv
chart_ids (QsDataset  *dataset,
           const char *locale)
{
  g_autoptr(GPtrArray) entries = qs_chart_catalog_list (dataset, locale);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (ids, g_strdup (((QsChartEntry *) entries->pdata[i])->id));
  g_ptr_array_add (ids, NULL);
  return (GStrv) g_ptr_array_free (ids, FALSE);
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

static gboolean
have_poppler (void)
{
  static const char *const tools[] = { "pdfinfo", "pdftotext", "pdffonts" };

  for (guint i = 0; i < G_N_ELEMENTS (tools); i++)
    {
      g_autofree char *path = g_find_program_in_path (tools[i]);
      if (path == NULL)
        {
          g_test_skip ("pdfinfo, pdftotext and pdffonts (poppler-utils) are not installed");
          return FALSE;
        }
    }
  return TRUE;
}

static guint
page_count (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = NULL;
  g_auto(GStrv) lines = NULL;
  int status = -1;

  info = run (argv, &status);
  g_assert_nonnull (info);
  g_assert_cmpint (status, ==, 0);
  lines = g_strsplit (info, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    if (g_str_has_prefix (lines[i], "Pages:"))
      return (guint) g_ascii_strtoull (lines[i] + strlen ("Pages:"), NULL, 10);
  g_assert_not_reached ();
  return 0;
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  int status = -1;
  char *text = run (argv, &status);

  g_assert_nonnull (text);
  g_assert_cmpint (status, ==, 0);
  return text;
}

static char *
pdf_info (const char *path)
{
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", path, NULL };
  int status = -1;
  char *text = run (argv, &status);

  g_assert_nonnull (text);
  g_assert_cmpint (status, ==, 0);
  return text;
}

static void
assert_fonts_embedded (const char *path)
{
  const char *argv[] = { "pdffonts", path, NULL };
  g_autofree char *fonts = NULL;
  g_auto(GStrv) lines = NULL;
  int status = -1;
  guint n = 0;

  fonts = run (argv, &status);
  g_assert_nonnull (fonts);
  g_assert_cmpint (status, ==, 0);
  lines = g_strsplit (fonts, "\n", -1);
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
      g_assert_cmpstr (words->pdata[words->len - 5], ==, "yes");
      n++;
    }
  g_assert_cmpuint (n, >, 0);
  g_assert_nonnull (strstr (fonts, "NotoSansCJK"));
}

/* The shortest source title, which no line break can split in the text. */
static const char *
short_source_title (const char *locale)
{
  GPtrArray *sources = qs_dataset_get_sources (demo);
  const char *best = NULL;

  for (guint i = 0; i < sources->len; i++)
    {
      const char *title = qs_text_get (((QsSource *) sources->pdata[i])->title, locale);
      if (best == NULL || g_utf8_strlen (title, -1) < g_utf8_strlen (best, -1))
        best = title;
    }
  g_assert_nonnull (best);
  return best;
}

/* Slide numbers "3 / 12", which pdftotext may give with or without spaces. */
static gboolean
has_number (const char *text,
            guint       n,
            guint       of)
{
  g_autofree char *spaced = g_strdup_printf ("%u / %u", n, of);
  g_autofree char *tight = g_strdup_printf ("%u/%u", n, of);

  return strstr (text, spaced) != NULL || strstr (text, tight) != NULL;
}

static void
test_report_zh_cn (void)
{
  g_auto(GStrv) ids = chart_ids (demo, "zh_CN");
  g_autoptr(QsDeck) deck = qs_deck_new_default ((const char *const *) ids);
  g_autoptr(QsText) title = qs_text_new_plain ("空气质量持续改善");
  g_autoptr(QsText) takeaway = qs_text_new ();
  g_autoptr(QsText) hidden_title = qs_text_new_plain ("不应出现的隐藏页");
  g_autoptr(QsSlide) unknown = qs_slide_new_chart ("air.no_such.trend");
  g_autofree char *path = g_build_filename (tmpdir, "briefing-zh_CN.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autoptr(GError) error = NULL;
  guint visible;

  qs_text_add (takeaway, "zh_CN", "PM2.5年均浓度较2020年下降，优良天数比率保持高位");
  qs_text_add (takeaway, "en", "PM2.5 is down on 2020");
  qs_slide_set_title (qs_deck_get_slide (deck, 1), title);
  qs_slide_set_takeaway (qs_deck_get_slide (deck, 1), takeaway);
  qs_slide_set_title (qs_deck_get_slide (deck, 2), hidden_title);
  qs_slide_set_hidden (qs_deck_get_slide (deck, 2), TRUE);
  qs_deck_append (deck, unknown);
  visible = qs_deck_get_n_visible (deck);
  g_assert_cmpuint (visible, ==, g_list_model_get_n_items (G_LIST_MODEL (deck)) - 1);

  g_assert_true (qs_report_write_pdf (demo, deck, "zh_CN", path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  if (!have_poppler ())
    return;

  /* A title page, one page per visible slide, and the sources. */
  g_assert_cmpuint (page_count (path), ==, 2 + visible);

  text = pdf_text (path);
  g_assert_nonnull (strstr (text, qs_text_get (qs_dataset_get_title (demo), "zh_CN")));
  g_assert_nonnull (strstr (text, "空气质量持续改善"));
  g_assert_nonnull (strstr (text, "PM2.5年均浓度较2020年下降，优良天数比率保持高位"));
  g_assert_null (strstr (text, "PM2.5 is down on 2020"));
  g_assert_null (strstr (text, "不应出现的隐藏页"));
  g_assert_nonnull (strstr (text, "演示数据"));
  g_assert_nonnull (strstr (text, "数据来源"));
  g_assert_nonnull (strstr (text, short_source_title ("zh_CN")));
  /* The KPI page, a chart's own words, slide numbers and the missing chart. */
  g_assert_nonnull (strstr (text, "主要指标"));
  g_assert_nonnull (strstr (text, "27.4"));
  g_assert_nonnull (strstr (text, "设区市排名"));
  g_assert_true (has_number (text, 1, visible));
  g_assert_true (has_number (text, visible, visible));
  g_assert_nonnull (strstr (text, "air.no_such.trend"));

  info = pdf_info (path);
  g_assert_nonnull (strstr (info, "江西省生态环境指标"));
  g_assert_nonnull (strstr (info, "Qingshan"));
  g_assert_nonnull (strstr (info, "960 x 540 pts"));

  assert_fonts_embedded (path);
}

static void
test_report_english_deck_file (void)
{
  /* A deck as staff would save it, read back and reported in English. */
  static const char deck_text[] =
    "{\"format\": \"qingshan-briefing\", \"version\": 1, \"dataset\": \"jiangxi.json\", \"slides\": [\n"
    " {\"kind\": \"kpis\", \"indicators\": [\"air.pm25_annual\", \"rural_sewage.treatment_rate\", \"nothing\"],\n"
    "  \"title\": {\"zh_CN\": \"主要指标\", \"en\": \"Headline figures\"}, \"takeaway\": \"All targets <met> & more\"},\n"
    " {\"kind\": \"chart\", \"chart\": \"water.class_composition.stacked\", \"hidden\": true},\n"
    " {\"kind\": \"chart\", \"chart\": \"rural_sewage.treatment_rate.ranking\"}\n"
    "]}\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (deck_text, strlen (deck_text));
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDeck) deck = qs_deck_load_bytes (bytes, "jiangxi.briefing.json", NULL, &error);
  g_autofree char *path = g_build_filename (tmpdir, "briefing-en.pdf", NULL);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_true (qs_report_write_pdf (demo, deck, "en", path, &error));
  g_assert_no_error (error);
  if (!have_poppler ())
    return;
  g_assert_cmpuint (page_count (path), ==, 4);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, qs_text_get (qs_dataset_get_title (demo), "en")));
  g_assert_nonnull (strstr (text, "Headline figures"));
  /* Deck text is plain text, never markup. */
  g_assert_nonnull (strstr (text, "All targets <met> & more"));
  g_assert_nonnull (strstr (text, "DEMO DATA"));
  g_assert_nonnull (strstr (text, "Sources"));
  g_assert_nonnull (strstr (text, "Prepared"));
  g_assert_nonnull (strstr (text, short_source_title ("en")));
  g_assert_true (has_number (text, 1, 2));
  g_assert_true (has_number (text, 2, 2));
  g_assert_false (has_number (text, 3, 3));
  assert_fonts_embedded (path);
}

static void
test_report_zh_tw (void)
{
  g_auto(GStrv) ids = chart_ids (demo, "zh_TW");
  g_autoptr(QsDeck) deck = qs_deck_new_default ((const char *const *) ids);
  g_autofree char *path = g_build_filename (tmpdir, "briefing-zh_TW.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  /* Only the KPI page: the Traditional words of the report's own. */
  while (g_list_model_get_n_items (G_LIST_MODEL (deck)) > 1)
    qs_deck_remove (deck, 1);
  g_assert_true (qs_report_write_pdf (demo, deck, "zh_TW", path, &error));
  g_assert_no_error (error);
  if (!have_poppler ())
    return;
  g_assert_cmpuint (page_count (path), ==, 3);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "主要指標"));
  g_assert_nonnull (strstr (text, "資料來源"));
  g_assert_nonnull (strstr (text, "示範資料"));
}

/* A failed write leaves no file; one that fails later leaves the old file. */
static void
test_failed_write (void)
{
  g_auto(GStrv) ids = chart_ids (demo, "zh_CN");
  g_autoptr(QsDeck) deck = qs_deck_new_default ((const char *const *) ids);
  g_autoptr(GError) error = NULL;
  g_autofree char *blocker = g_build_filename (tmpdir, "not-a-folder", NULL);
  g_autofree char *target = g_build_filename (blocker, "briefing.pdf", NULL);

  g_assert_true (g_file_set_contents (blocker, "x", 1, NULL));
  g_assert_false (qs_report_write_pdf (demo, deck, "zh_CN", target, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "nothing was changed"));
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  g_unlink (blocker);
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
  /* The report's date is fixed for a reproducible file. */
  g_setenv ("SOURCE_DATE_EPOCH", "1767225600", TRUE);
  demo = qs_dataset_loader_load_path (path, NULL, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  tmpdir = g_dir_make_tmp ("qs-report-XXXXXX", NULL);

  g_test_add_func ("/report/zh-cn", test_report_zh_cn);
  g_test_add_func ("/report/english-deck-file", test_report_english_deck_file);
  g_test_add_func ("/report/zh-tw", test_report_zh_tw);
  g_test_add_func ("/report/failed-write", test_failed_write);
  status = g_test_run ();

  remove_tree (tmpdir);
  g_free (tmpdir);
  g_object_unref (demo);
  return status;
}

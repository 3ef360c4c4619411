/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Briefing decks: the default deck from a dataset's chart ids, the file
 * format byte for byte, bad files with their exact messages, hidden slides,
 * reordering, and the warnings of a deck checked against a dataset. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "qs-deck.h"

static char *tmpdir;

/* The chart ids of a dataset like the demo one, in the catalog's order. */
static const char *const demo_ids[] = {
  "air.pm25_annual.trend", "air.pm25_annual.bars", "air.pm25_annual.cities", "air.pm25_annual.ranking",
  "air.pm25_annual.map", "air.pm25_annual.gauge", "air.pm25_annual.sparkline",
  "air.good_days_ratio.trend", "air.good_days_ratio.ranking", "air.good_days_ratio.map",
  "air.good_days_ratio.gauge", "air.good_days_ratio.sparkline",
  "air.cities_grade2.trend", "air.cities_grade2.sparkline",
  "water.national_good_ratio.trend", "water.national_good_ratio.ranking", "water.national_good_ratio.map",
  "water.national_good_ratio.gauge", "water.national_good_ratio.sparkline",
  "water.class_composition.stacked",
  "rural_sewage.treatment_rate.trend", "rural_sewage.treatment_rate.ranking", "rural_sewage.treatment_rate.map",
  "rural_sewage.treatment_rate.gauge", "rural_sewage.treatment_rate.sparkline",
  "other.public_satisfaction.trend", "other.public_satisfaction.sparkline",
  "air.derived_good_days_ratio.trend", "air.derived_good_days_ratio.sparkline",
  "air.derived_aqi_days.stacked", "air.derived_aqi_days.stacked-percent",
  "water.derived_class_composition.stacked",
  "air.daily_aqi.360100", "air.aqi_calendar.360100.2025", "air.aqi_calendar.360100.2026",
  "air.daily_aqi.360200", "air.aqi_calendar.360200.2025", "air.aqi_calendar.360200.2027",
  NULL
};

/* One line per slide: "-" or "h" (hidden), the kind, the chart or indicators. */
static char *
describe (QsDeck *deck)
{
  GString *s = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (deck));

  for (guint i = 0; i < n; i++)
    {
      QsSlide *slide = qs_deck_get_slide (deck, i);
      const char *const *indicators = qs_slide_get_indicators (slide);

      g_string_append_printf (s, "%s %s", qs_slide_get_hidden (slide) ? "h" : "-",
                              qs_slide_kind_to_string (qs_slide_get_kind (slide)));
      if (qs_slide_get_kind (slide) == QS_SLIDE_CHART)
        g_string_append_printf (s, " %s", qs_slide_get_chart_id (slide));
      else if (indicators)
        {
          g_autofree char *list = g_strjoinv (",", (char **) indicators);
          g_string_append_printf (s, " %s", list);
        }
      g_string_append_c (s, '\n');
    }
  return g_string_free (s, FALSE);
}

static void
test_default_deck (void)
{
  g_autoptr(QsDeck) deck = qs_deck_new_default (demo_ids);
  g_autoptr(QsDeck) again = qs_deck_new_default (demo_ids);
  g_autofree char *text = describe (deck);

  g_assert_cmpstr (text, ==,
                   "- kpis air.pm25_annual,air.good_days_ratio,water.national_good_ratio,rural_sewage.treatment_rate\n"
                   "- chart air.pm25_annual.trend\n"
                   "- chart air.good_days_ratio.trend\n"
                   "- chart air.pm25_annual.ranking\n"
                   "- chart air.pm25_annual.map\n"
                   "- chart air.aqi_calendar.360100.2026\n"
                   "- chart water.national_good_ratio.trend\n"
                   "- chart water.class_composition.stacked\n"
                   "- chart rural_sewage.treatment_rate.trend\n");
  /* Staff write titles and takeaways; the default deck has none. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (deck)); i++)
    {
      g_assert_null (qs_slide_get_title (qs_deck_get_slide (deck, i)));
      g_assert_null (qs_slide_get_takeaway (qs_deck_get_slide (deck, i)));
    }
  g_assert_cmpuint (qs_deck_get_n_visible (deck), ==, 9);
  g_assert_true (qs_deck_equal (deck, again));
}

static void
test_default_deck_skips_missing (void)
{
  /* No ranking, map, composition or calendar: only what exists. */
  static const char *const ids[] = {
    "air.pm25_annual.trend", "air.pm25_annual.gauge", "water.national_good_ratio.trend",
    "water.national_good_ratio.gauge", NULL
  };
  /* No targets: the first published trend of each view. */
  static const char *const no_targets[] = {
    "air.cities_grade2.trend", "air.derived_pm25_annual.trend", "air.pm25_annual.trend",
    "rural_sewage.villages_improved.trend", "other.public_satisfaction.trend", NULL
  };
  /* A plain CSV file: its one indicator. */
  static const char *const csv[] = { "csv.pm25.trend", "csv.pm25.bars", "csv.pm25.sparkline", NULL };
  static const char *const none[] = { NULL };
  g_autoptr(QsDeck) deck = qs_deck_new_default (ids);
  g_autoptr(QsDeck) deck2 = qs_deck_new_default (no_targets);
  g_autoptr(QsDeck) deck3 = qs_deck_new_default (csv);
  g_autoptr(QsDeck) deck4 = qs_deck_new_default (none);
  g_autofree char *text = describe (deck);
  g_autofree char *text2 = describe (deck2);
  g_autofree char *text3 = describe (deck3);
  g_autofree char *text4 = describe (deck4);

  g_assert_cmpstr (text, ==,
                   "- kpis air.pm25_annual,water.national_good_ratio\n"
                   "- chart air.pm25_annual.trend\n"
                   "- chart water.national_good_ratio.trend\n");
  g_assert_cmpstr (text2, ==,
                   "- kpis air.cities_grade2,rural_sewage.villages_improved\n"
                   "- chart air.cities_grade2.trend\n"
                   "- chart rural_sewage.villages_improved.trend\n");
  g_assert_cmpstr (text3, ==, "- kpis csv.pm25\n- chart csv.pm25.trend\n");
  g_assert_cmpstr (text4, ==, "");
}

static QsDeck *
sample_deck (void)
{
  static const char *const kpis[] = { "air.pm25_annual", "water.national_good_ratio", NULL };
  QsDeck *deck = qs_deck_new ();
  g_autoptr(QsSlide) s0 = qs_slide_new_kpis (kpis);
  g_autoptr(QsSlide) s1 = qs_slide_new_chart ("air.pm25_annual.trend");
  g_autoptr(QsSlide) s2 = qs_slide_new_chart ("water.class_composition.stacked");
  g_autoptr(QsSlide) s3 = qs_slide_new_kpis (NULL);
  g_autoptr(QsText) title = qs_text_new ();
  g_autoptr(QsText) plain = qs_text_new_plain ("“十四五”目标全面完成");
  g_autoptr(QsText) takeaway = qs_text_new_plain ("PM2.5 down 10% since 2020 — <b>\"best\"</b> & \\ ok");
  g_autoptr(QsText) takeaway2 = qs_text_new ();

  qs_deck_set_dataset (deck, "/somewhere/jiangxi.json");
  qs_text_add (title, "zh_CN", "空气质量持续改善");
  qs_text_add (title, "en", "Air keeps getting cleaner");
  qs_text_add (takeaway2, "zh_TW", "水質優良比例創新高");
  qs_slide_set_title (s0, plain);
  qs_slide_set_title (s1, title);
  qs_slide_set_takeaway (s1, takeaway);
  qs_slide_set_takeaway (s2, takeaway2);
  qs_slide_set_hidden (s2, TRUE);
  qs_deck_append (deck, s0);
  qs_deck_append (deck, s1);
  qs_deck_append (deck, s2);
  qs_deck_append (deck, s3);
  return deck;
}

static const char sample_text[] =
  "{\n"
  "  \"format\": \"qingshan-briefing\",\n"
  "  \"version\": 1,\n"
  "  \"dataset\": \"jiangxi.json\",\n"
  "  \"slides\": [\n"
  "    {\n"
  "      \"kind\": \"kpis\",\n"
  "      \"indicators\": [\n"
  "        \"air.pm25_annual\",\n"
  "        \"water.national_good_ratio\"\n"
  "      ],\n"
  "      \"title\": \"“十四五”目标全面完成\",\n"
  "      \"hidden\": false\n"
  "    },\n"
  "    {\n"
  "      \"kind\": \"chart\",\n"
  "      \"chart\": \"air.pm25_annual.trend\",\n"
  "      \"title\": {\n"
  "        \"zh_CN\": \"空气质量持续改善\",\n"
  "        \"en\": \"Air keeps getting cleaner\"\n"
  "      },\n"
  "      \"takeaway\": \"PM2.5 down 10% since 2020 — <b>\\\"best\\\"</b> & \\\\ ok\",\n"
  "      \"hidden\": false\n"
  "    },\n"
  "    {\n"
  "      \"kind\": \"chart\",\n"
  "      \"chart\": \"water.class_composition.stacked\",\n"
  "      \"takeaway\": {\n"
  "        \"zh_TW\": \"水質優良比例創新高\"\n"
  "      },\n"
  "      \"hidden\": true\n"
  "    },\n"
  "    {\n"
  "      \"kind\": \"kpis\",\n"
  "      \"hidden\": false\n"
  "    }\n"
  "  ]\n"
  "}\n";

static char *
read_file (const char *path,
           gsize      *len)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, len, NULL));
  return contents;
}

static void
test_round_trip (void)
{
  g_autoptr(QsDeck) deck = sample_deck ();
  g_autoptr(QsDeck) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *first = g_build_filename (tmpdir, "first.briefing.json", NULL);
  g_autofree char *second = g_build_filename (tmpdir, "second.briefing.json", NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  gsize a_len, b_len;

  g_assert_true (qs_deck_save (deck, first, &error));
  g_assert_no_error (error);
  a = read_file (first, &a_len);
  g_assert_cmpstr (a, ==, sample_text);

  loaded = qs_deck_load_path (first, &problems, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_true (qs_deck_equal (deck, loaded));
  g_assert_cmpstr (qs_text_get (qs_slide_get_title (qs_deck_get_slide (loaded, 1)), "en"), ==,
                   "Air keeps getting cleaner");

  /* Reopened and saved again: the same bytes. */
  g_assert_true (qs_deck_save (loaded, second, &error));
  g_assert_no_error (error);
  b = read_file (second, &b_len);
  g_assert_cmpuint (a_len, ==, b_len);
  g_assert_true (memcmp (a, b, a_len) == 0);
  /* No temporary or backup file is left beside them. */
  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;
    while ((name = g_dir_read_name (dir)))
      g_assert_false (name[0] == '.' || g_str_has_suffix (name, "~"));
  }
}

static void
test_round_trip_default (void)
{
  g_autoptr(QsDeck) deck = qs_deck_new_default (demo_ids);
  g_autofree char *text = qs_deck_to_string (deck);
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDeck) loaded = qs_deck_load_bytes (bytes, "default.briefing.json", NULL, &error);
  g_autofree char *again = NULL;

  g_assert_no_error (error);
  g_assert_true (qs_deck_equal (deck, loaded));
  again = qs_deck_to_string (loaded);
  g_assert_cmpstr (text, ==, again);
  /* A byte-order mark is accepted on reading, and not written. */
  {
    g_autofree char *bom = g_strconcat ("\xEF\xBB\xBF", text, NULL);
    g_autoptr(GBytes) bom_bytes = g_bytes_new (bom, strlen (bom));
    g_autoptr(QsDeck) with_bom = qs_deck_load_bytes (bom_bytes, "bom.briefing.json", NULL, &error);
    g_autofree char *out = NULL;

    g_assert_no_error (error);
    out = qs_deck_to_string (with_bom);
    g_assert_cmpstr (out, ==, text);
  }
}

static char *
problems_text (GPtrArray *problems)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; problems && i < problems->len; i++)
    {
      g_autofree char *line = qs_problem_to_string (problems->pdata[i]);
      g_string_append_printf (s, "%s\n", line);
    }
  return g_string_free (s, FALSE);
}

static const struct
{
  const char *text;
  const char *expected;
} bad_decks[] = {
  { "",
    "d.json:1:1: the file is empty\n" },
  { "[1, 2]",
    "d.json: the file must hold one JSON object with “format”: “qingshan-briefing”\n" },
  { "{\"format\": \"qingshan-dataset\", \"version\": 1, \"slides\": []}",
    "d.json: format: “qingshan-dataset” is not a Qingshan briefing (expected “qingshan-briefing”)\n" },
  { "{\"version\": 1, \"slides\": []}",
    "d.json: missing required key “format”\n" },
  { "{\"format\": \"qingshan-briefing\", \"version\": 2, \"slides\": []}",
    "d.json: version: version 2 is not supported; this Qingshan reads version 1\n" },
  { "{\"format\": \"qingshan-briefing\", \"version\": \"1\", \"slides\": []}",
    "d.json: version: must be a number, not a text\n" },
  { "{\"format\": \"qingshan-briefing\", \"version\": 1}",
    "d.json: missing required key “slides”\n" },
  { "{\"format\": \"qingshan-briefing\", \"version\": 1, \"slides\": {}, \"notes\": 1, \"dataset\": \"a/b.json\"}",
    "d.json: notes: unknown key (allowed here: format, version, dataset, slides)\n"
    "d.json: dataset: must be a file name, without a folder\n"
    "d.json: slides: must be a list, not an object\n" },
  { "{\"format\": \"qingshan-briefing\", \"version\": 1, \"slides\": [\n"
    "  3,\n"
    "  {\"chart\": \"air.pm25_annual.trend\"},\n"
    "  {\"kind\": \"table\"},\n"
    "  {\"kind\": \"chart\"},\n"
    "  {\"kind\": \"chart\", \"chart\": \"\", \"hidden\": \"no\"},\n"
    "  {\"kind\": \"chart\", \"chart\": \"a.trend\", \"indicators\": [\"a\"]},\n"
    "  {\"kind\": \"kpis\", \"chart\": \"a.trend\", \"indicators\": []},\n"
    "  {\"kind\": \"kpis\", \"indicators\": [\"a\", 1, \"\", \"a\"]},\n"
    "  {\"kind\": \"chart\", \"chart\": \"a.trend\", \"title\": \"two\\nlines\", \"takeaway\": 5},\n"
    "  {\"kind\": \"chart\", \"chart\": \"a.trend\", \"title\": {}, \"takeaway\": {\"english\": \"x\", \"en\": \"\"}}\n"
    "]}",
    "d.json: slides[0]: must be an object, not a number\n"
    "d.json: slides[1]: missing required key “kind”\n"
    "d.json: slides[2].kind: “table” is not a kind of slide (use chart or kpis)\n"
    "d.json: slides[3]: missing required key “chart”\n"
    "d.json: slides[4].chart: must not be empty\n"
    "d.json: slides[4].hidden: must be true or false, not a text\n"
    "d.json: slides[5].indicators: unknown key (allowed here: kind, chart, title, takeaway, hidden)\n"
    "d.json: slides[6].chart: unknown key (allowed here: kind, indicators, title, takeaway, hidden)\n"
    "d.json: slides[6].indicators: must list at least one indicator (leave “indicators” out for the "
    "headline indicators)\n"
    "d.json: slides[7].indicators[1]: must be a text, not a number\n"
    "d.json: slides[7].indicators[2]: must not be empty\n"
    "d.json: slides[7].indicators[3]: “a” is listed twice\n"
    "d.json: slides[8].title: must be one line, without line breaks\n"
    "d.json: slides[8].takeaway: must be a text or an object of texts by locale, not a number\n"
    "d.json: slides[9].title: must contain at least one locale\n"
    "d.json: slides[9].takeaway.english: “english” is not a locale (use zh_CN, zh_TW, en …)\n"
    "d.json: slides[9].takeaway.en: must not be empty\n" },
  { "{\"format\": \"qingshan-briefing\",\n \"version\": 1,\n \"slides\": [,]}",
    NULL /* a syntax error: the guard's message, with line and column */ },
};

static void
test_bad_decks (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_decks); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (bad_decks[i].text, strlen (bad_decks[i].text));
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(QsDeck) deck = qs_deck_load_bytes (bytes, "d.json", &problems, &error);
      g_autofree char *text = problems_text (problems);

      g_test_message ("bad deck %u:\n%s", i, text);
      g_assert_null (deck);
      g_assert_error (error, QS_DECK_ERROR, QS_DECK_ERROR_INVALID);
      g_assert_nonnull (problems);
      g_assert_cmpuint (problems->len, >, 0);
      if (bad_decks[i].expected)
        g_assert_cmpstr (text, ==, bad_decks[i].expected);
      else
        g_assert_true (g_str_has_prefix (text, "d.json:3:13: "));
      /* The error names the first problem and how many more there are. */
      g_assert_true (g_str_has_prefix (error->message, ((QsProblem *) problems->pdata[0])->file));
      if (problems->len > 1)
        g_assert_nonnull (strstr (error->message, "more problem"));
    }
}

static void
test_load_path_errors (void)
{
  g_autofree char *missing = g_build_filename (tmpdir, "missing.briefing.json", NULL);
  g_autofree char *large = g_build_filename (tmpdir, "large.briefing.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(QsDeck) deck = NULL;
  g_autofree char *big = g_malloc (QS_DECK_MAX_FILE_SIZE + 2);

  deck = qs_deck_load_path (missing, &problems, &error);
  g_assert_null (deck);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  deck = qs_deck_load_path (tmpdir, &problems, &error);
  g_assert_null (deck);
  g_assert_error (error, QS_DECK_ERROR, QS_DECK_ERROR_IO);
  g_assert_true (g_str_has_suffix (error->message, ": is a folder, not a file"));
  g_clear_error (&error);

  memset (big, ' ', QS_DECK_MAX_FILE_SIZE + 1);
  big[QS_DECK_MAX_FILE_SIZE + 1] = '\0';
  g_assert_true (g_file_set_contents (large, big, -1, NULL));
  deck = qs_deck_load_path (large, &problems, &error);
  g_assert_null (deck);
  g_assert_error (error, QS_DECK_ERROR, QS_DECK_ERROR_INVALID);
  g_assert_true (g_str_has_suffix (error->message, ": the file is larger than 4 MiB"));
  g_assert_cmpuint (problems->len, ==, 1);
  g_unlink (large);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
count_changed (QsDeck *deck,
               guint  *count)
{
  (*count)++;
}

static void
test_hidden (void)
{
  g_autoptr(QsDeck) deck = sample_deck ();
  QsSlide *slide = qs_deck_get_slide (deck, 1);
  g_autofree char *text = NULL;
  guint notified = 0, changed = 0;

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (deck)), ==, 4);
  g_assert_cmpuint (qs_deck_get_n_visible (deck), ==, 3);

  g_signal_connect (slide, "notify::hidden", G_CALLBACK (count_notify), &notified);
  g_signal_connect (deck, "changed", G_CALLBACK (count_changed), &changed);
  qs_slide_set_hidden (slide, TRUE);
  qs_slide_set_hidden (slide, TRUE);
  g_object_set (slide, "hidden", TRUE, NULL);
  /* Explicit notification: once, for the one real change. */
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_cmpuint (qs_deck_get_n_visible (deck), ==, 2);

  text = describe (deck);
  g_assert_cmpstr (text, ==,
                   "- kpis air.pm25_annual,water.national_good_ratio\n"
                   "h chart air.pm25_annual.trend\n"
                   "h chart water.class_composition.stacked\n"
                   "- kpis\n");

  /* Setting an equal text, or the same indicators, notifies nothing. */
  {
    g_autoptr(QsText) same = qs_text_new ();
    static const char *const kpis[] = { "air.pm25_annual", "water.national_good_ratio", NULL };
    guint title_notified = 0;

    qs_text_add (same, "zh_CN", "空气质量持续改善");
    qs_text_add (same, "en", "Air keeps getting cleaner");
    g_signal_connect (slide, "notify::title", G_CALLBACK (count_notify), &title_notified);
    qs_slide_set_title (slide, same);
    qs_slide_set_indicators (qs_deck_get_slide (deck, 0), kpis);
    g_assert_cmpuint (title_notified, ==, 0);
    g_assert_cmpuint (changed, ==, 1);
    qs_slide_set_title (slide, NULL);
    g_assert_cmpuint (title_notified, ==, 1);
    g_assert_cmpuint (changed, ==, 2);
  }

  /* Hidden slides are saved, as hidden. */
  {
    g_autofree char *saved = qs_deck_to_string (deck);
    g_autoptr(GBytes) bytes = g_bytes_new (saved, strlen (saved));
    g_autoptr(GError) error = NULL;
    g_autoptr(QsDeck) loaded = qs_deck_load_bytes (bytes, "h.json", NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (qs_deck_get_n_visible (loaded), ==, 2);
    g_assert_true (qs_slide_get_hidden (qs_deck_get_slide (loaded, 1)));
  }
}

typedef struct
{
  guint position, removed, added, calls;
} ItemsChanged;

static void
on_items_changed (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *record)
{
  record->position = position;
  record->removed = removed;
  record->added = added;
  record->calls++;
}

static void
test_reorder (void)
{
  g_autoptr(QsDeck) deck = qs_deck_new_default (demo_ids);
  g_autoptr(QsSlide) extra = qs_slide_new_chart ("other.public_satisfaction.trend");
  g_autoptr(QsSlide) held = NULL;
  ItemsChanged record = { 0 };
  g_autofree char *text = NULL;
  g_autofree char *text2 = NULL;

  g_signal_connect (deck, "items-changed", G_CALLBACK (on_items_changed), &record);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (deck)) == QS_TYPE_SLIDE);

  /* The calendar moves to the front of the charts. */
  qs_deck_move (deck, 5, 1);
  g_assert_cmpuint (record.calls, ==, 1);
  g_assert_cmpuint (record.position, ==, 1);
  g_assert_cmpuint (record.removed, ==, 5);
  g_assert_cmpuint (record.added, ==, 5);
  /* And the KPI page to the end. */
  qs_deck_move (deck, 0, 8);
  g_assert_cmpuint (record.position, ==, 0);
  g_assert_cmpuint (record.removed, ==, 9);
  qs_deck_move (deck, 3, 3);
  g_assert_cmpuint (record.calls, ==, 2);

  held = g_list_model_get_item (G_LIST_MODEL (deck), 2);
  qs_deck_remove (deck, 2);
  g_assert_cmpuint (record.position, ==, 2);
  g_assert_cmpuint (record.removed, ==, 1);
  g_assert_cmpuint (record.added, ==, 0);
  qs_deck_insert (deck, 0, extra);
  g_assert_cmpuint (record.position, ==, 0);
  g_assert_cmpuint (record.added, ==, 1);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (deck), 9));

  text = describe (deck);
  g_assert_cmpstr (text, ==,
                   "- chart other.public_satisfaction.trend\n"
                   "- chart air.aqi_calendar.360100.2026\n"
                   "- chart air.pm25_annual.trend\n"
                   "- chart air.pm25_annual.ranking\n"
                   "- chart air.pm25_annual.map\n"
                   "- chart water.national_good_ratio.trend\n"
                   "- chart water.class_composition.stacked\n"
                   "- chart rural_sewage.treatment_rate.trend\n"
                   "- kpis air.pm25_annual,air.good_days_ratio,water.national_good_ratio,rural_sewage.treatment_rate\n");
  g_assert_cmpstr (qs_slide_get_chart_id (held), ==, "air.good_days_ratio.trend");

  /* The new order is what is saved and read back. */
  {
    g_autofree char *saved = qs_deck_to_string (deck);
    g_autoptr(GBytes) bytes = g_bytes_new (saved, strlen (saved));
    g_autoptr(QsDeck) loaded = qs_deck_load_bytes (bytes, "r.json", NULL, NULL);

    text2 = describe (loaded);
    g_assert_cmpstr (text, ==, text2);
  }
}

static void
test_check (void)
{
  g_autoptr(QsDeck) deck = sample_deck ();
  g_autoptr(QsSlide) unknown = qs_slide_new_chart ("air.no_such.trend");
  static const char *const many[] = { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", NULL };
  g_autoptr(QsSlide) crowded = qs_slide_new_kpis (many);
  g_autoptr(GPtrArray) warnings = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autofree char *text = NULL;

  qs_deck_append (deck, unknown);
  qs_deck_insert (deck, 0, crowded);
  qs_slide_set_indicators (qs_deck_get_slide (deck, 1), (const char *const[]) { "air.pm25_annual", "air.nothing",
                                                                                NULL });
  warnings = qs_deck_check (deck, "jiangxi.briefing.json", "/data/other.json", demo_ids);
  text = problems_text (warnings);
  g_assert_cmpstr (text, ==,
                   "jiangxi.briefing.json: dataset: this briefing was made for “jiangxi.json”, not for “other.json”\n"
                   "jiangxi.briefing.json: slides[0].indicators[0]: the dataset has no indicator “a” with values; "
                   "its card is left out\n"
                   "jiangxi.briefing.json: slides[0].indicators[1]: the dataset has no indicator “b” with values; "
                   "its card is left out\n"
                   "jiangxi.briefing.json: slides[0].indicators[2]: the dataset has no indicator “c” with values; "
                   "its card is left out\n"
                   "jiangxi.briefing.json: slides[0].indicators[3]: the dataset has no indicator “d” with values; "
                   "its card is left out\n"
                   "jiangxi.briefing.json: slides[0].indicators[4]: the dataset has no indicator “e” with values; "
                   "its card is left out\n"
                   "jiangxi.briefing.json: slides[0].indicators[5]: the dataset has no indicator “f” with values; "
                   "its card is left out\n"
                   "jiangxi.briefing.json: slides[0].indicators[6]: the dataset has no indicator “g” with values; "
                   "its card is left out\n"
                   "jiangxi.briefing.json: slides[0].indicators[7]: the dataset has no indicator “h” with values; "
                   "its card is left out\n"
                   "jiangxi.briefing.json: slides[0].indicators[8]: the dataset has no indicator “i” with values; "
                   "its card is left out\n"
                   "jiangxi.briefing.json: slides[0].indicators[9]: the dataset has no indicator “j” with values; "
                   "its card is left out\n"
                   "jiangxi.briefing.json: slides[0].indicators[10]: the dataset has no indicator “k” with values; "
                   "its card is left out\n"
                   "jiangxi.briefing.json: slides[0].indicators[11]: the dataset has no indicator “l” with values; "
                   "its card is left out\n"
                   "jiangxi.briefing.json: slides[0].indicators[12]: the dataset has no indicator “m” with values; "
                   "its card is left out\n"
                   "jiangxi.briefing.json: slides[0].indicators: a page holds 12 cards; the rest are left out\n"
                   "jiangxi.briefing.json: slides[1].indicators[1]: the dataset has no indicator “air.nothing” "
                   "with values; its card is left out\n"
                   "jiangxi.briefing.json: slides[5].chart: the dataset has no chart “air.no_such.trend”; the slide "
                   "is kept, and its page says so\n");

  /* The unknown chart is kept: saved and read back. */
  {
    g_autofree char *saved = qs_deck_to_string (deck);
    g_assert_nonnull (strstr (saved, "\"chart\": \"air.no_such.trend\""));
  }

  /* The right dataset, and no list of ids: nothing to say. */
  qs_deck_remove (deck, 5);
  qs_deck_remove (deck, 0);
  none = qs_deck_check (deck, "jiangxi.briefing.json", "jiangxi.json", NULL);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_paths (void)
{
  static const char *const cases[][2] = {
    { "/data/jiangxi.json", "/data/jiangxi.briefing.json" },
    { "/data/pm25.csv", "/data/pm25.briefing.json" },
    { "/data/v1.2/jiangxi", "/data/v1.2/jiangxi.briefing.json" },
    { "/data/.hidden", "/data/.hidden.briefing.json" },
    { "jiangxi.json", "jiangxi.briefing.json" },
    { "./jiangxi.json", "./jiangxi.briefing.json" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = qs_deck_path_for_dataset (cases[i][0]);
      g_assert_cmpstr (path, ==, cases[i][1]);
    }
}

static void
test_failed_save (void)
{
  g_autoptr(QsDeck) deck = sample_deck ();
  g_autoptr(QsSlide) empty = qs_slide_new_kpis (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *blocker = g_build_filename (tmpdir, "not-a-folder", NULL);
  g_autofree char *target = g_build_filename (blocker, "d.briefing.json", NULL);
  g_autofree char *kept = g_build_filename (tmpdir, "kept.briefing.json", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_set_contents (blocker, "x", 1, NULL));
  g_assert_false (qs_deck_save (deck, target, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "nothing was changed"));
  g_assert_false (g_file_test (target, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* A chart slide that lost its chart is not saved over a good file. */
  g_assert_true (g_file_set_contents (kept, "old", -1, NULL));
  qs_slide_set_kind (empty, QS_SLIDE_CHART);
  qs_deck_append (deck, empty);
  g_assert_false (qs_deck_save (deck, kept, &error));
  g_assert_error (error, QS_DECK_ERROR, QS_DECK_ERROR_INVALID);
  g_assert_true (g_str_has_suffix (error->message, "slide 5 has no chart; nothing was changed"));
  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");
  g_unlink (kept);
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
  int status;

  g_test_init (&argc, &argv, NULL);
  tmpdir = g_dir_make_tmp ("qs-deck-XXXXXX", NULL);

  g_test_add_func ("/deck/default", test_default_deck);
  g_test_add_func ("/deck/default-skips-missing", test_default_deck_skips_missing);
  g_test_add_func ("/deck/round-trip", test_round_trip);
  g_test_add_func ("/deck/round-trip-default", test_round_trip_default);
  g_test_add_func ("/deck/bad-decks", test_bad_decks);
  g_test_add_func ("/deck/load-path-errors", test_load_path_errors);
  g_test_add_func ("/deck/hidden", test_hidden);
  g_test_add_func ("/deck/reorder", test_reorder);
  g_test_add_func ("/deck/check", test_check);
  g_test_add_func ("/deck/paths", test_paths);
  g_test_add_func ("/deck/failed-save", test_failed_save);
  status = g_test_run ();

  remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}

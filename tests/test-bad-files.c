/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every file in tests/data/bad/ must fail to load with exactly the problems
 * listed in the .expected file beside it; large inputs are made here. */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "qs-dataset-loader.h"
#include "qs-json-guard.h"

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

static void
test_bad_file (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", name, NULL);
  g_autofree char *stem = g_strndup (name, strrchr (name, '.') - name);
  g_autofree char *expected_name = g_strconcat (stem, ".expected", NULL);
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "data", "bad", expected_name, NULL);
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), len);

  /* Loaded under its bare name, so the expected messages name the file so. */
  dataset = qs_dataset_loader_load_bytes (bytes, name, NULL, NULL, NULL, &problems, &error);
  g_assert_null (dataset);
  g_assert_error (error, QS_LOAD_ERROR, QS_LOAD_ERROR_INVALID);
  text = problems_text (problems);
  g_assert_cmpstr (text, ==, expected);
}

static void
expect_single (const char *data,
               gsize       len,
               const char *expected)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, len);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  g_autofree char *text = NULL;

  dataset = qs_dataset_loader_load_bytes (bytes, "big.json", NULL, NULL, NULL, &problems, &error);
  g_assert_null (dataset);
  g_assert_nonnull (problems);
  text = problems_text (problems);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_deep_nesting (void)
{
  const guint depth = 100000;
  g_autoptr(GString) s = g_string_new ("{\"format\": ");

  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, ']');
  g_string_append_c (s, '}');
  /* The object is level 1, so the 64th bracket (column 12 + 63) is level 65. */
  expect_single (s->str, s->len, "big.json:1:75: the data are nested deeper than 64 levels\n");
}

static void
test_nesting_at_limit (void)
{
  g_autoptr(GString) s = g_string_new ("{\"format\": \"qingshan-dataset\", \"version\": 1, \"x-deep\": ");

  /* 63 more levels inside the top-level object: exactly at the limit. */
  for (guint i = 0; i < 63; i++)
    g_string_append_c (s, '[');
  for (guint i = 0; i < 63; i++)
    g_string_append_c (s, ']');
  g_string_append (s, "}");
  expect_single (s->str, s->len,
                 "big.json: missing required key “metadata”\n"
                 "big.json: missing required key “regions”\n"
                 "big.json: missing required key “indicators”\n");
}

static void
test_huge_string (void)
{
  const gsize n = 10 * 1024 * 1024;
  g_autoptr(GString) s = g_string_new ("{\"format\": \"qingshan-dataset\",\n \"title\": \"");

  for (gsize i = 0; i < n; i++)
    g_string_append_c (s, 'x');
  g_string_append (s, "\"}");
  expect_single (s->str, s->len, "big.json:2:11: a text is longer than 65536 characters\n");
}

static void
test_string_at_limit (void)
{
  g_autoptr(GString) s = g_string_new ("{\"format\": \"");

  for (gsize i = 0; i < 65536; i++)
    g_string_append (s, "水");
  g_string_append (s, "\"}");
  /* At the limit the guard lets it through; the loader then rejects the format. */
  {
    g_autoptr(GBytes) bytes = g_bytes_new (s->str, s->len);
    g_autoptr(GPtrArray) problems = NULL;
    g_autoptr(QsDataset) dataset = qs_dataset_loader_load_bytes (bytes, "big.json", NULL, NULL, NULL,
                                                                 &problems, NULL);
    g_assert_null (dataset);
    g_assert_cmpuint (problems->len, ==, 1);
    g_assert_true (g_str_has_suffix (((QsProblem *) problems->pdata[0])->message,
                                     "is not a Qingshan dataset (expected “qingshan-dataset”)"));
  }
  g_string_append_c (s, ' ');
  g_string_insert (s, 12, "水");
  expect_single (s->str, s->len, "big.json:1:12: a text is longer than 65536 characters\n");
}

static void
test_too_large_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("qs-bad-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QsDataset) dataset = NULL;
  FILE *f;

  /* A sparse file: its size is what is checked, before any read. */
  f = fopen (path, "w");
  g_assert_nonnull (f);
  g_assert_cmpint (fseek (f, (long) QS_JSON_MAX_FILE_SIZE + 1, SEEK_SET), ==, 0);
  fputc ('}', f);
  fclose (f);

  dataset = qs_dataset_loader_load_path (path, NULL, NULL, NULL, &problems, &error);
  g_assert_null (dataset);
  g_assert_error (error, QS_LOAD_ERROR, QS_LOAD_ERROR_TOO_LARGE);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((QsProblem *) problems->pdata[0])->message, ==, "the file is larger than 256 MiB");
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_problem_cap (void)
{
  g_autoptr(GString) s = g_string_new ("{\"format\": \"qingshan-dataset\", \"version\": 1, "
                                       "\"metadata\": {\"title\": \"t\", \"provenance\": \"demo\"}, "
                                       "\"regions\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(QsDataset) dataset = NULL;

  for (guint i = 0; i < 500; i++)
    g_string_append_printf (s, "%s{\"code\": \"bad%u\", \"name\": \"n\"}", i ? ", " : "", i);
  g_string_append (s, "], \"indicators\": []}");
  bytes = g_bytes_new (s->str, s->len);
  dataset = qs_dataset_loader_load_bytes (bytes, "many.json", NULL, NULL, NULL, &problems, NULL);
  g_assert_null (dataset);
  g_assert_cmpuint (problems->len, ==, QS_LOAD_MAX_PROBLEMS + 1);
  g_assert_cmpstr (((QsProblem *) problems->pdata[QS_LOAD_MAX_PROBLEMS])->message, ==,
                   "too many problems; only the first ones are listed");
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *dir_path = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_test_init (&argc, &argv, NULL);

  dir_path = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  dir = g_dir_open (dir_path, 0, NULL);
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)))
    if (!g_str_has_suffix (name, ".expected"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *test_path = g_strconcat ("/bad-files/", (char *) names->pdata[i], NULL);
      g_test_add_data_func (test_path, names->pdata[i], test_bad_file);
    }

  g_test_add_func ("/bad-files/generated/deep-nesting", test_deep_nesting);
  g_test_add_func ("/bad-files/generated/nesting-at-limit", test_nesting_at_limit);
  g_test_add_func ("/bad-files/generated/huge-string", test_huge_string);
  g_test_add_func ("/bad-files/generated/string-at-limit", test_string_at_limit);
  g_test_add_func ("/bad-files/generated/too-large-file", test_too_large_file);
  g_test_add_func ("/bad-files/generated/problem-cap", test_problem_cap);

  return g_test_run ();
}

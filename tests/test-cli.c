/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The headless command line: output and exit codes, with no display at all. */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

typedef struct
{
  char *out;
  char *err;
  int   status;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_qingshan (Run        *run,
              const char *first,
              ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *bin = g_getenv ("QINGSHAN_BIN");
  va_list args;
  int wait_status;

  g_assert_nonnull (bin);
  g_ptr_array_add (argv, (char *) bin);
  va_start (args, first);
  for (const char *a = first; a; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* No display: these commands must not need one. */
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_unsetenv (envp, "DBUS_SESSION_BUS_ADDRESS");

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

static char *
data_path (const char *kind,
           const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", kind, name, NULL);
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  run_qingshan (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "qingshan " PACKAGE_VERSION "\n");
}

static void
test_help (void)
{
  g_auto(Run) run = { 0 };

  run_qingshan (&run, "--help", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--validate"));
  g_assert_nonnull (strstr (run.out, "--summary"));
  g_assert_nonnull (strstr (run.out, "[FILE…]"));
}

static void
test_unknown_option (void)
{
  g_auto(Run) run = { 0 };

  run_qingshan (&run, "--frobnicate", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "Unknown option --frobnicate"));
  g_assert_nonnull (strstr (run.err, "Usage:"));
  g_assert_cmpstr (run.out, ==, "");
}

static void
test_validate_good (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *full = data_path ("good", "full.json");
  g_autofree char *csv = data_path ("good", "daily.csv");

  run_qingshan (&run, "--validate", full, csv, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, "full.json: valid\n"));
  g_assert_nonnull (strstr (run.out, "daily.csv: valid\n"));
}

static void
test_validate_bad (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("qs-cli-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *good = data_path ("good", "minimal.json");
  g_autofree char *expected = NULL;

  g_assert_true (g_file_set_contents (bad, "{\n  \"format\": \"qingshan-dataset\",\n  \"version\": 1,,\n}\n", -1, NULL));
  run_qingshan (&run, "--validate", bad, good, NULL);
  g_assert_cmpint (run.status, ==, 1);
  expected = g_strdup_printf ("%s:3:16: unexpected “,”; expected a key in double quotes\n", bad);
  g_assert_cmpstr (run.err, ==, expected);
  /* The good file is still checked and reported. */
  g_assert_nonnull (strstr (run.out, "minimal.json: valid\n"));
  g_unlink (bad);
  g_rmdir (dir);
}

static void
test_validate_paths (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("qs-cli-XXXXXX", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *expected = NULL;

  g_assert_true (g_file_set_contents (bad,
    "{\"format\": \"qingshan-dataset\", \"version\": 1, \"metadata\": {\"title\": \"t\", \"provenance\": \"demo\"},"
    " \"regions\": [{\"code\": \"360000\", \"name\": \"x\"}], \"indicators\": [{\"id\": \"air.a\", \"domain\": \"air\","
    " \"name\": \"a\", \"unit\": \"ug/m3\", \"direction\": \"neutral\", \"kind\": \"concentration\","
    " \"resolution\": \"year\", \"series\": [{\"region\": \"360000\", \"start\": \"2020\", \"values\": [1, \"2\", -3]}]}]}",
    -1, NULL));
  run_qingshan (&run, "--validate", bad, NULL);
  g_assert_cmpint (run.status, ==, 1);
  expected = g_strdup_printf ("%s: indicators[0].series[0].values[1]: must be a number or null, not a text\n"
                              "%s: indicators[0].series[0].values[2]: must not be negative (-3)\n", bad, bad);
  g_assert_cmpstr (run.err, ==, expected);
  g_unlink (bad);
  g_rmdir (dir);
}

static void
test_validate_usage (void)
{
  g_auto(Run) run = { 0 };

  run_qingshan (&run, "--validate", NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "--validate needs at least one file"));
}

static void
test_validate_missing (void)
{
  g_auto(Run) run = { 0 };

  run_qingshan (&run, "--validate", "/nonexistent/data.json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "/nonexistent/data.json: "));
}

static void
test_summary_demo (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *demo = g_build_filename (g_getenv ("QINGSHAN_DATADIR"), "demo", "jiangxi.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *indicators;
  gboolean found = FALSE;

  run_qingshan (&run, "--summary", "--locale", "zh_CN", demo, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (json_parser_load_from_data (parser, run.out, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "provenance"), ==, "demo");
  indicators = json_object_get_array_member (root, "indicators");
  for (guint i = 0; i < json_array_get_length (indicators); i++)
    {
      JsonObject *ind = json_array_get_object_element (indicators, i);
      JsonArray *regions = json_object_get_array_member (ind, "regions");
      if (g_strcmp0 (json_object_get_string_member (ind, "id"), "air.pm25_annual") != 0)
        continue;
      for (guint j = 0; j < json_array_get_length (regions); j++)
        {
          JsonObject *r = json_array_get_object_element (regions, j);
          if (g_strcmp0 (json_object_get_string_member (r, "region"), "360000") != 0)
            continue;
          g_assert_cmpstr (json_object_get_string_member (r, "region_name"), ==, "江西省");
          g_assert_cmpstr (json_object_get_string_member (r, "period"), ==, "2025");
          g_assert_cmpfloat (json_object_get_double_member (r, "value"), ==, 27.4);
          g_assert_cmpstr (json_object_get_string_member (r, "status"), ==, "final");
          found = TRUE;
        }
    }
  g_assert_true (found);
}

static void
test_summary_usage (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *a = data_path ("good", "full.json");

  run_qingshan (&run, "--summary", a, a, NULL);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "this command needs exactly one dataset file"));
}

static void
test_summary_bad (void)
{
  g_auto(Run) run = { 0 };

  run_qingshan (&run, "--summary", "/nonexistent/data.json", NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/unknown-option", test_unknown_option);
  g_test_add_func ("/cli/validate/good", test_validate_good);
  g_test_add_func ("/cli/validate/bad", test_validate_bad);
  g_test_add_func ("/cli/validate/paths", test_validate_paths);
  g_test_add_func ("/cli/validate/usage", test_validate_usage);
  g_test_add_func ("/cli/validate/missing", test_validate_missing);
  g_test_add_func ("/cli/summary/demo", test_summary_demo);
  g_test_add_func ("/cli/summary/usage", test_summary_usage);
  g_test_add_func ("/cli/summary/bad", test_summary_bad);
  return g_test_run ();
}

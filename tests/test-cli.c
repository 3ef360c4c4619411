/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The headless command line: output and exit codes, with no display at all. */

#include "config.h"

#include <string.h>
#include <signal.h>
#include <sys/resource.h>
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

static rlim_t file_size_limit;

/* In the child before exec: a small file-size limit stands in for a full
 * disk; writes past it fail with EFBIG instead of killing the process. */
static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { file_size_limit, file_size_limit };

  if (file_size_limit > 0)
    {
      signal (SIGXFSZ, SIG_IGN);
      setrlimit (RLIMIT_FSIZE, &limit);
    }
}

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

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, limit_file_size, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  run->status = WEXITSTATUS (wait_status);
}

/* Runs an export that is killed before its rename; checks it was. */
static void
run_qingshan_killed (Run        *run,
                     const char *out,
                     const char *dataset)
{
  const char *argv[] = { g_getenv ("QINGSHAN_BIN"), "--export", out, "--chart", "air.pm25_annual.trend", dataset, NULL };
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status;

  envp = g_environ_unsetenv (envp, "DISPLAY");
  g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_DEFAULT, NULL, NULL, &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFSIGNALED (wait_status));
  g_assert_cmpint (WTERMSIG (wait_status), ==, SIGKILL);
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

static char *
demo_path (void)
{
  return g_build_filename (g_getenv ("QINGSHAN_DATADIR"), "demo", "jiangxi.json", NULL);
}

static void
test_list_charts (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *demo = demo_path ();
  g_auto(GStrv) lines = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  run_qingshan (&run, "--list-charts", "--locale", "zh_CN", demo, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >, 50);
  for (guint i = 0; lines[i] && *lines[i]; i++)
    {
      char *tab = strchr (lines[i], '\t');
      g_assert_nonnull (tab);
      *tab = '\0';
      g_assert_true (g_hash_table_add (ids, lines[i]));
      g_assert_cmpstr (tab + 1, !=, "");
    }
  g_assert_true (g_hash_table_contains (ids, "air.pm25_annual.trend"));
  g_assert_true (g_hash_table_contains (ids, "water.class_composition.stacked"));
  g_assert_nonnull (strstr (run.out, "air.pm25_annual.trend\tPM2.5年平均浓度\n"));
}

static void
test_export_png (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *demo = demo_path ();
  g_autofree char *dir = g_dir_make_tmp ("qs-cli-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "trend.png", NULL);
  g_autofree char *contents = NULL;
  gsize len;

  run_qingshan (&run, "--export", out, "--chart", "air.pm25_annual.trend", "--scale", "2", "--theme", "briefing",
                "--locale", "en", demo, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_file_get_contents (out, &contents, &len, NULL));
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  g_unlink (out);
  g_rmdir (dir);
}

typedef struct
{
  const char *args[12];
  const char *message;
} UsageCase;

static const UsageCase usage_cases[] = {
  { { "--export", "x.png", "--chart", "no.such.chart", NULL }, "there is no chart “no.such.chart”" },
  { { "--export", "x.png", NULL }, "--export needs --chart ID" },
  { { "--export", "x.gif", "--chart", "air.pm25_annual.trend", NULL }, "must end in .png, .svg, .pdf or .csv" },
  { { "--export", "x.png", "--chart", "air.pm25_annual.trend", "--theme", "neon", NULL }, "unknown theme “neon”" },
  { { "--export", "x.png", "--chart", "air.pm25_annual.trend", "--width", "0", NULL }, "--width and --height" },
  { { "--export", "x.png", "--chart", "air.pm25_annual.trend", "--scale", "100", NULL }, "--scale must be" },
  { { "--export", "x.png", "--chart", "air.pm25_annual.trend", "--locale", "fr", NULL }, "unknown locale “fr”" },
  { { "--export", "x.png", "--chart", "air.pm25_annual.trend", "--width", "5000", "--height", "100", "--scale", "8",
      NULL }, "at most 32767 pixels wide and high" },
  { { "--export-all", "out", NULL }, "--export-all needs --format" },
  { { "--export-all", "out", "--format", "bmp", NULL }, "--export-all needs --format" },
  { { "--list-charts", "--summary", NULL }, "use only one of" },
  { { "--width", "abc", NULL }, "Cannot parse double value" },
};

static void
test_export_usage (gconstpointer data)
{
  const UsageCase *c = data;
  g_autofree char *demo = demo_path ();
  g_auto(Run) run = { 0 };
  const char *a[G_N_ELEMENTS (c->args) + 1] = { NULL };
  guint n = 0;

  for (; c->args[n]; n++)
    a[n] = c->args[n];
  a[n] = demo;
  run_qingshan (&run, a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], a[10], a[11], a[12], NULL);
  g_assert_cmpint (run.status, ==, 2);
  if (!strstr (run.err, c->message))
    g_error ("expected “%s” in: %s", c->message, run.err);
}

/* An export that cannot be written fails with status 1 and leaves no file. */
static void
test_export_unwritable (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *demo = demo_path ();
  g_autofree char *dir = g_dir_make_tmp ("qs-cli-XXXXXX", NULL);
  g_autofree char *blocker = g_build_filename (dir, "file", NULL);
  g_autofree char *out = g_build_filename (blocker, "chart.pdf", NULL);

  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  run_qingshan (&run, "--export", out, "--chart", "air.pm25_annual.trend", demo, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "nothing was changed"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_unlink (blocker);
  g_rmdir (dir);
}

/* A full disk mid-write: the earlier file stays byte for byte, and no
 * temporary file is left beside it. */
static void
test_export_disk_full (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *demo = demo_path ();
  g_autofree char *dir = g_dir_make_tmp ("qs-cli-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;
  guint entries = 0;

  g_assert_true (g_file_set_contents (out, "previous version", -1, NULL));
  file_size_limit = 4096;
  run_qingshan (&run, "--export", out, "--chart", "air.pm25_annual.trend", demo, NULL);
  file_size_limit = 0;
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "nothing was changed"));
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "previous version");
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing))
    entries++;
  g_assert_cmpuint (entries, ==, 1);
  g_unlink (out);
  g_rmdir (dir);
}

/* Killed between writing and renaming: the earlier file stays byte for
 * byte and no temporary file is left. */
static void
test_export_killed (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *demo = demo_path ();
  g_autofree char *dir = g_dir_make_tmp ("qs-cli-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;
  guint entries = 0;

  g_assert_true (g_file_set_contents (out, "previous version", -1, NULL));
  g_setenv ("QINGSHAN_TEST_KILL_BEFORE_RENAME", "1", TRUE);
  run_qingshan_killed (&run, out, demo);
  g_unsetenv ("QINGSHAN_TEST_KILL_BEFORE_RENAME");
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "previous version");
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing))
    entries++;
  g_assert_cmpuint (entries, ==, 1);
  g_unlink (out);
  g_rmdir (dir);
}

static void
test_export_all (void)
{
  g_auto(Run) list = { 0 };
  g_auto(Run) run = { 0 };
  g_autofree char *demo = demo_path ();
  g_autofree char *dir = g_dir_make_tmp ("qs-cli-XXXXXX", NULL);
  g_autofree char *out = g_build_filename (dir, "charts", NULL);
  g_autoptr(GDir) listing = NULL;
  g_auto(GStrv) ids = NULL;
  const char *name;
  guint files = 0;

  run_qingshan (&list, "--list-charts", demo, NULL);
  ids = g_strsplit (list.out, "\n", -1);
  run_qingshan (&run, "--export-all", out, "--format", "csv", demo, NULL);
  g_assert_cmpint (run.status, ==, 0);
  listing = g_dir_open (out, 0, NULL);
  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)))
    {
      g_autofree char *path = g_build_filename (out, name, NULL);
      g_assert_true (g_str_has_suffix (name, ".csv"));
      files++;
      g_unlink (path);
    }
  g_assert_cmpuint (files, ==, g_strv_length (ids) - 1);
  g_rmdir (out);
  g_rmdir (dir);
}

/* Opening a window loads the user interface module; one that is missing or
 * not Qingshan's is a clear error, exit status 1. */
typedef struct
{
  const char *module;
  const char *message;
} ModuleCase;

static const ModuleCase module_cases[] = {
  { "/nonexistent/libqingshan-ui.so", "cannot load the user interface" },
  { "libz.so.1", "libz.so.1 is not the user interface of Qingshan " PACKAGE_VERSION },
};

static void
test_ui_module_bad (gconstpointer data)
{
  const ModuleCase *c = data;
  g_autofree char *demo = demo_path ();
  g_auto(Run) run = { 0 };

  g_setenv ("QINGSHAN_UI_MODULE", c->module, TRUE);
  run_qingshan (&run, demo, NULL);
  g_unsetenv ("QINGSHAN_UI_MODULE");
  g_assert_cmpint (run.status, ==, 1);
  if (!strstr (run.err, c->message))
    g_error ("expected “%s” in: %s", c->message, run.err);
}

/* The program itself does not link GTK: the headless commands start without
 * it (the dynamic loader lists what it would load, and runs nothing). */
static void
test_no_toolkit (void)
{
  g_auto(Run) run = { 0 };

  g_setenv ("LD_TRACE_LOADED_OBJECTS", "1", TRUE);
  run_qingshan (&run, "--version", NULL);
  g_unsetenv ("LD_TRACE_LOADED_OBJECTS");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "libglib-2.0"));
  g_assert_null (strstr (run.out, "libgtk"));
  g_assert_null (strstr (run.out, "libadwaita"));
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
  g_test_add_func ("/cli/list-charts", test_list_charts);
  g_test_add_func ("/cli/export/png", test_export_png);
  for (guint i = 0; i < G_N_ELEMENTS (usage_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/cli/export/usage/%u", i);
      g_test_add_data_func (name, &usage_cases[i], test_export_usage);
    }
  g_test_add_func ("/cli/export/unwritable", test_export_unwritable);
  g_test_add_func ("/cli/export/disk-full", test_export_disk_full);
  g_test_add_func ("/cli/export/all", test_export_all);
  g_test_add_func ("/cli/export/killed", test_export_killed);
  for (guint i = 0; i < G_N_ELEMENTS (module_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/cli/ui-module/bad/%u", i);
      g_test_add_data_func (name, &module_cases[i], test_ui_module_bad);
    }
  g_test_add_func ("/cli/no-toolkit", test_no_toolkit);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib.h>

#include "qs-number.h"

typedef struct
{
  const char *text;
  double value;
} AcceptCase;

static const AcceptCase accept_cases[] = {
  { "0", 0.0 },
  { "-0", -0.0 },
  { "+0", 0.0 },
  { "0.0", 0.0 },
  { "-0.000", -0.0 },
  { "1", 1.0 },
  { "35.2", 35.2 },
  { "-35.2", -35.2 },
  { "+35.2", 35.2 },
  { ".5", 0.5 },
  { "5.", 5.0 },
  { "-.5", -0.5 },
  { "+.25", 0.25 },
  { "007", 7.0 },
  { "0.1", 0.1 },
  { "0.30000000000000004", 0.30000000000000004 },
  { "1e3", 1e3 },
  { "1E3", 1e3 },
  { "1e+3", 1e3 },
  { "1e-3", 1e-3 },
  { "1.5E-07", 1.5e-7 },
  { "  42  ", 42.0 },
  { "\t42\t", 42.0 },
  { " -7.25", -7.25 },
  { "1e22", 1e22 },
  { "1e23", 1e23 },
  { "12e30", 12e30 },
  { "9007199254740992", 9007199254740992.0 },
  { "9007199254740993", 9007199254740993.0 },
  { "9007199254740995", 9007199254740995.0 },
  { "1234567890123456789", 1234567890123456789.0 },
  { "12345678901234567890", 12345678901234567890.0 },
  { "123456789012345678901234567890", 123456789012345678901234567890.0 },
  { "100000000000000000000000", 1e23 },
  { "1.00000000000000000000000000000", 1.0 },
  { "0.000000000000000000000000000001", 1e-30 },
  { "0.1234567890123456789012345", 0.1234567890123456789012345 },
  { "1.7976931348623157e308", 1.7976931348623157e308 },
  { "-1.7976931348623157e308", -1.7976931348623157e308 },
  { "2.2250738585072014e-308", 2.2250738585072014e-308 },
  { "2.2250738585072011e-308", 2.2250738585072011e-308 },
  { "4.9e-324", 4.9e-324 },
  { "1e-400", 0.0 },
  { "-1e-400", -0.0 },
  { "0e999999999", 0.0 },
  { "0.0e-99999999999999999999", 0.0 },
  { "2024", 2024.0 },
  { "1e0000000000000000000000001", 10.0 },
};

static const char *const reject_cases[] = {
  "",
  " ",
  "\t",
  "+",
  "-",
  ".",
  "+.",
  "-.e1",
  "e5",
  "E5",
  "1e",
  "1e+",
  "1e-",
  "1.2.3",
  "1,000",
  "1 000",
  "1_000",
  "1'000",
  "0x10",
  "0X1p3",
  "NaN",
  "nan",
  "inf",
  "-inf",
  "Infinity",
  "1e309",
  "-1e309",
  "1.8e308",
  "1e99999999999999999999",
  "abc",
  "1a",
  "35.2 mg",
  "--1",
  "+-1",
  "-+1",
  "1e5.5",
  "1.e",
  "\xd9\xa1\xd9\xa2", /* Arabic-Indic digits */
  "\xef\xbc\x91",     /* fullwidth 1 */
  "2024-01-05",
  "12:30",
  "\n1",
  "1\n",
};

static void
test_accept (gconstpointer data)
{
  const AcceptCase *c = data;
  double value = 12345.0;
  double reference;
  g_autofree char *trimmed = g_strstrip (g_strdup (c->text));

  g_assert_true (qs_number_parse (c->text, strlen (c->text), &value));
  /* Bitwise, so that the sign of zero counts too. */
  g_assert_cmpmem (&value, sizeof value, &c->value, sizeof c->value);

  reference = g_ascii_strtod (trimmed, NULL);
  g_assert_cmpmem (&value, sizeof value, &reference, sizeof reference);

  value = 12345.0;
  g_assert_true (qs_number_parse (c->text, (gsize) -1, &value));
  g_assert_cmpmem (&value, sizeof value, &c->value, sizeof c->value);
}

static void
test_reject (gconstpointer data)
{
  const char *text = data;
  double value = 12345.0;

  g_assert_false (qs_number_parse (text, strlen (text), &value));
  g_assert_cmpfloat (value, ==, 12345.0); /* untouched */
  g_assert_false (qs_number_parse (text, (gsize) -1, &value));
}

static void
test_length (void)
{
  double value = 0;
  const char nul_inside[] = { '1', '\0', '2' };

  /* Only len bytes count; the text need not be NUL-terminated. */
  g_assert_true (qs_number_parse ("35.2,17", 4, &value));
  g_assert_cmpfloat (value, ==, 35.2);
  g_assert_true (qs_number_parse ("1234", 2, &value));
  g_assert_cmpfloat (value, ==, 12.0);
  g_assert_true (qs_number_parse ("1e5", 1, &value));
  g_assert_cmpfloat (value, ==, 1.0);
  g_assert_false (qs_number_parse ("1e5", 2, &value));
  g_assert_false (qs_number_parse ("35.2", 0, &value));
  g_assert_false (qs_number_parse (NULL, 0, &value));
  g_assert_false (qs_number_parse (nul_inside, sizeof nul_inside, &value));
  g_assert_true (qs_number_parse (nul_inside, 1, &value));
  g_assert_cmpfloat (value, ==, 1.0);
}

static void
test_long_input (void)
{
  GString *s = g_string_new ("0.");
  double value = 0, reference;
  guint i;

  /* Long enough to need the heap copy in the slow path. */
  for (i = 0; i < 500; i++)
    g_string_append_c (s, (char) ('0' + i % 10));
  g_assert_true (qs_number_parse (s->str, s->len, &value));
  reference = g_ascii_strtod (s->str, NULL);
  g_assert_cmpmem (&value, sizeof value, &reference, sizeof reference);

  g_string_append (s, "x");
  g_assert_false (qs_number_parse (s->str, s->len, &value));

  g_string_free (s, TRUE);
}

static void
append_digits (GString *s,
               GRand   *rand,
               guint    n)
{
  guint i;

  for (i = 0; i < n; i++)
    g_string_append_c (s, (char) ('0' + g_rand_int_range (rand, 0, 10)));
}

/* A random decimal in the accepted grammar, biased towards what the
 * boundaries of the fast path and of the double range look like. */
static void
random_decimal (GString *s,
                GRand   *rand)
{
  guint n_int, n_frac;
  guint shape = (guint) g_rand_int_range (rand, 0, 4);

  g_string_truncate (s, 0);

  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      g_string_append_c (s, '-');
      break;
    case 1:
      g_string_append_c (s, '+');
      break;
    default:
      break;
    }

  if (shape == 0)
    {
      /* Short, measurement-like: 35.2, 0.0041 */
      n_int = (guint) g_rand_int_range (rand, 0, 5);
      n_frac = (guint) g_rand_int_range (rand, 0, 5);
    }
  else if (shape == 1)
    {
      /* Around the 15..20 significant digit limits */
      n_int = (guint) g_rand_int_range (rand, 0, 21);
      n_frac = (guint) g_rand_int_range (rand, 0, 21);
    }
  else
    {
      n_int = (guint) g_rand_int_range (rand, 0, 30);
      n_frac = (guint) g_rand_int_range (rand, 0, 30);
    }
  if (n_int == 0 && n_frac == 0)
    n_int = 1;

  if (g_rand_int_range (rand, 0, 8) == 0)
    g_string_append (s, "000");
  append_digits (s, rand, n_int);
  if (n_frac > 0 || g_rand_int_range (rand, 0, 10) == 0)
    {
      g_string_append_c (s, '.');
      if (g_rand_int_range (rand, 0, 4) == 0)
        g_string_append (s, "000000");
      append_digits (s, rand, n_frac);
    }

  if (shape >= 2)
    {
      int e;

      if (shape == 2)
        e = g_rand_int_range (rand, -40, 41);
      else
        e = g_rand_int_range (rand, -360, 340);
      g_string_append_printf (s, "%c%s%d",
                              g_rand_boolean (rand) ? 'e' : 'E',
                              e >= 0 && g_rand_boolean (rand) ? "+" : "",
                              e);
    }
}

static void
check_against_strtod (const char *text,
                      gsize       len)
{
  double value = 0, reference;
  gboolean ok;
  char *end = NULL;

  reference = g_ascii_strtod (text, &end);
  g_assert_true (end == text + len);
  ok = qs_number_parse (text, len, &value);

  if (isinf (reference))
    {
      if (ok)
        g_error ("accepted out-of-range %s", text);
      return;
    }
  if (!ok)
    g_error ("rejected %s", text);
  if (memcmp (&value, &reference, sizeof value) != 0)
    g_error ("%s: got %.17g, g_ascii_strtod says %.17g", text, value, reference);
}

static void
test_random_strings (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240105);
  GString *s = g_string_new (NULL);
  guint n = g_test_thorough () ? 2000000 : 200000;
  guint i;

  for (i = 0; i < n; i++)
    {
      random_decimal (s, rand);
      check_against_strtod (s->str, s->len);
    }

  g_string_free (s, TRUE);
}

static void
test_random_doubles (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  static const char *const formats[] = { "%.17g", "%.15g", "%.6g", "%.1f", "%.3f", "%.10e" };
  guint i;

  /* Values printed the way other programs write them. */
  for (i = 0; i < 100000; i++)
    {
      double v;
      const char *format = formats[i % G_N_ELEMENTS (formats)];

      if (i % 3 == 0)
        {
          guint64 bits = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);

          memcpy (&v, &bits, sizeof v);
          if (!isfinite (v))
            continue;
          if (format[2] == 'f' || format[3] == 'f')
            format = "%.17g"; /* %f of 1e300 is huge but fine; keep it short */
        }
      else
        {
          v = g_rand_double_range (rand, -1000.0, 1000.0);
        }

      g_ascii_formatd (buf, sizeof buf, format, v);
      check_against_strtod (buf, strlen (buf));
    }
}

int
main (int   argc,
      char *argv[])
{
  guint i;

  g_test_init (&argc, &argv, NULL);

  for (i = 0; i < G_N_ELEMENTS (accept_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/number/accept/%u", i);

      g_test_add_data_func (path, &accept_cases[i], test_accept);
    }
  for (i = 0; i < G_N_ELEMENTS (reject_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/number/reject/%u", i);

      g_test_add_data_func (path, reject_cases[i], test_reject);
    }
  g_test_add_func ("/number/length", test_length);
  g_test_add_func ("/number/long-input", test_long_input);
  g_test_add_func ("/number/random-strings", test_random_strings);
  g_test_add_func ("/number/random-doubles", test_random_doubles);

  return g_test_run ();
}

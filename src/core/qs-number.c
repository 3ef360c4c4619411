/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "qs-number.h"

#include <float.h>
#include <math.h>
#include <string.h>

/* Clinger's fast path is only correctly rounded when double arithmetic is
 * done in double precision (SSE2, aarch64…), not on x87 extended precision. */
#if defined(FLT_EVAL_METHOD) && FLT_EVAL_METHOD == 0
#define QS_NUMBER_FAST_PATH 1
#else
#define QS_NUMBER_FAST_PATH 0
#endif

#define MAX_EXACT_MANTISSA (G_GUINT64_CONSTANT (1) << 53)
#define MAX_SIG_DIGITS 19 /* always fit in a guint64 */

#if QS_NUMBER_FAST_PATH
/* Every one of these is exactly representable as a double. */
static const double exact_powers_of_ten[] = {
  1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
  1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

static const guint64 int_powers_of_ten[] = {
  G_GUINT64_CONSTANT (1),
  G_GUINT64_CONSTANT (10),
  G_GUINT64_CONSTANT (100),
  G_GUINT64_CONSTANT (1000),
  G_GUINT64_CONSTANT (10000),
  G_GUINT64_CONSTANT (100000),
  G_GUINT64_CONSTANT (1000000),
  G_GUINT64_CONSTANT (10000000),
  G_GUINT64_CONSTANT (100000000),
  G_GUINT64_CONSTANT (1000000000),
  G_GUINT64_CONSTANT (10000000000),
  G_GUINT64_CONSTANT (100000000000),
  G_GUINT64_CONSTANT (1000000000000),
  G_GUINT64_CONSTANT (10000000000000),
  G_GUINT64_CONSTANT (100000000000000),
  G_GUINT64_CONSTANT (1000000000000000),
};
#endif

static inline gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

static inline gboolean
is_digit (char c)
{
  return (guint) (c - '0') < 10;
}

/* The exact but slow way, for inputs the fast path cannot do exactly.  The
 * grammar has been checked already, so only range remains to be checked. */
static gboolean
parse_slow (const char *start,
            gsize       len,
            double     *out)
{
  char stack_buf[64];
  g_autofree char *heap_buf = NULL;
  char *buf;
  char *endptr = NULL;
  double value;

  if (len < sizeof stack_buf)
    {
      memcpy (stack_buf, start, len);
      stack_buf[len] = '\0';
      buf = stack_buf;
    }
  else
    {
      heap_buf = g_strndup (start, len);
      buf = heap_buf;
    }

  value = g_ascii_strtod (buf, &endptr);
  if (endptr != buf + len || isinf (value) || isnan (value))
    return FALSE;

  *out = value;
  return TRUE;
}

/**
 * qs_number_parse:
 * @str: the text; need not be NUL-terminated
 * @len: length of @str in bytes, or -1 if @str is NUL-terminated
 * @out: (out): return location for the value
 *
 * Parses a plain decimal number such as `35.2`, `-0.5`, `+12` or `1.5e-3`,
 * with optional spaces or tabs around it.  Hexadecimal, `NaN`, `inf`,
 * thousands separators, empty text and trailing garbage are rejected, as are
 * numbers too large for a double.  Numbers too small for a double become 0
 * or the nearest subnormal, like g_ascii_strtod() does.
 *
 * The result is correctly rounded: identical to g_ascii_strtod().
 *
 * Returns: %TRUE if @str is a number; @out is not touched otherwise
 */
gboolean
qs_number_parse (const char *str,
                 gsize       len,
                 double     *out)
{
  const char *p;
  const char *end;
  const char *start;
  const char *digits;
  const char *sig;
  guint64 mantissa = 0;
  gint64 exp10 = 0;
  gsize n_sig;
  gsize n_digits;
  gboolean negative = FALSE;

  g_return_val_if_fail (str != NULL || len == 0, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (len == (gsize) -1)
    len = strlen (str);
  if (len == 0)
    return FALSE;

  p = str;
  end = str + len;
  while (p < end && is_blank (*p))
    p++;
  while (end > p && is_blank (end[-1]))
    end--;
  start = p;

  if (p < end && (*p == '+' || *p == '-'))
    {
      negative = (*p == '-');
      p++;
    }

  /* Integer part.  Leading zeros are not significant.  With more than 19
   * significant digits the mantissa wraps, but then the slow path is taken
   * and only the grammar matters here. */
  digits = p;
  while (p < end && *p == '0')
    p++;
  sig = p;
  for (; p < end && is_digit (*p); p++)
    mantissa = mantissa * 10 + (guint) (*p - '0');
  n_sig = (gsize) (p - sig);
  n_digits = (gsize) (p - digits);

  if (p < end && *p == '.')
    {
      const char *frac = ++p;

      /* In 0.0041 the zeros after the point only scale the value. */
      if (n_sig == 0)
        while (p < end && *p == '0')
          p++;
      sig = p;
      for (; p < end && is_digit (*p); p++)
        mantissa = mantissa * 10 + (guint) (*p - '0');
      n_sig += (gsize) (p - sig);
      n_digits += (gsize) (p - frac);
      exp10 = -(gint64) (p - frac);
    }

  if (n_digits == 0)
    return FALSE;

  if (p < end && (*p == 'e' || *p == 'E'))
    {
      gint64 e = 0;
      gboolean e_negative = FALSE;

      p++;
      if (p < end && (*p == '+' || *p == '-'))
        {
          e_negative = (*p == '-');
          p++;
        }
      if (p >= end || !is_digit (*p))
        return FALSE;
      for (; p < end && is_digit (*p); p++)
        {
          /* Saturate: anything this large is out of range either way. */
          if (e < 1000000)
            e = e * 10 + (*p - '0');
        }
      exp10 += e_negative ? -e : e;
    }

  if (p != end)
    return FALSE;

  if (n_sig == 0)
    {
      *out = negative ? -0.0 : 0.0;
      return TRUE;
    }

#if QS_NUMBER_FAST_PATH
  /* Clinger: an exact integer times or divided by an exact power of ten
   * is a single correctly rounded IEEE operation. */
  if (n_sig <= MAX_SIG_DIGITS && mantissa <= MAX_EXACT_MANTISSA)
    {
      double value = (double) mantissa;
      gboolean done = FALSE;

      if (exp10 >= 0 && exp10 <= 22)
        {
          value *= exact_powers_of_ten[exp10];
          done = TRUE;
        }
      else if (exp10 < 0 && exp10 >= -22)
        {
          value /= exact_powers_of_ten[-exp10];
          done = TRUE;
        }
      else if (exp10 > 22 && exp10 <= 22 + 15)
        {
          /* e.g. 12e30: move some of the exponent into the mantissa while
           * it stays exact. */
          guint64 scale = int_powers_of_ten[exp10 - 22];

          if (mantissa <= MAX_EXACT_MANTISSA / scale)
            {
              value = (double) (mantissa * scale) * 1e22;
              done = TRUE;
            }
        }

      if (done)
        {
          *out = negative ? -value : value;
          return TRUE;
        }
    }
#endif

  return parse_slow (start, (gsize) (end - start), out);
}

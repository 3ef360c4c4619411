/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "qs-json-guard.h"

/*
 * A strict, non-recursive JSON syntax check that runs before json-glib sees
 * the text. json-glib builds its tree recursively (100 000 nested brackets
 * overflow the stack), keeps huge strings, silently wraps integers beyond
 * 64 bits, and reports a truncated file as "unexpected number". This pass
 * stops all of that with messages that say where and what, in one linear
 * scan; only text it accepts is handed to json-glib.
 */

typedef struct
{
  const guchar *start;
  const guchar *p;
  const guchar *end;
  guint         line;
  guint         column;   /* of *p, in characters */
  guint        *out_line;
  guint        *out_column;
  char        **message;
} Scan;

typedef struct
{
  guchar        bracket;
  guint         line;
  guint         column;
  /* For arrays: whether every element so far is a number or null. */
  gboolean      numeric;
  guint         count;
  const guchar *start;
  /* For objects: the keys seen so far, to catch one given twice (json-glib
   * would silently keep the last). Made on the second key. */
  GHashTable   *keys;
  const guchar *first_key;
  gsize         first_key_len;
} Open;

static gboolean fail (Scan *s, const char *format, ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (Scan       *s,
      const char *format,
      ...)
{
  va_list args;

  *s->out_line = s->line;
  *s->out_column = s->column;
  va_start (args, format);
  *s->message = g_strdup_vprintf (format, args);
  va_end (args);
  return FALSE;
}

static void
advance (Scan *s)
{
  if (*s->p == '\n')
    {
      s->line++;
      s->column = 1;
    }
  else if ((*s->p & 0xC0) != 0x80)
    s->column++;
  s->p++;
}

static void
skip_space (Scan *s)
{
  while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\n' || *s->p == '\r'))
    advance (s);
}

/* Names the character at the scan position for a message. */
static char *
describe_here (Scan *s)
{
  gunichar c;

  if (s->p >= s->end)
    return g_strdup (_("the end of the file"));
  c = g_utf8_get_char ((const char *) s->p);
  if (c < 0x20)
    return g_strdup_printf (_("a control character (U+%04X)"), c);
  {
    char buf[8] = { 0 };
    g_unichar_to_utf8 (c, buf);
    return g_strdup_printf ("“%s”", buf);
  }
}

static gboolean
fail_unexpected (Scan       *s,
                 const char *expected)
{
  g_autofree char *here = describe_here (s);

  /* Recognise the usual ways a hand-edited file goes wrong. */
  if (s->p < s->end)
    {
      gsize left = (gsize) (s->end - s->p);
      if (left >= 2 && s->p[0] == '/' && (s->p[1] == '/' || s->p[1] == '*'))
        return fail (s, _("comments are not allowed in JSON"));
      if (*s->p == '\'')
        return fail (s, _("texts must be in double quotes (\"), not single quotes"));
      if ((left >= 3 && memcmp (s->p, "NaN", 3) == 0) ||
          (left >= 8 && memcmp (s->p, "Infinity", 8) == 0) ||
          (left >= 9 && memcmp (s->p, "-Infinity", 9) == 0))
        return fail (s, _("NaN and Infinity are not allowed in JSON; write null for a missing value"));
    }
  /* Translators: "unexpected “x”; expected a value". */
  return fail (s, _("unexpected %s; expected %s"), here, expected);
}

static gboolean
scan_string (Scan *s)
{
  guint start_line = s->line, start_column = s->column;
  guint chars = 0;

  advance (s); /* the opening quote */
  while (s->p < s->end)
    {
      guchar c = *s->p;

      if (c == '"')
        {
          advance (s);
          return TRUE;
        }
      if (c == '\\')
        {
          advance (s);
          if (s->p >= s->end)
            break;
          switch (*s->p)
            {
            case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
              advance (s);
              break;
            case 'u':
              advance (s);
              for (int i = 0; i < 4; i++)
                {
                  if (s->p >= s->end || !g_ascii_isxdigit (*s->p))
                    return fail (s, _("“\\u” must be followed by four hexadecimal digits"));
                  advance (s);
                }
              break;
            default:
              {
                char ch[8] = { 0 };
                g_unichar_to_utf8 (g_utf8_get_char ((const char *) s->p), ch);
                return fail (s, _("invalid escape “\\%s” in a text"), ch);
              }
            }
          chars++;
        }
      else if (c < 0x20)
        {
          if (c == '\n' || c == '\r')
            return fail (s, _("a line break inside a text (is a closing \" missing?)"));
          return fail (s, _("a control character inside a text; write it as an escape such as \\t"));
        }
      else
        {
          if ((c & 0xC0) != 0x80)
            chars++;
          advance (s);
        }

      if (chars > QS_JSON_MAX_STRING_LEN)
        {
          s->line = start_line;
          s->column = start_column;
          return fail (s, _("a text is longer than %u characters"), QS_JSON_MAX_STRING_LEN);
        }
    }
  s->line = start_line;
  s->column = start_column;
  return fail (s, _("the file ends inside a text that starts here (is a closing \" missing?)"));
}

static gboolean
scan_number (Scan *s)
{
  const guchar *start = s->p;
  guint line = s->line, column = s->column;
  gboolean is_float = FALSE;
  gsize digits = 0;

  if (*s->p == '-')
    advance (s);
  if (s->p >= s->end || !g_ascii_isdigit (*s->p))
    return fail_unexpected (s, _("a digit"));
  if (*s->p == '0' && s->p + 1 < s->end && g_ascii_isdigit (s->p[1]))
    return fail (s, _("a number must not start with 0 (write 7, not 07)"));
  while (s->p < s->end && g_ascii_isdigit (*s->p))
    advance (s), digits++;
  if (s->p < s->end && *s->p == '.')
    {
      is_float = TRUE;
      advance (s);
      if (s->p >= s->end || !g_ascii_isdigit (*s->p))
        return fail (s, _("a number needs digits after the decimal point"));
      while (s->p < s->end && g_ascii_isdigit (*s->p))
        advance (s);
    }
  if (s->p < s->end && (*s->p == 'e' || *s->p == 'E'))
    {
      is_float = TRUE;
      advance (s);
      if (s->p < s->end && (*s->p == '+' || *s->p == '-'))
        advance (s);
      if (s->p >= s->end || !g_ascii_isdigit (*s->p))
        return fail (s, _("a number needs digits in its exponent"));
      while (s->p < s->end && g_ascii_isdigit (*s->p))
        advance (s);
    }

  /* json-glib keeps whole numbers in 64 bits and would wrap larger ones. */
  if (!is_float && digits >= 19)
    {
      g_autofree char *text = g_strndup ((const char *) start, s->p - start);
      gint64 v;
      errno = 0;
      v = g_ascii_strtoll (text, NULL, 10);
      (void) v;
      if (errno == ERANGE)
        {
          s->line = line;
          s->column = column;
          return fail (s, _("the number is too large"));
        }
    }
  else if (is_float && s->p - start > 4)
    {
      g_autofree char *text = g_strndup ((const char *) start, s->p - start);
      if (!isfinite (g_ascii_strtod (text, NULL)))
        {
          s->line = line;
          s->column = column;
          return fail (s, _("the number is too large"));
        }
    }
  return TRUE;
}

static gboolean
scan_literal (Scan       *s,
              const char *word)
{
  gsize n = strlen (word);

  if ((gsize) (s->end - s->p) >= n && memcmp (s->p, word, n) == 0 &&
      ((gsize) (s->end - s->p) == n || !g_ascii_isalnum (s->p[n])))
    {
      for (gsize i = 0; i < n; i++)
        advance (s);
      return TRUE;
    }
  return fail_unexpected (s, _("a value"));
}

static gboolean
scan_scalar (Scan *s)
{
  switch (*s->p)
    {
    case '"':
      return scan_string (s);
    case 't':
      return scan_literal (s, "true");
    case 'f':
      return scan_literal (s, "false");
    case 'n':
      return scan_literal (s, "null");
    case '-':
      if ((gsize) (s->end - s->p) >= 9 && memcmp (s->p, "-Infinity", 9) == 0)
        return fail_unexpected (s, _("a value"));
      return scan_number (s);
    default:
      if (g_ascii_isdigit (*s->p))
        return scan_number (s);
      return fail_unexpected (s, _("a value"));
    }
}

static gboolean
check_syntax (Scan   *s,
              GArray *columns,
              Open   *stack);

static gboolean
check_syntax_outer (Scan   *s,
                    GArray *columns)
{
  Open stack[QS_JSON_MAX_DEPTH];
  gboolean ok;

  memset (stack, 0, sizeof stack);
  ok = check_syntax (s, columns, stack);
  for (guint i = 0; i < QS_JSON_MAX_DEPTH; i++)
    g_clear_pointer (&stack[i].keys, g_hash_table_unref);
  return ok;
}

/* Records a key of the object on top; FALSE when it was already there. */
static gboolean
remember_key (Open         *open,
              const guchar *key,
              gsize         len)
{
  GBytes *bytes;

  if (open->first_key == NULL)
    {
      open->first_key = key;
      open->first_key_len = len;
      return TRUE;
    }
  if (open->keys == NULL)
    {
      open->keys = g_hash_table_new_full (g_bytes_hash, g_bytes_equal, (GDestroyNotify) g_bytes_unref, NULL);
      g_hash_table_add (open->keys, g_bytes_new_static (open->first_key, open->first_key_len));
    }
  bytes = g_bytes_new_static (key, len);
  if (!g_hash_table_add (open->keys, bytes))
    return FALSE;
  return TRUE;
}

static gboolean
check_syntax (Scan   *s,
              GArray *columns,
              Open   *stack)
{
  guint depth = 0;
  /* After a value: in an object or array, a separator or the closing bracket. */
  enum { WANT_VALUE, WANT_KEY, WANT_COLON, WANT_NEXT } want = WANT_VALUE;
  gboolean after_comma = FALSE;

  for (;;)
    {
      skip_space (s);

      if (s->p >= s->end)
        {
          if (depth == 0 && want == WANT_NEXT)
            return TRUE;
          if (depth == 0)
            return fail (s, _("the file has no data"));
          s->line = stack[depth - 1].line;
          s->column = stack[depth - 1].column;
          return fail (s, stack[depth - 1].bracket == '{'
                          ? _("the file ends before this object is closed with “}” (is the file cut short?)")
                          : _("the file ends before this list is closed with “]” (is the file cut short?)"));
        }

      switch (want)
        {
        case WANT_VALUE:
          if (*s->p == '{' || *s->p == '[')
            {
              if (depth == QS_JSON_MAX_DEPTH)
                return fail (s, _("the data are nested deeper than %u levels"), QS_JSON_MAX_DEPTH);
              if (depth > 0)
                stack[depth - 1].numeric = FALSE;
              stack[depth].bracket = *s->p;
              stack[depth].line = s->line;
              stack[depth].column = s->column;
              stack[depth].numeric = TRUE;
              stack[depth].count = 0;
              stack[depth].start = s->p;
              stack[depth].first_key = NULL;
              g_clear_pointer (&stack[depth].keys, g_hash_table_unref);
              depth++;
              advance (s);
              skip_space (s);
              if (s->p < s->end && *s->p == (stack[depth - 1].bracket == '{' ? '}' : ']'))
                {
                  advance (s);
                  depth--;
                  want = WANT_NEXT;
                }
              else
                want = stack[depth - 1].bracket == '{' ? WANT_KEY : WANT_VALUE;
              after_comma = FALSE;
              continue;
            }
          if ((*s->p == ']' || *s->p == '}') && after_comma)
            return fail (s, _("a comma before “%c”: remove the last comma"), *s->p);
          if (depth > 0 && stack[depth - 1].bracket == '[')
            {
              Open *open = &stack[depth - 1];
              open->count++;
              if (*s->p == '"' || *s->p == 't' || *s->p == 'f')
                open->numeric = FALSE;
            }
          if (!scan_scalar (s))
            return FALSE;
          want = WANT_NEXT;
          break;

        case WANT_KEY:
          if (*s->p == '}' && after_comma)
            return fail (s, _("a comma before “}”: remove the last comma"));
          if (*s->p != '"')
            {
              if (*s->p == '\'' || g_ascii_isalpha (*s->p))
                return fail (s, _("keys must be texts in double quotes"));
              return fail_unexpected (s, _("a key in double quotes"));
            }
          {
            const guchar *key = s->p + 1;
            guint line = s->line, column = s->column;

            if (!scan_string (s))
              return FALSE;
            if (!remember_key (&stack[depth - 1], key, (gsize) (s->p - 1 - key)))
              {
                g_autofree char *name = g_strndup ((const char *) key, s->p - 1 - key);
                s->line = line;
                s->column = column;
                return fail (s, _("the key “%s” appears twice in this object"), name);
              }
          }
          want = WANT_COLON;
          break;

        case WANT_COLON:
          if (*s->p != ':')
            return fail_unexpected (s, _("“:” after the key"));
          advance (s);
          want = WANT_VALUE;
          break;

        case WANT_NEXT:
        default:
          if (depth == 0)
            return fail (s, _("unexpected text after the end of the data"));
          if (*s->p == ',')
            {
              advance (s);
              want = stack[depth - 1].bracket == '{' ? WANT_KEY : WANT_VALUE;
              after_comma = TRUE;
              continue;
            }
          if (*s->p == (stack[depth - 1].bracket == '{' ? '}' : ']'))
            {
              Open *open = &stack[depth - 1];
              advance (s);
              if (columns && open->bracket == '[' && open->numeric && open->count >= QS_JSON_COLUMN_MIN)
                {
                  QsJsonColumn column = { (gsize) (open->start - s->start), (gsize) (s->p - s->start), open->count };
                  g_array_append_val (columns, column);
                }
              depth--;
              want = WANT_NEXT;
              break;
            }
          return fail_unexpected (s, stack[depth - 1].bracket == '{' ? _("“,” or “}”") : _("“,” or “]”"));
        }
      after_comma = FALSE;
    }
}

/**
 * qs_json_guard_check:
 * @data: the file's bytes (a UTF-8 BOM already skipped)
 * @len: their length
 * @line: (out): line of the problem
 * @column: (out): column of the problem, in characters
 * @message: (out) (transfer full): what is wrong
 * @columns: (nullable) (element-type QsJsonColumn): where to list the long
 *   arrays of numbers, in the order they close
 *
 * Checks that @data is valid UTF-8 and strictly valid JSON within the limits
 * on nesting, text length and number size.
 *
 * Returns: %TRUE when json-glib can safely parse @data
 */
gboolean
qs_json_guard_check (const char *data,
                     gsize       len,
                     guint      *line,
                     guint      *column,
                     char      **message,
                     GArray     *columns)
{
  const guchar *p = (const guchar *) data;
  const char *invalid_end = NULL;
  Scan s = { p, p, p + len, 1, 1, line, column, message };

  *line = 1;
  *column = 1;
  *message = NULL;

  if (len == 0)
    return fail (&s, _("the file is empty"));
  if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
    return fail (&s, _("the file is in UTF-16; save it as UTF-8"));
  if (len >= 2 && (p[0] == 0 || p[1] == 0))
    return fail (&s, _("the file is not UTF-8 text (it looks like UTF-16 or a binary file)"));

  if (!g_utf8_validate (data, len, &invalid_end))
    {
      /* Walk up to the bad byte to say where it is. */
      s.end = (const guchar *) invalid_end;
      while (s.p < s.end)
        advance (&s);
      return fail (&s, *invalid_end == '\0'
                       ? _("the file contains a NUL byte; it is not a text file")
                       : _("invalid UTF-8 text; save the file as UTF-8"));
    }

  return check_syntax_outer (&s, columns);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include "qs-problem.h"

G_DEFINE_BOXED_TYPE (QsProblem, qs_problem, qs_problem_copy, qs_problem_free)

/**
 * qs_problem_new:
 * @file: the file's name as shown to the user
 * @line: 1-based line, or 0
 * @column: 1-based column in characters, or 0
 * @path: (nullable): a JSON path
 * @message: what is wrong
 *
 * Returns: (transfer full): a new problem
 */
QsProblem *
qs_problem_new (const char *file,
                guint       line,
                guint       column,
                const char *path,
                const char *message)
{
  QsProblem *self = g_new0 (QsProblem, 1);

  self->file = g_strdup (file);
  self->line = line;
  self->column = column;
  self->path = g_strdup (path && *path ? path : NULL);
  self->message = g_strdup (message);
  return self;
}

/**
 * qs_problem_new_located:
 * @file: the file's name, used when @message names no place
 * @message: a message that may start with `FILE:LINE:COLUMN: `
 *
 * Makes a problem from a parser's message, keeping its line and column.
 *
 * Returns: (transfer full): a new problem
 */
QsProblem *
qs_problem_new_located (const char *file,
                        const char *message)
{
  g_autoptr(GRegex) regex = g_regex_new ("^(.*?):(\\d+):(\\d+): (.*)$", G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (g_regex_match (regex, message, 0, &match))
    {
      g_autofree char *name = g_match_info_fetch (match, 1);
      g_autofree char *line = g_match_info_fetch (match, 2);
      g_autofree char *column = g_match_info_fetch (match, 3);
      g_autofree char *text = g_match_info_fetch (match, 4);

      return qs_problem_new (*name ? name : file, (guint) g_ascii_strtoull (line, NULL, 10),
                             (guint) g_ascii_strtoull (column, NULL, 10), NULL, text);
    }
  return qs_problem_new (file, 0, 0, NULL, message);
}

/**
 * qs_problem_copy:
 * @self: a problem
 *
 * Returns: (transfer full): a copy
 */
QsProblem *
qs_problem_copy (const QsProblem *self)
{
  return qs_problem_new (self->file, self->line, self->column, self->path, self->message);
}

/**
 * qs_problem_free:
 * @self: (transfer full): a problem
 */
void
qs_problem_free (QsProblem *self)
{
  if (self == NULL)
    return;
  g_free (self->file);
  g_free (self->path);
  g_free (self->message);
  g_free (self);
}

/**
 * qs_problem_to_string:
 * @self: a problem
 *
 * Formats the problem the way compilers do, so editors can jump to it:
 * `FILE:LINE:COLUMN: message` or `FILE: json.path: message`.
 *
 * Returns: (transfer full): one line of text
 */
char *
qs_problem_to_string (const QsProblem *self)
{
  if (self->line > 0)
    return g_strdup_printf ("%s:%u:%u: %s", self->file, self->line, MAX (self->column, 1u),
                            self->message);
  if (self->path)
    return g_strdup_printf ("%s: %s: %s", self->file, self->path, self->message);
  return g_strdup_printf ("%s: %s", self->file, self->message);
}

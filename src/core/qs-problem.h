/* SPDX-License-Identifier: GPL-3.0-or-later */
/* qs-problem.h: one problem found in an input file */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define QS_TYPE_PROBLEM (qs_problem_get_type ())

typedef struct _QsProblem QsProblem;

/* Where in the file a problem lies: a line and column (1-based) for syntax and
 * encoding problems, a JSON path such as `indicators[3].series[0].values[5]`
 * for problems of meaning, or neither for the file as a whole. */
struct _QsProblem
{
  char  *file;
  guint  line;     /* 0 when not known */
  guint  column;   /* 0 when not known */
  char  *path;     /* nullable */
  char  *message;
};

GType       qs_problem_get_type  (void) G_GNUC_CONST;
QsProblem  *qs_problem_new       (const char      *file,
                                  guint            line,
                                  guint            column,
                                  const char      *path,
                                  const char      *message);
QsProblem  *qs_problem_new_located (const char   *file,
                                   const char      *message);
QsProblem  *qs_problem_copy      (const QsProblem *self);
void        qs_problem_free      (QsProblem       *self);
char       *qs_problem_to_string (const QsProblem *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QsProblem, qs_problem_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "qs-json-check.h"

/**
 * qs_json_full:
 * @check: a check
 *
 * Returns: %TRUE once as many problems as are listed have been found, so
 *   that reading may stop
 */
gboolean
qs_json_full (QsJsonCheck *check)
{
  return check->problems->len >= QS_JSON_MAX_PROBLEMS;
}

/**
 * qs_json_problem:
 * @check: a check
 * @format: the message, a printf() format
 * @...: its arguments
 *
 * Adds a problem at the current path; the last one listed says that there
 * are more.
 */
void
qs_json_problem (QsJsonCheck *check,
                 const char  *format,
                 ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (qs_json_full (check))
    return;
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (check->problems, qs_problem_new (check->file, 0, 0, check->path->str, message));
  if (qs_json_full (check))
    g_ptr_array_add (check->problems,
                     qs_problem_new (check->file, 0, 0, NULL,
                                     _("too many problems; only the first ones are listed")));
}

/**
 * qs_json_push_key:
 * @check: a check
 * @key: an object's member
 *
 * Returns: what to give qs_json_pop() to come back
 */
gsize
qs_json_push_key (QsJsonCheck *check,
                  const char  *key)
{
  gsize old = check->path->len;

  if (old > 0)
    g_string_append_c (check->path, '.');
  g_string_append (check->path, key);
  return old;
}

/**
 * qs_json_push_index:
 * @check: a check
 * @index: a list's element
 *
 * Returns: what to give qs_json_pop() to come back
 */
gsize
qs_json_push_index (QsJsonCheck *check,
                    guint        index)
{
  gsize old = check->path->len;

  g_string_append_printf (check->path, "[%u]", index);
  return old;
}

/**
 * qs_json_pop:
 * @check: a check
 * @old: from qs_json_push_key() or qs_json_push_index()
 */
void
qs_json_pop (QsJsonCheck *check,
             gsize        old)
{
  g_string_truncate (check->path, old);
}

/**
 * qs_json_member:
 * @check: a check
 * @object: an object
 * @key: the member
 * @required: whether a missing member is a problem
 *
 * Returns: (transfer none) (nullable): the member's node
 */
JsonNode *
qs_json_member (QsJsonCheck *check,
                JsonObject  *object,
                const char  *key,
                gboolean     required)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL && required)
    qs_json_problem (check, _("missing required key “%s”"), key);
  return node;
}

/**
 * qs_json_check_keys:
 * @check: a check
 * @object: an object
 * @allowed: (array zero-terminated=1): the keys it may have
 * @extensions: whether keys starting with "x-" are allowed too
 *
 * Reports the keys the format does not know, so that a typo is not ignored.
 */
void
qs_json_check_keys (QsJsonCheck       *check,
                    JsonObject        *object,
                    const char *const *allowed,
                    gboolean           extensions)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l; l = l->next)
    {
      const char *key = l->data;
      gboolean known = extensions && g_str_has_prefix (key, "x-");

      for (guint i = 0; !known && allowed[i]; i++)
        known = strcmp (allowed[i], key) == 0;
      if (!known)
        {
          g_autofree char *list = g_strjoinv (", ", (char **) allowed);
          gsize old = qs_json_push_key (check, key);
          qs_json_problem (check, _("unknown key (allowed here: %s)"), list);
          qs_json_pop (check, old);
        }
    }
}

/**
 * qs_json_get_string:
 * @check: a check
 * @object: an object
 * @key: the member
 * @required: whether a missing member is a problem
 *
 * Returns: (nullable): the member's text, or %NULL when it is missing, not
 *   a text (a problem) or empty (a problem)
 */
const char *
qs_json_get_string (QsJsonCheck *check,
                    JsonObject  *object,
                    const char  *key,
                    gboolean     required)
{
  JsonNode *node = qs_json_member (check, object, key, required);
  const char *value = NULL;
  gsize old;

  if (node == NULL)
    return NULL;
  old = qs_json_push_key (check, key);
  if (!qs_json_is_string (node))
    qs_json_problem (check, _("must be a text, not %s"), qs_json_type_name (node));
  else if (*(value = json_node_get_string (node)) == '\0')
    {
      qs_json_problem (check, _("must not be empty"));
      value = NULL;
    }
  qs_json_pop (check, old);
  return value;
}

/* Empty is a problem; so are line breaks in a text meant for one line. */
static gboolean
text_ok (QsJsonCheck *check,
         const char  *value,
         gboolean     one_line)
{
  if (*value == '\0')
    {
      qs_json_problem (check, _("must not be empty"));
      return FALSE;
    }
  if (one_line && strpbrk (value, "\r\n") != NULL)
    {
      qs_json_problem (check, _("must be one line, without line breaks"));
      return FALSE;
    }
  return TRUE;
}

/**
 * qs_json_get_text:
 * @check: a check
 * @object: an object
 * @key: the member
 * @required: whether a missing member is a problem
 * @one_line: whether line breaks are a problem, as in titles
 *
 * Reads a localized text: a plain string, or an object of strings keyed by
 * locale (`{"zh_CN": "…", "en": "…"}`).
 *
 * Returns: (transfer full) (nullable): the text, or %NULL when it is
 *   missing or has no good string
 */
QsText *
qs_json_get_text (QsJsonCheck *check,
                  JsonObject  *object,
                  const char  *key,
                  gboolean     required,
                  gboolean     one_line)
{
  JsonNode *node = qs_json_member (check, object, key, required);
  g_autoptr(QsText) text = NULL;
  g_autoptr(GList) members = NULL;
  JsonObject *locales;
  gsize old;

  if (node == NULL)
    return NULL;
  old = qs_json_push_key (check, key);
  if (qs_json_is_string (node))
    {
      if (text_ok (check, json_node_get_string (node), one_line))
        text = qs_text_new_plain (json_node_get_string (node));
      qs_json_pop (check, old);
      return g_steal_pointer (&text);
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      qs_json_problem (check, _("must be a text or an object of texts by locale, not %s"), qs_json_type_name (node));
      qs_json_pop (check, old);
      return NULL;
    }

  locales = json_node_get_object (node);
  members = json_object_get_members (locales);
  text = qs_text_new ();
  for (GList *l = members; l; l = l->next)
    {
      const char *locale = l->data;
      JsonNode *value = json_object_get_member (locales, locale);
      gsize old2 = qs_json_push_key (check, locale);

      if (!qs_json_is_locale_key (locale))
        qs_json_problem (check, _("“%s” is not a locale (use zh_CN, zh_TW, en …)"), locale);
      else if (!qs_json_is_string (value))
        qs_json_problem (check, _("must be a text, not %s"), qs_json_type_name (value));
      else if (text_ok (check, json_node_get_string (value), one_line))
        qs_text_add (text, locale, json_node_get_string (value));
      qs_json_pop (check, old2);
    }
  if (members == NULL)
    qs_json_problem (check, _("must contain at least one locale"));
  if (qs_text_get_n_items (text) == 0)
    g_clear_pointer (&text, qs_text_unref);
  qs_json_pop (check, old);
  return g_steal_pointer (&text);
}

/**
 * qs_json_type_name:
 * @node: (nullable): a node
 *
 * Returns: what @node is, for messages such as "must be a list, not a text"
 */
const char *
qs_json_type_name (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("a list");
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a text");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}

/**
 * qs_json_is_string:
 * @node: (nullable): a node
 *
 * Returns: %TRUE when @node is a text
 */
gboolean
qs_json_is_string (JsonNode *node)
{
  return node && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/**
 * qs_json_is_locale_key:
 * @key: a key of an object of texts
 *
 * Returns: %TRUE for a locale such as `zh`, `yue`, `zh_CN`
 */
gboolean
qs_json_is_locale_key (const char *key)
{
  gsize n = strlen (key);

  if (n != 2 && n != 3 && n != 5)
    return FALSE;
  if (!g_ascii_islower (key[0]) || !g_ascii_islower (key[1]))
    return FALSE;
  if (n == 3)
    return g_ascii_islower (key[2]);
  if (n == 5)
    return key[2] == '_' && g_ascii_isupper (key[3]) && g_ascii_isupper (key[4]);
  return TRUE;
}

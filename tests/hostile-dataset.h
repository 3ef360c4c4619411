/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Shared by the hostile-text tests: the demo dataset with every name, title
 * and description replaced by text written to break things. */

#pragma once

#include <json-glib/json-glib.h>
#include <string.h>

#define MARKUP "<b>南昌</b> &amp; <span size='99999'>大</span>"

static const char *hostile[] = {
  MARKUP,
  "九江\a\x1b[31m红\x7f\xc2\x85\x01市\n\t第二行",
  "\xe2\x80\xae赣州\xe2\x80\xad abc \xe2\x81\xa7 שלום",
  NULL, /* 10 000 characters, made in main () */
  "景德镇 🌲🏭👨‍👩‍👧 🇨🇳 ⚠️",
  "𠀀𪚥𩸽𠮷 上饶",
  "e\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81\xcc\x81 萍乡",
};

/* Keys whose values are names or other text shown to the reader. */
static gboolean
is_text_key (const char *key)
{
  static const char *const keys[] = { "name", "title", "description", "label", "unit_label",
                                      "publisher", "water_body", NULL };

  return g_strv_contains (keys, key);
}

static guint next_hostile;

static JsonNode *
hostile_node (void)
{
  JsonNode *node = json_node_new (JSON_NODE_VALUE);

  json_node_set_string (node, hostile[next_hostile++ % G_N_ELEMENTS (hostile)]);
  return node;
}

/* Replaces every shown text below @node, in every locale it is given in. */
static void
poison (JsonNode *node)
{
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        poison (json_array_get_element (array, i));
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l; l = l->next)
        {
          const char *key = l->data;
          JsonNode *child = json_object_get_member (object, key);

          if (is_text_key (key) && JSON_NODE_HOLDS_VALUE (child))
            json_object_set_member (object, key, hostile_node ());
          else if (is_text_key (key) && JSON_NODE_HOLDS_OBJECT (child))
            {
              JsonObject *texts = json_node_get_object (child);
              g_autoptr(GList) locales = json_object_get_members (texts);

              for (GList *m = locales; m; m = m->next)
                json_object_set_member (texts, m->data, hostile_node ());
            }
          else
            poison (child);
        }
    }
}

/* Whether @text holds a character that must never reach the screen. */
static gboolean
has_forbidden_character (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_type (c) == G_UNICODE_CONTROL ||
          (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
        return TRUE;
    }
  return FALSE;
}

/* The demo dataset at @demo_path, poisoned, as JSON text. */
static GBytes *
hostile_dataset_bytes (const char *demo_path)
{
  static GString *longest;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  char *text;
  gsize length;

  if (longest == NULL)
    {
      longest = g_string_new (NULL);
      while (g_utf8_strlen (longest->str, -1) < 10000)
        g_string_append (longest, "鹰潭");
      hostile[3] = longest->str;
    }
  json_parser_load_from_file (parser, demo_path, &error);
  g_assert_no_error (error);
  next_hostile = 0;
  poison (json_parser_get_root (parser));
  g_assert_cmpuint (next_hostile, >, 300);
  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, &length);
  return g_bytes_new_take (text, length);
}

/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#define G_LOG_DOMAIN "td-plan-template"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "td-core-resources.h"
#include "td-date.h"
#include "td-plan-template.h"
#include "td-store-office.h"
#include "td-store-plan.h"

#define TEMPLATE_RESOURCE "/io/github/thidua/ThiDua/plan-template.ini"

struct _TdPlanTemplate
{
  GObject   parent_instance;

  GKeyFile *file;
};

G_DEFINE_FINAL_TYPE (TdPlanTemplate, td_plan_template, G_TYPE_OBJECT)

G_DEFINE_QUARK (td-plan-template-error-quark, td_plan_template_error)

/* The keys each kind of group may hold: a misspelt key would be silently left out. */
static const char * const plan_keys[] = {
  "kind", "title", "preamble", "closing", "body-blank", "signer-capacity", "signer-position",
  "recipients", NULL,
};
static const char * const basis_keys[] = { "from", "to", "line", NULL };
static const char * const section_keys[] = { "heading", "body", "kind", "parent", NULL };
static const char * const task_keys[] = { "quarter", "content", "responsible", "units", NULL };

/* The words a value may have put in. */
static const char * const known_words[] = { "year", "next-year", "body", NULL };

/* The words put in, with what each stands for. */
typedef struct {
  char *year;
  char *next_year;
  char *body;
} Words;

static void
words_clear (Words *words)
{
  g_free (words->year);
  g_free (words->next_year);
  g_free (words->body);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Words, words_clear)

/* Checking ------------------------------------------------------------------------------- */

/* A template that cannot be used is the installation's fault, never the secretary's: say
 * so, where, and what to do instead. */
G_GNUC_PRINTF (3, 4)
static gboolean
invalid (GError    **error,
         const char *group,
         const char *format,
         ...)
{
  g_autofree char *detail = NULL;
  g_autofree char *where = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);
  where = group != NULL ? g_strdup_printf ("[%s] %s", group, detail) : g_strdup (detail);
  g_set_error (error, TD_PLAN_TEMPLATE_ERROR, TD_PLAN_TEMPLATE_ERROR_INVALID,
               /* Translators: %s says where the file is wrong, "[task so-ket] …" */
               _("The usual shape of a plan could not be read (%s). Choose “Only the "
                 "heading” in New Plan… instead."),
               where);
  return FALSE;
}

static gboolean
check_words (const char  *group,
             const char  *key,
             const char  *value,
             GError     **error)
{
  for (const char *p = strpbrk (value, "{}"); p != NULL; p = strpbrk (p, "{}"))
    {
      const char *close = strchr (p, '}');
      g_autofree char *word = NULL;

      if (*p == '}')
        return invalid (error, group, _("%s: a “}” is not opened"), key);
      if (close == NULL)
        return invalid (error, group, _("%s: a “{” is not closed"), key);
      word = g_strndup (p + 1, close - p - 1);
      if (!g_strv_contains (known_words, word))
        return invalid (error, group, _("%s: “{%s}” is not {year}, {next-year} or {body}"),
                        key, word);
      p = close + 1;
    }
  return TRUE;
}

/* Every key is one its group may hold, and every value puts in only the known words. */
static gboolean
check_keys (GKeyFile            *file,
            const char          *group,
            const char * const  *allowed,
            GError             **error)
{
  g_auto(GStrv) keys = g_key_file_get_keys (file, group, NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      g_autofree char *value = g_key_file_get_string (file, group, keys[i], NULL);

      if (allowed != NULL && !g_strv_contains (allowed, keys[i]))
        return invalid (error, group, _("“%s” is not a key this group may have"), keys[i]);
      if (value != NULL && !check_words (group, keys[i], value, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
has_value (GKeyFile   *file,
           const char *group,
           const char *key)
{
  g_autofree char *value = td_plan_file_get_string (file, group, key);

  return g_strstrip (value)[0] != '\0';
}

static gboolean
check_basis (GKeyFile    *file,
             const char  *group,
             GError     **error)
{
  g_autofree char *from = td_plan_file_get_string (file, group, "from");
  g_autofree char *to = td_plan_file_get_string (file, group, "to");

  if (!has_value (file, group, "line"))
    return invalid (error, group, _("the basis has no line"));
  if ((from[0] != '\0' && !td_date_is_valid_iso (from)) ||
      (to[0] != '\0' && !td_date_is_valid_iso (to)))
    return invalid (error, group, _("“from” and “to” must be dates written YYYY-MM-DD"));
  if (from[0] != '\0' && to[0] != '\0' && strcmp (to, from) < 0)
    return invalid (error, group, _("“to” is before “from”"));
  return TRUE;
}

/* @earlier: the keys of the sections before, each with its parent's key ("" at the top). */
static gboolean
check_section (GKeyFile    *file,
               const char  *group,
               GHashTable  *earlier,
               gboolean    *has_table,
               GError     **error)
{
  g_autofree char *kind = td_plan_file_get_string (file, group, "kind");
  g_autofree char *parent = td_plan_file_get_string (file, group, "parent");
  const char *grandparent;

  if (!has_value (file, group, "heading"))
    return invalid (error, group, _("the section has no heading"));
  if (kind[0] != '\0' && !g_str_equal (kind, "text") && !g_str_equal (kind, "tasks"))
    return invalid (error, group, _("kind “%s” is not “text” or “tasks”"), kind);
  if (g_str_equal (kind, "tasks"))
    {
      if (*has_table)
        return invalid (error, group, _("a plan has one task table only"));
      *has_table = TRUE;
    }
  if (parent[0] != '\0')
    {
      grandparent = g_hash_table_lookup (earlier, parent);
      if (grandparent == NULL)
        return invalid (error, group, _("parent “%s” is not a section above this one"),
                        parent);
      if (grandparent[0] != '\0')
        return invalid (error, group, _("parent “%s” is itself inside a section"), parent);
    }
  g_hash_table_insert (earlier, g_strdup (group + strlen ("section ")),
                       g_steal_pointer (&parent));
  return TRUE;
}

static gboolean
check_task (GKeyFile    *file,
            const char  *group,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) units = g_key_file_get_string_list (file, group, "units", NULL, NULL);
  int quarter = g_key_file_get_integer (file, group, "quarter", &local_error);

  if (local_error != NULL || quarter < 1 || quarter > 4)
    return invalid (error, group, _("the quarter must be 1, 2, 3 or 4"));
  if (!has_value (file, group, "content"))
    return invalid (error, group, _("the task has no content"));
  for (guint i = 0; units != NULL && units[i] != NULL; i++)
    if (!g_key_file_has_key (file, "units", units[i], NULL))
      return invalid (error, group, _("unit “%s” has no kind in [units]"), units[i]);
  return TRUE;
}

static gboolean
check_file (GKeyFile  *file,
            GError   **error)
{
  g_auto(GStrv) groups = g_key_file_get_groups (file, NULL);
  g_autoptr(GHashTable) sections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          g_free);
  gboolean has_table = FALSE;

  if (!g_key_file_has_group (file, "plan"))
    return invalid (error, NULL, _("it has no [plan] group"));
  if (!has_value (file, "plan", "kind") || !has_value (file, "plan", "title"))
    return invalid (error, "plan", _("the plan needs a kind and a title"));

  for (guint i = 0; groups[i] != NULL; i++)
    {
      const char *group = groups[i];
      const char *space = strchr (group, ' ');
      gboolean ok;

      if (g_str_equal (group, "plan"))
        ok = check_keys (file, group, plan_keys, error);
      else if (g_str_equal (group, "units"))
        ok = check_keys (file, group, NULL, error);
      else if (space == NULL || space[1] == '\0')
        ok = invalid (error, group, _("this is not a group a plan’s template has"));
      else if (g_str_has_prefix (group, "basis "))
        ok = check_keys (file, group, basis_keys, error) && check_basis (file, group, error);
      else if (g_str_has_prefix (group, "section "))
        ok = check_keys (file, group, section_keys, error) &&
             check_section (file, group, sections, &has_table, error);
      else if (g_str_has_prefix (group, "task "))
        ok = check_keys (file, group, task_keys, error) && check_task (file, group, error);
      else
        ok = invalid (error, group, _("this is not a group a plan’s template has"));
      if (!ok)
        return FALSE;
    }
  return TRUE;
}

/* Building ------------------------------------------------------------------------------- */

static char *
expand (const Words *words,
        const char  *text)
{
  GString *out = g_string_new (text);

  g_string_replace (out, "{year}", words->year, 0);
  g_string_replace (out, "{next-year}", words->next_year, 0);
  g_string_replace (out, "{body}", words->body, 0);
  return g_string_free (out, FALSE);
}

/* The issuing body as a sentence names it: "ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH" becomes "Ủy ban
 * nhân dân xã Tùng Ảnh", the place keeping the capitals it is typed with. NULL when the
 * office has none. */
static char *
dup_body_phrase (TdOffice *office)
{
  g_autofree char *body = g_strstrip (g_strdup (td_office_get_issuing_body (office)));
  g_autofree char *lower = NULL;
  g_autofree char *place = g_strstrip (g_strdup (td_office_get_place (office)));
  GString *phrase;
  char *found;

  if (body[0] == '\0')
    return NULL;
  lower = g_utf8_strdown (body, -1);
  if (place[0] != '\0')
    {
      g_autofree char *lower_place = g_utf8_strdown (place, -1);

      found = strstr (lower, lower_place);
      if (found != NULL)
        {
          phrase = g_string_new_len (lower, found - lower);
          g_string_append (phrase, place);
          g_string_append (phrase, found + strlen (lower_place));
          g_free (lower);
          lower = g_string_free (phrase, FALSE);
        }
    }
  phrase = g_string_new (NULL);
  g_string_append_unichar (phrase, g_unichar_toupper (g_utf8_get_char (lower)));
  g_string_append (phrase, g_utf8_next_char (lower));
  return g_string_free (phrase, FALSE);
}

/* The legal bases in force on 1 January of @year, one line each, in the file's order. */
static void
append_bases (GKeyFile *file,
              int       year,
              GString  *preamble)
{
  g_auto(GStrv) groups = g_key_file_get_groups (file, NULL);
  g_autofree char *day = g_strdup_printf ("%04d-01-01", year);

  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      g_autofree char *line = NULL;

      if (!g_str_has_prefix (groups[i], "basis "))
        continue;
      from = td_plan_file_get_string (file, groups[i], "from");
      to = td_plan_file_get_string (file, groups[i], "to");
      if ((from[0] != '\0' && strcmp (day, from) < 0) || (to[0] != '\0' && strcmp (day, to) > 0))
        continue;
      line = td_plan_file_get_string (file, groups[i], "line");
      g_string_append_printf (preamble, "%s%s", preamble->len > 0 ? "\n" : "", line);
    }
}

/* The object ---------------------------------------------------------------------------- */

static void
td_plan_template_finalize (GObject *object)
{
  TdPlanTemplate *self = (TdPlanTemplate *) object;

  g_clear_pointer (&self->file, g_key_file_unref);

  G_OBJECT_CLASS (td_plan_template_parent_class)->finalize (object);
}

static void
td_plan_template_class_init (TdPlanTemplateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = td_plan_template_finalize;
}

static void
td_plan_template_init (TdPlanTemplate *self)
{
}

TdPlanTemplate *
td_plan_template_new_from_bytes (GBytes  *bytes,
                                 GError **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  TdPlanTemplate *self;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (!g_key_file_load_from_bytes (file, bytes, G_KEY_FILE_NONE, &local_error))
    {
      invalid (error, NULL, "%s", local_error->message);
      return NULL;
    }
  if (!check_file (file, error))
    return NULL;
  self = g_object_new (TD_TYPE_PLAN_TEMPLATE, NULL);
  self->file = g_steal_pointer (&file);
  return self;
}

TdPlanTemplate *
td_plan_template_new_from_resource (const char  *path,
                                    GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  bytes = g_resource_lookup_data (td_core_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE,
                                  NULL);
  if (bytes == NULL)
    {
      g_set_error (error, TD_PLAN_TEMPLATE_ERROR, TD_PLAN_TEMPLATE_ERROR_MISSING,
                   _("The usual shape of a plan is missing from this installation. Choose "
                     "“Only the heading” in New Plan… instead."));
      return NULL;
    }
  return td_plan_template_new_from_bytes (bytes, error);
}

TdPlanTemplate *
td_plan_template_new_default (GError **error)
{
  return td_plan_template_new_from_resource (TEMPLATE_RESOURCE, error);
}

TdPlan *
td_plan_template_build (TdPlanTemplate   *self,
                        TdOffice         *office,
                        int               year,
                        GPtrArray        *sections,
                        TdPlanFileTasks **tasks)
{
  static const char * const keys[] = {
    "kind", "title", "closing", "signer-capacity", "signer-position", "recipients",
  };
  GKeyFile *file;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GString) preamble = g_string_new (NULL);
  g_autofree char *more = NULL;
  g_autofree char *expanded = NULL;
  g_auto(Words) words = { NULL, NULL, NULL };
  TdPlanFileTasks *read_tasks;
  guint first;

  g_return_val_if_fail (TD_IS_PLAN_TEMPLATE (self), NULL);
  g_return_val_if_fail (TD_IS_OFFICE (office), NULL);
  g_return_val_if_fail (sections != NULL, NULL);
  g_return_val_if_fail (tasks != NULL, NULL);

  file = self->file;
  words.year = g_strdup_printf ("%d", year);
  words.next_year = g_strdup_printf ("%d", year + 1);
  words.body = dup_body_phrase (office);
  if (words.body == NULL)
    words.body = td_plan_file_get_string (file, "plan", "body-blank");

  plan = td_plan_new ();
  td_plan_set_year (plan, year);
  td_office_apply_to_plan (office, plan);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *value = td_plan_file_get_string (file, "plan", keys[i]);
      g_autofree char *text = expand (&words, value);

      g_object_set (plan, keys[i], text, NULL);
    }
  append_bases (file, year, preamble);
  more = td_plan_file_get_string (file, "plan", "preamble");
  if (more[0] != '\0')
    g_string_append_printf (preamble, "%s%s", preamble->len > 0 ? "\n" : "", more);
  expanded = expand (&words, preamble->str);
  td_plan_set_preamble (plan, expanded);

  first = sections->len;
  td_plan_file_read_sections (file, sections);
  for (guint i = first; i < sections->len; i++)
    {
      TdSection *section = g_ptr_array_index (sections, i);
      g_autofree char *heading = expand (&words, td_section_get_heading (section));
      g_autofree char *body = expand (&words, td_section_get_body (section));

      td_section_set_heading (section, heading);
      td_section_set_body (section, body);
    }

  read_tasks = td_plan_file_read_tasks (file);
  for (guint i = 0; i < read_tasks->tasks->len; i++)
    {
      TdTask *task = g_ptr_array_index (read_tasks->tasks, i);
      g_autofree char *content = expand (&words, td_task_get_content (task));
      g_autofree char *responsible = expand (&words, td_task_get_responsible (task));

      td_task_set_content (task, content);
      td_task_set_responsible (task, responsible);
    }
  *tasks = read_tasks;
  return g_steal_pointer (&plan);
}

TdPlan *
td_plan_template_add (TdPlanTemplate  *self,
                      TdStore         *store,
                      int              year,
                      GError         **error)
{
  g_autoptr(TdOffice) office = NULL;
  g_autoptr(TdPlan) plan = NULL;
  g_autoptr(GPtrArray) sections = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(TdPlanFileTasks) tasks = NULL;

  g_return_val_if_fail (TD_IS_PLAN_TEMPLATE (self), NULL);
  g_return_val_if_fail (TD_IS_STORE (store), NULL);

  office = td_store_get_office (store, error);
  if (office == NULL)
    return NULL;
  plan = td_plan_template_build (self, office, year, sections, &tasks);
  if (!td_store_add_plan (store, plan, sections,
                          (TdStoreTaskInput *) (gpointer) tasks->inputs->data, tasks->inputs->len,
                          error))
    return NULL;
  return g_steal_pointer (&plan);
}

TdPlan *
td_plan_template_start (TdStore  *store,
                        int       year,
                        GError  **error)
{
  g_autoptr(TdPlanTemplate) template = NULL;

  g_return_val_if_fail (TD_IS_STORE (store), NULL);

  template = td_plan_template_new_default (error);
  if (template == NULL)
    return NULL;
  return td_plan_template_add (template, store, year, error);
}

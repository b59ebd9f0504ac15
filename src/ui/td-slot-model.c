/* SPDX-License-Identifier: GPL-3.0-or-later
 * Copyright 2026 The Thi đua developers
 */
#include "config.h"

#include "td-slot-model.h"

/* A slot ------------------------------------------------------------------------------------ */

struct _TdSlotModel;

struct _TdSlot
{
  GObject              parent_instance;
  /* Not a reference: the model owns its slots, and clears this before it goes. */
  struct _TdSlotModel *model;
  guint                position;
  /* What the source held here when last asked, while generation is the model's. */
  GObject             *item;
  guint                generation;
};

enum { SLOT_PROP_0, SLOT_PROP_ITEM, SLOT_N_PROPS };
static GParamSpec *slot_properties[SLOT_N_PROPS];

G_DEFINE_FINAL_TYPE (TdSlot, td_slot, G_TYPE_OBJECT)

static void
td_slot_finalize (GObject *object)
{
  g_clear_object (&TD_SLOT (object)->item);
  G_OBJECT_CLASS (td_slot_parent_class)->finalize (object);
}

static void
td_slot_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  if (prop_id == SLOT_PROP_ITEM)
    g_value_set_object (value, TD_SLOT (object)->item);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
td_slot_class_init (TdSlotClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = td_slot_finalize;
  object_class->get_property = td_slot_get_property;
  slot_properties[SLOT_PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, SLOT_N_PROPS, slot_properties);
}

static void
td_slot_init (TdSlot *self)
{
}

static GObject *slot_fetch (TdSlot *self);

gpointer
td_slot_get_item (TdSlot *self)
{
  g_return_val_if_fail (TD_IS_SLOT (self), NULL);
  return slot_fetch (self);
}

/* The model ---------------------------------------------------------------------------------- */

struct _TdSlotModel
{
  GObject     parent_instance;
  GListModel *source;
  GPtrArray  *slots;
  /* Counts the source's changes: a slot asks the source again after one (20,000 slots
   * asked at each keystroke cost more than the search itself). */
  guint       generation;
};

static GObject *
slot_fetch (TdSlot *self)
{
  if (self->model == NULL)
    return self->item;
  if (self->generation != self->model->generation)
    {
      g_clear_object (&self->item);
      self->item = g_list_model_get_item (self->model->source, self->position);
      self->generation = self->model->generation;
    }
  return self->item;
}

static GType
get_item_type (GListModel *model)
{
  return TD_TYPE_SLOT;
}

static guint
get_n_items (GListModel *model)
{
  return TD_SLOT_MODEL (model)->slots->len;
}

/* Slots are made when first asked for: a view asks for the rows it shows, not for 20,000. */
static gpointer
get_item (GListModel *model,
          guint       position)
{
  TdSlotModel *self = TD_SLOT_MODEL (model);
  TdSlot *slot;

  if (position >= self->slots->len)
    return NULL;
  slot = g_ptr_array_index (self->slots, position);
  if (slot == NULL)
    {
      slot = g_object_new (TD_TYPE_SLOT, NULL);
      slot->model = self;
      slot->position = position;
      slot->generation = self->generation - 1;
      g_ptr_array_index (self->slots, position) = slot;
    }
  return g_object_ref (slot);
}

static void
td_slot_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (TdSlotModel, td_slot_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      td_slot_model_list_model_init))

static void
on_source_changed_cb (TdSlotModel *self,
                      guint        position,
                      guint        removed,
                      guint        added)
{
  guint old_n = self->slots->len;
  guint new_n = g_list_model_get_n_items (self->source);
  guint kept = MIN (old_n, new_n);

  /* The slots from @position on hold what the source holds there now: they say so, and
   * are read when a row asks. */
  self->generation++;
  for (guint i = position; i < kept; i++)
    if (g_ptr_array_index (self->slots, i) != NULL)
      g_object_notify_by_pspec (g_ptr_array_index (self->slots, i),
                                slot_properties[SLOT_PROP_ITEM]);
  if (new_n > old_n)
    {
      g_ptr_array_set_size (self->slots, new_n);
      g_list_model_items_changed (G_LIST_MODEL (self), old_n, 0, new_n - old_n);
    }
  else if (new_n < old_n)
    {
      for (guint i = new_n; i < old_n; i++)
        if (g_ptr_array_index (self->slots, i) != NULL)
          TD_SLOT (g_ptr_array_index (self->slots, i))->model = NULL;
      g_ptr_array_set_size (self->slots, new_n);
      g_list_model_items_changed (G_LIST_MODEL (self), new_n, old_n - new_n, 0);
    }
}

static void
td_slot_model_dispose (GObject *object)
{
  TdSlotModel *self = TD_SLOT_MODEL (object);

  if (self->source != NULL)
    g_signal_handlers_disconnect_by_data (self->source, self);
  g_clear_object (&self->source);
  /* A row may keep its slot a little longer than the model: it keeps what it held. */
  for (guint i = 0; i < self->slots->len; i++)
    if (g_ptr_array_index (self->slots, i) != NULL)
      TD_SLOT (g_ptr_array_index (self->slots, i))->model = NULL;
  G_OBJECT_CLASS (td_slot_model_parent_class)->dispose (object);
}

static void
td_slot_model_finalize (GObject *object)
{
  g_ptr_array_unref (TD_SLOT_MODEL (object)->slots);
  G_OBJECT_CLASS (td_slot_model_parent_class)->finalize (object);
}

static void
td_slot_model_class_init (TdSlotModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = td_slot_model_dispose;
  G_OBJECT_CLASS (klass)->finalize = td_slot_model_finalize;
}

static void
unref_slot (gpointer slot)
{
  if (slot != NULL)
    g_object_unref (slot);
}

static void
td_slot_model_init (TdSlotModel *self)
{
  self->slots = g_ptr_array_new_with_free_func (unref_slot);
}

TdSlotModel *
td_slot_model_new (GListModel *source)
{
  TdSlotModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (source), NULL);

  self = g_object_new (TD_TYPE_SLOT_MODEL, NULL);
  self->source = g_object_ref (source);
  g_signal_connect_swapped (source, "items-changed", G_CALLBACK (on_source_changed_cb), self);
  on_source_changed_cb (self, 0, 0, g_list_model_get_n_items (source));
  return self;
}

gpointer
td_slot_model_peek_item (TdSlotModel *self,
                         guint        position)
{
  TdSlot *slot;

  g_return_val_if_fail (TD_IS_SLOT_MODEL (self), NULL);

  if (position >= self->slots->len)
    return NULL;
  /* The model keeps the slot it makes. */
  slot = get_item (G_LIST_MODEL (self), position);
  g_object_unref (slot);
  return slot_fetch (slot);
}

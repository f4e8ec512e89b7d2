/*
 * run.c — runs every core unit test; the data directory is argv[1].
 *
 * Like the PostgreSQL glue, which hands the core a per-call memory context,
 * the runner hands it an arena that is emptied after every test, so that
 * LeakSanitizer reports only what escapes the allocator hooks.
 */
#include "harness.h"

#include <stdlib.h>

#include "alloc.h"
#include "cues.h"
#include "data.h"
#include "gazetteer.h"
#include "holders.h"
#include "lexicon.h"
#include "names.h"
#include "translit.h"

int			unit_passed = 0;
int			unit_failed = 0;

typedef struct Chunk
{
	struct Chunk *prev;
	struct Chunk *next;
	max_align_t align[];
} Chunk;

static Chunk arena = {&arena, &arena};

static void *
arena_alloc(size_t size)
{
	Chunk	   *c = malloc(sizeof(Chunk) + size);

	if (c == NULL)
		abort();
	c->next = arena.next;
	c->prev = &arena;
	arena.next->prev = c;
	arena.next = c;
	return c->align;
}

static void
arena_free(void *p)
{
	Chunk	   *c = (Chunk *) ((char *) p - offsetof(Chunk, align));

	c->prev->next = c->next;
	c->next->prev = c->prev;
	free(c);
}

static void *
arena_realloc(void *p, size_t size)
{
	Chunk	   *c = (Chunk *) ((char *) p - offsetof(Chunk, align));
	Chunk	   *n;

	c->prev->next = c->next;
	c->next->prev = c->prev;
	n = realloc(c, sizeof(Chunk) + size);
	if (n == NULL)
		abort();
	n->next = arena.next;
	n->prev = &arena;
	arena.next->prev = n;
	arena.next = n;
	return n->align;
}

static void
arena_reset(void)
{
	while (arena.next != &arena)
		arena_free(arena.next->align);
}

int
main(int argc, char **argv)
{
	void		(*tests[]) (void) = {test_translit, test_names, test_entities, test_segment, test_event, test_cues,
		test_holders};

	dc_set_data_dir(argc > 1 ? argv[1] : "data");
	dc_set_allocator(arena_alloc, arena_realloc, arena_free);
	for (size_t i = 0; i < sizeof(tests) / sizeof(tests[0]); i++)
	{
		tests[i] ();
		arena_reset();
	}
	dc_translit_cleanup();
	dc_names_cleanup();
	dc_gazetteer_cleanup();
	dc_cues_cleanup();
	dc_holders_cleanup();
	dc_lexicon_cleanup();
	printf("unit: %d passed, %d failed\n", unit_passed, unit_failed);
	return unit_failed == 0 ? 0 : 1;
}

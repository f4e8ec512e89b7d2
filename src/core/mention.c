/* mention.c — the list of mentions (see mention.h). */
#include "mention.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

void
dc_mentions_init(DcMentions *ms)
{
	ms->n = 0;
	ms->cap = 64;
	ms->m = dc_alloc((size_t) ms->cap * sizeof(DcMention));
}

DcMention *
dc_mentions_push(DcMentions *ms)
{
	DcMention  *m;

	if (ms->n == ms->cap)
	{
		ms->cap *= 2;
		ms->m = dc_realloc(ms->m, (size_t) ms->cap * sizeof(DcMention));
	}
	m = &ms->m[ms->n++];
	memset(m, 0, sizeof(*m));
	return m;
}

static int
cmp_mention(const void *a, const void *b)
{
	const DcMention *x = a;
	const DcMention *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	return (int) x->kind - (int) y->kind;
}

void
dc_mentions_sort(DcMentions *ms)
{
	if (ms->n > 1)
		qsort(ms->m, (size_t) ms->n, sizeof(DcMention), cmp_mention);
}

const char *
dc_ent_kind_name(DcEntKind kind)
{
	static const char *const names[] = {"person", "country", "org", "place", "date"};

	return kind < ENT_NKINDS ? names[kind] : "?";
}

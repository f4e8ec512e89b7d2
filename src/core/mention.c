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

static int
cmp_kind_start(const void *a, const void *b)
{
	const DcMention *x = a;
	const DcMention *y = b;

	if (x->kind != y->kind)
		return (int) x->kind - (int) y->kind;
	return cmp_mention(a, b);
}

void
dc_mentions_resolve(DcMentions *ms)
{
	int			kept = 0;

	/* one sweep per kind, in order of start: of two that overlap, the longer stays */
	qsort(ms->m, (size_t) ms->n, sizeof(DcMention), cmp_kind_start);
	for (int i = 0; i < ms->n; i++)
	{
		DcMention  *last = kept > 0 ? &ms->m[kept - 1] : NULL;
		DcMention  *m = &ms->m[i];

		if (last && last->kind == m->kind && m->start < last->end)
		{
			if (m->end - m->start > last->end - last->start)
				*last = *m;
			continue;
		}
		ms->m[kept++] = *m;
	}
	ms->n = kept;
	dc_mentions_sort(ms);
}

/*
 * extract.h — the state that the extraction steps share (internal to
 * entities.c, persons.c, statebodies.c and contextorgs.c): the tokens, the lexicon spans
 * found in them, and the lexicons the rules consult.
 */
#ifndef DIPLO_CORE_EXTRACT_H
#define DIPLO_CORE_EXTRACT_H

#include "gazetteer.h"
#include "holders.h"
#include "lexicon.h"
#include "mention.h"
#include "tokens.h"

typedef struct Span
{
	int			first;			/* token indices, inclusive */
	int			last;
	const DcGazEntry *entry;
} Span;

typedef struct NameCache NameCache;

typedef struct Extract
{
	const DcTokens *t;
	const DcGazetteer *gaz;
	const DcLexicon *stop;		/* function words */
	const DcLexicon *given;		/* given names (Cyrillic) */
	const DcLexicon *patterns;	/* heads and topics of state bodies */
	const DcLexicon *endings;	/* surname endings */
	const DcLexicon *months;	/* month names */
	const DcLexicon *relative_days;	/* today, yesterday, weekdays */
	bool		ru;				/* the text is Russian */
	Span	   *spans[GAZ_NKINDS];
	int			nspans[GAZ_NKINDS];
	int		   *span_at[GAZ_NKINDS];	/* token -> span index, or -1 */
	const char *home;			/* the country the text mentions most */
	const char **pattern_org;	/* token -> key of the organisation found by
								 * pattern that covers it, or NULL */
	NameCache  *names;			/* persons.c: name analyses of this text */
	const DcHolders *holders;	/* the office holders */
	uint8_t    *holder_word;	/* persons.c: token -> 0 not asked, 1 some holder's word, 2 none */
	int			day;			/* the text's day (dc_days_from_date): its own date, else
								 * the publication date, else the holders' reference day */
	DcMentions *out;
} Extract;

/* The span of a kind covering token i, or NULL. */
static inline const Span *
span_at(const Extract *x, DcGazKind kind, int i)
{
	return (i >= 0 && i < x->t->n && x->span_at[kind][i] >= 0) ?
		&x->spans[kind][x->span_at[kind][i]] : NULL;
}

bool		is_stopword(const Extract *x, int i);
/* The row of org_patterns.tsv of that kind for token i's folded form, or -1. */
int			pattern_row_at(const Extract *x, int i, const char *kind);
/* A sentence starts at token i (after . ! ? or a line break, or at the start). */
bool		sentence_start(const Extract *x, int i);
/* The text of tokens first..last as UTF-8, on the per-call allocator. */
char	   *tokens_text(const Extract *x, int first, int last);
DcMention  *push_mention(Extract *x, DcEntKind kind, int first, int last);

DcStatus	find_persons(Extract *x, DcError *err);
void		find_state_bodies(Extract *x);
/* contextorgs.c: outlets and companies named next to their cue words (org_cues.tsv). */
DcStatus	find_context_orgs(Extract *x, DcError *err);

#endif

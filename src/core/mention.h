/*
 * mention.h — what extraction produces: one mention of an entity in a text,
 * with its offsets in code points, a normalised form for display, the key
 * that says "same entity" (ISO code, ISO date, name key, slug), and for
 * persons the role and the state served.
 */
#ifndef DIPLO_CORE_MENTION_H
#define DIPLO_CORE_MENTION_H

#include <stdbool.h>
#include <stdint.h>

typedef enum DcEntKind
{
	ENT_PERSON, ENT_COUNTRY, ENT_ORG, ENT_PLACE, ENT_DATE, ENT_NKINDS
} DcEntKind;

typedef struct DcMention
{
	uint8_t		kind;			/* DcEntKind */
	bool		adjective;		/* countries: a state adjective */
	int32_t		start;			/* code points, end exclusive */
	int32_t		end;
	int32_t		ustart;			/* the same in UTF-16 units (internal) */
	int32_t		uend;
	char	   *normal;			/* display form */
	char	   *key;
	const char *role;			/* persons: FORMAT.md role vocabulary, or NULL */
	bool		inferred;		/* persons: role or state from the office holders, not the text */
	char		state[3];		/* ISO code of the state a person serves or a
								 * place lies in, or "" */
} DcMention;

typedef struct DcMentions
{
	DcMention  *m;
	int			n;
	int			cap;
} DcMentions;

void dc_mentions_init(DcMentions *ms);
DcMention *dc_mentions_push(DcMentions *ms);
/* Orders by start, then longer first, then kind. */
void dc_mentions_sort(DcMentions *ms);
/* Of mentions of one kind that overlap, keeps the longer; then sorts. */
void dc_mentions_resolve(DcMentions *ms);
const char *dc_ent_kind_name(DcEntKind kind);

#endif

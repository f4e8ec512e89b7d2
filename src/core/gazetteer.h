/*
 * gazetteer.h — the world-knowledge lexicons as token sequences.
 *
 * data/countries.tsv, orgs.tsv, places.tsv and roles.tsv are cut into
 * tokens the way texts are, folded, and put in one hash table of token
 * sequences (built once per process).  dc_gaz_longest_each() finds, at a token
 * of a text, the longest sequence of each kind asked that the lexicons list,
 * honouring capitals: an acronym (UN, ООН, США) must be written in capitals,
 * a proper name (Spain, Астана) must start with one, titles and adjectives
 * match in any case.
 */
#ifndef DIPLO_CORE_GAZETTEER_H
#define DIPLO_CORE_GAZETTEER_H

#include <stdint.h>

#include "status.h"
#include "tokens.h"

typedef enum DcGazKind
{
	GAZ_COUNTRY, GAZ_ORG, GAZ_PLACE, GAZ_ROLE, GAZ_NKINDS
} DcGazKind;

typedef struct DcGazEntry
{
	uint8_t		kind;			/* DcGazKind */
	bool		adjective;		/* countries: a state adjective (Kazakh, казахстанские) */
	bool		acronym;		/* countries, orgs: an abbreviation (РК, UN, OSCE) */
	bool		english;		/* an English form */
	const char *key;			/* ISO code, org/place slug, or role */
	const char *country;		/* places: ISO code of the state, "-" for areas */
	const char *subkind;		/* orgs: intl/state/media/company; places: city/region/area/landmark */
	const char *text;			/* the entry as written in its file */
	const char *canonical;		/* display form: the key's English name */
} DcGazEntry;

typedef struct DcGazetteer DcGazetteer;

/* Loads the lexicons once per process; NULL with err set on failure. */
const DcGazetteer *dc_gazetteer(DcError *err);

/*
 * The longest entries that start at token i, for several kinds at once (a
 * bit mask of DcGazKind) in one walk: for each kind k, lens[k] tokens (0 when
 * none) and entries[k].
 */
void		dc_gaz_longest_each(const DcGazetteer *g, const DcTokens *t, int i, unsigned kinds,
								const DcGazEntry **entries, int *lens);

/* The entry of `kind` for exactly this folded word, or NULL (case not checked). */
const DcGazEntry *dc_gaz_word(const DcGazetteer *g, const char *folded, DcGazKind kind);

void dc_gazetteer_cleanup(void);

#endif

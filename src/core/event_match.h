/*
 * event_match.h — comparing event values, and what the GIN operator class
 * needs to do it through an index.
 *
 * Similarity, in [0, 1] and independent of the languages of the items: a
 * logistic model over the evidence of the two items (data/event_model.tsv,
 * fitted by bench/fit_event_model.py on labelled pairs): shared
 * participants (by name key), host, countries, organisations (the home
 * state's own bodies left out: every item of a Kazakh ministry names its
 * ministry), topics, how far apart the dates are (or that one is unknown),
 * kind and tense, and what happened: actions, occasion, subjects and
 * ordinals (concepts.tsv).  Two items that share no person, host, country,
 * organisation or topic score 0.
 *
 * Containment (a @> b): b's persons (by key), countries, organisations and
 * topics are all a's, and b's host, when it has one, is a's.  Overlap
 * (a && b): they share a person, a country, an organisation or a topic.
 *
 * Index keys are hashes of a group tag and a string (a person key, host,
 * country, organisation, topic, the number of persons, the date).  For
 * similarity the index needs only the groups without which no item can
 * reach the threshold, and prunes with an upper bound of the similarity
 * computed from which query keys an item has.
 */
#ifndef DIPLO_CORE_EVENT_MATCH_H
#define DIPLO_CORE_EVENT_MATCH_H

#include <stdbool.h>
#include <stdint.h>

#include "event.h"
#include "status.h"

typedef struct DcEventModel DcEventModel;

/* The weights, loaded once per process; NULL with err set when the file is missing or malformed. */
const DcEventModel *dc_event_model_load(DcError *err);

float		dc_event_similarity(const DcEventModel *m, const DcEvent *a, const DcEvent *b);

/*
 * The model's features of a pair (names and values, each in [0, 1]; the
 * first is the intercept, 1): what the similarity is made of, for analysts
 * and for fitting the weights.  Returns how many.
 */
#define DC_EVENT_MAX_FEATURES 64
int			dc_event_evidence(const DcEvent *a, const DcEvent *b, const char **names, float *values);
bool		dc_event_contains(const DcEvent *a, const DcEvent *b);
bool		dc_event_overlaps(const DcEvent *a, const DcEvent *b);

typedef enum DcKeyGroup
{
	KEY_PERSON, KEY_HOST, KEY_COUNTRY, KEY_ORG, KEY_TOPIC,
	KEY_PERSON_COUNT,			/* a person with the number of persons of the item */
	KEY_DAY,					/* its date */
	KEY_NGROUPS
} DcKeyGroup;

#define DC_GROUP(g) (1u << (g))
#define DC_GROUPS_ALL ((1u << KEY_NGROUPS) - 1)
/* what a similarity search may ask: persons with their item's count stand for persons */
#define DC_GROUPS_SIMILAR (DC_GROUPS_ALL & ~DC_GROUP(KEY_PERSON))
/* the groups of the features that containment and overlap compare */
#define DC_GROUPS_FEATURES (DC_GROUP(KEY_PERSON) | DC_GROUP(KEY_HOST) | DC_GROUP(KEY_COUNTRY) | \
							DC_GROUP(KEY_ORG) | DC_GROUP(KEY_TOPIC))

typedef struct DcEventKey
{
	int32_t		hash;
	uint8_t		group;			/* DcKeyGroup */
	int			index;			/* in the event's list of that group; for a
								 * query's person-count keys person * 15 +
								 * count - 1, for its day keys the distance
								 * in days */
} DcEventKey;

/*
 * The keys of the groups in mask, in group order; out holds
 * dc_event_nkeys().  An item has, besides a key for each person, one for
 * each person together with how many persons it names, and one for its
 * date; a similarity query has a key for each of its persons with every
 * count, and for every day near its date, so that the bound learns how
 * many persons a candidate has and how far its date is.  Persons with
 * counts make rare keys: the index reads short posting lists.
 */
int			dc_event_nkeys(const DcEvent *ev, unsigned mask, bool query);
int			dc_event_keys(const DcEvent *ev, unsigned mask, bool query, DcEventKey *out);

/*
 * The groups whose keys a similarity search for q at threshold needs: an
 * item with none of the persons, host, organisation or topic keys among
 * them cannot reach the threshold; the host and day keys come along to
 * tighten the bound.  Returns 0 when no such groups exist (the search must
 * read every item, and asks for DC_GROUPS_SIMILAR).
 */
unsigned	dc_event_similarity_groups(const DcEventModel *m, const DcEvent *q, float threshold);

/*
 * An upper bound of the similarity of q and any item that has exactly the
 * keys marked present among q's keys (those of the groups in mask); of the
 * groups outside mask, the item is assumed to share everything.
 */
float		dc_event_similarity_bound(const DcEventModel *m, const DcEvent *q, const DcEventKey *keys,
									  const bool *present, int nkeys, unsigned mask);

#endif

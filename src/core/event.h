/*
 * event.h — the real-world event a news item reports, as a value.
 *
 * dc_event_from_text() reads one item: its entities (entities.h) give the
 * participants (person key, role, state served), the countries, the
 * organisations, the place and host country, and the date (the first the
 * text gives, else the publication date; a day and month alone when no year
 * is known); words of data/event_kinds.tsv
 * and data/topics.tsv (cues.h) give the kind and the topics, those of
 * data/tense.tsv in the lead whether the event is still to come.  The item's
 * home state — that of its first envoy, else of its first person with a
 * state, else its most-named country — is kept too: its own bodies say
 * nothing about which event it is.  Lists are sorted and distinct; every
 * string is ASCII.
 *
 * event_io.h turns the value into text and bytes and back; event_match.h
 * compares values and gives the keys and bounds of the GIN operator class.
 */
#ifndef DIPLO_CORE_EVENT_H
#define DIPLO_CORE_EVENT_H

#include <stdbool.h>

#include "dates.h"
#include "status.h"

typedef enum DcEventKind
{
	EV_OTHER, EV_MEETING, EV_BRIEFING, EV_ROUNDTABLE, EV_CALL, EV_CREDENTIALS, EV_VISIT,
	EV_STATEMENT, EV_NKINDS
} DcEventKind;

#define DC_EVENT_NO_DAY (-2147483647 - 1)

typedef struct DcParticipant
{
	const char *key;			/* diplo_name_key */
	const char *role;			/* role vocabulary of roles.tsv, or "" */
	char		state[3];		/* ISO code of the state served, or "" */
} DcParticipant;

typedef struct DcEvent
{
	DcEventKind kind;
	int			day;			/* days since 2000-01-01, or DC_EVENT_NO_DAY */
	char		host[3];		/* ISO code of the country it took place in, or "" */
	char		home[3];		/* ISO code of the item's home state, or "" */
	const char *place;			/* places.tsv key of the city or region, or "" */
	DcParticipant *participants;	/* sorted by key, distinct keys */
	int			nparticipants;
	const char **countries;		/* ISO codes, sorted, host included */
	int			ncountries;
	const char **orgs;			/* organisation keys, sorted */
	int			norgs;
	const char **topics;		/* topic ids of topics.tsv, sorted */
	int			ntopics;
	int			month_day;		/* a date without a year (neither the text nor the page gives
								 * one): month * 100 + day; 0 when none or when day is known */
	bool		planned;		/* the item announces the event (data/tense.tsv), not reports it */
	const char **concepts;		/* concept ids of concepts.tsv and "n.<ordinal>", sorted */
	int			nconcepts;
} DcEvent;

/* An event with nothing known: kind other, no date, empty lists. */
void		dc_event_init(DcEvent *ev);

/* lang: "en", "ru" or NULL to detect; published: year 0 when unknown. */
DcStatus	dc_event_from_text(const char *text, size_t len, const char *lang, DcDate published,
							   DcEvent *ev, DcError *err);

/*
 * A query value: the event of a person (a name in either script, any
 * case), in a host country, with a country, an organisation or a topic
 * (names in English or Russian, ISO codes, keys and topic ids).  NULL
 * arguments are left out; DC_ERR_ARGUMENT when one names nothing known.
 */
typedef struct DcEventQuery
{
	const char *person;
	const char *host;
	const char *country;
	const char *org;
	const char *topic;
} DcEventQuery;

DcStatus	dc_event_query(const DcEventQuery *query, DcEvent *ev, DcError *err);

/* "meeting", ...; and back (EV_NKINDS when unknown). */
const char *dc_event_kind_name(DcEventKind kind);
DcEventKind dc_event_kind_from_name(const char *name, size_t len);

/* Sorts and de-duplicates the lists (after building a value by hand). */
void		dc_event_normalize(DcEvent *ev);

#endif

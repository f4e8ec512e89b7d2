/* event_match.c — similarity, containment, overlap and index keys of events (see event_match.h). */
#include "event_match.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "event_io.h"
#include "lexicon.h"

/*
 * Weights of the features; a feature neither side has takes no part.  The
 * values were chosen on the project's own bilingual test set of event pairs
 * (test/events) and checked on the seeds: see README, "Event links".
 */
#define W_PERSONS 0.55f
#define W_HOST 0.20f
#define W_DATE 0.15f
#define W_ORGS 0.10f
#define W_TOPICS 0.15f
/*
 * Dates: within 3 days the same (reports follow events by a day or two),
 * within a week half.  Scale-downs: elsewhere (hosts are guessed, so
 * mildly), more than a week or a month apart, another kind, one announced and
 * one reported.
 */
#define SAME_DAYS 3
#define NEAR_DAYS 7
#define OTHER_HOST 0.75f
#define OTHER_WEEK 0.6f
#define OTHER_MONTH 0.5f
#define OTHER_KIND 0.75f
/* An announcement and the event it announces ("will pay a visit", "посетит") are two events. */
#define OTHER_TENSE 0.6f
/*
 * When both items name people, how much their agreement scales the rest:
 * the same ambassador, host, day and topics with another counterpart is
 * another event.
 */
#define PERSON_AGREEMENT 0.6f

typedef struct Side
{
	int			na;
	int			nb;
	int			shared;
} Side;

typedef enum HostMatch
{
	HOST_NONE,					/* either has none, or each names the other's */
	HOST_SAME,
	HOST_OTHER
} HostMatch;

typedef struct Overlap
{
	Side		persons;
	Side		orgs;			/* home bodies left out */
	Side		topics;
	HostMatch	host;
	int			gap;			/* days between the dates, or -1 */
	bool		other_kind;
	bool		other_tense;
} Overlap;

static float
dice(Side s)
{
	return (s.na && s.nb) ? 2.0f * (float) s.shared / (float) (s.na + s.nb) : 0.0f;
}

static bool
any(Side s)
{
	return s.na || s.nb;
}

/*
 * The score of an overlap.  For a bound, the overlap is the best case and
 * the rule that an item sharing neither persons nor host is unrelated does
 * not apply (the item may have persons the bound does not see).
 */
static float
score(const Overlap *o, bool bound)
{
	float		persons = dice(o->persons);
	float		date = o->gap < 0 ? 0.0f : o->gap <= SAME_DAYS ? 1.0f : o->gap <= NEAR_DAYS ? 0.5f : 0.0f;
	float		num = W_PERSONS * persons + W_HOST * (o->host == HOST_SAME) + W_DATE * date +
		W_ORGS * dice(o->orgs) + W_TOPICS * dice(o->topics);
	float		den = (any(o->persons) ? W_PERSONS : 0) + (o->host != HOST_NONE ? W_HOST : 0) +
		(o->gap >= 0 ? W_DATE : 0) + (any(o->orgs) ? W_ORGS : 0) + (any(o->topics) ? W_TOPICS : 0);
	float		s;

	if (den == 0.0f || (!bound && !any(o->persons) && o->host == HOST_NONE))
		return 0.0f;
	s = num / den;
	if (o->host == HOST_OTHER)
		s *= OTHER_HOST;
	if (o->gap > 30)
		s *= OTHER_MONTH;
	else if (o->gap > NEAR_DAYS)
		s *= OTHER_WEEK;
	if (o->other_kind)
		s *= OTHER_KIND;
	if (o->other_tense)
		s *= OTHER_TENSE;
	if (o->persons.na && o->persons.nb)
		s *= (1.0f - PERSON_AGREEMENT) + PERSON_AGREEMENT * persons;
	return s > 1.0f ? 1.0f : s;
}

/* An organisation of the item's own state ("kz-ministry-foreign-affairs"). */
static bool
home_body(const DcEvent *ev, const char *org)
{
	return ev->home[0] && (org[0] & ~0x20) == ev->home[0] && (org[1] & ~0x20) == ev->home[1] &&
		org[2] == '-';
}

static bool
in_sorted(const char *const *list, int n, const char *s)
{
	int			lo = 0;
	int			hi = n - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;
		int			c = strcmp(list[mid], s);

		if (c == 0)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return false;
}

/* The surname part of a name key: "tkv" of "tkv.k". */
static size_t
skeleton_len(const char *key)
{
	const char *dot = strchr(key, '.');

	return dot ? (size_t) (dot - key) : strlen(key);
}

/*
 * Two name keys of one person: equal, or the same surname where one item
 * gives no given name ("President Tokayev" and "Kassym-Jomart Tokayev").
 */
static bool
same_person(const char *a, const char *b)
{
	size_t		la = skeleton_len(a);
	size_t		lb = skeleton_len(b);

	if (strcmp(a, b) == 0)
		return true;
	return la == lb && memcmp(a, b, la) == 0 && (a[la] == '\0' || b[lb] == '\0');
}

static bool
has_person(const DcEvent *ev, const char *key)
{
	for (int i = 0; i < ev->nparticipants; i++)
		if (same_person(ev->participants[i].key, key))
			return true;
	return false;
}

static void
org_side(const DcEvent *a, const DcEvent *b, Side *s)
{
	for (int i = 0; i < a->norgs; i++)
		if (!home_body(a, a->orgs[i]))
		{
			s->na++;
			s->shared += in_sorted(b->orgs, b->norgs, a->orgs[i]) && !home_body(b, a->orgs[i]);
		}
	for (int i = 0; i < b->norgs; i++)
		s->nb += !home_body(b, b->orgs[i]);
}

/* Hosts are guessed: two items that each name the other's host do not disagree. */
static HostMatch
host_match(const DcEvent *a, const DcEvent *b)
{
	if (!(a->host[0] && b->host[0]))
		return HOST_NONE;
	if (strcmp(a->host, b->host) == 0)
		return HOST_SAME;
	if (in_sorted(a->countries, a->ncountries, b->host) && in_sorted(b->countries, b->ncountries, a->host))
		return HOST_NONE;
	return HOST_OTHER;
}

/* A date's place in a leap year (0-365), from a day or from month * 100 + day. */
static int
day_of_year(const DcEvent *ev)
{
	int			m,
				d;

	if (ev->day != DC_EVENT_NO_DAY)
	{
		DcDate		date = dc_date_from_days(ev->day);

		m = date.month;
		d = date.day;
	}
	else
	{
		m = ev->month_day / 100;
		d = ev->month_day % 100;
	}
	return dc_days_from_date((DcDate) {2000, m, d}) - dc_days_from_date((DcDate) {2000, 1, 1});
}

/*
 * Days between two items' dates, or -1 when either has none.  A date
 * without a year is compared on its day and month, around the year's turn.
 */
static int
date_gap(const DcEvent *a, const DcEvent *b)
{
	int			g;

	if (a->day != DC_EVENT_NO_DAY && b->day != DC_EVENT_NO_DAY)
		return abs(a->day - b->day);
	if ((a->day == DC_EVENT_NO_DAY && !a->month_day) || (b->day == DC_EVENT_NO_DAY && !b->month_day))
		return -1;
	g = abs(day_of_year(a) - day_of_year(b));
	return g < 366 - g ? g : 366 - g;
}

float
dc_event_similarity(const DcEvent *a, const DcEvent *b)
{
	Overlap		o = {{0}};

	o.persons.na = a->nparticipants;
	o.persons.nb = b->nparticipants;
	for (int i = 0; i < a->nparticipants; i++)
		o.persons.shared += has_person(b, a->participants[i].key);
	/* one key may stand for two of the other's: never more shared than either has */
	if (o.persons.shared > o.persons.nb)
		o.persons.shared = o.persons.nb;
	org_side(a, b, &o.orgs);
	o.topics.na = a->ntopics;
	o.topics.nb = b->ntopics;
	for (int i = 0; i < a->ntopics; i++)
		o.topics.shared += in_sorted(b->topics, b->ntopics, a->topics[i]);
	o.host = host_match(a, b);
	o.gap = date_gap(a, b);
	o.other_kind = a->kind != EV_OTHER && b->kind != EV_OTHER && a->kind != b->kind;
	o.other_tense = a->planned != b->planned;
	return score(&o, false);
}

/* Every element of the sorted list b is in the sorted list a. */
static bool
subset(const char *const *a, int na, const char *const *b, int nb)
{
	int			i = 0;

	for (int j = 0; j < nb; j++)
	{
		while (i < na && strcmp(a[i], b[j]) < 0)
			i++;
		if (i == na || strcmp(a[i], b[j]) != 0)
			return false;
	}
	return true;
}

static bool
intersect(const char *const *a, int na, const char *const *b, int nb)
{
	for (int i = 0, j = 0; i < na && j < nb;)
	{
		int			c = strcmp(a[i], b[j]);

		if (c == 0)
			return true;
		if (c < 0)
			i++;
		else
			j++;
	}
	return false;
}

bool
dc_event_contains(const DcEvent *a, const DcEvent *b)
{
	if (b->host[0] && strcmp(a->host, b->host) != 0)
		return false;
	for (int j = 0; j < b->nparticipants; j++)
		if (!has_person(a, b->participants[j].key))
			return false;
	return subset(a->countries, a->ncountries, b->countries, b->ncountries) &&
		subset(a->orgs, a->norgs, b->orgs, b->norgs) &&
		subset(a->topics, a->ntopics, b->topics, b->ntopics);
}

bool
dc_event_overlaps(const DcEvent *a, const DcEvent *b)
{
	for (int j = 0; j < b->nparticipants; j++)
		if (has_person(a, b->participants[j].key))
			return true;
	return intersect(a->countries, a->ncountries, b->countries, b->ncountries) ||
		intersect(a->orgs, a->norgs, b->orgs, b->norgs) ||
		intersect(a->topics, a->ntopics, b->topics, b->ntopics);
}

/* ---- index keys -------------------------------------------------------- */

static const char group_tag[KEY_NGROUPS] = {'p', 'h', 'c', 'o', 't', 'q', 'd'};

/* How many persons a person-count key says at most: more is "15 or more". */
#define MAX_COUNT 15
/*
 * The days around a query's date whose keys tell the bound how far apart
 * the dates are; farther dates add nothing and scale down.
 */
#define DAY_WINDOW NEAR_DAYS
/* The index of the day key of an item without a year: its day and month may agree with any. */
#define YEARLESS 1000

static int
group_size(const DcEvent *ev, DcKeyGroup g, bool query)
{
	switch (g)
	{
		case KEY_PERSON:
			return ev->nparticipants;
		case KEY_HOST:
			return ev->host[0] != '\0';
		case KEY_COUNTRY:
			return ev->ncountries;
		case KEY_ORG:
			return ev->norgs;
		case KEY_TOPIC:
			return ev->ntopics;
		case KEY_PERSON_COUNT:
			return query ? ev->nparticipants * MAX_COUNT : ev->nparticipants;
		default:
			/* a query with a day asks for the days near it and for the items without a year */
			if (ev->day == DC_EVENT_NO_DAY)
				return query || !ev->month_day ? 0 : 1;
			return query ? 2 * DAY_WINDOW + 2 : 1;
	}
}

/* The value of key i of a group, in buf; index gets what the bound reads of it. */
static const char *
group_value(const DcEvent *ev, DcKeyGroup g, int i, bool query, char *buf, size_t size, int *index)
{
	*index = i;
	switch (g)
	{
		case KEY_PERSON:
			/* the surname only: a key without a given name is the same person */
			snprintf(buf, size, "%.*s", (int) skeleton_len(ev->participants[i].key), ev->participants[i].key);
			return buf;
		case KEY_HOST:
			return ev->host;
		case KEY_COUNTRY:
			return ev->countries[i];
		case KEY_ORG:
			return ev->orgs[i];
		case KEY_TOPIC:
			return ev->topics[i];
		case KEY_PERSON_COUNT:
			/* a query's keys: each person with each count from 1 */
			{
				const char *key = ev->participants[query ? i / MAX_COUNT : i].key;

				snprintf(buf, size, "%.*s#%d", (int) skeleton_len(key), key,
						 query ? 1 + i % MAX_COUNT :
						 ev->nparticipants < MAX_COUNT ? ev->nparticipants : MAX_COUNT);
			}
			return buf;
		default:
			/* an item without a year, and the key of a query that finds them */
			if (query ? i == 2 * DAY_WINDOW + 1 : ev->day == DC_EVENT_NO_DAY)
			{
				*index = YEARLESS;
				return "y";
			}
			/* a query's keys: the days around its date, index the distance */
			*index = query ? i - DAY_WINDOW : 0;
			snprintf(buf, size, "%d", ev->day + *index);
			return buf;
	}
}

int
dc_event_nkeys(const DcEvent *ev, unsigned mask, bool query)
{
	int			n = 0;

	for (int g = 0; g < KEY_NGROUPS; g++)
		if (mask & DC_GROUP(g))
			n += group_size(ev, (DcKeyGroup) g, query);
	return n;
}

int
dc_event_keys(const DcEvent *ev, unsigned mask, bool query, DcEventKey *out)
{
	int			n = 0;

	for (int g = 0; g < KEY_NGROUPS; g++)
	{
		if (!(mask & DC_GROUP(g)))
			continue;
		for (int i = 0; i < group_size(ev, (DcKeyGroup) g, query); i++)
		{
			/* the tag keeps a country and a host, or an org and a topic, apart */
			char		buf[2 + DC_EVENT_MAX_KEY + 8];
			char		num[DC_EVENT_MAX_KEY + 8];
			const char *v = group_value(ev, (DcKeyGroup) g, i, query, num, sizeof(num), &out[n].index);
			size_t		len = strlen(v);

			if (len > sizeof(buf) - 2)
				len = sizeof(buf) - 2;

			buf[0] = group_tag[g];
			buf[1] = ':';
			memcpy(buf + 2, v, len);
			out[n].hash = (int32_t) dc_hash_bytes(buf, len + 2);
			out[n].group = (uint8_t) g;
			n++;
		}
	}
	return n;
}

float
dc_event_similarity_bound(const DcEvent *q, const DcEventKey *keys, const bool *present,
						  int nkeys, unsigned mask)
{
	Overlap		o = {{0}};
	bool		host_hit = !(mask & DC_GROUP(KEY_HOST));
	int			person_hits = 0;
	int			last_person = -1;
	int			org_hits = 0;
	int			topic_hits = 0;
	int			count = -1;		/* the fewest persons the item may have, if known */
	int			gap = -1;		/* the nearest the item's date may be, if known */

	/* best case: the item has the keys seen and as little else as its keys allow */
	for (int k = 0; k < nkeys; k++)
	{
		if (!present[k])
			continue;
		host_hit |= keys[k].group == KEY_HOST;
		person_hits += keys[k].group == KEY_PERSON && !(mask & DC_GROUP(KEY_PERSON_COUNT));
		/* a person's count keys come one after another */
		if (keys[k].group == KEY_PERSON_COUNT)
		{
			person_hits += keys[k].index / MAX_COUNT != last_person;
			last_person = keys[k].index / MAX_COUNT;
			if (count < 0 || 1 + keys[k].index % MAX_COUNT < count)
				count = 1 + keys[k].index % MAX_COUNT;
		}
		org_hits += keys[k].group == KEY_ORG && !home_body(q, q->orgs[keys[k].index]);
		topic_hits += keys[k].group == KEY_TOPIC;
		if (keys[k].group == KEY_DAY)
		{
			int			g = keys[k].index == YEARLESS ? 0 : abs(keys[k].index);

			if (gap < 0 || g < gap)
				gap = g;
		}
	}
	o.persons.na = q->nparticipants;
	o.persons.shared = (mask & (DC_GROUP(KEY_PERSON) | DC_GROUP(KEY_PERSON_COUNT))) ?
		person_hits : q->nparticipants;
	for (int i = 0; i < q->norgs; i++)
		o.orgs.na += !home_body(q, q->orgs[i]);
	o.orgs.shared = (mask & DC_GROUP(KEY_ORG)) ? org_hits : o.orgs.na;
	o.topics.na = q->ntopics;
	o.topics.shared = (mask & DC_GROUP(KEY_TOPIC)) ? topic_hits : q->ntopics;
	o.persons.nb = o.persons.shared > count ? o.persons.shared : count;
	o.orgs.nb = o.orgs.shared;
	o.topics.nb = o.topics.shared;
	o.host = q->host[0] && host_hit ? HOST_SAME : HOST_NONE;
	/* no day key near: the item has no date, or one too far to add anything; a query
	 * without a year has no day keys, and any item's day and month may agree with it */
	o.gap = q->day == DC_EVENT_NO_DAY ? (q->month_day ? 0 : -1) : (mask & DC_GROUP(KEY_DAY)) ? gap : 0;
	return score(&o, true);
}

unsigned
dc_event_similarity_groups(const DcEvent *q, float threshold)
{
	static const DcKeyGroup order[] = {KEY_PERSON_COUNT, KEY_HOST, KEY_ORG, KEY_TOPIC};
	unsigned	mask = 0;

	for (size_t g = 0; g < sizeof(order) / sizeof(order[0]); g++)
	{
		mask |= DC_GROUP(order[g]);
		if (dc_event_similarity_bound(q, NULL, NULL, 0, mask) < threshold)
			return mask | DC_GROUP(KEY_HOST) | DC_GROUP(KEY_DAY);
	}
	return 0;
}

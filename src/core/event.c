/* event.c — the event a news item reports, built from its entities and cue words (see event.h). */
#include "event.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "cues.h"
#include "entities.h"
#include "event_io.h"
#include "lexicon.h"
#include "names.h"
#include "segment.h"

#define MAX_CUES 16
#define MAX_CONCEPTS 48
#define MAX_ORDINAL 999			/* larger numbers are years and amounts, not the 30th anniversary */
#define KIND_TOKENS 80			/* the kind is read from the title and first sentences */

static const char *const kind_names[EV_NKINDS] = {
	"other", "meeting", "briefing", "roundtable", "call", "credentials", "visit", "statement"
};

/*
 * When an item has cues of several kinds, credentials and calls win (a call
 * is also a conversation, credentials are handed over at a meeting); else
 * the kind named first: "met ... proposed to hold a forum" is a meeting,
 * "spoke at a round table ... met participants" a round table.
 */
static const DcEventKind specific[] = {EV_CREDENTIALS, EV_CALL};

const char *
dc_event_kind_name(DcEventKind kind)
{
	return kind < EV_NKINDS ? kind_names[kind] : "other";
}

DcEventKind
dc_event_kind_from_name(const char *name, size_t len)
{
	for (int k = 0; k < EV_NKINDS; k++)
		if (strlen(kind_names[k]) == len && memcmp(kind_names[k], name, len) == 0)
			return (DcEventKind) k;
	return EV_NKINDS;
}

void
dc_event_init(DcEvent *ev)
{
	memset(ev, 0, sizeof(*ev));
	ev->kind = EV_OTHER;
	ev->day = DC_EVENT_NO_DAY;
	ev->month_day = 0;
	ev->planned = false;
	ev->place = "";
}

static bool
is_envoy_role(const char *role)
{
	return role && (strcmp(role, "ambassador") == 0 || strcmp(role, "consul_general") == 0 ||
					strcmp(role, "permanent_representative") == 0);
}

/*
 * The item's home state: that of its first diplomat (a ministry's news
 * item is about its own envoys), else of its first person with a state,
 * else the country it names most.
 */
static const char *
home_state(const DcMentions *ms)
{
	const char *best = NULL;
	int			best_n = 0;

	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < ms->n; i++)
		{
			const DcMention *m = &ms->m[i];

			if (m->kind == ENT_PERSON && m->state[0] && m->role && (pass == 1 || is_envoy_role(m->role)))
				return m->state;
		}
	for (int i = 0; i < ms->n; i++)
	{
		int			n = 0;

		if (ms->m[i].kind != ENT_COUNTRY)
			continue;
		for (int k = 0; k < ms->n; k++)
			n += ms->m[k].kind == ENT_COUNTRY && strcmp(ms->m[k].key, ms->m[i].key) == 0;
		if (n > best_n)
		{
			best_n = n;
			best = ms->m[i].key;
		}
	}
	return best;
}

static void
set_host(DcEvent *ev, const char *code, const char *place)
{
	memcpy(ev->host, code, 2);
	ev->host[2] = '\0';
	ev->place = place ? place : "";
}

static const DcMention *
first_place(const DcMentions *ms)
{
	for (int i = 0; i < ms->n; i++)
		if (ms->m[i].kind == ENT_PLACE && ms->m[i].state[0])
			return &ms->m[i];
	return NULL;
}

static const DcMention *
first_foreign_country(const DcMentions *ms, const char *home)
{
	for (int i = 0; i < ms->n; i++)
		if (ms->m[i].kind == ENT_COUNTRY && !(home && strcmp(ms->m[i].key, home) == 0))
			return &ms->m[i];
	return NULL;
}

/*
 * Where it happened.  A call or a statement is made at home.  An item led by
 * one of the home state's envoys happens where the envoy is posted: the
 * first foreign country named ("Ambassador of Kazakhstan to China ..."),
 * though the text may name Astana later.  Otherwise the first place named
 * (a city says more than a country in a title: "met the Minister of Spain
 * in Astana"); else, when a foreign envoy comes to see a home official, the
 * home state; else the first foreign country; else the home state.
 */
static void
find_host(const DcMentions *ms, const char *home, DcEvent *ev)
{
	const DcMention *lead = NULL;
	const DcMention *place = first_place(ms);
	const DcMention *country = first_foreign_country(ms, home);
	bool		foreign_envoy = false;

	for (int i = 0; i < ms->n; i++)
		if (ms->m[i].kind == ENT_PERSON && ms->m[i].role)
		{
			if (lead == NULL)
				lead = &ms->m[i];
			foreign_envoy |= is_envoy_role(ms->m[i].role) && home && strcmp(ms->m[i].state, home) != 0;
		}
	if (home && (ev->kind == EV_CALL || ev->kind == EV_STATEMENT))
		set_host(ev, home, NULL);
	else if (home && lead && is_envoy_role(lead->role) && strcmp(lead->state, home) == 0 && country)
		set_host(ev, country->key, place && strcmp(place->state, country->key) == 0 ? place->key : NULL);
	else if (place)
		set_host(ev, place->state, place->key);
	else if (home && foreign_envoy)
		set_host(ev, home, NULL);
	else if (country)
		set_host(ev, country->key, NULL);
	else if (home)
		set_host(ev, home, NULL);
}

/*
 * A news agency's dateline, "Астана. 14 апреля.", "ASTANA, May 28 (Kazinform)":
 * where and when the agency wrote, not where and when the event was.  Its
 * place and date leave the mentions the event reads; the date, returned in
 * days (else DC_EVENT_NO_DAY), is still nearer the event than the
 * publication date when the text gives none.
 */
typedef struct EventDate
{
	int			day;			/* days, or DC_EVENT_NO_DAY */
	int			month_day;		/* month * 100 + day of a date without a year, or 0 */
} EventDate;

/* A date mention's key as a day, or a day and month without a year; a month alone is no day. */
static EventDate
date_of(const char *key)
{
	EventDate	d = {DC_EVENT_NO_DAY, 0};
	DcDate		k;

	if (!dc_date_from_key(key, &k) || k.day == 0)
		return d;
	if (k.year == 0)
		d.month_day = k.month * 100 + k.day;
	else
		d.day = dc_days_from_date(k);
	return d;
}

static EventDate
drop_dateline(DcMentions *ms, const DcTokens *t)
{
	for (int i = 0; i + 1 < ms->n && i < 3; i++)
	{
		const DcMention *place = &ms->m[i];
		const DcMention *date = &ms->m[i + 1];
		int			k = 0;

		if (place->kind != ENT_PLACE || date->kind != ENT_DATE)
			continue;
		while (k < t->n && t->tok[k].start < place->end)
			k++;
		/* "Астана. 14 апреля.", "ASTANA, May 28 (Kazinform) --", "АСТАНА, 12 фев — Sputnik." */
		if (k + 1 < t->n && t->tok[k].start == place->end && (dc_tok_is(t, k, '.') || dc_tok_is(t, k, ',')) &&
			t->tok[k + 1].start == date->start)
		{
			EventDate	d = date_of(date->key);

			memmove(&ms->m[i], &ms->m[i + 2], sizeof(DcMention) * (size_t) (ms->n - i - 2));
			ms->n -= 2;
			return d;
		}
	}
	return (EventDate) {DC_EVENT_NO_DAY, 0};
}

/* The end of the title and first sentences, where the kind and the actions are read. */
static int
opening_end(const DcTokens *t)
{
	int			words = 0;
	int			end = 0;

	while (end < t->n && words < KIND_TOKENS)
		words += t->tok[end++].type == TOK_WORD;
	return end;
}

static void
find_kind_and_topics(const DcCues *kinds, const DcCues *topics, const DcTokens *t, DcEvent *ev)
{
	const char *ids[MAX_CUES];
	int			end = opening_end(t);
	int			n;

	n = dc_cues_find(kinds, t, 0, end, ids, MAX_CUES);
	if (n == 0)
		n = dc_cues_find(kinds, t, end, t->n, ids, MAX_CUES);
	for (size_t p = 0; p < sizeof(specific) / sizeof(specific[0]) && ev->kind == EV_OTHER; p++)
		for (int i = 0; i < n; i++)
			if (strcmp(ids[i], kind_names[specific[p]]) == 0)
				ev->kind = specific[p];
	if (ev->kind == EV_OTHER && n > 0)
		ev->kind = dc_event_kind_from_name(ids[0], strlen(ids[0]));
	n = dc_cues_find(topics, t, 0, t->n, ids, MAX_CUES);
	ev->topics = dc_alloc(sizeof(char *) * (size_t) (n + 1));
	memcpy(ev->topics, ids, sizeof(char *) * (size_t) n);
	ev->ntopics = n;
}

/*
 * Leaves out what page furniture says (segment.h): site menus, bylines,
 * photo credits, share buttons, related headlines add no person, country,
 * date or topic to the event.  The mentions and the tokens inside such lines
 * are dropped; t keeps its own, and *kept gets the rest.
 */
static void
drop_furniture(DcMentions *ms, const DcTokens *t, DcTokens *kept, DcError *err)
{
	bool	   *furniture = dc_alloc0((size_t) t->n + 1);
	int			n = 0;

	bool		heading = false;	/* after "Related news:", "Читайте также:" */

	for (int i = 0; i < t->n;)
	{
		int			j = i + 1;
		bool		f;

		while (j < t->n && t->tok[j].newlines == 0)
			j++;
		f = heading || dc_furniture_line(t->u, t->tok[i].ustart, t->tok[j - 1].uend, err);
		/* a furniture line that ends in a colon heads a list of other items' headlines */
		heading |= f && dc_tok_is(t, j - 1, ':');
		for (int k = i; k < j; k++)
			furniture[k] = f;
		i = j;
	}
	*kept = *t;
	kept->tok = dc_alloc(sizeof(DcToken) * (size_t) (t->n + 1));
	kept->n = 0;
	for (int i = 0; i < t->n; i++)
		if (!furniture[i])
			kept->tok[kept->n++] = t->tok[i];
	for (int i = 0, k = 0; i < ms->n; i++)
	{
		/* the token where the mention starts */
		while (k + 1 < t->n && t->tok[k].uend <= ms->m[i].ustart)
			k++;
		if (!furniture[k])
			ms->m[n++] = ms->m[i];
	}
	ms->n = n;
}

/*
 * The day a relative word of the text gives ("вчера", "накануне", "on
 * Tuesday", data/relative_days.tsv) from the anchor day (the dateline's,
 * else the publication's): the first such word; DC_EVENT_NO_DAY when none.
 */
static int
relative_day(const DcTokens *t, int anchor, DcError *err)
{
	const DcLexicon *rel = dc_lexicon_load("relative_days.tsv", "text", err);

	if (rel == NULL || anchor == DC_EVENT_NO_DAY)
		return DC_EVENT_NO_DAY;
	for (int i = 0; i < t->n; i++)
	{
		int			row;
		const char *weekday;

		if (t->tok[i].type != TOK_WORD ||
			(row = dc_lexicon_find(rel, dc_tok_folded(t, i), t->tok[i].foldlen)) < 0)
			continue;
		/* English weekdays are proper nouns: "may" and "sunday best" aside, they start with a capital */
		if (t->tok[i].script == SCRIPT_LATIN && t->tok[i].caps == CAPS_LOWER &&
			dc_lexicon_field(rel, row, 3)[0])
			continue;
		weekday = dc_lexicon_field(rel, row, 3);
		if (!weekday[0])
			return anchor + atoi(dc_lexicon_field(rel, row, 2));
		/* days since 2000-01-01, a Saturday: weekday (1 Monday .. 7 Sunday) of the anchor */
		{
			int			anchor_wd = ((anchor % 7) + 7 + 5) % 7 + 1;

			return anchor - ((anchor_wd - atoi(weekday)) + 7) % 7;
		}
	}
	return DC_EVENT_NO_DAY;
}

/* The lead: the tokens of the first sentence of the item's own text. */
static int
lead_end(const DcTokens *t)
{
	int			i = 0;

	while (i < t->n && !(dc_tok_is(t, i, '.') || dc_tok_is(t, i, '!') || dc_tok_is(t, i, '?') ||
						 (i > 0 && t->tok[i].newlines > 0 && i > 12)))
		i++;
	return i;
}

/* True when a folded word is an ordinal's ending: "30th", "30-летие", "5-е", "XXV-й". */
static bool
ordinal_suffix(const DcTokens *t, int i)
{
	static const char *const en[] = {"th", "st", "nd", "rd"};
	const char *w = dc_tok_folded(t, i);

	if (t->tok[i].space_before || t->tok[i].type != TOK_WORD)
		return false;
	if (t->tok[i].script == SCRIPT_CYRILLIC)
		return true;
	for (size_t k = 0; k < sizeof(en) / sizeof(en[0]); k++)
		if (strcmp(w, en[k]) == 0)
			return true;
	return false;
}

/*
 * The ordinal numbers of the text outside dates, as "n.<number>": the 30th
 * anniversary, the 5th session of a commission tell one event from another
 * of the same people.
 */
static int
find_ordinals(const DcTokens *t, const DcMentions *ms, const char **ids, int n, int max)
{
	int			m = 0;

	for (int i = 0; i + 1 < t->n && n < max; i++)
	{
		int			next = i + 1;
		long		v;
		bool		in_date = false;
		char		buf[8];

		if (t->tok[i].type != TOK_NUMBER || t->tok[i].end - t->tok[i].start > 3)
			continue;
		/* "30-летие", "5-е заседание": the suffix after a hyphen */
		if (dc_tok_is(t, next, '-') && !t->tok[next].space_before && next + 1 < t->n &&
			t->tok[next + 1].script == SCRIPT_CYRILLIC)
			next++;
		if (!ordinal_suffix(t, next))
			continue;
		while (m < ms->n && ms->m[m].end <= t->tok[i].start)
			m++;
		for (int k = m; k < ms->n && ms->m[k].start <= t->tok[i].start; k++)
			in_date |= ms->m[k].kind == ENT_DATE && ms->m[k].end > t->tok[i].start;
		v = strtol(dc_tok_folded(t, i), NULL, 10);
		if (in_date || v < 1 || v > MAX_ORDINAL)
			continue;
		snprintf(buf, sizeof(buf), "n.%ld", v);
		ids[n++] = dc_strndup(buf, strlen(buf));
	}
	return n;
}

/*
 * What happened (concepts.tsv): the actions of the item's opening (later
 * sentences recall earlier events), the occasions and subjects the whole
 * item names, and its ordinals.
 */
static void
find_concepts(const DcCues *concepts, const DcTokens *t, const DcMentions *ms, DcEvent *ev)
{
	const char **ids = dc_alloc(sizeof(char *) * MAX_CONCEPTS);
	const char *found[MAX_CONCEPTS];
	int			n = 0;
	int			k;

	k = dc_cues_find(concepts, t, 0, opening_end(t), found, MAX_CONCEPTS);
	for (int i = 0; i < k; i++)
		if (strncmp(found[i], "action.", 7) == 0)
			ids[n++] = found[i];
	k = dc_cues_find(concepts, t, 0, t->n, found, MAX_CONCEPTS);
	for (int i = 0; i < k && n < MAX_CONCEPTS; i++)
		if (strncmp(found[i], "action.", 7) != 0)
			ids[n++] = found[i];
	ev->concepts = ids;
	ev->nconcepts = find_ordinals(t, ms, ids, n, MAX_CONCEPTS);
}

DcStatus
dc_event_from_text(const char *text, size_t len, const char *lang, DcDate published,
				   DcEvent *ev, DcError *err)
{
	DcMentions	ms;
	DcTokens	toks;
	DcTokens	content;		/* the tokens outside page furniture */
	const DcCues *kinds;
	const DcCues *topics;
	const DcCues *tense;
	const DcCues *concepts;
	const char *home;
	EventDate	dateline_day;

	dc_event_init(ev);
	if ((kinds = dc_cues_load("event_kinds.tsv", err)) == NULL ||
		(topics = dc_cues_load("topics.tsv", err)) == NULL ||
		(tense = dc_cues_load("tense.tsv", err)) == NULL ||
		(concepts = dc_cues_load("concepts.tsv", err)) == NULL ||
		dc_entities_tokens(text, len, lang, published, &ms, &toks, err) != DC_OK)
		return err->status;
	dateline_day = drop_dateline(&ms, &toks);
	drop_furniture(&ms, &toks, &content, err);
	ev->participants = dc_alloc(sizeof(DcParticipant) * (size_t) (ms.n + 1));
	ev->countries = dc_alloc(sizeof(char *) * (size_t) (ms.n + 1));
	ev->orgs = dc_alloc(sizeof(char *) * (size_t) (ms.n + 1));
	home = home_state(&ms);
	if (home)
		memcpy(ev->home, home, 3);
	find_kind_and_topics(kinds, topics, &content, ev);
	{
		const char *ids[1];

		ev->planned = dc_cues_find(tense, &content, 0, lead_end(&content), ids, 1) > 0;
	}
	find_concepts(concepts, &content, &ms, ev);
	find_host(&ms, home, ev);
	if (ev->host[0])
		ev->countries[ev->ncountries++] = dc_strndup(ev->host, 2);
	for (int i = 0; i < ms.n; i++)
	{
		const DcMention *m = &ms.m[i];

		if (m->kind == ENT_PERSON && m->key[0])
		{
			DcParticipant *p = &ev->participants[ev->nparticipants++];

			/* a value must read back: keys are at most DC_EVENT_MAX_KEY long */
			p->key = strlen(m->key) > DC_EVENT_MAX_KEY ? dc_strndup(m->key, DC_EVENT_MAX_KEY) : m->key;
			p->role = m->role ? m->role : "";
			memcpy(p->state, m->state, 3);
		}
		else if (m->kind == ENT_COUNTRY)
			ev->countries[ev->ncountries++] = m->key;
		else if (m->kind == ENT_ORG)
			ev->orgs[ev->norgs++] = m->key;
		else if (m->kind == ENT_DATE && ev->day == DC_EVENT_NO_DAY)
		{
			EventDate	d = date_of(m->key);

			ev->day = d.day;
			/* "--03-15": the text and the page give no year */
			if (ev->month_day == 0)
				ev->month_day = d.month_day;
		}
	}
	if (ev->day == DC_EVENT_NO_DAY)
	{
		/* "вчера", "on Tuesday": from the dateline, else from publication */
		int			anchor = dateline_day.day != DC_EVENT_NO_DAY ? dateline_day.day :
			published.year > 0 ? dc_days_from_date(published) : DC_EVENT_NO_DAY;

		ev->day = relative_day(&content, anchor, err);
		if (ev->day == DC_EVENT_NO_DAY)
			ev->day = anchor;
	}
	if (ev->day == DC_EVENT_NO_DAY && ev->month_day == 0)
		ev->month_day = dateline_day.month_day;
	if (ev->day != DC_EVENT_NO_DAY)
		ev->month_day = 0;
	dc_event_normalize(ev);
	return DC_OK;
}

/* The key of the first entity of a kind in a short text ("Испании" -> ES). */
static const char *
entity_key(const char *s, DcEntKind kind, DcError *err)
{
	DcMentions	ms;

	if (dc_entities(s, strlen(s), NULL, (DcDate) {0, 0, 0}, &ms, err) != DC_OK)
		return NULL;
	for (int i = 0; i < ms.n; i++)
		if (ms.m[i].kind == kind)
			return ms.m[i].key;
	return NULL;
}

/* A country as an ISO code or a name; NULL with err set when unknown. */
static const char *
query_country(const char *s, DcError *err)
{
	const char *key;

	if (strlen(s) == 2 && ((s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z') &&
		((s[1] | 0x20) >= 'a' && (s[1] | 0x20) <= 'z'))
	{
		char	   *code = dc_alloc(3);

		code[0] = (char) (s[0] & ~0x20);
		code[1] = (char) (s[1] & ~0x20);
		code[2] = '\0';
		return code;
	}
	key = entity_key(s, ENT_COUNTRY, err);
	if (key == NULL && err->status == DC_OK)
		dc_fail(err, DC_ERR_ARGUMENT, "\"%s\" names no country", s);
	return key;
}

DcStatus
dc_event_query(const DcEventQuery *query, DcEvent *ev, DcError *err)
{
	err->status = DC_OK;
	dc_event_init(ev);
	ev->participants = dc_alloc(sizeof(DcParticipant));
	ev->countries = dc_alloc(sizeof(char *) * 2);
	ev->orgs = dc_alloc(sizeof(char *));
	ev->topics = dc_alloc(sizeof(char *));
	if (query->person)
	{
		char	   *key = dc_name_key(query->person, strlen(query->person), err);

		if (key == NULL)
			return err->status;
		if (key[0] == '\0')
			return dc_fail(err, DC_ERR_ARGUMENT, "\"%s\" is not a name", query->person);
		ev->participants[0] = (DcParticipant) {key, "", ""};
		ev->nparticipants = 1;
	}
	if (query->host)
	{
		const char *code = query_country(query->host, err);

		if (code == NULL)
			return err->status;
		memcpy(ev->host, code, 3);
	}
	if (query->country && (ev->countries[ev->ncountries++] = query_country(query->country, err)) == NULL)
		return err->status;
	if (query->org)
	{
		const char *key = entity_key(query->org, ENT_ORG, err);

		if (key == NULL && err->status == DC_OK && dc_event_valid_key(query->org, strlen(query->org)))
			key = query->org;
		if (key == NULL)
			return err->status != DC_OK ? err->status :
				dc_fail(err, DC_ERR_ARGUMENT, "\"%s\" names no organisation", query->org);
		ev->orgs[ev->norgs++] = key;
	}
	if (query->topic)
	{
		const DcCues *topics = dc_cues_load("topics.tsv", err);
		DcMentions	ms;
		DcTokens	toks;
		const char *id = NULL;

		if (topics == NULL)
			return err->status;
		if (dc_cues_has_id(topics, query->topic))
			id = query->topic;
		else if (dc_entities_tokens(query->topic, strlen(query->topic), NULL, (DcDate) {0, 0, 0},
									&ms, &toks, err) != DC_OK)
			return err->status;
		else if (dc_cues_find(topics, &toks, 0, toks.n, &id, 1) == 0)
			return dc_fail(err, DC_ERR_ARGUMENT, "\"%s\" names no topic of topics.tsv", query->topic);
		ev->topics[ev->ntopics++] = id;
	}
	return DC_OK;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

static int
cmp_participant(const void *a, const void *b)
{
	const DcParticipant *pa = a;
	const DcParticipant *pb = b;
	int			c = strcmp(pa->key, pb->key);

	/* of one person's mentions, the one with a role and a state comes first */
	if (c == 0)
		c = (pb->role[0] != '\0') - (pa->role[0] != '\0');
	if (c == 0)
		c = (pb->state[0] != '\0') - (pa->state[0] != '\0');
	return c;
}

static int
sort_unique(const char **list, int n)
{
	int			out = 0;

	if (n > 1)
		qsort(list, (size_t) n, sizeof(char *), cmp_str);
	for (int i = 0; i < n; i++)
		if (out == 0 || strcmp(list[out - 1], list[i]) != 0)
			list[out++] = list[i];
	return out;
}

void
dc_event_normalize(DcEvent *ev)
{
	int			out = 0;

	if (ev->nparticipants > 1)
		qsort(ev->participants, (size_t) ev->nparticipants, sizeof(DcParticipant), cmp_participant);
	for (int i = 0; i < ev->nparticipants; i++)
		if (out == 0 || strcmp(ev->participants[out - 1].key, ev->participants[i].key) != 0)
			ev->participants[out++] = ev->participants[i];
	ev->nparticipants = out;
	ev->ncountries = sort_unique(ev->countries, ev->ncountries);
	ev->norgs = sort_unique(ev->orgs, ev->norgs);
	ev->ntopics = sort_unique(ev->topics, ev->ntopics);
	ev->nconcepts = sort_unique(ev->concepts, ev->nconcepts);
}

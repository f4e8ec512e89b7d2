/* test_cues.c — kind and topic words: stems, whole words, phrases across hyphens. */
#include "harness.h"

#include "alloc.h"
#include "cues.h"
#include "text.h"
#include "tokens.h"

/* The ids a cue file finds in text, comma-separated in the order found. */
static const char *
found(const char *file, const char *text)
{
	DcError		err;
	const DcCues *cues = dc_cues_load(file, &err);
	int32_t		ulen;
	UChar	   *u = dc_utf8_to_uchars(text, strlen(text), &ulen, &err);
	DcTokens	t;
	const char *ids[8];
	DcBuf		b;
	int			n;

	if (cues == NULL || u == NULL)
		return dc_strndup(err.message, strlen(err.message));
	dc_tokenize(u, ulen, 0, &t);
	n = dc_cues_find(cues, &t, 0, t.n, ids, 8);
	dc_buf_init(&b, 64);
	for (int i = 0; i < n; i++)
	{
		if (i > 0)
			dc_buf_appendc(&b, ',');
		dc_buf_appends(&b, ids[i]);
	}
	return dc_buf_cstr(&b);
}

void
test_cues(void)
{
	DcError		err;

	/* a stem matches the words it starts: торговля, торгового; exports */
	CHECK_STR(found("topics.tsv", "Стороны обсудили развитие торгового оборота."), "trade");
	CHECK_STR(found("topics.tsv", "They discussed exports of grain."), "trade,agriculture");
	/* a whole word only: "import$" is not "important" */
	CHECK_STR(found("topics.tsv", "an important visit"), "");
	/* a phrase over a hyphen, in any case */
	CHECK_STR(found("event_kinds.tsv", "A Round-Table on water"), "roundtable");
	CHECK_STR(found("event_kinds.tsv", "провел телефонный разговор"), "call");
	/* in the order first found */
	CHECK_STR(found("event_kinds.tsv", "The minister met the envoy and proposed a forum."), "meeting,roundtable");
	CHECK(dc_cues_load("no_such_file.tsv", &err) == NULL && err.status == DC_ERR_DATA);
	CHECK(dc_cues_has_id(dc_cues_load("topics.tsv", &err), "oil_gas"));
	CHECK(!dc_cues_has_id(dc_cues_load("topics.tsv", &err), "gardening"));
}

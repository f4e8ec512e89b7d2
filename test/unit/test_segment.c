/* test_segment.c — pages into news items, on hand-written pages. */
#include "harness.h"

#include "alloc.h"
#include "segment.h"

static int
segments(const char *page, DcSegment **s)
{
	int			n = -1;
	DcError		err;

	if (dc_segments(page, strlen(page), s, &n, &err) != DC_OK)
		fprintf(stderr, "dc_segments: %s\n", err.message);
	return n;
}

/* The text of segment i is exactly `want`. */
static void
check_text(const char *page, const DcSegment *s, const char *want)
{
	/* the test pages are ASCII: code points are bytes */
	CHECK((size_t) (s->end - s->start) == strlen(want) && strncmp(page + s->start, want, strlen(want)) == 0);
}

void
test_segment(void)
{
	DcSegment  *s;
	const char *digest =
		"Astana, 3 May. Kazakh diplomats held several meetings abroad.\n"
		"In Rome the Ambassador of Kazakhstan met the Italian deputy minister\n"
		"of foreign affairs to discuss trade.\n"
		"In Madrid a round table on energy took place at the embassy.\n";
	const char *releases =
		"Share\n"
		"01.04.2026, 10:15 1200\n"
		"Kazakhstan and Italy Discuss Energy Cooperation\n"
		"Tell a friend\n"
		"The Ambassador met the Minister of Enterprises in Rome. They discussed gas supplies.\n"
		"This information may not be reproduced without reference to the agency.\n"
		"relevant news\n"
		"01.04.2026, 09:00 900\n"
		"Round Table on Water Held in Vienna\n"
		"Experts discussed water management in Central Asia at a round table in Vienna.\n";
	const char *article =
		"Kazakhstan and Spain signed an agreement on culture.\n\n\n"
		"The ministers also discussed education\n\n"
		"and agreed to meet again in the autumn.\n";

	CHECK(segments(digest, &s) == 3);
	check_text(digest, &s[1], "In Rome the Ambassador of Kazakhstan met the Italian deputy minister\n"
			   "of foreign affairs to discuss trade.");

	CHECK(segments(releases, &s) == 2);
	check_text(releases, &s[0], "01.04.2026, 10:15 1200\nKazakhstan and Italy Discuss Energy Cooperation\n"
			   "Tell a friend\nThe Ambassador met the Minister of Enterprises in Rome. They discussed gas supplies.");
	check_text(releases, &s[1], "01.04.2026, 09:00 900\nRound Table on Water Held in Vienna\n"
			   "Experts discussed water management in Central Asia at a round table in Vienna.");

	CHECK(segments(article, &s) == 1);
	CHECK(s[0].start == 0 && s[0].end == (int32_t) strlen(article) - 1);

	/* empty, blank and furniture-only pages have no items */
	CHECK(segments("", &s) == 0);
	CHECK(segments(" \n\n \t\n", &s) == 0);
	CHECK(segments("Tell a friend\nShare\n", &s) == 0);
}

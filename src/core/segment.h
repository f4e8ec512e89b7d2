/*
 * segment.h — a stored page cut into its news items.
 *
 * A page may hold one article, a digest with one paragraph per event, or a
 * main article followed by "relevant news" items with date headers, or press
 * releases pasted one after another with their title lines.  Lines are
 * joined into paragraphs (a line that starts in lower case continues the one
 * before it); page furniture (data/boilerplate.tsv: sharing buttons, photo
 * credits, copyright notices, site menus) belongs to no item; a date header
 * ("05.03.2026, 21:00") or a title line (short, no final punctuation, before
 * a longer paragraph) starts an item.  A page with no headers is one item
 * when blank lines part its paragraphs, else a digest: an item a paragraph.
 */
#ifndef DIPLO_CORE_SEGMENT_H
#define DIPLO_CORE_SEGMENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <unicode/utypes.h>

#include "status.h"

typedef struct DcSegment
{
	int32_t		start;			/* code points, end exclusive */
	int32_t		end;
	int32_t		ustart;			/* the same in UTF-16 units */
	int32_t		uend;
} DcSegment;

/*
 * Whether the line u[start, end) is page furniture: it opens like a line of
 * data/boilerplate.tsv, it is a site menu (items parted by | · •), a byline
 * ("By Jane Smith"), or one or two words with no sentence end (a menu item on
 * a line of its own).  Events leave such lines out.
 */
bool		dc_furniture_line(const UChar *u, int32_t start, int32_t end, DcError *err);

/* The items of a page, in order; *n may be 0 (an empty or furniture-only page). */
DcStatus dc_segments(const char *text, size_t len, DcSegment **segs, int *n, DcError *err);

#endif

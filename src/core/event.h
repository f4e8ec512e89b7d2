/*
 * event.h — what identifies the real-world event a news item reports, and
 * how alike two items are, whatever their language.
 *
 * Features come from the entities of the item: the participants' name keys,
 * the host country (the first country named that is not the item's home
 * state: "В Испании посол Казахстана..." happens in Spain), the
 * organisations other than the home state's own bodies, and the date (the
 * first the text gives, else the publication date).  The home state itself
 * is left out: every item of a Kazakh ministry names Kazakhstan.
 */
#ifndef DIPLO_CORE_EVENT_H
#define DIPLO_CORE_EVENT_H

#include "dates.h"
#include "status.h"

typedef struct DcEventFeatures
{
	const char **persons;		/* distinct person keys of the other side */
	int			npersons;
	const char **envoys;		/* distinct person keys of the home state's officials */
	int			nenvoys;
	const char **orgs;			/* distinct organisation keys, home bodies left out */
	int			norgs;
	char		host[3];		/* ISO code, or "" */
	int			day;			/* days since 2000-01-01 of the event date, or -1 */
} DcEventFeatures;

DcStatus dc_event_features(const char *text, size_t len, const char *lang, DcDate published,
						   DcEventFeatures *f, DcError *err);

/*
 * In [0, 1]: shared participants weigh most (the other side's far more than
 * the home state's envoy, who attends many events), then the host country,
 * the date and organisations.
 */
float dc_event_similarity(const DcEventFeatures *a, const DcEventFeatures *b);

#endif

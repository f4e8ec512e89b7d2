/*
 * event_pg.h — what the diplo_event glue files share: reading a stored
 * value, the similarity threshold GUC and the GIN strategy numbers.
 */
#ifndef DIPLO_EVENT_PG_H
#define DIPLO_EVENT_PG_H

#include "postgres.h"

#include "event.h"
#include "event_match.h"

#define DIPLO_EVENT_THRESHOLD_DEFAULT 0.6

/* strategy numbers of the GIN operator class (diplo--1.0.sql) */
#define DIPLO_SIMILAR_STRATEGY 1
#define DIPLO_OVERLAP_STRATEGY 3
#define DIPLO_CONTAINS_STRATEGY 7

extern double diplo_event_threshold;

void		diplo_event_define_gucs(void);
/* The value of a diplo_event datum (detoasted; strings point into it). */
void		diplo_event_get(Datum d, DcEvent *ev);
/* The similarity's weights (data/event_model.tsv); an ERROR when the file is bad. */
const DcEventModel *diplo_event_model(void);

#endif

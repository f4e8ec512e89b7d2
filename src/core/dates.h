/*
 * dates.h — calendar dates in English and Russian text, to ISO 8601.
 *
 * Forms: "15 March", "15 March 2026", "March 15, 2026", "October 2025",
 * "15 марта", "15 марта 2026 года", "в мае 2025 года" (the mention is
 * "мае 2025 года"), "05.03.2026", "2026-03-11".  A date without a year takes
 * the year of the publication date; a month with a year is "YYYY-MM".  A
 * year alone is not a date.  Month names come from data/months.tsv.
 */
#ifndef DIPLO_CORE_DATES_H
#define DIPLO_CORE_DATES_H

#include "mention.h"
#include "status.h"
#include "tokens.h"

/* A publication date; year 0 when unknown. */
typedef struct DcDate
{
	int			year;
	int			month;
	int			day;
} DcDate;

/* A real calendar day (year 0: any leap year). */
bool		dc_date_valid(int year, int month, int day);

/* Days since 2000-01-01 of a valid date, and back (proleptic Gregorian). */
int			dc_days_from_date(DcDate d);
DcDate		dc_date_from_days(int days);

/*
 * The parts of a date mention's key: "2026-03-15", "2026-03" (day 0) or
 * "--03-15" (no year: year 0); false for anything else.
 */
bool		dc_date_from_key(const char *key, DcDate *d);

/* Appends every date mention of the tokens to out. */
DcStatus dc_find_dates(const DcTokens *t, DcDate published, DcMentions *out, DcError *err);

#endif

/*
 * event_io.h — an event value as text and as bytes.
 *
 * Text, readable and round-tripping (fields in this order, empty ones left
 * out, lists sorted):
 *   kind=meeting date=2026-04-14 host=IT place=rome home=KZ
 *   persons={smbv.e:ambassador@KZ,tjn.a:minister@IT} countries={IT,KZ}
 *   orgs={un} topics={trade} concepts={action.meet,subject.visa_free}
 * Input takes the fields in any order, each at most once, with spaces
 * around the separators; '' is the empty event.  A person is key[:role][@ST].
 * Keys are 1-64 characters of letters, digits and . _ - '; countries are
 * two letters.  Errors say at which character.
 *
 * A date without a year is date=--03-15; an announced event has
 * tense=planned after its kind (tense=done, the default, is left out).
 *
 * Bytes: one layout for storage and for the wire (big-endian numbers), so
 * that binary receive is a validating copy:
 *   version (3; values of versions 1 and 2 read too), kind (its high bit: planned),
 *   host[2], home[2],
 *   a date without a year (uint16 month * 100 + day, 0 when none; zero in
 *   version 1), day (int32), counts of persons, countries, orgs, topics and
 *   (from version 3) concepts (uint16 each), then NUL-terminated strings:
 *   place; key, role, state of each person; the countries; the orgs; the
 *   topics; the concepts.
 */
#ifndef DIPLO_CORE_EVENT_IO_H
#define DIPLO_CORE_EVENT_IO_H

#include <stdbool.h>
#include <stddef.h>

#include "event.h"
#include "status.h"

#define DC_EVENT_MAX_KEY 64
#define DC_EVENT_MAX_LIST 65535

/* 1-64 characters of letters, digits and . _ - ' (what a list of keys takes). */
bool		dc_event_valid_key(const char *s, size_t len);

/* The text form, on the per-call allocator. */
char	   *dc_event_to_text(const DcEvent *ev);
/* As JSON, for BI tools: {"kind": ..., "date": ... or null, "persons": [{"key", "role", "state"}], ...}. */
char	   *dc_event_to_json(const DcEvent *ev);
/* DC_ERR_INPUT with the position in err when the text is malformed. */
DcStatus	dc_event_from_literal(const char *s, size_t len, DcEvent *ev, DcError *err);

/* The bytes, on the per-call allocator; DC_ERR_ARGUMENT when a list is too long. */
DcStatus	dc_event_pack(const DcEvent *ev, char **bytes, size_t *len, DcError *err);
/*
 * The value of bytes (which must outlive ev: strings point into them).
 * validate: check everything a hand-made or received value could get wrong
 * (ranges, characters, order), not only the bounds.
 */
DcStatus	dc_event_unpack(const char *bytes, size_t len, bool validate, DcEvent *ev, DcError *err);

#endif

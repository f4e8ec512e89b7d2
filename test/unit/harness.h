/*
 * harness.h — a minimal unit-test harness for the core library: CHECK
 * counts a passed or failed assertion, the runner prints
 * "unit: N passed, M failed" and exits non-zero on any failure.
 */
#ifndef DIPLO_TEST_HARNESS_H
#define DIPLO_TEST_HARNESS_H

#include <stdio.h>
#include <stddef.h>
#include <string.h>

extern int	unit_passed;
extern int	unit_failed;

#define CHECK(cond) \
	do { \
		if (cond) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
		} \
	} while (0)

#define CHECK_STR(got, want) \
	do { \
		const char *g_ = (got); \
		const char *w_ = (want); \
		if (g_ != NULL && strcmp(g_, w_) == 0) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
					g_ ? g_ : "(null)", w_); \
		} \
	} while (0)

void		test_translit(void);
void		test_names(void);
void		test_entities(void);
void		test_segment(void);
void		test_event(void);
void		test_cues(void);
void		test_holders(void);

#endif

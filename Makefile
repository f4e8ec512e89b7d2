# diplo — PostgreSQL extension (PGXS).  The core library (src/core, C11 +
# ICU, no PostgreSQL header) is linked into the module together with the
# PostgreSQL glue (src/pg); the core is also built alone for its unit tests.

EXTENSION = diplo
MODULE_big = diplo
DATA = diplo--1.0.sql

CORE_SRCS = $(sort $(wildcard src/core/*.c))
PG_SRCS = $(sort $(wildcard src/pg/*.c))
OBJS = $(CORE_SRCS:.c=.o) $(PG_SRCS:.c=.o)

ICU_CFLAGS := $(shell pkg-config --cflags icu-uc icu-i18n)
ICU_LIBS := $(shell pkg-config --libs icu-uc icu-i18n)
WARN = -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers
PG_CPPFLAGS = -Isrc/core $(ICU_CFLAGS)
PG_CFLAGS = -std=gnu11 $(WARN)
SHLIB_LINK = $(ICU_LIBS) -lm

REGRESS = $(patsubst sql/%.sql,%,$(sort $(wildcard sql/*.sql)))
REGRESS_OPTS = --inputdir=. --load-extension=$(EXTENSION)

EXTRA_CLEAN = build

PG_CONFIG ?= pg_config
PGXS := $(shell $(PG_CONFIG) --pgxs)
include $(PGXS)

# PGXS does not track headers: every object depends on all of them.
$(OBJS): $(wildcard src/core/*.h src/pg/*.h)

# Lexicons and transliteration rules go to $sharedir/diplo.
DIPLO_DATA = $(sort $(wildcard data/*.tsv))
DIPLO_TRANSLIT = $(sort $(wildcard data/translit/*.txt))

install: install-diplo-data
install-diplo-data:
	$(MKDIR_P) '$(DESTDIR)$(datadir)/diplo/translit'
	$(if $(DIPLO_DATA),$(INSTALL_DATA) $(DIPLO_DATA) '$(DESTDIR)$(datadir)/diplo/')
	$(INSTALL_DATA) $(DIPLO_TRANSLIT) '$(DESTDIR)$(datadir)/diplo/translit/'

uninstall: uninstall-diplo-data
uninstall-diplo-data:
	rm -rf '$(DESTDIR)$(datadir)/diplo'

# Core unit tests under AddressSanitizer and UndefinedBehaviorSanitizer.
UNIT_CC ?= gcc
UNIT_FLAGS = -std=c11 -D_GNU_SOURCE -g -O1 -fno-omit-frame-pointer \
	-fsanitize=address,undefined -fno-sanitize-recover=all $(WARN)
build/unit_tests: $(CORE_SRCS) $(wildcard src/core/*.h) $(wildcard test/unit/*.[ch])
	@mkdir -p build
	$(UNIT_CC) $(UNIT_FLAGS) -Isrc/core -Itest/unit $(ICU_CFLAGS) \
		$(CORE_SRCS) $(wildcard test/unit/*.c) $(ICU_LIBS) -lm -o $@

# The keys of every spelling of the office holders, for tools/check_office_holders.py.
build/holder_keys: $(CORE_SRCS) $(wildcard src/core/*.h) tools/holder_keys.c
	@mkdir -p build
	$(UNIT_CC) -std=c11 -D_GNU_SOURCE -O2 $(WARN) -Isrc/core $(ICU_CFLAGS) \
		$(CORE_SRCS) tools/holder_keys.c $(ICU_LIBS) -lm -o $@

lint-holders: build/holder_keys
	python3 tools/check_office_holders.py --keys build/holder_keys data

unit: build/unit_tests
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 ./build/unit_tests data

# make eval IN=<docs.jsonl> OUT=<pred.jsonl> [SEGMENTS=<segments.jsonl> LINKS=<links.jsonl>]
eval: all install
	python3 scripts/eval.py --in '$(IN)' --out '$(OUT)' \
		$(if $(SEGMENTS),--segments '$(SEGMENTS)' --links '$(LINKS)')

# Refits the weights of diplo_event_similarity on test/events (bench/fit_event_model.py).
fit-event-model: all install
	bash -c '. scripts/common.sh && in_cluster python3 bench/fit_event_model.py --write data/event_model.tsv'

.PHONY: fit-event-model unit lint-holders eval install-diplo-data uninstall-diplo-data

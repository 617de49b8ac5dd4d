# Koers: one plain Makefile.  `make run` and `make test` are the two commands;
# both install what is missing first (tools/deps.sh), then build.

BUILD	?= build
DB	?= koers.db
LISTEN	?= 127.0.0.1:8080

PKGS	 = libmicrohttpd sqlite3 jansson libctemplate libargon2 libcrypto \
	   xlsxwriter cairo pangocairo minizip expat
# Recursive (=) so that pkg-config runs after deps.sh has installed things.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS))

WARN	 = -Wall -Wextra -Werror -Wstrict-prototypes -Wmissing-prototypes \
	   -Wshadow -Wpointer-arith -Wsign-compare -Wformat=2 -Wvla
OPT	?= -O2 -g
SAN	?=
CFLAGS	+= -std=c11 -D_GNU_SOURCE $(OPT) $(SAN) $(WARN) -MMD -MP -Isrc -I$(BUILD)
CXXFLAGS += -std=c++11 $(OPT) $(SAN) -Wall -Wextra -Werror -MMD -MP -Isrc
LDFLAGS	+= $(SAN)
LDLIBS	 = $(PKG_LIBS) -lstdc++ -lpthread -lm

SRCS	 = $(wildcard src/*.c)
LIBOBJS	 = $(filter-out $(BUILD)/main.o,$(SRCS:src/%.c=$(BUILD)/%.o)) \
	   $(BUILD)/tmpl.o $(BUILD)/migrations.o
MIGRATIONS = $(sort $(wildcard migrations/*.sql))
UNIT_SRCS = $(wildcard tests/unit/test_*.c)
UNIT_BINS = $(UNIT_SRCS:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all deps run test test-unit test-http test-browser test-fuzz-replay \
	test-asan valgrind fuzz security bench soak clean

all: $(BUILD)/koers koers

deps:
	@tools/deps.sh build

koers: $(BUILD)/koers
	@cp $(BUILD)/koers koers

$(BUILD)/koers: $(BUILD)/main.o $(BUILD)/libkoers.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/libkoers.a: $(LIBOBJS)
	@rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/%.o: src/%.c | $(BUILD)
	$(CC) $(CFLAGS) $(PKG_CFLAGS) -c -o $@ $<

$(BUILD)/tmpl.o: src/tmpl.cc | $(BUILD)
	$(CXX) $(CXXFLAGS) $(PKG_CFLAGS) -c -o $@ $<

$(BUILD)/embed: tools/embed.c | $(BUILD)
	$(CC) -std=c11 -O1 -Wall -Wextra -Werror -o $@ $<

$(BUILD)/migrations.c: $(BUILD)/embed $(MIGRATIONS)
	$(BUILD)/embed $@ $(MIGRATIONS)

$(BUILD)/migrations.o: $(BUILD)/migrations.c
	$(CC) $(CFLAGS) -c -o $@ $<

$(BUILD):
	@mkdir -p $(BUILD)/tests

# ---------------------------------------------------------------- run

$(DB): | $(BUILD)/koers
	$(BUILD)/koers demo --db $(DB)

run:
	@tools/deps.sh build
	@$(MAKE) --no-print-directory all
	@[ -f $(DB) ] || $(MAKE) --no-print-directory $(DB)
	@echo "Koers: http://$(LISTEN)/"
	@$(BUILD)/koers demo --accounts
	exec $(BUILD)/koers serve --db $(DB) --listen $(LISTEN)

# ---------------------------------------------------------------- tests

$(BUILD)/tests/%: tests/unit/%.c tests/unit/testdb.c $(BUILD)/libkoers.a | $(BUILD)
	$(CC) $(CFLAGS) $(PKG_CFLAGS) -Itests/unit -o $@ $< tests/unit/testdb.c \
		$(BUILD)/libkoers.a $(LDFLAGS) $(shell pkg-config --libs cmocka) $(LDLIBS)

test-unit: $(UNIT_BINS)
	@set -e; for t in $(UNIT_BINS); do echo "== $$t"; $$t; done

test-http: $(BUILD)/koers
	@KOERS_BIN=$(BUILD)/koers node --test --test-concurrency=2 tests/http/

test:
	@tools/deps.sh build test
	@$(MAKE) --no-print-directory all
	@[ -f $(DB) ] || $(MAKE) --no-print-directory $(DB)
	@$(MAKE) --no-print-directory test-unit
	@$(MAKE) --no-print-directory test-http

# ---------------------------------------------------------------- bench

BENCH_SCALE	?= 1 50
SOAK_SECONDS	?= 60

# Throughput, latency and memory under wrk, and the rollup rebuild time
# (bench/run.sh); the data sets are cached in bench/out.
bench:
	@tools/deps.sh build bench
	@$(MAKE) --no-print-directory all
	@BENCH_SCALE="$(BENCH_SCALE)" KOERS_BIN=$(BUILD)/koers bench/run.sh

# A mix of pages and API calls for SOAK_SECONDS; fails on any answer
# outside 2xx/3xx, a crash, or memory growth (bench/soak.sh).
soak:
	@tools/deps.sh build bench
	@$(MAKE) --no-print-directory all
	@SOAK_SECONDS=$(SOAK_SECONDS) KOERS_BIN=$(BUILD)/koers bench/soak.sh

clean:
	rm -rf $(BUILD) koers

-include $(wildcard $(BUILD)/*.d) $(wildcard $(BUILD)/tests/*.d)

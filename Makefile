# Koers: one plain Makefile.  `make run` and `make test` are the two commands;
# both install what is missing first (tools/deps.sh), then build.

BUILD	?= build
DB	?= koers.db
LISTEN	?= 127.0.0.1:8080

PKGS	 = libmicrohttpd sqlite3 jansson libctemplate libargon2 libcrypto \
	   xlsxwriter cairo pangocairo minizip expat zlib
# Recursive (=) so that pkg-config runs after deps.sh has installed things.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS))

WARN	 = -Wall -Wextra -Werror -Wstrict-prototypes -Wmissing-prototypes \
	   -Wshadow -Wpointer-arith -Wsign-compare -Wformat=2 -Wvla
OPT	?= -O2 -g
SAN	?=
XWARN	?=
# The layers, bottom first (docs/architecture.md); one -I each, so an
# #include names a file, not its folder.  tools/layers.sh checks which layer
# may include which.
LAYERS	 = base domain i18n view store store/rebuild report service auth http \
	   pages api cli demo
INCS	 = $(LAYERS:%=-Isrc/%)
CFLAGS	+= -std=c11 -D_GNU_SOURCE $(OPT) $(SAN) $(WARN) $(XWARN) -MMD -MP $(INCS) -I$(BUILD)
CXXFLAGS += -std=c++11 $(OPT) $(SAN) -Wall -Wextra -Werror -MMD -MP $(INCS)
LDFLAGS	+= $(SAN)
LDLIBS	 = $(PKG_LIBS) -lstdc++ -lpthread -lm

SRCS	 = $(foreach l,$(LAYERS),$(wildcard src/$(l)/*.c))
LIBOBJS	 = $(filter-out $(BUILD)/cli/main.o,$(SRCS:src/%.c=$(BUILD)/%.o)) \
	   $(BUILD)/view/tmpl.o $(BUILD)/migrations.o
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

$(BUILD)/koers: $(BUILD)/cli/main.o $(BUILD)/libkoers.a
	$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/libkoers.a: $(LIBOBJS)
	@rm -f $@
	$(AR) rcs $@ $^

$(BUILD)/%.o: src/%.c | $(BUILD)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) $(PKG_CFLAGS) -c -o $@ $<

$(BUILD)/view/tmpl.o: src/view/tmpl.cc | $(BUILD)
	@mkdir -p $(@D)
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

# cmocka exits with its failure count; set -e stops at the first failing file.
test-unit: $(UNIT_BINS)
	@set -e; for t in $(UNIT_BINS); do echo "== $$t"; $$t; done

test-http: $(BUILD)/koers
	@KOERS_BIN=$(BUILD)/koers node --test --test-concurrency=2 tests/http/

# The PDF layout test (tests/http/pdf_layout.test.mjs) on a fresh scale-50
# demo: slow (a report of some 11,000 pages); KOERS_PDF_PERIODS picks the
# periods (default 2014-Q3).
.PHONY: test-pdf-scale50
test-pdf-scale50: $(BUILD)/koers
	@rm -f $(BUILD)/pdf-scale50.db $(BUILD)/pdf-scale50.db-wal $(BUILD)/pdf-scale50.db-shm
	$(BUILD)/koers demo --db $(BUILD)/pdf-scale50.db --scale 50
	@KOERS_BIN=$(BUILD)/koers KOERS_PDF_DB=$(BUILD)/pdf-scale50.db KOERS_PDF_PERIODS=$${KOERS_PDF_PERIODS:-2014-Q3} node --test tests/http/pdf_layout.test.mjs

# The include rule of docs/architecture.md on src/, and proof that the check
# fails on a bad include planted in a copy.
.PHONY: test-layers
test-layers:
	@tools/layers.sh
	@tests/layers/test_layers.sh

# ---------------------------------------------------------------- browser

# npm ci when node_modules is missing or older than the lock file.
BROWSER_MODULES = tests/browser/node_modules/.package-lock.json
$(BROWSER_MODULES): tests/browser/package-lock.json tests/browser/package.json
	npm ci --prefix tests/browser --no-audit --no-fund
	@touch $@

test-browser: $(BUILD)/koers $(BROWSER_MODULES)
	@KOERS_BIN=$(BUILD)/koers node --test tests/browser/

# ---------------------------------------------------------------- fuzzing

# One harness per parser of user input: tests/fuzz/fuzz_<name>.c, its seeds
# in tests/fuzz/corpus/<name>/, the crashes found so far (each fixed) in
# tests/fuzz/crashes/<name>/.
FUZZ_NAMES	 = $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_REPLAYS	 = $(FUZZ_NAMES:%=$(BUILD)/fuzz/replay_%)
FUZZ_SECONDS	?= 60
FUZZ_BUILD	 = build-fuzz
# Two clang warnings gcc does not give, on correct code: long Dutch texts
# split over lines (demo.c) taken for a missing comma, and vsnprintf of the
# format libmicrohttpd hands its log callback (http.c).
FUZZ_CLANG_OK	 = -Wno-string-concatenation -Wno-format-nonliteral
FUZZ_SAN	 = -fsanitize=address,undefined -fno-sanitize-recover=undefined \
		   -fno-omit-frame-pointer

# The replay build: the harness with a plain main() over the ordinary library.
$(BUILD)/fuzz/replay_%: tests/fuzz/fuzz_%.c tests/fuzz/replay.c tests/fuzz/fuzz.h \
		$(BUILD)/libkoers.a | $(BUILD)
	@mkdir -p $(BUILD)/fuzz
	$(CC) $(CFLAGS) $(PKG_CFLAGS) -Itests/fuzz -o $@ $< tests/fuzz/replay.c \
		$(BUILD)/libkoers.a $(LDFLAGS) $(LDLIBS)

# Every seed and every crash, once through each harness: fast.
test-fuzz-replay: $(FUZZ_REPLAYS)
	@set -e; for n in $(FUZZ_NAMES); do \
		printf '== fuzz replay %s: ' $$n; \
		$(BUILD)/fuzz/replay_$$n tests/fuzz/corpus/$$n \
		    $$( [ -d tests/fuzz/crashes/$$n ] && echo tests/fuzz/crashes/$$n ); \
	done

# libFuzzer, FUZZ_SECONDS per harness.  New inputs go to a temporary folder
# (the committed seeds stay small and read-only); a crash lands in
# tests/fuzz/crashes/<name>/, where make test replays it once it is fixed.
fuzz:
	@tools/deps.sh build test
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=clang CXX=clang++ \
		SAN="-fsanitize=fuzzer-no-link $(FUZZ_SAN)" XWARN="$(FUZZ_CLANG_OK)" \
		$(FUZZ_BUILD)/libkoers.a
	@set -e; mkdir -p $(FUZZ_BUILD)/fuzz; for n in $(FUZZ_NAMES); do \
		clang -std=c11 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer $(FUZZ_SAN) \
		    $(WARN) $(INCS) -Itests/fuzz $(PKG_CFLAGS) \
		    -c -o $(FUZZ_BUILD)/fuzz/fuzz_$$n.o tests/fuzz/fuzz_$$n.c; \
		clang++ -fsanitize=fuzzer $(FUZZ_SAN) -o $(FUZZ_BUILD)/fuzz/fuzz_$$n \
		    $(FUZZ_BUILD)/fuzz/fuzz_$$n.o $(FUZZ_BUILD)/libkoers.a $(LDLIBS); \
	done
	@set -e; for n in $(FUZZ_NAMES); do \
		echo "== fuzz $$n for $(FUZZ_SECONDS)s"; \
		tmp=$$(mktemp -d); mkdir -p tests/fuzz/crashes/$$n; \
		rc=0; $(FUZZ_BUILD)/fuzz/fuzz_$$n -max_total_time=$(FUZZ_SECONDS) \
		    -print_final_stats=1 -artifact_prefix=tests/fuzz/crashes/$$n/ \
		    $$tmp tests/fuzz/corpus/$$n 2>$(FUZZ_BUILD)/fuzz/$$n.log || rc=$$?; \
		grep -E '^(stat::number_of_executed_units|stat::new_units_added|SUMMARY)' \
		    $(FUZZ_BUILD)/fuzz/$$n.log || true; \
		rm -rf $$tmp; rmdir tests/fuzz/crashes/$$n 2>/dev/null || true; \
		if [ $$rc -ne 0 ]; then tail -40 $(FUZZ_BUILD)/fuzz/$$n.log; \
		    echo "fuzz $$n: crash saved in tests/fuzz/crashes/$$n/"; exit 1; fi; \
	done

# ---------------------------------------------------------------- sanitizers

# The whole suite (unit, HTTP, fuzz replay) against an ASan+UBSan build in
# its own folder.  KOERS_FAIL_ON_SANITIZER makes tests/http/server.mjs fail a
# test whose server printed a sanitizer report.  LeakSanitizer runs when the
# server exits on SIGTERM.  ctemplate's and libmicrohttpd's globals are
# still reachable at exit, so not reported; tests/lsan.supp holds the only
# suppression (fontconfig's caches, third-party, with the reason).
ASAN_BUILD	 = build-asan
ASAN_SAN	 = -fsanitize=address,undefined -fno-omit-frame-pointer
ASAN_ENV	 = ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
		   UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
		   LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0 \
		   KOERS_FAIL_ON_SANITIZER=1 \
		   KOERS_PDF_PERIODS=2014-Q3
# (The sanitizer pass lays out one report's PDF, not every period's: the
# same code on fewer pages; the plain pass checks every period's layout.)

test-asan:
	@tools/deps.sh build test
	@$(ASAN_ENV) $(MAKE) --no-print-directory BUILD=$(ASAN_BUILD) \
		SAN="$(ASAN_SAN)" test-unit test-http test-fuzz-replay

# The unit tests under valgrind: zero definite leaks, zero errors.
valgrind:
	@tools/deps.sh build test
	@$(MAKE) --no-print-directory $(UNIT_BINS)
	@set -e; for t in $(UNIT_BINS); do echo "== valgrind $$t"; \
		valgrind -q --leak-check=full --errors-for-leak-kinds=definite \
		    --error-exitcode=1 $$t; done

# ---------------------------------------------------------------- security

# sqlmap and wapiti against a throwaway server; fails on any finding.
security:
	@tools/deps.sh build security
	@$(MAKE) --no-print-directory $(BUILD)/koers
	@KOERS_BIN=$(BUILD)/koers tools/security.sh

# ---------------------------------------------------------------- all tests

test:
	@tools/deps.sh build test
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory test-layers
	@[ -f $(DB) ] || $(MAKE) --no-print-directory $(DB)
	@$(MAKE) --no-print-directory test-unit
	@$(MAKE) --no-print-directory test-http
	@$(MAKE) --no-print-directory test-fuzz-replay
	@$(MAKE) --no-print-directory test-browser
	@$(MAKE) --no-print-directory test-asan

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
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD) koers

-include $(wildcard $(BUILD)/*.d $(BUILD)/*/*.d $(BUILD)/*/*/*.d)

/*
 * fuzz.h: what every harness shares.  A harness defines
 * LLVMFuzzerTestOneInput(); it is linked either with libFuzzer (make fuzz,
 * clang -fsanitize=fuzzer) or with replay.c (make test: every seed and every
 * crash found so far, run once).  A broken invariant calls fuzz_fail(),
 * which aborts: that is how libFuzzer, the sanitizers and replay.c all see
 * a failure.
 */
#ifndef KOERS_FUZZ_H
#define KOERS_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

#define fuzz_fail(...) do {						\
	fprintf(stderr, "%s:%d: ", __FILE__, __LINE__);			\
	fprintf(stderr, __VA_ARGS__);					\
	fputc('\n', stderr);						\
	abort();							\
} while (0)

#endif

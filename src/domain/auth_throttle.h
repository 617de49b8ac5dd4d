/*
 * auth_throttle.h: the login throttling policy, pure.
 *
 * Each failed login counts against the account name typed and against the
 * client address.  After `free_failures` failures further attempts are
 * refused for 2^(failures - free_failures) seconds (at most `max_delay`)
 * after the last failure; at `lock_after` failures the key is locked for
 * `lock_for` seconds and its count starts again.  Failures older than
 * `forget_after` seconds are forgotten.  A refused attempt is not a failure:
 * it never reached the password check.
 */
#ifndef KOERS_AUTH_THROTTLE_H
#define KOERS_AUTH_THROTTLE_H

#include <stdint.h>

struct throttle {
	int64_t	 failures;
	int64_t	 last_failure;	/* unix seconds */
	int64_t	 locked_until;	/* unix seconds; 0 none */
};

struct throttle_policy {
	int64_t	 free_failures;
	int64_t	 max_delay;
	int64_t	 lock_after;	/* 0: never lock */
	int64_t	 lock_for;
	int64_t	 forget_after;
};

extern const struct throttle_policy auth_throttle_account;
extern const struct throttle_policy auth_throttle_address;

int64_t	auth_throttle_wait(const struct throttle_policy *,
	    const struct throttle *, int64_t now);
int	auth_throttle_fail(const struct throttle_policy *, struct throttle *,
	    int64_t now);

#endif

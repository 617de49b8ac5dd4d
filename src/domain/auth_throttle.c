/* auth_throttle.c: growing delays and temporary locks after failed logins. */
#include "auth_throttle.h"

/* Per account: 1 s after 3 failures, doubling; locked 15 minutes at 10. */
const struct throttle_policy auth_throttle_account = {
	.free_failures = 3,
	.max_delay = 300,
	.lock_after = 10,
	.lock_for = 15 * 60,
	.forget_after = 15 * 60
};

/*
 * Per client address: lenient, since many people may share one address
 * (a town hall behind NAT), and never a lock, so that one account's
 * attacker cannot lock out everyone else in the building.
 */
const struct throttle_policy auth_throttle_address = {
	.free_failures = 20,
	.max_delay = 60,
	.lock_after = 0,
	.lock_for = 0,
	.forget_after = 15 * 60
};

/* Seconds the next attempt must wait at now; 0 when it may go ahead. */
int64_t
auth_throttle_wait(const struct throttle_policy *p, const struct throttle *t,
    int64_t now)
{
	int64_t delay, until, n;

	if (t->locked_until > now)
		return t->locked_until - now;
	if (now - t->last_failure > p->forget_after)
		return 0;
	if (t->failures < p->free_failures)
		return 0;
	n = t->failures - p->free_failures;
	delay = n >= 30 ? p->max_delay : (int64_t)1 << n;
	if (delay > p->max_delay)
		delay = p->max_delay;
	until = t->last_failure + delay;
	return until > now ? until - now : 0;
}

/*
 * Count a failure at now.  Returns 1 when this failure locks the key, 0
 * otherwise.
 */
int
auth_throttle_fail(const struct throttle_policy *p, struct throttle *t,
    int64_t now)
{
	if (now - t->last_failure > p->forget_after && t->locked_until <= now)
		t->failures = 0;
	t->failures++;
	t->last_failure = now;
	if (p->lock_after > 0 && t->failures >= p->lock_after) {
		t->locked_until = now + p->lock_for;
		t->failures = 0;
		return 1;
	}
	return 0;
}

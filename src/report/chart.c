/*
 * chart.c: where the bars, points and cells of a chart go.  All integer
 * arithmetic in 128 bits, so any int64 value maps without overflow.
 */
#include "chart.h"

typedef __int128 i128;

/*
 * Fit an axis around the values v[i] that have has[i] (has NULL: all),
 * always including 0 so bars and lines are not exaggerated; an empty or
 * flat set gets the range 0..1.
 */
void
chart_axis_fit(struct chart_axis *a, const int64_t *v, const int *has,
    size_t n, int px_lo, int px_hi)
{
	size_t	i;

	a->lo = 0;
	a->hi = 0;
	a->px_lo = px_lo;
	a->px_hi = px_hi;
	for (i = 0; i < n; i++) {
		if (has != NULL && !has[i])
			continue;
		if (v[i] < a->lo)
			a->lo = v[i];
		if (v[i] > a->hi)
			a->hi = v[i];
	}
	if (a->hi == a->lo)
		a->hi = a->lo + 1;
}

/* The pixel of value v on axis a, rounded to the nearest whole pixel. */
int
chart_pos(const struct chart_axis *a, int64_t v)
{
	i128	num, den, off;

	if (v <= a->lo)
		return a->px_lo;
	if (v >= a->hi)
		return a->px_hi;
	num = ((i128)v - a->lo) * ((i128)a->px_hi - a->px_lo);
	den = (i128)a->hi - a->lo;
	off = (num * 2 + (num >= 0 ? den : -den)) / (den * 2);
	return a->px_lo + (int)off;
}

/* The length in pixels of a bar of |v| when |max| fills px (0..px). */
int
chart_len(int64_t v, int64_t max, int px)
{
	i128	a = v < 0 ? -(i128)v : v, m = max < 0 ? -(i128)max : max;

	if (m == 0 || px <= 0)
		return 0;
	if (a >= m)
		return px;
	return (int)((a * px * 2 + m) / (m * 2));
}

/* The start pixel of slot i of n equal slots between px_from and px_to. */
int
chart_step(size_t i, size_t n, int px_from, int px_to)
{
	if (n == 0)
		return px_from;
	return px_from + (int)(((i128)i * (px_to - px_from)) / (i128)n);
}

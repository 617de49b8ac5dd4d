/*
 * entry.js: live status feedback on the entry form while typing.
 * Progressive enhancement only: the form works without it, and the
 * server's judgement after saving is the one that counts.  Plain
 * (non-cumulative, non-ratio) indicators only; the rule is status_of()
 * in src/domain/status.c: on the good side of the target or on it is on track,
 * wrong side within tolerance_bp of |target| at risk, beyond off track.
 * How a status looks (class, icon, word, in the page's language) is not
 * decided here: it is copied from the page's hidden list #status-looks,
 * which the server fills from status_look() in src/domain/status.c.
 */
(function () {
	'use strict';

	/* "1.234,5" or "1234.5" as a number, or NaN when unsure. */
	function parse(s) {
		s = s.replace(/[\s\u00a0\u202f%\u20ac]/g, '');
		if (!/^[+-]?[0-9.,]+$/.test(s)) return NaN;
		var dot = s.lastIndexOf('.'), comma = s.lastIndexOf(',');
		if (dot >= 0 && comma >= 0) {
			var dec = dot > comma ? '.' : ',';
			var grp = dec === '.' ? ',' : '.';
			s = s.split(grp).join('').replace(dec, '.');
		} else if (comma >= 0) {
			if (s.indexOf(',') !== comma) return NaN;
			s = s.replace(',', '.');
		} else if (dot >= 0 && s.indexOf('.') !== dot) {
			return NaN;
		}
		return parseFloat(s);
	}

	function judge(fs, input) {
		var t = parseFloat(fs.getAttribute('data-target'));
		var v = parse(input.value);
		var tol = parseInt(fs.getAttribute('data-tolerance'), 10) / 10000;
		var up = fs.getAttribute('data-direction') === 'up';
		if (isNaN(t) || isNaN(v)) return 'no_data';
		var wrong = up ? t - v : v - t;
		if (wrong <= 0) return 'on_track';
		return wrong <= Math.abs(t) * tol + 1e-9 ? 'at_risk' : 'off_track';
	}

	/* The page's look of each status, by its API key. */
	var looks = {};
	var list = document.querySelectorAll('#status-looks li[data-status]');
	Array.prototype.forEach.call(list, function (li) {
		looks[li.getAttribute('data-status')] = li;
	});
	var sets = document.querySelectorAll('fieldset.figure[data-kind="plain"]');
	Array.prototype.forEach.call(sets, function (fs) {
		var input = document.getElementById(fs.id + '_value');
		var out = document.getElementById(fs.id + '_status');
		if (!input || !out) return;
		out.setAttribute('aria-live', 'polite');
		input.addEventListener('input', function () {
			var look = looks[judge(fs, input)];
			if (!look) return;
			out.className = look.className;
			out.firstChild.textContent = look.firstChild.textContent;
			out.lastChild.textContent = look.lastChild.textContent;
		});
	});
}());

/*
 * koers.js: on every page.  Progressive enhancement only.
 *
 * A wide table sits in a scroll box (.table-wrap) that the server marks
 * tabindex="0", so that without JavaScript the keyboard can always scroll
 * it.  Here a box that does not need to scroll (the screen is wide enough,
 * or its <details> is closed) leaves the Tab order again, and comes back
 * when the window narrows or the details open.
 */
(function () {
	'use strict';
	var boxes = document.querySelectorAll('.table-wrap[role="region"]');

	function update() {
		Array.prototype.forEach.call(boxes, function (b) {
			if (b.scrollWidth > b.clientWidth + 1)
				b.setAttribute('tabindex', '0');
			else if (b !== document.activeElement)
				b.removeAttribute('tabindex');
		});
	}
	if (boxes.length === 0)
		return;
	update();
	window.addEventListener('resize', update);
	document.addEventListener('toggle', update, true);
})();

/* lang.h: the languages of the interface, the catalogue and the documents. */
#ifndef KOERS_LANG_H
#define KOERS_LANG_H

enum lang {
	LANG_NL,
	LANG_EN,
	LANG__MAX
};

#endif
